"""One exception hierarchy, one mapping to exit codes.

Every failure minshare knows about is a :class:`MinshareError`. Each carries the
fields that locate the problem (file, line, row, column, key) and builds a one-line
message from them. Messages never contain cell values: they name where the problem
is, never what the data there says.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from pathlib import Path


class ExitStatus(enum.IntEnum):
    """The exit codes every command shares (DESIGN.md, "Exit codes")."""

    SUCCESS = 0
    REFUSED = 1  # the command ran and the answer is "no"
    USAGE = 2
    POLICY = 3
    DATA = 4
    KEY = 5
    INTERNAL = 70  # an unexpected error: a bug, reported in one line
    IO = 74  # the output could not be written (disk full, permission lost mid-run)
    INTERRUPTED = 130


def _where(path: str | Path | None, *parts: str | None) -> str:
    located = [str(path)] if path is not None else []
    located += [p for p in parts if p]
    return ": ".join(located)


class MinshareError(Exception):
    """Base of every error minshare reports to a user."""

    exit_status: ExitStatus = ExitStatus.INTERNAL

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(MinshareError):
    """The command was asked for something it cannot do as given."""

    exit_status = ExitStatus.USAGE


class PolicyError(MinshareError):
    """A policy file is malformed or asks for something not allowed.

    ``key`` is the dotted path of the offending key in the policy
    (``purposes.research.columns.DOB.to``); ``line`` is 1-based.
    """

    exit_status = ExitStatus.POLICY

    def __init__(
        self,
        problem: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        key: str | None = None,
    ) -> None:
        self.problem = problem
        self.path = path
        self.line = line
        self.key = key
        location = str(path) if path is not None else "policy"
        if line is not None:
            location += f":{line}"
        super().__init__(_where(location, key, problem))


class DataError(MinshareError):
    """An input data file is unreadable or does not hold what it must.

    ``line`` is a 1-based line of a text file, ``row`` a 1-based data row; at most
    one of them is usually known. The message names the column, never the value.
    """

    exit_status = ExitStatus.DATA

    def __init__(
        self,
        problem: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        self.problem = problem
        self.path = path
        self.line = line
        self.row = row
        self.column = column
        at = []
        if line is not None:
            at.append(f"line {line:,}")
        if row is not None:
            at.append(f"row {row:,}")
        if column is not None:
            at.append(f"column {column}")
        super().__init__(_where(path, ", ".join(at) or None, problem))


class KeyFileError(MinshareError):
    """A key is missing, unreadable, of the wrong kind, exposed, or does not fit."""

    exit_status = ExitStatus.KEY

    def __init__(self, problem: str, *, path: str | Path | None = None) -> None:
        self.problem = problem
        self.path = path
        super().__init__(_where(path, problem))


class OutputError(MinshareError):
    """The output could not be written; nothing was left behind."""

    exit_status = ExitStatus.IO

    def __init__(self, problem: str, *, path: str | Path | None = None) -> None:
        self.problem = problem
        self.path = path
        super().__init__(_where(path, problem))


class Refusal(MinshareError):
    """The policy does not allow the run: ``reasons`` says every way it falls short."""

    exit_status = ExitStatus.REFUSED

    def __init__(self, reasons: Sequence[str]) -> None:
        self.reasons = list(reasons)
        first = self.reasons[0] if self.reasons else "refused"
        more = len(self.reasons) - 1
        suffix = f" (and {more} more)" if more > 0 else ""
        super().__init__(f"refused: {first}{suffix}")


def did_you_mean(word: str, choices: Sequence[str]) -> str:
    """A " (did you mean 'x'?)" suffix naming the closest choice, or nothing."""
    import difflib

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""
