"""Turning library results into text for people and JSON for pipelines."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

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
