"""Read and write tables batch by batch: CSV, TSV, Parquet, JSON Lines and Arrow IPC.

Readers yield Arrow record batches, so memory stays flat however long the file.
Text formats are read as text: a postcode ``0800`` or an identifier with 20 digits
leaves exactly as it came. Errors name the file, the line or column, and never the
value found there.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import decimal
import hashlib
import io
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal, Protocol

import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.ipc as pa_ipc
import pyarrow.json as pa_json
import pyarrow.parquet as pq

from minshare.errors import DataError, OutputError, UsageError

Format = Literal["csv", "tsv", "parquet", "jsonl", "arrow"]
FORMATS: tuple[Format, ...] = ("csv", "tsv", "parquet", "jsonl", "arrow")
_EXTENSIONS: dict[str, Format] = {
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
_DELIMITERS = {"csv": ",", "tsv": "\t"}
CSV_BLOCK_BYTES = 1 << 20  # larger blocks cost memory (the reader holds many) and gain no speed
PARQUET_BATCH_ROWS = 64 * 1024
_HEADER_PEEK_BYTES = 1 << 20
STDIN = "-"


def detect_format(path: str | Path, given: str | None = None) -> Format:
    """The format named by ``given``, else the one the file's extension says."""
    if given is not None:
        if given not in FORMATS:
            raise UsageError(f"unknown format {given!r}; formats: {', '.join(FORMATS)}")
        return given
    if str(path) == STDIN:
        raise UsageError("reading standard input needs --input-format csv, tsv or jsonl")
    suffix = Path(path).suffix.lower()
    if suffix in _EXTENSIONS:
        return _EXTENSIONS[suffix]
    raise UsageError(
        f"{path}: cannot tell the format from the extension {suffix or '(none)'!r}; "
        f"use one of {', '.join(sorted(_EXTENSIONS))} or pass the format"
    )


def file_sha256(path: str | Path) -> str:
    """The SHA-256 of a file's bytes, as lowercase hex."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# -- readers ------------------------------------------------------------------------------


class TableReader(Protocol):
    """A source of record batches with a known schema."""

    path: str
    format: Format
    schema: pa.Schema

    def batches(self) -> Iterator[pa.RecordBatch]: ...

    def close(self) -> None: ...


class _HashingStream(io.RawIOBase):
    """Serves already-read bytes, then the rest of a stream, hashing all of it."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest
        self.digest = hashlib.sha256(head)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self._head:
            n = min(len(view), len(self._head))
            view[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(view))
        self.digest.update(data)
        view[: len(data)] = data
        return len(data)


def _csv_header(head: bytes, delimiter: str, path: str) -> list[str]:
    """The column names of a delimited file, from its first bytes."""
    text = head.removeprefix(b"\xef\xbb\xbf")
    if not text.strip():
        raise DataError("the file is empty: there is no header row", path=path, line=1)
    try:
        decoded = text.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < text.find(b"\n") or b"\n" not in text:
            raise DataError("the header is not valid UTF-8", path=path, line=1) from None
        decoded = text[: exc.start].decode("utf-8")
    row = next(csv.reader(io.StringIO(decoded, newline=""), delimiter=delimiter))
    names = [name for name in row]
    seen: dict[str, int] = {}
    for i, name in enumerate(names, start=1):
        if not name.strip():
            raise DataError(f"column {i} has no name in the header", path=path, line=1)
        if name in seen:
            raise DataError(
                f"the header names column {name!r} twice (columns {seen[name]} and {i})",
                path=path,
                line=1,
            )
        seen[name] = i
    return names


_ROW_ERROR = re.compile(r"Row #(\d+): Expected (\d+) columns, got (\d+)")
_COUNT_ERROR = re.compile(r"Expected (\d+) columns, got (\d+)")
_CSV_COLUMN = re.compile(r"In CSV column #(\d+)")


class CsvReader:
    """CSV or TSV, every column as text; unquoted empty fields are null."""

    def __init__(self, path: str, fmt: Format, stdin: IO[bytes] | None = None) -> None:
        self.path = path
        self.format = fmt
        self.delimiter = _DELIMITERS[fmt]
        self.stdin_stream: _HashingStream | None = None
        if stdin is not None:
            head = stdin.read(_HEADER_PEEK_BYTES)
            self.stdin_stream = _HashingStream(head, stdin)
            source: Any = io.BufferedReader(self.stdin_stream, buffer_size=1 << 20)
        else:
            head = _read_head(path)
            source = path
        self.names = _csv_header(head, self.delimiter, path)
        self._reader = self._open(source, use_threads=True)
        self.schema = self._reader.schema
        wrong = [f.name for f in self.schema if f.type != pa.string()]
        if wrong or len(self.schema) != len(self.names):
            raise DataError("the header could not be read consistently", path=path, line=1)

    def _open(self, source: Any, *, use_threads: bool) -> Any:
        try:
            return pa_csv.open_csv(
                source,
                read_options=pa_csv.ReadOptions(
                    block_size=CSV_BLOCK_BYTES, use_threads=use_threads
                ),
                parse_options=pa_csv.ParseOptions(
                    delimiter=self.delimiter, newlines_in_values=True
                ),
                convert_options=pa_csv.ConvertOptions(
                    column_types={name: pa.string() for name in self.names},
                    strings_can_be_null=True,
                    null_values=[""],
                    quoted_strings_can_be_null=False,
                ),
            )
        except (pa.ArrowInvalid, pa.ArrowTypeError, OSError) as exc:
            raise self._error(exc) from None

    def batches(self) -> Iterator[pa.RecordBatch]:
        while True:
            try:
                batch = self._reader.read_next_batch()
            except StopIteration:
                return
            except (pa.ArrowInvalid, pa.ArrowTypeError, OSError) as exc:
                raise self._error(exc) from None
            yield batch

    def _error(self, exc: Exception) -> DataError:
        message = str(exc)
        column = None
        if m := _CSV_COLUMN.search(message):
            index = int(m.group(1))
            column = self.names[index] if index < len(self.names) else None
        if "invalid UTF8" in message:
            line = None if self.stdin_stream is not None else _first_invalid_utf8_line(self.path)
            return DataError("not valid UTF-8 text", path=self.path, line=line, column=column)
        if m := _ROW_ERROR.search(message):
            return DataError(
                f"expected {m.group(2)} fields, found {m.group(3)}",
                path=self.path,
                line=int(m.group(1)),
            )
        if m := _COUNT_ERROR.search(message):
            line = None if self.stdin_stream is not None else self._locate_parse_error()
            return DataError(
                f"expected {m.group(1)} fields, found {m.group(2)}", path=self.path, line=line
            )
        return DataError(f"cannot be read as {self.format.upper()}", path=self.path, column=column)

    def _locate_parse_error(self) -> int | None:
        # the threaded reader does not say where; a serial pass does
        try:
            reader = self._open(self.path, use_threads=False)
            for _ in iter(reader.read_next_batch, None):
                pass
        except DataError as err:
            return err.line
        except StopIteration:
            return None
        return None

    def close(self) -> None:
        self._reader = None


def _read_head(path: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(_HEADER_PEEK_BYTES)
    except FileNotFoundError:
        raise DataError("no such file", path=path) from None
    except IsADirectoryError:
        raise DataError("is a folder, not a data file", path=path) from None
    except OSError as exc:
        raise DataError(f"cannot read: {exc.strerror}", path=path) from None


def _first_invalid_utf8_line(path: str) -> int | None:
    decoder = __import__("codecs").getincrementaldecoder("utf-8")()
    line = 1
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                return line + chunk[: exc.start].count(b"\n")
            line += chunk.count(b"\n")
    return None


class ParquetReader:
    """Parquet, batch by batch, with its own types."""

    format: Format = "parquet"

    def __init__(self, path: str) -> None:
        self.path = path
        _read_head(path)  # the same "no such file" as every format
        try:
            self._file = pq.ParquetFile(path)
            self.schema = self._file.schema_arrow
        except (pa.ArrowException, OSError) as exc:
            raise DataError(
                f"not a readable Parquet file ({_first_line(exc)})", path=path
            ) from None

    def batches(self) -> Iterator[pa.RecordBatch]:
        try:
            yield from self._file.iter_batches(batch_size=PARQUET_BATCH_ROWS)
        except (pa.ArrowException, OSError) as exc:
            raise DataError(f"corrupt Parquet data ({_first_line(exc)})", path=self.path) from None

    def close(self) -> None:
        self._file.close()


class ArrowReader:
    """Arrow IPC, in the file or the stream format."""

    format: Format = "arrow"

    def __init__(self, path: str) -> None:
        self.path = path
        _read_head(path)
        self._source = pa.memory_map(path)
        # the file format (random access) first, then the stream format
        self._is_file = True
        try:
            self._ipc: Any = pa_ipc.open_file(self._source)
        except pa.ArrowInvalid:
            self._source.seek(0)
            self._is_file = False
            try:
                self._ipc = pa_ipc.open_stream(self._source)
            except (pa.ArrowException, OSError) as exc:
                raise DataError(
                    f"not a readable Arrow IPC file ({_first_line(exc)})", path=path
                ) from None
        self.schema = self._ipc.schema

    def batches(self) -> Iterator[pa.RecordBatch]:
        try:
            if self._is_file:
                for i in range(self._ipc.num_record_batches):
                    yield self._ipc.get_batch(i)
            else:
                yield from self._ipc
        except (pa.ArrowException, OSError) as exc:
            raise DataError(f"corrupt Arrow data ({_first_line(exc)})", path=self.path) from None

    def close(self) -> None:
        self._source.close()


_JSON_ROW = re.compile(r"row (\d+)", re.IGNORECASE)


class JsonLinesReader:
    """JSON Lines: one object per line. Strings stay strings (no date guessing)."""

    format: Format = "jsonl"

    def __init__(self, path: str, stdin: IO[bytes] | None = None) -> None:
        self.path = path
        self.stdin_stream: _HashingStream | None = None
        if stdin is not None:
            head = stdin.read(_HEADER_PEEK_BYTES)
            self.stdin_stream = _HashingStream(head, stdin)
            self._source: Any = io.BufferedReader(self.stdin_stream, buffer_size=1 << 20)
            probe: Any = io.BytesIO(head[: head.rfind(b"\n") + 1] or head)
        else:
            head = _read_head(path)
            self._source = path
            probe = path
        if not head.strip():
            raise DataError("the file is empty", path=path, line=1)
        inferred = self._open(probe, None).schema
        # pyarrow reads ISO date-time strings as timestamps; keep them as the text they are
        self.schema = pa.schema(
            [pa.field(f.name, pa.string()) if pa.types.is_temporal(f.type) else f for f in inferred]
        )
        self._reader = self._open(self._source, self.schema)

    def _open(self, source: Any, schema: pa.Schema | None) -> Any:
        try:
            return pa_json.open_json(
                source,
                read_options=pa_json.ReadOptions(block_size=CSV_BLOCK_BYTES),
                parse_options=pa_json.ParseOptions(
                    explicit_schema=schema,
                    unexpected_field_behavior="error" if schema is not None else "infer",
                ),
            )
        except (pa.ArrowInvalid, pa.ArrowTypeError, OSError) as exc:
            raise self._error(exc) from None

    def batches(self) -> Iterator[pa.RecordBatch]:
        while True:
            try:
                batch = self._reader.read_next_batch()
            except StopIteration:
                return
            except (pa.ArrowInvalid, pa.ArrowTypeError, OSError) as exc:
                raise self._error(exc) from None
            yield batch

    def _error(self, exc: Exception) -> DataError:
        message = str(exc)
        line = int(m.group(1)) if (m := _JSON_ROW.search(message)) else None
        if "unexpected field" in message.lower():
            return DataError(
                "a line holds a field the first lines do not have", path=self.path, line=line
            )
        if "changed from" in message or "conversion" in message.lower():
            return DataError("a field changes type between lines", path=self.path, line=line)
        return DataError("not valid JSON Lines", path=self.path, line=line)

    def close(self) -> None:
        self._reader = None


def _first_line(exc: BaseException) -> str:
    # binary formats report structure, not values; keep their first line, briefly
    return str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__


def open_reader(path: str | Path, fmt: str | None = None) -> TableReader:
    """Open ``path`` (or ``-`` for standard input) for reading batch by batch."""
    text = str(path)
    chosen = detect_format(text, fmt)
    stdin = sys.stdin.buffer if text == STDIN else None
    if stdin is not None and chosen not in ("csv", "tsv", "jsonl"):
        raise UsageError(f"{chosen} cannot be read from standard input; give a file")
    if chosen in ("csv", "tsv"):
        return CsvReader(text, chosen, stdin)
    if chosen == "jsonl":
        return JsonLinesReader(text, stdin)
    if chosen == "parquet":
        return ParquetReader(text)
    return ArrowReader(text)


def input_sha256(reader: TableReader) -> str:
    """The SHA-256 of what a reader read (for standard input, once it is fully read)."""
    stream = getattr(reader, "stdin_stream", None)
    if stream is not None:
        return str(stream.digest.hexdigest())
    return file_sha256(reader.path)


# -- writers -------------------------------------------------------------------------------


class TableWriter(Protocol):
    def write(self, batch: pa.RecordBatch) -> None: ...

    def close(self) -> None: ...


class _CsvWriter:
    def __init__(self, path: Path, schema: pa.Schema, delimiter: str) -> None:
        self._writer = pa_csv.CSVWriter(
            str(path), schema, write_options=pa_csv.WriteOptions(delimiter=delimiter)
        )

    def write(self, batch: pa.RecordBatch) -> None:
        self._writer.write_batch(batch)

    def close(self) -> None:
        self._writer.close()


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
        if self._pending:
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
        import base64

        return base64.b64encode(value).decode("ascii")
    raise TypeError(f"cannot write a {type(value).__name__} as JSON")


class _JsonLinesWriter:
    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self._fh = open(path, "w", encoding="utf-8", newline="\n")  # noqa: SIM115  # closed in close()

    def write(self, batch: pa.RecordBatch) -> None:
        dumps = json.JSONEncoder(
            ensure_ascii=False, separators=(",", ":"), default=_json_default
        ).encode
        self._fh.writelines(dumps(row) + "\n" for row in batch.to_pylist())

    def close(self) -> None:
        self._fh.close()


def open_writer(path: Path, fmt: Format, schema: pa.Schema) -> TableWriter:
    """A writer of ``fmt`` at ``path`` for batches of ``schema``."""
    if fmt in ("csv", "tsv"):
        return _CsvWriter(path, schema, _DELIMITERS[fmt])
    if fmt == "parquet":
        return _ParquetWriter(path, schema)
    if fmt == "arrow":
        return _ArrowWriter(path, schema)
    return _JsonLinesWriter(path, schema)


# -- all or nothing on disk ------------------------------------------------------------------


@dataclass
class StagedFile:
    """A temporary file beside ``target``, moved into place only by :meth:`commit`."""

    target: Path
    temp: Path

    def commit(self) -> None:
        # mkstemp made the file 0600; a finished output gets the mode any new file would
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self.temp, 0o666 & ~umask)
        os.replace(self.temp, self.target)

    def discard(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.temp.unlink()


def stage(target: str | Path) -> StagedFile:
    """Make a temporary file in ``target``'s folder, so the final rename is atomic."""
    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise UsageError(f"{target}: the folder {folder} does not exist")
    if target.is_dir():
        raise UsageError(f"{target}: is a folder; give a file name for the output")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=folder)
    except PermissionError:
        raise UsageError(f"{target}: cannot write in {folder}: permission denied") from None
    except OSError as exc:
        raise OutputError(f"cannot write in {folder}: {exc.strerror}", path=target) from None
    os.close(fd)
    return StagedFile(target=target, temp=Path(name))


def same_file(a: str | Path, b: str | Path) -> bool:
    """Whether two paths name the same existing file."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


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
