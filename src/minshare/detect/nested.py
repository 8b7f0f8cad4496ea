"""Struct columns (nested JSON): a finding for each leaf, and one for the column as a whole.

A JSON Lines file with ``{"worker": {"dob": ..., "name": {"family": ...}}}`` has one column,
``worker``, but agencies (and their policies' reviewers) think of its leaves:
``worker.dob``, ``worker.name.family``. Each leaf is judged as a column of its own, and
takes part in the table's context beside the flat columns (a leaf's date of birth makes a
table about people; a leaf's suburb is the finer place beside an area). The scan then lists
the struct column under its own name -- personal when any leaf is, its category that of its
most identifying leaf, one entity per personal leaf -- followed by its leaves, named by
their dotted paths. Policies name top-level columns, so the struct's own entry is the one
they (and ``minshare.pipeline.guard``) look up.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from minshare.detect.findings import NONE, ColumnFinding, EntityFinding
from minshare.detect.profile import ColumnValues

_CATEGORY_RANK = {"direct_identifier": 0, "sensitive": 1, "free_text": 2, "quasi_identifier": 3}


@dataclass(frozen=True)
class NestedFinding(ColumnFinding):
    """A struct column's finding, with its leaves' values and findings (for the table
    context only: a scan's result holds plain findings, and no values)."""

    leaves: tuple[tuple[ColumnValues, ColumnFinding], ...] = ()


def summarise(
    name: str, data_type: str, null_fraction: float, leaves: Sequence[ColumnFinding]
) -> ColumnFinding:
    """The struct column's own finding: its most telling leaf speaks for it."""
    personal = [leaf for leaf in leaves if leaf.personal]
    if not personal:
        return ColumnFinding(name, data_type, False, NONE, (), null_fraction)
    personal.sort(
        key=lambda c: (_CATEGORY_RANK.get(c.category, 9), -(c.best.score if c.best else 0))
    )
    entities = tuple(
        EntityFinding(e.type, e.score, f"field '{c.name[len(name) + 1 :]}': {e.evidence}")
        for c in personal
        for e in c.entities[:1]
    )
    return ColumnFinding(name, data_type, True, personal[0].category, entities, null_fraction)


def flatten(
    columns: Sequence[tuple[ColumnValues, ColumnFinding]],
) -> tuple[list[tuple[ColumnValues, ColumnFinding]], list[int]]:
    """Every flat column and every leaf of a struct column, each with the index of the
    top-level column it belongs to."""
    flat: list[tuple[ColumnValues, ColumnFinding]] = []
    owners: list[int] = []
    for i, (values, finding) in enumerate(columns):
        parts = finding.leaves if isinstance(finding, NestedFinding) else ((values, finding),)
        flat.extend(parts)
        owners.extend([i] * len(parts))
    return flat, owners


def unflatten(
    columns: Sequence[tuple[ColumnValues, ColumnFinding]],
    owners: Sequence[int],
    decided: Sequence[ColumnFinding],
) -> Iterator[ColumnFinding]:
    """Each top-level column's finding; a struct column's summary followed by its leaves."""
    for i, (_, finding) in enumerate(columns):
        mine = [f for f, owner in zip(decided, owners, strict=True) if owner == i]
        if isinstance(finding, NestedFinding):
            yield summarise(finding.name, finding.data_type, finding.null_fraction, mine)
            yield from mine
        else:
            yield from mine


def top_level(columns: Sequence[ColumnFinding]) -> list[ColumnFinding]:
    """The findings of a scan's top-level columns, its struct columns' leaves left out.

    For what works on the columns a file has (a draft policy, the quasi-identifiers that
    ``minshare risk`` can group by): a leaf follows its struct column, named by its path.
    """
    kept: list[ColumnFinding] = []
    struct: str | None = None
    for finding in columns:
        if struct is not None and finding.name.startswith(struct + "."):
            continue
        struct = finding.name if finding.data_type.startswith("struct<") else None
        kept.append(finding)
    return kept
