"""Scan a table: sample its rows across the whole file, then decide column by column."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import pyarrow as pa

from minshare.detect.columns import decide, decide_nested
from minshare.detect.context import apply_table_context
from minshare.detect.findings import ScanResult
from minshare.detect.profile import ColumnValues
from minshare.detect.sample import RowSample, sample_rows

DEFAULT_SAMPLE_SIZE = 1000
SMALL_FILE_BYTES = 8 << 20  # a one-column CSV this small is re-read leniently, to be sure


def scan_batches(
    schema: pa.Schema,
    batches: Iterable[pa.RecordBatch],
    *,
    path: str,
    format: str,  # the scan --json field is called "format"
    sample_size: int = DEFAULT_SAMPLE_SIZE,
    seed: int = 0,
) -> ScanResult:
    """Scan record batches: a uniform sample of ``sample_size`` rows decides each column.

    Every batch is read (to count rows and nulls exactly and to sample the whole file), but
    only the sampled rows are analysed.
    """
    if sample_size < 1:
        raise ValueError("sample_size must be at least 1")
    return scan_sample(sample_rows(schema, batches, sample_size, seed), path=path, format=format)


def scan_sample(sample: RowSample, *, path: str, format: str) -> ScanResult:
    """Decide each column from a sample that the caller fed batch by batch.

    ``apply`` samples the batches it transforms, so the guard costs no second read.
    """
    table = sample.table()
    schema = sample.schema
    total = sample.rows_seen
    decided = []
    for i, field in enumerate(schema):
        values = ColumnValues.from_array(field.name, table.column(i))
        null_fraction = sample.nulls[i] / total if total else 0.0
        if pa.types.is_struct(field.type):
            decided.append((values, decide_nested(field.name, table.column(i), null_fraction)))
        else:
            decided.append((values, decide(values, null_fraction)))
    return ScanResult(
        path=path,
        format=format,
        rows_sampled=table.num_rows,
        rows_total=total,
        columns=tuple(apply_table_context(decided)),
    )


def scan(
    path: str | Path,
    *,
    input_format: str | None = None,
    sample_size: int = DEFAULT_SAMPLE_SIZE,
    seed: int = 0,
) -> ScanResult:
    """Scan a data file (CSV, TSV, Parquet, JSON Lines, Arrow IPC; ``-`` for standard input).

    A text file the strict readers refuse (a title line above the header, another delimiter,
    UTF-16, a JSON document) is read leniently instead (:mod:`minshare.detect.lenient`): a
    scan only needs to see what the file holds. The original error is raised when that
    fails too.
    """
    from minshare.errors import DataError, UsageError
    from minshare.io import open_reader

    try:
        reader = open_reader(path, input_format)
        try:
            result = scan_batches(
                reader.schema,
                reader.batches(),
                path=reader.path,
                format=reader.format,
                sample_size=sample_size,
                seed=seed,
            )
        finally:
            reader.close()
    except (DataError, UsageError):
        lenient = _scan_leniently(path, input_format, sample_size, seed, min_columns=1)
        if lenient is None:
            raise
        return lenient
    if result.format in ("csv", "tsv") and len(result.columns) == 1 and _small(path):
        # one column may be a title line above a header with another delimiter
        return _scan_leniently(path, input_format, sample_size, seed, min_columns=2) or result
    return result


def _small(path: str | Path) -> bool:
    try:
        return str(path) != "-" and Path(path).stat().st_size <= SMALL_FILE_BYTES
    except OSError:
        return False


def _scan_leniently(
    path: str | Path, input_format: str | None, sample_size: int, seed: int, *, min_columns: int
) -> ScanResult | None:
    if str(path) == "-" or input_format in ("parquet", "arrow"):
        return None
    suffix = Path(path).suffix.lower()
    if suffix in (".parquet", ".pq", ".arrow", ".feather", ".ipc"):
        return None
    from minshare.detect.lenient import read_leniently

    table = read_leniently(path)
    if table is None or table.num_columns < min_columns:
        return None
    kind = "json" if suffix == ".json" else (input_format or "csv")
    result = scan_table(table, name=str(path), sample_size=sample_size, seed=seed)
    return replace(result, format=kind)


def scan_table(
    table: pa.Table,
    *,
    name: str = "<table>",
    sample_size: int = DEFAULT_SAMPLE_SIZE,
    seed: int = 0,
) -> ScanResult:
    """Scan an in-memory table (for tests, and for re-scanning an output)."""
    return scan_batches(
        table.schema,
        table.to_batches(),
        path=name,
        format="arrow",
        sample_size=sample_size,
        seed=seed,
    )
