"""Parquet and Arrow IPC, batch by batch, with their own types."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pyarrow as pa
import pyarrow.ipc as pa_ipc
import pyarrow.parquet as pq

from minshare.errors import DataError
from minshare.io.formats import Format, part_files
from minshare.io.sources import read_head

PARQUET_BATCH_ROWS = 64 * 1024


def _first_line(exc: BaseException) -> str:
    # binary formats report structure, not values; keep their first line, briefly
    return str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__


class ParquetReader:
    """Parquet, one row group slice at a time."""

    format: Format = "parquet"
    stdin_stream = None

    def __init__(self, path: str) -> None:
        self.path = path
        read_head(path)  # the same "no such file" as every format
        try:
            self._file = pq.ParquetFile(path)
            self.schema = self._file.schema_arrow
            self._total = self._file.metadata.num_rows
        except (pa.ArrowException, OSError) as exc:
            raise DataError(
                f"not a readable Parquet file ({_first_line(exc)})", path=path
            ) from None
        self._rows = 0

    def batches(self) -> Iterator[pa.RecordBatch]:
        try:
            for batch in self._file.iter_batches(batch_size=PARQUET_BATCH_ROWS):
                self._rows += batch.num_rows
                yield batch
        except (pa.ArrowException, OSError) as exc:
            raise DataError(f"corrupt Parquet data ({_first_line(exc)})", path=self.path) from None

    def fraction_read(self) -> float | None:
        return self._rows / self._total if self._total else None

    def close(self) -> None:
        self._file.close()


class ParquetPartsReader:
    """A folder of Parquet parts (``part-*.parquet``, as Spark writes), read as one table.

    The parts are read in sorted order and must share one schema (names and types).
    """

    format: Format = "parquet"
    stdin_stream = None

    def __init__(self, path: str) -> None:
        self.path = path
        self.parts = part_files(path)
        if not self.parts:
            raise DataError("is a folder holding no Parquet part files (part-*.parquet)", path=path)
        schemas = []
        self._total = 0
        for part in self.parts:
            try:
                with pq.ParquetFile(part) as file:
                    schemas.append(file.schema_arrow.remove_metadata())
                    self._total += file.metadata.num_rows
            except (pa.ArrowException, OSError) as exc:
                raise DataError(
                    f"the part {part.name} is not a readable Parquet file ({_first_line(exc)})",
                    path=path,
                ) from None
        self.schema = schemas[0]
        for part, schema in zip(self.parts, schemas, strict=True):
            if not schema.equals(self.schema):
                raise DataError(
                    f"the part {part.name} has other columns or types than {self.parts[0].name}",
                    path=path,
                )
        self._rows = 0

    def batches(self) -> Iterator[pa.RecordBatch]:
        for part in self.parts:
            try:
                with pq.ParquetFile(part) as file:
                    for batch in file.iter_batches(batch_size=PARQUET_BATCH_ROWS):
                        self._rows += batch.num_rows
                        # one schema for every part: each part's own metadata differs
                        yield pa.RecordBatch.from_arrays(batch.columns, schema=self.schema)
            except (pa.ArrowException, OSError) as exc:
                raise DataError(
                    f"corrupt Parquet data in the part {part.name} ({_first_line(exc)})",
                    path=self.path,
                ) from None

    def fraction_read(self) -> float | None:
        return self._rows / self._total if self._total else None

    def close(self) -> None:
        pass


class ArrowReader:
    """Arrow IPC, in the file or the stream format."""

    format: Format = "arrow"
    stdin_stream = None

    def __init__(self, path: str) -> None:
        self.path = path
        read_head(path)
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
        self._done = 0

    def batches(self) -> Iterator[pa.RecordBatch]:
        try:
            if self._is_file:
                for i in range(self._ipc.num_record_batches):
                    self._done = i + 1
                    yield self._ipc.get_batch(i)
            else:
                yield from self._ipc
        except (pa.ArrowException, OSError) as exc:
            raise DataError(f"corrupt Arrow data ({_first_line(exc)})", path=self.path) from None

    def fraction_read(self) -> float | None:
        if not self._is_file or not self._ipc.num_record_batches:
            return None
        return float(self._done / self._ipc.num_record_batches)

    def close(self) -> None:
        self._source.close()
