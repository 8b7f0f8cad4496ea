"""Re-identification risk: equivalence classes of quasi-identifiers, counted as batches stream.

A class is a distinct combination of the quasi-identifiers' values (a null is a value
like any other). From the class sizes come k-anonymity (the smallest class), the
records in classes below 2, 5 and 10, sample uniques, and prosecutor risk (a record's
risk is 1 / the size of its class). Distinct l-diversity of a sensitive attribute is
the fewest distinct values it takes within any class.

Counting uses Arrow's hash aggregation per batch and merges the partial counts, so
memory grows with the number of classes, not of rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.compute as pc

from minshare.errors import DataError, UsageError
from minshare.progress import ProgressCallback, tracked

if TYPE_CHECKING:
    from minshare.io import ReadOptions

_COUNT = "count_all"
# partial rows held before they are merged: at least this many, and at least as many as the
# merged table holds, so that a table of millions of classes is not re-grouped every batch
_MERGE_EVERY = 1 << 20
_SEPARATOR = "\x1f"
_NULL = "\x00"
#: class-size buckets of the distribution, as (label, smallest size, largest size)
SIZE_BUCKETS = (
    ("1", 1, 1),
    ("2", 2, 2),
    ("3-4", 3, 4),
    ("5-9", 5, 9),
    ("10-19", 10, 19),
    ("20+", 20, None),
)
THRESHOLDS = (2, 5, 10)


@dataclass(frozen=True)
class RiskReport:
    """The disclosure-risk figures of a table for a set of quasi-identifiers."""

    rows: int
    quasi_identifiers: tuple[str, ...]
    k_anonymity: int
    classes: int
    sample_uniques: int
    records_in_classes_below: dict[int, int]
    prosecutor_risk_max: float
    prosecutor_risk_average: float
    class_sizes: dict[str, int]
    l_diversity: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """The ``risk --json`` document's fields (DESIGN.md), plus the class-size distribution."""
        return {
            "rows": self.rows,
            "quasi_identifiers": list(self.quasi_identifiers),
            "k_anonymity": self.k_anonymity,
            "classes": self.classes,
            "sample_uniques": self.sample_uniques,
            "records_in_classes_below": {
                str(k): v for k, v in self.records_in_classes_below.items()
            },
            "prosecutor_risk": {
                "max": round(self.prosecutor_risk_max, 6),
                "average": round(self.prosecutor_risk_average, 6),
            },
            "l_diversity": dict(self.l_diversity),
            "class_sizes": dict(self.class_sizes),
        }


def class_key(table: pa.Table | pa.RecordBatch, columns: Sequence[str]) -> pa.Array:
    """One text key per row naming its class: the values joined, nulls kept apart from text."""
    parts = []
    for name in columns:
        values = table.column(name)
        if isinstance(values, pa.ChunkedArray):
            values = values.combine_chunks()
        text = values if pa.types.is_string(values.type) else pc.cast(values, pa.string())
        # a prefix keeps a null apart from any text, the empty string included
        parts.append(
            pc.if_else(
                pc.is_null(text), pa.scalar(_NULL), pc.binary_join_element_wise("=", text, "")
            )
        )
    if not parts:
        return pa.array([""] * len(table), pa.string())
    return pc.binary_join_element_wise(*parts, _SEPARATOR)


def _keys(quasi_identifiers: Sequence[str], sensitive: str) -> list[str]:
    # a sensitive column may be a quasi-identifier too: then each class holds one value of it
    return list(dict.fromkeys([*quasi_identifiers, sensitive]))


class RiskCounter:
    """Counts classes (and sensitive values within them) over batches given to :meth:`add`."""

    def __init__(self, quasi_identifiers: Sequence[str], sensitive: Sequence[str] = ()) -> None:
        if not quasi_identifiers:
            raise UsageError("risk needs at least one quasi-identifier")
        self.quasi_identifiers = tuple(quasi_identifiers)
        self.sensitive = tuple(sensitive)
        self.rows = 0
        self._counts: list[pa.Table] = []
        self._pending = 0  # partial rows added since the last merge
        self._merged = 0  # rows of the merged table
        self._pairs: dict[str, list[pa.Table]] = {s: [] for s in self.sensitive}

    def check_columns(self, schema: pa.Schema, path: str | None = None) -> None:
        """Refuse column names the data does not have."""
        missing = [c for c in (*self.quasi_identifiers, *self.sensitive) if c not in schema.names]
        if missing:
            raise DataError(
                f"has no column {missing[0]!r}; its columns: {', '.join(schema.names)}", path=path
            )

    def add(self, batch: pa.RecordBatch) -> None:
        table = pa.Table.from_batches([batch])
        self.rows += batch.num_rows
        counts = table.group_by(list(self.quasi_identifiers)).aggregate([([], _COUNT)])
        self._counts.append(counts)
        self._pending += counts.num_rows
        for s in self.sensitive:
            pairs = table.group_by(_keys(self.quasi_identifiers, s)).aggregate([])
            self._pairs[s].append(pairs)
        if self._pending > max(_MERGE_EVERY, self._merged):
            self._merge()

    def _merge(self) -> None:
        qis = list(self.quasi_identifiers)
        if len(self._counts) > 1:
            merged = pa.concat_tables(self._counts).group_by(qis).aggregate([(_COUNT, "sum")])
            self._counts = [merged.rename_columns([*qis, _COUNT])]
        for s, parts in self._pairs.items():
            if len(parts) > 1:
                self._pairs[s] = [pa.concat_tables(parts).group_by(_keys(qis, s)).aggregate([])]
        self._merged = self._counts[0].num_rows if self._counts else 0
        self._pending = 0

    def classes(self) -> pa.Table:
        """Every class: the quasi-identifiers' values and ``count_all``, its size."""
        self._merge()
        if not self._counts:
            return pa.table(
                {
                    **{q: pa.array([], pa.null()) for q in self.quasi_identifiers},
                    _COUNT: pa.array([], pa.int64()),
                }
            )
        return self._counts[0]

    def diversity(self) -> dict[str, pa.Table]:
        """For each sensitive attribute, each class with its number of distinct values."""
        self._merge()
        qis = list(self.quasi_identifiers)
        out = {}
        for s, parts in self._pairs.items():
            pairs = parts[0] if parts else pa.table({k: [] for k in _keys(qis, s)})
            out[s] = pairs.group_by(qis).aggregate([([], _COUNT)])
        return out

    def report(self) -> RiskReport:
        classes = self.classes()
        sizes = classes.column(_COUNT)
        n, count = self.rows, classes.num_rows
        if n == 0:
            empty = dict.fromkeys(THRESHOLDS, 0)
            return RiskReport(
                0, self.quasi_identifiers, 0, 0, 0, empty, 0.0, 0.0, {b[0]: 0 for b in SIZE_BUCKETS}
            )
        k = int(pc.min(sizes).as_py())
        below = {
            t: int(pc.sum(pc.if_else(pc.less(sizes, t), sizes, 0)).as_py() or 0) for t in THRESHOLDS
        }
        uniques = int(pc.sum(pc.equal(sizes, 1)).as_py() or 0)
        buckets = {}
        for label, low, high in SIZE_BUCKETS:
            within = pc.greater_equal(sizes, low)
            if high is not None:
                within = pc.and_(within, pc.less_equal(sizes, high))
            buckets[label] = int(pc.sum(within).as_py() or 0)
        ell = {s: int(pc.min(t.column(_COUNT)).as_py()) for s, t in self.diversity().items()}
        return RiskReport(
            rows=n,
            quasi_identifiers=self.quasi_identifiers,
            k_anonymity=k,
            classes=count,
            sample_uniques=uniques,
            records_in_classes_below=below,
            prosecutor_risk_max=1.0 / k,
            # the mean over records of 1 / class size is classes / records
            prosecutor_risk_average=count / n,
            class_sizes=buckets,
            l_diversity=ell,
        )

    def failing_classes(self, k: int | None, ell: int | None) -> tuple[pa.Array, int]:
        """Keys of the classes smaller than ``k`` or less diverse than ``ell``; their records."""
        classes = self.classes()
        failing = pc.less(classes.column(_COUNT), k or 0)
        if ell:
            for table in self.diversity().values():
                thin = table.filter(pc.less(table.column(_COUNT), ell))
                thin_keys = class_key(thin, self.quasi_identifiers)
                failing = pc.or_(
                    failing,
                    pc.is_in(class_key(classes, self.quasi_identifiers), value_set=thin_keys),
                )
        chosen = classes.filter(failing)
        records = int(pc.sum(chosen.column(_COUNT)).as_py() or 0)
        return class_key(chosen, self.quasi_identifiers), records

    def most_distinct(self) -> str:
        """The quasi-identifier with the most distinct values: the one to generalise further."""
        classes = self.classes()
        counts = {
            q: pc.count_distinct(classes.column(q), mode="all").as_py()
            for q in self.quasi_identifiers
        }
        return max(counts, key=lambda q: counts[q])


def measure(
    batches: Iterable[pa.RecordBatch],
    schema: pa.Schema,
    quasi_identifiers: Sequence[str],
    sensitive: Sequence[str] = (),
    *,
    path: str | None = None,
) -> RiskReport:
    """The risk figures of a stream of batches."""
    counter = RiskCounter(quasi_identifiers, sensitive)
    counter.check_columns(schema, path)
    for batch in batches:
        counter.add(batch)
    return counter.report()


def risk(
    data: str,
    *,
    quasi_identifiers: Sequence[str],
    sensitive: Sequence[str] = (),
    input_format: str | None = None,
    progress: ProgressCallback | None = None,
    read: ReadOptions | None = None,
) -> RiskReport:
    """The risk figures of a data file."""
    from minshare.io import open_reader

    reader = open_reader(data, input_format, read)
    try:
        return measure(
            tracked(reader, progress), reader.schema, quasi_identifiers, sensitive, path=reader.path
        )
    finally:
        reader.close()
