"""Read and write tables batch by batch: CSV, TSV, Parquet, JSON Lines, Arrow IPC, and
PostgreSQL and SQLite tables (through ADBC).

Readers yield Arrow record batches, so memory stays flat however long the file.
Text formats are read as text: a postcode ``0800`` or an identifier with 20 digits
leaves exactly as it came. Text may be compressed (``.gz``, ``.bz2``, ``.zst``), in
any encoding, or on standard input. A database is named by a URI (``postgresql://...``,
``sqlite:...``) with its table after a ``#`` (:mod:`minshare.io.database`). Errors name
the file (or the table, never credentials), the line or column, and never the value
found there.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import pyarrow as pa

from minshare.errors import UsageError
from minshare.io.columnar import PARQUET_BATCH_ROWS, ArrowReader, ParquetPartsReader, ParquetReader
from minshare.io.database import (
    DatabaseTable,
    database_destination,
    database_source,
    is_database,
    redact_uri,
)
from minshare.io.delimited import CsvReader
from minshare.io.formats import (
    DEFAULT_MAX_ROW_BYTES,
    FORMATS,
    PART_GLOB,
    STDIN,
    TEXT_FORMATS,
    Format,
    ReadOptions,
    SourceFormat,
    arrow_type,
    compression_of,
    detect_format,
    file_sha256,
    part_files,
    stray_files,
)
from minshare.io.jsonlines import JsonLinesReader
from minshare.io.sources import HashingStream
from minshare.io.staging import STDOUT, StagedFile, same_file, stage
from minshare.io.writers import TableWriter, escape_formulas, formula_like, open_writer

if TYPE_CHECKING:
    from minshare.io.dbtables import DatabaseReader

__all__ = [
    "DEFAULT_MAX_ROW_BYTES",
    "FORMATS",
    "PARQUET_BATCH_ROWS",
    "PART_GLOB",
    "STDIN",
    "STDOUT",
    "TEXT_FORMATS",
    "DatabaseTable",
    "Format",
    "ReadOptions",
    "SourceFormat",
    "StagedFile",
    "TableReader",
    "TableWriter",
    "arrow_type",
    "compression_of",
    "database_destination",
    "database_source",
    "detect_format",
    "display_name",
    "escape_formulas",
    "file_sha256",
    "formula_like",
    "input_sha256",
    "input_size",
    "is_database",
    "open_database",
    "open_reader",
    "open_writer",
    "part_files",
    "redact_uri",
    "same_file",
    "stage",
    "stray_files",
]


class TableReader(Protocol):
    """A source of record batches with a known schema."""

    path: str  # for a database, its URI without credentials and the table: what messages show
    schema: pa.Schema

    @property
    def format(self) -> SourceFormat: ...

    @property
    def stdin_stream(self) -> HashingStream | None: ...

    def batches(self) -> Iterator[pa.RecordBatch]: ...

    def fraction_read(self) -> float | None:
        """About how much of the input has been read, or None when that cannot be told."""
        ...

    def close(self) -> None: ...


def open_reader(
    path: str | Path, fmt: str | None = None, options: ReadOptions | None = None
) -> TableReader:
    """Open ``path`` (or ``-`` for standard input) for reading batch by batch.

    A folder read as Parquet is a folder of Parquet parts, as Spark writes them. A
    database URI reads the table after its ``#``, or ``options.table`` or ``options.query``.
    """
    text = str(path)
    options = options or ReadOptions()
    if is_database(text):
        if fmt is not None:
            raise UsageError("--input-format is for files; a database URI says what it is")
        return open_database(database_source(text, table=options.table, query=options.query))
    if options.table is not None or options.query is not None:
        raise UsageError(
            "--table and --query are for database input (postgresql://... or sqlite:...)"
        )
    chosen = detect_format(text, fmt)
    stdin = sys.stdin.buffer if text == STDIN else None
    if stdin is not None and chosen not in TEXT_FORMATS:
        raise UsageError(f"{chosen} cannot be read from standard input; give a file")
    if chosen in ("csv", "tsv"):
        return CsvReader(text, chosen, options, stdin)
    if chosen == "jsonl":
        return JsonLinesReader(text, options, stdin)
    if chosen == "parquet" and Path(text).is_dir():
        return ParquetPartsReader(text)
    if chosen == "parquet":
        return ParquetReader(text)
    return ArrowReader(text)


def open_database(source: DatabaseTable) -> DatabaseReader:
    """A reader of a database table or query (ADBC is imported only now)."""
    from minshare.io.dbtables import DatabaseReader

    return DatabaseReader(source)


def input_sha256(reader: TableReader) -> str:
    """The SHA-256 of what a reader read (for standard input, once it is fully read).

    For a database, the table digest (:mod:`minshare.io.digest`) of the rows read, in
    the order read.
    """
    stream = reader.stdin_stream
    if stream is not None:
        return str(stream.digest.hexdigest())
    sha256 = getattr(reader, "sha256", None)
    if callable(sha256):
        return str(sha256())
    return file_sha256(reader.path)


def input_size(reader: TableReader) -> int | None:
    """About how many bytes the input is, or None when that cannot be told."""
    if reader.stdin_stream is not None:
        return None
    if is_database(reader.path):
        size = getattr(reader, "size_bytes", None)
        return size if isinstance(size, int) else None
    try:
        return Path(reader.path).stat().st_size
    except OSError:
        return None


def display_name(data: str | Path) -> str:
    """How to name an input in messages: a database URI without its credentials."""
    text = str(data)
    if not is_database(text):
        return text
    uri, hash_, table = text.partition("#")
    return redact_uri(uri) + hash_ + table
