"""Writers for every format, batch by batch, with optional compression of text output."""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import json
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from pathlib import Path
from typing import Any, Protocol

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import pyarrow.ipc as pa_ipc
import pyarrow.parquet as pq

from minshare.io.columnar import PARQUET_BATCH_ROWS
from minshare.io.formats import DELIMITERS, Format, compression_of

# a spreadsheet runs a cell that starts with one of these as a formula...
_FORMULA_START = r"^[=+\-@\t\r]"
# ...but a signed number, a phone number or a lone sign is data, and stays as it is
_DATA_LIKE = r"^[+\-]?([0-9][0-9 ().,\-]*)?$"


class TableWriter(Protocol):
    def write(self, batch: pa.RecordBatch) -> None: ...

    def close(self) -> None: ...


def formula_like(values: pa.Array) -> pa.Array:
    """Which text cells a spreadsheet would run as a formula (null where the cell is null)."""
    return pc.and_(
        pc.match_substring_regex(values, _FORMULA_START),
        pc.invert(pc.match_substring_regex(values, _DATA_LIKE)),
    )


def escape_formulas(batch: pa.RecordBatch) -> pa.RecordBatch:
    """Formula-like text cells with a leading apostrophe, which spreadsheets show but do not run."""
    arrays = []
    for column in batch.columns:
        if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
            quoted = pc.binary_join_element_wise(pa.scalar("'", column.type), column, "")
            arrays.append(pc.if_else(pc.fill_null(formula_like(column), False), quoted, column))
        else:
            arrays.append(column)
    return pa.RecordBatch.from_arrays(arrays, schema=batch.schema)


def _sink(path: Path) -> Any:
    return pa.output_stream(str(path), compression=compression_of(path))


class _CsvWriter:
    def __init__(self, path: Path, schema: pa.Schema, delimiter: str, escape: bool) -> None:
        self._sink = _sink(path)
        self._escape = escape
        self._writer = pa_csv.CSVWriter(
            self._sink, schema, write_options=pa_csv.WriteOptions(delimiter=delimiter)
        )

    def write(self, batch: pa.RecordBatch) -> None:
        self._writer.write_batch(escape_formulas(batch) if self._escape else batch)

    def close(self) -> None:
        self._writer.close()
        self._sink.close()


class _ParquetWriter:
    """Parquet with row groups of about ``PARQUET_BATCH_ROWS`` rows, whatever the batch size.

    Each write to pyarrow's writer makes a row group, and readers pay for many small ones.
    """

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self._writer = pq.ParquetWriter(str(path), schema, compression="zstd")
        self._pending: list[pa.RecordBatch] = []
        self._rows = 0

    def write(self, batch: pa.RecordBatch) -> None:
        self._pending.append(batch)
        self._rows += batch.num_rows
        if self._rows >= PARQUET_BATCH_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(
                pa.Table.from_batches(self._pending), row_group_size=self._rows
            )
        self._pending, self._rows = [], 0

    def close(self) -> None:
        self._flush()
        self._writer.close()


class _ArrowWriter:
    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self._sink = pa.OSFile(str(path), "wb")
        self._writer = pa_ipc.new_file(self._sink, schema)

    def write(self, batch: pa.RecordBatch) -> None:
        self._writer.write_batch(batch)

    def close(self) -> None:
        self._writer.close()
        self._sink.close()


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    raise TypeError(f"cannot write a {type(value).__name__} as JSON")


class _JsonLinesWriter:
    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self._sink = _sink(path)
        self._encode = json.JSONEncoder(
            ensure_ascii=False, separators=(",", ":"), default=_json_default
        ).encode

    def write(self, batch: pa.RecordBatch) -> None:
        lines = "".join(self._encode(row) + "\n" for row in batch.to_pylist())
        self._sink.write(lines.encode("utf-8"))

    def close(self) -> None:
        self._sink.close()


class BackgroundWriter:
    """Hands batches to ``inner`` on a thread of its own, in order.

    pyarrow encodes, compresses and writes without holding the interpreter lock, so a
    batch is written on the second core while the caller transforms the next one. At
    most ``depth`` batches wait, so memory stays flat. A failed write is raised by the
    next ``write`` or by ``close``; either way the file is closed before the error leaves.
    """

    def __init__(self, inner: TableWriter, depth: int = 8) -> None:
        self._inner = inner
        self._depth = depth
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="minshare-write")
        self._pending: deque[Future[None]] = deque()
        self._failed = False  # set on the writing thread: nothing is written after a failure

    def _write_now(self, batch: pa.RecordBatch) -> None:
        if self._failed:
            return
        try:
            self._inner.write(batch)
        except BaseException:
            self._failed = True
            raise

    def write(self, batch: pa.RecordBatch) -> None:
        self._wait(until=self._depth - 1)
        self._pending.append(self._pool.submit(self._write_now, batch))

    def close(self) -> None:
        self._wait(until=0)
        self._pool.shutdown()
        self._inner.close()

    def _wait(self, *, until: int) -> None:
        """Wait for the oldest writes until no more than ``until`` are pending; a failed
        one abandons the rest and is raised."""
        try:
            while len(self._pending) > until:
                self._pending.popleft().result()
        except BaseException:
            self._abandon()
            raise

    def _abandon(self) -> None:
        """Stop after a failure: drop what waits, let a running write end, close the file."""
        for pending in self._pending:
            pending.cancel()
        self._pending.clear()
        self._pool.shutdown(wait=True)
        with suppress(Exception):  # the first failure is the one worth reporting
            self._inner.close()


def open_writer(
    path: Path, fmt: Format, schema: pa.Schema, *, escape_formulas: bool = False
) -> TableWriter:
    """A writer of ``fmt`` at ``path`` for batches of ``schema``.

    Text formats are compressed when the name ends in ``.gz``, ``.bz2`` or ``.zst``.
    ``escape_formulas`` (CSV and TSV) guards cells a spreadsheet would run. The formats
    pyarrow writes are written on a thread of their own (:class:`BackgroundWriter`).
    """
    if fmt in ("csv", "tsv"):
        return BackgroundWriter(_CsvWriter(path, schema, DELIMITERS[fmt], escape_formulas))
    if fmt == "parquet":
        return BackgroundWriter(_ParquetWriter(path, schema))
    if fmt == "arrow":
        return BackgroundWriter(_ArrowWriter(path, schema))
    return _JsonLinesWriter(path, schema)
