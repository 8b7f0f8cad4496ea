"""JSON Lines, streamed: one object per line, JSON's own types, and no date guessing."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import IO, Any

import pyarrow as pa
import pyarrow.json as pa_json

from minshare.errors import DataError
from minshare.io.formats import Format, ReadOptions
from minshare.io.sources import (
    READ_ERRORS,
    HashingStream,
    TextSource,
    stream_batches,
    text_source,
)

_JSON_ROW = re.compile(r"row (\d+)", re.IGNORECASE)
_JSON_CHANGE = re.compile(r"Column\((/[^)]*)\) changed from (\w+) to (\w+)")


class JsonLinesReader:
    """JSON Lines with the schema of the first block; strings that look like dates stay strings.

    pyarrow would read ISO date-time strings as timestamps and write them back changed. A
    field that is null all through the first block is read as text, the type an optional
    field most often turns out to have (a concession card type, a second given name).
    """

    format: Format = "jsonl"

    def __init__(self, path: str, options: ReadOptions, stdin: IO[bytes] | None = None) -> None:
        self.path = path
        self.options = options
        self.source: TextSource = text_source(path, options, stdin)
        self._rows = 0  # objects read before the block being read
        head = self.source.head
        probe: Any = io.BytesIO(self._as_utf8(head[: head.rfind(b"\n") + 1] or head))
        inferred = self._open(probe, None).schema
        self.schema = pa.schema(
            [
                pa.field(f.name, pa.string())
                if pa.types.is_temporal(f.type) or pa.types.is_null(f.type)
                else f
                for f in inferred
            ]
        )
        self._reader = self._open(self.source.open(), self.schema)
        self._blocks = 0

    def _as_utf8(self, data: bytes) -> bytes:
        if self.source.utf8:
            return data
        text = data.decode(self.source.encoding, errors="ignore")
        return text.encode("utf-8")

    @property
    def stdin_stream(self) -> HashingStream | None:
        return self.source.stdin_stream

    def _open(self, source: Any, schema: pa.Schema | None) -> Any:
        try:
            return pa_json.open_json(
                source,
                read_options=pa_json.ReadOptions(block_size=self.options.max_row_bytes),
                parse_options=pa_json.ParseOptions(
                    explicit_schema=schema,
                    unexpected_field_behavior="error" if schema is not None else "infer",
                ),
            )
        except READ_ERRORS as exc:
            raise self._error(exc) from None

    def batches(self) -> Iterator[pa.RecordBatch]:
        for batch in stream_batches(self._reader, self._error):
            self._blocks += 1
            self._rows += batch.num_rows
            yield batch

    def fraction_read(self) -> float | None:
        """About how much of the input has been read (None when that cannot be told)."""
        return self.source.fraction(self._blocks, self.options.max_row_bytes)

    def _error(self, exc: Exception) -> DataError:
        message = str(exc)
        line = (
            self._line(self._rows + int(m.group(1))) if (m := _JSON_ROW.search(message)) else None
        )
        lowered = message.lower()
        if "straddling" in lowered or "straddles" in lowered:
            return DataError(
                f"a line is longer than {self.options.max_row_bytes:,} bytes, the most one row "
                "may hold; pass --max-row-bytes to allow longer rows",
                path=self.path,
            )
        if "unexpected field" in lowered:
            return DataError(
                "a line holds a field the first lines do not have", path=self.path, line=line
            )
        if change := _JSON_CHANGE.search(message):
            field, before, after = change.groups()
            return DataError(
                f"field {field.strip('/').replace('/', '.')!r} changes type between lines "
                f"({before}, then {after})",
                path=self.path,
                line=line,
            )
        if "changed from" in message or "conversion" in lowered:
            return DataError("a field changes type between lines", path=self.path, line=line)
        if "utf8" in lowered or "decode" in lowered:
            return DataError(f"not valid {self.source.label} text", path=self.path, line=line)
        return DataError("not valid JSON Lines", path=self.path, line=line)

    def _line(self, record: int) -> int:
        """The line of the file that holds object ``record`` (0-based, of the whole file).

        pyarrow counts objects within a block and skips blank lines; the file is read again
        to count its lines. Standard input cannot be read again (nor a file gone since): the
        object's number is given.
        """
        if self.stdin_stream is not None:
            return record + 1
        try:
            stream = self.source.open()
            with pa.input_stream(stream) if isinstance(stream, str) else stream as raw:
                seen = 0
                for number, text in enumerate(io.BufferedReader(raw), start=1):
                    if text.strip():
                        if seen == record:
                            return number
                        seen += 1
        except READ_ERRORS:
            pass  # gone, unreadable or undecodable since: the object's number will do
        return record + 1

    def close(self) -> None:
        self._reader = None
