"""File formats, compression and read options: what a path holds and how to read it."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pyarrow as pa

from minshare.errors import UsageError

Format = Literal["csv", "tsv", "parquet", "jsonl", "arrow"]
#: databases read and written through ADBC (:mod:`minshare.io.database`)
DatabaseKind = Literal["postgresql", "sqlite"]
#: what a reader reads: a file format, or a database
SourceFormat = Format | DatabaseKind
FORMATS: tuple[Format, ...] = ("csv", "tsv", "parquet", "jsonl", "arrow")
TEXT_FORMATS: tuple[Format, ...] = ("csv", "tsv", "jsonl")
EXTENSIONS: dict[str, Format] = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".arrow": "arrow",
    ".feather": "arrow",
    ".ipc": "arrow",
}
#: compression of text files, by the suffix after the format's (``clients.csv.gz``)
COMPRESSIONS = {".gz": "gzip", ".bz2": "bz2", ".zst": "zstd"}
DELIMITERS = {"csv": ",", "tsv": "\t"}
STDIN = "-"

#: the reader's block; a row must fit in one, so it is also the longest row by default
DEFAULT_MAX_ROW_BYTES = 1 << 20

#: the data files of a folder of Parquet parts, as Spark and Hadoop name them
PART_GLOB = "part-*.parquet"


@dataclass(frozen=True)
class ReadOptions:
    """How to read the input. Text: its encoding (default UTF-8, or as its byte-order
    mark says), the longest row allowed, in bytes (larger rows cost memory: the reader
    holds several blocks of this size), and whether CSV/TSV has a header row (without
    one, columns are named ``column_1``, ``column_2``...). A database: the table, or
    the query, to read."""

    encoding: str | None = None
    max_row_bytes: int = DEFAULT_MAX_ROW_BYTES
    header: bool = True  # CSV/TSV: whether the first row names the columns
    table: str | None = None  # a database input: the table to read (or give URI#TABLE)
    query: str | None = None  # a database input: the query to read instead of a table


def compression_of(path: str | Path) -> str | None:
    """The compression a file name's last suffix says, or None."""
    return COMPRESSIONS.get(Path(path).suffix.lower())


def detect_format(path: str | Path, given: str | None = None) -> Format:
    """The format named by ``given``, else the one the file's extension says."""
    if given is not None:
        if given not in FORMATS:
            raise UsageError(f"unknown format {given!r}; formats: {', '.join(FORMATS)}")
        return given
    if str(path) == STDIN:
        raise UsageError("standard input and output need --input-format/--output-format")
    name = Path(path)
    if not name.suffix and name.is_dir():
        return "parquet"  # a folder of Parquet parts, as Spark writes them
    compression = compression_of(name)
    if compression is not None:
        name = name.with_suffix("")
    suffix = name.suffix.lower()
    if suffix in EXTENSIONS:
        fmt = EXTENSIONS[suffix]
        if compression is not None and fmt not in TEXT_FORMATS:
            raise UsageError(
                f"{path}: {fmt} files compress themselves; drop the {compression} suffix"
            )
        return fmt
    raise UsageError(
        f"{path}: cannot tell the format from the extension {suffix or '(none)'!r}; "
        f"use one of {', '.join(sorted(EXTENSIONS))} (text formats may end in .gz, .bz2 or .zst) "
        "or pass the format"
    )


def file_sha256(path: str | Path) -> str:
    """The SHA-256 of a file's bytes, as lowercase hex.

    For a folder of Parquet parts, the SHA-256 of its listing: one ``SHA256  NAME``
    line per part, in sorted order, as ``sha256sum part-*.parquet | sha256sum`` gives
    (in the C locale).
    """
    if Path(path).is_dir():
        listing = "".join(f"{file_sha256(p)}  {p.name}\n" for p in part_files(path))
        return hashlib.sha256(listing.encode("utf-8")).hexdigest()
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _hidden(name: str) -> bool:
    # Spark and Hadoop skip these: _SUCCESS, _committed_*, .part-*.crc
    return name.startswith((".", "_")) or name.endswith(".crc")


def part_files(folder: str | Path) -> list[Path]:
    """The Parquet part files of a folder (``part-*.parquet``), sorted by name.

    Sorted by name is the order Spark numbers its partitions in, so the rows of the
    parts read in this order are the rows of the DataFrame that wrote them.
    """
    return sorted(
        (p for p in Path(folder).glob(PART_GLOB) if p.is_file() and not _hidden(p.name)),
        key=lambda p: p.name,
    )


def stray_files(folder: str | Path) -> list[Path]:
    """Entries of a folder of parts that are neither parts nor what Spark and Hadoop hide.

    A reader of the folder (Spark among them) would take them for data, so a signed
    release must not hold any.
    """
    parts = set(part_files(folder))
    return sorted(
        (p for p in Path(folder).iterdir() if p not in parts and not _hidden(p.name)),
        key=lambda p: p.name,
    )


_TIMESTAMP_TZ = re.compile(r"^timestamp\[(s|ms|us|ns), tz=(.+)\]$")
_DECIMAL = re.compile(r"^decimal(128|256)\((\d+), (-?\d+)\)$")


def arrow_type(text: str) -> pa.DataType:
    """The Arrow type whose ``str()`` is ``text`` (as manifests record types)."""
    if m := _TIMESTAMP_TZ.match(text):
        return pa.timestamp(m.group(1), tz=m.group(2))
    if m := _DECIMAL.match(text):
        make = pa.decimal128 if m.group(1) == "128" else pa.decimal256
        return make(int(m.group(2)), int(m.group(3)))
    try:
        return pa.type_for_alias(text)
    except (ValueError, KeyError):
        raise ValueError(f"unknown Arrow type {text!r}") from None
