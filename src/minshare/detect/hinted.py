"""Kinds of value whose form proves little, found by the column's name with a check of values.

A password, a card security code, an income or a licence number looks like many other
things; its column's name is the evidence, and the values only have to fit (three or four
digits for a security code, amounts for an income). Where the values give no support at all,
the evidence says the name alone decided (:func:`name_only`). An identifier of people (ID)
is a name with a person's role and an identifier word (CLIENT_NO, borrowerBarcode,
SUPER_MBR_NO) over values shaped like identifiers, many of them; so is a customer reference
number that fails the Centrelink check (a biller's BPAY CRN) -- but nine digits and a letter
under a name saying CRN or Centrelink are a CRN whatever their check letter, for which no
algorithm is published -- and a Medicare provider number
(six digits, a location character and a check letter) under a practitioner's name, however
often the practitioner recurs. A vehicle's plate under a plate or rego name is an ID too:
DESIGN.md has no vehicle entity, and a plate identifies its registered operator. One kind
is found without a name: values that look like generated passwords (a capital after the
first character, small letters and a digit, all different), never dates.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterator

from minshare.detect import vocab
from minshare.detect.findings import NAME_ALONE
from minshare.detect.names import (
    BIRTH_WEIGHT,
    BLOOD_PRESSURE,
    GESTATION,
    IN_MONTHS,
    VITAL_SIGNS,
    NameHints,
    opaque_name,
    stamped_for_a_record,
)
from minshare.detect.people import MEMBER_NUMBER, Candidate
from minshare.detect.profile import ColumnValues
from minshare.detect.recognizers import (
    CARD_EXPIRY_FORM,
    CRN_SHAPE,
    PROVIDER_NUMBER_SHAPE,
    year_stamped,
)
from minshare.identifiers import luhn_ok

# (entity, the form the values must have, what they are) for identifiers named as such
_ACCOUNT_DIGITS = r"^\d[\d \-]{3,16}\d$"  # a bank's account number: digits alone
_SHAPED: tuple[tuple[str, str, str], ...] = (
    ("BANK_ACCOUNT", _ACCOUNT_DIGITS, "are shaped like account numbers"),
    ("AU_BSB", r"^\d{3}[ \-]?\d{3}$", "are shaped like BSBs"),
    # Australian and foreign passports: letters and digits, six to twelve of them
    (
        "AU_PASSPORT",
        r"^[A-Za-z0-9]{1,3}[ \-]?[A-Za-z0-9]{4,10}$",
        "are shaped like passport numbers",
    ),
    ("USERNAME", r"^\S{2,64}$", "are single words, as user names are"),
)
# A state or territory driver licence number: four to ten digits (NSW, VIC, QLD, WA, NT,
# ACT), or one or two letters and four to six digits (SA, TAS); a state's code may lead
_STATE_PREFIX = r"(?:(?i:nsw|vic|qld|sa|wa|tas|nt|act)[ \-:/]*)?"
# or its state after it, in brackets ("7296562 (WA)", "A31222 (SA)")
_STATE_SUFFIX = r"(?:\s*\((?i:nsw|vic|qld|sa|wa|tas|nt|act)\))?"
_DRIVER_LICENCE = (
    rf"^{_STATE_PREFIX}(?:\d[\d ]{{2,10}}\d|[A-Za-z]{{1,2}} ?\d{{4,6}}){_STATE_SUFFIX}$"
)
# A licence or permit number of another kind: letters and digits, up to 20
_OTHER_LICENCE = r"^[A-Za-z0-9][A-Za-z0-9 /\-]{3,18}[A-Za-z0-9]$"
_CARD_EXTRAS = (
    (r"^\d{3,4}$", "are card security codes"),
    (CARD_EXPIRY_FORM, "are card expiry dates"),
)
_AGE_BANDS = (
    r"^\d{1,3}\s*(?:-|\x{2013}|to)\s*\d{1,3}$|^\d{1,3}\s*\+$|^(?i:under|over|aged)\s*\d"
    r"|^(?:[<>]=?|\x{2264}|\x{2265})\s*\d{1,3}$|^\d{1,3}\s*(?i:and over|and older|or older|plus)$"
)
_PROVIDER = re.compile(r"(?:^|_)(?:prov(?:ider)?|prvdr)(?:_|$)|provider")
_ITEM = re.compile(r"(?:^|_)(?:item|items|code|codes|no|num|number)(?:_|$)")
MAX_CODES = 60  # more distinct numbers than this under a health name are counts, not codes
_VITAL_RANGE = (0, 400)  # heart rates, pressures, saturations, scores and glucose all fit
_CODED_TRAITS = ("ETHNICITY", "RELIGION", "SEXUAL_ORIENTATION", "MARITAL_STATUS", "VULNERABILITY")


def hinted_candidates(
    col: ColumnValues, hints: NameHints, *, is_dates: bool = False
) -> Iterator[Candidate]:
    """Candidates that the column's name proposes and its values do not contradict."""
    if not is_dates:
        yield from _shaped(col, hints)
        yield from _measures(col, hints)
        yield from _described(col, hints)
        yield from _identifiers_of_people(col, hints)
        yield from _staff_identifiers(col, hints)
        yield from _initials(col, hints)
    yield from _passwords(col, hints, is_dates=is_dates)
    yield from _card_extras(col, hints, is_dates=is_dates)
    yield from _sensitive_codes(col, hints)
    yield from _blood_pressures(col, hints)


def _found(hints: NameHints, entity: str, score: float, evidence: str) -> Candidate:
    return Candidate(entity, score, evidence + hints.note(entity))


def name_only(col: ColumnValues, hints: NameHints, entity: str, score: float) -> Candidate:
    """A candidate resting on the column's name alone, and saying so in its evidence."""
    return Candidate(
        entity,
        score,
        f"{NAME_ALONE}: name hint '{hints.matched(entity)}'; values give no "
        f"support ({col.n} non-null sampled values, none checked against a form or vocabulary)",
    )


def _licence(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    """A driver licence in a state's format; under a licence name, any other format is the
    number of another licence or permit (a boat's, a firearm's): an ID the person holds."""
    if not hints.has("AU_DRIVERS_LICENCE"):
        return
    driver = col.share_matching(_DRIVER_LICENCE)
    if driver >= 0.8:
        what = "are shaped like state driver licence numbers"
        yield _found(hints, "AU_DRIVERS_LICENCE", 0.85, col.tally(driver, what))
        return
    other = col.count_where(_has_digits, col.matching(_OTHER_LICENCE)) / col.n
    if other >= 0.8 and col.n_distinct >= min(10, max(2, col.n // 2)):
        what = "are licence numbers in no state driver licence format"
        evidence = col.tally(other, what) + hints.note("AU_DRIVERS_LICENCE")
        yield Candidate("ID", 0.8, evidence)


def _has_digits(value: str) -> bool:
    return sum(ch.isdigit() for ch in value) >= 3


MIN_USERS = 10  # different users at least


def _shaped(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    yield from _licence(col, hints)
    for entity, pattern, what in _SHAPED:
        if not hints.has(entity):
            continue
        share = col.share_matching(pattern)
        if entity == "AU_PASSPORT":
            share = col.count_where(_has_digits, col.matching(pattern)) / col.n
        if entity == "USERNAME" and col.numeric_share >= 0.5:
            # a user known by a number (a student's on a learning system's log): their ID
            numbers = col.share_matching(MEMBER_NUMBER)
            if numbers >= 0.5 and col.n_distinct >= MIN_USERS:
                tally = col.tally(numbers, "are numbers under a name of a user")
                yield Candidate("ID", 0.75, tally + hints.note("USERNAME"))
            continue
        if share >= 0.8:
            yield _found(hints, entity, 0.85, col.tally(share, what))
    yield from _prefixed_accounts(col, hints)


def _card_extras(col: ColumnValues, hints: NameHints, *, is_dates: bool) -> Iterator[Candidate]:
    """A card's security code or expiry under a card's name. An expiry that reads as a date
    (10/25, 10/2025) is a card's only under a name that says card (``CARD_EXP``): a bare
    ``Expiry`` is a stock item's as readily."""
    said = hints.matched("CREDIT_CARD")
    if said and (not is_dates or "card" in said or said.startswith("cc")):
        for pattern, what in _CARD_EXTRAS:
            share = col.share_matching(pattern)
            if share >= 0.9:
                yield _found(hints, "CREDIT_CARD", 0.8, col.tally(share, what))
                break


# An account number after a short prefix of letters, as a lender or an agency writes its own
# (LN93397441, PT1659909): a bank's account numbers are digits alone
_PREFIXED_ACCOUNT = r"^(?:[A-Za-z]{1,3}[ \-]?)?\d[\d \-]{3,16}\d$"


def _prefixed_accounts(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    """ID for account numbers that a prefix of letters begins, in some rows or all: an
    account with a lender, a business or the agency, not a bank's."""
    if not hints.has("BANK_ACCOUNT") or col.share_matching(_ACCOUNT_DIGITS) >= 0.8:
        return
    share = col.share_matching(_PREFIXED_ACCOUNT)
    if share >= 0.8 and col.share_matching(r"^[A-Za-z]") > 0:
        what = "are account numbers, some after a prefix of letters: an organisation's account"
        yield _found(hints, "ID", 0.8, col.tally(share, what))


# A year's wages or income in the millions, as the middle value: a business's payroll or
# turnover, not a person's pay (a person's assets may run to millions; their income seldom)
PAYROLL_MEDIAN = 2_000_000
_ASSETS = re.compile(r"(?:^|_)(?:assets?|worth)(?:_|$)")


# An amount in dollars, or a band of them, as a means test records an income ("$1,375",
# "$650-$1249", "$2000+"), with the period it is for ("483 pw", "$1,250/fn", "32000 p.a.",
# "2362 p/f")
_DOLLARS_OR_BAND = (
    r"^\$?\s?\d[\d,]*(?:\.\d{1,2})?(?:\s?(?:-|to|\x{2013})\s?\$?\d[\d,]*(?:\.\d{1,2})?|\+)?"
    r"(?i:\s?(?:/|per\s|a\s)?\s?(?:p[./]?\s?w\.?|wk|week|weekly|p[./]?\s?f\.?|fn|f/n|fortnight|"
    r"fortnightly|p[./]?\s?a\.?|yr|year|annum|month|mth|pcm))?$"
)


# An age as a person writes or guesses it: "approx 40", "~35", "80s", "83yo", "8 mths"
_WRITTEN_AGE = re.compile(
    r"(?i)^(?P<about>approx\.?|about|around|~|c\.|est\.?)?\s*(?P<age>\d{1,3})\s*"
    r"(?P<unit>s|'s|yo|y/o|y\.?o\.?|yrs?|years?(?:\s+old)?|mths?|months?|wks?|weeks?)?\s*$"
)
_UNKNOWN = frozenset({"unk", "unknown", "nk", "n/k", "not known"})
WRITTEN = 0.1  # of a column's values, ages written with a word (approx, yo, 80s) at least
OLDEST = 120  # years: a bare number past it is no age


def _written_ages(col: ColumnValues) -> tuple[float, float]:
    """The shares of values that are ages as people write them (a number of a lifetime,
    alone or with a word), and of those with a word: bare numbers past 120 are no ages."""
    ages = worded = 0
    for value, times in col.counts.items():
        matched = _an_age(value.strip())
        if matched is None:
            continue
        ages += times
        worded += times * bool(matched["about"] or matched["unit"])
    return ages / col.n, worded / col.n


# Between the ages of several people in one value ("10;14", "9, 13", "5yo & 14yo")
_AGES_APART = re.compile(r"\s*(?:[;,&/+]|\band\b)\s*")
LISTED = 0.1  # of a column's values, those that list two ages or more, at least


def _listed_ages(col: ColumnValues) -> float:
    """The share of values that are ages, alone or several listed, when enough list
    several: a family's children, each by their age."""
    ages = several = 0
    for value, times in col.counts.items():
        parts = [p for p in _AGES_APART.split(value.strip()) if p]
        if not parts or not all(_an_age(part) is not None for part in parts):
            continue
        ages += times
        several += times * (len(parts) > 1)
    return ages / col.n if several >= LISTED * col.n else 0.0


def _an_age(text: str) -> re.Match[str] | None:
    """An age as people write it ("approx 40", "83yo", "8"), of a lifetime at most."""
    matched = _WRITTEN_AGE.match(text)
    return matched if matched is not None and int(matched["age"]) <= OLDEST else None


def _amounts(col: ColumnValues) -> float:
    return max(col.numeric_share, col.share_matching(_DOLLARS_OR_BAND))


# SAL alone: a salary over amounts of a year's pay, a salutation over titles
_SAL = re.compile(r"(?:^|_)sal$")
SALARIES = (15_000, 1_000_000)  # dollars a year, the middle of a column of salaries


def _income(col: ColumnValues, hints: NameHints) -> Candidate | None:
    """INCOME for amounts under a name of income that are a person's (a business's payroll
    runs to millions), or under ``SAL`` alone when they are a year's pay."""
    named = hints.has("INCOME")
    if not named and (hints.entities or not _SAL.search(hints.normalised)):
        return None
    amounts = _amounts(col)
    if amounts < 0.8:
        return None
    middle = statistics.median(col.numbers) if col.numbers else None
    if named:
        assets = _ASSETS.search(hints.matched("INCOME")) is not None
        if middle is None or assets or middle < PAYROLL_MEDIAN:
            return _found(hints, "INCOME", 0.8, col.tally(amounts, "are amounts"))
        return None
    low, high = SALARIES
    if middle is None or not low <= middle <= high:
        return None
    what = "are a year's pay"
    return Candidate("INCOME", 0.75, col.tally(amounts, what) + f"; name hint '{hints.normalised}'")


def _measures(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    numbers = col.numbers
    if (income := _income(col, hints)) is not None:
        yield income
    if hints.has("AGE"):
        # an age in months (AGE_AT_ADMIN_MTHS: a child's at a vaccination)
        months = IN_MONTHS.search(hints.normalised) is not None
        oldest = 120 * (12 if months else 1)
        ages = sum(0 <= x <= oldest and x == int(x) for x in numbers) / col.n
        bands = col.share_matching(_AGE_BANDS)
        written, worded = _written_ages(col) if max(ages, bands) < 0.8 else (0.0, 0.0)
        unknown = col.share_where(lambda v: vocab.fold(v) in _UNKNOWN) if worded else 0.0
        if max(ages, bands) >= 0.8:
            what = "are ages in months" if months and ages >= bands else "are ages or age groups"
            yield _found(hints, "AGE", 0.85, col.tally(max(ages, bands), what))
        elif worded >= WRITTEN and written >= 0.5 and written + unknown >= 0.8:
            # a call taker's guess at a patient's age: "approx 40", "80s", "83yo", "unk"
            what = "are ages as people write them (approx 40, 80s, 83yo)"
            yield _found(hints, "AGE", 0.8, col.tally(written, what))
        elif (listed := _listed_ages(col)) >= 0.8:
            # the children of a family dispute, each by their age: "9, 13", "5yo & 14yo"
            what = "are ages, one or several to a row (9, 13; 5yo & 14yo)"
            yield _found(hints, "AGE", 0.8, col.tally(listed, what))
    if _YEAR_LEVEL_NAME.search(hints.normalised):
        levels = col.share_matching(YEAR_LEVEL)
        if levels >= 0.8 and col.n_distinct >= 3:
            what = "are school year levels, which give a child's age"
            yield Candidate(
                "AGE", 0.75, col.tally(levels, what) + f"; name hint '{hints.normalised}'"
            )
    if numbers and BIRTH_WEIGHT.search(hints.normalised) and col.numeric_share >= 0.8:
        middle = statistics.median(numbers)
        if 200 <= middle <= 7000 or 0.2 <= middle <= 7:  # grams or kilograms
            what = "are a newborn's weights, which the perinatal record holds as health"
            yield _found(hints, "HEALTH", 0.8, col.tally(col.numeric_share, what))
            return
    human = bool(numbers) and 1 <= statistics.median(numbers) <= 700
    if hints.has("BODY_MEASUREMENT") and col.numeric_share >= 0.8 and human:
        what = "are measurements in a human range"
        yield _found(hints, "BODY_MEASUREMENT", 0.75, col.tally(col.numeric_share, what))


# A student's year at school ("Year 10", "Yr 7", "K", "Prep", 5), under a name that says so
_YEAR_LEVEL_NAME = re.compile(
    r"(?:^|_)(?:year_?(?:lvl|level|lev)|yr_?(?:lvl|level|lev)|year_?lvl|yearlvl|school_?year|"
    r"grade_?(?:level|lvl)?|yr_?grp|year_?group|class_?year|yr)(?:_|$)"
)
YEAR_LEVEL = (  # a school's year level, with its word or without (Yr 7, Prep, 9)
    r"(?i)^(?:k|p|prep|kindy|kinder|kindergarten|reception|transition|pre-?primary|"
    r"(?:year|yr|y|grade|gr)?\s?(?:[1-9]|1[0-2]))$"
)


# A registration plate: two to eight letters and digits, both present (ABC12D, 1AB2CD)
_PLATE = r"^[A-Za-z0-9]{1,4}[ \-]?[A-Za-z0-9]{1,4}$"


def _is_plate(value: str) -> bool:
    return any(ch.isdigit() for ch in value) and any(ch.isalpha() for ch in value)


def is_plate_column(col: ColumnValues, hints: NameHints) -> bool:
    """Registration plates under a name that says so (REGO, regoPlate, vehicle_rego)."""
    if not hints.has("VEHICLE") or col.n == 0 or col.numeric_share >= 0.5:
        return False
    return col.count_where(_is_plate, col.matching(_PLATE)) / col.n >= 0.6


def _makes(col: ColumnValues) -> float:
    return col.share_where(
        lambda v: bool(v.split()) and vocab.fold(v.split()[0]) in vocab.CAR_MAKES
    )


def _described(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    if hints.has("VEHICLE") and col.numeric_share < 0.5:
        if is_plate_column(col, hints):
            # DESIGN.md has no vehicle entity: a plate identifies its registered operator,
            # as an identifier agencies give (it does not by itself say the rows are people)
            plates = col.count_where(_is_plate, col.matching(_PLATE)) / col.n
            what = "are shaped like registration plates"
            yield _found(hints, "ID", 0.8, col.tally(plates, what) + hints.note("VEHICLE"))
        elif _makes(col) >= 0.6:
            pass  # "Toyota Camry Hybrid": a make and model, no one's
        elif not hints.matched("VEHICLE").startswith("registration"):
            # a registration number that is no plate is a business's, a birth's or a
            # practitioner's: the table decides (minshare.detect.held)
            yield name_only(col, hints, "VEHICLE", 0.6)
    if hints.has("USER_AGENT") and col.numeric_share < 0.5:
        yield name_only(col, hints, "USER_AGENT", 0.65)
    # "offence" over codes is often a traffic fine's; over words or by "conviction", a record.
    # Values in words are weighed against the vocabulary of offences (traits); a name that
    # says "conviction" or "criminal" speaks without them.
    if hints.strength("CRIMINAL_RECORD") >= 1.0:
        yield name_only(col, hints, "CRIMINAL_RECORD", 0.7)
    elif _SENTENCE_LENGTH.search(hints.normalised) and col.numeric_share >= 0.9:
        # a sentence's length is a court's only for a person it sentenced
        yield name_only(col, hints, "CRIMINAL_RECORD", 0.6)


# A person's initials, named as such at the name's end (INITS, client_initials, MID_INIT,
# GIVEN_INIT), written with stops or without; an INITIAL_RISK rating is no one's initials
_INITIALS_NAME = re.compile(
    r"(?:^|_)(?:inits|initials?|(?:mid(?:dle)?|given|gvn|first|fst)_?init(?:ial)?s?)$"
)
_INITIALS = r"^[A-Za-z]\.?(?:\s?[A-Za-z]\.?){0,2}$"
INITIALS = 0.8  # of a column's values, initials
MIN_INITIALS = 5  # distinct sets of them, at least (a column of Y and N is a flag)


def _initials(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    """PERSON for a column named as initials whose values are one to three letters: part of
    a person's name (a member's ``UT``, ``S.``), whoever the person is."""
    if not _INITIALS_NAME.search(hints.normalised) or col.n_distinct < MIN_INITIALS:
        return
    share = col.share_matching(_INITIALS)
    if share >= INITIALS:
        what = "are one to three letters, a person's initials"
        yield Candidate("PERSON", 0.7, col.tally(share, what) + f"; name hint '{hints.normalised}'")


# The length of a custodial sentence (sentence_months, SENT_LEN_DAYS, head_sentence_yrs)
_SENTENCE_LENGTH = re.compile(
    r"(?:^|_)(?:(?:sentence|sentenced)_?(?:length|len|term|period|months|mths|mth|days|years|"
    r"yrs|weeks|wks)|sent_?(?:length|len|term))(?:_|$)"
)


# A BPAY reference (not said to be the customer's): the customer's when nine in ten carry the
# biller's check digit (Luhn, MOD10V01), as customer reference numbers do
_BPAY_REFERENCE = re.compile(r"(?:^|_)bpay_?ref")
_CENTRELINK = re.compile(r"crn|centrelink")
CHECKED = 0.9


def _luhn(value: str) -> bool:
    digits = "".join(ch for ch in value if ch.isdigit())
    return len(digits) >= 6 and luhn_ok(digits)


def _identifiers_of_people(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    """ID for a column named as people's identifiers whose values look like identifiers.

    The values must be codes with digits in them, and many: each person holds one, and a
    person may appear in several rows (a patient's presentations), so repeats are fine as
    long as no value dominates; a handful of values is a code set, not identifiers.
    """
    national = hints.has("US_SSN")
    # a customer reference number that fails the Centrelink check is a biller's (BPAY CRN)
    reference = hints.has("AU_CRN")
    if hints.has("ID") or hints.has("PERSON"):
        provider = col.share_matching(PROVIDER_NUMBER_SHAPE)
        if provider >= 0.8:
            # Medicare provider numbers (PROVIDER_NO, REFERRING_PROVIDER): practitioners
            # recur from row to row, so the values need not be spread
            what = "are shaped like Medicare provider numbers"
            said = "ID" if hints.has("ID") else "PERSON"
            yield Candidate("ID", 0.85, col.tally(provider, what) + hints.note(said))
            return
    if reference and _CENTRELINK.search(hints.matched("AU_CRN")):
        crns = col.share_matching(CRN_SHAPE)
        if crns >= 0.8:
            # no check letter is published for a CRN; under its name, its shape is enough
            what = "are nine digits and a letter, as a CRN is written"
            yield Candidate("AU_CRN", 0.8, col.tally(crns, what) + hints.note("AU_CRN"))
            return
    if not (national or reference or hints.has("ID")):
        return
    if _PROVIDER.search(hints.matched("ID")):
        return  # another scheme's provider numbers (NDIS) are organisations' as often as not
    if stamped_for_a_record(hints.normalised, year_stamped(col.distinct)):
        return  # APPL_NO, Notification ID: VOC-21-65707 and 2023/698123 are records' numbers
    if _BPAY_REFERENCE.search(hints.matched("ID")) and col.share_where(_luhn) < CHECKED:
        return  # a biller's customer reference carries a check digit; a payment's has none
    shaped = col.share_matching(r"^[A-Za-z0-9][A-Za-z0-9 .\-/_#:]{0,29}$")
    digits = col.share_matching(r"\d")
    if digits < 0.5 or shaped < 0.7:
        return
    many = col.n_distinct >= min(10, max(2, col.n // 2))
    if not many or col.top_share > max(0.1, 3 / col.n):
        return
    what = "are national identity numbers" if national else "are shaped like identifiers"
    evidence = col.tally(shaped, what) + f", {col.n_distinct} distinct"
    said = "US_SSN" if national else ("ID" if hints.has("ID") else "AU_CRN")
    yield Candidate("ID", 0.8 if said != "AU_CRN" else 0.75, evidence + hints.note(said))


# A staff member's number or login: letters and digits ("CO6315", "sa781dg", "EMP-0042"),
# a login made of a name ("othompso1", "j.smith"), or a crew's, several in a cell
# ("P62859;P21160")
_ONE_STAFF_CODE = r"(?:[A-Za-z]{1,4}[\-_]?\d{2,8}[A-Za-z]{0,3}|[a-z][a-z.]{2,15}\d{0,3})"
_STAFF_CODE = rf"^{_ONE_STAFF_CODE}(?:\s*[;,/&]\s*{_ONE_STAFF_CODE})*$"
_STAFF_NUMBER = r"^\d{4,10}$"


_PLACE_OF_WORK = re.compile(
    r"(?:^|_)(?:site|station|office|branch|location|loc|depot|region|area|team|unit)(?:_|$)"
)


def _staff_identifiers(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    """ID for the codes of the staff who act on a record (ESCORT_OFFICER: CO6315; AGENT:
    sa781dg): each names one member of staff, as a name would."""
    if not hints.acting or set(hints.entities) - {"PERSON", "ID"} or col.n_distinct < 5:
        return
    if hints.organisation or _PLACE_OF_WORK.search(hints.normalised):
        return  # PROVIDER_SITE, OFFICER_STATION: where the staff work, not who they are
    share = col.share_lettered(_STAFF_CODE, _STAFF_NUMBER)
    if share >= 0.9 and col.top_share <= 0.5:
        what = f"are codes of letters and digits, {col.n_distinct} distinct, under a name of staff"
        yield Candidate("ID", 0.7, col.tally(share, what))
        return
    # a prescriber's or an officer's number, all digits, under a name that says it is one
    numbered = hints.held or hints.has("ID")
    share = col.share_matching(_STAFF_NUMBER)
    if numbered and not hints.aggregate and share >= 0.9 and col.top_share <= 0.5:
        what = (
            f"are numbers of four to ten digits, {col.n_distinct} distinct, under a name of staff"
        )
        yield Candidate("ID", 0.7, col.tally(share, what))


# A month's name between digits, or digits in date-like groups: a date, never a password
_DATE_SHAPED = (
    r"(?i)\d[\-/. ]?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\-/. ,]*\d"
    r"|^\d{1,4}[\-/.]\d{1,2}[\-/.]\d{1,4}"
)


def _passwords(col: ColumnValues, hints: NameHints, *, is_dates: bool) -> Iterator[Candidate]:
    if hints.has("PASSWORD"):
        yield name_only(col, hints, "PASSWORD", 0.85)
        return
    if col.n < 20 or col.distinct_ratio < 0.95 or is_dates or hints.row_id:
        return
    if col.share_matching(_DATE_SHAPED) >= 0.2:
        return
    # a capital after the first character, small letters and a digit: generated passwords,
    # not reference numbers (which keep their capitals in a prefix) or hex keys
    mixed = col.share_matching(r"^\S+[A-Z]\S*$")
    lower = col.share_matching(r"[a-z].*[a-z]")
    digits = col.share_matching(r"\d")
    length = col.share_matching(r"^\S{6,40}$")
    hexadecimal = col.share_matching(r"^[0-9a-fA-F\-]+$")
    if min(mixed, lower, digits) >= 0.8 and length >= 0.95 and hexadecimal < 0.5:
        what = "are mixed-case words with digits, all different, as generated passwords are"
        yield Candidate("PASSWORD", 0.55, col.tally(mixed, what))


_PRESSURE_SHAPE = r"^\s*\d{2,3}\s*/\s*\d{2,3}\s*$"
_PRESSURE = re.compile(r"\s*(\d{2,3})\s*/\s*(\d{2,3})\s*")
SYSTOLIC = (70, 250)  # mmHg, a living body's range
DIASTOLIC = (30, 150)
PRESSURES = 0.9  # of a column's values, blood pressures, under a name that says nothing
MIN_PRESSURES = 20  # different ones at least


def _a_pressure(value: str) -> bool:
    """A blood pressure: a systolic over a lower diastolic, each in a body's range."""
    m = _PRESSURE.fullmatch(value)
    if m is None:
        return False
    systolic, diastolic = int(m.group(1)), int(m.group(2))
    return (
        SYSTOLIC[0] <= systolic <= SYSTOLIC[1]
        and DIASTOLIC[0] <= diastolic <= DIASTOLIC[1]
        and systolic > diastolic
    )


def _blood_pressures(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    """A patient's blood pressures (120/80) under a name of BP alone, or under a name that
    says nothing (a headerless file's), many different and each a systolic over a lower
    diastolic in a body's range."""
    if BLOOD_PRESSURE.fullmatch(hints.normalised):
        pressures = col.share_matching(_PRESSURE_SHAPE)
        if pressures >= 0.8:
            what = "are blood pressures (systolic over diastolic)"
            yield _found(hints, "HEALTH", 0.7, col.tally(pressures, what))
    elif (
        col.n_distinct >= MIN_PRESSURES
        and opaque_name(col.name)
        and col.share_matching(_PRESSURE_SHAPE) >= PRESSURES  # (by RE2 first)
    ):
        pressures = col.share_where(_a_pressure)
        if pressures >= PRESSURES:
            what = "are blood pressures: a systolic over a lower diastolic, in a body's range"
            yield _found(hints, "HEALTH", 0.65, col.tally(pressures, what))


# A pregnancy's weeks, and at times its days after a plus, as midwives write them ("39+6")
_GESTATION_WEEKS = r"^\s*[1-4]\d(?:\s*\+\s*[0-6])?\s*(?i:w|wk|wks|weeks)?\s*$"


def _sensitive_codes(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    """Numeric codes (Indigenous status 1-4 and 9, a K10 score) whose meaning only the name
    gives: the values show a small set of codes, the name says what they code. A gestation
    is weeks, with or without days ("39+6"), however many different ones."""
    if GESTATION.search(hints.normalised):
        weeks = col.share_matching(_GESTATION_WEEKS)
        if weeks >= 0.8:
            what = "are a pregnancy's weeks (and days: 39+6)"
            yield _found(hints, "HEALTH", 0.75, col.tally(weeks, what))
            return
    if col.numeric_share < 0.5:
        return
    for entity in _CODED_TRAITS:
        if hints.has(entity) and col.n_distinct <= 20:
            what = f"are numeric codes, {col.n_distinct} distinct; the name says what they code"
            yield _found(hints, entity, 0.65, col.tally(col.numeric_share, what))
    if hints.has("ETHNICITY") and col.n_distinct > 20:
        # ABS classifications of countries (SACC: 1101, 2100) and languages (ASCL: 1201)
        coded = col.share_matching(r"^[1-9]\d{3}$")
        if coded >= 0.8:
            what = "are four-digit classification codes (ABS countries or languages)"
            yield _found(hints, "ETHNICITY", 0.85, col.tally(coded, what))
    if VITAL_SIGNS.search(hints.normalised):  # a heart "rate" is no statistic
        low, high = _VITAL_RANGE
        measured = col.share_where(lambda v: _within(v, low, high))
        if measured >= 0.8:
            what = "are a person's readings (heart rate, blood pressure, a dose, blood alcohol)"
            yield _found(hints, "HEALTH", 0.7, col.tally(measured, what))
            return
    coded = hints.code or _ITEM.search(hints.normalised) is not None  # MBS_ITEM, DX_CODE
    if hints.strength("HEALTH") >= 1.0 and (col.n_distinct <= MAX_CODES or coded):
        # codes and scores are few (a K10 is 10 to 50); counts of the vaccinated or the
        # diagnosed are measures of many people
        what = "are numeric codes or scores; the name says they are health information"
        yield _found(hints, "HEALTH", 0.65, col.tally(col.numeric_share, what))


def _within(value: str, low: float, high: float) -> bool:
    """Whether ``value`` is a number (or a blood pressure, 120/80) between ``low`` and ``high``."""
    for part in value.lstrip("<>=\u2264\u2265 ").split("/", 1):  # >90: an eGFR above 90
        try:
            number = float(part)
        except ValueError:
            return False
        if not low <= number <= high:
            return False
    return True
