"""Scan a table: sample its rows across the whole file, then decide column by column."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from minshare.detect.columns import decide, decide_nested
from minshare.detect.context import apply_table_context
from minshare.detect.findings import ScanResult
from minshare.detect.lenient import first_row
from minshare.detect.names import name_hints
from minshare.detect.profile import MISSING_WORDS, ColumnValues
from minshare.detect.sample import RowSample, sample_rows

if TYPE_CHECKING:
    from minshare.io import ReadOptions
    from minshare.progress import ProgressCallback

DEFAULT_SAMPLE_SIZE = 1000
SNIFF_BYTES = 64 << 10  # of a first line, read to tell its delimiter
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
    A text file whose first row is data, not names, is judged by its values alone
    (:func:`header_is_data`); its columns keep the names the reader gave them.
    """
    table = sample.table()
    schema = sample.schema
    total = sample.rows_seen
    columns = [
        ColumnValues.from_array(field.name, table.column(i)) for i, field in enumerate(schema)
    ]
    header = None
    if format in _DELIMITED:
        header = not header_is_data(columns, first_row(schema))
        if not header:
            # the "names" are one record's values: they must not be reported as names
            columns = [replace(values, name=f"column_{i}") for i, values in enumerate(columns, 1)]
    decided = []
    for i, (field, values) in enumerate(zip(schema, columns, strict=True)):
        null_fraction = sample.nulls[i] / total if total else 0.0
        name = field.name if header is not False else values.name
        if pa.types.is_struct(field.type):
            finding = decide_nested(name, table.column(i), null_fraction)
        else:
            finding = replace(decide(values, null_fraction), name=name)
        decided.append((values, finding))
    return ScanResult(
        path=path,
        format=format,
        rows_sampled=table.num_rows,
        rows_total=total,
        columns=tuple(apply_table_context(decided, total)),
        header=header,
    )


def first_row_is_data(first: list[str], rows: list[list[str]]) -> bool:
    """Whether a delimited file's first record, ``first``, is values rather than column names.

    ``rows`` are the records after it. Reads only what is given, so it can be asked
    before a file is read (and before any name from it is printed).
    """
    if not first or not rows:
        return False
    columns = []
    for i, name in enumerate(first):
        cells = [row[i] if i < len(row) and row[i] != "" else None for row in rows]
        columns.append(ColumnValues.of_text(name, cells))
    return header_is_data(columns)


_DELIMITED = frozenset({"csv", "tsv"})
_SIGNATURE_CLASSES = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "A" * 26 + "a" * 26 + "9" * 10,
)


def _signature(text: str) -> str:
    """The shape of a value: letters by case and digits as classes, runs collapsed, and
    digits grouped by thousands read as one run ("1,098.70" is shaped as "540.20" is)."""
    shape = text.strip().translate(_SIGNATURE_CLASSES)
    collapsed = "".join(ch for i, ch in enumerate(shape) if i == 0 or ch != shape[i - 1])
    return _GROUPED.sub("9", collapsed)


_GROUPED = re.compile(r"9(?:,9)+")


def header_is_data(columns: list[ColumnValues], written: list[str] | None = None) -> bool:
    """Whether a text file's first row, read as its column names, is a row of values.

    It is when the names have the shapes of their columns' values -- "12/03/1987" over
    dates, "412.50" over amounts, "NGUYEN" over capitalised names, "-" where a value is
    missing -- and at least one of them is written with digits, as column names almost
    never are. A header of names (GIVEN_NM, DOB, Amount) has shapes of its own, and words
    that name what a column holds: two such names that do not look like their values say
    the row is a header. ``written`` is the row as the file wrote it, when a reader named
    its blanks or made its repeats unique (a second "1" read as "1_6"): a blank says
    nothing either way, and a repeat is judged as written.
    """
    if not columns:
        return False
    names = written if written is not None else [values.name for values in columns]
    fits = with_digits = naming = counted = 0
    for values, name in zip(columns, names, strict=True):
        if values.n == 0 or not name.strip():
            continue
        counted += 1
        if name.strip().casefold() in MISSING_WORDS:
            fits += 1  # a cell's mark for no value ("-", "N/A") is no column's name
            continue
        signature = _signature(name)
        alike = sum(t for v, t in values.counts.items() if _signature(v) == signature)
        if alike / values.n < 0.3 and name not in values.counts:
            hints = name_hints(name)
            naming += bool(hints.entities or hints.row_id or hints.aggregate or hints.code)
            continue
        fits += 1
        digits = sum(ch.isdigit() for ch in name)
        with_digits += digits > 0 and digits >= len(name.strip()) / 3
    return with_digits >= 1 and fits >= max(1, 0.5 * counted) and naming < 2


def scan(
    path: str | Path,
    *,
    input_format: str | None = None,
    sample_size: int = DEFAULT_SAMPLE_SIZE,
    seed: int = 0,
    progress: ProgressCallback | None = None,
    read: ReadOptions | None = None,
) -> ScanResult:
    """Scan a data file (CSV, TSV, Parquet, JSON Lines, Arrow IPC; ``-`` for standard input).

    A text file the strict readers refuse (a title line above the header, another delimiter,
    UTF-16, a JSON document) is read leniently instead (:mod:`minshare.detect.lenient`): a
    scan only needs to see what the file holds. The original error is raised when that
    fails too. A CSV or TSV file whose first row is data, not names, is read again
    without a header row (``header`` is false in the result), so no value is reported
    as a column's name and every row is counted.
    """
    from minshare.errors import DataError, UsageError
    from minshare.io import ReadOptions, open_reader
    from minshare.progress import tracked

    read = read or ReadOptions()

    def without_header() -> ScanResult:
        # the first row is data: read again without a header, so that it is counted and read
        return scan(
            path,
            input_format=input_format,
            sample_size=sample_size,
            seed=seed,
            read=replace(read, header=False),
        )

    try:
        reader = open_reader(path, input_format, read)
        try:
            result = scan_batches(
                reader.schema,
                tracked(reader, progress),
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
        if lenient.header is False and read.header and str(path) != "-":
            # a row of data the strict reader refused as a header (a value given twice, a
            # blank cell): read strictly without one
            try:
                return without_header()
            except (DataError, UsageError):
                pass
        return lenient
    if not read.header:
        result = replace(result, header=False)
    elif result.header is False and str(path) != "-":
        return without_header()
    if result.format in ("csv", "tsv") and _small(path):
        if len(result.columns) == 1:
            # one column may be a title line above a header with another delimiter
            return _scan_leniently(path, input_format, sample_size, seed, min_columns=2) or result
        if _split_by_another(path, result.format):
            # a .csv whose fields a pipe sets apart, with a comma in some (SMITH,JOHN)
            more = len(result.columns) + 1
            return (
                _scan_leniently(path, input_format, sample_size, seed, min_columns=more) or result
            )
    return result


def _split_by_another(path: str | Path, fmt: str) -> bool:
    """Whether the first line of a delimited file holds more of another delimiter than of
    its format's own."""
    try:
        with Path(path).open("rb") as file:
            first = file.readline(SNIFF_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return False
    own = "\t" if fmt == "tsv" else ","
    return any(first.count(other) > first.count(own) + 1 for other in ";|\t" if other != own)


def _small(path: str | Path) -> bool:
    try:
        return str(path) != "-" and Path(path).stat().st_size <= SMALL_FILE_BYTES
    except OSError:
        return False


def _scan_leniently(
    path: str | Path, input_format: str | None, sample_size: int, seed: int, *, min_columns: int
) -> ScanResult | None:
    from minshare.detect.lenient import read_leniently
    from minshare.io.formats import EXTENSIONS, TEXT_FORMATS

    suffix = Path(path).suffix.lower()
    given = input_format or EXTENSIONS.get(suffix)
    if str(path) == "-" or (given is not None and given not in TEXT_FORMATS):
        return None  # standard input is read once; Parquet and Arrow are not text
    table = read_leniently(path)
    if table is None or table.num_columns < min_columns:
        return None
    kind = given or ("json" if suffix == ".json" else "csv")
    return scan_batches(
        table.schema,
        table.to_batches(),
        path=str(path),
        format=kind,
        sample_size=sample_size,
        seed=seed,
    )


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


def warm_up() -> None:
    """Load what a first scan loads (name lists, vocabularies), ahead of need.

    ``apply`` calls it in a thread while worker processes do the per-value work, so
    the scan that ends the run finds everything loaded.
    """
    people = ["Mary Nguyen", "John Smith", "Aroha Walker", "Li Wei", "Tom Brown", "Ana Silva"] * 5
    scan_table(
        pa.table(
            {
                "GIVEN_NM": [p.split()[0] for p in people],
                "FAMILY_NM": [p.split()[1] for p in people],
                "BIRTH_DT": ["1980-01-01", "1991-05-17", "1975-11-30"] * 10,
                "MOB_NO": ["0412 345 678", "0499 012 093", "(02) 9876 5432"] * 10,
                "ADDRESS": ["12 King St, Sydney NSW 2000"] * 30,
                "NOTE": ["Client called about rent assistance."] * 30,
                "AMOUNT": ["12.50"] * 30,
            }
        ),
        sample_size=30,
    )
