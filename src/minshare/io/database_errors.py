"""What a database failure means, in words of our own.

Driver messages may quote the SQL, a value or the server's details, so none is ever
shown: a failure is mapped to a one-line message by its SQLSTATE where the driver gives
one, else by the words libpq or SQLite use (connection failures come without a SQLSTATE),
else by ADBC's status code. ``docs/errors.md`` lists the messages.
"""

from __future__ import annotations

import re

from minshare.errors import DataError, MinshareError, OutputError, UsageError

_SQLSTATE_IN_TEXT = re.compile(r"SQLSTATE: ([0-9A-Z]{5})")

_AUTH = (
    "authentication failed (check the user and password: in the URI, PGPASSWORD, ~/.pgpass "
    "or the PGSERVICE entry)"
)
_LOST = "lost the connection to the database server"
_SQLSTATES = {
    "28P01": _AUTH,
    "28000": _AUTH,
    "3D000": "no such database",
    "3F000": "no such schema",
    "42P01": "no such table",
    "42501": "permission denied",
    "42601": "the query is not valid SQL (a syntax error)",
    "42703": "the query names a column that does not exist",
    "42883": "the query calls a function that does not exist or takes other arguments",
    "42P07": "the table exists; pass --replace to replace it",
    "25006": "the database is read-only here (a read-only transaction, or a standby server)",
    "2BP01": "other objects (views...) depend on the table, so it cannot be replaced",
    "42809": "it is not a table (a view, or another kind of object)",
    "22021": "a text value holds a byte the database cannot store as text (a NUL byte)",
    "53100": "the database server is out of disk space",
    "57014": "the database cancelled the statement (a statement timeout?)",
    "57P01": _LOST,
    "57P02": _LOST,
    "57P03": "the database server is starting up or shutting down",
    "40001": "the database rolled the transaction back (a serialization failure); run again",
    "40P01": "the database rolled the transaction back (a deadlock); run again",
}
_CLASSES = {
    "08": _LOST,
    "22": "the database could not convert or store a value",
    "23": "a value breaks a constraint of the table",
    "42": "the query is not valid",
    "53": "the database server is out of resources",
}
# libpq and SQLite say these in words, with no SQLSTATE (connecting, mostly): the words a
# message must hold, and what minshare says instead
_PHRASES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("password authentication failed",), _AUTH),
    (("no password supplied",), _AUTH),
    (("authentication failed",), _AUTH),
    (('role "', "does not exist"), _AUTH),
    (("pg_hba.conf",), "the server does not accept connections from this host or user"),
    (("connection refused",), "cannot connect: connection refused (is the server running there?)"),
    (("could not translate host name",), "cannot connect: unknown host"),
    (("timeout expired",), "cannot connect: timed out"),
    (("server closed the connection",), _LOST),
    (("terminating connection",), _LOST),
    (("no connection to the server",), _LOST),
    (("connection to server was lost",), _LOST),
    (("no such file or directory",), "cannot connect: no server is listening on that socket"),
    (("could not connect",), "cannot connect to the database server"),
    (('database "', "does not exist"), "no such database"),
    (("database is locked",), "the database is locked by another connection"),
    (("readonly database",), "the database is read-only"),
    (("no such table",), "no such table"),
    (("syntax error",), "the query is not valid SQL (a syntax error)"),
    (("no such column",), "the query names a column that does not exist"),
    (("already exists",), "the table exists; pass --replace to replace it"),
    (("file is not a database",), "not an SQLite database"),
    (("failed to open",), "cannot open the database file"),
    (("unable to open",), "cannot open the database file"),
)
_STATUSES = {
    "UNAUTHENTICATED": _AUTH,
    "UNAUTHORIZED": "permission denied",
    "ALREADY_EXISTS": "the table exists; pass --replace to replace it",
    "NOT_FOUND": "no such table, schema or database",
    "TIMEOUT": "the database timed out",
    "CANCELLED": "the statement was cancelled",
    "NOT_IMPLEMENTED": "the database driver cannot do this (a column type it cannot hold?)",
    "IO": "cannot talk to the database",
}
_RESOURCES = ("53", "58")  # a destination server out of space or failing: the output's fault


def _sqlstate(exc: BaseException) -> str | None:
    state = getattr(exc, "sqlstate", None)
    if isinstance(state, str) and len(state) == 5:
        return state
    m = _SQLSTATE_IN_TEXT.search(str(exc))
    return m.group(1) if m else None


def describe_failure(exc: BaseException) -> str:
    """A driver failure in words of our own: never its message, which may quote data or SQL."""
    state = _sqlstate(exc)
    text = str(exc).lower()
    if state is not None and state in _SQLSTATES:
        return f"{_SQLSTATES[state]} (SQLSTATE {state})"
    for words, problem in _PHRASES:
        if all(w in text for w in words):
            return problem if state is None else f"{problem} (SQLSTATE {state})"
    if state is not None:
        problem = _CLASSES.get(state[:2], "the database reported an error")
        return f"{problem} (SQLSTATE {state})"
    status = getattr(getattr(exc, "status_code", None), "name", None)
    if isinstance(status, str) and status in _STATUSES:
        return _STATUSES[status]
    return f"the database reported an error ({type(exc).__name__})"


def database_error(exc: BaseException, where: str, *, writing: bool = False) -> MinshareError:
    """The one-line error for a driver failure: a :class:`DataError` (exit 4), or when
    writing, an :class:`OutputError` (exit 74) for a server out of space or lost mid-write."""
    problem = describe_failure(exc)
    if problem.startswith("the table exists"):
        return UsageError(f"{where}: {problem}")
    state = _sqlstate(exc) or ""
    if writing and (state[:2] in _RESOURCES or problem.startswith(_LOST)):
        return OutputError(problem, path=where)
    return DataError(problem, path=where)
