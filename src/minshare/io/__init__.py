"""Read and write tables batch by batch: CSV, TSV, Parquet, JSON Lines and Arrow IPC.

Readers yield Arrow record batches, so memory stays flat however long the file.
Text formats are read as text: a postcode ``0800`` or an identifier with 20 digits
leaves exactly as it came. Text may be compressed (``.gz``, ``.bz2``, ``.zst``), in
any encoding, or on standard input. Errors name the file, the line or column, and
never the value found there.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

import pyarrow as pa

from minshare.errors import UsageError
from minshare.io.columnar import PARQUET_BATCH_ROWS, ArrowReader, ParquetPartsReader, ParquetReader
from minshare.io.delimited import CsvReader
from minshare.io.formats import (
    DEFAULT_MAX_ROW_BYTES,
    FORMATS,
    PART_GLOB,
    STDIN,
    TEXT_FORMATS,
    Format,
    ReadOptions,
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

__all__ = [
    "DEFAULT_MAX_ROW_BYTES",
    "FORMATS",
    "PARQUET_BATCH_ROWS",
    "PART_GLOB",
    "STDIN",
    "STDOUT",
    "TEXT_FORMATS",
    "Format",
    "ReadOptions",
    "StagedFile",
    "TableReader",
    "TableWriter",
    "arrow_type",
    "compression_of",
    "detect_format",
    "escape_formulas",
    "file_sha256",
    "formula_like",
    "input_sha256",
    "open_reader",
    "open_writer",
    "part_files",
    "same_file",
    "stage",
    "stray_files",
]


class TableReader(Protocol):
    """A source of record batches with a known schema."""

    path: str
    format: Format
    schema: pa.Schema

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

    A folder read as Parquet is a folder of Parquet parts, as Spark writes them.
    """
    text = str(path)
    chosen = detect_format(text, fmt)
    options = options or ReadOptions()
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


def input_sha256(reader: TableReader) -> str:
    """The SHA-256 of what a reader read (for standard input, once it is fully read)."""
    stream = reader.stdin_stream
    if stream is not None:
        return str(stream.digest.hexdigest())
    return file_sha256(reader.path)
