"""Progress of a long run, reported batch by batch to whoever wants to show it.

The library never draws anything: a command passes a callback, and the CLI turns
the reports into a progress bar on stderr.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import pyarrow as pa

from minshare.io import TableReader


@dataclass(frozen=True)
class Progress:
    """Rows read so far, and about how much of the input that is (None when unknown)."""

    rows: int
    fraction: float | None


ProgressCallback = Callable[[Progress], None]


def tracked(
    reader: TableReader,
    callback: ProgressCallback | None,
    batches: Iterable[pa.RecordBatch] | None = None,
) -> Iterator[pa.RecordBatch]:
    """The reader's batches (or ``batches``), reporting progress after each."""
    source = reader.batches() if batches is None else batches
    if callback is None:
        yield from source
        return
    rows = 0
    for batch in source:
        yield batch
        rows += batch.num_rows
        callback(Progress(rows, reader.fraction_read()))
