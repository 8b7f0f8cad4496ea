"""Purpose policies: load a YAML policy, check every key, and say where it is wrong.

A policy names, for each DATA Act purpose, what happens to every column of a dataset.
Loading keeps the line of every key, so each error names the file, the line and the
dotted key path (``purposes.research.columns.DOB.to``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

from minshare.errors import PolicyError, did_you_mean

POLICY_VERSION = 1

#: The three purposes s 15(1) of the DATA Act permits.
PERMITTED_BASES = (
    "delivery-of-government-services",
    "informing-policy-and-programs",
    "research-and-development",
)
#: Purposes s 15(2)-(3) precludes; named so the error can say why they are refused.
PRECLUDED_BASES = {
    "enforcement": "enforcement-related purposes are precluded (DATA Act s 15(2))",
    "enforcement-related": "enforcement-related purposes are precluded (DATA Act s 15(2))",
    "law-enforcement": "enforcement-related purposes are precluded (DATA Act s 15(2))",
    "compliance": "enforcement-related purposes are precluded (DATA Act s 15(2))",
    "national-security": "national security purposes are precluded (DATA Act s 15(3))",
}

ACTIONS = ("keep", "drop", "pseudonymise", "encrypt", "generalise", "mask", "redact")
NORMALISATIONS = ("default", "exact", "alnum")
DATE_STEPS = ("year", "month", "age-band")


# -- the policy model -------------------------------------------------------------------


@dataclass(frozen=True)
class ColumnRule:
    """What one purpose does to one column.

    ``options`` holds the action's validated options with their defaults filled in,
    exactly as they are recorded in the manifest.
    """

    column: str
    action: str
    options: Mapping[str, Any] = field(default_factory=dict)
    justification: str | None = None
    line: int | None = None
    given: frozenset[str] = frozenset()  # the option keys written in the policy, not defaulted

    @property
    def leaves(self) -> bool:
        """Whether anything of the column leaves the agency."""
        return self.action != "drop"


@dataclass(frozen=True)
class Recipient:
    """Who receives a release, and the public key encrypted columns are wrapped for."""

    name: str
    key_path: Path | None = None
    line: int | None = None


@dataclass(frozen=True)
class PrivacyTarget:
    """A re-identification risk target a release must meet."""

    k_anonymity: int | None
    l_diversity: int | None
    quasi_identifiers: tuple[str, ...]
    sensitive: tuple[str, ...]
    max_suppression: float


@dataclass(frozen=True)
class PurposeRules:
    """One purpose block: the legal basis, the agreement, the recipient and the column rules."""

    name: str
    basis: str
    agreement: str
    recipient: Recipient
    unlisted: Literal["error", "drop"]
    columns: Mapping[str, ColumnRule]
    privacy: PrivacyTarget | None = None
    description: str | None = None
    line: int | None = None
    columns_line: int | None = None
    path: Path | None = None

    def rule_for(self, column: str) -> ColumnRule | None:
        """The rule for ``column``: its own, ``drop`` when unlisted columns drop, else None."""
        rule = self.columns.get(column)
        if rule is None and self.unlisted == "drop":
            return ColumnRule(column=column, action="drop", options={"unlisted": True})
        return rule


@dataclass(frozen=True)
class Policy:
    """A whole policy file."""

    purposes: Mapping[str, PurposeRules]
    sha256: str
    path: Path | None = None
    dataset: str | None = None
    custodian: str | None = None

    def purpose(self, name: str) -> PurposeRules:
        """The rules for purpose ``name``; a purpose the policy lacks is a policy error."""
        try:
            return self.purposes[name]
        except KeyError:
            known = ", ".join(self.purposes) or "none"
            raise PolicyError(
                f"no purpose {name!r}{did_you_mean(name, list(self.purposes))}; "
                f"it defines: {known}",
                path=self.path,
                key="purposes",
            ) from None


# -- YAML with line numbers --------------------------------------------------------------


class _Map(dict[str, Any]):
    """A mapping that remembers the line of itself and of each key."""

    line: int
    key_lines: dict[str, int]


class _Seq(list[Any]):
    line: int


def _compose(text: str, path: Path | None) -> Any:
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise PolicyError(
            f"not valid YAML: {exc.problem or exc.context}", path=path, line=line
        ) from None
    except yaml.YAMLError as exc:
        raise PolicyError(f"not valid YAML: {exc}", path=path) from None
    if node is None:
        raise PolicyError("the policy is empty", path=path, line=1)
    return _build(node, path, "")


def _build(node: yaml.Node, path: Path | None, where: str) -> Any:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        mapping = _Map()
        mapping.line = line
        mapping.key_lines = {}
        for key_node, value_node in node.value:
            key = _build(key_node, path, where)
            if not isinstance(key, str):
                key = str(key)
            key_path = f"{where}.{key}" if where else key
            if key in mapping:
                raise PolicyError(
                    f"{key!r} is given twice (first on line {mapping.key_lines[key]})",
                    path=path,
                    line=key_node.start_mark.line + 1,
                    key=key_path,
                )
            mapping.key_lines[key] = key_node.start_mark.line + 1
            mapping[key] = _build(value_node, path, key_path)
        return mapping
    if isinstance(node, yaml.SequenceNode):
        seq = _Seq(_build(item, path, f"{where}[{i}]") for i, item in enumerate(node.value))
        seq.line = line
        return seq
    try:
        return SafeConstructor().construct_object(node, deep=True)
    except (ConstructorError, ValueError) as exc:
        raise PolicyError(f"cannot read value: {exc}", path=path, line=line, key=where) from None


# -- validation -------------------------------------------------------------------------


class _Checker:
    """Validates one mapping of the policy against the keys it may have."""

    def __init__(self, path: Path | None, mapping: Any, where: str, line: int | None) -> None:
        self.path = path
        self.where = where
        if not isinstance(mapping, _Map):
            raise PolicyError(
                f"expected a mapping, found {_kind(mapping)}", path=path, line=line, key=where
            )
        self.mapping = mapping

    def key(self, name: str) -> str:
        return f"{self.where}.{name}" if self.where else name

    def line_of(self, name: str) -> int:
        return self.mapping.key_lines.get(name, self.mapping.line)

    def error(self, name: str | None, problem: str) -> PolicyError:
        if name is None:
            return PolicyError(
                problem, path=self.path, line=self.mapping.line, key=self.where or None
            )
        return PolicyError(problem, path=self.path, line=self.line_of(name), key=self.key(name))

    def only(self, allowed: Sequence[str], what: str) -> None:
        for name in self.mapping:
            if name not in allowed:
                hint = did_you_mean(name, allowed)
                raise self.error(
                    name, f"unknown key for {what}{hint}; allowed: {', '.join(allowed)}"
                )

    def required(self, name: str) -> Any:
        if name not in self.mapping:
            raise self.error(None, f"missing required key {name!r}")
        return self.mapping[name]

    def text(self, name: str, *, required: bool = False) -> str | None:
        value = self.required(name) if required else self.mapping.get(name)
        if value is None:
            if name in self.mapping and required:
                raise self.error(name, "must not be empty")
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.error(name, f"must be a non-empty string, found {_kind(value)}")
        return value

    def integer(self, name: str, *, minimum: int, maximum: int | None = None) -> int | None:
        value = self.mapping.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(name, f"must be a whole number, found {_kind(value)}")
        if value < minimum or (maximum is not None and value > maximum):
            bound = f"from {minimum} to {maximum}" if maximum is not None else f"at least {minimum}"
            raise self.error(name, f"must be {bound}, found {value}")
        return value

    def choice(self, name: str, choices: Sequence[str], default: str) -> str:
        value = self.mapping.get(name, default)
        if value not in choices:
            hint = did_you_mean(str(value), choices)
            raise self.error(name, f"must be one of {', '.join(choices)}, found {value!r}{hint}")
        return str(value)

    def boolean(self, name: str, default: bool) -> bool:
        value = self.mapping.get(name, default)
        if not isinstance(value, bool):
            raise self.error(name, f"must be true or false, found {_kind(value)}")
        return value

    def numbers(self, name: str, *, integers: bool = False) -> list[float | int]:
        value = self.mapping[name]
        if not isinstance(value, list) or not value:
            raise self.error(name, f"must be a non-empty list of numbers, found {_kind(value)}")
        for item in value:
            wrong = isinstance(item, bool) or not isinstance(item, int | float)
            if wrong or (integers and not isinstance(item, int)):
                kind = "whole numbers" if integers else "numbers"
                raise self.error(name, f"must list {kind}, found {_kind(item)}")
            if isinstance(item, float) and not math.isfinite(item):
                raise self.error(name, "must list finite numbers")
        if any(b <= a for a, b in itertools.pairwise(value)):
            raise self.error(name, "must be strictly increasing")
        return list(value)

    def names(self, name: str) -> tuple[str, ...]:
        value = self.mapping.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.error(name, "must be a list of column names")
        return tuple(value)


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a boolean)"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, dt.date):
        return f"the date {value.isoformat()}"
    return f"{value!r}"


# one validator per action: it returns the action's options with defaults filled in
_ActionCheck = Callable[[_Checker, str], dict[str, Any]]


def _keep(c: _Checker, column: str) -> dict[str, Any]:
    c.only(("action", "justification"), "keep")
    return {}


def _drop(c: _Checker, column: str) -> dict[str, Any]:
    c.only(("action", "justification"), "drop")
    return {}


def _pseudonymise(c: _Checker, column: str) -> dict[str, Any]:
    c.only(("action", "domain", "normalise", "length", "justification"), "pseudonymise")
    return {
        "domain": c.text("domain") or column,
        "normalise": c.choice("normalise", NORMALISATIONS, "default"),
        "length": c.integer("length", minimum=16, maximum=64) or 32,
    }


def _encrypt(c: _Checker, column: str) -> dict[str, Any]:
    c.only(("action", "deterministic", "justification"), "encrypt")
    return {"deterministic": c.boolean("deterministic", False)}


def _generalise(c: _Checker, column: str) -> dict[str, Any]:
    c.only(
        ("action", "to", "bands", "as_of", "format", "bins", "prefix", "justification"),
        "generalise",
    )
    modes = [m for m in ("to", "bins", "prefix") if m in c.mapping]
    if len(modes) != 1:
        found = f"found {', '.join(modes)}" if modes else "found none"
        raise c.error(None, f"generalise needs exactly one of 'to', 'bins' or 'prefix' ({found})")
    mode = modes[0]
    date_only = [k for k in ("bands", "as_of", "format") if k in c.mapping]
    if mode != "to" and date_only:
        raise c.error(date_only[0], "applies only to dates ('to: year|month|age-band')")
    if mode == "bins":
        return {"bins": c.numbers("bins")}
    if mode == "prefix":
        return {"prefix": c.integer("prefix", minimum=1)}
    step = c.choice("to", DATE_STEPS, "year")
    options: dict[str, Any] = {"to": step}
    if "format" in c.mapping:
        options["format"] = c.text("format")
    if step == "age-band":
        if "bands" not in c.mapping:
            raise c.error(None, "'to: age-band' needs 'bands', e.g. [0, 18, 30, 45, 65]")
        bands = c.numbers("bands", integers=True)
        if bands[0] < 0:
            raise c.error("bands", "ages cannot be negative")
        options["bands"] = bands
        options["as_of"] = _as_of(c)
    else:
        for key in ("bands", "as_of"):
            if key in c.mapping:
                raise c.error(key, "applies only to 'to: age-band'")
    return options


def _as_of(c: _Checker) -> str:
    # ages must not depend on the day the job runs, or reruns would differ
    if "as_of" not in c.mapping:
        raise c.error(None, "'to: age-band' needs 'as_of', the date ages are counted to")
    value = c.mapping["as_of"]
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            raise c.error("as_of", "must be a date such as 2026-07-01") from None
    if not isinstance(value, dt.date):
        raise c.error("as_of", f"must be a date such as 2026-07-01, found {_kind(value)}")
    return value.isoformat()


def _mask(c: _Checker, column: str) -> dict[str, Any]:
    c.only(("action", "show_first", "show_last", "char", "justification"), "mask")
    char = c.text("char") or "*"
    if len(char) != 1:
        raise c.error("char", "must be a single character")
    return {
        "show_first": c.integer("show_first", minimum=0) or 0,
        "show_last": c.integer("show_last", minimum=0) or 0,
        "char": char,
    }


def _redact(c: _Checker, column: str) -> dict[str, Any]:
    from minshare.detect.findings import ENTITY_TYPES

    c.only(("action", "entities", "justification"), "redact")
    if "entities" not in c.mapping:
        return {}
    entities = c.names("entities")
    for entity in entities:
        if entity not in ENTITY_TYPES:
            hint = did_you_mean(entity, ENTITY_TYPES)
            raise c.error("entities", f"unknown entity type {entity!r}{hint}")
    return {"entities": list(entities)}


_ACTION_CHECKS: dict[str, _ActionCheck] = {
    "keep": _keep,
    "drop": _drop,
    "pseudonymise": _pseudonymise,
    "encrypt": _encrypt,
    "generalise": _generalise,
    "mask": _mask,
    "redact": _redact,
}
assert tuple(_ACTION_CHECKS) == ACTIONS

# common spellings that are not typos of one another
_ACTION_ALIASES = {
    "pseudonymize": "pseudonymise",
    "pseudonymize ": "pseudonymise",
    "generalize": "generalise",
    "tokenise": "pseudonymise",
    "tokenize": "pseudonymise",
    "hash": "pseudonymise",
    "remove": "drop",
    "delete": "drop",
}


def _column_rule(path: Path | None, columns: _Map, column: str, where: str) -> ColumnRule:
    value = columns[column]
    line = columns.key_lines[column]
    key = f"{where}.{column}"
    if isinstance(value, str):
        spec = _Map({"action": value})
        spec.line = line
        spec.key_lines = {"action": line}
    elif isinstance(value, _Map):
        spec = value
    else:
        raise PolicyError(
            f"expected an action name or a mapping with 'action', found {_kind(value)}",
            path=path,
            line=line,
            key=key,
        )
    c = _Checker(path, spec, key, line)
    action = c.required("action")
    if action not in _ACTION_CHECKS:
        alias = _ACTION_ALIASES.get(str(action))
        hint = f" (did you mean {alias!r}?)" if alias else did_you_mean(str(action), ACTIONS)
        raise c.error("action", f"unknown action {action!r}{hint}; actions: {', '.join(ACTIONS)}")
    options = _ACTION_CHECKS[action](c, column)
    justification = c.text("justification")
    given = frozenset(spec) - {"action", "justification"}
    return ColumnRule(column, action, options, justification, line, given)


def _recipient(path: Path | None, c: _Checker) -> Recipient:
    value = c.required("recipient")
    r = _Checker(path, value, c.key("recipient"), c.line_of("recipient"))
    r.only(("name", "key"), "recipient")
    name = r.text("name", required=True)
    assert name is not None
    key = r.text("key")
    key_path = None
    if key is not None:
        base = path.parent if path is not None else Path.cwd()
        key_path = base / key
    return Recipient(name=name, key_path=key_path, line=c.line_of("recipient"))


def _privacy(path: Path | None, c: _Checker) -> PrivacyTarget | None:
    if "privacy" not in c.mapping:
        return None
    p = _Checker(path, c.mapping["privacy"], c.key("privacy"), c.line_of("privacy"))
    p.only(
        ("k_anonymity", "l_diversity", "quasi_identifiers", "sensitive", "max_suppression"),
        "privacy",
    )
    k = p.integer("k_anonymity", minimum=1)
    ell = p.integer("l_diversity", minimum=1)
    qis = p.names("quasi_identifiers")
    sensitive = p.names("sensitive")
    if k is not None and not qis:
        raise p.error("k_anonymity", "needs 'quasi_identifiers' to group records by")
    if ell is not None and not sensitive:
        raise p.error("l_diversity", "needs 'sensitive' columns to count values of")
    suppression = p.mapping.get("max_suppression", 0.0)
    ok = isinstance(suppression, int | float) and not isinstance(suppression, bool)
    if not ok or not 0 <= suppression <= 1:
        raise p.error("max_suppression", "must be a fraction from 0 to 1, such as 0.05")
    return PrivacyTarget(k, ell, qis, sensitive, float(suppression))


def _purpose(path: Path | None, name: str, value: Any, line: int) -> PurposeRules:
    where = f"purposes.{name}"
    c = _Checker(path, value, where, line)
    c.only(
        ("basis", "agreement", "recipient", "unlisted", "columns", "privacy", "description"),
        "a purpose",
    )
    basis = c.text("basis", required=True)
    assert basis is not None
    if basis in PRECLUDED_BASES:
        raise c.error("basis", f"{basis!r} is not a permitted purpose: {PRECLUDED_BASES[basis]}")
    if basis not in PERMITTED_BASES:
        raise c.error(
            "basis",
            f"{basis!r} is not one of the purposes the DATA Act permits (s 15(1)): "
            f"{', '.join(PERMITTED_BASES)}{did_you_mean(basis, PERMITTED_BASES)}",
        )
    agreement = c.text("agreement", required=True)
    assert agreement is not None
    recipient = _recipient(path, c)
    unlisted = c.choice("unlisted", ("error", "drop"), "error")
    columns_value = c.required("columns")
    cols = _Checker(path, columns_value, c.key("columns"), c.line_of("columns"))
    if not cols.mapping:
        raise c.error("columns", "names no columns")
    rules = {col: _column_rule(path, cols.mapping, col, cols.where) for col in cols.mapping}
    privacy = _privacy(path, c)
    if privacy is not None:
        for qi in (*privacy.quasi_identifiers, *privacy.sensitive):
            if qi not in rules:
                raise c.error("privacy", f"names column {qi!r}, which the purpose does not list")
    return PurposeRules(
        name=name,
        basis=basis,
        agreement=agreement,
        recipient=recipient,
        unlisted="drop" if unlisted == "drop" else "error",
        columns=rules,
        privacy=privacy,
        description=c.text("description"),
        line=line,
        columns_line=c.line_of("columns"),
        path=path,
    )


def parse_policy(text: str, *, path: Path | None = None) -> Policy:
    """Parse and validate policy text; every problem is a :class:`PolicyError`."""
    root = _compose(text, path)
    c = _Checker(path, root, "", 1)
    c.only(("minshare", "dataset", "custodian", "description", "purposes"), "a policy")
    version = c.required("minshare")
    if version != POLICY_VERSION:
        raise c.error("minshare", f"unsupported policy version {version!r}; this minshare reads 1")
    purposes_value = c.required("purposes")
    p = _Checker(path, purposes_value, "purposes", c.line_of("purposes"))
    if not p.mapping:
        raise c.error("purposes", "defines no purposes")
    purposes = {
        name: _purpose(path, name, value, p.line_of(name)) for name, value in p.mapping.items()
    }
    return Policy(
        purposes=purposes,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        path=path,
        dataset=c.text("dataset"),
        custodian=c.text("custodian"),
    )


def load_policy(path: str | Path) -> Policy:
    """Read and validate the policy file at ``path``."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise PolicyError("no such file", path=path) from None
    except IsADirectoryError:
        raise PolicyError("is a folder, not a policy file", path=path) from None
    except OSError as exc:
        raise PolicyError(f"cannot read: {exc.strerror}", path=path) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise PolicyError("not valid UTF-8", path=path, line=line) from None
    # hash the bytes on disk, which is what an auditor will hash
    return replace(parse_policy(text, path=path), sha256=hashlib.sha256(raw).hexdigest())
