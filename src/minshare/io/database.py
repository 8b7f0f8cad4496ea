"""Databases named by URIs, PostgreSQL and SQLite, and connections to them through ADBC.

A database is named by a URI: libpq's own ``postgresql://[user[:password]@]host[:port]/dbname
[?param=value...]`` (or ``postgres://``), or ``sqlite:///ABSOLUTE/PATH`` and
``sqlite:RELATIVE/PATH``. A table follows a ``#``: ``postgresql://db.example/agency#public.clients``.
Credentials come from the URI or from where libpq looks when it has none (``PGPASSWORD``,
``~/.pgpass``, ``PGSERVICE``); they are passed to the driver and to nothing else. Every
name shown or recorded is the URI without them (:func:`redact_uri`).

:mod:`minshare.io.dbtables` reads and writes tables; :mod:`minshare.io.database_errors`
says what a driver's failure means. ``docs/databases.md`` is the user's guide.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from minshare.errors import DataError, MinshareError, UsageError
from minshare.io.database_errors import database_error
from minshare.io.formats import DatabaseKind

_SCHEMES: dict[str, DatabaseKind] = {
    "postgresql": "postgresql",
    "postgres": "postgresql",
    "sqlite": "sqlite",
}
#: query parameters of a libpq URI that are credentials: never shown nor recorded
_SECRET_PARAMS = frozenset({"user", "password", "sslpassword"})
_PLAIN_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_$]*$")


def is_database(text: str | Path) -> bool:
    """Whether ``text`` names a database (``postgresql://``, ``postgres://``, ``sqlite:``)."""
    scheme, colon, _ = str(text).partition(":")
    return bool(colon) and scheme.lower() in _SCHEMES


def redact_uri(uri: str) -> str:
    """The URI without credentials: no ``user:password@``, no ``user``/``password`` parameter."""
    scheme, _, rest = uri.partition(":")
    if not rest.startswith("//"):
        # sqlite:RELATIVE/PATH holds no credentials; anything else this short is malformed
        return uri if scheme.lower() == "sqlite" else f"{scheme}://(a malformed URI)"
    try:
        parts = urlsplit(uri)
    except ValueError:  # a malformed host ("[::1"): show nothing of it, it may hold a password
        return f"{scheme}://(a malformed URI)"
    host = parts.netloc.rpartition("@")[2]
    kept = [
        pair
        for pair in parts.query.split("&")
        if pair and unquote(pair.partition("=")[0]).lower() not in _SECRET_PARAMS
    ]
    return f"{parts.scheme}://{host}{parts.path}" + (f"?{'&'.join(kept)}" if kept else "")


# -- names ---------------------------------------------------------------------------------------


def quote_name(name: str) -> str:
    """An SQL identifier in double quotes, as both PostgreSQL and SQLite read them."""
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class TableName:
    """A table's name, and its schema's if given, as the database stores them."""

    name: str
    schema: str | None = None

    def sql(self) -> str:
        """The name quoted for SQL: ``"public"."clients"``."""
        return ".".join(quote_name(p) for p in (self.schema, self.name) if p is not None)

    def __str__(self) -> str:
        return ".".join(
            p if _PLAIN_NAME.match(p) else quote_name(p) for p in (self.schema, self.name) if p
        )


def parse_table_name(text: str, kind: DatabaseKind) -> TableName:
    """``NAME`` or ``SCHEMA.NAME``, as SQL reads them: a part in double quotes is taken as it
    is; PostgreSQL folds one without quotes to lower case (SQLite's names ignore case)."""
    parts: list[str] = []
    rest = text.strip()
    while True:
        if rest.startswith('"'):
            m = re.match(r'"((?:[^"]|"")+)"', rest)
            if m is None:
                raise UsageError(f"table name {text!r}: a double quote is not closed")
            parts.append(m.group(1).replace('""', '"'))
            rest = rest[m.end() :]
        else:
            m = re.match(r"[^.\"]+", rest)
            word = m.group(0).strip() if m else ""
            if not _PLAIN_NAME.match(word):
                raise UsageError(
                    f"table name {text!r}: write it as NAME or SCHEMA.NAME; put a name with "
                    'other characters in double quotes ("Client List")'
                )
            parts.append(word.lower() if kind == "postgresql" else word)
            rest = rest[m.end() :] if m else ""
        if not rest:
            break
        if not rest.startswith(".") or len(parts) == 2:
            raise UsageError(f"table name {text!r}: write it as NAME or SCHEMA.NAME")
        rest = rest[1:]
    return TableName(parts[-1], parts[0] if len(parts) == 2 else None)


# -- databases -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Database:
    """A database to connect to. ``uri`` may hold credentials: it goes to the driver only."""

    kind: DatabaseKind
    uri: str = field(repr=False)
    display: str  # the URI without credentials: what is shown and recorded

    @property
    def sqlite_path(self) -> Path:
        """The SQLite file: ``sqlite:///ABSOLUTE/PATH`` or ``sqlite:RELATIVE/PATH``."""
        return Path(self.uri.partition(":")[2].removeprefix("//"))

    def connect(self, where: str, *, read_only: bool) -> Any:
        """A DB-API connection (ADBC), in a transaction; read-only when ``read_only``."""
        try:
            if self.kind == "postgresql":
                import adbc_driver_postgresql.dbapi as postgresql

                connection = postgresql.connect(self.uri)
            else:
                import adbc_driver_sqlite.dbapi as sqlite

                connection = sqlite.connect(self.sqlite_uri(where, read_only))
        except ImportError:
            raise UsageError(
                "databases are read and written through ADBC: pip install 'minshare[db]'"
            ) from None
        except MinshareError:
            raise
        except Exception as exc:
            raise database_error(exc, where) from None
        if read_only and self.kind == "postgresql":
            try:
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION READ ONLY")
            except Exception as exc:
                close_quietly(connection)
                raise database_error(exc, where) from None
        return connection

    def sqlite_uri(self, where: str, read_only: bool) -> str:
        """What the SQLite driver opens: the file read-only (never made) for reading; for
        writing its path, whose folder must exist."""
        path = self.sqlite_path
        if path.is_dir():
            raise DataError("is a folder, not an SQLite database file", path=where)
        if read_only:
            if not path.is_file():
                raise DataError("no such database file", path=where)
            # read only, and a file that is not there is not made
            return f"file:{quote(str(path.resolve()))}?mode=ro"
        if not path.resolve().parent.is_dir():
            raise UsageError(f"{where}: the folder {path.parent} does not exist")
        return str(path)


def parse_database(text: str) -> tuple[Database, str | None]:
    """The database a URI names, and the table after its ``#`` (None when there is none)."""
    uri, _, fragment = str(text).partition("#")
    scheme = uri.partition(":")[0].lower()
    kind = _SCHEMES[scheme]
    if kind == "sqlite":
        rest = uri.partition(":")[2]
        if rest.startswith("//") and not rest.startswith("///"):
            raise UsageError(
                f"{redact_uri(uri)}: write sqlite:///ABSOLUTE/PATH or sqlite:RELATIVE/PATH"
            )
        if not rest.removeprefix("//"):
            raise UsageError("sqlite: needs the database file's path (sqlite:///ABSOLUTE/PATH)")
        display = uri
    else:
        display = redact_uri(uri)
        if not uri.partition(":")[2].startswith("//"):
            raise UsageError(f"{display}: a PostgreSQL URI starts {scheme}://")
    return Database(kind, uri, display), (fragment or None)


@dataclass(frozen=True)
class DatabaseTable:
    """A table of a database to read or write, or a query to read."""

    database: Database
    table: TableName | None = None
    query: str | None = None

    @property
    def label(self) -> str:
        """How messages and manifests name it, without credentials."""
        if self.table is not None:
            return f"{self.database.display}#{self.table}"
        return f"{self.database.display} (query)"

    def record(self) -> dict[str, Any]:
        """What a manifest records of it: the URI without credentials, and the table or query."""
        found: dict[str, Any] = {"uri": self.database.display}
        if self.table is not None:
            found["table"] = str(self.table)
        else:
            found["query"] = self.query
        return found


def database_source(
    text: str, *, table: str | None = None, query: str | None = None
) -> DatabaseTable:
    """A database input: ``URI#TABLE``, or a URI and ``table`` or ``query``."""
    database, fragment = parse_database(text)
    given = [x for x in (fragment, table, query) if x]
    if len(given) != 1:
        what = "both a table and a query" if len(given) > 1 else "no table"
        raise UsageError(
            f"{database.display}: {what}; a database input needs one of --table NAME, "
            "--query SQL or URI#TABLE"
        )
    if query:
        text_of_query = query.strip().rstrip(";").strip()
        if not text_of_query:
            raise UsageError("--query is empty")
        return DatabaseTable(database, query=text_of_query)
    return DatabaseTable(database, parse_table_name(fragment or table or "", database.kind))


def database_destination(text: str) -> DatabaseTable:
    """A database output: ``URI#TABLE`` (the table is created, or replaced with ``--replace``)."""
    database, fragment = parse_database(text)
    if not fragment:
        raise UsageError(
            f"{database.display}: name the table to write after a #: "
            f"{database.display}#SCHEMA.TABLE"
        )
    return DatabaseTable(database, parse_table_name(fragment, database.kind))


def close_quietly(connection: Any) -> None:
    """Roll back and close, quietly: the connection may already be gone."""
    with contextlib.suppress(Exception):
        connection.rollback()
    with contextlib.suppress(Exception):
        connection.close()


def execute(connection: Any, sql: str, parameters: tuple[Any, ...] | None = None) -> list[Any]:
    """The rows of a small query (``$1`` parameters on PostgreSQL, ``?`` on SQLite)."""
    with connection.cursor() as cursor:
        cursor.execute(sql, parameters)
        return list(cursor.fetchall())
