"""Policy lint: the schema, and the mistakes a valid policy can still hold.

Beyond what loading checks (every key, action and option), lint looks for what a
reviewer should not have to: a justification that justifies nothing, a kept column
whose name says it is an identifier, a recipient key that does not load, a
pseudonymisation domain that no other column shares (a typo, or a domain with nothing
to join), and, given a sample of the data, columns the policy and the data disagree on.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from minshare.errors import KeyFileError, MinshareError, PolicyError
from minshare.findings import Finding, Severity
from minshare.keys import load_recipient_public_key
from minshare.policy import Policy, PurposeRules, load_policy

if TYPE_CHECKING:
    from minshare.io import ReadOptions

_PLACEHOLDERS = {
    "", "-", "--", ".", "...", "?", "x", "na", "n/a", "none", "nil", "null", "todo", "tbd",
    "tbc", "fixme", "test", "testing", "justification", "reason", "because", "needed",
    "required", "yes", "ok", "keep", "see above", "as above", "per policy",
}  # fmt: skip
_MIN_JUSTIFICATION = 12


@dataclass
class LintReport:
    """Every finding of a lint run, and the policies that loaded."""

    findings: list[Finding] = field(default_factory=list)
    policies: list[Policy] = field(default_factory=list)

    @property
    def invalid(self) -> bool:
        """Whether a file did not load at all (exit 3)."""
        return any(f.rule == "invalid-policy" for f in self.findings)

    @property
    def ok(self) -> bool:
        return not any(f.severity == "error" for f in self.findings)


def _placeholder(text: str) -> bool:
    words = text.strip().lower().rstrip(".!")
    return words in _PLACEHOLDERS or len(words) < _MIN_JUSTIFICATION


def _purpose_findings(policy: Policy, rules: PurposeRules) -> list[Finding]:
    from minshare.detect.findings import category_of
    from minshare.detect.names import name_hints

    found = []
    where = f"purpose {rules.name!r}"
    for column, rule in rules.columns.items():
        if rule.justification is not None and _placeholder(rule.justification):
            found.append(
                Finding(
                    column,
                    "justification-placeholder",
                    "error",
                    f"{where}: the justification for {column!r} says nothing; write why the "
                    f"purpose needs it (at least {_MIN_JUSTIFICATION} characters)",
                    policy.path,
                    rule.line,
                )
            )
        if rule.action != "keep":
            continue
        hints = name_hints(column)
        named = [
            (entity, strength)
            for entity, (strength, _) in hints.entities.items()
            if strength >= 1.0 and category_of(entity) == "direct_identifier"
        ]
        if named:
            entity = named[0][0]
            severity: Severity = "warning" if rule.justification else "error"
            found.append(
                Finding(
                    column,
                    "keep-identifier-name",
                    severity,
                    f"{where} keeps {column!r}, whose name says it holds {entity} "
                    f"(name hint {hints.matched(entity)!r})"
                    + ("" if rule.justification else "; drop or transform it, or justify it"),
                    policy.path,
                    rule.line,
                )
            )
    key = rules.recipient.key_path
    encrypts = any(r.action == "encrypt" for r in rules.columns.values())
    if key is not None:
        try:
            load_recipient_public_key(key)
        except KeyFileError as exc:
            found.append(
                Finding(
                    None,
                    "recipient-key",
                    "error",
                    f"{where}: {exc}",
                    policy.path,
                    rules.recipient.line,
                )
            )
    elif encrypts:
        found.append(
            Finding(
                None,
                "recipient-key",
                "error",
                f"{where} encrypts columns, but its recipient has no 'key'",
                policy.path,
                rules.recipient.line,
            )
        )
    return found


def _data_findings(
    policy: Policy, data: str | Path, input_format: str | None, read: ReadOptions | None
) -> list[Finding]:
    from minshare.io import is_database, open_reader

    reader = open_reader(data, input_format, read)
    try:
        names = reader.schema.names
    finally:
        reader.close()
    # a file by its name; a database by its URI (without credentials) and table
    label = reader.path if is_database(data) else Path(data).name
    found = []
    for rules in policy.purposes.values():
        for column, rule in rules.columns.items():
            if column not in names:
                found.append(
                    Finding(
                        column,
                        "unknown-column",
                        "warning",
                        f"purpose {rules.name!r} names {column!r}, which {label} does not have",
                        policy.path,
                        rule.line,
                    )
                )
        if rules.unlisted == "error":
            for column in names:
                if column not in rules.columns:
                    found.append(
                        Finding(
                            column,
                            "unlisted-column",
                            "error",
                            f"{label} has {column!r}, which purpose {rules.name!r} does not "
                            "name (add a rule, or set 'unlisted: drop')",
                            policy.path,
                            rules.columns_line,
                        )
                    )
    return found


def _domains(policies: Sequence[Policy]) -> dict[str, list[tuple[Policy, str, str]]]:
    """Each explicitly named pseudonymisation domain, and the columns that use it."""
    uses: dict[str, list[tuple[Policy, str, str]]] = defaultdict(list)
    for policy in policies:
        for rules in policy.purposes.values():
            for column, rule in rules.columns.items():
                # a domain left to default is the column's own name: nothing to match
                if rule.action == "pseudonymise" and "domain" in rule.given:
                    uses[str(rule.options["domain"])].append((policy, rules.name, column))
    return uses


def _neighbours(paths: Sequence[Path]) -> list[Policy]:
    """The valid policies in the folders of ``paths``, for domains shared across a folder."""
    found = []
    for folder in sorted({p.resolve().parent for p in paths}):
        for candidate in sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]):
            try:
                found.append(load_policy(candidate))
            except MinshareError:
                continue
    return found


def lint(
    paths: Sequence[str | Path],
    *,
    data: str | Path | None = None,
    input_format: str | None = None,
    read: ReadOptions | None = None,
) -> LintReport:
    """Lint each policy file; a file that does not load is one ``invalid-policy`` finding.

    ``data`` (read as ``read`` says: a database table or query, a text file's encoding or
    header) is a sample the policies' columns are checked against."""
    report = LintReport()
    for path in map(Path, paths):
        try:
            policy = load_policy(path)
        except PolicyError as exc:
            report.findings.append(
                Finding(
                    None, "invalid-policy", "error", exc.message, Path(exc.path or path), exc.line
                )
            )
            continue
        report.policies.append(policy)
        for rules in policy.purposes.values():
            report.findings.extend(_purpose_findings(policy, rules))
        if data is not None:
            # as given: a database URI must not go through Path, which folds its "//"
            report.findings.extend(_data_findings(policy, data, input_format, read))
    given = {p.path.resolve() for p in report.policies if p.path}
    for domain, uses in _domains(_neighbours([p.path for p in report.policies if p.path])).items():
        if len(uses) != 1:
            continue
        policy, purpose, column = uses[0]
        if policy.path is None or policy.path.resolve() not in given:
            continue
        mine = next(
            p for p in report.policies if p.path and p.path.resolve() == policy.path.resolve()
        )
        report.findings.append(
            Finding(
                column,
                "lonely-domain",
                "warning",
                f"purpose {purpose!r}: domain {domain!r} is used by {column!r} alone across the "
                "policies in its folder; a domain is for columns that should join (a typo?)",
                mine.path,
                mine.purposes[purpose].columns[column].line,
            )
        )
    return report
