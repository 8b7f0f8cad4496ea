"""What the people in a table hold: identifiers agencies give them, and their medicines.

Agencies number the people they deal with in formats of their own: a visa grant number of
thirteen digits, a DVA file number (``NX123456``), a boat licence (``RBL1234567``), a
firearms licence (``FA1234567``), a birth registration (``2021/123456``), a My Aged Care
ID. No check digit or dictionary knows them; the column's name and its table do. In a table
about people (a column of names, dates of birth, addresses, contact details, sex or another
trait of a person), a column

* whose name says it holds an identifier (:attr:`~minshare.detect.names.NameHints.held`:
  a kind of identifier -- file, licence, registration, grant, permit, card, visa -- or an
  identifier word beside whose or which scheme's it is: ``MAC_ID``), and
* whose values are codes -- digits, or letters and digits, with ``/`` or ``-`` -- nearly all
  of them different,

is a per-person ID: a direct identifier. Unless it numbers rows: identifiers of records,
episodes, events, payments, invoices, notices or contracts are named so (and ``held`` says
nothing), or count up with the rows (1, 2, 3..., or 30001, 30002...), but for a person's
case, claim, complaint or matter written as a reference (``SIU-2025-0101``), whose register
lists them as they were opened. In a table with no people (a procurement register, sensor
readings) the same columns are nobody's.

Without a name, in a table about people, a few shapes: one or two letters and seven digits
(a passport's shape, and many agencies' references; ``AU_PASSPORT`` when the letters are
several of the passport office's series), many and varied; passports of many countries (many
series, digits of several lengths); and numbers of six to ten digits of several lengths,
with some states' letter forms or leading zeros kept (driver licences and account numbers; a
record's number has one length), or of one length drawn at random, their zeros kept (or
lost, one in ten a digit shorter, in a column stored as numbers; and a scheme's letters
written before some of them, WWC8892529, set aside), or led by no zero but blank where the
person holds none (a row's own number is on every row), unless made to fail the TFN check (none
of hundreds passing where one in eleven would by chance: a batch's numbers kept apart from
tax file numbers); and nine digits and a letter, as CRNs are written, however often each
comes back. Other numbers of one length, or other shapes, are episode, notice and batch
numbers as often as people's -- unless they come back with the same person: a code that
recurs, each time beside the same name (and that name each time beside the same code), is
that person's (a UR number on each of a patient's presentations). The first column of a
headerless register of people, each once, is their key (or the second, whatever the first
holds, when the second is a key); not in a register of businesses, each with its own ABN
and named before anyone, nor of animals by their microchips. In a pay run, the numbers just
after the staff's super funds are their member numbers. A number that comes back from row to
row is no row's own: one letter and five to seven digits are staff's or clients' numbers,
and under no name, codes of one length, mostly distinct, are people's who mostly come once.
So are they in a ledger that names no one, each of its rows with its own key and a date:
hundreds of payees, most paid once or twice, are an agency's clients. Hundreds of codes, a
quarter of the rows different at least, are people's too: each comes back a few times.

An access log's rows say what its users did (``VIEW``, ``EXPORT``, ``QUERY_PERSON``) to
which record: where the kinds of record it names are people's (a client, a claim, a case), a
column of their keys (six characters or more, five digits or more, many of them) finds whose
record was looked at, and is their ID. UUIDs and hashes, keys that count up, a log's few
workstations and the milliseconds a request took are left alone.

Medicines -- WHO ATC codes, PBS item codes, generic names -- are health information under a
name that says medicine (:mod:`minshare.detect.traits`); in a table about people they are
whatever the name, since each row is someone's.

In a file with no header, sex and Indigenous status written as bare codes can only be told
from their values: a column of exactly the AIHW sex codes (1, 2, 3, 9) with 1 and 2 the
common ones, or exactly the ABS Indigenous status codes (1, 2, 3, 4, 9) with 4 the common
one, in a table about people, is reported with a moderate score. A column with a name is
judged by it (``STATUS_CD`` over 1-4 and 9 is no one's origin).
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import pairwise

from minshare.detect import vocab
from minshare.detect.dates import judge_cohort_dates, parse_text_dates
from minshare.detect.findings import (
    ColumnFinding,
    EntityFinding,
)
from minshare.detect.names import (
    NameHints,
    always_held,
    name_hints,
    names_a_matter,
    names_a_registration,
    opaque_name,
    stamped_for_a_record,
)
from minshare.detect.people import STAFF_NUMBER, STATES, country_share, state_share
from minshare.detect.profile import ColumnValues
from minshare.detect.recognizers import (
    CRN_SHAPE,
    shuns_tax_file_numbers,
    stamped_year,
    year_stamped,
)
from minshare.detect.traits import medicine_candidate

PAY_RUN = frozenset({"AU_TFN", "BANK_ACCOUNT"})  # on each row of a table about people: pay
RECURRING = 0.02  # distinct values a row, at least, for a person's number that recurs
BUSY = 0.1  # of the rows, the most one practitioner or serving member may have
MATTER_RECURS = 0.1  # distinct values a row, at least, for a case's number on its notes

# A code: digits, or letters and digits, with separators; no decimal point, no colon
_CODE = r"^[A-Za-z0-9][A-Za-z0-9/\- ]{2,22}[A-Za-z0-9]$"
_DATE = r"^\d{1,4}[\-/.]\d{1,2}[\-/.]\d{1,4}"
_COMPACT_DATE = r"^\d{7,8}$"
_MONTH_DATE = (
    r"(?i)^\d{1,2}[\-/ ](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\-/ ]\d{2,4}$"
)
# Under an opaque name: a passport's shape, as many agencies' references are (its letters at
# times typed small: pb3583344)
_LETTERS_AND_DIGITS = r"^[A-Za-z]{1,2}\d{7}$"
# The series letters of Australian passports: E, L, M, N alone, and PA to PU, RA to RE
_PASSPORT_SERIES = frozenset(
    ["E", "L", "M", "N"] + [f"P{c}" for c in "ABCDEFGHJKLMNPRSTU"] + [f"R{c}" for c in "ABCDE"]
)
# The letters they begin with, as people copy them from a passport (a P or an R alone too)
_PASSPORT_FIRSTS = frozenset("ELMNPR")
PASSPORT_SERIES = 3  # series, or first letters, of a passport office: an agency has one or two
_NON_DIGIT = re.compile(r"\D+")


_HELD_CODE = r"^[A-Za-z0-9][A-Za-z0-9\-/]{4,14}$"


def _a_code(value: str) -> bool:
    """A code of four digits or more, or one generated of letters and digits mixed
    ("CA2Q43HE", "EBC604A09": eight characters or more, two digits and two letters at least),
    which no word or name is."""
    digits = sum(ch.isdigit() for ch in value)
    if digits >= 4:
        return True
    letters = sum(ch.isalpha() for ch in value)
    return len(value) >= MIXED_CODE and digits >= 2 and letters >= 2 and value.isalnum()


MIXED_CODE = 8  # characters, at least, of a generated code of letters and digits


_YEAR = r"^\s*(?:19|20)\d\d\s*$"  # a year (2014): a vehicle's making, a person's arrival


def _codes(values: ColumnValues) -> float:
    """The share of values that are codes (:func:`_a_code`; dates are not, nor amounts: a
    float's 3320.0 is written 3320)."""
    if values.dates is not None or values.share_matching(_DATE) >= 0.5:
        return 0.0
    if values.share_matching(_MONTH_DATE) >= 0.5:
        return 0.0  # 04-Apr-2025
    if values.is_numeric_type and not values.is_integer_type:
        return 0.0
    if values.share_matching(_COMPACT_DATE) >= 0.8:
        texts = [v for v, times in values.counts.items() for _ in range(times)]
        if parse_text_dates(texts).share >= 0.8:
            return 0.0  # 20210315: a date written without separators
    if values.share_matching(_YEAR) >= 0.9:
        return 0.0  # 2014: a vehicle's year of manufacture, a year of arrival
    shaped = values.matching(_CODE)
    return values.count_where(_a_code, shaped) / values.n


def _many(values: ColumnValues, ratio: float, top: float | None = None) -> bool:
    """One value a person: many values, none of them common (a person may recur; the one
    who recurs most may hold ``top`` of the rows)."""
    return (
        values.n >= 5
        and values.distinct_ratio >= ratio
        and values.n_distinct >= min(10, max(3, values.n // 2))
        and values.top_share <= max(top or 0.05, 3 / values.n)
    )


SORTED_SPAN = 20  # numbers spanning this many times the file's rows are keys, however they rise


def counts_up(values: ColumnValues, rows_total: int | None) -> bool:
    """Whether a column numbers the rows: its numbers cover about as many values as the
    file has rows (``RA-000001``... in a space of numbers far bigger than that: six-digit
    identifiers of a million people cover their space too), or, whole numbers, rise from
    each row to the next (the sample keeps the file's order) within a span of fewer than
    ``SORTED_SPAN`` numbers a row: an employee register sorted by its staff numbers rises
    too, across a span many times its rows."""
    numbers = [
        (int(digits), row.isdigit(), len(digits))
        for row in values.rows
        if row is not None and (digits := _NON_DIGIT.sub("", row)) and len(digits) <= 18
    ]
    if len(numbers) < max(2, 0.9 * values.n):
        return False
    ints = [n for n, _, _ in numbers]
    rows = max(rows_total or 0, len(ints))
    space = 10 ** max(length for _, _, length in numbers)
    if space >= 20 * rows and max(ints) - min(ints) + 1 <= 1.5 * rows:
        return True
    if not all(whole for _, whole, _ in numbers):
        return False
    if rows_total and max(ints) - min(ints) + 1 > SORTED_SPAN * rows_total:
        return False  # a sorted register's keys, not a counter: far more numbers than rows
    rising = sum(b > a for a, b in pairwise(ints))
    return rising >= 0.98 * (len(ints) - 1)


def person_identifier(
    values: ColumnValues, finding: ColumnFinding, rows_total: int | None
) -> ColumnFinding:
    """An ID, when a column of a table about people holds identifiers given to its people
    (or a URL, for links to their photographs)."""
    if finding.personal or values.n == 0:
        return finding
    hints = name_hints(values.name)
    kind = "ID"
    if _PHOTOGRAPH.search(hints.normalised):
        share = values.share_matching(_IMAGE_LINK)
        if share < 0.8 or not _many(values, 0.3):
            return finding
        what = "are links to images, under a name of a photograph"
        score = 0.8
        kind = "URL"  # the link shows the person: a direct identifier, as a profile's is
    elif (staff := _staff_numbers(values, hints, rows_total)) is not None:
        # CREW1, CALL_TAKER, RANGER_NO holding numbers, not names: the staff's own, each on
        # many rows (a held number's first test wants few rows each)
        share = staff
        what = "are staff numbers, under a name of a person acting on the record"
        score = 0.65
    elif hints.held:
        share = _codes(values)
        always = always_held(hints.normalised)
        if always:
            # a NAATI practitioner number (CPN4G7XAB) has a digit or two among its letters,
            # most of the time
            shaped = values.matching(_HELD_CODE)
            lettered = values.count_where(lambda v: any(c.isdigit() for c in v), shaped)
            if lettered >= 0.5 * values.n:
                share = max(share, values.count(shaped) / values.n)
        # a service number comes back on each pay run, an interpreter's on each booking, a
        # case's on each of its notes and payments; other held numbers seldom do
        matter = names_a_matter(hints.normalised)
        top: float | None = BUSY if always or matter else None
        ratio = RECURRING if always else (MATTER_RECURS if matter else 0.3)
        # a case's reference, written as one (SIU-2025-0101), may count up, as may a
        # registration's (EVR-22-004012: an evacuation centre's, in the order people came);
        # an integer key (30001, 30002) numbers the rows whatever it is called
        referenced = (matter or names_a_registration(hints.normalised)) and values.share_matching(
            r"\D"
        ) >= 0.9
        counted = counts_up(values, rows_total) and not referenced
        if share < 0.9 or not _many(values, ratio, top) or counted:
            return finding
        stamped = year_stamped(values.distinct)
        if stamped_for_a_record(hints.normalised, stamped):
            return finding  # CERT_NO, RPT_REF: SOA-2023-45737 and R2023/0451 are records'
        what = "are identifier-shaped codes"
        score = 0.75
        if _passports(values):  # PP_NO: a passport's number, by its series
            kind, what = "AU_PASSPORT", _PASSPORTS
    elif opaque_name(values.name):
        if values.n < 10 or counts_up(values, rows_total):
            return finding
        if not _many(values, 0.5):
            # a payer's CRN on each of their payments, however often it comes back; a
            # case's reference on each of its notes
            many = values.n_distinct >= MIN_CRNS
            return (
                (many and _written_as_crns(values, finding))
                or (many and _stamped_matters(values, finding))
                or finding
            )
        share = values.share_lettered(_LETTERS_AND_DIGITS, r"^\d{7}$")
        if share < 0.9:
            return (
                _dva_files(values, finding)
                or _written_as_crns(values, finding)
                or _stamped_matters(values, finding)
                or _visa_grants(values, finding)
                or _world_passports(values, finding)
                or _licences_or_accounts(values, finding)
                or _plates(values, finding)
                or finding
            )
        what = "are one or two letters and seven digits"
        score = 0.6
        if _passports(values):
            kind, what = "AU_PASSPORT", _PASSPORTS
    elif _of_nothing_else(hints) and _passports(values) and _many(values, 0.5):
        # X_DOC, DOC_SIGHTED: a name of a document that does not say which, over passports
        share = values.share_matching(_LETTERS_AND_DIGITS)
        kind, what, score = "AU_PASSPORT", _PASSPORTS, 0.6
    else:
        return finding
    note = f"; name hint '{hints.held}'" if hints.held else ""
    return _identified(values, finding, kind, score, tally=values.tally(share, what), note=note)


_PASSPORTS = "are Australian passport numbers, of several of the series or letters issued"


def _staff_numbers(values: ColumnValues, hints: NameHints, rows_total: int | None) -> float | None:
    """The share of staff numbers under a name of a person acting on the record (CREW1,
    ATTENDING_OFFICER, RANGER_NO), when nearly all are and there are enough of them."""
    if not (_STAFF_ROLE.fullmatch(hints.normalised) or _ACTED_BY.fullmatch(hints.normalised)):
        return None
    share = values.share_matching(STAFF_NUMBER)
    if share < 0.9 or values.n_distinct < MIN_STAFF:
        return None
    # a counter's numbers are each on one row; the staff's each on many, from a short range
    if values.distinct_ratio >= COUNTED_ONCE and counts_up(values, rows_total):
        return None
    return share


# A person acting on a record, by their role alone and at times a crew's place in it
_STAFF_ROLE = re.compile(
    r"(?:attending_|treating_|arresting_|assigned_|allocated_)?(?:crew|crew_?member|officer|"
    r"paramedic|ambo|nurse|doctor|clinician|staff|staff_?member|worker|case_?worker|cw|"
    r"inspector|assessor|ranger|examiner|investigator|call_?taker|dispatcher|"
    # the lawyer a grant of aid or a matter is assigned to
    r"prac|practitioner|lawyer|solicitor)"
    r"(?:_?\d{1,2})?(?:_?(?:id|no|num|nbr|number))?"
)
# Who did something to the record (ASSESSED_BY, APPROVED_BY): a member of staff
_ACTED_BY = re.compile(r"[a-z]+ed_?by")
MIN_STAFF = 10  # different numbers, at least: a crew's few codes are its vehicles' or shifts'
COUNTED_ONCE = 0.9  # distinct values a row, at least, of staff numbers that may number the rows


def _of_nothing_else(hints: NameHints) -> bool:
    """Whether a name says nothing of what else a column might hold: no entity, no row's or
    event's key, no thing, organisation, code, count or date."""
    return not (
        hints.entities
        or hints.row_id
        or hints.thing
        or hints.of_thing
        or hints.organisation
        or hints.code
        or hints.aggregate
        or hints.event_date
    )


def _passports(values: ColumnValues) -> bool:
    """Whether a column of one or two letters and seven digits holds passports:
    several of the series the passport office issues, or numbers beginning with several of
    their letters. An agency's references have a prefix or two of their own (C1234567,
    FA1234567, AC1234567)."""
    matched = values.matching(_LETTERS_AND_DIGITS)
    if values.count(matched) < 0.9 * values.n:
        return False
    series = {v.rstrip("0123456789").upper() for v in matched}
    firsts = {v[0] for v in series}
    return (len(series) >= PASSPORT_SERIES and series <= _PASSPORT_SERIES) or (
        len(firsts) >= PASSPORT_SERIES and firsts <= _PASSPORT_FIRSTS
    )


def _identified(
    values: ColumnValues,
    finding: ColumnFinding,
    kind: str,
    score: float,
    *,
    tally: str,
    note: str = "",
) -> ColumnFinding:
    """``finding`` made a person's direct identifier, its evidence the values' ``tally``."""
    evidence = f"{tally}, {values.n_distinct} distinct{note}; in a table about people"
    entity = EntityFinding(kind, score, evidence)
    return finding.found_as(entity)


CRNS_WRITTEN = 0.95  # of a column's values, nine digits and a letter
MIN_CRNS = 20  # different ones, at least, to be read as CRNs however often each comes back


def written_as_crns(values: ColumnValues) -> float:
    """The share of a column's values written as Centrelink writes its CRNs, nine digits and
    a letter, when nineteen in twenty are; else 0."""
    share = values.share_matching(CRN_SHAPE)
    return share if share >= CRNS_WRITTEN else 0.0


def _written_as_crns(values: ColumnValues, finding: ColumnFinding) -> ColumnFinding | None:
    """An ID, for a column with an opaque name whose values are written as Centrelink writes
    its CRNs: nine digits and a letter. Their check letters pass no more often than chance
    (checked letters made it a CRN before now); as the check letter's algorithm is not
    published, they may be CRNs of another algorithm's letters, or a scheme's numbers of the
    same form, but a person's either way."""
    share = written_as_crns(values)
    if not share:
        return None
    what = "are nine digits and a letter, as CRNs are written, of unconfirmed check letters"
    return _identified(values, finding, "ID", 0.7, tally=values.tally(share, what))


def _stamped_matters(values: ColumnValues, finding: ColumnFinding) -> ColumnFinding | None:
    """An ID, for a column with an opaque name, in a table about people, of references
    stamped with the year they were made (``OBJ-2022-57702``, ``G2023/003059``,
    ``NCC/19/85510``): a case's, a claim's, an application's or a court file's number,
    each made for one person's matter, on its register's row or on each of its notes.
    A day's receipts, stamped with the day, are left alone."""
    if values.n_distinct < MIN_CRNS or values.share_matching(_CODE) < 0.9:
        return None
    # (two digits glued to a prefix, HCR23-41409, count here, where no name says otherwise)
    if not year_stamped(values.distinct, glued_short=True) or _day_stamped(values):
        return None
    year = dt.date.today().year
    share = values.share_where(
        lambda value: stamped_year(value, year, glued_short=True) is not None
    )
    what = "are references stamped with the year they were made, as a person's matters are"
    return _identified(values, finding, "ID", CODED_SCORE, tally=values.tally(share, what))


_VISA_GRANT = r"^[01]\d{12}$"
_TEN_YEARS_OF_MILLISECONDS = 10 * 365 * 86_400_000


def _visa_grants(values: ColumnValues, finding: ColumnFinding) -> ColumnFinding | None:
    """An ID, for a column with an opaque name whose values are thirteen digits from 0 or 1,
    as the Department of Home Affairs writes a visa's grant number. Moments written in
    milliseconds have thirteen digits from 1 too, but a table's fall within a few years of
    each other; a visa's grant numbers are spread over the whole range."""
    shaped = values.matching(_VISA_GRANT)
    share = values.count(shaped) / values.n
    if share < 0.95:
        return None
    numbers = sorted(int(v) for v in shaped)
    low, high = numbers[len(numbers) // 20], numbers[-1 - len(numbers) // 20]
    if high - low < _TEN_YEARS_OF_MILLISECONDS:
        return None
    what = "are thirteen digits from 0 or 1, as visa grant numbers are written"
    return _identified(values, finding, "ID", 0.6, tally=values.tally(share, what))


# A DVA file number: the letter of the state that opened it (N, V, Q, S, W, T), letters for
# the service or the war, digits and sometimes a segment letter (NX123456, QSM42176, V845399A)
_DVA_FILE = r"^[NVQSWT][A-Z]{0,3}\d{4,7}[A-Z]?$"
DVA_STATES = 4  # states among a column's file numbers: an agency's codes have a prefix or two
_STATE_LED = re.compile(r"^(?:NSW|VIC|QLD|TAS|SA|WA|NT|ACT)")


def _dva_files(values: ColumnValues, finding: ColumnFinding) -> ColumnFinding | None:
    """An ID, for a column with an opaque name in a table about people whose values are DVA
    file numbers opened in several states (or other numbers led by several states' names)."""
    matched = values.matching(_DVA_FILE)
    share = values.count(matched) / values.n
    if share < 0.6:
        return None
    states = Counter(value[0] for value in matched)
    if sum(n >= 0.05 * len(matched) for n in states.values()) < DVA_STATES:
        return None
    what = f"are DVA file numbers, opened in {len(states)} states"
    led = values.count_where(lambda v: _STATE_LED.match(v) is not None, matched)
    if led >= 0.8 * values.count(matched):
        what = "are numbers issued by several states, each led by the state's name"
    return _identified(values, finding, "ID", 0.7, tally=values.tally(share, what))


# A passport of any country: a series of a letter or two, six to eight digits, at times a
# check letter (PA4053362, C5469766, N95614898, P5023741R)
_WORLD_PASSPORT = re.compile(r"([A-Z]{1,2})(\d{6,8})[A-Z]?")
WORLD_SERIES = 6  # series among a column's numbers: an agency's codes have a prefix or two


def _world_passports(values: ColumnValues, finding: ColumnFinding) -> ColumnFinding | None:
    """``AU_PASSPORT``, for a column with an opaque name in a table about people whose
    values are passports of many countries: many series, none leading half the values, and
    digits of more than one length (one agency's scheme has one length)."""
    shapes = [m for v in values.rows if v and (m := _WORLD_PASSPORT.fullmatch(v))]
    share = len(shapes) / values.n
    if share < 0.9:
        return None
    series = Counter(m.group(1) for m in shapes)
    lengths = Counter(len(m.group(2)) for m in shapes)
    if (
        len(series) < WORLD_SERIES
        or series.most_common(1)[0][1] > 0.5 * len(shapes)
        or sum(n >= 0.05 * len(shapes) for n in lengths.values()) < 2
    ):
        return None
    what = f"are passport numbers of {len(series)} series and {len(lengths)} lengths"
    return _identified(values, finding, "AU_PASSPORT", 0.65, tally=values.tally(share, what))


RANDOM_ZEROS = (0.04, 0.2)  # of numbers drawn at random, the share led by a zero (1 in 10)


def _issued_at_random(values: ColumnValues, lengths: Counter[int], zeros: int) -> bool:
    """Numbers of seven to ten digits, all of one length, nearly each a different person's,
    about one in ten led by a zero as numbers drawn at random are (a licence, a customer's
    number): a record's numbers count up, and a zero-padded sequence has zeros in front of
    every number."""
    low, high = RANDOM_ZEROS
    return _drawn_length(values, lengths) is not None and low <= zeros / values.n <= high


def _drawn_length(values: ColumnValues, lengths: Counter[int]) -> int | None:
    """The length of a column's numbers, when its commonest is of seven to ten digits and
    nearly each value is different, as numbers issued to people are; None otherwise."""
    ((length, _),) = lengths.most_common(1)
    return length if 7 <= length <= 10 and values.distinct_ratio >= 0.9 else None


HELD_BY_SOME = 0.05  # of the sampled rows, at least, missing a number no row is without


def _held_by_some(values: ColumnValues, lengths: Counter[int], zeros: int) -> bool:
    """Numbers of seven to ten digits, all of one length, none led by a zero, their first
    digits spread evenly as numbers drawn at random are, nearly each a different person's,
    and missing from some rows: what some people hold and others do not (a driver licence, a
    concession card). A row's own number (a receipt's, an application's) is on every row,
    and a record's number counts up, led by the same few digits."""
    length = _drawn_length(values, lengths)
    return (
        length is not None
        and not zeros
        and values.sampled - values.n >= HELD_BY_SOME * values.sampled
        and _even_leads(values, Counter({length: lengths.total()}))
    )


def _zeros_lost(values: ColumnValues, lengths: Counter[int], zeros: int) -> int | None:
    """The length of a column's numbers drawn at random when those led by a zero lost it
    (stored as a number): two lengths only, the shorter about one in ten, none of them
    keeping a zero (``zeros``: those led by one), and the longer led by digits spread evenly
    (amounts lead with a 1). None otherwise."""
    if len(lengths) != 2 or zeros:
        return None
    (length, longer), (shorter, times) = lengths.most_common(2)
    low, high = RANDOM_ZEROS
    if shorter != length - 1 or not low <= times / values.n <= high:
        return None
    return length if _even_leads(values, Counter({length: longer})) else None


EVEN_LEADS = 7  # different first digits at least, of numbers of one length drawn at random
LEAD_AT_MOST = 0.25  # of those numbers, the share led by any one digit


def _even_leads(values: ColumnValues, lengths: Counter[int]) -> bool:
    """Whether the numbers of each common length lead with digits spread evenly, as digits
    drawn at random do (a licence of eight digits beside some of seven or nine): amounts
    lead with a 1 more often than a 9 (and those of a million or two, always with a 1)."""
    common = {length for length, times in lengths.items() if times >= _COMMON_LENGTH * values.n}
    leads: dict[int, Counter[str]] = {length: Counter() for length in common}
    for value, times in values.counts.items():  # (each value once, whatever the lengths)
        digits = _NON_DIGIT.sub("", value)
        if len(digits) in leads:
            leads[len(digits)][digits[0]] += times
    return all(
        len(led) >= EVEN_LEADS and max(led.values()) <= LEAD_AT_MOST * led.total()
        for led in leads.values()
    )


_PLATE_SHAPE = re.compile(r"[A-Z0-9]{5,7}")
PLATE_FORMS = 3  # arrangements of letters and digits, each 5% of a column's plates or more


def _compact(plate: str) -> str:
    return plate.upper().replace(" ", "").replace("-", "")


def _arrangement(plate: str) -> str:
    return "".join("D" if ch.isdigit() else "L" for ch in _compact(plate))


def _plates(values: ColumnValues, finding: ColumnFinding) -> ColumnFinding | None:
    """An ID, for a column with an opaque name in a table about people whose values are
    registration plates: letters and digits in several of the states' arrangements (ABC123,
    1ABC234, 123ABC, AB12CD), some with letters after the digits. A course's, a batch's or
    a record's codes keep one arrangement, their letters first."""
    plates = [
        value
        for value in values.distinct
        if _PLATE_SHAPE.fullmatch(_compact(value)) and not value.isalpha() and not value.isdigit()
    ]
    if values.count(plates) < 0.8 * values.n:
        return None
    forms = Counter(_arrangement(plate) for plate in plates)
    common = [form for form, n in forms.items() if n >= 0.05 * len(plates)]
    turned = sum(n for form, n in forms.items() if form[0] == "D" or "DLL" in form)
    if len(common) < PLATE_FORMS or turned < 0.1 * len(plates):
        return None
    what = "are registration plates, in several of the states' arrangements"
    return _identified(
        values, finding, "ID", 0.6, tally=values.tally(values.count(plates) / values.n, what)
    )


# Under an opaque name: numbers of six to ten digits, of several lengths and some with their
# leading zeros kept, or beside one or two letters and four to six digits -- the states'
# driver licences together (NSW and QLD have eight or nine digits, SA a letter and five),
# and bank account numbers. A record's number has one length, and no leading zero.
_SOME_DIGITS = re.compile(r"\d{6,10}")
# A licence with letters among its digits, as states write them: a letter or two first
# (S12345), or digits first (5281CH, 52HM6495)
_STATE_LETTERS = re.compile(r"[A-Za-z]{1,2}\d{4,6}|(?=\w{6,10}$)\d{2,4}[A-Za-z]{2}\d{0,4}")
_COMMON_LENGTH = 0.05  # of a column's values, the share that makes a length one of its own
# Of a column of numbers of several lengths, the share of a state's letters and digits that
# makes them licences (an account number has no letters; NSW's eight digits may be most)
SOME_LETTERED = 0.02
MANY_LETTERED = 0.1  # of such a column's values, letters with digits: a state's licences
# A state's code before its licence's number, as a form may ask for it ("NSW 17121332")
_STATE_FIRST = re.compile(r"^(?i:nsw|vic|qld|sa|wa|tas|nt|act)[ :/\-]+")
_STATE_AFTER = re.compile(r"\s*\((?i:nsw|vic|qld|sa|wa|tas|nt|act)\)$")  # "204808811 (QLD)"


def _licences_or_accounts(values: ColumnValues, finding: ColumnFinding) -> ColumnFinding | None:
    """A driver licence or an account number (ID), for a column with an opaque name in a
    table about people whose values are numbers of many lengths, as those are."""
    if not _many(values, 0.9):
        return None
    lengths, lettered, zeros = _number_forms(values)
    share = (lengths.total() + lettered) / values.n
    common = sum(times >= _COMMON_LENGTH * values.n for times in lengths.values())
    few_lettered = lettered < SOME_LETTERED * values.n  # (a licence of another state or two)
    drawn, led, kept = lengths, zeros, "kept"
    if (length := _zeros_lost(values, lengths, zeros)) is not None:
        # "94064964" beside "424040212": a number drawn at random, its zero lost in a
        # spreadsheet, is the shorter by one
        drawn, led, kept = Counter({length: lengths.total()}), lengths[length - 1], "lost"
    if (
        share >= 0.9
        and (common == 1 or length is not None)
        and few_lettered
        and (_issued_at_random(values, drawn, led) or _held_by_some(values, drawn, led))
        and not shuns_tax_file_numbers(values.distinct)
    ):
        what = (
            f"are numbers of one length, issued at random, their leading zeros {kept}"
            if led
            else "are numbers of one length, drawn at random, missing where a person holds none"
        )
        return _identified(values, finding, "ID", BY_LENGTHS, tally=values.tally(share, what))
    # (one state's numbers beside many of another's letters and digits are licences too)
    if share < 0.9 or common < (1 if lettered >= MANY_LETTERED * values.n else 2):
        return None
    if lettered >= SOME_LETTERED * values.n:
        entity, score = "AU_DRIVERS_LICENCE", 0.55
        what = "are numbers of six to ten digits and letters with digits, as state licences are"
    elif common >= 3 or zeros >= _COMMON_LENGTH * values.n or _even_leads(values, lengths):
        entity, score = "ID", BY_LENGTHS
        what = "are numbers of several lengths, as licence and account numbers are"
    else:
        return None
    return _identified(values, finding, entity, score, tally=values.tally(share, what))


BY_LENGTHS = 0.5  # the score of an ID read from its numbers' lengths alone


def _beside_their_states(
    columns: Sequence[tuple[ColumnValues, ColumnFinding]], found: Sequence[ColumnFinding]
) -> list[ColumnFinding]:
    """A driver licence for a column of numbers of six to ten digits (or a state's letters
    and digits), most of them different, beside a column of the states that issued them
    (``DL_NO`` and ``DL_ST``): one state's numbers alone (NSW's eight digits) are any
    number's, and the state beside says what they are."""
    findings = list(found)
    states = [state_share(values) >= STATES for values, _ in columns]
    for at, (values, _) in enumerate(columns):
        # (numbers already read as some ID by their lengths alone are read again)
        weak = findings[at].kind == "ID" and findings[at].entities[0].score <= BY_LENGTHS
        if (findings[at].personal and not weak) or not _many(values, 0.5):
            continue
        if not any(states[j] for j in (at - 1, at + 1) if 0 <= j < len(columns)):
            continue
        lengths, lettered, _ = _number_forms(values)
        share = (lengths.total() + lettered) / values.n
        if share < 0.9:
            continue
        what = "are numbers of six to ten digits beside the state that issued each, as licences are"
        findings[at] = _identified(
            values, findings[at], "AU_DRIVERS_LICENCE", 0.55, tally=values.tally(share, what)
        )
    return findings


def _number_forms(values: ColumnValues) -> tuple[Counter[int], int, int]:
    """How many of a column's values are numbers of six to ten digits, by length; how many
    are a state's letters and digits; and how many of the numbers keep a leading zero."""
    lengths: Counter[int] = Counter()
    lettered = zeros = 0
    scheme = _schemes_letters(values)
    for value, times in values.counts.items():
        text = _STATE_AFTER.sub("", _STATE_FIRST.sub("", value)).replace(" ", "").replace("-", "")
        if scheme and text[: len(scheme)].upper() == scheme:
            text = text[len(scheme) :]  # "WWC8892529" beside "4196763": one scheme's number
        if _SOME_DIGITS.fullmatch(text):
            lengths[len(text)] += times
            zeros += times * text.startswith("0")
        elif _STATE_LETTERS.fullmatch(text):
            lettered += times
    return lengths, lettered, zeros


# A scheme's letters written before some of its numbers ("WWC8892529" beside "4196763")
_SCHEME_FIRST = re.compile(r"([A-Za-z]{3})[ \-]?\d{6,10}")
SCHEME_WRITTEN = 0.9  # of the values written with three letters first, the share with one
SCHEME_AT_TIMES = 0.5  # of a column's values, those written with them, at most


def _schemes_letters(values: ColumnValues) -> str | None:
    """The three letters a column's numbers are written after at times, when nine in ten
    of those so written have the same ones: the scheme's (WWC), not a state's or a series'.
    A record's number written by a system carries its letters every time (INV-6426777)."""
    firsts: Counter[str] = Counter()
    for value, times in values.counts.items():
        if (m := _SCHEME_FIRST.fullmatch(value.strip())) is not None:
            firsts[m.group(1).upper()] += times
    if not firsts or firsts.total() > SCHEME_AT_TIMES * values.n:
        return None
    letters, times = firsts.most_common(1)[0]
    return letters if times >= SCHEME_WRITTEN * firsts.total() else None


def _licences(values: ColumnValues) -> bool:
    """Whether a column's values are the states' driver licences together: numbers of
    several lengths, and letters with digits in some rows."""
    lengths, lettered, _ = _number_forms(values)
    common = sum(times >= _COMMON_LENGTH * values.n for times in lengths.values())
    share = (lengths.total() + lettered) / values.n
    return share >= 0.9 and common >= 2 and lettered >= SOME_LETTERED * values.n


# A photograph of a person (a volunteer's, a self-excluded gambler's): their face names them
_PHOTOGRAPH = re.compile(
    r"(?:^|_)(?:photo|photos|photograph|portrait|headshot|selfie|avatar|mugshot|"
    r"profile_?(?:pic|picture|image|img))(?:_|$)"
)
_IMAGE_LINK = (
    r"(?i)^(?:https?://\S+|[\w.\-]*[/\\]\S+)\.(?:jpe?g|png|gif|heic|webp|bmp|tiff?)(?:\?\S*)?$"
    r"|^https?://\S+/(?:photos?|images?|img|media|avatars?)/\S+$"
)


# The words of a code's name that say it codes a medicine or an item dispensed
_MEDICINE_CODE = re.compile(
    r"(?:^|_)(?:item|items|pbs|rpbs|atc|drug|drugs|med|meds|medicine|medication|product|"
    r"dispensed|dispensing|script|rx|prescription|pharm\w*)(?:_|$)"
)


def medicines(values: ColumnValues, finding: ColumnFinding) -> ColumnFinding:
    """HEALTH, when a column of a table about people holds medicines, whatever its name."""
    hints = name_hints(values.name)
    if finding.personal or hints.organisation or hints.held or hints.row_id:
        return finding  # PHARMACY_APPROVAL_NO: 12345X is a pharmacy's, shaped like a PBS item
    if hints.code and not _MEDICINE_CODE.search(hints.normalised):
        return finding  # CRICOS_CODE: 00026A is a course provider's, shaped like a PBS item
    found = medicine_candidate(values, hints, named=False)
    if found is None:
        return finding
    entity = EntityFinding("HEALTH", found.score, found.evidence + "; in a table about people")
    return finding.found_as(entity)


# The numbers only one person has, which say who a row is when no name does
_OWN_NUMBERS = frozenset({"AU_MEDICARE", "AU_IHI", "AU_TFN", "AU_CRN", "EMAIL_ADDRESS"})


def held_by_people(
    columns: Sequence[tuple[ColumnValues, ColumnFinding]], rows_total: int | None
) -> list[ColumnFinding]:
    """The findings of a table about people (:mod:`minshare.detect.subject`), with the
    identifiers and medicines of its people found."""
    found = [
        medicines(values, person_identifier(values, finding, rows_total))
        for values, finding in columns
    ]
    names = [
        values
        for (values, _), finding in zip(columns, found, strict=True)
        if finding.kind == "PERSON" and not name_hints(values.name).acting
    ]
    anyone = [
        values
        for (values, _), finding in zip(columns, found, strict=True)
        if finding.kind == "PERSON"
    ]
    keyed = [
        _keyed_to_people(values, finding, names, rows_total, anyone=anyone)
        for (values, _), finding in zip(columns, found, strict=True)
    ]
    # in a pay run (a TFN and a bank account on the rows), an ABN is each one's super fund's
    kinds = {f.kind for f in found}
    abns = [values for (values, _), f in zip(columns, found, strict=True) if f.kind == "AU_ABN"]
    # a register of the businesses themselves, each with its own ABN and named before anyone
    # in it (a provider, then its contact): its rows are the businesses, and its key theirs;
    # a sole trader's own ABN beside their name (no ACN, no business named) is a person's;
    # where a business comes back (a park on each of its residents' site agreements, a
    # provider on each of its clients' cases), the rows are people's dealings with it,
    # keyed by theirs when the people come once each
    bodies = (
        bool(abns)
        and all(values.distinct_ratio >= OWN_ABNS for values in abns)
        and ("AU_ACN" in kinds or any(names_businesses(v, REGISTERED) for v, _ in columns))
        and not PAY_RUN.issubset(kinds)
        and _bodies_first(columns, found)
    )
    # with no name on the rows, a person is their own numbers (a Medicare number, an IHI)
    who = names or [
        values
        for (values, _), finding in zip(columns, found, strict=True)
        if finding.kind in _OWN_NUMBERS
    ]
    if columns and who and not bodies:
        # in a table of one row a person, a key in the first column and one in the second
        # both find the person: a referral's or a matter's number and the person's own, a
        # carer's number and their authorisation's; when the second is already a person's
        # number (a CRN), the first numbers their matter
        # (a person's number each row has once says each comes once, whatever their
        # names: a family name alone is shared)
        numbered = []
        if _keys_people(columns[1:2], keyed[1:2]):
            keys = [0]
            numbered = [columns[1][0]]
        elif len(columns) > 1 and _key_shaped(columns[1][0], keyed[1], rows_total):
            keys = [0, 1]
        else:
            keys = [0]
        # a person is a name and a date of birth: two John Smiths are not one who came back
        # (a cohort's births, unnamed, are read as such only later, but tell people apart now)
        born = [
            values
            for (values, _), finding in zip(columns, found, strict=True)
            if finding.kind == "DATE_OF_BIRTH" or _cohort_births(values, finding)
        ]
        for at in keys:
            keyed[at] = _register_key(
                columns[at][0], keyed[at], who + born + numbered, rows_total, at, born=bool(born)
            )
    keyed = _before_names(columns, keyed, rows_total)
    if PAY_RUN.issubset(kinds):
        keyed = _fund_members(columns, keyed, rows_total)
    keyed = _accessed(columns, keyed, rows_total)
    keyed = _beside_their_states(columns, keyed)
    return [
        _recurring_numbers(values, finding, rows_total, anyone)
        for (values, _), finding in zip(columns, keyed, strict=True)
    ]


def _cohort_births(values: ColumnValues, finding: ColumnFinding) -> bool:
    """An unnamed column of dates not yet read as anything whose dates are a cohort's births
    (:func:`judge_cohort_dates`): all years ago, spread over years, many different."""
    if finding.personal or values.n < 20 or not opaque_name(values.name):
        return False
    parsed = values.parsed_dates
    return parsed.share >= 0.9 and judge_cohort_dates(parsed).is_birth_date


def _bodies_first(
    columns: Sequence[tuple[ColumnValues, ColumnFinding]], found: Sequence[ColumnFinding]
) -> bool:
    """Whether a table names businesses before it names any person."""
    for (values, _), finding in zip(columns, found, strict=True):
        if finding.kind == "PERSON":
            return False
        if names_businesses(values):
            return True
    return False


OWN_ABNS = 0.9  # distinct values a row, at least, of ABNs each row's person holds
BUSINESSES = 0.5  # of a column's values, businesses' names: the suppliers of a register
MIN_BUSINESSES = 5  # different ones at least
REGISTERED = 10  # different ones at least, of a register of them (not a few agencies)


def names_businesses(values: ColumnValues, least: int = MIN_BUSINESSES) -> bool:
    """Whether a column names businesses (``Nguyen Auto Electrics Pty Ltd``), ``least``
    different ones at least."""
    if values.n_distinct < least or values.numeric_share > 0.2:
        return False
    return values.share_where(vocab.names_a_body) >= BUSINESSES


# A staff or a client number: one letter and five to seven digits (E12345, C1234567)
_LETTER_NUMBER = r"^[A-Za-z]\d{5,7}$"
LETTER_NUMBERS = 8  # distinct numbers, at least: a few staff act on all of a table's records
NOT_THE_ROWS = 0.95  # distinct values a row, at most, of a number that comes back
SOME_COME_BACK = 0.5  # distinct values a row, at least, of people who mostly come once
# or, of hundreds of them at least, each on a few rows (a client's fees, paid three times)
FEW_TIMES_EACH = 0.25
MANY_PEOPLE = 100
ONE_LENGTH = 0.9  # of a column's codes, those of its commonest length
KEY_CHARACTERS = 6  # characters, at least, of those codes (amounts and postcodes have fewer)


TEAM = 3  # people's names, at most, a code comes with at the median: a team's, not staff's


def _teams(values: ColumnValues, anyone: Sequence[ColumnValues]) -> bool:
    """Whether a column's codes each come with a few people's names at most, in a column of
    people's names beside (two coordinators to a team's code); a code that comes with many
    different people is someone's acting on their records."""
    for names in anyone:
        pairs = [
            (code, name)
            for code, name in zip(values.rows, names.rows, strict=False)
            if code is not None and name is not None
        ]
        if pairs and people_beside_each(pairs) <= TEAM:
            return True
    return False


def people_beside_each(pairs: Sequence[tuple[str, str]]) -> int:
    """How many different names come beside a code, at the median (the higher of the middle
    two) over the codes of (code, name) pairs."""
    beside: dict[str, set[str]] = {}
    for code, name in pairs:
        beside.setdefault(code, set()).add(name)
    return statistics.median_high(len(names) for names in beside.values())


def _recurring_numbers(
    values: ColumnValues,
    finding: ColumnFinding,
    rows_total: int | None,
    anyone: Sequence[ColumnValues] = (),
) -> ColumnFinding:
    """An ID, for a column of a table about people whose numbers come back from row to
    row, under a name that says nothing (or names an identifier of no known scheme:
    ``CSO_ID``). A record's own number each row has once; one that comes back is the key of
    someone the rows are about, or who acted on them:

    * one letter and five to seven digits (``E34595``, ``C1411500``), eight distinct or
      more: staff numbers, a few staff on every record, and clients' numbers;
    * under a name that says nothing, codes of one length and six characters or more, half
      to nearly all of them distinct: people who mostly come once and some again (a
      caller's elector number, a head tenant's client number on each member of the
      household); or hundreds of one series, each a few times (a client's fees), as
      :func:`_people_who_come_back` tells; not nine digits made to fail the TFN check.

    Numbers that count up (``S10001``... a register's) and codes stamped with the day they
    were made are left alone."""
    if finding.personal or values.n < 20 or values.distinct_ratio >= NOT_THE_ROWS:
        return finding
    hints = name_hints(values.name)
    opaque = opaque_name(values.name)
    if not (opaque or hints.held):
        return finding  # a name that says what the column holds: an asset's, a site's
    share = values.share_matching(_LETTER_NUMBER)
    if share >= 0.9 and values.n_distinct >= LETTER_NUMBERS:
        what = "are one letter and five to seven digits, as staff and clients are numbered"
    elif (share := _written_variously(values)) >= 0.9:
        what = "are numbers written with their letters and without (AO138762, 138762)"
    elif (
        opaque
        and _people_who_come_back(values)
        and _one_length(values)
        and not shuns_tax_file_numbers(values.distinct)
    ):
        # (nine digits none of which passes the TFN check: a batch's, kept apart from them)
        share = _codes(values)
        what = "are codes of one length that come back on some rows"
    elif opaque and (share := _initials_and_numbers(values)) >= 0.9:
        what = "are initials and a number, as staff log on: many people's, most on several rows"
    elif opaque and (share := _staff_series(values)) >= 0.9 and not _teams(values, anyone):
        # (codes that each come with a person's name, or two, are read by the names above:
        # a person's, or a team's shared by two)
        what = "are numbers of one series, most on several rows: staff acting on the records"
    else:
        return finding
    # (the shapes first, by RE2; the rows' order and the days their codes carry, in Python,
    # only for columns of those shapes)
    if share < 0.9 or counts_up(values, rows_total) or _day_stamped(values):
        return finding
    if values.share_matching(_HOSTNAME) >= 0.9:
        return finding  # a log's workstations (SHF-SYD-WS0069): machines, named by site
    return _identified(values, finding, "ID", CODED_SCORE, tally=values.tally(share, what))


# A payee's code: one series' letters, a year perhaps, then digits (EC4105031, VA-2023-007786,
# HCR19-81714)
_PAYEES_CODE = re.compile(r"([A-Za-z]{1,4})[-/]?(?:(?:19|20)?\d\d[-/])?(\d{5,8})")
LEDGER_KEY = 0.99  # distinct values a row, at least, of a ledger's own key
LEDGER_KEY_CHARACTERS = 8  # characters, at least, of those keys (a UUID, a remittance's number)


def ledgers_payees(
    columns: Sequence[tuple[ColumnValues, ColumnFinding]], rows_total: int | None
) -> list[ColumnFinding]:
    """An ID, for an unnamed column of a ledger that names no one (each row its own key and
    a date: payments, enrolments, refunds), whose codes are of one series and one length
    and come back on some rows as people's do (:func:`_people_who_come_back`): whom each
    row deals with, hundreds of them, each once or a few times, as an agency's clients are
    paid (a business, paid again and again, comes back on many rows). Codes that count up
    (an invoice's, on each of its lines) or carry the day they were made are left alone."""
    found = [finding for _, finding in columns]
    if any(f.kind in ("PERSON", "USERNAME") for f in found) or not _a_ledger(columns):
        return found
    for at, (values, finding) in enumerate(columns):
        if finding.personal or values.n < MIN_PAYEES or not opaque_name(values.name):
            continue
        if not _people_who_come_back(values) or not _one_length(values):
            continue
        series = _one_series(values, _PAYEES_CODE)
        if series is None or counts_up(values, rows_total) or _day_stamped(values):
            continue
        share, _ = series
        evidence = (
            f"{values.tally(share, 'are codes of one series that come back on some rows')}, "
            f"{values.n_distinct} distinct; in a ledger each of whose rows has its own key: "
            "whom each row is paid or dealt with"
        )
        found[at] = finding.found_as(EntityFinding("ID", CODED_SCORE, evidence))
    return found


MIN_PAYEES = 100  # sampled rows at least, of a ledger whose payees are counted


def _a_ledger(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> bool:
    """Whether a table's rows each have a key of their own (a UUID, a remittance's number)
    and a date."""
    keyed = any(
        values.n >= MIN_PAYEES
        and values.distinct_ratio >= LEDGER_KEY
        and min(len(value) for value in values.distinct) >= LEDGER_KEY_CHARACTERS
        for values, _ in columns
    )
    return keyed and any(values.parsed_dates.share >= 0.9 for values, _ in columns)


def _people_who_come_back(values: ColumnValues) -> bool:
    """Whether a column's codes come back as people's do: half to nearly all of them
    different (most once, some again), or, of hundreds of them, each on a few rows at most
    (a quarter of the rows different at least), all of one series and scattered over it as
    numbers given over years are (``HCR19-81714``). A few dozen staff or providers come back
    on many rows each; a reference table's codes fill their series in order (PP0001 to
    PP0400), and a unit's own codes among its staff's are of two series."""
    ratio = values.distinct_ratio
    if ratio >= NOT_THE_ROWS:
        return False
    if ratio >= SOME_COME_BACK:
        return True
    if ratio < FEW_TIMES_EACH or values.n_distinct < MANY_PEOPLE:
        return False
    series = _one_series(values, _PAYEES_CODE)
    return series is not None and not _fills_its_series(series[1])


# A machine's name as an agency's network writes it: its site's letters, then a kind of
# machine (a workstation, a PC, a laptop, a thin client) and its number (CSNSW-M-WS0659)
_HOSTNAME = r"^[A-Za-z]{2,}(?:-[A-Za-z0-9]{1,6})*-(?:WS|PC|LT|DT|NB|WKS|WKSTN|VDI|TC)\d{2,}$"


# A staff member's number: up to four letters of the series and four to eight digits
_SERIES_NUMBER = re.compile(r"([A-Za-z]{0,4})(\d{4,8})")
MIN_SERIES_CHARACTERS = 5  # a value's characters at least (postcodes and years have four)
FILLED = 0.5  # of the numbers a series spans, those used: a series filled in order
FEW_ROWS_EACH = 0.2  # distinct values a row: a filled series' codes on few rows each


def _staff_series(values: ColumnValues) -> float:
    """The share of a column's values that are numbers of one series (one prefix of letters,
    or none: E34595, AO45600, V6708, 1187578) that come back, eight different at least and
    fewer than half the rows: a few dozen staff acting on a table's records, most on several
    rows; a small team may be numbered in order (INSP0101 to INSP0181), each on many rows.
    A reference table's codes that fill their series (PP0001 to PP0420) each on a row or
    two, and codes that count up (a pay run's, stamped with the year it was made: PR202216)
    are left. 0.0 for any other column."""
    if values.n_distinct < LETTER_NUMBERS or values.distinct_ratio >= SOME_COME_BACK:
        return 0.0  # (amounts, each written once or twice, are no one's numbers)
    series = _one_series(values, _SERIES_NUMBER, MIN_SERIES_CHARACTERS)
    if series is None:
        return 0.0
    share, numbers = series
    if _fills_its_series(numbers) and values.distinct_ratio >= FEW_ROWS_EACH:
        return 0.0  # a reference table's codes in order (PP0001 to PP0420), two rows each
    return share


ONE_SERIES = 0.9  # of a column's rows, those led by the same letters: one series' codes


def _one_series(
    values: ColumnValues, form: re.Pattern[str], least: int = 0
) -> tuple[float, list[int]] | None:
    """The share of a column's rows whose values are of ``form`` (letters, then digits),
    and their numbers, when nine rows in ten are led by the same letters: one series'
    codes (E34595, HCR19-81714). None otherwise."""
    letters, numbers = _letters_leading(values, form, least)
    if not letters or letters.most_common(1)[0][1] < ONE_SERIES * values.n:
        return None
    return letters.total() / values.n, numbers


def _fills_its_series(numbers: list[int]) -> bool:
    """Whether a series' numbers fill most of the span they cover, as codes given in order
    do (PP0001 to PP0420)."""
    return len(numbers) > FILLED * (max(numbers) - min(numbers) + 1)


def _letters_leading(
    values: ColumnValues, form: re.Pattern[str], least: int = 0
) -> tuple[Counter[str], list[int]]:
    """For a column's values of ``form`` (letters, then digits) and ``least`` characters at
    least: how many rows each run of letters leads, and the numbers after them."""
    letters: Counter[str] = Counter()
    numbers = []
    for value, times in values.counts.items():
        matched = form.fullmatch(value)
        if matched is not None and len(value) >= least:
            letters[matched.group(1).upper()] += times
            numbers.append(int(matched.group(2)))
    return letters, numbers


# A staff member's logon: their initials and a number (RG4030, jmk215)
_INITIALS_NUMBER = re.compile(r"([A-Za-z]{2,3})(\d{3,5})")
MIN_INITIALS = 20  # different initials at least: a series' codes share a prefix or a few
MOST_ONE_INITIALS = 0.1  # of a column's values, the most any one pair of initials may lead


def _initials_and_numbers(values: ColumnValues) -> float:
    """The share of a column's values that are initials and a number (RG4030, ZS7387), when
    many different initials lead them and none leads many: the logons of the staff who act
    on a table's records or appear in its log, most on several rows (a service account's
    name among them, "svc_batch01", is no one's). Codes of a series or a few (AB1234,
    QF0815) share their letters. 0.0 for any other column."""
    if values.n_distinct < MIN_INITIALS:
        return 0.0
    initials, _ = _letters_leading(values, _INITIALS_NUMBER)
    if len(initials) < MIN_INITIALS:
        return 0.0
    if initials.most_common(1)[0][1] > MOST_ONE_INITIALS * values.n:
        return 0.0
    return initials.total() / values.n


# A number keyed by hand, with up to three letters before it or none (AO138762, EMP43084, 138762)
_LETTERED_OR_NOT = r"^[A-Za-z]{0,3}\d{5,7}$"
VARIOUSLY = 0.5  # of a column's numbers, those written in more than one form


def _written_variously(values: ColumnValues) -> float:
    """The share of a column's values that are numbers written with one or two letters
    before them and without, when half its numbers or more come in more than one form and
    eight at least: a staff member's number keyed by hand on each record they act on. A
    system writes its own records' numbers one way. 0.0 for any other column."""
    share = values.share_matching(_LETTERED_OR_NOT)
    if share < 0.9:
        return 0.0
    forms: dict[str, set[str]] = {}
    for value in values.matching(_LETTERED_OR_NOT):
        letters = value.rstrip("0123456789")
        forms.setdefault(value[len(letters) :], set()).add(letters.upper())
    several = sum(len(letters) > 1 for letters in forms.values())
    if several < LETTER_NUMBERS or several < VARIOUSLY * len(forms):
        return 0.0
    return share


def _one_length(values: ColumnValues) -> bool:
    """Whether nearly all of a column's values have one length, of a key's characters."""
    lengths = Counter[int]()
    for value, times in values.counts.items():
        lengths[len(value)] += times
    length, times = lengths.most_common(1)[0]
    return length >= KEY_CHARACTERS and times >= ONE_LENGTH * values.n


NAME_WORDS = 4  # the most words, at the median, of a column of names (a note has more)
ONE_NAME = 0.8  # of the rows where a code recurs, those with its usual name, for a person's


def _before_names(
    columns: Sequence[tuple[ColumnValues, ColumnFinding]],
    found: list[ColumnFinding],
    rows_total: int | None,
) -> list[ColumnFinding]:
    """An ID, for an unnamed column of codes just before a column of people's names, past
    the first: a payment's licence number before its payer (``TXN..., RF11566087, MAGUIRE,
    Jayden``), a prisoner's number before their name, a client's on a notification. A
    system writes a person's number beside their name, whether they come once or again;
    the first column is the record's own key, which :func:`_register_key` reads. Dates
    and amounts are no codes, numbers stamped with their day are a transaction's, and a
    few codes that come back with different names are teams' or wards'."""
    out = list(found)
    for at in range(1, len(columns) - 1):
        values = columns[at][0]
        after = columns[at + 1][0]
        if out[at].personal or out[at + 1].kind != "PERSON" or after.median_words > NAME_WORDS:
            continue
        if not _unnamed_codes(values, rows_total) or _day_stamped(values):
            continue
        if values.n_distinct < MIN_KEYED and not _one_name_each(values, after):
            continue  # a few teams' or wards' codes, shared by the people beside them
        evidence = (
            values.tally(_codes(values), "are codes in the column before people's names")
            + f", {values.n_distinct} distinct; in a table about people"
        )
        out[at] = out[at].found_as(EntityFinding("ID", 0.55, evidence))
    return out


FUNDS = 0.8  # of a column's values, super funds' names
MAX_FUNDS = 30  # distinct ABNs at most, of the funds a pay run pays into


def _fund_members(
    columns: Sequence[tuple[ColumnValues, ColumnFinding]],
    found: list[ColumnFinding],
    rows_total: int | None,
) -> list[ColumnFinding]:
    """An ID, for an unnamed column of numbers just after a pay run's super funds (their
    names, or their few ABNs): each one's member number in their fund (``CareSuper,
    59275391``), given to them alone."""
    out = list(found)
    for at in range(1, len(columns)):
        values = columns[at][0]
        if out[at].personal or not _unnamed_codes(values, rows_total):
            continue
        if not _many(values, 0.5) or not _super_funds(columns[at - 1][0], found[at - 1]):
            continue
        evidence = (
            values.tally(_codes(values), "are numbers in the column after a pay run's super funds")
            + f", {values.n_distinct} distinct: their members' numbers"
        )
        out[at] = out[at].found_as(EntityFinding("ID", 0.6, evidence))
    return out


def _super_funds(values: ColumnValues, finding: ColumnFinding) -> bool:
    """Whether a column names super funds ("AustralianSuper", "Aware Super"), or holds a few
    ABNs over many rows: the funds'."""
    if finding.kind == "AU_ABN":
        return values.n_distinct <= MAX_FUNDS and values.distinct_ratio < 0.5
    return values.n > 0 and values.share_where(_a_super_fund) >= FUNDS


def _a_super_fund(value: str) -> bool:
    folded = vocab.fold(value).strip(" .")
    return folded in vocab.SUPER_FUNDS or "super" in folded.split()


def _one_name_each(codes: ColumnValues, names: ColumnValues) -> bool:
    """Whether codes that recur come back with one name each, however it is written (or
    seldom recur at all)."""
    if len(codes.rows) != len(names.rows):
        return False  # the leaves of nested records: rows that do not line up
    pairs = [
        (code, name)
        for code, name in zip(codes.rows, names.rows, strict=True)
        if code and name and codes.counts[code] >= 2
    ]
    if len(pairs) < FEW_KEYED:
        return True
    folded = [(code, _first_and_last(name) or name) for code, name in pairs]
    return max(modal_share(folded), _written_alike(pairs)) >= ONE_NAME


# What a user did to a record, as an access log writes it
_ACTIONS = vocab.words(
    "view viewed read search searched query queried lookup create created insert inserted "
    "update updated edit edited modify modified amend amended delete deleted remove removed "
    "export exported print printed download downloaded upload uploaded login logout logon "
    "logoff signin signout access accessed merge merged link linked unlink unlinked "
    # a flag set on a record, a notice issued from it, a will uplifted from safe custody
    "set unset reset issue uplift"
)  # (not open, closed or approved: a matter's status, not a user's act)
# The kinds of record an access log touches that are people's, or their dealings
_PEOPLES_RECORDS = vocab.words(
    "client clients customer customers person persons individual party claimant claim claims "
    "case cases carer carers student students patient patients member members applicant "
    "applicants employee employees offender offenders participant participants beneficiary "
    "beneficiaries matter matters complaint complaints account accounts holder holders "
    "cust prisoner prisoners inmate inmates elector electors voter voters apprentice "
    "apprentices trainee trainees tenant tenants resident residents worker workers volunteer "
    "volunteers donor donors child children youth licence licences license licenses lic "
    "licensee licensees driver drivers debtor debtors defendant defendants taxpayer taxpayers "
    "ratepayer ratepayers respondent respondents "
    # a person's details, changed or looked up (UPDATE_ADDR, SEARCH_NAME)
    "addr address phone mobile email dob"
)
ACTIONS = 0.9  # of a column's values, actions: the log's
MAX_KINDS = 30  # kinds of record, or actions, a log names
PEOPLES_KINDS = 0.2  # of the rows, at least, touching people's records
ACCESSED = 0.5  # of a column's values, codes: the keys of the records touched
ACCESSED_DISTINCT = 0.5  # distinct values a row: many records (a log's workstations are few)
EACH_ROWS = 0.98  # distinct values a row, at most, of an unnamed column of the records' keys
# A record's key: a code of six characters or more, five digits or more (not a duration's
# milliseconds)
KEY_LENGTH = 6
KEY_DIGITS = 5
_KEY_NAME = re.compile(
    r"(?:^|_)(?:obj|object|entity|record|rec|target|resource|item|subject|subj)_?"
    r"(?:id|key|ref|no|num|rec|record)(?:_|$)"
)


def _accessed(
    columns: Sequence[tuple[ColumnValues, ColumnFinding]],
    found: list[ColumnFinding],
    rows_total: int | None,
) -> list[ColumnFinding]:
    """An ID, for the keys of the records an access log shows its users viewed, changed
    or exported, when the kinds of record it names are people's (a client, a claim, a
    case): each key finds the person whose record it was. Keys that are UUIDs or hashes,
    or that count up with the rows, are left alone, as are logs of other records' kinds
    (reports, assets)."""
    if not any(users_acts(values) for values, _ in columns):
        return found
    # the kinds of record, in a column of their own or after the act (VIEW_PERSON)
    kinds = [
        _words_of_kinds(values) for values, _ in columns if 2 <= values.n_distinct <= MAX_KINDS
    ]
    touched: Counter[str] = Counter()
    for words, share in kinds:
        if share >= PEOPLES_KINDS:
            touched.update(words)
    if not touched:
        return found
    kind = touched.most_common(1)[0][0]  # the kind of record touched on the most rows
    out = list(found)
    for i, ((values, _), finding) in enumerate(zip(columns, found, strict=True)):
        if finding.personal or values.n < 20 or values.distinct_ratio < ACCESSED_DISTINCT:
            continue
        keyed = _KEY_NAME.search(name_hints(values.name).normalised) is not None
        if not (opaque_name(values.name) or keyed):
            continue
        if not keyed and values.distinct_ratio >= EACH_ROWS:
            continue  # an unnamed number each line has once: the line's own (a transaction's)
        share = values.share_where(_record_key)
        if share < ACCESSED or counts_up(values, rows_total):
            continue
        what = f"are keys of records a log shows were accessed, of kinds such as {kind}"
        evidence = (
            values.tally(share, what) + f", {values.n_distinct} distinct; in a table about people"
        )
        out[i] = finding.found_as(EntityFinding("ID", 0.6, evidence))
    return out


def _record_key(value: str) -> bool:
    return (
        len(value) >= KEY_LENGTH
        and re.match(_CODE, value) is not None
        and sum(ch.isdigit() for ch in value) >= KEY_DIGITS
    )


def users_acts(values: ColumnValues) -> bool:
    """Whether a column holds what users did (VIEW, UPDATE, EXPORT, QUERY_PERSON): an access
    log's."""
    return (
        2 <= values.n_distinct <= MAX_KINDS
        and values.share_where(lambda v: not _ACTIONS.isdisjoint(_words(v))) >= ACTIONS
    )


def _words(value: str) -> set[str]:
    return set(vocab.folded_words(value))


def _words_of_kinds(values: ColumnValues) -> tuple[Counter[str], float]:
    """The words of a person's record in a column of kinds (CLAIM_NOTE is claim and note),
    each with the rows it is on, and the share of the rows whose kind has one."""
    words: Counter[str] = Counter()
    hits = 0
    for value, times in values.counts.items():
        if parts := _words(value) & _PEOPLES_RECORDS:
            hits += times
            for word in parts:
                words[word] += times
    return words, hits / values.n if values.n else 0.0


def _keys_people(
    columns: Sequence[tuple[ColumnValues, ColumnFinding]], found: Sequence[ColumnFinding]
) -> bool:
    """Whether a column is already known to be a person's ID that each row has once: after
    an application's number, a person's check number (``APP-0001``, ``WWC0123456V``)."""
    return any(
        finding.kind == "ID" and values.distinct_ratio >= 0.95
        for (values, _), finding in zip(columns, found, strict=True)
    )


def _unnamed_codes(values: ColumnValues, rows_total: int | None) -> bool:
    """An unnamed column of codes (not counting the rows up)."""
    return (
        _unnamed(values.name)
        and values.n >= 20
        and _codes(values) >= 0.9
        and not counts_up(values, rows_total)
    )


def _unnamed(name: str) -> bool:
    """``column_3``, or an agency's own acronym that no hint reads (``CIN``, ``MIN``, ``cni``:
    the numbers a corrections or a police index gives a person)."""
    hints = name_hints(name)
    if hints.generic:
        return True
    bare = re.fullmatch(r"[A-Z]{2,4}|[a-z]{3}", name.strip()) is not None
    said = hints.entities or hints.held or hints.row_id or hints.code or hints.thing
    return bare and not said


def _key_shaped(values: ColumnValues, finding: ColumnFinding, rows_total: int | None) -> bool:
    """An unnamed column of codes each row has once, not yet found to be anything."""
    return (
        not finding.personal
        and values.distinct_ratio >= 0.95
        and _unnamed_codes(values, rows_total)
        and not shuns_tax_file_numbers(values.distinct)
    )


_POSITIONS = ("first", "second")
# Of a register's rows, those whose person no other row has, at least: by names alone (two
# John Smiths are two people, but may be one who came back), and by names and a date of
# birth, which tell people apart (a student may come back for a second hardship grant, where
# a log's people come back on row after row)
ONCE_EACH = 0.95
ONCE_EACH_BORN = 0.85


def _register_key(
    values: ColumnValues,
    finding: ColumnFinding,
    names: Sequence[ColumnValues],
    rows_total: int | None,
    at: int,
    *,
    born: bool = False,
) -> ColumnFinding:
    """An ID, for the first column of a file without a header (or the second, when both
    are keys: a referral's number, then the person's), when it is the key of a table of
    one row a person: codes each row has once, in a table whose people each come once too
    (nearly all, when their dates of birth tell them apart: a few come back for a second).
    A register of members, debtors or clients starts with the person's number, and one of
    applications, complaints or matters with theirs, which may carry their year
    (``DM-2019-0298``, ``PSC25-00004``); a log of vouchers or visits, whose people come
    back, starts with the event's, and a day's receipts with numbers stamped with the day.
    Numbers that cover the rows (``CV0001``, ``CV0002``...) number the rows."""
    if not _key_shaped(values, finding, rows_total) or _day_stamped(values):
        return finding
    if values.share_matching(_MICROCHIP) >= 0.8:
        return finding  # the animals of a register of pets: their owners are the people
    if len({len(person.rows) for person in names} | {len(values.rows)}) != 1:
        return finding  # the leaves of nested records: rows that do not line up
    people = [row for row in zip(*(person.rows for person in names), strict=True) if any(row)]
    once = ONCE_EACH_BORN if born else ONCE_EACH
    if not people or len(set(people)) < once * len(people):
        return finding  # people who come back: the rows are events, the key is theirs
    evidence = (
        values.tally(1.0, f"are codes each row has once, in the {_POSITIONS[at]} column")
        + f", {values.n_distinct} distinct; the key of a table of one row a person"
    )
    entity = EntityFinding("ID", 0.55, evidence)
    return finding.found_as(entity)


_DIGITS = re.compile(r"\d+")
DAY_STAMPED = 0.8  # of a column's codes, those whose digits lead with the day they were made


def _day_stamped(values: ColumnValues) -> bool:
    """Whether codes carry the day they were made at the head of their digits
    (``R2025060700000``, ``TXN250506376211``): a receipt's or a transaction's, made on that
    day, where a person's number carries a year at most. Six digits at random read as a
    day of this century's first forty years about one time in seventy."""
    return values.n > 0 and values.share_where(_led_by_a_day) >= DAY_STAMPED


def _led_by_a_day(value: str) -> bool:
    digits = _DIGITS.search(value)
    run = digits.group() if digits else ""
    return any(
        _a_day(run[:width], century) for width, century in ((8, ""), (6, "20")) if len(run) >= width
    )


def _a_day(digits: str, century: str) -> bool:
    try:
        day = dt.date(int(century + digits[:-4]), int(digits[-4:-2]), int(digits[-2:]))
    except ValueError:
        return False
    return 1990 <= day.year <= 2039


# An animal's microchip (ISO 11784): fifteen digits, a manufacturer's code from 900 first
_MICROCHIP = r"^9\d{14}$"
MIN_KEYED = 30  # codes that recur with their person's name, however often each recurs
# a letter or a few and three digits (V413): too short to be a code alone, a volunteer's or a
# staff member's number when it comes back with their name
_SHORT_CODE = r"^[A-Za-z]{1,3}\d{3}$"
FEW_KEYED = 10  # fewer, each always with one name and that name always with it (staff's)
ALWAYS = 0.98  # of the rows where a few codes recur, the share their names must agree on


def _keyed_to_people(
    values: ColumnValues,
    finding: ColumnFinding,
    names: Sequence[ColumnValues],
    rows_total: int | None,
    *,
    anyone: Sequence[ColumnValues] = (),
) -> ColumnFinding:
    """An ID, when an unnamed column of codes comes back with the same person each time:
    a patient's UR number on each of their presentations, a client's number on each
    contact. A number each row has once (an episode's, an application's) says nothing
    of the kind, and is left alone. A column named as a number someone holds
    (``INTERPRETER_ID``) may come back with anyone named, staff who act on the record too:
    an interpreter's on each of their bookings."""
    if finding.personal or values.n < 20:
        return finding
    if not opaque_name(values.name):
        if not name_hints(values.name).held:
            return finding
        names = anyone
    if not names:
        return finding
    # (a payroll's staff numbers: fifty staff on a thousand pay lines, a twentieth distinct)
    many = _many(values, 0.1) or (values.n_distinct >= MIN_KEYED and _many(values, 0.0))
    few = not many and values.n_distinct >= FEW_KEYED
    # (up to 95% distinct: a pay run pays a few staff twice, to a second account)
    coded = max(_codes(values), values.share_matching(_SHORT_CODE))
    if values.distinct_ratio > 0.95 or not (many or few) or coded < 0.9:
        return finding
    if counts_up(values, rows_total):
        return finding
    for person in _people_rows(values, names):
        recurring = _one_to_one(values, person, ALWAYS if few else None)
        if recurring:
            what = "are codes that recur with the same person's name each time"
            kind = "ID"
            if _licences(values):
                what = "are state driver licences that recur with the same person's name each time"
                kind = "AU_DRIVERS_LICENCE"
            evidence = (
                values.tally(recurring, what)
                + f", {values.n_distinct} distinct; in a table about people"
            )
            entity = EntityFinding(kind, 0.65, evidence)
            return finding.found_as(entity)
    return finding


def _people_rows(
    codes: ColumnValues, names: Sequence[ColumnValues]
) -> Iterator[Sequence[str | None]]:
    """Each name column's rows, as written and by their first and last words; then (with
    more than one) the whole names, row by row: a family name alone is shared by several
    people, a family and a given name seldom. Names are read in one case and by their first
    and last words too, as a person's name is written differently from one record to the
    next ("TUPOU | SALOTE SINA", "Tupou | Salote"; "Dylan Ahmed White", "Dylan White ";
    "Lim, Ming", "MING LIM")."""
    lined = [person.rows for person in names if len(person.rows) == len(codes.rows)]
    yield from lined
    yield from ([_first_and_last(name) for name in rows] for rows in lined)
    if len(lined) > 1:
        yield [_first_words(row) for row in zip(*lined, strict=True)]


def _first_and_last(name: str | None) -> str | None:
    """A name by its first and last words, in one case, the given name first ("Lim, Ming"
    is "ming lim")."""
    if name and "," in name:
        family, _, given = name.partition(",")
        name = f"{given} {family}"
    words = name.casefold().split() if name else []
    return f"{words[0]} {words[-1]}" if words else None


def _first_words(parts: Sequence[str | None]) -> str | None:
    words = [part.split()[0].casefold() for part in parts if part and part.split()]
    return " ".join(words) or None


def _one_to_one(
    codes: ColumnValues, names: Sequence[str | None], always: float | None = None
) -> float:
    """The share of the codes that recur, when each comes with one name and each name with
    one code (nearly always, or ``always`` of the rows both ways) over the rows where they
    recur; 0 otherwise."""
    pairs = [(c, n) for c, n in zip(codes.rows, names, strict=True) if c and n]
    recurring = [(c, n) for c, n in pairs if codes.counts[c] >= 2]
    if len(recurring) < max(10, 0.1 * len(pairs)):
        return 0.0
    by_code, by_name = (0.95, 0.9) if always is None else (always, always)
    backward = [(n, c) for c, n in recurring]
    forward = max(modal_share(recurring), _written_alike(recurring))
    if forward < by_code or modal_share(backward) < by_name:
        return 0.0
    return sum(codes.counts[c] for c in {c for c, _ in recurring}) / codes.n


def _written_alike(pairs: Sequence[tuple[str, str]]) -> float:
    """The share of the pairs whose name is the first name beside their code, however it is
    written: in another order, or with initials for some of its words ("SILVA EMMA" and
    "EMMA SILVA", "R STEWART" and "STEWART RILEY", "N C KING" and "KING N")."""
    first: dict[str, str] = {}
    alike = 0
    for code, name in pairs:
        alike += _same_name(first.setdefault(code, name), name)
    return alike / len(pairs) if pairs else 0.0


def _same_name(one: str, other: str) -> bool:
    """Whether two names may be one person's: each word of the shorter is a word of the
    other, or an initial of one, and a word of two letters or more is in both."""
    short, long = sorted((words_of_name(one), words_of_name(other)), key=len)
    left = list(long)
    unmatched = []
    for word in short:  # whole words first, then initials
        if word in left:
            left.remove(word)
        else:
            unmatched.append(word)
    if len(unmatched) == len(short) or not any(len(w) >= 2 for w in set(short) - set(unmatched)):
        return False
    for word in unmatched:
        match = next((w for w in left if _initial_of(word, w)), None)
        if match is None:
            return False
        left.remove(match)
    return True


def words_of_name(name: str) -> list[str]:
    """A name's words, folded (a hyphenated family name is one word)."""
    return [word for word in re.split(r"[\s,.]+", vocab.fold(name)) if word]


def _initial_of(one: str, other: str) -> bool:
    return (len(one) == 1 and other.startswith(one)) or (len(other) == 1 and one.startswith(other))


def modal_share(pairs: Sequence[tuple[str, str]]) -> float:
    """The share of the pairs whose second is the one most common beside their first."""
    by_key: dict[str, Counter[str]] = {}
    for key, other in pairs:
        by_key.setdefault(key, Counter())[other] += 1
    return sum(c.most_common(1)[0][1] for c in by_key.values()) / len(pairs)


CODED_SCORE = 0.55  # codes without a name are a guess, if a good one
MAX_CODE_FORMS = 12  # distinct values of a column of codes, two or three systems' merged


SEXES_MOST = 0.6  # of a column's codes, 1 and 2 together (3 and 9 the rest)
SEXES_RARER = 0.6  # 3 or 9, at most, against the rarer of 1 and 2
SEX_FEWER = 0.1  # of a column's sex codes, the rarer of 1 and 2 at least
# a sex as other systems write it beside the AIHW's digits: letters (M, F, X, U), words
_SEX_FORMS = {"m": "1", "f": "2", "x": "3", "u": "9", "male": "1", "female": "2"}
# an Indigenous status as a yes/no flag writes it beside the ABS's digits: yes for any of
# the three Indigenous codes (1, 2, 3), no for "Neither" (4)
_INDIGENOUS_FORMS = {"y": "1", "yes": "1", "n": "4", "no": "4", "u": "9"}
DIGITS_MOST = 0.5  # of a column's Indigenous status codes, the ABS's digits at least


def _code_shares(
    values: ColumnValues, codes: str, forms: dict[str, str]
) -> dict[str, float] | None:
    """Each code's share of a column's answers, for a column of one-digit ``codes`` (the
    AIHW's sex codes, the ABS's Indigenous status), another system's letters and words read
    as their digits (``forms``) when systems' codes are merged; None unless every answer is
    one of them."""
    if values.n < 20 or values.n_distinct > MAX_CODE_FORMS:
        return None
    shares: Counter[str] = Counter()
    for value, times in values.counts.items():
        code = forms.get(vocab.fold(value).strip(), value.strip())
        if len(code) == 1 and code in codes:
            shares[code] += times
        elif vocab.fold(value) not in vocab.NON_ANSWERS:
            return None
    total = shares.total()
    return {code: times / total for code, times in shares.items()} if total else None


def coded_trait(
    values: ColumnValues, finding: ColumnFinding, *, sexed: bool = False
) -> ColumnFinding:
    """GENDER or ETHNICITY for a column with no name holding exactly the AIHW sex codes or
    the ABS Indigenous status codes, in a table about people; ETHNICITY for one of the
    names of countries. A table whose people's sex is already written (``sexed``: M, F)
    has no second column of it in digits: its 1, 2 and 3 count something (a dose)."""
    if not name_hints(values.name).generic:
        return finding
    if finding.kind == "LOCATION":
        return _birth_countries(values, finding)
    if finding.personal:
        return finding
    if (share := _countries_written_anyhow(values)) is not None:
        what = "are countries, by name, code or abbreviation: a person's country of birth"
        evidence = values.tally(share, what) + "; in a table about people"
        return finding.found_as(EntityFinding("ETHNICITY", 0.7, evidence))
    if (share := _offences_coded(values)) is not None:
        what = "are offences as ANZSOC codes them (0213, 1411), one or several to a cell"
        evidence = values.tally(share, what) + "; in a table about people"
        return finding.found_as(EntityFinding("CRIMINAL_RECORD", 0.7, evidence))
    if (share := _unnamed_initials(values)) is not None:
        what = "are two or three letters, many of them parted by dots or spaces: people's initials"
        evidence = values.tally(share, what) + "; in a table about people"
        return finding.found_as(EntityFinding("PERSON", CODED_SCORE, evidence))
    if (share := _age_bands(values)) is not None:
        what = "are age groups, a few years wide"
        evidence = values.tally(share, what) + "; in a table about people"
        return finding.found_as(EntityFinding("AGE", CODED_SCORE, evidence))
    if not sexed and (sexes := _code_shares(values, "1239", _SEX_FORMS)) is not None:
        one, two = sexes.get("1", 0.0), sexes.get("2", 0.0)
        # men and women most of the rows between them (one in ten one sex at least: a
        # prisoner is a man eight times in nine), and the other codes rarer than
        # either (a priority's 1, 2 and 3 are as common)
        rarer = max(sexes.get("3", 0.0), sexes.get("9", 0.0)) <= SEXES_RARER * min(one, two)
        fewer = min(one, two) >= SEX_FEWER
        if len(sexes) >= 3 and fewer and rarer and one + two >= SEXES_MOST:
            what = "are the AIHW sex codes (1, 2, 3, 9), 1 and 2 the common ones"
            if values.share_matching(r"^\s*[A-Za-z]+\s*$") > 0:
                what = (
                    "are sex codes, the AIHW's (1, 2, 3, 9) and letters or words (M, F, X, U, "
                    "Male, Female) merged"
                )
            entity = EntityFinding("GENDER", CODED_SCORE, _coded(values, what))
            return finding.found_as(entity)
    shares = _code_shares(values, "12349", _INDIGENOUS_FORMS)
    if shares is None or len(shares) < 3 or shares.get("4", 0) < 0.5:
        return finding
    if values.share_matching(r"^\s*\d\s*$") < DIGITS_MOST:
        return finding  # a yes/no/unknown flag's letters, a few digits among them or none
    what = "are the ABS Indigenous status codes (1, 2, 3, 4, 9), 4 the common one"
    if values.share_matching(r"^\s*[A-Za-z]+\s*$") > 0:
        what = "are Indigenous status codes, the ABS's (1, 2, 3, 4, 9) and a flag's (Y, N) merged"
    return finding.found_as(EntityFinding("ETHNICITY", CODED_SCORE, _coded(values, what)))


# A person's initials, two or three letters (DM, H.A.P., L P), and those parted by dots or
# spaces as only initials are written (a code list writes its letters together)
_INITIALS = r"^[A-Za-z](?:\.\s?|\s)?[A-Za-z](?:(?:\.\s?|\s)?[A-Za-z])?\.?$"
_PARTED = r"^[A-Za-z](?:\.\s?|\s)[A-Za-z](?:(?:\.\s?|\s)[A-Za-z])?\.?$"
INITIALS = 0.9  # of a column's values, initials
PARTED = 0.25  # of a column's values, initials parted by dots or spaces, at least
MIN_UNNAMED_INITIALS = 40  # different initials, at least: a list of codes has fewer


def _unnamed_initials(values: ColumnValues) -> float | None:
    """The share of a column's values that are people's initials, when nine in ten are two
    or three letters, forty different or more, a quarter of them parted by dots or spaces
    ("D.M.", "L P"); otherwise None."""
    if values.n < 20 or values.n_distinct < MIN_UNNAMED_INITIALS:
        return None
    share = values.share_matching(_INITIALS)
    if share < INITIALS or values.share_matching(_PARTED) < PARTED:
        return None
    return share


# An age group: a range of years ("25-34", "0-17", "15 to 19"), or the oldest, open-ended
# ("65+", "85 and over")
_AGE_RANGE = re.compile(r"(\d{1,3})\s*(?:-|\u2013|to)\s*(\d{1,3})")
_AGE_OPEN = re.compile(r"(\d{1,3})\s*(?:\+|and over|and older|or older|plus)", re.IGNORECASE)
AGE_GROUPS = 0.9  # of a column's values, age groups
OLDEST = 110  # no age group goes past this
WIDEST = 20  # years: age groups are a few years wide, where debts' days are thirty


def _age_bands(values: ColumnValues) -> float | None:
    """The share of a column's values that are age groups, when nine in ten are, three
    different ranges or more, none past :data:`OLDEST` and most at most :data:`WIDEST`
    years wide (debts aged 0-30, 31-60 days are not); otherwise None."""
    if values.n < 20 or values.n_distinct < 3:
        return None
    widths = []
    bands = []
    for value in values.distinct:
        if (m := _AGE_RANGE.fullmatch(value.strip())) is not None:
            low, high = int(m.group(1)), int(m.group(2))
            if not low < high <= OLDEST:
                return None
            widths.append(high - low)
        elif (m := _AGE_OPEN.fullmatch(value.strip())) is None:
            continue
        elif int(m.group(1)) > OLDEST:
            return None
        bands.append(value)
    share = values.count(bands) / values.n
    if share < AGE_GROUPS or len(widths) < 3 or sorted(widths)[len(widths) // 2] > WIDEST:
        return None
    return share


def _birth_countries(values: ColumnValues, finding: ColumnFinding) -> ColumnFinding:
    """A person's country under a name that says nothing is their country of birth or their
    citizenship far more often than where they live: agencies keep addresses in Australia."""
    share = country_share(values, codes=False)
    if share < 0.8 or values.n_distinct < 3:
        return finding
    what = "are names of countries: a person's country of birth or citizenship"
    entity = EntityFinding(
        "ETHNICITY", 0.7, values.tally(share, what) + "; in a table about people"
    )
    return finding.found_as(entity)


# The ABS's Standard Australian Classification of Countries: four digits, its groups' first
# (1101 Australia, 1201 New Zealand, 2102 England)
_SACC = r"^[1-9][1-9]\d\d$"
_COUNTRIES_CUT_SHORT = frozenset({"aust", "austr", "aust.", "nz", "n.z."})
NAMED_COUNTRIES = 0.5  # of a column's values, countries by name or ISO code
COUNTRIES_ANYHOW = 0.9  # of its values, countries however written, or no answer
MIN_COUNTRIES = 5  # different countries named


_SACC_SUPPLEMENTARY = r"^0\d{3}$"  # 0003 not stated, 0001 at sea, 0000 inadequately described
AUSTRALIA = "1101"
BORN_HERE = 0.3  # of a column's values, Australia's code at least, the commonest


def _countries_written_anyhow(values: ColumnValues) -> float | None:
    """The share of a column's values that are countries written as an agency's extract
    writes them, and "Not stated" for no answer; or None when they are not nearly all so.

    Five countries at least must be named, by their names and ISO codes most of the time
    (cut short, "Aust", or as the ABS's codes, 1101, the rest); or coded by the ABS (SACC:
    1101 Australia, 2102 England, 7103 India), Australia's code the commonest value and a
    third of them or so, as it is of Australians' countries of birth (the commonest postcode
    is never 1101), some by name beside them."""
    countries = vocab.countries()
    named = [v for v in values.distinct if vocab.fold(v).strip() in countries]
    codes = values.matching(_SACC)
    by_name = values.count(named) >= NAMED_COUNTRIES * values.n and _several(named)
    if not (by_name or (_led_by_australia(values) and _several(codes))):
        return None
    others = values.share_where(
        lambda v: (
            (f := vocab.fold(v).strip()) not in countries
            and (f in _COUNTRIES_CUT_SHORT or f in vocab.NON_ANSWERS)
        )
    ) + values.share_matching(_SACC_SUPPLEMENTARY)
    share = (values.count(named) + values.count(codes)) / values.n + others
    return share if share >= COUNTRIES_ANYHOW else None


def _several(countries: list[str]) -> bool:
    return len({vocab.fold(v).strip() for v in countries}) >= MIN_COUNTRIES


def _led_by_australia(values: ColumnValues) -> bool:
    top = max(values.counts, key=values.counts.__getitem__, default=None)
    return (
        top is not None and top.strip() == AUSTRALIA and values.counts[top] >= BORN_HERE * values.n
    )


# The Australian and New Zealand Standard Offence Classification's groups: four digits, the
# division first (01 homicide to 16 miscellaneous), one or several to a cell ("1311;1042")
_ANZSOC = r"(?:0[1-9]|1[0-6])\d\d"
_ANZSOC_LIST = rf"^\s*{_ANZSOC}(?:\s*[;,|/]\s*{_ANZSOC})*\s*$"
# divisions that begin no postcode (02 is the ACT's, 08 and 09 the Northern Territory's)
_NO_POSTCODE = re.compile(r"(?:^|[;,|/]\s*)(0[134567])")
OFFENCES = 0.9  # of a column's values, offences as ANZSOC codes them
MIN_DIVISIONS = 3  # different divisions that begin no postcode


def _offences_coded(values: ColumnValues) -> float | None:
    """The share of a column's values that are offences as ANZSOC codes them, alone or
    several to a cell, when nine in ten are and three divisions at least that begin no
    postcode are among them (a column of postcodes has none); otherwise None."""
    share = values.share_matching(_ANZSOC_LIST)
    if share < OFFENCES:
        return None
    divisions = {d for v in values.distinct for d in _NO_POSTCODE.findall(v)}
    return share if len(divisions) >= MIN_DIVISIONS else None


def _coded(values: ColumnValues, what: str) -> str:
    return f"{values.n} of {values.n} non-null sampled values {what}; in a table about people"


def coded_traits(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> list[ColumnFinding]:
    """The findings of a table about people, with unnamed columns of sex and Indigenous
    status codes found."""
    sexed = any(finding.kind == "GENDER" for _, finding in columns)
    return [coded_trait(values, finding, sexed=sexed) for values, finding in columns]
