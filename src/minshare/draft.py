"""Draft policies from a scan: a starting point a steward reviews, that applies as it stands.

Every personal column is dropped, quasi-identifiers are generalised where a safe rule
exists (dates of birth to a year, postcodes to their first two digits), and the rest is
kept. Each rule carries the scan's finding as a comment, so the reviewer sees why.
The draft is checked against the data before it is returned: a generalisation the
values cannot take (dates in an unknown format) becomes a drop.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from minshare.detect.nested import top_level
from minshare.errors import DataError, UsageError
from minshare.policy import PERMITTED_BASES, parse_policy

if TYPE_CHECKING:
    from minshare.detect import ColumnFinding, ScanResult
    from minshare.io import ReadOptions

#: purpose names that say which basis they mean
_BASIS_BY_NAME = {
    "service-delivery": "delivery-of-government-services",
    "services": "delivery-of-government-services",
    "delivery": "delivery-of-government-services",
    "policy": "informing-policy-and-programs",
    "policy-and-programs": "informing-policy-and-programs",
    "programs": "informing-policy-and-programs",
    "research": "research-and-development",
    "research-and-development": "research-and-development",
    **{basis: basis for basis in PERMITTED_BASES},
}

#: quasi-identifiers with a generalisation that keeps some use and loses the detail
_GENERALISE = {
    "DATE_OF_BIRTH": "{action: generalise, to: year}",
    "DATE_OF_DEATH": "{action: generalise, to: year}",
    "AU_POSTCODE": "{action: generalise, prefix: 2}",
}

_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")
_YAML_WORDS = {"true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"}


def basis_for(purpose: str, basis: str | None = None) -> str:
    """The DATA Act basis for a draft: the one given, or the one the purpose's name says."""
    if basis is not None:
        if basis not in PERMITTED_BASES:
            raise UsageError(f"--basis must be one of {', '.join(PERMITTED_BASES)}")
        return basis
    found = _BASIS_BY_NAME.get(purpose.lower())
    if found is None:
        raise UsageError(
            f"cannot tell the DATA Act basis from the purpose name {purpose!r}; "
            f"pass --basis ({', '.join(PERMITTED_BASES)})"
        )
    return found


def _key(name: str) -> str:
    # a JSON string is a valid YAML double-quoted scalar
    plain = _PLAIN_KEY.match(name) and name.lower() not in _YAML_WORDS
    return name if plain else json.dumps(name, ensure_ascii=False)


def _rule(finding: ColumnFinding) -> tuple[str, str]:
    """The draft rule for one column, and the comment that explains it."""
    best = finding.best
    if not finding.personal or best is None:
        return "keep", "no personal information found"
    why = f"{best.type} ({best.score:.2f}): {best.evidence}"
    nested = finding.data_type.startswith(("struct<", "list<", "map<"))
    if finding.category == "quasi_identifier" and best.type in _GENERALISE and not nested:
        return _GENERALISE[best.type], why
    return "drop", why


def render_draft(
    scan: ScanResult,
    *,
    purpose: str,
    basis: str,
    overrides: Mapping[str, tuple[str, str]] | None = None,
) -> str:
    """The draft policy's YAML text (``overrides`` replace the rule of named columns)."""
    overrides = overrides or {}
    # a policy names the file's columns: a struct's leaves go with the struct
    columns = top_level(scan.columns)
    width = max((len(_key(c.name)) for c in columns), default=0) + 1
    lines = [
        f"# Draft policy from 'minshare scan' of {Path(scan.path).name}.",
        "# Review every rule: keep only what the purpose needs, and say why in a justification.",
        *(
            ["# The file has no header row: run check and apply with --no-header."]
            if scan.header is False
            else []
        ),
        "minshare: 1",
        f"dataset: {json.dumps(Path(scan.path).name)}",
        "purposes:",
        f"  {_key(purpose)}:",
        f"    basis: {basis}",
        "    agreement: DSA-DRAFT            # the registered data sharing agreement's id",
        '    recipient: {name: "Recipient to be named"}',
        "    unlisted: error",
        "    columns:",
    ]
    for finding in columns:
        rule, why = overrides.get(finding.name) or _rule(finding)
        lines.append(f"      {(_key(finding.name) + ':').ljust(width)} {rule:<40} # {why}")
    return "\n".join(lines) + "\n"


def draft_policy(
    data: str | Path,
    scan: ScanResult,
    *,
    purpose: str,
    basis: str | None = None,
    input_format: str | None = None,
    read: ReadOptions | None = None,
) -> str:
    """A draft policy for ``purpose`` that ``check`` (and so ``apply``) accepts on ``data``.

    ``read`` is how the scan read it (a database's table or query, the text's
    encoding); a file the scan read without a header row is checked the same way
    (``--no-header``).
    """
    from minshare.io import ReadOptions
    from minshare.pipeline import check

    read = dataclasses.replace(read or ReadOptions(), header=scan.header is not False)
    chosen = basis_for(purpose, basis)
    overrides: dict[str, tuple[str, str]] = {}
    for _ in scan.columns:
        text = render_draft(scan, purpose=purpose, basis=chosen, overrides=overrides)
        try:
            report = check(
                data,
                policy=parse_policy(text),
                purpose=purpose,
                input_format=input_format,
                read=read,
            )
        except DataError as exc:
            if exc.column is None or exc.column in overrides:
                raise
            # the values will not take the generalisation: drop the column instead
            overrides[exc.column] = ("drop", f"values do not fit a generalisation ({exc.problem})")
            continue
        if report.ok:
            return text
        problems = "; ".join(f.reason for f in report.findings if f.severity == "error")
        raise UsageError(f"the draft policy does not pass check: {problems}")
    raise UsageError("could not make a draft policy that passes check")
