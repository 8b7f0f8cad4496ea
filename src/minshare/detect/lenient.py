"""A forgiving reader for scanning files that minshare's strict readers refuse.

``apply`` must read a file exactly or not at all; a scan only needs to see what a file holds,
and the files people want scanned are often messy: a title line above the header, ``;`` or
``@`` between fields, UTF-16 from a spreadsheet, a ``.txt`` of one column, a JSON document
rather than JSON Lines, JSON Lines whose fields change type. :func:`read_leniently` reads
those into a table of text columns (a JSON document's nested fields become columns named by
their path, ``users[].address.city``).
It is used only after the strict reader has said no, and only for files small enough to hold
in memory.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa

MAX_BYTES = 64 << 20
_DELIMITERS = ",;\t|@"


def _decode(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")  # an odd last byte: a truncated file
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _text_table(header: list[str], rows: list[list[str]]) -> pa.Table:
    names: list[str] = []
    for i, given in enumerate(header, start=1):
        name = given.strip() or f"column_{i}"
        while name in names:
            name = f"{name}_{i}"
        names.append(name)
    width = len(names)
    columns: list[list[str | None]] = [[] for _ in range(width)]
    for row in rows:
        cells = (row + [""] * width)[:width]
        for i, cell in enumerate(cells):
            columns[i].append(cell if cell.strip() else None)
    table = pa.table(
        {n: pa.array(c, type=pa.string()) for n, c in zip(names, columns, strict=True)}
    )
    # the first row as written, before blanks were named and repeats made unique: whether it
    # is a header or a row of data is judged by it (minshare.detect.scan.header_is_data)
    return table.replace_schema_metadata({FIRST_ROW: json.dumps(header)})


FIRST_ROW = b"minshare.first_row"


def first_row(schema: pa.Schema) -> list[str] | None:
    """The first row of a leniently read text file as written, or None for another schema."""
    written = (schema.metadata or {}).get(FIRST_ROW)
    return None if written is None else [str(name) for name in json.loads(written)]


def _delimited(text: str) -> pa.Table | None:
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return None
    # (rows that agree, columns, first line, delimiter): of delimiters that split as many
    # rows alike, the one that makes more columns (a pipe between fields, a comma in a name)
    best: tuple[int, int, int, str] | None = None
    for delimiter in _DELIMITERS:
        for start in range(min(5, len(lines))):
            rows = list(
                csv.reader(io.StringIO("\n".join(lines[start : start + 50])), delimiter=delimiter)
            )
            width = len(rows[0]) if rows else 0
            if width < 2:
                continue
            agree = sum(len(r) == width for r in rows)
            if best is None or (agree, width) > best[:2]:
                best = (agree, width, start, delimiter)
    if best is None:  # one column: a list of values under a heading
        return _text_table([lines[0]], [[line] for line in text.splitlines()[1:]])
    _, _, start, delimiter = best
    rows = list(
        csv.reader(
            io.StringIO("\n".join(lines[start:])), delimiter=delimiter, skipinitialspace=True
        )
    )
    return _text_table(rows[0], rows[1:])


def _flatten(record: Any, prefix: str, out: dict[str, Any]) -> None:
    if isinstance(record, dict):
        for key, value in record.items():
            _flatten(value, f"{prefix}.{key}" if prefix else str(key), out)
    elif isinstance(record, list) and record and not all(isinstance(v, dict) for v in record):
        out[prefix] = json.dumps(record, ensure_ascii=False)
    elif not isinstance(record, list):
        out[prefix] = record


def _records(document: Any, path: str = "") -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Every list of objects in a JSON document, with its path (``users[]``)."""
    if isinstance(document, list) and document and all(isinstance(v, dict) for v in document):
        yield f"{path}[]", document
    elif isinstance(document, dict):
        for key, value in document.items():
            yield from _records(value, f"{path}.{key}" if path else str(key))


def _json_document(text: str) -> pa.Table | None:
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        return None
    found = max(_records(document), key=lambda pair: len(pair[1]), default=None)
    if found is None:
        return None
    path, records = found
    return _records_table(records, "" if path == "[]" else path)


def _json_lines(text: str) -> pa.Table | None:
    """JSON Lines the strict reader refused, such as a field that changes type (an age
    of 12, then "~1"): every value is read as text. None unless every line is an object."""
    records = []
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            return None
        if not isinstance(record, dict):
            return None
        records.append(record)
    return _records_table(records, "") if records else None


def _records_table(records: list[dict[str, Any]], prefix: str) -> pa.Table:
    flat: list[dict[str, Any]] = []
    for record in records:
        row: dict[str, Any] = {}
        _flatten(record, prefix, row)
        flat.append(row)
    names = list(dict.fromkeys(name for row in flat for name in row))
    rows = [["" if row.get(n) is None else str(row.get(n)) for n in names] for row in flat]
    return _text_table(names, rows)


def read_leniently(path: str | Path) -> pa.Table | None:
    """A table of text columns from a messy text file, or None when it cannot be made one."""
    file = Path(path)
    try:
        if file.stat().st_size > MAX_BYTES:
            return None
        raw = file.read_bytes()
    except OSError:
        return None
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # binary
    text = _decode(raw)
    suffix = file.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return _json_lines(text)
    if suffix == ".json" or text.lstrip().startswith(("{", "[")):
        table = _json_document(text) or _json_lines(text)
        if table is not None:
            return table
    return _delimited(text)
