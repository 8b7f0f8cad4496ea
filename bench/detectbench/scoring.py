"""Score a detector's column findings against labelled columns.

A detector's output for one file is a sequence of ``ColumnPrediction`` (name, personal,
best entity). ``match`` pairs it with the labelled columns of that file; ``judge``
turns each pair into a ``Judgement``; ``Scores.of`` adds judgements up:

* **precision, recall, F1** of the personal / not-personal call, over scored columns
  (tier ``ambiguous`` is left out). A labelled column the detector did not report
  (its file failed to read, or no column matched) counts as *not flagged*.
* **entity-type accuracy** over columns that are truly personal, were flagged, and
  whose label maps to entity types (``labels.accepted_entities``): the best entity
  must be one of the accepted types.
* **direct caught**: the share of ``direct`` columns flagged personal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from detectbench.labels import LabelledColumn, accepted_entities


@dataclass(frozen=True)
class ColumnPrediction:
    """What one detector said about one column."""

    name: str
    personal: bool
    entity: str | None = None  # the best entity type, when it gave one
    category: str | None = None  # minshare's category; None for other detectors


@dataclass(frozen=True)
class Judgement:
    """One labelled column, what the detector said (None: nothing), and the verdict."""

    column: LabelledColumn
    prediction: ColumnPrediction | None

    @property
    def flagged(self) -> bool:
        return self.prediction is not None and self.prediction.personal

    @property
    def outcome(self) -> str:
        """``tp``, ``fp``, ``fn`` or ``tn``; ``excluded`` for an ambiguous column."""
        if not self.column.scored:
            return "excluded"
        if self.column.personal:
            return "tp" if self.flagged else "fn"
        return "fp" if self.flagged else "tn"

    @property
    def type_correct(self) -> bool | None:
        """Whether the best entity is one the label accepts; None when not type-scored."""
        if self.outcome != "tp":
            return None
        accepted = accepted_entities(self.column.label)
        if accepted is None:
            return None
        entity = self.prediction.entity if self.prediction is not None else None
        return entity is not None and entity.upper() in accepted


def ratio(numerator: int, denominator: int) -> float | None:
    """``numerator / denominator``, or None when there is nothing to divide by."""
    return numerator / denominator if denominator else None


@dataclass(frozen=True)
class Scores:
    """Counts over a set of judgements, and the figures made from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    excluded: int = 0
    unmatched: int = 0  # scored columns the detector did not report at all
    typed: int = 0
    typed_correct: int = 0
    direct: int = 0
    direct_caught: int = 0

    @classmethod
    def of(cls, judgements: Iterable[Judgement]) -> Scores:
        counts = dict.fromkeys(("tp", "fp", "fn", "tn", "excluded"), 0)
        unmatched = typed = typed_correct = direct = direct_caught = 0
        for judgement in judgements:
            outcome = judgement.outcome
            counts[outcome] += 1
            if outcome == "excluded":
                continue
            unmatched += judgement.prediction is None
            correct = judgement.type_correct
            if correct is not None:
                typed += 1
                typed_correct += correct
            if judgement.column.direct:
                direct += 1
                direct_caught += judgement.flagged
        return cls(
            **counts,
            unmatched=unmatched,
            typed=typed,
            typed_correct=typed_correct,
            direct=direct,
            direct_caught=direct_caught,
        )

    @property
    def columns(self) -> int:
        """Scored columns (ambiguous ones left out)."""
        return self.tp + self.fp + self.fn + self.tn

    @property
    def precision(self) -> float | None:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        return ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    @property
    def type_accuracy(self) -> float | None:
        return ratio(self.typed_correct, self.typed)

    @property
    def direct_recall(self) -> float | None:
        return ratio(self.direct_caught, self.direct)


def _name_key(name: str) -> str:
    return name.replace("\ufeff", "").strip().casefold()


def match(
    labelled: Sequence[LabelledColumn], predicted: Sequence[ColumnPrediction]
) -> dict[int, ColumnPrediction | None]:
    """Pair each labelled column (by its index) with the detector's finding for it.

    A file with a header is matched by exact name, then by name ignoring case, spaces
    at the ends and a byte-order mark. A headerless file, or a labelled column whose
    name is not found while the detector reported exactly as many columns as are
    labelled, is matched by position. Anything else is unmatched (None).
    """
    exact = {p.name: p for p in predicted}
    loose: dict[str, ColumnPrediction] = {}
    for p in predicted:
        loose.setdefault(_name_key(p.name), p)
    by_position = len(predicted) == len(labelled)
    pairs: dict[int, ColumnPrediction | None] = {}
    for column in labelled:
        found: ColumnPrediction | None = None
        if column.header_in_file:
            found = exact.get(column.name) or loose.get(_name_key(column.name))
        if found is None and (by_position or not column.header_in_file):
            found = predicted[column.index] if column.index < len(predicted) else None
        pairs[column.index] = found
    return pairs


def judge(
    labelled: Sequence[LabelledColumn], predicted: Sequence[ColumnPrediction] | None
) -> list[Judgement]:
    """Judge every labelled column of one file; ``predicted`` None means the file failed."""
    pairs = match(labelled, predicted) if predicted is not None else {}
    return [Judgement(column, pairs.get(column.index)) for column in labelled]


def judge_all(
    labels: Mapping[str, Sequence[LabelledColumn]],
    predictions: Mapping[str, Sequence[ColumnPrediction] | None],
) -> list[Judgement]:
    """Judge every labelled file; a file missing from ``predictions`` counts as failed."""
    judgements: list[Judgement] = []
    for file, labelled in labels.items():
        judgements.extend(judge(labelled, predictions.get(file)))
    return judgements
