"""The table digest: a SHA-256 of a table's rows, in order, however the table is stored.

A file is hashed as bytes. A database table has no bytes of its own to hash, and the
Arrow batches a driver returns are cut and laid out as the driver pleases, so the
digest is taken over the values: for each column, one SHA-256 of the values' lengths
and one of the values themselves, then one SHA-256 over those, with the column names.
``docs/databases.md`` ("The table digest") defines it; this module is that definition.

* A value's text is its UTF-8 text for a text column, its bytes for a binary column, and
  for any other column what Arrow's cast to a string gives (``12``, ``1.5``, ``true``,
  ``2024-03-21``, ``2024-03-21 10:00:00.000000``); a nested value (a list, a struct) is
  compact JSON with sorted keys.
* The lengths' SHA-256 is over one signed 64-bit little-endian integer per row: the
  byte length of the value's text, or -1 for a null.
* The values' SHA-256 is over the values' texts, concatenated in row order (a null adds
  nothing).
* The digest is the SHA-256 of one line per column, in column order:
  ``NAME<TAB>LENGTHS_SHA256<TAB>VALUES_SHA256<LF>``, in UTF-8.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
import struct
from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

#: the name manifests record for this digest
TABLE_DIGEST = "minshare-table-sha256-v1"


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, decimal.Decimal | dt.timedelta):
        return str(value)
    return str(value)


def value_text(values: pa.Array) -> pa.Array:
    """The column as text (string or binary) the digest is taken over; nulls stay null."""
    kind = values.type
    if isinstance(values, pa.ExtensionArray):
        return value_text(values.storage)
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        return values
    if pa.types.is_binary(kind) or pa.types.is_large_binary(kind):
        return values
    if pa.types.is_fixed_size_binary(kind) or pa.types.is_binary_view(kind):
        return pc.cast(values, pa.large_binary())
    if not pa.types.is_nested(kind):
        try:
            return pc.cast(values, pa.large_string())
        except pa.ArrowNotImplementedError:
            pass  # intervals and other types Arrow cannot cast to text: as JSON, like nested ones
    encode = json.JSONEncoder(
        ensure_ascii=False, separators=(",", ":"), sort_keys=True, default=_json_value
    ).encode
    return pa.array(
        [None if v is None else encode(v) for v in values.to_pylist()], pa.large_string()
    )


def _offsets(text: pa.Array) -> tuple[int, int]:
    """The first and last value offsets of a string or binary array (its bytes in its data)."""
    wide = pa.types.is_large_string(text.type) or pa.types.is_large_binary(text.type)
    size = 8 if wide else 4
    buffer = text.buffers()[1]
    first = struct.unpack_from("<q" if wide else "<i", buffer, text.offset * size)[0]
    last = struct.unpack_from("<q" if wide else "<i", buffer, (text.offset + len(text)) * size)[0]
    return int(first), int(last)


class TableDigest:
    """The table digest of the batches given to :meth:`add`, in order."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = list(names)
        self.rows = 0
        self._lengths = [hashlib.sha256() for _ in self.names]
        self._values = [hashlib.sha256() for _ in self.names]

    def add(self, batch: pa.RecordBatch) -> None:
        self.rows += batch.num_rows
        if not batch.num_rows:
            return
        for i, column in enumerate(batch.columns):
            text = value_text(column)
            lengths = pc.fill_null(pc.cast(pc.binary_length(text), pa.int64()), -1)
            self._lengths[i].update(_int64_bytes(lengths))
            if text.null_count:
                # a null may still own bytes in the data buffer: make it own none
                text = pc.if_else(pc.is_null(text), pa.scalar("", text.type), text)
            first, last = _offsets(text)
            data = text.buffers()[2]
            if data is not None and last > first:
                self._values[i].update(memoryview(data)[first:last])

    def hexdigest(self) -> str:
        lines = "".join(
            f"{name}\t{lengths.hexdigest()}\t{values.hexdigest()}\n"
            for name, lengths, values in zip(self.names, self._lengths, self._values, strict=True)
        )
        return hashlib.sha256(lines.encode("utf-8")).hexdigest()


class BackgroundDigest:
    """A :class:`TableDigest` fed on a thread of its own, so hashing overlaps reading.

    Arrow's kernels and hashlib release the interpreter lock, so the digest costs the
    reader little. At most ``waiting`` batches wait for it: memory stays flat.
    """

    def __init__(self, names: Sequence[str], *, waiting: int = 2) -> None:
        self._digest = TableDigest(names)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="minshare-digest")
        self._pending: deque[Future[None]] = deque()
        self._waiting = waiting

    def add(self, batch: pa.RecordBatch) -> None:
        self._pending.append(self._pool.submit(self._digest.add, batch))
        while len(self._pending) > self._waiting:
            self._pending.popleft().result()

    def hexdigest(self) -> str:
        while self._pending:
            self._pending.popleft().result()
        return self._digest.hexdigest()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def _int64_bytes(values: pa.Array) -> memoryview:
    """The little-endian bytes of an int64 array without nulls (Arrow's own layout)."""
    buffer = values.buffers()[1]
    start = values.offset * 8
    view = memoryview(buffer)[start : start + len(values) * 8]
    if struct.pack("=q", 1) != struct.pack("<q", 1):  # pragma: no cover - big-endian hosts
        return memoryview(b"".join(struct.pack("<q", v) for v in values.to_pylist()))
    return view


def table_digest(batches: Sequence[pa.RecordBatch], names: Sequence[str]) -> str:
    """The table digest of ``batches`` (a convenience for small tables and tests)."""
    digest = TableDigest(names)
    for batch in batches:
        digest.add(batch)
    return digest.hexdigest()
