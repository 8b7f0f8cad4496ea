"""Hold a release to its policy's privacy target: measure, suppress, or refuse.

The target is measured on the output (after the policy's generalisations), over the
quasi-identifiers that leave. Records in classes smaller than ``k_anonymity`` (or
with fewer than ``l_diversity`` distinct sensitive values) are suppressed when they
are no more than ``max_suppression`` of the rows; otherwise the release is refused,
naming the quasi-identifier to generalise further.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from minshare.errors import Refusal
from minshare.io import Format, StagedFile, TableWriter, open_reader, open_writer, stage
from minshare.policy import PrivacyTarget
from minshare.risk import RiskCounter, RiskReport, class_key


@dataclass(frozen=True)
class PrivacyOutcome:
    """What holding a release to its target did: the figures before and after, and suppression."""

    target: PrivacyTarget
    quasi_identifiers: tuple[str, ...]
    sensitive: tuple[str, ...]
    before: RiskReport
    after: RiskReport
    suppressed: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "target": {
                "k_anonymity": self.target.k_anonymity,
                "l_diversity": self.target.l_diversity,
                "quasi_identifiers": list(self.target.quasi_identifiers),
                "sensitive": list(self.target.sensitive),
                "max_suppression": self.target.max_suppression,
            },
            "measured_on": {
                "quasi_identifiers": list(self.quasi_identifiers),
                "sensitive": list(self.sensitive),
            },
            "before": self.before.as_dict(),
            "after": self.after.as_dict(),
            "suppressed": self.suppressed,
        }


def counter_for(target: PrivacyTarget | None, schema: pa.Schema) -> RiskCounter | None:
    """A counter over the target's columns that leave (None: no target, or none of them leave)."""
    if target is None:
        return None
    qis = [q for q in target.quasi_identifiers if q in schema.names]
    if not qis:
        return None
    return RiskCounter(qis, [s for s in target.sensitive if s in schema.names])


def columns_of(counter: RiskCounter) -> list[str]:
    return [*counter.quasi_identifiers, *counter.sensitive]


def shortfall(counter: RiskCounter, target: PrivacyTarget) -> tuple[pa.Array, int]:
    """The classes below the target, and the records in them."""
    return counter.failing_classes(target.k_anonymity, target.l_diversity)


def refusal_reason(counter: RiskCounter, target: PrivacyTarget, records: int) -> str | None:
    """Why the target cannot be met by suppression alone, or None when it can."""
    rows = counter.rows
    if not records or records <= target.max_suppression * rows:
        return None
    wanted = ", ".join(
        f"{name}={value}"
        for name, value in (("k", target.k_anonymity), ("l", target.l_diversity))
        if value
    )
    return (
        f"the privacy target ({wanted}) would suppress {records:,} of {rows:,} records "
        f"({records / rows:.1%}), more than max_suppression ({target.max_suppression:.1%}); "
        f"generalise {counter.most_distinct()!r} further, or raise max_suppression"
    )


def suppress(
    staged: StagedFile,
    fmt: Format,
    schema: pa.Schema,
    failing: pa.Array,
    counter: RiskCounter,
    *,
    escape_formulas: bool = False,
) -> tuple[StagedFile, int, RiskCounter]:
    """Rewrite the staged output without the records of failing classes, row order kept.

    Returns the new staged file (the old one is discarded), the rows kept, and a counter
    of the result.
    """
    to_stdout = str(staged.target) == "-"
    again = stage(staged.target, f".{fmt}" if to_stdout else None, clear_stale=False)
    after = RiskCounter(counter.quasi_identifiers, counter.sensitive)
    kept = 0
    reader = open_reader(staged.temp, fmt)
    try:
        writer: TableWriter = open_writer(again.temp, fmt, schema, escape_formulas=escape_formulas)
        try:
            for batch in reader.batches():
                # text formats read back as text: restore the types that were written
                batch = batch.cast(schema) if batch.schema != schema else batch  # noqa: PLW2901
                keep = pc.invert(
                    pc.is_in(class_key(batch, counter.quasi_identifiers), value_set=failing)
                )
                remaining = batch.filter(keep)
                writer.write(remaining)
                after.add(remaining.select(columns_of(counter)))
                kept += remaining.num_rows
        finally:
            writer.close()
    except BaseException:
        again.discard()
        raise
    finally:
        reader.close()
    staged.discard()
    return again, kept, after


def hold_to_target(
    staged: StagedFile,
    fmt: Format,
    schema: pa.Schema,
    counter: RiskCounter,
    target: PrivacyTarget,
    *,
    escape_formulas: bool = False,
) -> tuple[StagedFile, int, PrivacyOutcome]:
    """Suppress what the target needs, or refuse; the staged output, its rows, and the outcome."""
    before = counter.report()
    failing, records = shortfall(counter, target)
    reason = refusal_reason(counter, target, records)
    if reason is not None:
        raise Refusal([reason])
    rows, after = counter.rows, counter
    if records:
        staged, rows, after = suppress(
            staged, fmt, schema, failing, counter, escape_formulas=escape_formulas
        )
    outcome = PrivacyOutcome(
        target,
        counter.quasi_identifiers,
        counter.sensitive,
        before,
        after.report(),
        counter.rows - rows,
    )
    return staged, rows, outcome
