"""What the table as a whole says about its columns.

A postcode, an age group or a sex is personal information when each row is a person. Two
kinds of table are not about people, and their columns of places and groups are not personal:

* **aggregate tables**: rows are cells of counts ("recipients by postcode, age group and
  sex", with a count and a mean per cell). A table with a column of counts (or of means and
  medians, or two figures of which one counts events: crashes, deaths, admissions, beside
  the others or a rate) and no direct identifier, date of birth or free text is read as
  one; so is a table whose other columns form a cross-tabulation -- each combination of
  their values on one row, and nearly every combination there (counted over the groupings
  that tell the rows apart: an area's name beside its code counts once) -- beside columns
  of measures (rates,
  percentages, or numbers that vary from row to row). Rows that are people repeat their
  combinations of sex, age group and status, and fill few of the combinations there are.
* **tables of organisations and things**: grants to community associations, schools'
  immunisation counts, a pharmacy's stock, payroll-tax audits of businesses, water meters,
  a register of roads whose only people are the staff who inspected them. What the rows are
  about is decided by :mod:`minshare.detect.subject`: in a table of organisations or
  things no column is a person's quasi-identifier or sensitive information (its direct
  identifiers stay); in a table where nothing says who or what the rows are (four columns
  or more), places, medicines and vaccines describe the things, not people.

The table also speaks for columns that cannot speak for themselves: extracts keep the parts
of an address together, of a card, and of a bank account, so a column of place-like words
beside an address or postcode is a suburb, three digits beside a card number are its
security code, and six to ten digits beside a BSB are an account number. That is
how the suburbs of a headerless file are found without a gazetteer. And a column of years
spread the way people's years of birth are, in a table about people, is a year of birth
even without a name that says so.

In a table about people, identifiers agencies give people in formats of their own,
medicines, and sex and Indigenous status written as bare codes in a file with no header,
are found by the table (:mod:`minshare.detect.held`); an administrative area
beside a finer place of a person says nothing more, and a postcode found by its values
alone must agree with the table's other places (:mod:`minshare.detect.areas`). Dates under
a name of birth are no births when the table contradicts them: an age given beside them is
decades more than they allow, or they fall after the day their record was received.
Coordinates beside a person's address are its geocode, as telling as the address; in a
register of animals and their owners, the traits not named for the owner are the animal's.
Struct columns take part leaf by leaf (:mod:`minshare.detect.nested`).
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import pairwise

from minshare.detect import recognizers as rec
from minshare.detect import vocab
from minshare.detect.areas import as_postcode, coarse_areas, is_coarse_area, unnamed_postcodes
from minshare.detect.circumstances import circumstances
from minshare.detect.dates import (
    DAYS_PER_YEAR,
    ages_today,
    all_recent,
    judge_birth_dates,
    judge_childhood_dates,
    judge_cohort_dates,
    middle_spread,
    parse_each_date,
    parse_years,
    years_between,
)
from minshare.detect.findings import (
    DIRECT_IDENTIFIER,
    FREE_TEXT,
    QUASI_IDENTIFIER,
    SENSITIVE,
    ColumnFinding,
    EntityFinding,
)
from minshare.detect.held import (
    PAY_RUN,
    coded_traits,
    held_by_people,
    ledgers_payees,
    modal_share,
    names_businesses,
    people_beside_each,
    words_of_name,
)
from minshare.detect.hinted import YEAR_LEVEL
from minshare.detect.names import DESCRIBES_OTHER as _DESCRIBES_OTHER
from minshare.detect.names import IN_MONTHS, name_hints, normalise, opaque_name
from minshare.detect.nested import flatten, unflatten
from minshare.detect.people import name_stats, person_candidate
from minshare.detect.profile import ColumnValues
from minshare.detect.subject import (
    BUSINESS_NUMBERS,
    Subject,
    a_plate,
    anyones_licence,
    companies_abns,
    companies_and_their_contacts,
    dated_by_its_spread,
    is_product,
    registered_number,
    table_subject,
)

_COUNT_NAME = re.compile(
    r"^(?:n|cnt|count|counts|num|number|freq|frequency|tot|total)(?:_|$)"
    r"|(?:^|_)(?:count|counts|cnt|freq|frequency)(?:_|$)"
    r"|^(?:n|num|no|number)_of_"
    r"|^(?:persons|people|recipients|clients|households|patients|customers|respondents)$"
    r"|^(?:erp|population|pop|headcount)(?:_|$)"
)
# Counts of events or of people in a group (CRASHES, KILLED, SERIOUSLY_INJURED): a record
# of one person may count things too (VISITS), so two such figures are asked for
_EVENTS_NAME = re.compile(
    r"(?:^|_)(?:crashes|collisions|accidents|incidents|deaths|fatalities|killed|injured|"
    r"injuries|casualties|cases|admissions|separations|presentations|notifications|episodes|"
    r"births|enrolments|enrollments|offences|offenders|victims|arrests|hospitalisations|"
    r"hospitalizations|attendances|referrals|applications|claims|consultations|"
    r"prescriptions|vaccinations|doses|callouts|infringements|inspections|complaints|"
    r"participants|recipients|students|residents|beneficiaries|claimants|occurrences|"
    r"holders|licensees|licencees|drivers)(?:_|$)"
)
_MEAN_NAME = re.compile(r"(?:^|_)(?:mean|avg|average|median)(?:_|$)")
_RATE_NAME = re.compile(
    r"(?:^|_)(?:rate|rates|pct|percent|percentage|prop|proportion|ratio|asr|crude|per|"
    r"lci|uci|ci|lower_?ci|upper_?ci|se|rse|moe|estimate|est|sum|total|tot|number|nbr|"
    r"per_?\d+k?|per_?cap(?:ita)?|index)(?:_|$)"
)
MAX_DIMENSIONS = 6  # cross-tabulations are of a few groupings
_SUPPRESSED = re.compile(r"^(?:[<>≤]\s?\d+|n\.?p\.?|\*+|-)$", re.IGNORECASE)

_PLACES = frozenset({"LOCATION", "AU_POSTCODE"})


def _measure(values: ColumnValues) -> bool:
    """Numbers, or numbers with suppressed small cells ("<5", "n.p.")."""
    if values.n == 0:
        return False
    suppressed = values.share_where(lambda v: _SUPPRESSED.match(v) is not None)
    return values.numeric_share + suppressed >= 0.8


# Published figures: counts whose small cells are suppressed ("<5", "np"), and a sex whose
# values include the group's total ("Persons" beside "Male" and "Female"). Narrower than
# _SUPPRESSED, which only completes a column already read as figures: a reading above a
# limit (eGFR ">90") or a masked value ("***") may be a person's, a small count below one not
_SMALL_CELL = r"(?i)^(?:[<\x{2264}]\s?\d{1,2}|n\.?p\.?)$"
SMALL_CELLS = 0.02  # of a column of counts, suppressed cells at least
MIN_CELLS = 20
_TOTALS = frozenset({"persons", "total", "totals", "all", "all persons", "people", "both sexes"})
TOTALLED = 0.1  # of a column of sexes, totals at least


def _suppressed_counts(values: ColumnValues) -> bool:
    """Whole numbers with small cells suppressed: no record of a person writes "<5"."""
    if values.n < MIN_CELLS:
        return False
    small = values.share_matching(_SMALL_CELL)
    return small >= SMALL_CELLS and small + values.share_matching(r"^\d[\d,]*$") >= 0.95


def _totalled_sexes(values: ColumnValues, finding: ColumnFinding) -> bool:
    return finding.kind == "GENDER" and (
        values.share_where(lambda v: vocab.fold(v) in _TOTALS) >= TOTALLED
    )


def is_aggregate(
    columns: Sequence[tuple[ColumnValues, ColumnFinding]], rows_total: int | None = None
) -> bool:
    """Whether the table reads as cells of counts rather than as records of people."""
    counts = means = events = rates = 0
    for values, finding in columns:
        if (
            finding.category in (DIRECT_IDENTIFIER, FREE_TEXT)
            and not _offices_lines(values, finding, columns)
            and not _licences_counted(values, finding)
        ):
            return False
        if finding.kind == "DATE_OF_BIRTH":
            return False
        if _suppressed_counts(values) or _totalled_sexes(values, finding):
            counts += 1
            continue
        name = normalise(values.name)
        if not _measure(values):
            continue
        if _COUNT_NAME.search(name):
            counts += 1
        elif _MEAN_NAME.search(name):
            means += 1
        elif _EVENTS_NAME.search(name) and values.n_distinct >= 3:
            events += 1  # not a 0/1 flag of one person's
        elif _RATE_NAME.search(name):
            rates += 1
    return (
        counts >= 1
        or means >= 2
        or (events >= 1 and events + rates + means >= 2)
        or _is_cross_tabulation(columns, rows_total)
    )


SHORT_COUNTS = 0.05  # of a column of counts, numbers of one to three digits at least


def _licences_counted(values: ColumnValues, finding: ColumnFinding) -> bool:
    """Whether a column read as driver licences by its name (ACTIVE_LIC, LIC_HOLDERS) holds
    counts: whole numbers under a name of a count (LIC_HOLDERS), or of three lengths or
    more, some of them too short to be anyone's licence (535, 3644, 12021)."""
    if finding.kind != "AU_DRIVERS_LICENCE" or values.n == 0:
        return False
    if values.share_matching(r"^\d{1,6}$") < 0.9:
        return False
    name = normalise(values.name)
    if _EVENTS_NAME.search(name) or _COUNT_NAME.search(name):
        return True
    lengths = {len(v) for v in values.distinct if v.isdigit()}
    return len(lengths) >= 3 and values.share_matching(r"^\d{1,3}$") >= SHORT_COUNTS


MAX_OFFICES = 30  # different lines, at most, of the offices of the areas figures are for
OFFICE_ROWS = 0.2  # distinct values a row, at most: each office's line on many rows


def _offices_lines(
    values: ColumnValues,
    finding: ColumnFinding,
    columns: Sequence[tuple[ColumnValues, ColumnFinding]],
) -> bool:
    """Whether a column of telephone numbers or mailboxes is the offices' of the areas a
    table's figures are for: few, each on many rows, and each beside one area always (a
    region's office line on each month's counts)."""
    if finding.kind not in ("PHONE_NUMBER", "EMAIL_ADDRESS") or values.n == 0:
        return False
    if values.n_distinct > MAX_OFFICES or values.distinct_ratio > OFFICE_ROWS:
        return False
    for other, found in columns:
        if other is values or not (found.kind == "LOCATION" or is_coarse_area(other)):
            continue
        pairs = [(v, o) for v, o in zip(values.rows, other.rows, strict=False) if v and o]
        if pairs and modal_share(pairs) >= 0.95:
            return True
    return False


def _is_measure(values: ColumnValues) -> bool:
    """A column of figures: named as a statistic, or numbers that vary from row to row.

    Codes written in digits (an SA2 code, a postcode, a year) are groupings, not figures:
    they are named as codes or places, or all have the same number of digits.
    """
    if not _measure(values):
        return False
    name = normalise(values.name)
    if any(p.search(name) for p in (_COUNT_NAME, _MEAN_NAME, _RATE_NAME)):
        return True
    hints = name_hints(values.name)
    if hints.code or hints.row_id or hints.entities or hints.event_date:
        return False
    if values.share_matching(r"^-?\d*\.\d+$") >= 0.8:
        return True  # figures with a fraction (34.5, 0.87): codes are whole
    lengths = Counter(len(v) for v in values.distinct if v.isdigit())
    uniform = bool(lengths) and lengths.most_common(1)[0][1] >= 0.9 * values.n_distinct
    if uniform and max(lengths) >= 4:
        return False
    suppressed = values.share_where(lambda v: _SUPPRESSED.match(v) is not None)
    return values.n >= 10 and (values.distinct_ratio >= 0.5 or suppressed >= 0.05)


def _is_cross_tabulation(
    columns: Sequence[tuple[ColumnValues, ColumnFinding]], rows_total: int | None
) -> bool:
    """Measures beside groupings whose combinations each have one row, nearly all there.

    "Presentations and rates by year, region, sex, age band and Indigenous status": the five
    groupings make 450 combinations and the table has 450 rows, one for each. A table of
    people has far more combinations than rows, and repeats the ones it has.
    """
    measures = [values for values, _ in columns if _is_measure(values)]
    groups = [values for values, _ in columns if not _is_measure(values)]
    if not measures or not groups:
        return False
    rows = list(zip(*(g.rows for g in groups), strict=True))
    if len(rows) < 8:
        return False
    if len(set(rows)) < 0.95 * len(rows):
        return False  # combinations repeat: rows are records, not cells
    # over the sample's rows: in a sample of a large file, a person's sex, age and postcode
    # tell the sampled rows apart as readily as a table's groupings do
    return _tabulates(groups, len(rows), 4 * len(rows))


MAX_KEYS_TRIED = 64  # combinations of groupings checked row by row, fewest cells first
MAX_KEYS_SEEN = 20_000  # combinations looked at, so that a wide survey stays cheap


def _tabulates(groups: Sequence[ColumnValues], rows: int, most: int) -> bool:
    """Whether a few groupings tell the rows apart, making no more than ``most`` cells: a
    postcode and an ancestry (the locality and state the postcode determines add no cell,
    and a figure the file gives without a name is left out). A near-unique column (a
    record's number, a person's name) tells rows apart without grouping them."""
    usable = [g for g in groups if 1 < g.n_distinct <= 0.5 * rows]
    sizes = [g.n_distinct + (g.n < g.sampled) for g in usable]
    keys: list[tuple[int, tuple[int, ...]]] = []
    seen = 0

    def extend(start: int, key: tuple[int, ...], cells: int) -> None:
        nonlocal seen
        for i in range(start, len(usable)):
            seen += 1
            if seen > MAX_KEYS_SEEN:
                return
            grown = cells * sizes[i]
            if grown > most:
                continue  # more cells than a table of this size fills
            if grown >= 0.95 * rows:
                keys.append((grown, (*key, i)))
            if len(key) + 1 < MAX_DIMENSIONS:
                extend(i + 1, (*key, i), grown)

    extend(0, (), 1)
    for _, key in sorted(keys)[:MAX_KEYS_TRIED]:
        combined = zip(*(usable[i].rows for i in key), strict=True)
        if len(set(combined)) >= 0.95 * rows:
            return True
    return False


_ADDRESS_BLOCK = frozenset({"ADDRESS", "LOCATION", "AU_POSTCODE"})
# The postal codes of the world, as their countries write them: digits (2000, 90210,
# 5000-047, 00-950, 123 45), digits and letters (1012 AB), the British and the Canadian
# forms (SW1A 1AA, K1A 0B1) and Ireland's (D02 X285). Not a dispatch code (13A01), a
# priority (P2), a route (RT010) or a record's number of six digits.
_POSTAL_FORMS = (
    r"(?i)^(?:\d{3,5}|\d{5}-\d{3,4}|\d{3,4}[ \-]\d{2,4}|\d{2}-\d{3}|\d{4} ?[a-z]{2}|"
    r"[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}|[a-z]\d[a-z] ?\d[a-z]\d|[a-z]\d{2} ?[a-z\d]{4})$"
)
_CARD_BLOCK = frozenset({"CREDIT_CARD"})
_ACCOUNT_BLOCK = frozenset({"AU_BSB"})
_BESIDE = {"CREDIT_CARD": "a card number", "BANK_ACCOUNT": "a BSB"}  # what evidence says
_PARTICLES = r"(?:de|del|la|le|di|da|do|dos|das|du|van|von|der|den|am|im|an|sur|upon|on|y)"
_PLACE = (
    rf"^\p{{Lu}}[\pL\pM'\x{{2019}}.\-]*(?:\s(?:\p{{Lu}}[\pL\pM'\x{{2019}}.\-]*|{_PARTICLES})){{0,4}}"
    r"(?:\s\d{1,3})?$"
)

_PLACE_LIKE = "are capitalised place-like words"
MIN_PLACES = 7  # of a column of a hundred values or more beside an address, places at least
# (what the neighbours must be, the values' form, how much of the column, entity, what)
_BLOCK_RULES: tuple[tuple[frozenset[str], str, float, str, str], ...] = (
    (
        _ADDRESS_BLOCK,
        _PLACE,
        0.85,
        "LOCATION",
        _PLACE_LIKE,
    ),
    (
        _ADDRESS_BLOCK,
        r"^[A-Z]{2,3}$",
        0.9,
        "LOCATION",
        "are state or country codes",
    ),
    (_ADDRESS_BLOCK, _POSTAL_FORMS, 0.85, "AU_POSTCODE", "are shaped like postal codes"),
    (_CARD_BLOCK, r"^\d{3,4}$", 0.95, "CREDIT_CARD", "are card security codes"),
    (
        _ACCOUNT_BLOCK,
        r"^\d[\d \-]{4,10}\d$",
        0.9,
        "BANK_ACCOUNT",
        "are shaped like account numbers",
    ),
    (_CARD_BLOCK, rec.CARD_EXPIRY_FORM, 0.95, "CREDIT_CARD", "are card expiry dates"),
)


def _postcodes(values: ColumnValues) -> float:
    """The share of values that are Australian postcodes (``800`` read as ``0800``)."""
    pad = values.is_integer_type
    return values.share_where(lambda v: rec.is_au_postcode(as_postcode(v, pad)))


ORGANISATIONS_BESIDE = 0.2


def _any_known_place(values: ColumnValues) -> bool:
    """Whether any value is a town or suburb of Australia, or a country or a state written in
    full (a code such as "EG" or "OH" may be anything's)."""
    elsewhere = vocab.countries() | vocab.subdivisions()
    towns = vocab.au_localities()
    return any(
        vocab.locality_key(v) in towns or (len(v) > 3 and vocab.fold(v) in elsewhere)
        for v in values.distinct
    )


DATED = 0.5  # of a column's values, dates: no account numbers, however they are written


def _block_member(values: ColumnValues, beside: set[str]) -> EntityFinding | None:
    """The finding a column earns by the company it keeps, or None."""
    if not values.is_text_type and not values.numeric_share:
        return None
    if values.n < 3 or values.n_distinct < 3 or values.median_length < 2:
        return None  # "Y"/"N" indicators and codes are not parts of an address
    hints = name_hints(values.name)
    if not hints.generic and (hints.says_other or _DESCRIBES_OTHER.search(hints.normalised)):
        return None  # PROGRAM, ANZSIC_CODE, WARD: a named column describing something else
    if values.share_where(vocab.names_a_body) >= ORGANISATIONS_BESIDE:
        return None  # an employer's or a supplier's name beside a person's postcode
    for block, pattern, need, entity, what in _BLOCK_RULES:
        if not beside & block or set(hints.entities) - {entity}:
            continue  # a name that says something else ("phone") is not overruled by neighbours
        share = values.share_matching(pattern)
        if what == _PLACE_LIKE and values.n_distinct < MIN_PLACES and values.n >= 100:
            continue  # "Paid", "Review", "Court": a status or a topic, a few words each often
        if what == _PLACE_LIKE and not _any_known_place(values):
            continue  # "Ocean Trawl", "Lobster": a fishery's names, no town's or country's
        if entity == "AU_POSTCODE":
            if values.share_matching(r"\d") < 0.8:
                continue
            if _years(values) >= 0.5 or _financial_years(values) >= 0.5 or _one_scheme(values):
                continue
            # digits alone are postal codes at four to six digits (minutes and counts are
            # not); an integer column may have lost a postcode's leading zero
            bare = values.matching(r"^\d+$")
            short = values.count([v for v in bare if not 4 <= len(v) <= 6]) / values.n
            share -= short
            if values.is_integer_type:
                share = max(share, _postcodes(values))
        if entity == "BANK_ACCOUNT" and values.n_distinct < min(30, values.n // 2):
            continue  # accounts are one a payee (who may be paid often); a few numbers are codes
        if share >= need:
            if entity == "BANK_ACCOUNT" and values.parsed_dates.share >= DATED:
                continue  # 2021-07-04: an arrangement's start, written with dashes, is a date
            kinds = _BESIDE.get(entity, "an address, place or postcode")
            evidence = values.tally(share, f"{what}, in a column beside {kinds} column")
            return EntityFinding(entity, 0.6, evidence)
    return None


# A BSB written without its dash: a bank's two digits, a state's (2 NSW and the ACT, 3
# Victoria, 4 Queensland, 5 South Australia, 6 the West, 7 Tasmania; 8 as some banks number
# the Territory's branches), the branch's three
_BSB_UNDASHED = r"^\d\d[2-8]\d{3}$"
_ACCOUNT_DIGITS = r"^\d{6,10}$"
BSB_FORM = 0.95  # of a column's values, six digits with a state's third: chance gives 70%


def _undashed_bsbs(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> list[ColumnFinding]:
    """A BSB without its dash, in a file with no header: six digits whose third is a state's,
    just before a column of account numbers (six to ten digits, of several lengths, at least
    as many different as the BSBs). Other codes of six digits do not keep to the states'
    digits, and a date's third is a month's first (0 or 1)."""
    findings = [finding for _, finding in columns]
    for at, ((values, finding), (account, _)) in enumerate(pairwise(columns)):
        if finding.personal or not name_hints(values.name).generic:
            continue
        if not name_hints(account.name).generic or values.n < MIN_PAIRS:
            continue
        bsbs = values.share_matching(_BSB_UNDASHED)
        if bsbs < BSB_FORM:
            continue
        lengths = {len(v) for v in account.matching(_ACCOUNT_DIGITS)}
        accounts = account.share_matching(_ACCOUNT_DIGITS)
        if accounts < BSB_FORM or len(lengths) < 2 or account.n_distinct < values.n_distinct:
            continue
        what = "are BSBs written without a dash (the third digit a state's), before account numbers"
        entity = EntityFinding("AU_BSB", 0.6, values.tally(bsbs, what))
        findings[at] = finding.found_as(entity)
    return findings


_LETTERS_LEAD = re.compile(r"[A-Za-z]{2,}(?=[ \-]?\d)")
ONE_SCHEME = 0.8  # of a column's codes, those led by its commonest letters


def _one_scheme(values: ColumnValues) -> bool:
    """Codes led by the same letters in most values (``WSZ-059``, ``WSZ-032``): one scheme's
    zones or areas. Postal codes with letters vary theirs (``SW1A 1AA``, ``K1A 0B1``)."""
    leads = Counter(m.group() for v in values.rows if v and (m := _LETTERS_LEAD.match(v)))
    return bool(leads) and leads.most_common(1)[0][1] >= ONE_SCHEME * values.n


def _blocks(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> list[ColumnFinding]:
    """Columns with no finding of their own read by their neighbours, until nothing changes.

    Extracts keep an address's parts together (street, suburb, state, postcode, country),
    a card's (number, security code, expiry) and a bank account's (BSB, number), so a column
    of place-like words beside an address, of three digits beside a card number, or of six
    to ten digits beside a BSB, is read as one of them. There is no
    gazetteer of suburbs to check against; this is how a headerless file's suburbs are found.
    """
    findings = [finding for _, finding in columns]
    changed = True
    while changed:
        changed = False
        for i, (values, finding) in enumerate(columns):
            if findings[i].personal or finding.personal:
                continue
            beside = {
                kind
                for j in (i - 1, i + 1)
                if 0 <= j < len(findings)
                and (kind := findings[j].kind) is not None
                and not _paired(columns, findings, j, i)
            }
            found = _block_member(values, beside)
            if found is not None:
                findings[i] = finding.found_as(found)
                changed = True
    return findings


def _paired(
    columns: Sequence[tuple[ColumnValues, ColumnFinding]],
    findings: Sequence[ColumnFinding],
    at: int,
    beside: int,
) -> bool:
    """Whether the BSB at ``at`` already has its account on its other side than ``beside``
    (``FIELD7, BSB, ACCT``): a BSB goes with one account number, and is written before it,
    so digits after it are its account before any digits before it (a receipt's)."""
    other = at + (at - beside)
    if findings[at].kind != "AU_BSB" or not 0 <= other < len(findings):
        return False
    if findings[other].kind == "BANK_ACCOUNT":
        return True
    after = columns[other][0]
    return other > at and after.n > 0 and after.share_matching(_ACCOUNT_DIGITS) >= ACCOUNTS_AFTER


ACCOUNTS_AFTER = 0.8  # of the values after a BSB, account numbers' six to ten digits


# Columns that say the rows register animals (their owners are the people)
_ANIMAL_COLUMNS = re.compile(
    r"(?:^|_)(?:breed|microchip\w*|desexed|desexing|animal\w*|pets?|dogs?|horses?|"
    r"equine|greyhounds?|hounds?|canine|feline|livestock|cattle|sheep|foal\w*)(?:_|$)"
)
_AN_ANIMALS = frozenset({"DATE_OF_BIRTH", "GENDER", "AGE", "PERSON"})
# The people who work with animals: who train, breed, ride or treat them. Beside them, a
# diagnosis or a treatment is the animal's too (a vet's records); beside a victim's name
# only (a dog attack's), an injury is the victim's
_WITH_ANIMALS = re.compile(
    r"(?:^|_)(?:trainer|breeder|jockey|rider|handler|farrier|veterinarian|vet_?(?:name|nm))(?:_|$)"
)


def _animals(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> list[ColumnFinding]:
    """In a register of animals and their owners, a name, sex or date of birth that the
    column's name does not give to a person (an owner, a victim, a trainer) is the animal's,
    and so are diagnoses and treatments beside a vet or a trainer. Notes are not: a
    narrative that names the people involved is free text."""
    findings = [finding for _, finding in columns]
    names = [name_hints(values.name) for values, _ in columns]
    animal = sum(_ANIMAL_COLUMNS.search(h.normalised) is not None for h in names)
    working = [_WITH_ANIMALS.search(h.normalised) is not None for h in names]
    people = [h.role or at_work for h, at_work in zip(names, working, strict=True)]
    if animal < 2 or not any(people):
        return findings
    animals = _AN_ANIMALS | {"HEALTH"} if any(working) else _AN_ANIMALS
    return [
        f.not_personal()
        if f.kind in animals
        and f.category != FREE_TEXT
        and not person
        and not _lived_longer(values, f)
        else f
        for (values, f), person in zip(columns, people, strict=True)
    ]


ANIMAL_YEARS = 30.0  # a median age no dog, cat or horse on a register reaches


def _lived_longer(values: ColumnValues, finding: ColumnFinding) -> bool:
    """Dates of birth or ages older than any animal's, in the middle (an owner's DOB of
    1965 beside the dog's ANIMAL_DOB): the people's."""
    if finding.kind == "DATE_OF_BIRTH":
        age = _median_age(values)
    elif finding.kind == "AGE":
        ages = [a for v in values.distinct for a in [_age(v)] * values.counts[v] if a is not None]
        age = statistics.median(ages) if ages else None
        if age is not None and IN_MONTHS.search(normalise(values.name)):
            age /= 12
    else:
        return False
    return age is not None and age > ANIMAL_YEARS


# A column naming the business or the premises a row is about, under no one's role
# (business_name, trading_as, PremisesName; not AGENT_BUS_NAME)
_THE_BUSINESS = re.compile(
    r"(?:business|trading|premises|prem|shop|venue|outlet)_?(?:name|nm|as)|"
    r"(?:registered|legal)_(?:business_)?name"
)
# A column naming the place a row is about, alone (a venue inspected, a shop)
_THE_VENUE = re.compile(r"venue|premises|shop|outlet")
# A place named for premises or the business (premises_address, PREM_SUBURB, BUS_PC)
_PREMISES = re.compile(r"(?:^|_)(?:premises|prem|business|bus)(?:_|$)")
# Names of a part of an address and nothing else (SUBURB, PCODE, LGA after PREM_ADDR)
_ADDRESS_PART = re.compile(
    r"(?:suburb|sub|locality|town|city|pcode|postcode|post_?code|pc|state|st|lga|council|"
    r"region|area)(?:_?(?:name|nm|code|cd))?"
)


# Whoever holds a licence or a permit for premises: a business, where its names are
_HOLDS_THE_PREMISES = re.compile(
    r"(?:licen[cs]ee|licen[cs]e_?holder|holder|permit_?holder|operator|occupier|proprietor)"
    r"(?:_?(?:name|nm))?"
)


def _names_the_business(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> bool:
    """Whether a column names the business or the premises the rows are about: by its
    name, or as the holder of a licence whose names are businesses' (``HOLDER``: "Orica
    Australia Pty Ltd", "Nguyen Metal Finishing")."""
    return any(
        _THE_BUSINESS.fullmatch(name := normalise(values.name))
        or (_HOLDS_THE_PREMISES.fullmatch(name) and _businesses_only(values, finding))
        for values, finding in columns
    )


def _names_the_place(values: ColumnValues, finding: ColumnFinding) -> bool:
    """Whether a column names the business or the place itself (``business_name``,
    ``venue``), not where it is."""
    name = normalise(values.name)
    return bool(
        (_THE_BUSINESS.fullmatch(name) or _THE_VENUE.fullmatch(name))
        and finding.kind not in _ADDRESS_BLOCK
    )


def _an_organisations_address(values: ColumnValues) -> bool:
    """Whether a column's name says it is an organisation's address (``PracticeAddr``,
    ``EMPLOYER_ADDRESS``): the suburb, state and postcode after it are the organisation's."""
    hints = name_hints(values.name)
    return hints.organisation and hints.has("ADDRESS")


def _premises(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> list[ColumnFinding]:
    """In a register of businesses that names their proprietors (a food business's, a skin
    penetration premises'), the premises' address, suburb and postcode are the business's,
    when a column names the business or the premises itself: those named for the premises
    or the business, and the parts of an address that follow them under bare names
    (``PREM_ADDR``, ``SUBURB``, ``PCODE``, ``LGA``) or follow the column that names the
    business itself (``venue``, then ``suburb``) or an organisation's address
    (``PracticeAddr``, then ``Suburb``, ``State``, ``Postcode``). A rented premises is a tenant's
    home: a register of bonds or of tenancy disputes names no business of its own (an
    agent's business name is the agent's)."""
    findings = [finding for _, finding in columns]
    places = [_names_the_place(values, finding) for values, finding in columns]
    business = _names_the_business(columns)
    addresses = [_an_organisations_address(values) for values, _ in columns]
    if not (business or any(places) or any(addresses)):
        return findings
    out = []
    premises = False  # within the premises' address: its suburb, postcode and area after it
    for (values, _), f, place, address in zip(columns, findings, places, addresses, strict=True):
        name = normalise(values.name)
        if place or address:
            # the parts of an address just after the venue's name, or after an
            # organisation's address, are the venue's or the organisation's
            premises = True
            out.append(f)
            continue
        if f.kind in _ADDRESS_BLOCK and _PREMISES.search(name) and business:
            # (a hearing's venue names no business: the premises a tenancy dispute is
            # about are the tenant's home)
            premises = True
        elif not (premises and f.kind in _ADDRESS_BLOCK and _ADDRESS_PART.fullmatch(name)):
            premises = False
        out.append(f.not_personal() if premises else f)
    return out


_RISK_RATING = re.compile(r"(?:^|_)risk_?(?:rating|level|category|cat)(?:_|$)")


def _premises_ratings(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> list[ColumnFinding]:
    """In a register that names the business itself beside its proprietor, a risk rating is
    the premises' (an inspection's), not a vulnerability of the proprietor."""
    findings = [finding for _, finding in columns]
    if not _names_the_business(columns):
        return findings
    return [
        f.not_personal()
        if f.kind == "VULNERABILITY" and _RISK_RATING.search(normalise(values.name))
        else f
        for (values, _), f in zip(columns, findings, strict=True)
    ]


# A latitude or longitude to a hundred metres or finer, or both in one cell
_FINE_DEGREES = r"^-?\d{1,3}\.\d{3,}$"
_FINE_PAIR = r"^\(?\s*-?\d{1,2}\.\d{3,}\s*[,; ]\s*-?1?\d{1,2}\.\d{3,}\s*\)?$"


def _coordinates(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> list[ColumnFinding]:
    """Latitudes and longitudes beside a person's address, or named as a person's place, in
    a table about people: the geocode of the address (a home, a pickup point), as
    identifying as the address.

    Coordinates of a catch at sea, a camera or a meter are in tables with no address of a
    person, or are named for the thing (SITE_LAT, CAMERA_LON).
    """
    findings = [finding for _, finding in columns]
    addressed = any(f.kind == "ADDRESS" for f in findings)
    out = []
    for values, finding in columns:
        # without an address, only a name that says whose place it is (LOCATION_LATITUDE of
        # a survey's respondent, HOME_LAT)
        said = _PERSONS_PLACE.search(name_hints(values.name).normalised) is not None
        why = "beside a person's address" if addressed else "named as a person's place"
        out.append((_coordinate(values, finding, why) if addressed or said else None) or finding)
    return out


_PERSONS_PLACE = re.compile(
    r"(?:^|_)(?:location|home|residence|residential|res|pickup|respondent|user|client|"
    r"patient|member|customer)(?:_|$)"
)


FINE = 0.9  # of a column's values, degrees to three decimal places or more
# Of a column of floats: a number kept to three places loses its trailing zeros (153.010 is
# 153.01), one time in ten
FINE_FLOATS = 0.8


def _coordinate(values: ColumnValues, finding: ColumnFinding, why: str) -> ColumnFinding | None:
    if finding.personal or values.n < 5:
        return None
    share = values.share_matching(_FINE_DEGREES)
    pairs = values.share_matching(_FINE_PAIR) if share < FINE else 0.0
    if max(share, pairs) < (FINE_FLOATS if values.is_float_type else FINE):
        return None
    hints = name_hints(values.name)
    if hints.thing or hints.of_thing or hints.organisation:
        return None
    # without a name, coordinates are anything's (a boat's mooring beside its owner's address)
    if not hints.coordinate or not all(-180.0 <= x <= 180.0 for x in values.numbers):
        return None
    share = max(share, pairs)
    evidence = values.tally(
        share, f"are coordinates to 3 or more decimal places, {why}, in a table about people"
    )
    entity = EntityFinding("LOCATION", 0.8, evidence)
    return finding.found_as(entity)


def _years(values: ColumnValues) -> float:
    return values.share_matching(r"^(?:19|20)\d\d$")


def _financial_years(values: ColumnValues) -> float:
    """The share of values that are financial years ("2021-22", "2021/2022"): a year and
    the next, as postal codes of four digits and two are not."""
    return values.share_where(_a_financial_year)


def _a_financial_year(value: str) -> bool:
    m = re.fullmatch(r"((?:19|20)\d\d)\s?[-/]\s?(\d\d|(?:19|20)\d\d)", value)
    return m is not None and (int(m.group(1)) + 1) % 10 ** len(m.group(2)) == int(m.group(2))


def _birth_years(values: ColumnValues, finding: ColumnFinding) -> ColumnFinding:
    """A column of years spread as years of birth are, in a table about people."""
    if finding.personal or values.n < 20 or _years(values) < 0.95:
        return finding
    if not opaque_name(values.name):
        return finding  # FIN_YEAR, YEAR_BUILT, ARRIVAL_YR: a name that says what the year is
    verdict = judge_birth_dates(
        parse_years([v for v in values.rows if v is not None]), birth_hint=False, event_hint=False
    )
    if not verdict.is_birth_date:
        return finding
    evidence = (
        f"{values.n} of {values.n} non-null sampled values are years; {verdict.evidence}; "
        "in a table about people"
    )
    entity = EntityFinding("DATE_OF_BIRTH", round(verdict.score - 0.05, 3), evidence)
    return finding.found_as(entity)


BODIES_ALONE = 0.5  # of the values on rows with no given name, organisations' names


def _family_names_beside_bodies(
    columns: Sequence[tuple[ColumnValues, ColumnFinding]],
) -> list[ColumnFinding]:
    """A column just after people's given names that holds their family names on the rows
    with a given name and organisations' names on the others: a hearing's parties, people
    and agencies both, written in the same two columns ("Mei", "ZHANG"; "", "Coastal Real
    Estate Pty Ltd"). The organisations' rows hid the family names from the rules that read
    a column whole."""
    findings = [f for _, f in columns]
    for at in range(1, len(columns)):
        values, finding = columns[at]
        given = columns[at - 1][0]
        if finding.personal or findings[at - 1].kind != "PERSON" or values.n < MIN_PAIRS:
            continue
        if len(given.rows) != len(values.rows):
            continue
        named = [v for g, v in zip(given.rows, values.rows, strict=True) if g and v]
        alone = [v for g, v in zip(given.rows, values.rows, strict=True) if not g and v]
        if len(named) < MIN_PAIRS or not alone:
            continue
        if sum(vocab.names_a_body(v) for v in alone) < BODIES_ALONE * len(alone):
            continue
        subset = ColumnValues.of_text(values.name, named)
        candidate = person_candidate(subset, name_hints(values.name))
        if candidate is None or candidate.entity != "PERSON":
            continue
        evidence = (
            f"{len(named)} of {values.n} non-null sampled values, on the rows with a given name "
            f"in '{given.name}', are people's family names; organisations' names on the others"
        )
        findings[at] = finding.found_as(EntityFinding("PERSON", 0.6, evidence))
    return findings


# Names of the children a table is about (students, pupils, a child in care)
_CHILDREN = re.compile(
    r"(?:^|_)(?:student|students|stud|pupil|pupils|child|children|kid|kids|youth|minor|"
    r"learner|learners|infant|baby|junior|juvenile)(?:_|$)"
)


def _unnamed_birth_dates(
    columns: Sequence[tuple[ColumnValues, ColumnFinding]],
) -> list[ColumnFinding]:
    """In a table about people, a column of dates with no name, or an opaque one (``F12``),
    is their dates of birth when the dates are a cohort's: all at least a few years ago and
    spread over some years (:func:`judge_cohort_dates`), or, in a table about children (its
    names say students, pupils, a child, or a column holds school years: "Yr 7", "Year 10"),
    spread over the years of a childhood. A population's spread, which other dates of birth
    are told by, is not there to tell them (students, young offenders, residents of aged
    care). A name that says what the dates are decides otherwise, and so does a date of
    birth found already: beside an adult's, old dates under no name are of something else."""
    children = any(
        _CHILDREN.search(name_hints(values.name).normalised) or _school_years(values)
        for values, _ in columns
    )
    born = any(f.kind == "DATE_OF_BIRTH" for _, f in columns)
    result = [_birth_dates(values, finding, children, born) for values, finding in columns]
    if born or any(f.kind == "DATE_OF_BIRTH" for f in result):
        return result
    return _births_of_childrens_ages(columns)


CHILDS_AGE = 18  # years, the oldest age in a column of children's ages
OLDEST_AGE = 120  # years, the oldest age in any column of ages


def _births_of_childrens_ages(
    columns: Sequence[tuple[ColumnValues, ColumnFinding]],
) -> list[ColumnFinding]:
    """Dates under no telling name that are the births of children whose ages a column
    beside gives: whole numbers no older than a child's, which, added to the dates row by
    row, land within the same few years (the day the ages were taken). A child's dates of
    birth are recent and, without a name to say so, read as any event's; their ages say
    what they are. (Adults' births are told by their spread: :func:`judge_cohort_dates`.)"""
    ages = [
        (values.name, given)
        for values, finding in columns
        if not finding.personal and (given := _childrens_ages(values)) is not None
    ]
    if not ages:
        return [f for _, f in columns]
    result = []
    for values, finding in columns:
        if finding.personal or values.n < MIN_PAIRS or not opaque_name(values.name):
            result.append(finding)
            continue
        if values.parsed_dates.share < EVENT_DATES:
            result.append(finding)
            continue
        born = _row_dates(values)
        for name, given in ages:
            pairs, landed = _landed(born, given)
            if len(pairs) >= MIN_PAIRS and middle_spread(landed) <= AGES_AGREE:
                what = f"are dates: the ages of children in '{name}', added to them, land together"
                share = len(pairs) / values.n
                entity = EntityFinding("DATE_OF_BIRTH", 0.75, values.tally(share, what))
                result.append(finding.found_as(entity))
                break
        else:
            result.append(finding)
    return result


def _childrens_ages(values: ColumnValues) -> list[int | None] | None:
    """Each sampled row's age, when the column is whole numbers from 0 to a child's oldest,
    several of them, and no age past it; else None."""
    return _row_ages(values, CHILDS_AGE, past_it=False)


def _row_ages(values: ColumnValues, oldest: int, *, past_it: bool) -> list[int | None] | None:
    """Each sampled row's age, a whole number from 0 to ``oldest`` (None where missing or
    none), when nine rows in ten give one and five ages at least are given; else None. A
    value that is no such age is skipped where ``past_it`` allows, else refuses the column."""
    if values.n < MIN_PAIRS or values.n_distinct < 5:
        return None
    given: list[int | None] = []
    for age in map(_age, values.rows):
        whole = age is not None and age.is_integer() and 0 <= age <= oldest
        if age is not None and not whole and not past_it:
            return None
        given.append(int(age) if whole and age is not None else None)
    if sum(a is not None for a in given) < 0.9 * values.n:
        return None
    return given


# A school's year level written as one ("Yr 7", "Year 10", "Grade 3", "Prep"), not a bare
# number (1 to 4 are anything's)
_SCHOOL_YEAR = r"(?i)^(?:prep|kindy|kindergarten|(?:year|yr|grade)\s?(?:[1-9]|1[0-2]))$"
SCHOOL_YEARS_WORDED = 0.3  # of a column's values, written with their word ("Yr 7")
SCHOOL_YEARS = 0.9  # of a column's values, year levels with their word or without


def _school_years(values: ColumnValues) -> bool:
    """Whether a column holds school year levels, some of them written as such: its rows
    are schoolchildren, whatever the columns are called."""
    return (
        values.n_distinct >= 3
        and values.share_matching(_SCHOOL_YEAR) >= SCHOOL_YEARS_WORDED
        and values.share_matching(YEAR_LEVEL) >= SCHOOL_YEARS
    )


# An unnamed column's whole numbers spread as a population's ages: the youngest a child's or
# a young adult's, the oldest past retirement, the middle half over fifteen years or more
AGE_YOUNGEST = 20
AGE_OLDEST = (65, 105)
AGE_MIDDLE = (20, 80)  # years, the median age
AGE_SPREAD = 15  # years between the quartiles, at least
AGED = (65, 96)  # the lower quartile and the oldest ages, at least, of the old alone
AGED_MIDDLE = 90  # their median age, at most
AGED_SPREAD = 10  # years between their quartiles, at least
CENTENARIANS = 0.01  # of the old's ages, 100 exactly at most: more are full marks
MIN_AGES = 30  # different ages
NUMBERS_AGES = 0.95  # of a column's values, whole numbers (the others no answer: "unknown")
_REACHED = frozenset({"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS"})
# or told apart by a government's number for them
_DOCUMENTED = frozenset(
    {"AU_TFN", "AU_MEDICARE", "AU_IHI", "AU_CRN", "AU_DRIVERS_LICENCE", "AU_PASSPORT"}
)
# or by a number each and their sex, their job or their income (an incident's injured,
# unnamed; a rebate's assessed clients: counts by sex in a table of statistics have no one's
# number)
_DESCRIBED = frozenset({"GENDER", "OCCUPATION", "INCOME"})


def _unnamed_ages(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> list[ColumnFinding]:
    """In a table of people named or reached by their values (a name, a phone, an e-mail
    address, a street address), numbered by a government, or numbered and told by their sex,
    their job or their income, with no births beside, a column under no name, or an opaque
    one, of whole numbers spread as ages are (:func:`_ages_spread`) is their ages. Counts,
    scores, points and hours in such tables stop short of retirement's years or start past a
    young adult's; a percentage spreads evenly from 0 to 100."""
    kinds = {f.kind for _, f in columns}
    numbered = "ID" in kinds and not kinds.isdisjoint(_DESCRIBED)
    if "DATE_OF_BIRTH" in kinds or (kinds.isdisjoint(_REACHED | _DOCUMENTED) and not numbered):
        return [f for _, f in columns]  # (beside births, the births decide: _ages_of_births)
    result = []
    for values, finding in columns:
        spread = None
        if not finding.personal and values.n >= MIN_AGES and opaque_name(values.name):
            spread = _ages_spread(values)
        if spread is None:
            result.append(finding)
            continue
        share, how = spread
        evidence = values.tally(share, f"are whole numbers spread as people's ages ({how})")
        result.append(finding.found_as(EntityFinding("AGE", 0.55, evidence)))
    return result


def _ages_spread(values: ColumnValues) -> tuple[float, str] | None:
    """The share of a column's values that are whole numbers, and how they spread, when they
    spread as a population's ages."""
    if values.n_distinct < MIN_AGES:
        return None
    ages: list[int] = []
    unanswered = 0
    for value, times in values.counts.items():
        if vocab.fold(value).strip(" .") in _NO_AGE:
            unanswered += times  # "unknown", "U/K": no answer
            continue
        age = _age(value)
        if age is None:
            continue
        if not age.is_integer() or not 0 <= age <= AGE_OLDEST[1]:
            return None
        ages.extend([int(age)] * times)
    if len(ages) < NUMBERS_AGES * (values.n - unanswered) or len(ages) < MIN_AGES:
        return None  # "E743493479" is a number to RE2's eyes (an exponent), not to Python's
    ages.sort()
    youngest, oldest = ages[0], ages[-1]
    low, middle, high = (ages[len(ages) * q // 4] for q in (1, 2, 3))
    # the old alone (an aged care service's clients): three in four of them 65 or more,
    # some past 95, and hardly any 100 exactly (marks and percentages out of 100 are full
    # often, and are never past it)
    full = ages.count(100) > max(1, CENTENARIANS * len(ages)) and oldest <= 100
    aged = low >= AGED[0] and oldest >= AGED[1] and not full
    if (
        (youngest > AGE_YOUNGEST and not aged)
        or not AGE_OLDEST[0] <= oldest
        or _both_ends(ages)  # a percentage, spread evenly from 0 to 100
        or not AGE_MIDDLE[0] <= middle <= (AGED_MIDDLE if aged else AGE_MIDDLE[1])
        or high - low < (AGED_SPREAD if aged else AGE_SPREAD)
    ):
        return None
    spread = f"{youngest} to {oldest}, median {middle}, middle half {low} to {high}"
    return len(ages) / values.n, spread


AGE_ENDS = 0.05  # of a column's ages, under 11 and over 89 each: a percentage's even spread


def _both_ends(ages: list[int]) -> bool:
    """Whether many of the numbers are both a child's and a nonagenarian's: a population
    has few at one end at least (infants and the very old together are rare), and numbers
    spread evenly from 0 to 100 have a tenth at each."""
    least = AGE_ENDS * len(ages)
    children = sum(a <= 10 for a in ages)
    nonagenarians = sum(a >= 90 for a in ages)
    return children >= least and nonagenarians >= least


def _birth_dates(
    values: ColumnValues, finding: ColumnFinding, children: bool, born: bool
) -> ColumnFinding:
    if finding.personal or values.n < 20 or not opaque_name(values.name) or (born and not children):
        return finding
    parsed = values.parsed_dates
    if parsed.share < 0.9:
        return finding
    if children and (verdict := judge_childhood_dates(parsed)).is_birth_date:
        whose = "children"
    elif not born and (verdict := judge_cohort_dates(parsed)).is_birth_date:
        whose = "people"
    else:
        return finding
    evidence = values.tally(
        parsed.share, f"are dates: {verdict.evidence}; in a table about {whose}"
    )
    entity = EntityFinding("DATE_OF_BIRTH", verdict.score, evidence)
    return finding.found_as(entity)


# The day a record began: received, lodged, created (no one is born after their record)
_RECORD_START = re.compile(
    r"(?:^|_)(?:received|recvd|rcvd|recd|lodg\w*|created|submitted|applied|opened|requested)"
    r"(?:_|$)"
)
# A mother's age beside her baby's date of birth is another person's
_SOMEONE_ELSES_AGE = re.compile(
    r"(?:^|_)(?:mother|mothers|mum|maternal|father|fathers|dad|paternal|parent|parents|"
    r"partner|spouse|carer|guardian|sibling|kin|nok|contact|applicant|staff|officer)(?:_|$)"
)
AGE_SLACK = 2.0  # years an age given beside may exceed the age a date of birth gives today
CONTRADICTED = 0.9  # of the rows with both, the share that must contradict a birth
MIN_PAIRS = 20  # rows with both values, to judge by


def _births_contradicted(
    columns: Sequence[tuple[ColumnValues, ColumnFinding]],
) -> list[ColumnFinding]:
    """Dates under a name of birth that the table shows are no births: an age given beside
    them is more than they allow (an age at injury of 45 beside a "dob" of last year), or
    each falls after the day its record was received or lodged, or after another person's
    birth (:func:`_born_later`), or give children's ages beside an adult's under the same
    bare name (:func:`_a_younger_twin`). A misleading name (a decision's date under ``dob``)
    is no person's birth."""
    # (an age in months, a child's at a vaccination, is no age in years to check them by)
    ages = [
        values
        for values, finding in columns
        if finding.kind == "AGE"
        and not _SOMEONE_ELSES_AGE.search(normalise(values.name))
        and not IN_MONTHS.search(normalise(values.name))
    ]
    starts = [
        values
        for values, finding in columns
        if not finding.personal and _RECORD_START.search(normalise(values.name))
    ]
    births = [values for values, finding in columns if finding.kind == "DATE_OF_BIRTH"]
    # a table that names its people, none of its names of children, says who its people are
    named = any(finding.kind == "PERSON" for _, finding in columns)
    young = not named or any(_YOUNG_ONES.search(normalise(v.name)) for v, _ in columns)
    return [
        finding.not_personal()
        if finding.kind == "DATE_OF_BIRTH"
        and (
            ((ages or starts) and _contradicted(values, ages, starts))
            or any(_born_later(values, other) for other in births if other is not values)
            or _a_younger_twin(values, births)
            or (not young and _all_young(values))
        )
        else finding
        for values, finding in columns
    ]


# Names that say a table is about young children: theirs, their parents', their care's
_YOUNG_ONES = re.compile(
    r"(?:^|_)(?:student|students|stud|pupil|pupils|child|children|chld|kid|kids|infant|"
    r"infants|baby|babies|newborn|neonat\w*|perinatal|toddler|junior|juvenile|minor|youth|"
    r"mother|mothers|maternal|father|fathers|paternal|parent|parents|guardian|carer|"
    r"kinder\w*|preschool|school|childcare|creche|immunis\w*|immuniz\w*|vaccin\w*|apgar|"
    r"gestation\w*|birth_?weight|plurality)(?:_|$)"
)
YOUNG = 10.0  # years: births all within them are young children's


def _all_young(values: ColumnValues) -> bool:
    """Whether dates under a name of birth would make nearly everyone in the table a young
    child (19 in 20 born within :data:`YOUNG` years), in a table that names its people and
    none of whose names speak of children, their parents or their care: a decision's dates,
    misnamed (a banning order's subjects, patients asked for their consent). Recent dates
    under such a name and nothing else to go by are a birth register's newborns."""
    parsed = values.parsed_dates
    return parsed.share >= 0.9 and all_recent(parsed, YOUNG)


# Names of the rows' own births, with no one's role before them
_BARE_BIRTH = frozenset(
    {"dob", "d_o_b", "date_of_birth", "birth_date", "birthdate", "dt_of_birth", "birth_dt",
     "dob_dt", "date_birth", "birth_dte"}
)  # fmt: skip
ADULT = 18.0  # years


def _a_younger_twin(born: ColumnValues, births: Sequence[ColumnValues]) -> bool:
    """Whether dates under a bare name of birth (``dob``) give children's ages at the
    median, beside another column under a bare name of birth (``date_of_birth``) that gives
    adults': a table holds its people's births once, and one is misnamed (a banning
    order's decision, under ``dob``). A child's birth beside a parent's is named for whose
    it is (``mother_dob``)."""
    if normalise(born.name) not in _BARE_BIRTH:
        return False
    mine = _median_age(born)
    return (
        mine is not None
        and mine < ADULT
        and any(
            other is not born
            and normalise(other.name) in _BARE_BIRTH
            and (age := _median_age(other)) is not None
            and age >= ADULT
            for other in births
        )
    )


def _median_age(values: ColumnValues) -> float | None:
    ages = ages_today(values.parsed_dates)
    return statistics.median(ages) if ages else None


PARENTS_AGES = (12.0, 60.0)  # years between a parent's birth and their child's
NARROW = 8.0  # years over which the middle 90% of a year's decisions or bookings fall


def _born_later(born: ColumnValues, other: ColumnValues) -> bool:
    """Whether dates under a name of birth fall, row by row, after another person's birth
    at no parent's distance (a tenant born in 1970, a "dob" of last year), and over a few
    years only: a decision's or a lodgement's dates. A baby born to a mother, or children
    in a register with their parents' births, stay births."""
    dated = [
        (b, o)
        for b, o in zip(_row_dates(born), _row_dates(other), strict=True)
        if b is not None and o is not None
    ]
    if len(dated) < MIN_PAIRS or sum(b > o for b, o in dated) < CONTRADICTED * len(dated):
        return False
    lo, hi = PARENTS_AGES
    parents = sum(lo <= years_between(o, b) <= hi for b, o in dated)
    if parents >= CONTRADICTED * len(dated):
        return False
    return middle_spread([b for b, _ in dated]) <= NARROW


def _contradicted(
    born: ColumnValues, ages: Sequence[ColumnValues], starts: Sequence[ColumnValues]
) -> bool:
    births = _row_dates(born)
    today = dt.date.today()
    for values in ages:
        given = [_age(v) for v in values.rows]
        aged = [(b, a) for b, a in zip(births, given, strict=True) if b and a is not None]
        older = sum(a > years_between(b, today) + AGE_SLACK for b, a in aged)
        if len(aged) >= MIN_PAIRS and older >= CONTRADICTED * len(aged):
            return True
    for values in starts:
        dated = [(b, s) for b, s in zip(births, _row_dates(values), strict=True) if b and s]
        after = sum(b > s for b, s in dated)
        if len(dated) >= MIN_PAIRS and after >= CONTRADICTED * len(dated):
            return True
    return False


AGES_AGREE = 3.0  # years within which ages added to their births land: the events they were at
# or, for ages taken at events over more years (an accident's, a claim's), years within which
# they land when the births themselves spread five times as wide: numbers that are not ages
# add their own spread to the births'
AGES_AGREE_OVER_YEARS = (12.0, 5.0)
RECENT_EVENTS = 10.0  # years before today, at most, of the middle day those ages land on


def _ages_of_births(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> list[ColumnFinding]:
    """Whole numbers under no telling name that are the ages the table's dates of birth give:
    each added to the birth beside it lands within the same few years (the day the ages were
    taken, or the events they were taken at). Other numbers beside a birth (a count, a score,
    a duration) land anywhere."""
    births = [
        (values.name, _row_dates(values))
        for values, finding in columns
        if finding.kind == "DATE_OF_BIRTH"
    ]
    if not births:
        return [finding for _, finding in columns]
    events: list[tuple[str, list[dt.date | None]]] = []
    read = False

    def dated() -> list[tuple[str, list[dt.date | None]]]:
        nonlocal read
        if not read:  # (read once, and only for a column of ages the births alone left)
            read = True
            events.extend(
                (values.name, _row_dates(values))
                for values, finding in columns
                if finding.kind != "DATE_OF_BIRTH" and _dates_of_events(values)
            )
        return events

    return [
        _aged(values, finding, births, dated) if not finding.personal else finding
        for values, finding in columns
    ]


def _dates_of_events(values: ColumnValues) -> bool:
    return values.n >= MIN_PAIRS and values.parsed_dates.share >= EVENT_DATES


EVENT_DATES = 0.9  # of a column's values, dates, to read ages at them
AGES_AT = 0.9  # of a row's ages, those a year at most from the age its dates give


def _aged(
    values: ColumnValues,
    finding: ColumnFinding,
    births: Sequence[tuple[str, list[dt.date | None]]],
    events: Callable[[], list[tuple[str, list[dt.date | None]]]],
) -> ColumnFinding:
    """``finding`` made an age when the column's whole numbers, added row by row to the
    births of one column (its name, and each sampled row's date), land within
    :data:`AGES_AGREE` years, or within :data:`AGES_AGREE_OVER_YEARS` of a wide spread of
    births; or when they are, row by row, the ages the births give on the day of another
    column's dates (a child's age at a placement's start, whenever it started)."""
    given = _row_ages(values, OLDEST_AGE, past_it=True)
    if given is None:
        return finding
    ages = sum(a is not None for a in given)
    for name, born in births:
        pairs, landed = _landed(born, given)
        if len(landed) >= MIN_PAIRS and _land_together(landed, [b for b, _ in pairs]):
            what = f"are ages: added to the births in '{name}', each lands in the same years"
            entity = EntityFinding("AGE", 0.7, values.tally(ages / values.n, what))
            return finding.found_as(entity)
    for name, born in births:
        for event, on in events():
            triples = [
                (b, a, d)
                for b, a, d in zip(born, given, on, strict=True)
                if b is not None and a is not None and d is not None and d >= b
            ]
            near = sum(abs(a - _age_on(b, d)) <= 1 for b, a, d in triples)
            if len(triples) >= MIN_PAIRS and near >= AGES_AT * len(triples):
                what = f"are ages: the births in '{name}' give them on the dates in '{event}'"
                entity = EntityFinding("AGE", 0.7, values.tally(ages / values.n, what))
                return finding.found_as(entity)
    return finding


def _landed(
    born: Sequence[dt.date | None], given: Sequence[float | None]
) -> tuple[list[tuple[dt.date, float]], list[dt.date]]:
    """The rows with both a birth and an age, and the day each age added to its birth lands
    on (the day the age was taken)."""
    pairs = [
        (b, a)
        for b, a in zip(born, given, strict=True)
        if b is not None and a is not None and b.year + a < dt.MAXYEAR
    ]
    return pairs, [dt.date.fromordinal(b.toordinal() + round(a * DAYS_PER_YEAR)) for b, a in pairs]


def _age_on(born: dt.date, day: dt.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _land_together(landed: list[dt.date], born: list[dt.date]) -> bool:
    """Whether ages added to their births land within a few years, or within some more
    years of births spread far wider and in recent years (the events the ages were taken
    at: years a licence has been held land as long before them as it was first held)."""
    spread = middle_spread(landed)
    if spread <= AGES_AGREE:
        return True
    most, narrower = AGES_AGREE_OVER_YEARS
    if spread > most or spread * narrower > middle_spread(born):
        return False
    middle = sorted(landed)[len(landed) // 2]
    return years_between(middle, dt.date.today()) <= RECENT_EVENTS


# What a pay run pays: gross and net amounts, under such a name or none
_PAY_AMOUNT = re.compile(
    r"(?:^|_)(?:gross|net|pay|amt|amount|earnings|wage|wages|tax|wheld|withheld|payg)(?:_|$)"
)
_MONEY = r"^-?\$?\d{1,3}(?:,?\d{3})*\.\d{2}$"
# Tax withheld from a payment (PAYG_WHELD, TAX_WITHHELD): withheld only from what a person
# earns or is paid instead of earnings (wages, weekly compensation, a pension)
_WITHHELD = re.compile(
    r"(?:^|_)(?:payg(?:_?w(?:ith)?h(?:e)?ld|_?withholding)?|wheld|withheld|withholding)(?:_|$)"
)
# An amount a person owes or is asked for (AMT_SOUGHT, DEBT_OWING): a debt, not a pay
_OWED = re.compile(
    r"(?:^|_)(?:sought|owed|owing|debt|debts|outstanding|arrears|overdue|due|fine|fines|"
    r"penalty|penalties|recover\w*)(?:_|$)"
)
MIN_PAID = 20  # amounts at least, to read a column as pay
TAXED_ROWS = 0.5  # of a pay run's rows, those with a TFN at least
MANY_AMOUNTS = 30  # different amounts under no name, more than a few fees' or rates'


def _pay(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> list[ColumnFinding]:
    """In a pay run (a TFN and a bank account on each row of a table about people, a bank
    account and a description that says salary or wages, or a bank account and amounts of
    tax withheld), amounts of money named gross, net or pay, or under no name (half of them
    different at least), are what each person is paid: their income. A table of payments
    to clients carries no TFN, withholds no tax, and its descriptions name benefits."""
    findings = [finding for _, finding in columns]
    kinds = {f.kind for f in findings}
    # (a TFN on most rows: one quoted for a few honoraria among expense claims is no pay run)
    quoted = any(f.kind == "AU_TFN" and v.n >= TAXED_ROWS * v.sampled for v, f in columns)
    taxed = quoted and PAY_RUN.issubset(kinds)
    banked = "BANK_ACCOUNT" in kinds
    if taxed:
        run = "a TFN and a bank account"
    elif banked and any(_says_salary(values) for values, _ in columns):
        run = "a bank account, paid as salary"
    elif banked and any(_withheld(values) for values, _ in columns):
        run = "a bank account, tax withheld"
    else:
        return findings
    for at, (values, finding) in enumerate(columns):
        if finding.personal or values.n < MIN_PAID:
            continue
        named = _PAY_AMOUNT.search(normalise(values.name)) is not None
        if not (named or opaque_name(values.name)) or _OWED.search(normalise(values.name)):
            continue
        # a few amounts under no name are a fee's or a rate's; named gross or tax, fixed
        # honoraria are still what each person is paid, and so are many amounts recurring
        # (sessions paid at a few rates)
        if not named and values.distinct_ratio < 0.5 and values.n_distinct < MANY_AMOUNTS:
            continue
        money = values.share_matching(_MONEY)
        if money >= 0.9:
            what = f"are amounts of money, in a pay run ({run} on each row)"
            evidence = values.tally(money, what)
            findings[at] = finding.found_as(EntityFinding("INCOME", 0.6, evidence))
    return findings


# An annual salary, as a staff register writes it ("$113,481", "117965.00", "90100")
# dollars, or dollars and cents ("$63,600", "82493.46"): a year's salary as a payroll
# system or a spreadsheet writes it
_WHOLE_DOLLARS = re.compile(r"^\$?\s*\d{1,3}(?:,?\d{3})*(?:\.\d{2})?$")
SALARY_RANGE = (30_000, 500_000)  # dollars a year
SALARY_MIDDLE = (45_000, 250_000)  # the median salary of a staff register
SALARY_SPREAD = 4.0  # the ninetieth percentile over the tenth, at most
MIN_SALARIES = 20  # different amounts at least
SALARIES_DIFFER = 0.2  # of a column's amounts, distinct at least
_HOURLY = re.compile(r"^\$?\s*\d{1,3}(?:\.\d{1,2})?$")  # "49.48", "$63.50", "63"
HOURLY_RANGE = (20.0, 150.0)  # dollars an hour
HOURLY_CENTS = 0.5  # of hourly rates, those with cents (49.48), where hours are 7.5 or 38


def _salaries(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> list[ColumnFinding]:
    """In a table of staff (people, beside their job titles or tax file numbers), amounts
    under no name that are each one's pay (:func:`_pay_of_staff`) are INCOME, when a fifth of
    them or more are different or each comes back with one person (a roster's shifts): a
    few cost centres' codes recur, each shared by many."""
    findings = [finding for _, finding in columns]
    if not {"OCCUPATION", "AU_TFN"} & {f.kind for f in findings}:
        return findings
    # (the people by their names, or by their numbers: a name may be written several ways)
    names = [values for values, finding in columns if finding.kind in ("PERSON", "ID")]
    for at, (values, finding) in enumerate(columns):
        if finding.personal or not opaque_name(values.name) or values.n_distinct < MIN_SALARIES:
            continue
        if values.distinct_ratio < SALARIES_DIFFER and not _each_ones(values, names):
            continue  # cost centres' codes, each on many people's rows
        pay = _pay_of_staff(values)
        if pay is not None:
            share, what = pay
            findings[at] = finding.found_as(
                EntityFinding("INCOME", 0.55, values.tally(share, f"{what}, beside staff"))
            )
    return findings


def _pay_of_staff(values: ColumnValues) -> tuple[float, str] | None:
    """The share of a column's values that are pay, and what pay, for dollars nearly
    all of a year's salary (thirty thousand dollars to half a million), bunched as a
    workforce's are (the highest tenth at most four times the lowest: identifiers of five or
    six digits spread evenly over their range), or for dollars and cents an hour (twenty
    to a hundred and fifty, most with cents: hours worked are whole, halves or quarters)."""
    amounts = _amounts(values, _WHOLE_DOLLARS)
    if len(amounts) >= 0.9 * values.n:
        least, most = SALARY_RANGE
        tenth, middle, ninetieth = (amounts[len(amounts) * q // 10] for q in (1, 5, 9))
        if (
            sum(least <= a <= most for a in amounts) >= 0.9 * len(amounts)
            and SALARY_MIDDLE[0] <= middle <= SALARY_MIDDLE[1]
            and ninetieth <= SALARY_SPREAD * tenth
        ):
            what = f"are dollars of a year's salary (median {middle:,.0f})"
            return len(amounts) / values.n, what
    rates = _amounts(values, _HOURLY)
    low, high = HOURLY_RANGE
    if len(rates) < 0.9 * values.n or sum(low <= r <= high for r in rates) < 0.9 * len(rates):
        return None
    cents = sum(round(r * 4) != r * 4 for r in rates)  # not whole, a half or a quarter
    if cents < HOURLY_CENTS * len(rates):
        return None
    return len(rates) / values.n, "are dollars and cents an hour, as a rate of pay"


def _amounts(values: ColumnValues, shape: re.Pattern[str]) -> list[float]:
    """A column's amounts written in ``shape``, each as often as it is written, in order."""
    amounts: list[float] = []
    for value, times in values.counts.items():
        text = value.strip()
        if shape.match(text):
            amounts.extend([float(text.lstrip("$ ").replace(",", ""))] * times)
    return sorted(amounts)


def _each_ones(values: ColumnValues, names: Sequence[ColumnValues]) -> bool:
    """Whether each of a column's values comes back with one person's name or number (a
    salary on each of a roster's shifts), in nearly all of its rows."""
    for person in names:
        pairs = [(v, p) for v, p in zip(values.rows, person.rows, strict=True) if v and p]
        if len(pairs) >= MIN_PAIRS and modal_share(pairs) >= ONE_PERSONS:
            return True
    return False


ONE_PERSONS = 0.9  # of the rows, those where a value comes with its one person's name


# A bank transfer's description of a pay run ("EPA SALARY PE270625", "Wages FN14")
_SALARY_WORDS = vocab.words("salary salaries wages wage payroll")
SALARY_DESCRIBED = 0.8  # of a column's values


def _withheld(values: ColumnValues) -> bool:
    """Amounts of money named as tax withheld from a payment."""
    withheld = _WITHHELD.search(normalise(values.name)) is not None
    return withheld and values.n >= MIN_PAID and values.share_matching(_MONEY) >= 0.9


def _says_salary(values: ColumnValues) -> bool:
    return values.share_with_word(_SALARY_WORDS) >= SALARY_DESCRIBED


def _row_dates(values: ColumnValues) -> list[dt.date | None]:
    """Each sampled row's date (None where missing or unreadable), every value read as the
    column reads (day or month first)."""
    distinct = values.distinct
    read = dict(zip(distinct, parse_each_date(distinct), strict=True))
    return [None if v is None else read[v] for v in values.rows]


# an age's unit after it ("82 yrs", "35 years", "40yo")
_YEARS_AFTER = re.compile(r"\s*(?:y|yo|y/o|yr|yrs|year|years)\.?$", re.IGNORECASE)
# an age guessed by whoever wrote it down ("~76", "approx 11", "est. 40")
_ABOUT = re.compile(r"^(?:~|approx\.?|approximately|about|around|est\.?|c\.)\s*", re.IGNORECASE)
_DECADE = re.compile(r"(\d)0'?s")  # a decade of life guessed ("60s", "80's")
_NO_AGE = frozenset({"unk", "u/k", "unknown", "n/k", "not known", "nk", "-", "?"})


def _age(value: str | None) -> float | None:
    """An age as people write it: a number, with its unit after it or a guess before it, or a
    decade of life ("60s", read as 65); None for a band ("25-34") or anything else."""
    if value is None:
        return None
    text = _ABOUT.sub("", value.strip())
    if (decade := _DECADE.fullmatch(text)) is not None:
        return int(decade.group(1)) * 10 + 5.0  # "60s": in their sixties
    try:
        return float(_YEARS_AFTER.sub("", text))
    except ValueError:
        return None


def apply_table_context(
    columns: Sequence[tuple[ColumnValues, ColumnFinding]], rows_total: int | None = None
) -> list[ColumnFinding]:
    """The findings, with columns that only describe cells or things made not personal, and
    columns that a table about people explains made personal.

    A struct column is read as its leaves, beside the flat columns; it comes back as its own
    finding followed by one finding per leaf (:mod:`minshare.detect.nested`).
    """
    flat, owners = flatten(columns)
    return list(unflatten(columns, owners, _decide_table(flat, rows_total)))


def _decide_table(
    columns: Sequence[tuple[ColumnValues, ColumnFinding]], rows_total: int | None
) -> list[ColumnFinding]:
    # postcodes found by value alone must agree with the table, before and after the
    # neighbours of places are read as places (so that four digits beside a suburb count
    # as a postcode only where each suburb has its own)
    columns = _with(columns, unnamed_postcodes(columns))
    columns = _with(columns, _undashed_bsbs(columns))
    columns = _with(columns, _blocks(columns))
    columns = _with(columns, unnamed_postcodes(columns))
    findings = [finding for _, finding in columns]
    if is_aggregate(columns, rows_total):
        return [f.not_personal() if f.personal else f for f in findings]
    subject = table_subject(columns)
    columns = _with(columns, _premises(columns))
    findings = [finding for _, finding in columns]
    if subject is not Subject.PEOPLE:
        columns = _with(columns, ledgers_payees(columns, rows_total))
        # (in a table about people, once its identifiers are read: a business's number
        # says its rows are dealings with it)
        columns = _with(columns, _bodies_numbers(columns, subject))
        columns = _with(columns, _counterparties(columns))
        columns = _with(columns, _traders_numbers(columns))
        columns = _with(columns, _companies_only(columns))
        findings = [finding for _, finding in columns]
    if subject is Subject.THINGS:
        # an organisation's places, wages and stock: no person's quasi-identifiers or
        # sensitive information (its direct identifiers stay, but for its own lines)
        named = any(f.kind == "PERSON" for f in findings)
        institutions = any(_names_institutions(v) for v, _ in columns)
        # a plate is its fleet's in a register of things bought from businesses; a camera's
        # log of passing plates names no business, and its plates are the public's
        businesses = any(names_businesses(v) for v, _ in columns)
        fleet = businesses and any(
            a_plate(v, f) for (v, _), f in zip(columns, findings, strict=True)
        )
        # a register of companies names a contact for each: their premises are not the
        # contact's home, as a sole trader's may be
        contacts = named and companies_and_their_contacts(columns)
        # where the businesses' ABNs stay personal (sole traders may be among them), so do
        # the accounts they are paid into
        traders = any(f.kind == "AU_ABN" and f.personal for f in findings)
        return [
            f.not_personal()
            if f.category in _OF_SOMEONE
            # a station's or an asset's dates, read as births by their spread alone
            or dated_by_its_spread(v, f)
            # a bank account beside the businesses a table of things names is where it
            # pays them (a supplier's, a club's granted money), whoever its contact is
            or (businesses and not traders and f.kind == "BANK_ACCOUNT")
            or (
                not named and _an_organisations_number(v, f, institutions=institutions, fleet=fleet)
            )
            else _organisations_line(v, f, named and not (contacts and f.kind == "ADDRESS"))
            for (v, _), f in zip(columns, findings, strict=True)
        ]
    if subject is Subject.PEOPLE:
        columns = _with(columns, _animals(columns))
        columns = _with(columns, held_by_people(columns, rows_total))
        columns = _with(columns, coded_traits(columns))
        columns = _with(columns, circumstances(columns))
        columns = _with(columns, _premises_ratings(columns))
        columns = _with(columns, coarse_areas(columns))
        columns = _with(columns, _coordinates(columns))
        columns = _with(columns, _family_names_beside_bodies(columns))
        columns = _with(columns, _unnamed_birth_dates(columns))
        columns = _with(columns, _births_contradicted(columns))
        columns = _with(columns, _ages_of_births(columns))
        columns = _with(columns, _unnamed_ages(columns))
        columns = _with(columns, _bodies_numbers(columns, subject))
        columns = _with(columns, _counterparties(columns))
        columns = _with(columns, _traders_numbers(columns))
        columns = _with(columns, _shared_numbers(columns))
        columns = _with(columns, _switchboards(columns))
        columns = _with(columns, _companies_only(columns))
        columns = _with(columns, _accounts(columns))
        columns = _with(columns, _pay(columns))  # once the table's accounts are read
        columns = _with(columns, _salaries(columns))
        columns = _with(columns, _rates_charged(columns))
        columns = _with(columns, _requests_clients(columns))
        return [_birth_years(values, finding) for values, finding in columns]
    columns = _with(columns, [_product(values, finding) for values, finding in columns])
    findings = [finding for _, finding in columns]
    if len(findings) < 4:
        return findings  # too few columns to tell what a row is
    return [f.not_personal() if f.kind in _PLACES else f for f in findings]


_OF_SOMEONE = frozenset({QUASI_IDENTIFIER, SENSITIVE})

# the columns that say who a row's person is: a log whose people come back has each of
# them less distinct than this (a register of one row a person, about as distinct as rows)
_WHO = frozenset({"PERSON", "EMAIL_ADDRESS", "USERNAME"})
COME_BACK = 0.8


def _requests_clients(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> list[ColumnFinding]:
    """A browser's user agent, in a log whose people come back row after row (a portal's
    audit trail, a user on many requests), is the software that made each request, the
    same for everyone on that browser, not a trait of the person; in a table of one row a
    person (a register of identities), it is one of theirs, and stays."""
    who = [values.distinct_ratio for values, finding in columns if finding.kind in _WHO]
    if not who or max(who) >= COME_BACK:
        return [finding for _, finding in columns]
    return [
        finding.not_personal() if finding.kind == "USER_AGENT" else finding
        for _, finding in columns
    ]


# A rate named as nothing but a rate (HOURLY_RATE, daily_rate): not a wage's, a pay's or a
# salary's
_BARE_RATE = re.compile(
    r"^(?:(?:hourly|hrly|hr|daily|weekly|wkly|fortnightly|monthly)_?rate|"
    r"rate_?(?:per_?)?(?:hour|hr|day|week))(?:_(?:aud|ex_?gst|inc_?gst|amt|\$))?$"
)
_GST = re.compile(r"(?:^|_)gst(?:_|$)")


def _rates_charged(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> list[ColumnFinding]:
    """A rate named as nothing but a rate, in a table of people who trade under an ABN or
    are registered for GST (a panel of practitioners, sole traders, interpreters claiming
    for their work), is the price they charge, not their income. A wage's or a pay's rate
    (``wage_rate_hr``, ``PAY_RATE``) stays income."""
    trading = any(
        finding.kind == "AU_ABN" or _GST.search(normalise(values.name))
        for values, finding in columns
    )
    return [
        finding.not_personal()
        if trading and finding.kind == "INCOME" and _BARE_RATE.match(normalise(values.name))
        else finding
        for values, finding in columns
    ]


def _an_organisations_number(
    values: ColumnValues, finding: ColumnFinding, *, institutions: bool, fleet: bool
) -> bool:
    """In a table of organisations that names no person: an ACN (only a company has one), an
    ABN where the table names institutions (hospitals, schools, halls, clubs: no sole trader
    is one, where a supplier may be), a licence whose name does not say a driver's (a
    facility's, a premises'), or a plate in a register of its fleet."""
    abn = finding.kind == "AU_ABN" and institutions
    return (
        finding.kind == "AU_ACN"
        or abn
        or anyones_licence(values, finding)
        or (fleet and a_plate(values, finding))
    )


# The words for institutions and the sites they keep: the kinds of body no sole trader is
_INSTITUTION_WORDS = (
    vocab.BODY_WORDS
    - vocab.words("inc incorporated ltd limited pty trust corporation cooperative co-operative")
    - vocab.words("coop co-op collective network alliance")
) | vocab.FACILITY_WORDS
INSTITUTIONS = 0.5  # of a column's values, names of institutions
MIN_INSTITUTIONS = 5  # different ones at least


def _names_institutions(values: ColumnValues) -> bool:
    """Whether a column names institutions: hospitals, schools, libraries, halls, clubs."""
    if values.n_distinct < MIN_INSTITUTIONS or values.numeric_share > 0.2:
        return False
    return values.share_with_word(_INSTITUTION_WORDS) >= INSTITUTIONS


# The words of an ABN's or an ACN's column name that say what it is, not whose
_NUMBER_WORDS = vocab.words(
    "abn acn no num number nbr id ref business company co entity registered reg licence license lic"
)
MIN_NAMED = 5  # organisations' names in a column that names whose the numbers are


def _bodies_numbers(
    columns: Sequence[tuple[ColumnValues, ColumnFinding]], subject: Subject
) -> list[ColumnFinding]:
    """An ABN, an ACN or a licence (not said to be a driver's) is the organisations' whose
    names the table gives beside it.

    The names must be bodies' (Pty Ltd, Inc, Council, Trust...) with no person among them:
    a sole trader's business number is its owner's, and a column of names with people or
    trading names in it ("Petrovic's Landscaping") keeps its numbers personal. Which
    column of names is the numbers' is told by the role both names share
    (``CONVEYANCER_ABN`` and ``CONVEYANCER_FIRM``, ``hirerAbn`` and ``hirerOrg``); under a
    bare name (``ABN``, or none at all) by the column before it, as extracts write a name
    and then its number; in a table of things, by any.
    """
    findings = [finding for _, finding in columns]
    numbers = [
        i
        for i, (values, finding) in enumerate(columns)
        if finding.personal
        and (
            finding.kind in BUSINESS_NUMBERS
            or _names_a_business_number(values)
            or anyones_licence(values, finding)
            or (subject is Subject.THINGS and _a_bare_licence(values, finding))
        )
    ]
    if not numbers:
        return findings
    names = [
        i for i, (values, finding) in enumerate(columns) if _organisations_names(values, finding)
    ]
    for i in numbers:
        if subject is Subject.THINGS and not _role(columns[i][0].name):
            owners = names
        else:
            owners = _owners(columns, i, names)
        if owners:
            findings[i] = findings[i].not_personal()
    return findings


def _a_bare_licence(values: ColumnValues, finding: ColumnFinding) -> bool:
    """A licence of another kind than a driver's (``Licence No``: "FD7770D"): in a register
    of organisations, the one on its row holds it (a ``Contact Licence`` is told by its role,
    as a business number is)."""
    return finding.kind == "ID" and name_hints(values.name).has("AU_DRIVERS_LICENCE")


# The roles a business has towards an agency: it supplies, contracts, operates a service,
# provides one, employs someone the agency pays for
_COUNTERPARTIES = ("supplier", "vendor", "contractor", "operator", "provider", "employer")
PEOPLE_AMONG_BUSINESSES = 0.1  # of a column of businesses' names, people's names at most


def _counterparties(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> list[ColumnFinding]:
    """An ABN or an ACN named as a supplier's, a contractor's, a provider's or an operator's
    (``SUPP_ABN``, ``contractor_abn``, ``prov_abn``) is the businesses' in that role where a
    column of that role (``SUPPLIER``, ``provider_name``) names businesses, trading names
    among them ("Khoury Roof Restorations"), and hardly a person. A sole trader acts as a
    business when it supplies one: its ABN is on the public register under its business
    name, and agencies publish their suppliers' with their contracts. A register of sole
    traders themselves (celebrants, licensees) names no such role, and stays personal."""
    findings = [finding for _, finding in columns]
    for i, (values, finding) in enumerate(columns):
        if not (finding.personal and finding.kind in BUSINESS_NUMBERS):
            continue
        role = {word for word in _role(values.name) if _counterparty(word)}
        if role and any(
            j != i and _shares_role(role, other.name) and _businesses_only(other, found)
            for j, (other, found) in enumerate(columns)
        ):
            findings[i] = finding.not_personal()
    return findings


def _traders_numbers(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> list[ColumnFinding]:
    """An ABN or an ACN in a register led by businesses (a permit's holder, a dealer, a
    practice: ``permit_no``, ``business_name``, ``ABN``) is the businesses' whose names
    come before it, trading names among them and hardly a person's. A business's name
    and its number are one on the public register, whose search by name gives the
    number: released beside the name, the number adds nothing.

    A register led by a person (``NAME``, ``TRADING_NAME``, ``ABN``) is of people, and one
    whose kinds of entity say some are individuals (``IND``, ``Sole Trader``) is of them
    too: their numbers stay personal."""
    findings = [finding for _, finding in columns]
    if any("person" in (_entity_kinds(values) or ()) for values, _ in columns):
        return findings
    for i, (values, finding) in enumerate(columns):
        if not (finding.personal and finding.kind in BUSINESS_NUMBERS):
            continue
        if _role(values.name):
            owners = _owners(columns, i, range(i))
        else:
            owners = [_before_numbers(columns, i)]
        if any(
            j >= 0
            and _businesses_only(*columns[j])
            and not any(f.kind == "PERSON" for _, f in columns[:j])
            for j in owners
        ):
            findings[i] = finding.not_personal()
    return findings


def _before_numbers(columns: Sequence[tuple[ColumnValues, ColumnFinding]], i: int) -> int:
    """The column before a business number, past the other numbers of the business."""
    j = i - 1
    while j >= 0 and columns[j][1].kind in BUSINESS_NUMBERS:
        j -= 1
    return j


def _entity_kinds(values: ColumnValues) -> set[str] | None:
    """The kinds a column of kinds of entity says ("person", "body"), None for a column
    that is not one: a few values, every one a kind (``IND``, ``PRV``, ``Sole Trader``)."""
    if not 2 <= values.n_distinct <= MAX_KINDS:
        return None
    kinds = {_kind_of_entity(value) for value in values.distinct}
    return None if None in kinds else {kind for kind in kinds if kind}


def _counterparty(word: str) -> bool:
    """Whether a word of a column name is a business's role, whole or cut (``supp``)."""
    return len(word) >= 3 and any(role.startswith(word) for role in _COUNTERPARTIES)


def _shares_role(role: set[str], name: str) -> bool:
    """Whether a column name has a role's word, whole or cut (``SUPP`` and ``SUPPLIER``)."""
    return any(
        len(word) >= 3 and (word.startswith(r) or r.startswith(word))
        for word in _words_of(name)
        for r in role
    )


def _businesses_only(values: ColumnValues, finding: ColumnFinding) -> bool:
    """Whether a column names businesses, trading names among them, and hardly a person."""
    if finding.kind in ("ADDRESS", "LOCATION") or not names_businesses(values):
        return False
    return name_stats(values).people <= PEOPLE_AMONG_BUSINESSES


def _role(name: str) -> set[str]:
    """The words of a business number's column name that say whose it is (``CONVEYANCER``
    in ``CONVEYANCER_ABN``), none for a bare or an opaque name."""
    role = set(_words_of(name)) - _NUMBER_WORDS
    return role if role and not opaque_name(name) else set()


def _owners(
    columns: Sequence[tuple[ColumnValues, ColumnFinding]], i: int, among: Sequence[int]
) -> list[int]:
    """The columns, of ``among``, that may name whose the business number at ``i`` is: those
    whose names share its role, or, under a bare name, the column before it."""
    role = _role(columns[i][0].name)
    if role:
        return [j for j in among if role & set(_words_of(columns[j][0].name))]
    before = _named_before(columns, i)
    return [j for j in among if j == before]


BODIES_WITH = 0.95  # of the rows with a business number, those whose owner's name is a body's
BODIES_WITHOUT = 0.5  # of the rows without one, those whose name is a body's, at most
MIN_OWNED_ROWS = 20  # rows with a number, and rows without one, to tell whose they are


def _companies_only(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> list[ColumnFinding]:
    """An ABN or an ACN written only where the name beside it is a body's (a trader's
    "Pty Ltd", a donor that is a company) and left blank beside people and trading names
    is the companies': a sole trader's would be written beside its owner's name. Whose
    name is told as for a table of organisations: a role both names share
    (``Trader ABN``, ``Trader Name``), or the column before a bare one. So are ABNs most of
    which carry an ACN, as only companies' do (:func:`companies_abns`)."""
    findings = [finding for _, finding in columns]
    for i, (values, finding) in enumerate(columns):
        if not (finding.personal and finding.kind in BUSINESS_NUMBERS):
            continue
        if finding.kind == "AU_ABN" and companies_abns(values):
            findings[i] = finding.not_personal()  # their ACNs inside: companies'
            continue
        owners = _owners(columns, i, [j for j in range(len(columns)) if j != i])
        if any(
            _given_to_bodies(values, *columns[j]) or _given_by_kind(values, columns[j][0])
            for j in owners
        ):
            findings[i] = finding.not_personal()
    return findings


def _given_to_bodies(numbers: ColumnValues, names: ColumnValues, finding: ColumnFinding) -> bool:
    """Whether a column's numbers are written beside bodies' names and not beside others."""
    if finding.kind in ("ADDRESS", "LOCATION") or not _many_words(names):
        return False
    split = _split_by_number(numbers, names, lambda name: _BODY.search(name) is not None)
    if split is None:
        return False
    given, blank = split
    return sum(given) >= BODIES_WITH * len(given) and sum(blank) <= BODIES_WITHOUT * len(blank)


MAX_KINDS = 12  # different values of a column of kinds of entity, at most


def _given_by_kind(numbers: ColumnValues, kinds: ColumnValues) -> bool:
    """Whether a column's numbers are written on the rows a column of kinds of entity says
    are bodies' ("organisation", "ORG", "entity"), and left blank on individuals' (a donor
    that is a person, a sole trader): a sole trader's would be written beside its kind."""
    if _entity_kinds(kinds) is None:
        return False
    split = _split_by_number(numbers, kinds, lambda kind: _kind_of_entity(kind) == "person")
    if split is None:
        return False
    given, blank = split
    return not any(given) and sum(blank) >= BODIES_WITHOUT * len(blank)


def _split_by_number(
    numbers: ColumnValues, others: ColumnValues, reads: Callable[[str], bool]
) -> tuple[list[bool], list[bool]] | None:
    """What ``reads`` says of another column beside the rows with a number, and beside the
    rows without one (each distinct value read once); None where either has too few rows."""
    if len(others.rows) != len(numbers.rows):
        return None
    read: dict[str, bool] = {}
    given: list[bool] = []
    blank: list[bool] = []
    for number, other in zip(numbers.rows, others.rows, strict=True):
        if other:
            if other not in read:
                read[other] = reads(other)
            (given if number else blank).append(read[other])
    if len(given) < MIN_OWNED_ROWS or len(blank) < MIN_OWNED_ROWS:
        return None
    return given, blank


OWNERS_NAME = 0.9  # of the rows where a business number recurs, those its owner's name is on
HOLDER = 0.9  # of those rows, the share a business's name must agree on to name its holder
MIN_SHARED_ROWS = 20  # rows where business numbers recur, to tell whose they are


def _shared_numbers(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> list[ColumnFinding]:
    """An ABN or an ACN that comes back with different people, in a table about people, is
    an organisation's they deal with: an employer's, a super fund's, a trader's complained
    of. A sole trader's comes back with its owner's name, so a number stays personal when
    any column of people's names agrees with it, or when a column names the holder of each
    number and not all the names are bodies' (a trading name may be a sole trader's)."""
    findings = [finding for _, finding in columns]
    people = [values.rows for values, finding in columns if finding.kind == "PERSON"]
    for at, (values, finding) in enumerate(columns):
        if not (finding.personal and finding.kind in BUSINESS_NUMBERS) or not people:
            continue
        recurs = [
            # ("Not registered" comes back beside everyone who has no number)
            [(code, other) for code, other in _recurring(values, rows) if registered_number(code)]
            for rows in people
            if len(rows) == len(values.rows)
        ]
        if not recurs or any(len(pairs) < MIN_SHARED_ROWS for pairs in recurs):
            continue
        if any(_sharing_a_name(pairs) >= OWNERS_NAME for pairs in recurs):
            continue
        if any(
            not _organisations_names(other, found)
            for other, found in columns
            if other is not values and _names_its_holder(other, found, values)
        ):
            continue  # trading names or people's: a sole trader's may be among them
        findings[at] = finding.not_personal()
    return findings


FEW_LINES = 0.2  # of a telephone column's values, distinct: lines many rows share
LINES_PEOPLE = 5  # different people beside each shared line, typically: an office's


def _switchboards(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> list[ColumnFinding]:
    """A landline that comes back beside many different people, in a table about people,
    is an office's: a branch's switchboard on each of its staff, a clinic's line on each of
    the assessments it made. A person's own line comes back with them alone, or with the
    few of their household; a mobile is always someone's."""
    findings = [finding for _, finding in columns]
    people = [values.rows for values, finding in columns if finding.kind == "PERSON"]
    for at, (values, finding) in enumerate(columns):
        if not (finding.personal and finding.kind == "PHONE_NUMBER") or not people:
            continue
        if values.distinct_ratio > FEW_LINES or values.share_where(_office_line) < SHARED:
            continue
        for rows in people:
            if len(rows) != len(values.rows):
                continue
            pairs = _recurring(values, rows)
            if len(pairs) >= MIN_SHARED_ROWS and people_beside_each(pairs) >= LINES_PEOPLE:
                findings[at] = finding.not_personal()
                break
    return findings


def _recurring(codes: ColumnValues, rows: Sequence[str | None]) -> list[tuple[str, str]]:
    """The rows where a code recurs, each with what another column says beside it."""
    return [
        (code, other)
        for code, other in zip(codes.rows, rows, strict=True)
        if code and other and codes.counts[code] >= 2
    ]


def _names_its_holder(values: ColumnValues, finding: ColumnFinding, codes: ColumnValues) -> bool:
    """Whether a column names whom each number is given to: words, many different, the same
    beside each number each time it comes back."""
    if finding.kind == "PERSON" or not _many_words(values):
        return False
    if values.median_length < 6 or values.share_matching(r"[A-Za-z]{3}") < 0.8:
        return False
    pairs = _recurring(codes, values.rows)
    return bool(pairs) and modal_share(pairs) >= HOLDER


def _many_words(values: ColumnValues) -> bool:
    """Whether a column holds words, many different: names of something, perhaps."""
    return values.n_distinct >= MIN_NAMED and values.numeric_share <= 0.2


def _sharing_a_name(pairs: Sequence[tuple[str, str]]) -> float:
    """The share of the rows whose name has the word most common among the names beside
    their code: a sole trader's, written "SINCLAIR Brett", "Brett Sinclair", "B Sinclair"."""
    by_code: dict[str, Counter[str]] = {}
    for code, name in pairs:
        words = {word for word in words_of_name(name) if len(word) > 1}
        by_code.setdefault(code, Counter()).update(words)
    return sum(max(words.values(), default=0) for words in by_code.values()) / len(pairs)


def _named_before(columns: Sequence[tuple[ColumnValues, ColumnFinding]], i: int) -> int:
    """The column whose name a bare business number follows: the one before it, past other
    business numbers and a name traded under (LEGAL_NAME, TRADING_NAME, ABN, ACN)."""
    j = i - 1
    while j > 0:
        values, finding = columns[j]
        if not (finding.kind in BUSINESS_NUMBERS or name_hints(values.name).organisation):
            break
        if _organisations_names(values, finding):
            break
        j -= 1
    return j


def _words_of(name: str) -> list[str]:
    return [word for word in normalise(name).split("_") if word]


def _names_a_business_number(values: ColumnValues) -> bool:
    return bool({"abn", "acn"} & set(_words_of(values.name)))


def _organisations_names(values: ColumnValues, finding: ColumnFinding) -> bool:
    """Whether a column names organisations, many of them and no person (nor places or
    peoples: "United Kingdom", "Republic of Korea" among a citizenship's countries)."""
    if finding.kind in ("ADDRESS", "LOCATION", "ETHNICITY") or not _many_words(values):
        return False
    if name_stats(values).people > 0.05:
        return False
    # "Springwood Veterinary Clinic" may be a vet's own trading name; "Company", "Sole
    # Trader" are kinds of entity, not names
    bodies = values.share_where(
        lambda v: (
            (_BODY.search(v) is not None and _has_a_name(v))
            or vocab.fold(v).strip(" .") in vocab.SUPER_FUNDS
        )
    )
    return bodies >= MIN_BODIES


# The marks of a body that is not an individual: a company, an incorporated association, a
# trust, a public body (a sole trader trades as "Petrovic's Landscaping", with none of them)
_BODY = re.compile(
    r"(?i)\b(?:pty|ltd|limited|inc|incorporated|nl|corp|corporation|co-?operative|trust|"
    r"trustees?|council|department|dept|university|tafe|hospital|school|college|association|"
    r"assoc|club|society|foundation|authority|commission|government|govt|ministry|agency|"
    r"bank|fund|partnership|partners|holdings|group|diocese|archdiocese|parish|church|entity|"
    r"australia|nsw|vic|qld|tas)\b"  # Property NSW, Australia Post: public bodies
)
MIN_BODIES = 0.8  # of a column's names, bodies' names: a few sole traders keep numbers personal


def _has_a_name(value: str) -> bool:
    return any(vocab.fold(word).strip(".,()") not in _KINDS_OF_ENTITY for word in value.split())


_KINDS_OF_ENTITY = vocab.ORG_WORDS | vocab.words(
    "sole trader individual person partnership association incorporated unincorporated "
    "government other public private not for profit"
)
_KINDS = (
    _KINDS_OF_ENTITY
    | vocab.words("organisation organization org orgn entity body")
    # the business register's codes of its kinds: a private and a public company, a
    # partnership, trusts, a super fund, governments, other entities
    | vocab.words("prv pub ptr fpt dtt dit fxt uit trt smf cge sge lge oie uie cop")
)
_PERSON_KINDS = vocab.words("individual individuals ind person natural sole")


def _kind_of_entity(value: str) -> str | None:
    """The kind of entity a value says: "person" for an individual's (``individual``,
    ``IND``, ``Sole Trader``), "body" for another's (``ORG``, ``Company``, ``entity``), None
    for a value that is no kind of entity."""
    words = [vocab.fold(word).strip(".,()") for word in re.split(r"[\s_/-]+", value) if word]
    if not words or not all(word in _KINDS or word in _PERSON_KINDS for word in words):
        return None
    return "person" if any(word in _PERSON_KINDS for word in words) else "body"


# The first words of a shared mailbox (info@, bookings.park@, intake@)
_MAILBOXES = vocab.words(
    "info information enquiries enquiry inquiries inquiry intake bookings booking office admin "
    "administration reception contact contactus hello mail general sales support service "
    "services help helpdesk accounts records team feedback media admissions referrals tenders "
    "tender quotes orders billing finance payments procurement contracts jobs careers hr "
    "payroll operations ops noreply reply customerservice customercare dispatch estimating "
    "projects training cpd courses learning education events registrations registration "
    "membership"
)
# the words in a facility's own mailbox, alone or run together ("mentalhealth", "healthcentre")
_PLACE_MAILBOX = re.compile(
    r"health|hospital|clinic|centre|center|council|school|college|library|station|church|"
    r"surgery|pharmacy|practice|ward"
)
SHARED = 0.9  # of a column's values, lines and mailboxes no one person answers


def _organisations_line(values: ColumnValues, finding: ColumnFinding, named: bool) -> ColumnFinding:
    """In a table of organisations or things that names no person, an address is theirs (a
    premises', a site's); and a telephone or an e-mail column is theirs when no value in it
    is a person's: shared mailboxes (``info@``, ``bookings.parkname@``) and landlines or 13,
    1300 and 1800 numbers, not mobiles. A name that names a person (CONTACT_PH,
    OFFICER_EMAIL, OWNER_PH, PROPRIETOR_ADDRESS) keeps it a person's: someone lives there
    or answers it."""
    if (
        finding.kind == "IP_ADDRESS"
        and not named
        and values.share_where(rec.is_private_address) >= SHARED
    ):
        # a register of devices on the organisation's own network: its printers and switches
        return finding.not_personal()
    if finding.kind not in ("PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS"):
        return finding
    hints = name_hints(values.name)
    if finding.kind == "PHONE_NUMBER" and (
        (not named and _national_lines(values, NATIONAL))
        or (not hints.has("PERSON") and _national_lines(values, SOME_NATIONAL))
    ):
        # CONTACT in a register of companies: 1300 and 1800 numbers answer no one person;
        # a fifth of them, and no mobile, under a name of no person (CONTACT_PH, not
        # OFFICER_PH), are the organisations' lines, whoever the contact beside them is
        return finding.not_personal()
    if finding.kind == "EMAIL_ADDRESS" and not named and values.share_where(_desk) >= SHARED:
        # and info@, enquiries@ and training@ no one person reads, whoever the contact is
        return finding.not_personal()
    if hints.role or hints.acting or hints.has("PERSON"):
        return finding
    if finding.kind == "ADDRESS":
        # a premises', a site's, a heritage place's; beside a person's name, a sole
        # trader's business address may be their home
        return finding if named else finding.not_personal()
    shared = _shared_mailbox if finding.kind == "EMAIL_ADDRESS" else _office_line
    return finding.not_personal() if values.share_where(shared) >= SHARED else finding


NATIONAL = 0.5  # of a contact column's numbers, 13, 1300 and 1800 numbers: an organisation's
SOME_NATIONAL = 0.2  # of them, under a name of no person, whoever the table names


def _national_lines(values: ColumnValues, least: float) -> bool:
    """Office lines only, ``least`` of them or more numbers only organisations hold (13,
    1300, 1800): no mobile, and numbers no person holds among the rest."""
    if values.share_where(_office_line) < SHARED:
        return False
    return values.share_where(lambda v: _digits_of(v).startswith(("13", "18"))) >= least


def _digits_of(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    return "0" + digits[2:] if digits.startswith("61") else digits


def _mailbox_words(value: str) -> list[str]:
    """The words of an e-mail address's mailbox (``bookings.park`` in ``bookings.park@``)."""
    return re.split(r"[._\-+]", value.split("@", 1)[0].lower())


def _desk(value: str) -> bool:
    """A mailbox of a desk (``info@``, ``enquiries@``, ``training@``), by its first word."""
    return _mailbox_words(value)[0] in _MAILBOXES


def _shared_mailbox(value: str) -> bool:
    """A mailbox no one person reads: a desk's (``info@``, ``bookings.parkname@``) or a
    place's, named for what it is (``nightcliff.healthcentre@``, ``millner.hospital@``)."""
    words = _mailbox_words(value)
    if any(word in _MAILBOXES or _PLACE_MAILBOX.search(word) for word in words):
        return True
    # no given name in it, and no initial beside a family name (jsmith, j.smith, nguyen.t)
    words = [word.rstrip("0123456789") for word in words]
    whole = "".join(words)
    initialled = any(len(word) == 1 for word in words) or (
        len(words) == 1 and (vocab.is_surname(whole[1:]) or vocab.is_surname(whole[:-1]))
    )
    return not initialled and not any(len(w) > 2 and vocab.is_given_name(w) for w in words)


def _office_line(value: str) -> bool:
    return _digits_of(value).startswith(("13", "18", "02", "03", "07", "08"))


_ACCOUNT = re.compile(r"(?:^|_)(?:acct|acc|account|accountnumber)(?:_|$)")
# names that say a bank holds the account: one a payment goes to or comes from
_BANKED = re.compile(
    r"(?:^|_)(?:bank|bnk|dd|direct_?debit|debit|pay|payment|pymt|pmt|payee|refund|nominated|"
    r"settle\w*|deposit|eft|salary|wages?|loan|mortgage|home_?loan)(?:_|$)"
)


BSB_WITHIN = 0.4  # of an account column's values, those that give their BSB before the number


def _accounts(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> list[ColumnFinding]:
    """An account number is a bank's (``BANK_ACCOUNT``) beside a BSB or after one in its
    values, and, with no BSB in the table and no word of a bank or a payment in its name, a
    customer's account with the agency or a business (a toll or an energy account): a
    person's ``ID``."""
    findings = [finding for _, finding in columns]
    bsbs = [at for at, finding in enumerate(findings) if finding.kind == "AU_BSB"]
    changed = []
    for at, ((values, _), finding) in enumerate(zip(columns, findings, strict=True)):
        best = finding.best
        name = normalise(values.name)
        if at in bsbs and len(bsbs) > 1 and _remitters(values):
            # a payment file's trace BSB: the paying agency's own branch, on every row
            changed.append(finding.not_personal())
        elif best is None or not _ACCOUNT.search(name):
            changed.append(finding)
        elif best.type == "ID" and (at - 1 in bsbs or at + 1 in bsbs):
            evidence = f"{best.evidence}; beside a BSB, a bank's"
            changed.append(finding.found_as(EntityFinding("BANK_ACCOUNT", best.score, evidence)))
        elif (
            best.type == "BANK_ACCOUNT"
            and not bsbs
            and not _BANKED.search(name)
            and values.share_matching(rec.BSB_AND_ACCOUNT.shape) < BSB_WITHIN
        ):
            evidence = f"{best.evidence}; no BSB in the table: an account with the agency"
            changed.append(finding.found_as(EntityFinding("ID", best.score, evidence)))
        else:
            changed.append(finding)
    return changed


REMITTER_ROWS = 20  # rows at least that one BSB, the same in each, is the payer's own


def _remitters(values: ColumnValues) -> bool:
    """Whether a BSB column beside another names one branch on every row of many: in a bank
    file the payees' BSBs vary and the trace BSB, where returned payments go, is the
    remitter's own."""
    return values.n_distinct == 1 and values.n >= REMITTER_ROWS


def _product(values: ColumnValues, finding: ColumnFinding) -> ColumnFinding:
    """Medicines and vaccines with no person in the table are stock, not health information."""
    if finding.kind == "HEALTH" and is_product(values):
        return finding.not_personal()
    return finding


def _with(
    columns: Sequence[tuple[ColumnValues, ColumnFinding]], findings: Sequence[ColumnFinding]
) -> list[tuple[ColumnValues, ColumnFinding]]:
    return [(values, finding) for (values, _), finding in zip(columns, findings, strict=True)]
