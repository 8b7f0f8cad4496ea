"""A column's sampled values as text, with the shape statistics the decision needs.

Every column type is looked at as text, the way it would be written in a CSV: integers as
digits, whole floats without a fraction, dates in ISO form (and kept as dates too). Values
that only say "missing" (``NA``, ``null``, ``-``...) count as missing, and so does "unknown"
in a column of numbers. The recognizers run on the *distinct* values, vectorised where
pyarrow can (regular expressions over the whole array), and counts are weighted by how often
each value occurs.
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

import pyarrow as pa
import pyarrow.compute as pc

from minshare.detect.dates import ParsedDates, parse_text_dates, typed_dates
from minshare.detect.vocab import fold

T = TypeVar("T")

MISSING_WORDS = frozenset(
    {
        "",
        "na",
        "n/a",
        "n.a.",
        "null",
        "none",
        "nan",
        "-",
        "--",
        "?",
        "nil",
        "nil known",
        "none known",
        "nil recorded",
        "none recorded",
        "#n/a",
        "(null)",
        "@",  # AVETMISS's "not stated"
        "missing",
        # placeholders for a value withheld: the column's values are the others
        "anonymous",
        "withheld",
        "not provided",
        "not supplied",
        "not given",
        "not recorded",
        # a document no one held or showed ("not held" among passports' numbers)
        "not held",
        "none held",
        "not sighted",
        # a check not made, a service not asked for ("Not checked" among a police check's
        # results, "Not requested" among the faiths a chaplain is asked to serve)
        "not checked",
        "not requested",
        "not disclosed",
        "undisclosed",
        "redacted",
    }
)
# "Unknown" among numbers (dates, postcodes, licence numbers): no value, as a blank is. Among
# words it is an answer of its own ("Unknown" among sexes or Indigenous statuses), kept.
UNKNOWN_WORDS = frozenset({"unknown", "unk", "unkn", "not known", "n/k", "nk", "not stated"})
NUMBERED = 0.9  # of a column's other values, those with a digit, for "unknown" to be no value
MOSTLY_LETTERED = 0.5  # of a column, codes with their letters, for bare ones to count with them
_WORD_SPLIT = re.compile(r"[\s,;:/()\[\]]+")
_CLAUSE_SPLIT = re.compile(r"\s+[-\u2013]\s+|\s*;\s*")
_JOINED = re.compile(r"(?<=[a-z])-(?=[a-z])")  # a dash between two words' letters
# Between the items of a list written in one cell ("Hassan (3); Dariush (16)")
LIST_SEPARATOR = re.compile(r"\s*[;|]\s*")
_NUMBER = re.compile(r"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][-+]?\d+)?$")


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e18:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, int | decimal.Decimal):
        return str(value)
    if isinstance(value, bytes):
        return ""
    return json.dumps(value, default=str, ensure_ascii=False)


def _numbered(counts: Counter[str], unknown: set[str]) -> bool:
    """Whether a column's values other than "unknown" mostly hold digits."""
    others = [(text, times) for text, times in counts.items() if text not in unknown]
    total = sum(times for _, times in others)
    digits = sum(times for text, times in others if any(c.isdigit() for c in text))
    return total > 0 and digits >= NUMBERED * total


@dataclass
class ColumnValues:
    """The non-missing sampled values of one column, as text, and what they look like."""

    name: str
    arrow_type: pa.DataType
    sampled: int  # rows in the sample, missing ones included
    counts: Counter[str]  # value -> occurrences among the non-missing sampled values
    dates: ParsedDates | None = None  # for date and timestamp columns
    rows: tuple[str | None, ...] = ()  # each sampled row's value (None: missing), in order
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_array(cls, name: str, array: pa.Array | pa.ChunkedArray) -> ColumnValues:
        """The values of one sampled column."""
        arrow_type = array.type
        if pa.types.is_dictionary(arrow_type):
            array = (
                array.cast(arrow_type.value_type)
                if isinstance(array, pa.Array)
                else pa.chunked_array([chunk.dictionary_decode() for chunk in array.chunks])
            )
        python = array.to_pylist()
        dates = None
        if pa.types.is_date(array.type) or pa.types.is_timestamp(array.type):
            present = [v for v in python if isinstance(v, dt.date)]
            dates = typed_dates(present)
        counts: Counter[str] = Counter()
        rows: list[str | None] = []
        for value in python:
            if value is None:
                rows.append(None)
                continue
            text = _as_text(value).strip()
            if text.casefold() in MISSING_WORDS:
                rows.append(None)
                continue
            counts[text] += 1
            rows.append(text)
        unknown = {text for text in counts if text.casefold() in UNKNOWN_WORDS}
        if unknown and _numbered(counts, unknown):
            counts = Counter({k: v for k, v in counts.items() if k not in unknown})
            rows = [None if text in unknown else text for text in rows]
        return cls(name, arrow_type, len(python), counts, dates, tuple(rows))

    @classmethod
    def of_text(cls, name: str, values: Sequence[str | None]) -> ColumnValues:
        """A column of the given text values (a part of another's, its distinct values)."""
        return cls.from_array(name, pa.array(values, pa.string()))

    # -- size and spread ----------------------------------------------------------------------

    @cached_property
    def n(self) -> int:
        """Non-missing sampled values."""
        return sum(self.counts.values())

    @cached_property
    def parsed_dates(self) -> ParsedDates:
        """The column's dates, typed or read from text, one for each sampled row that has
        one (read once, however many rules ask)."""
        return self.dates or parse_text_dates([v for v in self.rows if v is not None])

    @cached_property
    def distinct(self) -> list[str]:
        return list(self.counts)

    @property
    def n_distinct(self) -> int:
        return len(self.counts)

    @property
    def distinct_ratio(self) -> float:
        return self.n_distinct / self.n if self.n else 0.0

    @cached_property
    def top_share(self) -> float:
        """The share of the commonest value."""
        return max(self.counts.values()) / self.n if self.n else 0.0

    @cached_property
    def _distinct_array(self) -> pa.Array:
        return pa.array(self.distinct, type=pa.string())

    @cached_property
    def _weights(self) -> list[int]:
        return [self.counts[v] for v in self.distinct]

    def remember(self, key: str, compute: Callable[[ColumnValues], T]) -> T:
        """What ``compute`` says of this column, worked out once for the rules that ask it."""
        if key not in self._cache:
            self._cache[key] = compute(self)
        found: T = self._cache[key]
        return found

    def tally(self, share: float, what: str) -> str:
        """Evidence such as "812 of 830 non-null sampled values pass ..." (counts, no values)."""
        return f"{share * self.n:.0f} of {self.n} non-null sampled values {what}"

    # -- shares of values -----------------------------------------------------------------------

    def matching(self, pattern: str) -> list[str]:
        """The distinct values that match a regular expression (RE2, run by pyarrow)."""
        key = "re:" + pattern
        if key not in self._cache:
            mask = pc.match_substring_regex(self._distinct_array, pattern)
            self._cache[key] = self._distinct_array.filter(mask).to_pylist() if self.n else []
        found: list[str] = self._cache[key]
        return found

    def count(self, values: list[str]) -> int:
        """Occurrences of the given distinct values among the sampled values."""
        return sum(self.counts[v] for v in values)

    def share_matching(self, pattern: str) -> float:
        return self.count(self.matching(pattern)) / self.n if self.n else 0.0

    def count_where(self, test: Callable[[str], bool], among: list[str] | None = None) -> int:
        """Occurrences of values (of ``among``, else all) for which ``test`` holds."""
        values = self.distinct if among is None else among
        return sum(self.counts[v] for v in values if test(v))

    def share_where(self, test: Callable[[str], bool]) -> float:
        return self.count_where(test) / self.n if self.n else 0.0

    def share_lettered(self, lettered: str, bare: str) -> float:
        """The share of values matching ``lettered``, with those matching ``bare`` counted too
        when the lettered ones are half the column or more: codes a system wrote without their
        letters in some rows (31181 beside S31181, 1607807 beside C1607807)."""
        share = self.share_matching(lettered)
        return share + self.share_matching(bare) if share >= MOSTLY_LETTERED else share

    # -- shape ----------------------------------------------------------------------------------

    @cached_property
    def numeric_share(self) -> float:
        """The share of values that are numbers (typed, or written as one)."""
        t = self.arrow_type
        if pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_decimal(t):
            return 1.0 if self.n else 0.0
        return self.share_matching(_NUMBER.pattern)

    @cached_property
    def numbers(self) -> list[float]:
        """The values that are numbers, with repeats (for ranges)."""
        found: list[float] = []
        for value, times in self.counts.items():
            if _NUMBER.match(value) and any(ch.isdigit() for ch in value):
                try:
                    found.extend([float(value.replace(",", ""))] * times)
                except ValueError:
                    continue
        return found

    @cached_property
    def median_length(self) -> float:
        lengths = sorted(len(v) for v in self.distinct)
        return float(lengths[len(lengths) // 2]) if lengths else 0.0

    @cached_property
    def median_words(self) -> float:
        words = sorted(len(v.split()) for v in self.distinct)
        return float(words[len(words) // 2]) if words else 0.0

    @cached_property
    def words(self) -> dict[str, frozenset[str]]:
        """Each distinct value's words, folded (:func:`~minshare.detect.vocab.fold`), with the
        whole folded value among them so that phrases ("no religion") are found too."""
        found: dict[str, frozenset[str]] = {}
        for value in self.counts:
            folded = fold(value)
            parts = {w.strip(".-'\"") for w in _WORD_SPLIT.split(folded)}
            parts.add(folded.strip(".-'\" "))
            # and each part a dash or a semicolon sets apart ("full capacity - suitable duties")
            parts.update(p.strip(".-'\" ") for p in _CLAUSE_SPLIT.split(folded))
            # and the words a dash joins ("assault-pris", "contraband-drugs")
            parts.update(w for p in list(parts) if "-" in p for w in _JOINED.split(p))
            parts.discard("")
            found[value] = frozenset(parts)
        return found

    def share_with_word(self, wordset: frozenset[str], prefixes: tuple[str, ...] = ()) -> float:
        """The share of values holding one of ``wordset`` (or a word starting with a prefix)."""
        if not self.n:
            return 0.0
        hits = 0
        for value, parts in self.words.items():
            if not parts.isdisjoint(wordset) or (
                prefixes and any(w.startswith(prefixes) for w in parts)
            ):
                hits += self.counts[value]
        return hits / self.n

    @cached_property
    def alpha_share(self) -> float:
        """The share of values made of letters (and spaces, hyphens, apostrophes, dots)."""
        return self.share_matching(r"^\pL[\pL\pM\s'\x{2019}.\-]*$")

    @property
    def is_text_type(self) -> bool:
        t = self.arrow_type
        return bool(
            pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_dictionary(t)
        )

    @property
    def is_integer_type(self) -> bool:
        return bool(pa.types.is_integer(self.arrow_type))

    @property
    def is_float_type(self) -> bool:
        return bool(pa.types.is_floating(self.arrow_type))

    @property
    def is_numeric_type(self) -> bool:
        t = self.arrow_type
        return bool(pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_decimal(t))

    @property
    def is_temporal(self) -> bool:
        return self.dates is not None
