"""Dates in a column, and whether they are dates of birth.

Text dates are read in the forms agency extracts use (ISO, day-first or month-first with
slashes, dots or hyphens, month names, eight digits with no separator, a month and a year
with no day); the column as a whole
decides between day-first and month-first, and between ``YYYYMMDD``, ``DDMMYYYY`` and
``MMDDYYYY``. A whole number of seven digits is an eight-digit date that lost its leading
zero on the way through a spreadsheet or an integer column (``3021987`` is ``03021987``).
A year alone (``1987``) is read as the middle of that year when the column's name or its table
says it is a year of birth (:func:`parse_years`).

A column of dates of birth is told from other dates by the ages it implies: every date in
the past and no older than a person can be, and (without a name that says "birth") spread
over decades the way a population's birth dates are, not bunched in the few years an
extract of events covers. Under a name that says "birth", dates of the last year or two are
births too (a birth register's newborns); years alone that recent are not.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for m in names
}  # fmt: skip

_TIME = (
    r"(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?"
    r"\s*(?:[AaPp][Mm])?\s*(?:Z|[+-]\d{2}:?\d{2})?)?"
)
_ISO = re.compile(rf"^(\d{{4}})[-/.](\d{{1,2}})[-/.](\d{{1,2}}){_TIME}$")
_NUMERIC = re.compile(rf"^(\d{{1,2}})[-/.](\d{{1,2}})[-/.](\d{{4}}|\d{{2}}){_TIME}$")
_DAY_MONTH_NAME = re.compile(
    rf"^(\d{{1,2}})[ \-/.]([A-Za-z]{{3,9}})\.?[ ,\-/.]+(\d{{4}}|\d{{2}}){_TIME}$"
)
# SAS's DATE9 and DATETIME forms, run together: 13JUN1997, 13JUN1997:08:30:00
_RUN_TOGETHER = re.compile(r"^(\d{1,2})([A-Za-z]{3})(\d{4})(?::(\d{2}):(\d{2})(?::(\d{2}))?)?$")
_MONTH_NAME_DAY = re.compile(rf"^([A-Za-z]{{3,9}})\.?[ \-](\d{{1,2}}),?[ \-](\d{{4}}){_TIME}$")
_COMPACT = re.compile(r"^\d{7,8}$")
# A month and a year with no day (a birth date with the day masked): 02/1987, Feb-1987, 1987-02
_MONTH_YEAR = re.compile(r"^(\d{1,2})[-/.](\d{4})$|^(\d{4})[-/.](\d{1,2})$")
_MONTH_NAME_YEAR = re.compile(r"^([A-Za-z]{3,9})\.?[ \-/](\d{4})$")
# (name, where the year, month and day sit in eight digits), tried in this order
_COMPACT_ORDERS = (
    ("YYYYMMDD", (slice(0, 4), slice(4, 6), slice(6, 8))),
    ("DDMMYYYY", (slice(4, 8), slice(2, 4), slice(0, 2))),
    ("MMDDYYYY", (slice(4, 8), slice(0, 2), slice(2, 4))),
)
_FIRST_YEAR = 1880  # no one alive was born before; compact dates before it are not dates


@dataclass(frozen=True)
class ParsedDates:
    """The dates found in a column's sampled values."""

    dates: tuple[dt.date, ...]  # one per value that parsed, with repeats
    tested: int  # values looked at
    with_time: int  # values that carried a time of day other than midnight
    years_only: bool = False  # years alone, each read as the first of July

    @property
    def share(self) -> float:
        return len(self.dates) / self.tested if self.tested else 0.0


MIN_YEAR, MAX_YEAR = 1800, 2200  # the years a record's dates are written in
END_OF_TIME = 9999  # "9999-12-31": an open end, as systems write it


def _date(year: int, month: int, day: int) -> dt.date | None:
    if year < 100:
        year += 1900 if year > 30 else 2000
    if not MIN_YEAR <= year <= MAX_YEAR and year != END_OF_TIME:
        return None  # "8140/3" (a tumour's morphology code) is no month of the year 8140
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _has_time(groups: Sequence[str | None]) -> bool:
    hour, minute, second = groups
    return hour is not None and (int(hour), int(minute or 0), int(second or 0)) != (0, 0, 0)


def _compact(digits: str, order: tuple[slice, slice, slice]) -> dt.date | None:
    year, month, day = (int(digits[part]) for part in order)
    if not _FIRST_YEAR <= year <= dt.date.today().year + 30:
        return None
    return _date(year, month, day)


def _compact_order(values: Sequence[str]) -> tuple[slice, slice, slice]:
    """The reading of eight-digit dates under which most of the column's values are dates."""
    eight = [v.zfill(8) for v in set(values) if _COMPACT.match(v)]
    return max(
        (order for _, order in _COMPACT_ORDERS),
        key=lambda order: sum(_compact(v, order) is not None for v in eight),
    )


def parse_text_dates(values: Sequence[str]) -> ParsedDates:
    """Dates in text values, every form read the way most of the column reads."""
    each, with_time = _parse_each(values)
    return ParsedDates(tuple(d for d in each if d is not None), len(values), with_time)


def parse_each_date(values: Sequence[str]) -> list[dt.date | None]:
    """Each text value's date (None where it holds none), read as the column reads: a value
    such as 03/04/1980 is month-first in a column where 12/25/1980 is."""
    return _parse_each(values)[0]


def _parse_each(values: Sequence[str]) -> tuple[list[dt.date | None], int]:
    numeric = [m for v in values if (m := _NUMERIC.match(v))]
    # the column decides: any first part above 12 means day-first, any second part month-first
    month_first = any(int(m.group(2)) > 12 for m in numeric) and not any(
        int(m.group(1)) > 12 for m in numeric
    )
    order = _compact_order(values) if any(_COMPACT.match(v) for v in values[:50]) else None
    dates: list[dt.date | None] = []
    with_time = 0
    for value in values:
        parsed: dt.date | None = None
        if m := _ISO.match(value):
            parsed = _date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            with_time += _has_time(m.groups()[3:6])
        elif m := _NUMERIC.match(value):
            a, b = int(m.group(1)), int(m.group(2))
            day, month = (b, a) if month_first else (a, b)
            parsed = _date(int(m.group(3)), month, day)
            with_time += _has_time(m.groups()[3:6])
        elif m := _DAY_MONTH_NAME.match(value) or _RUN_TOGETHER.match(value):
            named = _MONTHS.get(m.group(2).lower())
            parsed = _date(int(m.group(3)), named, int(m.group(1))) if named else None
            with_time += _has_time(m.groups()[3:6])
        elif m := _MONTH_NAME_DAY.match(value):
            named = _MONTHS.get(m.group(1).lower())
            parsed = _date(int(m.group(3)), named, int(m.group(2))) if named else None
        elif order is not None and _COMPACT.match(value):
            parsed = _compact(value.zfill(8), order)
        elif m := _MONTH_YEAR.match(value):
            mm, yyyy = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
            parsed = _date(int(yyyy), int(mm), 15)
        elif m := _MONTH_NAME_YEAR.match(value):
            named = _MONTHS.get(m.group(1).lower())
            parsed = _date(int(m.group(2)), named, 15) if named else None
        dates.append(parsed)
    return dates, with_time


_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)(?:\.0+)?$")


def parse_years(values: Sequence[str]) -> ParsedDates:
    """Years alone (``1987``), each read as the first of July of that year.

    A year of birth is a date of birth with its day and month taken away; read as the middle
    of its year, a column of them is judged by the ages it implies like any other dates.
    """
    dates: list[dt.date] = []
    this_year = dt.date.today().year
    for value in values:
        m = _YEAR.match(value)
        if m and _FIRST_YEAR <= int(m.group(1)) <= this_year:
            dates.append(dt.date(int(m.group(1)), 7, 1))
    return ParsedDates(tuple(dates), len(values), 0, years_only=True)


def typed_dates(values: Sequence[dt.date | dt.datetime]) -> ParsedDates:
    """Dates from a date or timestamp column."""
    dates: list[dt.date] = []
    with_time = 0
    for value in values:
        if isinstance(value, dt.datetime):
            with_time += (value.hour, value.minute, value.second) != (0, 0, 0)
            dates.append(value.date())
        else:
            dates.append(value)
    return ParsedDates(tuple(dates), len(values), with_time)


@dataclass(frozen=True)
class BirthDateVerdict:
    """Whether a column's dates are dates of birth, with a score and the reason."""

    is_birth_date: bool
    score: float
    evidence: str


MAX_AGE = 115
DAYS_PER_YEAR = 365.25


def years_between(earlier: dt.date, later: dt.date) -> float:
    """The years from one day to another (negative when ``later`` comes first)."""
    return (later - earlier).days / DAYS_PER_YEAR


def ages_today(parsed: ParsedDates, today: dt.date | None = None) -> list[float]:
    """The ages, in years, the dates give today, smallest first."""
    today = today or dt.date.today()
    return sorted(years_between(d, today) for d in parsed.dates)


def _quantiles(ages: list[float], *qs: float) -> tuple[float, ...]:
    n = len(ages)
    return tuple(ages[min(n - 1, int(q * n))] for q in qs)


def all_recent(parsed: ParsedDates, years: float, *, today: dt.date | None = None) -> bool:
    """Whether nearly all the dates (19 in 20) fall within the last ``years`` years, or after
    today: a year's decisions or bookings, not a population's births."""
    if not parsed.dates:
        return False
    (p95,) = _quantiles(ages_today(parsed, today), 0.95)
    return p95 <= years


def middle_spread(dates: Sequence[dt.date]) -> float:
    """The years over which the middle 90% of the dates fall."""
    if not dates:
        return 0.0
    today = dt.date.today()
    p05, p95 = _quantiles(sorted(years_between(d, today) for d in dates), 0.05, 0.95)
    return p95 - p05


CHILDHOOD = (2.0, 21.0)  # the ages, in years, of the children a table is about


def judge_childhood_dates(parsed: ParsedDates, *, today: dt.date | None = None) -> BirthDateVerdict:
    """Decide whether dates are children's dates of birth: nearly all give the ages of a
    childhood, spread over some years (a class is born over a year, a school over twelve),
    and few are shared. The population's spread :func:`judge_birth_dates` asks for is not
    there to be asked for; the table must say its rows are children."""
    n = len(parsed.dates)
    if n == 0 or parsed.with_time:
        return BirthDateVerdict(False, 0.0, "no dates, or dates with times")
    p05, p95 = _quantiles(ages_today(parsed, today), 0.05, 0.95)
    youngest, oldest = CHILDHOOD
    facts = f"dates of a childhood: ages {p05:.0f} to {p95:.0f}"
    is_birth_date = (
        youngest <= p05 and p95 <= oldest and p95 - p05 >= 3 and len(set(parsed.dates)) >= n // 2
    )
    return BirthDateVerdict(is_birth_date, 0.7 if is_birth_date else 0.0, facts)


# No date of an extract's events is this old, in years, at the nearest: a register's newest
# records are of its last few years. A cohort's dates of birth (students, young offenders,
# scholarship applicants, residents of aged care) all are.
COHORT_YOUNGEST = 6.0
# Different dates a cohort's births need, when rows are not one a person (a log of a mentee's
# sessions writes the date of birth on each): half the rows, or a hundred
COHORT_DISTINCT = 100


def judge_cohort_dates(parsed: ParsedDates, *, today: dt.date | None = None) -> BirthDateVerdict:
    """Decide whether dates are the dates of birth of one cohort of people: nearly all at
    least :data:`COHORT_YOUNGEST` years ago and within a lifetime, spread over some years,
    many different. A cohort's ages need not spread as a population's do; the caller must know
    that the column has no name to say otherwise and that the table is about people."""
    n = len(parsed.dates)
    if n == 0 or parsed.with_time:
        return BirthDateVerdict(False, 0.0, "no dates, or dates with times")
    p05, p95 = _quantiles(ages_today(parsed, today), 0.05, 0.95)
    facts = f"a cohort's ages: {p05:.0f} to {p95:.0f} for the middle 90%, no recent dates"
    is_birth_date = (
        p05 >= COHORT_YOUNGEST
        and p95 <= MAX_AGE
        and p95 - p05 >= 4
        and len(set(parsed.dates)) >= min(n // 2, COHORT_DISTINCT)
    )
    return BirthDateVerdict(is_birth_date, 0.6 if is_birth_date else 0.0, facts)


def judge_birth_dates(
    parsed: ParsedDates, *, birth_hint: bool, event_hint: bool, today: dt.date | None = None
) -> BirthDateVerdict:
    """Decide whether parsed dates are dates of birth (ages 0 to 115 and how they spread)."""
    n = len(parsed.dates)
    if n == 0:
        return BirthDateVerdict(False, 0.0, "no dates")
    ages = ages_today(parsed, today)
    plausible = sum(0 <= a <= MAX_AGE for a in ages)
    share_plausible = plausible / n
    timed = parsed.with_time / n
    p05, p10, p50, p90, p95 = _quantiles(ages, 0.05, 0.10, 0.5, 0.9, 0.95)
    spread = p95 - p05
    distinct = len(set(parsed.dates))
    facts = (
        f"{plausible} of {n} dates give an age of 0 to {MAX_AGE}; "
        f"median age {statistics.median(ages):.0f}, middle 90% spread over {spread:.0f} years"
    )
    if timed > 0.05 or share_plausible < 0.95:
        return BirthDateVerdict(False, 0.0, facts)
    if birth_hint:
        if spread < 3 and p90 < 5 and parsed.years_only:
            # a few recent years alone under a "birth" name: years of events, misnamed
            return BirthDateVerdict(False, 0.0, facts)
        # days and months of the last year or two are the births a birth register records
        score = 0.8 + 0.15 * min(1.0, spread / 20) + 0.04 * (share_plausible == 1.0)
        return BirthDateVerdict(True, min(score, 0.99), facts)
    # without a name that says "birth": ages spread the way a population's are
    need_spread, need_old = (35.0, 50.0) if event_hint else (25.0, 40.0)
    looks_like_births = (
        spread >= need_spread
        and p90 >= need_old
        and 10 <= p50 <= 90
        and p10 >= 0
        and distinct >= min(20, n // 2)
    )
    if looks_like_births:
        score = 0.6 + 0.25 * min(1.0, spread / 60) - (0.1 if event_hint else 0.0)
        return BirthDateVerdict(True, score, facts)
    return BirthDateVerdict(False, 0.0, facts)
