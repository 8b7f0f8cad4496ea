"""A uniform sample of rows from a stream of record batches, and exact null counts.

The sample is a reservoir (Li's "Algorithm L"): every row of the file has the same chance of
being in it, wherever it is, so a column that fills up halfway through a file, or a file
sorted by date, is seen as a whole and not by its head. The work per batch is a handful of
random draws and one ``take``: the number of replacements grows with the logarithm of the
row count, so a million rows cost about as much as a few thousand.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyarrow as pa


@dataclass
class RowSample:
    """Rows drawn uniformly from all the batches given to :meth:`add`."""

    schema: pa.Schema
    size: int
    seed: int = 0
    rows_seen: int = 0
    nulls: list[int] = field(default_factory=list)
    _rng: random.Random = field(init=False, repr=False)
    _w: float = field(init=False, repr=False)
    _next: int = field(init=False, repr=False)
    _slots: list[tuple[int, int]] = field(init=False, repr=False)  # (piece, row in piece)
    _pieces: dict[int, pa.RecordBatch] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)
        self._w = math.exp(math.log(self._rng.random() or 1e-300) / max(self.size, 1))
        self._next = self.size + self._skip()
        self._slots = []
        self._pieces = {}
        self.nulls = [0] * len(self.schema)

    def _skip(self) -> int:
        u = self._rng.random() or 1e-300
        if self._w >= 1.0:
            return 1 << 62
        return math.floor(math.log(u) / math.log1p(-self._w))

    def add(self, batch: pa.RecordBatch) -> None:
        """Count a batch's nulls and draw its rows into the reservoir."""
        for i, column in enumerate(batch.columns):
            self.nulls[i] += column.null_count
        start, n = self.rows_seen, batch.num_rows
        self.rows_seen += n
        if self.size <= 0 or n == 0:
            return
        chosen: dict[int, int] = {}  # slot -> row in this batch (a later draw wins)
        fill = min(n, self.size - len(self._slots))
        piece = start  # a batch's first row number names its piece
        for row in range(fill):
            self._slots.append((piece, row))
        while self._next < start + n:
            chosen[self._rng.randrange(self.size)] = self._next - start
            self._w *= math.exp(math.log(self._rng.random() or 1e-300) / self.size)
            self._next += 1 + self._skip()
        if fill == 0 and not chosen:
            return
        rows = sorted(set(range(fill)) | set(chosen.values()))
        position = {row: i for i, row in enumerate(rows)}
        self._pieces[piece] = batch.take(pa.array(rows, type=pa.int64()))
        self._slots = [(p, position[r]) if p == piece else (p, r) for p, r in self._slots]
        for slot, row in chosen.items():
            self._slots[slot] = (piece, position[row])
        referenced = {p for p, _ in self._slots}
        for old in [p for p in self._pieces if p not in referenced]:
            del self._pieces[old]

    def table(self) -> pa.Table:
        """The sampled rows, in the order they appear in the file."""
        if not self._slots:
            return self.schema.empty_table()
        order = sorted(range(len(self._slots)), key=lambda s: self._slots[s])
        pieces = sorted({p for p, _ in self._slots})
        offsets: dict[int, int] = {}
        total = 0
        for p in pieces:
            offsets[p] = total
            total += self._pieces[p].num_rows
        joined = pa.Table.from_batches([self._pieces[p] for p in pieces], schema=self.schema)
        indices = [offsets[self._slots[s][0]] + self._slots[s][1] for s in order]
        return joined.take(pa.array(indices, type=pa.int64()))


def sample_rows(
    schema: pa.Schema, batches: Iterable[pa.RecordBatch], size: int, seed: int = 0
) -> RowSample:
    """A :class:`RowSample` of ``size`` rows drawn from every batch."""
    sample = RowSample(schema, size, seed)
    for batch in batches:
        sample.add(batch)
    return sample
