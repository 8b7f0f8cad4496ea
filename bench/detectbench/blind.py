"""``--names-blind``: copies of the labelled tables with every column name replaced.

Each labelled file is copied to a scratch folder with its column names replaced by
``c01``, ``c02``, ... in file order (``c001`` ... when a table has 100 columns or more),
and its labels are renamed to match, so that the detectors see values and nothing else:

* delimited text (CSV, TSV, ``.txt``): only the header record is rewritten. Encoding and
  byte-order mark, delimiter, line ends, any title lines above the header and every data
  row stay byte for byte as they were. The header is found the way the harness's own
  reader finds it (``tables.sniff``).
* Parquet and Arrow IPC (file or stream format): the top-level columns are renamed with
  pyarrow; types are kept. The schema metadata is dropped, since pandas metadata there
  repeats the original names. Field names inside a struct column are left alone (the
  harness counts a struct as one column).
* JSON Lines and JSON documents: keys are renamed at every level of nesting, since the
  harness flattens nested keys into column names (``c03.c01``). Values are re-serialised
  by Python's ``json``, so a number may be spelt differently (``1.50`` as ``1.5``) but
  parses to the same value.
* headerless files are copied unchanged: there is no name to hide.

A file that cannot be renamed is not copied at all (so its detector fails on it and it is
reported as failed) rather than copied with its names showing.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from detectbench.labels import LabelledColumn
from detectbench.tables import decode, read_table, sniff

_SNIFF_LINES = 50


def blind_names(count: int) -> list[str]:
    """``c01`` ... ``cNN``: zero-padded to at least two digits, wide enough for ``count``."""
    width = max(2, len(str(count)))
    return [f"c{i:0{width}d}" for i in range(1, count + 1)]


def _name_key(name: str) -> str:
    return name.replace("\ufeff", "").strip().casefold()


def blind_labels(
    columns: Sequence[LabelledColumn], renamed: Sequence[tuple[str, str]]
) -> list[LabelledColumn]:
    """The labels of one file, with each column's name replaced by its blind name.

    ``renamed`` pairs each column name of the original file, in file order, with its blind
    name. A labelled name is looked up exactly, then ignoring case, surrounding spaces and
    a byte-order mark (as ``scoring.match`` does). A headerless file's labels, and a label
    whose name is not in the file, are returned as they are: they are matched by position,
    as before renaming. ``index`` is kept.
    """
    exact: dict[str, str] = {}
    loose: dict[str, str] = {}
    for original, blind in renamed:
        exact.setdefault(original, blind)
        loose.setdefault(_name_key(original), blind)
    out = []
    for column in columns:
        new = None
        if column.header_in_file:
            new = exact.get(column.name) or loose.get(_name_key(column.name))
        out.append(column if new is None else replace(column, name=new))
    return out


# -- delimited text ---------------------------------------------------------------------


def _text_encoding(data: bytes) -> tuple[bytes, str]:
    """The byte-order mark (or ``b""``) and the codec for the rest, as ``tables.decode``."""
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if data.startswith(bom):
            return bom, codec
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return b"", "latin-1"
    return b"", "utf-8"


def rename_delimited_header(data: bytes) -> tuple[bytes, list[str]]:
    """The file's bytes with its header record replaced by blind names, and the original
    names (stripped, as the harness's reader gives them). Everything else is unchanged."""
    bom, codec = _text_encoding(data)
    text = data[len(bom) :].decode(codec)
    delimiter, skip = sniff(text.split("\n", _SNIFF_LINES)[:_SNIFF_LINES])
    start = 0
    for _ in range(skip):
        start = text.index("\n", start) + 1
    consumed: list[str] = []

    def lines() -> Iterator[str]:
        for line in io.StringIO(text[start:], newline=""):
            consumed.append(line)
            yield line

    row = next(csv.reader(lines(), delimiter=delimiter, skipinitialspace=True), None)
    if not row:
        return data, []
    header = "".join(consumed)
    ending = header[len(header.rstrip("\r\n")) :]
    names = [name.strip() for name in row]
    new_header = delimiter.join(blind_names(len(names))) + ending
    new_text = text[:start] + new_header + text[start + len(header) :]
    return bom + new_text.encode(codec), names


# -- JSON -------------------------------------------------------------------------------


def _collect_keys(value: Any, path: str, keys: dict[str, dict[str, None]]) -> None:
    if isinstance(value, dict):
        seen = keys.setdefault(path, {})
        for key, item in value.items():
            seen.setdefault(key, None)
            _collect_keys(item, f"{path}/{key}", keys)
    elif isinstance(value, list):
        for item in value:
            _collect_keys(item, f"{path}[]", keys)


def _rename_keys(value: Any, path: str, names: dict[str, dict[str, str]]) -> Any:
    if isinstance(value, dict):
        mapping = names[path]
        return {mapping[k]: _rename_keys(v, f"{path}/{k}", names) for k, v in value.items()}
    if isinstance(value, list):
        return [_rename_keys(item, f"{path}[]", names) for item in value]
    return value


def rename_json_keys(documents: Sequence[Any]) -> list[Any]:
    """The documents with every object key replaced by a blind name: keys of the objects at
    one place in the structure are numbered in order of first appearance across all the
    documents, so that the same key gets the same blind name in every record."""
    keys: dict[str, dict[str, None]] = {}
    for document in documents:
        _collect_keys(document, "", keys)
    names = {
        path: dict(zip(seen, blind_names(len(seen)), strict=True)) for path, seen in keys.items()
    }
    return [_rename_keys(document, "", names) for document in documents]


def _blind_jsonl(source: Path, target: Path) -> list[tuple[str, str]]:
    lines = source.read_text(encoding="utf-8").splitlines()
    parsed = [json.loads(line) if line.strip() else None for line in lines]
    renamed = iter(rename_json_keys([p for p in parsed if p is not None]))
    out = [json.dumps(next(renamed), ensure_ascii=False) if p is not None else "" for p in parsed]
    target.write_text("".join(line + "\n" for line in out), encoding="utf-8")
    return _flattened_pairs(source, target)


def _blind_json(source: Path, target: Path) -> list[tuple[str, str]]:
    document = json.loads(decode(source.read_bytes()))
    (renamed,) = rename_json_keys([document])
    target.write_text(json.dumps(renamed, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return _flattened_pairs(source, target)


def _flattened_pairs(source: Path, target: Path) -> list[tuple[str, str]]:
    """Original and blind column names as the harness flattens them (``a.b``, ``k[].a``):
    renaming keeps every key's place, so the two lists line up."""
    return list(zip(read_table(source).names, read_table(target).names, strict=True))


# -- Parquet and Arrow IPC --------------------------------------------------------------


def _blind_parquet(source: Path, target: Path) -> list[tuple[str, str]]:
    import pyarrow.parquet as pq

    table = pq.read_table(source)
    names = blind_names(table.num_columns)
    pq.write_table(table.rename_columns(names).replace_schema_metadata(None), target)
    return list(zip(table.column_names, names, strict=True))


def _blind_arrow(source: Path, target: Path) -> list[tuple[str, str]]:
    import pyarrow as pa
    from pyarrow import ipc

    with pa.memory_map(str(source)) as handle:
        try:
            table, stream = ipc.open_file(handle).read_all(), False
        except pa.ArrowInvalid:
            handle.seek(0)
            table, stream = ipc.open_stream(handle).read_all(), True
    names = blind_names(table.num_columns)
    renamed = table.rename_columns(names).replace_schema_metadata(None)
    writer = ipc.new_stream if stream else ipc.new_file
    with pa.OSFile(str(target), "wb") as sink, writer(sink, renamed.schema) as out:
        out.write_table(renamed)
    return list(zip(table.column_names, names, strict=True))


PARQUET = (".parquet", ".pq")
ARROW = (".arrow", ".feather", ".ipc")
JSON_LINES = (".jsonl", ".ndjson")


def blind_copy(source: Path, target: Path, *, header: bool) -> list[tuple[str, str]]:
    """Write ``source`` to ``target`` with its column names replaced by blind names.

    Returns (original name, blind name) for each column in file order, the original names
    as the harness's reader (``tables.read_table``) gives them; empty for a headerless
    delimited file, which is copied unchanged.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    suffix = source.suffix.lower()
    if suffix in PARQUET:
        return _blind_parquet(source, target)
    if suffix in ARROW:
        return _blind_arrow(source, target)
    if suffix in JSON_LINES:
        return _blind_jsonl(source, target)
    if suffix == ".json":
        return _blind_json(source, target)
    if not header:
        shutil.copyfile(source, target)
        return []
    data, names = rename_delimited_header(source.read_bytes())
    target.write_bytes(data)
    return list(zip(names, blind_names(len(names)), strict=True))
