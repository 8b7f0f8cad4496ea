"""What a policy change adds to or takes from what leaves the agency.

Each change, per purpose and column, is marked a weakening when the recipient could
learn more afterwards, or when it cannot be shown that it learns less: a reviewer
should look at it. Weakenings: anything that was dropped now leaving; pseudonymised
or encrypted values now kept or masked; a finer generalisation; more characters
shown by a mask; deterministic encryption; fewer entity types redacted; a new
column, purpose, recipient or agreement; ``unlisted: error`` relaxed to ``drop``; a
privacy target lowered.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from minshare.errors import PolicyError, UsageError
from minshare.findings import Finding
from minshare.policy import ColumnRule, Policy, PurposeRules, load_policy, parse_policy

GIT_PREFIX = "git:"

#: how much of a value the recipient can read after each action, least first
_REVEALS = {
    "drop": 0,
    "pseudonymise": 1,
    "generalise": 2,
    "mask": 2,
    "redact": 2,
    "encrypt": 3,
    "keep": 4,
}
#: the changes of action that show less for certain; every other change is for a reviewer
_STRONGER = {
    *((action, "drop") for action in _REVEALS),
    *(("keep", action) for action in _REVEALS),
    *((action, "pseudonymise") for action in ("encrypt", "generalise", "mask", "redact")),
}


@dataclass(frozen=True)
class PolicyChange:
    """One change between two versions of a policy."""

    purpose: str
    column: str | None
    before: str | None
    after: str | None
    weakening: bool
    reason: str
    line: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "purpose": self.purpose,
            "column": self.column,
            "from": self.before,
            "to": self.after,
            "weakening": self.weakening,
            "reason": self.reason,
        }


def describe(rule: ColumnRule | None) -> str | None:
    """A rule in one line: ``generalise(to=year)``, ``mask(show_last=3)``, ``drop``."""
    if rule is None:
        return None
    shown = {k: v for k, v in sorted(rule.options.items()) if k in rule.given or k == "domain"}
    if rule.action == "pseudonymise" and "domain" not in rule.given:
        shown.pop("domain", None)
    inner = ", ".join(f"{k}={v}" for k, v in shown.items())
    return f"{rule.action}({inner})" if inner else rule.action


def load_policy_ref(ref: str) -> Policy:
    """A policy from a file, or from git as ``git:REV:path`` (read with ``git show``)."""
    if not ref.startswith(GIT_PREFIX):
        return load_policy(ref)
    rev, sep, path = ref[len(GIT_PREFIX) :].partition(":")
    if not sep or not rev or not path:
        raise UsageError(
            f"{ref}: a git policy is written git:REVISION:PATH, e.g. git:HEAD~1:policy.yaml"
        )
    for spec in (f"{rev}:{path}", f"{rev}:./{path}"):
        shown = subprocess.run(["git", "show", spec], capture_output=True, check=False)
        if shown.returncode == 0:
            break
    else:
        reason = shown.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["git failed"]
        raise PolicyError(f"cannot read it from git ({reason[0]})", path=ref)
    try:
        text = shown.stdout.decode("utf-8")
    except UnicodeDecodeError:
        raise PolicyError("not valid UTF-8", path=ref) from None
    return parse_policy(text, path=Path(path))


def _finer_cuts(before: list[Any], after: list[Any]) -> bool | None:
    """True when ``after`` cuts finer than ``before``, False when coarser, None when neither."""
    old, new = set(before), set(after)
    if old == new:
        return None
    # neither containing the other means some bins are finer
    return not new <= old


def _compare_options(before: ColumnRule, after: ColumnRule) -> tuple[bool, str] | None:
    """Whether a change of options within one action weakens it, and why (None: no change)."""
    old, new = before.options, after.options
    if dict(old) == dict(new):
        return None
    action = after.action
    if action == "pseudonymise":
        if old.get("domain") != new.get("domain"):
            return True, "tokens move to another domain, so they join other columns"
        return False, "the token format changes"
    if action == "encrypt":
        if new.get("deterministic") and not old.get("deterministic"):
            return True, "deterministic encryption shows which values are equal"
        return False, "randomised encryption hides which values are equal"
    if action == "mask":
        shown_before = old.get("show_first", 0) + old.get("show_last", 0)
        shown_after = new.get("show_first", 0) + new.get("show_last", 0)
        if shown_after > shown_before or (
            shown_after == shown_before
            and (old.get("show_first"), old.get("show_last"))
            != (new.get("show_first"), new.get("show_last"))
        ):
            return True, "the mask shows more characters, or others"
        return False, "the mask shows fewer characters"
    if action == "redact":
        old_set = set(old.get("entities") or ["*"])
        new_set = set(new.get("entities") or ["*"])
        fewer = "*" not in new_set and ("*" in old_set or not new_set >= old_set)
        if fewer:
            return True, "fewer kinds of personal information are redacted"
        return False, "more kinds of personal information are redacted"
    return _compare_generalise(old, new)


def _compare_generalise(old: Any, new: Any) -> tuple[bool, str]:
    if "prefix" in old and "prefix" in new:
        if new["prefix"] > old["prefix"]:
            return True, "the prefix keeps more characters"
        return False, "the prefix keeps fewer characters"
    if "bins" in old and "bins" in new:
        finer = _finer_cuts(old["bins"], new["bins"])
        return (True, "the bins are finer") if finer else (False, "the bins are coarser")
    if "to" in old and "to" in new:
        if old["to"] == new["to"] == "age-band":
            finer = _finer_cuts(old["bands"], new["bands"])
            if finer is None:
                return False, "the age bands are counted to another date"
            return (
                (True, "the age bands are finer") if finer else (False, "the age bands are coarser")
            )
        if (old["to"], new["to"]) == ("year", "month"):
            return True, "dates are kept to the month instead of the year"
        if (old["to"], new["to"]) == ("month", "year"):
            return False, "dates are kept to the year instead of the month"
        if old["to"] == new["to"]:
            return False, "the date format read changes"
    return True, "the generalisation changes in a way that may not be coarser"


def _column_change(
    purpose: str,
    column: str,
    before: ColumnRule | None,
    after: ColumnRule | None,
    old_unlisted: str,
) -> PolicyChange | None:
    line = after.line if after is not None else None
    if before is None and after is not None:
        if after.action == "drop":
            return PolicyChange(purpose, column, None, "drop", False, "a new column, dropped", line)
        was = "dropped (unlisted)" if old_unlisted == "drop" else "refused (unlisted)"
        return PolicyChange(
            purpose, column, None, describe(after), True, f"a new column leaves; it was {was}", line
        )
    if before is not None and after is None:
        return PolicyChange(
            purpose,
            column,
            describe(before),
            None,
            False,
            "the rule is removed; the column is now unlisted",
        )
    assert before is not None and after is not None
    if before.action != after.action:
        change = f"{before.action} to {after.action}"
        if (before.action, after.action) in _STRONGER:
            reason = f"{change} shows less"
            return PolicyChange(
                purpose, column, describe(before), describe(after), False, reason, line
            )
        # encrypt to mask shows less to the recipient, but more to anyone else who gets the file
        more = _REVEALS[after.action] > _REVEALS[before.action]
        reason = f"{change} shows more" if more else f"{change} shows something different, not less"
        return PolicyChange(purpose, column, describe(before), describe(after), True, reason, line)
    compared = _compare_options(before, after)
    if compared is None:
        if (before.justification or "") != (after.justification or ""):
            return PolicyChange(
                purpose,
                column,
                describe(before),
                describe(after),
                False,
                "the justification changes",
                line,
            )
        return None
    weakening, reason = compared
    return PolicyChange(purpose, column, describe(before), describe(after), weakening, reason, line)


def _purpose_changes(
    old: PurposeRules | None, new: PurposeRules | None, name: str
) -> list[PolicyChange]:
    if old is None and new is not None:
        return [
            PolicyChange(name, None, None, new.basis, True, "a new purpose releases data", new.line)
        ]
    if new is None and old is not None:
        return [PolicyChange(name, None, old.basis, None, False, "the purpose is removed")]
    assert old is not None and new is not None
    changes = []
    line = new.line

    def purpose_level(
        before: Any, after: Any, weakening: bool, reason: str, at: int | None = line
    ) -> None:
        if before != after:
            changes.append(PolicyChange(name, None, str(before), str(after), weakening, reason, at))

    purpose_level(old.basis, new.basis, True, "the legal basis changes")
    purpose_level(old.agreement, new.agreement, True, "a new data sharing agreement")
    purpose_level(
        old.recipient.name, new.recipient.name, True, "a new recipient", new.recipient.line
    )
    old_key = old.recipient.key_path.name if old.recipient.key_path else None
    new_key = new.recipient.key_path.name if new.recipient.key_path else None
    purpose_level(old_key, new_key, True, "the recipient's key changes", new.recipient.line)
    if old.unlisted != new.unlisted:
        relaxed = new.unlisted == "drop"
        reason = (
            "unlisted columns are dropped instead of refused"
            if relaxed
            else "unlisted columns are refused"
        )
        purpose_level(old.unlisted, new.unlisted, relaxed, reason)
    changes.extend(_privacy_changes(old, new, name))
    for column in dict.fromkeys([*old.columns, *new.columns]):
        change = _column_change(
            name, column, old.columns.get(column), new.columns.get(column), old.unlisted
        )
        if change is not None:
            changes.append(change)
    return changes


def _privacy_changes(old: PurposeRules, new: PurposeRules, name: str) -> list[PolicyChange]:
    before, after = old.privacy, new.privacy
    if before == after:
        return []
    line = new.line
    if after is None:
        return [
            PolicyChange(
                name, None, "privacy target", None, True, "the privacy target is removed", line
            )
        ]
    if before is None:
        return [
            PolicyChange(
                name, None, None, "privacy target", False, "a privacy target is added", line
            )
        ]
    weaker = (
        (after.k_anonymity or 0) < (before.k_anonymity or 0)
        or (after.l_diversity or 0) < (before.l_diversity or 0)
        or after.max_suppression > before.max_suppression
        or not set(after.quasi_identifiers) >= set(before.quasi_identifiers)
    )
    reason = "the privacy target is lowered" if weaker else "the privacy target is raised"
    return [
        PolicyChange(
            name, None, f"k={before.k_anonymity}", f"k={after.k_anonymity}", weaker, reason, line
        )
    ]


def diff_policies(old: Policy, new: Policy) -> list[PolicyChange]:
    """Every change from ``old`` to ``new``, purpose by purpose, column by column."""
    changes = []
    for name in dict.fromkeys([*old.purposes, *new.purposes]):
        changes.extend(_purpose_changes(old.purposes.get(name), new.purposes.get(name), name))
    return changes


def as_findings(changes: list[PolicyChange], path: Path | None) -> list[Finding]:
    """The weakenings as findings pointing at the new policy, for CI annotations."""
    return [
        Finding(
            c.column,
            "weakening",
            "error",
            f"purpose {c.purpose!r}: {c.reason} ({c.before} -> {c.after})",
            path,
            c.line,
        )
        for c in changes
        if c.weakening
    ]
