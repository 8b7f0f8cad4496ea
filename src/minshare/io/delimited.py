"""CSV and TSV, streamed as text: no value is type-guessed, and errors name the line.

Every column is read as a string. An unquoted empty field is null; a quoted one
(``""``) is an empty string.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from typing import IO, Any

import pyarrow as pa
import pyarrow.csv as pa_csv

from minshare.errors import DataError
from minshare.io.formats import DELIMITERS, Format, ReadOptions
from minshare.io.sources import (
    READ_ERRORS,
    HashingStream,
    TextSource,
    stream_batches,
    text_source,
)

_ROW_ERROR = re.compile(r"Row #(\d+): Expected (\d+) columns, got (\d+)")
_COUNT_ERROR = re.compile(r"Expected (\d+) columns, got (\d+)")
_CSV_COLUMN = re.compile(r"In CSV column #(\d+)")


def _records(text: str, delimiter: str) -> Iterator[list[str]]:
    return csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=delimiter)


def header_names(text: str, delimiter: str, path: str, *, header: bool = True) -> list[str]:
    """The column names in a delimited file's first record; each must be there and unique.

    Without a header row the columns are ``column_1``, ``column_2``... A name given twice
    is reported by position, not quoted: a "header" may be a row of data after all.
    """
    if not text.strip():
        raise DataError("the file is empty: there is no header row", path=path, line=1)
    names = next(_records(text, delimiter))
    if not header:
        return [f"column_{i}" for i in range(1, len(names) + 1)]
    seen: dict[str, int] = {}
    for i, name in enumerate(names, start=1):
        if not name.strip():
            raise DataError(f"column {i} has no name in the header", path=path, line=1)
        if name in seen:
            raise DataError(
                f"columns {seen[name]} and {i} have the same name in the header",
                path=path,
                line=1,
            )
        seen[name] = i
    return names


class CsvReader:
    """CSV or TSV, every column as text; unquoted empty fields are null."""

    def __init__(
        self, path: str, fmt: Format, options: ReadOptions, stdin: IO[bytes] | None = None
    ) -> None:
        self.path = path
        self.format = fmt
        self.delimiter = DELIMITERS[fmt]
        self.options = options
        self.source: TextSource = text_source(path, options, stdin)
        try:
            head = self.source.head_text()
        except UnicodeDecodeError as exc:
            if exc.start <= self.source.head.find(b"\n") or b"\n" not in self.source.head:
                raise DataError(
                    f"the header is not valid {self.source.label} text", path=path, line=1
                ) from None
            head = self.source.head[: exc.start].decode(self.source.encoding, errors="ignore")
        self.names = header_names(head, self.delimiter, path, header=options.header)
        self._head_text = head
        self._last: pa.RecordBatch | None = None
        self._blocks = 0
        self._reader = self._open(use_threads=True)
        self.schema = self._reader.schema
        wrong = [f.name for f in self.schema if f.type != pa.string()]
        if wrong or len(self.schema) != len(self.names):
            raise DataError("the header could not be read consistently", path=path, line=1)

    @property
    def stdin_stream(self) -> HashingStream | None:
        return self.source.stdin_stream

    def _open(self, *, use_threads: bool) -> Any:
        raw_utf8 = self.source.encoding in ("utf-8", "utf-8-sig")  # pyarrow skips a UTF-8 BOM
        try:
            return pa_csv.open_csv(
                self.source.opener() if raw_utf8 else self.source.open(),
                read_options=pa_csv.ReadOptions(
                    block_size=self.options.max_row_bytes,
                    use_threads=use_threads,
                    column_names=None if self.options.header else self.names,
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
        except READ_ERRORS as exc:
            raise self._error(exc) from None

    def batches(self) -> Iterator[pa.RecordBatch]:
        for batch in stream_batches(self._reader, self._error):
            if batch.num_rows:
                self._last = batch
            self._blocks += 1
            yield batch
        self._check_closed_quotes()

    def head_rows(self, limit: int = 200) -> tuple[list[str], list[list[str]]]:
        """The first row as written, and up to ``limit`` records after it, from the first bytes.

        For telling a header from a row of data before anything is read or printed.
        """
        records = _records(self._head_text, self.delimiter)
        try:
            first = next(records)
            rows = [row for _, row in zip(range(limit), records, strict=False)]
        except (StopIteration, csv.Error):
            return [], []
        return first, rows[:-1] if len(rows) > 1 else rows  # the last may be cut short

    def fraction_read(self) -> float | None:
        """About how much of the input has been read (None when that cannot be told)."""
        return self.source.fraction(self._blocks, self.options.max_row_bytes)

    def _check_closed_quotes(self) -> None:
        """Refuse a file that ends inside a quoted field.

        pyarrow reads an opening quote that is never closed as a last field holding
        the rest of the file. A field that ends the file with line breaks in it, where
        the file does not end with the closing quote, is that.
        """
        if self._last is None or self.stdin_stream is not None or self.source.compressed:
            return
        if self.source.encoding not in ("utf-8", "utf-8-sig"):
            return
        last = self._last.column(self._last.num_columns - 1)[-1].as_py()
        if not last or ("\n" not in last and "\r" not in last):
            return
        with open(self.path, "rb") as fh:
            fh.seek(max(0, fh.seek(0, io.SEEK_END) - 8))
            tail = fh.read().rstrip(b"\r\n\x00")
        if tail.endswith(b'"'):
            return
        raise DataError(
            "the file ends inside a quoted field: a quote opened near the end is never closed",
            path=self.path,
            column=self.names[-1],
        )

    def _error(self, exc: Exception) -> DataError:
        message = str(exc)
        column = None
        if m := _CSV_COLUMN.search(message):
            index = int(m.group(1))
            column = self.names[index] if index < len(self.names) else None
        if "invalid UTF8" in message or "decode" in message.lower():
            line = (
                None
                if not self._seekable()
                else _first_undecodable_line(self.path, self.source.encoding)
            )
            hint = " (pass --encoding, e.g. latin-1 or cp1252)" if self.source.utf8 else ""
            return DataError(
                f"not valid {self.source.label} text{hint}",
                path=self.path,
                line=line,
                column=column,
            )
        if "straddling object" in message or "straddles two block" in message:
            return DataError(
                f"a row is longer than {self.options.max_row_bytes:,} bytes, the most one row may "
                "hold; pass --max-row-bytes to allow longer rows",
                path=self.path,
            )
        if m := _ROW_ERROR.search(message):
            return DataError(
                f"expected {m.group(2)} fields, found {m.group(3)}",
                path=self.path,
                line=int(m.group(1)),
            )
        if m := _COUNT_ERROR.search(message):
            line = self._locate_parse_error() if self._seekable() else None
            return DataError(
                f"expected {m.group(1)} fields, found {m.group(2)}", path=self.path, line=line
            )
        return DataError(f"cannot be read as {self.format.upper()}", path=self.path, column=column)

    def _seekable(self) -> bool:
        return self.stdin_stream is None

    def _locate_parse_error(self) -> int | None:
        # the threaded reader does not say where; a serial pass does
        try:
            reader = self._open(use_threads=False)
            while True:
                reader.read_next_batch()
        except DataError as err:
            return err.line
        except StopIteration:
            return None

    def close(self) -> None:
        self._reader = None


def _first_undecodable_line(path: str, encoding: str) -> int | None:
    import codecs

    from minshare.io.formats import compression_of

    if compression_of(path) is not None:
        return None
    decoder = codecs.getincrementaldecoder("utf-8" if encoding == "utf-8-sig" else encoding)()
    line = 1
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                return line + chunk[: exc.start].count(b"\n")
            line += chunk.count(b"\n")
    return None
