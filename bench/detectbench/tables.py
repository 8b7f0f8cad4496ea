"""A lenient table reader for detectors that take a table, not a file.

presidio-structured analyses a pandas DataFrame and leaves reading to its caller, so
the harness reads each file for it, as forgivingly as a careful user would: text
encodings by byte-order mark (UTF-16, UTF-8 with BOM, else UTF-8 with a Latin-1
fallback), the delimiter sniffed among ``, \\t ; | @``, title or author lines above the
header skipped, nested JSON flattened to ``a.b`` (and ``key[].a.b`` for a document
holding a list of records). Every value comes back as text; nulls as ``""``.

minshare reads its files itself (``scan(path)``): how well it reads messy files is
part of what the benchmark measures for it.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DELIMITERS = (",", "\t", ";", "|", "@")
_SNIFF_LINES = 50
_MAX_PREAMBLE = 5


@dataclass(frozen=True)
class TextTable:
    """Column names and rows of text, every row as long as ``names``."""

    names: list[str]
    rows: list[list[str]]

    def column(self, index: int) -> list[str]:
        return [row[index] for row in self.rows]


def read_table(path: Path, *, header: bool = True) -> TextTable:
    """Read a CSV/TSV/text, Parquet, JSON Lines or JSON file as a table of text."""
    suffix = path.suffix.lower()
    if suffix in (".parquet", ".pq"):
        return _read_parquet(path)
    if suffix in (".jsonl", ".ndjson"):
        with path.open(encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle if line.strip()]
        return _records_table(records)
    if suffix == ".json":
        return _read_json_document(path)
    return _read_delimited(path, header=header)


def decode(data: bytes) -> str:
    """Text from bytes, by byte-order mark, else UTF-8, else Latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def sniff(lines: list[str]) -> tuple[str, int]:
    """The delimiter and how many leading lines are preamble (a title, an author line).

    The delimiter is the candidate whose per-line count is most often the same non-zero
    number; leading lines with fewer delimiters than that are preamble.
    """
    sample = [line for line in lines[:_SNIFF_LINES] if line.strip()]
    best, best_mode, best_support = ",", 0, 0
    for delimiter in DELIMITERS:
        counts = Counter(_separators(line, delimiter) for line in sample)
        mode, support = max(counts.items(), key=lambda item: (item[1], item[0]), default=(0, 0))
        if mode > 0 and support > best_support:
            best, best_mode, best_support = delimiter, mode, support
    skip = 0
    while (
        skip < min(_MAX_PREAMBLE, len(lines) - 1)
        and best_mode > 0
        and _separators(lines[skip], best) < best_mode
    ):
        skip += 1
    return best, skip


def _separators(line: str, delimiter: str) -> int:
    """Delimiters in one line outside quotes (one fewer than its fields)."""
    fields = next(csv.reader([line], delimiter=delimiter), [])
    return max(len(fields) - 1, 0)


def _read_delimited(path: Path, *, header: bool) -> TextTable:
    text = decode(path.read_bytes())
    delimiter, skip = sniff(text.split("\n", _SNIFF_LINES)[:_SNIFF_LINES])
    body = text.split("\n", skip)[skip] if skip else text
    stream = io.StringIO(body, newline="")
    parsed = list(csv.reader(stream, delimiter=delimiter, skipinitialspace=True))
    if header and parsed:
        names, data = [name.strip() for name in parsed[0]], parsed[1:]
    else:
        width = max((len(row) for row in parsed), default=0)
        names, data = [f"column_{i + 1}" for i in range(width)], parsed
    return TextTable(_unique(names), [_fit(row, len(names)) for row in data])


def _fit(row: list[str], width: int) -> list[str]:
    return (row + [""] * width)[:width]


def _unique(names: list[str]) -> list[str]:
    seen: Counter[str] = Counter()
    out = []
    for name in names:
        seen[name] += 1
        out.append(name if seen[name] == 1 else f"{name}.{seen[name] - 1}")
    return out


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat


def _records_table(records: Iterable[Any], prefix: str = "") -> TextTable:
    flat = [_flatten(r, prefix) if isinstance(r, dict) else {prefix or "value": r} for r in records]
    names: dict[str, None] = {}
    for record in flat:
        names.update(dict.fromkeys(record))
    order = list(names)
    return TextTable(order, [[_text(record.get(name)) for name in order] for record in flat])


def _read_json_document(path: Path) -> TextTable:
    document = json.loads(decode(path.read_bytes()))
    if isinstance(document, list):
        return _records_table(document)
    if isinstance(document, dict):
        for key, value in document.items():
            if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
                return _records_table(value, f"{key}[].")
        return _records_table([document])
    return _records_table([document])


def _read_parquet(path: Path) -> TextTable:
    import pyarrow.parquet as pq  # only Parquet needs pyarrow

    table = pq.read_table(path)
    columns = [[_text(v) for v in column.to_pylist()] for column in table.columns]
    rows = [list(row) for row in zip(*columns, strict=True)] if columns else []
    return TextTable(list(table.column_names), rows)
