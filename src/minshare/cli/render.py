"""Turning library results into text for people and JSON for pipelines."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from minshare.findings import Finding

JSON_VERSION = 1


def emit_json(document: dict[str, Any]) -> None:
    """Write one JSON document, with its ``version``, to stdout."""
    click.echo(json.dumps({"version": JSON_VERSION, **document}, indent=2, ensure_ascii=False))


def say(message: str) -> None:
    """A line for people, on stderr."""
    click.echo(message, err=True)


def styled(text: str, ok: bool) -> str:
    """``text`` in green or red when stdout is a terminal."""
    return click.style(text, fg="green" if ok else "red") if sys.stdout.isatty() else text


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotation(finding: Finding) -> str:
    """A GitHub Actions workflow command that marks the policy line a finding concerns."""
    properties = []
    if finding.path is not None:
        properties.append(f"file={_escape_property(str(finding.path))}")
        if finding.line is not None:
            properties.append(f"line={finding.line}")
    properties.append(f"title={_escape_property('minshare ' + finding.rule)}")
    return f"::{finding.severity} {','.join(properties)}::{_escape_data(finding.reason)}"


def text_line(finding: Finding) -> str:
    """A finding for people: where, how bad, which rule, why."""
    where = ""
    if finding.path is not None:
        where = (
            f"{finding.path}:{finding.line}: " if finding.line is not None else f"{finding.path}: "
        )
    return f"{where}{finding.severity}: {finding.rule}: {finding.reason}"


def emit_findings(
    findings: list[Finding],
    fmt: str,
    *,
    ok: bool,
    summary: str,
    extra: dict[str, Any] | None = None,
) -> None:
    """Findings as text, one JSON document, or GitHub annotations, then a summary line."""
    if fmt == "json":
        emit_json({"ok": ok, **(extra or {}), "findings": [f.as_dict() for f in findings]})
        return
    for finding in findings:
        click.echo(github_annotation(finding) if fmt == "github" else text_line(finding))
    click.echo(styled(summary, ok) if fmt == "text" else summary)


def write_page(path: str, page: str) -> None:
    """Write an HTML report beside its name and move it into place whole."""
    from minshare.io import stage

    staged = stage(path, ".html")
    try:
        staged.temp.write_text(page, encoding="utf-8")
        staged.commit()
    finally:
        staged.discard()
    say(f"wrote {path}")
