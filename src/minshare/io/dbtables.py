"""Tables read and written through ADBC: :class:`DatabaseReader` and :class:`DatabaseWriter`.

Reads stream: a cursor's ``fetch_record_batch()`` is a reader of batches, so memory does
not grow with the table; the rows are digested as they go (:mod:`minshare.io.digest`).
Writes go into one transaction through ADBC's bulk ingest (COPY on PostgreSQL) and are
committed only when the caller says so. A table minshare writes has one more column,
``_minshare_row`` (1, 2, 3... in the order written); reading a table that has it orders
by it and leaves it out, so rows keep their order both ways.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import pyarrow as pa

from minshare.errors import DataError, MinshareError, UsageError
from minshare.io.database import DatabaseTable, TableName, close_quietly, execute, quote_name
from minshare.io.database_errors import database_error
from minshare.io.digest import BackgroundDigest
from minshare.io.formats import DatabaseKind

#: the column that keeps a written table's row order (1, 2, 3...)
ROW_COLUMN = "_minshare_row"
#: the most rows in a batch read (a driver may return more at once) and in one ingest call
BATCH_ROWS = 64 * 1024
#: SQLite infers a column's type from the first rows of each batch it returns
_SQLITE_BATCH_ROWS = str(BATCH_ROWS)


# -- reading -------------------------------------------------------------------------------------


def _plain_type(kind: pa.DataType) -> pa.DataType:
    """The type minshare gives a column: extension types as text (PostgreSQL's numeric, json
    and uuid, as PostgreSQL writes them), or as their storage."""
    if isinstance(kind, pa.BaseExtensionType):
        storage = kind.storage_type
        if kind.extension_name == "arrow.uuid" or pa.types.is_string(storage):
            return pa.string()
        return _plain_type(storage)
    return kind


def _plain_array(values: pa.Array) -> pa.Array:
    if not isinstance(values, pa.ExtensionArray):
        return values
    if values.type.extension_name == "arrow.uuid":
        return pa.array(
            [None if b is None else str(uuid.UUID(bytes=b)) for b in values.storage.to_pylist()],
            pa.string(),
        )
    return _plain_array(values.storage)


class DatabaseReader:
    """A table or a query, batch by batch; the rows are digested as they go (:meth:`sha256`).

    ``connection`` reads through a connection the caller owns (to read back, before
    committing, what it wrote); otherwise one is opened, read-only, and closed by
    :meth:`close`.
    """

    stdin_stream = None

    def __init__(self, source: DatabaseTable, *, connection: Any = None) -> None:
        self.source = source
        # reading back, in its transaction, what a writer wrote: failures are the output's
        self._writing = connection is not None
        self.path = source.label
        self.format: DatabaseKind = source.database.kind
        self.size_bytes: int | None = None
        self._owned = connection is None
        self._connection = connection or source.database.connect(self.path, read_only=True)
        self._cursor: Any = None
        self._total: int | None = None
        self._rows = 0
        try:
            self._open()
        except BaseException:
            self.close()
            raise

    def _open(self) -> None:
        source, sql = self.source, self.source.query
        ordered = False
        if source.table is not None:
            name = source.table.sql()
            try:
                with self._connection.cursor() as probe:
                    probe.execute(f"SELECT * FROM {name} LIMIT 0")
                    names = probe.fetch_arrow_table().schema.names
                self._estimate(source.table)
            except MinshareError:
                raise
            except Exception as exc:
                raise database_error(exc, self.path, writing=self._writing) from None
            ordered = ROW_COLUMN in names
            sql = f"SELECT * FROM {name}" + (f' ORDER BY "{ROW_COLUMN}"' if ordered else "")
        self._cursor = self._connection.cursor()
        try:
            if self.format == "sqlite":
                self._cursor.adbc_statement.set_options(
                    **{"adbc.sqlite.query.batch_rows": _SQLITE_BATCH_ROWS}
                )
            self._cursor.execute(sql)
            self._stream = self._cursor.fetch_record_batch()
        except Exception as exc:
            raise database_error(exc, self.path, writing=self._writing) from None
        given = self._stream.schema
        self._keep = [i for i, f in enumerate(given) if not (ordered and f.name == ROW_COLUMN)]
        fields = [given.field(i) for i in self._keep]
        seen: set[str] = set()
        for f in fields:
            if f.name in seen:
                raise DataError(
                    f"two columns are named {f.name!r}; name them apart (AS) in the query",
                    path=self.path,
                )
            seen.add(f.name)
        self.schema = pa.schema([pa.field(f.name, _plain_type(f.type)) for f in fields])
        self._digest = BackgroundDigest(self.schema.names)

    def _estimate(self, table: TableName) -> None:
        """The rows (for progress) and bytes (to decide on worker processes) to expect."""
        if self.format == "postgresql":
            found = execute(
                self._connection,
                "SELECT c.reltuples::bigint, pg_total_relation_size(c.oid) FROM pg_class c "
                "WHERE c.oid = to_regclass($1)",
                (table.sql(),),
            )
            if found:
                estimate, size = found[0]
                self._total = int(estimate) if estimate is not None and estimate > 0 else None
                self.size_bytes = int(size) if size is not None else None
        else:
            self._total = int(
                execute(self._connection, f"SELECT count(*) FROM {table.sql()}")[0][0]
            )
            with contextlib.suppress(OSError):
                self.size_bytes = self.source.database.sqlite_path.stat().st_size

    def batches(self) -> Iterator[pa.RecordBatch]:
        while True:
            try:
                raw = self._stream.read_next_batch()
            except StopIteration:
                return
            except Exception as exc:
                raise database_error(exc, self.path, writing=self._writing) from None
            arrays = [_plain_array(raw.column(i)) for i in self._keep]
            batch = pa.RecordBatch.from_arrays(arrays, schema=self.schema)
            for start in range(0, batch.num_rows, BATCH_ROWS):
                piece = batch.slice(start, BATCH_ROWS)
                self._digest.add(piece)
                self._rows += piece.num_rows
                yield piece

    def fraction_read(self) -> float | None:
        return min(1.0, self._rows / self._total) if self._total else None

    @property
    def rows(self) -> int:
        """The rows read so far."""
        return self._rows

    def sha256(self) -> str:
        """The table digest (:mod:`minshare.io.digest`) of the rows read so far, in read order."""
        return self._digest.hexdigest()

    def close(self) -> None:
        digest = getattr(self, "_digest", None)
        if digest is not None:
            digest.close()
        stream = getattr(self, "_stream", None)
        if stream is not None:
            with contextlib.suppress(Exception):
                stream.close()
        if self._cursor is not None:
            with contextlib.suppress(Exception):
                self._cursor.close()
            self._cursor = None
        if self._owned:
            close_quietly(self._connection)


# -- writing -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WrittenTable:
    """A table as read back before commit: its digest, rows and columns (as minshare reads them)."""

    sha256: str
    rows: int
    columns: list[dict[str, str]]


def _storable(schema: pa.Schema, kind: DatabaseKind) -> pa.Schema:
    """The schema to write: SQLite's driver takes no decimals, so they go as their text."""
    if kind != "sqlite":
        return schema
    return pa.schema(
        [pa.field(f.name, pa.string()) if pa.types.is_decimal(f.type) else f for f in schema]
    )


def check_destination(target: DatabaseTable, *, replace: bool) -> None:
    """Fail early, before any work, when the table cannot be written: a connection or
    credentials that do not work, a table that exists (without ``replace``), no right to
    create tables there. Nothing is created."""
    assert target.table is not None
    if target.database.kind == "sqlite" and not target.database.sqlite_path.exists():
        target.database.sqlite_uri(target.label, read_only=False)  # its folder must exist
        return
    connection = target.database.connect(target.label, read_only=False)
    try:
        if _exists(connection, target) and not replace:
            raise UsageError(f"{target.label}: the table exists; pass --replace to replace it")
        if target.database.kind == "postgresql":
            schema = target.table.schema
            allowed = execute(
                connection,
                "SELECT has_schema_privilege(coalesce($1, current_schema()), 'CREATE')",
                (schema,),
            )
            if not (allowed and allowed[0][0]):
                raise DataError(
                    f"permission denied: the user may not create tables in schema "
                    f"{schema or 'the current schema'}",
                    path=target.label,
                )
    except MinshareError:
        raise
    except Exception as exc:
        raise database_error(exc, target.label) from None
    finally:
        close_quietly(connection)


def _exists(connection: Any, target: DatabaseTable) -> bool:
    table = target.table
    assert table is not None
    if target.database.kind == "postgresql":
        found = execute(connection, "SELECT to_regclass($1) IS NOT NULL", (table.sql(),))
    else:
        master = f"{quote_name(table.schema)}.sqlite_master" if table.schema else "sqlite_master"
        found = execute(
            connection,
            f"SELECT count(*) FROM {master} WHERE type IN ('table', 'view') "
            "AND name = ? COLLATE NOCASE",
            (table.name,),
        )
    return bool(found and found[0][0])


class DatabaseWriter:
    """Batches into a new table (or one replacing a table), in one transaction.

    Nothing is visible to others until :meth:`commit`; leaving the ``with`` block
    without it rolls back, so a failed run leaves no table (and no SQLite file that the
    run made). Rows are numbered in :data:`ROW_COLUMN` as written. :meth:`close` (the
    :class:`~minshare.io.TableWriter` protocol) sends what is pending and commits nothing.
    """

    def __init__(self, target: DatabaseTable, schema: pa.Schema, *, replace: bool = False) -> None:
        assert target.table is not None
        if ROW_COLUMN in schema.names:
            raise UsageError(
                f"{target.label}: the output has a column named {ROW_COLUMN}, which minshare "
                "keeps for the row order of tables it writes"
            )
        self.target = target
        self.path = target.label
        self.schema = _storable(schema, target.database.kind)
        self._table = target.table
        self._made_file = (
            target.database.kind == "sqlite" and not target.database.sqlite_path.exists()
        )
        self._connection: Any = target.database.connect(self.path, read_only=False)
        self._committed = False
        self._pending: list[pa.RecordBatch] = []
        self._pending_rows = 0
        self.rows = 0
        try:
            exists = _exists(self._connection, target)
            if exists and not replace:
                raise UsageError(f"{self.path}: the table exists; pass --replace to replace it")
            empty = pa.schema([*self.schema, pa.field(ROW_COLUMN, pa.int64())]).empty_table()
            self._ingest(empty, "replace" if exists else "create")
        except BaseException as exc:
            self.rollback()
            if isinstance(exc, MinshareError) or not isinstance(exc, Exception):
                raise
            raise database_error(exc, self.path, writing=True) from None

    def _ingest(self, data: pa.Table, mode: str) -> None:
        with self._connection.cursor() as cursor:
            cursor.adbc_ingest(self._table.name, data, mode=mode, db_schema_name=self._table.schema)

    def write(self, batch: pa.RecordBatch) -> None:
        if batch.schema != self.schema:
            batch = batch.cast(self.schema)
        self._pending.append(batch)
        self._pending_rows += batch.num_rows
        if self._pending_rows >= BATCH_ROWS:
            self._flush()

    def _flush(self) -> None:
        if not self._pending_rows:
            return
        table = pa.Table.from_batches(self._pending, self.schema)
        self._pending, self._pending_rows = [], 0
        # one bulk load (a COPY) per BATCH_ROWS rows at most
        for start in range(0, table.num_rows, BATCH_ROWS):
            part = table.slice(start, BATCH_ROWS)
            numbers = pa.array(range(self.rows + 1, self.rows + part.num_rows + 1), pa.int64())
            try:
                self._ingest(part.append_column(ROW_COLUMN, numbers), "append")
            except Exception as exc:
                raise database_error(exc, self.path, writing=True) from None
            self.rows += part.num_rows

    def close(self) -> None:
        self._flush()

    def read_back(self) -> WrittenTable:
        """The written table as readers will see it (read in this transaction): digest, rows,
        columns."""
        self._flush()
        reader = DatabaseReader(self.target, connection=self._connection)
        try:
            for _ in reader.batches():
                pass
            columns = [{"name": f.name, "type": str(f.type)} for f in reader.schema]
            return WrittenTable(reader.sha256(), reader.rows, columns)
        finally:
            reader.close()

    def commit(self) -> None:
        try:
            self._connection.commit()
        except Exception as exc:
            self.rollback()
            raise database_error(exc, self.path, writing=True) from None
        self._committed = True
        close_quietly(self._connection)

    def rollback(self) -> None:
        """Undo everything written (the table too), and remove an SQLite file the run made."""
        close_quietly(self._connection)
        if self._made_file:
            path = self.target.database.sqlite_path
            for leftover in (path, Path(f"{path}-journal"), Path(f"{path}-wal")):
                leftover.unlink(missing_ok=True)

    def __enter__(self) -> DatabaseWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if not self._committed:
            self.rollback()
