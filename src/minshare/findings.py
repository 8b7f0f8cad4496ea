"""Findings: what a check, a lint or a policy diff found, and where in the policy to look."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Finding:
    """One thing found: the column it concerns, the rule (a short name), how bad, and why.

    ``path`` and ``line`` point at the policy line to change, where there is one, so a
    CI system can annotate it.
    """

    column: str | None
    rule: str
    severity: Severity
    reason: str
    path: Path | None = None
    line: int | None = None

    def as_dict(self) -> dict[str, Any]:
        document: dict[str, Any] = {
            "column": self.column,
            "rule": self.rule,
            "severity": self.severity,
            "reason": self.reason,
        }
        if self.path is not None:
            document["file"] = str(self.path)
        if self.line is not None:
            document["line"] = self.line
        return document
