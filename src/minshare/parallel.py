"""Run column transforms over a stream of batches, in this process or in worker processes.

Per-value work (hashing, encryption) is Python and holds the interpreter lock, so
threads cannot share it between cores; worker processes can. Batches go out in order
and come back in order, so the output is the same batch for batch whichever way it
ran. Few in flight at a time keeps memory flat.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

import pyarrow as pa

from minshare.policy import ColumnRule
from minshare.transforms import CellError, ColumnTransform, ReleaseContext, build_transform

#: inputs smaller than this are transformed in-process: starting workers would cost more
PARALLEL_MIN_BYTES = 32 << 20
#: workers start only on machines with this many cores or more, and never more than
MIN_CORES = 3
MAX_WORKERS = 4
_IN_FLIGHT_PER_WORKER = 2


@dataclass(frozen=True)
class ColumnJob:
    """What a worker needs to rebuild the transforms: the rules of the columns that leave."""

    rules: tuple[ColumnRule, ...]
    context: ReleaseContext
    schema: pa.Schema  # of the output batches


class CellFailure(Exception):
    """A value a transform rejected: the column, and its row within the batch."""

    def __init__(self, column: str, index: int, problem: str) -> None:
        super().__init__(column, index, problem)
        self.column = column
        self.index = index
        self.problem = problem


def auto_workers(size_bytes: int | None) -> int:
    """Worker processes worth starting for an input of ``size_bytes`` (0: run in-process).

    The main process keeps a core of its own (it parses, writes and hashes), so workers
    start only on three cores or more: on two, measured on a 1M-row extract, two workers
    took as long as none on an idle machine (4.5 s against 4.4 s) and far longer on a busy
    one (7.7 s against 4.7 s), sending every batch between processes for nothing.
    """
    cores = os.cpu_count() or 1
    if size_bytes is None or size_bytes < PARALLEL_MIN_BYTES or cores < MIN_CORES:
        return 0
    return min(cores - 1, MAX_WORKERS)


def _transform(
    transforms: Sequence[tuple[str, ColumnTransform]], schema: pa.Schema, batch: pa.RecordBatch
) -> pa.RecordBatch:
    arrays = []
    for name, transform in transforms:
        try:
            arrays.append(transform(batch.column(name)))
        except CellError as exc:
            raise CellFailure(name, exc.index, exc.problem) from None
    return pa.RecordBatch.from_arrays(arrays, schema=schema)


_WORKER: tuple[list[tuple[str, ColumnTransform]], pa.Schema] | None = None


def _start_worker(job: ColumnJob) -> None:
    global _WORKER  # noqa: PLW0603  # one job per worker process, set once at its start
    # Ctrl-C is the parent's to handle: it stops the run and discards the output
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    transforms = []
    for rule in job.rules:
        transform = build_transform(rule, job.context)
        assert transform is not None
        transforms.append((rule.column, transform))
    _WORKER = (transforms, job.schema)


def _run_in_worker(batch: pa.RecordBatch) -> pa.RecordBatch:
    assert _WORKER is not None
    return _transform(_WORKER[0], _WORKER[1], batch)


def transform_batches(
    batches: Iterable[pa.RecordBatch],
    transforms: Sequence[tuple[str, ColumnTransform]],
    job: ColumnJob,
    *,
    workers: int = 0,
) -> Iterator[tuple[pa.RecordBatch, pa.RecordBatch]]:
    """Each input batch with its transformed batch, in order.

    ``transforms`` run in-process when ``workers`` is 0; otherwise ``workers``
    processes rebuild them from ``job``. A rejected value raises :class:`CellFailure`
    with the row counted within its batch.
    """
    batches = iter(batches)
    if workers > 0 and _workers_can_start():
        yield from _in_workers(batches, transforms, job, workers)
    # in-process, or the rest of the batches when the workers could not run
    for batch in batches:
        yield batch, _transform(transforms, job.schema, batch)


def _workers_can_start() -> bool:
    """Whether spawned workers can import ``__main__`` again, as spawning requires.

    A script read from standard input (``python -``) has a ``__main__`` file that
    does not exist; an interactive session or a notebook has none, which is fine.
    """
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    return path is None or os.path.exists(path)


def _in_workers(
    batches: Iterator[pa.RecordBatch],
    transforms: Sequence[tuple[str, ColumnTransform]],
    job: ColumnJob,
    workers: int,
) -> Iterator[tuple[pa.RecordBatch, pa.RecordBatch]]:
    """Batches through worker processes; stops early, having lost none, if the workers die.

    Workers can fail to start where ``__main__`` cannot be imported again (a script
    read from standard input); the caller then carries on in-process.
    """
    # spawn, not fork: the parent runs pyarrow's thread pools, which fork would copy mid-flight
    context = multiprocessing.get_context("spawn")
    names = list(dict.fromkeys(rule.column for rule in job.rules))
    # every batch read and not yet yielded, with its result to come (None: not submitted)
    held: deque[tuple[pa.RecordBatch, Future[pa.RecordBatch] | None]] = deque()
    pool = ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(job,)
    )

    def oldest() -> tuple[pa.RecordBatch, pa.RecordBatch]:
        batch, future = held[0]
        assert future is not None
        result = future.result()
        held.popleft()
        return batch, result

    try:
        for batch in batches:
            held.append((batch, None))
            # only the columns that leave cross to the workers
            held[-1] = (batch, pool.submit(_run_in_worker, batch.select(names)))
            if len(held) >= workers * _IN_FLIGHT_PER_WORKER:
                yield oldest()
        while held:
            yield oldest()
    except BrokenProcessPool:
        while held:
            batch, _ = held.popleft()
            yield batch, _transform(transforms, job.schema, batch)
    finally:
        for _, future in held:
            if future is not None:
                future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
