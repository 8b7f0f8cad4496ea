"""``generalise``: coarser values. Dates to a year, a month or an age band; numbers to
bins; codes and postcodes to their first characters.

Text columns stay text (``1984``, ``1984-03``, ``30-44``); date columns generalised
to a year become whole numbers. Values that are not what the rule needs (a date that
does not parse) stop the run: passing them through would leak them.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from minshare.transforms._arrays import (
    CellError,
    UnsupportedType,
    as_text,
    first_true,
    require_flat,
)

_ISO_DATE = r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$"
_NUMBER = r"^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$"


def _is_date(t: pa.DataType) -> bool:
    return bool(pa.types.is_date(t) or pa.types.is_timestamp(t))


def _is_text(t: pa.DataType) -> bool:
    return bool(pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t))


def _number_text(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def bin_labels(edges: Sequence[float]) -> list[str]:
    """Labels of the bins cut at ``edges``, with bottom and top coding beyond the ends.

    Whole-number edges give closed labels (``0-99``); others half-open (``0.5-<1.5``).
    """
    whole = all(float(e).is_integer() for e in edges)
    labels = [f"<{_number_text(edges[0])}"]
    for low, high in itertools.pairwise(edges):
        if whole:
            labels.append(f"{int(low)}-{int(high) - 1}")
        else:
            labels.append(f"{_number_text(low)}-<{_number_text(high)}")
    labels.append(f"{_number_text(edges[-1])}+")
    return labels


def _bin(numbers: pa.Array, edges: Sequence[float], labels: pa.Array) -> pa.Array:
    index = pc.cast(pc.greater_equal(numbers, edges[0]), pa.int32())
    for edge in edges[1:]:
        index = pc.add(index, pc.cast(pc.greater_equal(numbers, edge), pa.int32()))
    return pc.take(labels, index)


def _blank_to_null(text: pa.Array) -> tuple[pa.Array, pa.Array]:
    """The text with empty strings as null, and where the empty strings were."""
    blank = pc.equal(pc.utf8_trim_whitespace(text), "")
    return pc.if_else(blank, pa.scalar(None, pa.string()), text), blank


def _restore_blanks(result: pa.Array, blank: pa.Array) -> pa.Array:
    # empty text stays empty text: generalising nothing gives nothing
    return pc.if_else(pc.fill_null(blank, False), pa.scalar("", pa.string()), result)


@dataclass(frozen=True)
class _DateRule:
    to: str
    fmt: str | None = None

    def dates(self, values: pa.Array) -> pa.Array:
        """The values as timestamps; text is parsed (ISO 8601 unless a format is given)."""
        if _is_date(values.type):
            return values
        text, _ = _blank_to_null(as_text(values))
        if self.fmt is not None:
            parsed = pc.strptime(text, format=self.fmt, unit="s", error_is_null=True)
            problem = f"not a date in the format {self.fmt!r}"
        else:
            iso = pc.match_substring_regex(text, _ISO_DATE)
            head = pc.if_else(
                iso, pc.utf8_slice_codeunits(text, 0, 10), pa.scalar(None, pa.string())
            )
            parsed = pc.strptime(head, format="%Y-%m-%d", unit="s", error_is_null=True)
            problem = "not an ISO date such as 1984-03-21 (set 'format' for other forms)"
        bad = pc.and_(parsed.is_null(), text.is_valid())
        if pc.any(bad).as_py():
            raise CellError(first_true(bad), problem)
        return parsed

    def check_type(self, input_type: pa.DataType) -> None:
        if not (_is_date(input_type) or _is_text(input_type)):
            raise UnsupportedType(f"generalise to {self.to} needs dates or text, not {input_type}")


@dataclass(frozen=True)
class GeneraliseToYear(_DateRule):
    def output_type(self, input_type: pa.DataType) -> pa.DataType:
        self.check_type(input_type)
        return pa.int32() if _is_date(input_type) else pa.string()

    def __call__(self, values: pa.Array) -> pa.Array:
        years = pc.cast(pc.year(self.dates(values)), pa.int32())
        if _is_date(values.type):
            return years
        return _restore_blanks(pc.cast(years, pa.string()), _blank_to_null(as_text(values))[1])


@dataclass(frozen=True)
class GeneraliseToMonth(_DateRule):
    def output_type(self, input_type: pa.DataType) -> pa.DataType:
        self.check_type(input_type)
        return pa.string()

    def __call__(self, values: pa.Array) -> pa.Array:
        months = pc.strftime(self.dates(values), format="%Y-%m")
        if _is_date(values.type):
            return months
        return _restore_blanks(months, _blank_to_null(as_text(values))[1])


@dataclass(frozen=True)
class GeneraliseToAgeBand(_DateRule):
    bands: tuple[int, ...] = ()
    as_of: dt.date = dt.date(2000, 1, 1)

    def output_type(self, input_type: pa.DataType) -> pa.DataType:
        self.check_type(input_type)
        return pa.string()

    def __call__(self, values: pa.Array) -> pa.Array:
        dates = self.dates(values)
        born = pc.add(pc.multiply(pc.month(dates), 100), pc.day(dates))
        not_yet = pc.cast(pc.greater(born, self.as_of.month * 100 + self.as_of.day), pa.int64())
        ages = pc.subtract(pc.subtract(self.as_of.year, pc.year(dates)), not_yet)
        labels = pa.array(bin_labels(self.bands), pa.string())
        banded = _bin(ages, self.bands, labels)
        if _is_date(values.type):
            return banded
        return _restore_blanks(banded, _blank_to_null(as_text(values))[1])


@dataclass(frozen=True)
class GeneraliseToBins:
    edges: tuple[float, ...]

    def output_type(self, input_type: pa.DataType) -> pa.DataType:
        numeric = pa.types.is_integer(input_type) or pa.types.is_floating(input_type)
        if not (numeric or pa.types.is_decimal(input_type) or _is_text(input_type)):
            raise UnsupportedType(f"generalise with bins needs numbers or text, not {input_type}")
        return pa.string()

    def __call__(self, values: pa.Array) -> pa.Array:
        labels = pa.array(bin_labels(self.edges), pa.string())
        if not _is_text(values.type):
            numbers = pc.cast(values, pa.float64())
            numbers = pc.if_else(pc.is_nan(numbers), pa.scalar(None, pa.float64()), numbers)
            return _bin(numbers, self.edges, labels)
        text, blank = _blank_to_null(as_text(values))
        ok = pc.match_substring_regex(text, _NUMBER)
        bad = pc.and_(pc.invert(ok), text.is_valid())
        if pc.any(bad).as_py():
            raise CellError(first_true(bad), "not a number, so it cannot be binned")
        numbers = pc.cast(pc.utf8_trim_whitespace(text), pa.float64())
        return _restore_blanks(_bin(numbers, self.edges, labels), blank)


@dataclass(frozen=True)
class GeneraliseToPrefix:
    length: int

    def output_type(self, input_type: pa.DataType) -> pa.DataType:
        require_flat(input_type, "generalise with a prefix")
        return pa.string()

    def __call__(self, values: pa.Array) -> pa.Array:
        return pc.utf8_slice_codeunits(as_text(values), 0, self.length)


GeneraliseColumn = (
    GeneraliseToYear
    | GeneraliseToMonth
    | GeneraliseToAgeBand
    | GeneraliseToBins
    | GeneraliseToPrefix
)


def build_generalise(options: Mapping[str, Any]) -> GeneraliseColumn:
    """The generalisation a rule's validated options describe."""
    if "bins" in options:
        return GeneraliseToBins(tuple(float(e) for e in options["bins"]))
    if "prefix" in options:
        return GeneraliseToPrefix(int(options["prefix"]))
    fmt = options.get("format")
    if options["to"] == "year":
        return GeneraliseToYear("year", fmt)
    if options["to"] == "month":
        return GeneraliseToMonth("month", fmt)
    return GeneraliseToAgeBand(
        "age-band", fmt, tuple(options["bands"]), dt.date.fromisoformat(options["as_of"])
    )
