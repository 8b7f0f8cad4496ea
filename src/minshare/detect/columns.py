"""The column decision: from a column's name and sampled values to one :class:`ColumnFinding`.

Every recognizer proposes candidates with a score; the best one decides the column's
category, and the others follow it in ``entities``. The decision is about the column, not
about cells: what share of its non-missing values match, how that share compares with what
chance would give (for check digits), how varied the values are, and what the name suggests.

The order of evidence, strongest first:

1. identifiers whose check digits pass far more often than chance;
2. values whose form says what they are (e-mail, IP address, telephone number, date of
   birth, postcode, address), and closed vocabularies (sex, states, ICD-10 codes...);
3. names and other words, weighed against the dictionaries;
4. the column name alone, for kinds of value that cannot be checked (passwords, card
   security codes, income);
5. lists in a cell ("Hassan (3); Dariush (16)"), judged by their items;
6. free text: values of several words, some of which hold personal information.

A name that says the column describes an animal (DOG_NAME, PET_DOB) stops the look: a
dog's name, sex and date of birth are no one's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

import pyarrow as pa

from minshare.detect import recognizers as rec
from minshare.detect import vocab
from minshare.detect.dates import judge_birth_dates, parse_text_dates, parse_years
from minshare.detect.findings import (
    DIRECT_IDENTIFIER,
    FREE_TEXT,
    NONE,
    ColumnFinding,
    EntityFinding,
    category_of,
)
from minshare.detect.hinted import hinted_candidates, name_only
from minshare.detect.names import NameHints, name_hints, name_words
from minshare.detect.nested import NestedFinding, summarise
from minshare.detect.people import (
    Candidate,
    address_candidate,
    location_candidate,
    login_candidate,
    occupation_candidate,
    person_candidate,
)
from minshare.detect.profile import LIST_SEPARATOR, ColumnValues
from minshare.detect.stats import beats_chance, excess_share
from minshare.detect.text import Span, find_phones
from minshare.detect.traits import gender_candidate, vocabulary_candidates

STRONG = 0.6  # a structured finding this sure stops the free-text look


def decide(col: ColumnValues, null_fraction: float) -> ColumnFinding:
    """The finding for one column from its sampled values and its name."""
    hints = name_hints(col.name)
    candidates = sorted(_candidates(col, hints), key=lambda c: -c.score)
    seen: set[str] = set()
    entities: list[EntityFinding] = []
    for candidate in candidates:
        if candidate.entity in seen:
            continue
        seen.add(candidate.entity)
        entities.append(
            EntityFinding(
                candidate.entity,
                round(min(candidate.score, 0.99), 3),
                candidate.evidence,
                in_text=candidate.free_text,
            )
        )
    if not candidates:
        category = NONE
    elif candidates[0].free_text:
        category = FREE_TEXT
    else:
        category = category_of(candidates[0].entity)
    return ColumnFinding(
        name=col.name,
        data_type=str(col.arrow_type),
        personal=category != NONE,
        category=category,
        entities=tuple(entities),
        null_fraction=null_fraction,
    )


def decide_nested(
    name: str, array: pa.Array | pa.ChunkedArray, null_fraction: float
) -> ColumnFinding:
    """The finding for a struct column, carrying a finding for each of its leaves.

    A JSON Lines file with ``{"address": {"street": ..., "suburb": ...}}`` has one column,
    ``address``; each leaf is judged as a column of its own (``address.street``), and the
    column takes the category of its most identifying leaf (:mod:`minshare.detect.nested`).
    """
    leaves = list(_leaves(name, array, null_fraction))
    summary = summarise(name, str(array.type), null_fraction, [f for _, f in leaves])
    return NestedFinding(
        summary.name,
        summary.data_type,
        summary.personal,
        summary.category,
        summary.entities,
        summary.null_fraction,
        leaves=tuple(leaves),
    )


def _leaves(
    name: str, array: pa.Array | pa.ChunkedArray, null_fraction: float
) -> Iterator[tuple[ColumnValues, ColumnFinding]]:
    struct = array.combine_chunks() if isinstance(array, pa.ChunkedArray) else array
    present = len(struct) - struct.null_count
    for i, child in enumerate(struct.flatten()):  # a child is null where its parent is
        path = f"{name}.{struct.type.field(i).name}"
        # the whole file's share of missing parents, and the sample's of missing children
        missing = (child.null_count - struct.null_count) / present if present else 0.0
        share = null_fraction + (1.0 - null_fraction) * missing
        if pa.types.is_struct(child.type):
            yield from _leaves(path, child, share)
        else:
            values = ColumnValues.from_array(path, child)
            yield values, decide(values, share)


# What an organisation has as a person does, and its name may say is the organisation's
_ORGANISATIONS_OWN = frozenset({"AU_ABN", "AU_ACN", "PHONE_NUMBER"})
# A mailbox named for a desk, not for anyone (GEN_EMAIL, General Email, enquiries_email)
_DESKS_MAILBOX = name_words(r"gen|general|generic|enquiries|enquiry|info|shared")
# A line a person may answer alone, at work as at home
_OWN_LINE = name_words(r"mobile|mob|cell|office|work|direct|private|home|ah|after_?hours")


# A payer that quotes an ABN or an ACN is a business (an insurer, an agency); a payer's
# telephone or e-mail is as often a parent's or a client's
_PAYER = re.compile(r"(?:^|_)payer(?:_|$)")
_BUSINESS_NUMBERS = frozenset({"AU_ABN", "AU_ACN"})


_ACN_WORDS = frozenset({"acn", "no", "num", "nbr", "number", "id"})


def _says_whose(hints: NameHints) -> bool:
    """Whether a name says whose its number is (``OWNER_ACN``), not only what (``ACN_NO``)."""
    return any(len(w) > 1 and w not in _ACN_WORDS for w in hints.normalised.split("_"))


def _candidates(col: ColumnValues, hints: NameHints, *, text: bool = True) -> list[Candidate]:
    if hints.animal:
        return []  # DOG_NAME, PET_SEX, DOG_DOB: an animal's, not a person's
    found = _found(col, hints, text=text)
    if _machines(col, hints):
        found = [c for c in found if c.entity != "IP_ADDRESS"]
    if hints.of_organisation:
        # EMPLOYER_ABN, SUPPLIER_ACN, CLINIC_PH, FAX: an organisation's number or line (a
        # contractor's or an owner's is not said to be, and is reported: it may be a person's)
        found = [c for c in found if c.entity not in _ORGANISATIONS_OWN]
    elif _PAYER.search(hints.normalised):
        found = [c for c in found if c.entity not in _BUSINESS_NUMBERS]
    elif hints.has("AU_ACN") and _says_whose(hints):
        # OWNER_ACN, HOLDER_ACN: whoever holds an ACN is a company
        found = [c for c in found if c.entity != "AU_ACN"]
    if hints.has("EMAIL_ADDRESS") and _DESKS_MAILBOX.search(hints.normalised):
        # GEN_EMAIL, Enquiries_Email: a desk's mailbox, which no one person reads
        found = [c for c in found if c.entity != "EMAIL_ADDRESS"]
    if hints.organisation and not hints.has("PERSON"):
        # REGISTERED_OFFICE, EMPLOYER_ADDRESS: an organisation's address; PRAC_PH,
        # VENUE_CONTACT_PH: its line (a practice's reception, a venue's switchboard), but for
        # a line a person may answer alone (office_phone, BUSINESS_MOBILE)
        own = _OWN_LINE.search(hints.normalised) is not None
        return [c for c in found if c.entity != "ADDRESS" and (own or c.entity != "PHONE_NUMBER")]
    return found


# The machines a job or a service runs on; a user's workstation is named for its user
_MACHINE = name_words(
    r"srv|server|servers|host|hostname|node|gateway|gw|proxy|router|db|database|vm|machine|"
    r"instance|cluster"
)
MAX_MACHINES = 10  # distinct private addresses at most, each written many times


def _machines(col: ColumnValues, hints: NameHints) -> bool:
    """Whether IP addresses are a handful of servers': under a name of a machine (SRV_IP,
    HOST_IP), or, under a name that says nothing, a few private addresses written again and
    again (a batch log's hosts). People's addresses, even inside an agency's network, are as
    many as its users."""
    if _MACHINE.search(hints.normalised):
        return True
    if hints.entities or col.n < 10 * MAX_MACHINES or col.n_distinct >= MAX_MACHINES:
        return False
    return col.share_where(rec.is_private_address) >= 0.99


def _found(col: ColumnValues, hints: NameHints, *, text: bool) -> list[Candidate]:
    """The candidates for one column; ``text`` false skips the free-text look (Presidio)."""
    if col.n == 0:
        return list(_empty_column(hints))
    uuids = col.share_matching(rec.UUID.shape)
    # a phone's advertising ID is a UUID, an Android ID sixteen hex digits
    devices = col.share_matching(rf"{rec.UUID.shape}|^[0-9a-fA-F]{{16}}$") if uuids < 0.9 else 0
    online = _ONLINE_ID.search(hints.normalised) is not None
    if uuids >= 0.9 or (online and devices >= 0.9):
        # record keys: not personal unless the name says they key people
        keyed = [c for c in hinted_candidates(col, hints) if c.entity == "ID"]
        if not keyed and online and col.distinct_ratio >= 0.5:
            # a user's or a device's UUID in an app's accounts: an online identifier
            what = "are UUIDs or device IDs under a name of a user, an account or a device"
            keyed = [Candidate("ID", 0.75, col.tally(max(uuids, devices), what))]
        return keyed
    found = list(_identifiers(col, hints))
    dob, is_dates = _birth_date(col, hints)
    if dob:
        found.append(dob)
    if not is_dates:
        found.extend(_shapes(col, hints))
        found.extend(_profiles(col))
        for finder in (
            _phone,
            _contact,
            _postcode,
            gender_candidate,
            person_candidate,
            login_candidate,
            address_candidate,
            location_candidate,
            occupation_candidate,
        ):
            candidate = finder(col, hints)
            if candidate:
                found.append(candidate)
        found.extend(vocabulary_candidates(col, hints))
    found.extend(hinted_candidates(col, hints, is_dates=is_dates))
    if not text or is_dates:
        return found
    if not any(c.score >= STRONG for c in found):
        found.extend(_listed(col, hints))
    strongest = max((c.score for c in found), default=0.0)
    if strongest < STRONG:
        found.extend(_free_text(col))
        found.extend(_details(col))
    elif not any(c.score >= STRONG and category_of(c.entity) == DIRECT_IDENTIFIER for c in found):
        # clinical notes are health by their words and may still give a phone or a name:
        # reported after what decided the column, so that what the column is stays decided
        below = round(strongest - 0.05, 3)
        found.extend(replace(c, score=min(c.score, below)) for c in _free_text(col))
    return found


# Several values in one cell: "Hassan (3); Dariush (16)", "01/07/2018; 15/03/2006"
_ITEM_NOTE = re.compile(r"\s*\([^()]*\)$")  # "Hassan (3)": a note after the item
_LISTED = frozenset(
    {"PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"} | {c.entity for c in rec.CHECKSUMS}
)
MIN_LISTS = 0.3  # of a column's values, lists of two or more items


def _listed(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    """People, dates of birth, phones or identifiers written several to a cell.

    The items of the lists are judged as a column of their own (with the column's name);
    a list of sentences stays free text.
    """
    lists = col.share_where(lambda v: LIST_SEPARATOR.search(v) is not None)
    if col.n < 5 or lists < MIN_LISTS:
        return
    items: list[str] = []
    for value, times in col.counts.items():
        parts = [_ITEM_NOTE.sub("", part) for part in LIST_SEPARATOR.split(value)]
        items.extend(part for part in parts if part for _ in range(times))
    listed = ColumnValues.of_text(col.name, items)
    if listed.median_words > 4:
        return  # clauses of a sentence, not names or numbers
    note = f"{lists * col.n:.0f} of {col.n} non-null sampled values are lists; of their items, "
    for candidate in _candidates(listed, hints, text=False):  # items are not prose
        if candidate.entity in _LISTED:
            yield Candidate(candidate.entity, candidate.score, note + candidate.evidence)


_ONLINE_ID = re.compile(
    r"(?:^|_)(?:user|users|account|acct|customer|member|device|advertising|ad|idfa|gaid|"
    r"android|install|installation|push)_?(?:id|uuid|guid|token)(?:_|$)"
)


def _empty_column(hints: NameHints) -> Iterator[Candidate]:
    """A column with no values: only its name can speak, and softly."""
    for entity, (strength, words) in hints.entities.items():
        if strength >= 1.0:
            yield Candidate(entity, 0.3, f"no non-null values were sampled; name hint '{words}'")


# -- check digits and forms ---------------------------------------------------------------------


def _identifiers(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    """Identifiers whose check digits pass far more often than chance would allow."""
    for checksum in rec.CHECKSUMS:
        matched = col.matching(checksum.shape)
        shaped = col.count(matched)
        hinted = hints.has(checksum.entity)
        if shaped == 0 or shaped / col.n < (0.3 if hinted else 0.5):
            continue
        valid = [v for v in matched if checksum.validate(rec.compact(v))]
        passed = col.count(valid)
        genuine = excess_share(passed, shaped, checksum.chance)
        alpha = 0.01 if hinted else 1e-4
        if (
            genuine < 0.5
            or passed / col.n < 0.4
            or not beats_chance(passed, shaped, checksum.chance, alpha=alpha)
            # each number counted once: a batch's one date (14062024) on every row of a
            # payment file passes the TFN check by chance, however many rows repeat it
            or not beats_chance(len(valid), len(matched), checksum.chance, alpha=alpha)
        ):
            continue
        score = 0.55 + 0.4 * genuine * min(1.0, shaped / col.n) + 0.05 * hinted
        if checksum.entity == "CREDIT_CARD" and hints.has("ID") and not hinted:
            score = min(score, 0.7)  # library and loyalty barcodes carry Luhn check digits too
        evidence = (
            f"{passed} of {col.n} non-null sampled values pass the {checksum.label} checksum "
            f"(chance alone would pass about {checksum.chance * shaped:.0f})"
        )
        yield Candidate(checksum.entity, score, evidence + hints.note(checksum.entity))


# A person's page on a social network: the address names its holder
_PROFILE = (
    r"(?i)^(?:https?://)?(?:(?:[a-z]{2,3}\.|www\.)?(?:linkedin\.com/in/|facebook\.com/|fb\.com/|"
    r"twitter\.com/|x\.com/|instagram\.com/|tiktok\.com/@|github\.com/|behance\.net/|"
    r"dribbble\.com/|about\.me/|medium\.com/@|youtube\.com/@|threads\.net/@)[^/?#\s]+|"
    r"[a-z0-9][a-z0-9\-]*\.github\.io)/?$"
)


# A person's page in a directory: an intranet's or a site's people, staff or members,
# one page each (intranet.agency.gov.au/people/ngraham)
_DIRECTORY_PAGE = (
    r"(?i)^(?:https?://)?[\w.\-]+/(?:[\w.\-]+/)*(?:people|person|staff|profiles?|users?|"
    r"members?|directory|employees?|~)(?:/[A-Za-z0-9][\w.\-]{1,40}/?|\?(?:id|uid|user|staff_?id)=\w{1,40})$"
)


def _profiles(col: ColumnValues) -> Iterator[Candidate]:
    """URL for links to people's own pages: on social networks (linkedin.com/in/dilani-j-756),
    or in a directory of people (an intranet's /people/ngraham), one page each."""
    share = col.share_matching(_PROFILE)
    if share >= 0.5:
        yield Candidate("URL", 0.85, col.tally(share, "are links to profiles on social networks"))
        return
    pages = col.share_matching(_DIRECTORY_PAGE)
    if pages >= 0.8 and col.n_distinct >= min(10, max(2, col.n // 3)):
        what = "are links to people's pages in a directory (people, staff, members, users)"
        yield Candidate("URL", 0.8, col.tally(pages, what))


def _shapes(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    """Values recognised by their form: e-mail, IP, URL, SSN, BSB, passport, SLK, user agent."""
    for shape in rec.SHAPES:
        if shape is rec.UUID or shape is rec.URL:
            continue  # record keys, and links (an agency's columns of links are organisations')
        matched = col.matching(shape.shape)
        share = col.count_where(shape.check, matched) / col.n
        hinted = hints.has(shape.entity)
        if shape is rec.BSB and share + col.share_matching(r"^\d{3} \d{3}$") >= 0.4:
            # BSBs are written "062-000", "062 000" or "062000"; the dashed or spaced ones say
            # what the rest are
            share = col.share_matching(r"^\d{3}[ \-]?\d{3}$")
        need = {"AU_PASSPORT": 0.9, "AU_BSB": 0.8, "US_SSN": 0.6}.get(shape.entity, 0.5)
        if shape in (rec.MY_AGED_CARE, rec.AHPRA, rec.NAATI):
            need = 0.8  # letters and digits: another scheme's codes may share a few
        if shape is rec.WWCC:
            # no other scheme writes WWC, seven digits and E or V: a third of a column is NSW's
            # checks among other states' numbers (seven digits, a blue card's with a slash)
            need = 0.3
        if shape is rec.NDIS:
            # nine digits from 43 are a range of any nine-digit numbers too: nearly all,
            # and each a different one, unless the name says they are a person's
            if col.distinct_ratio < 0.9 and not hinted:
                continue
            need = 0.9
        if hinted:
            need = min(need, 0.4)
        if share < need:
            continue
        if shape is rec.PASSPORT and not hinted:
            # a letter and seven digits is as often another agency's reference or licence
            # (FA1234567): without a name it is at most a person's ID, in a table of people
            # (minshare.detect.held)
            continue
        score = 0.6 + 0.38 * share + 0.05 * hinted
        evidence = col.tally(share, f"are shaped like {shape.label}")
        yield Candidate(shape.entity, score, evidence + hints.note(shape.entity))


def _lost_zero(col: ColumnValues, hints: NameHints, written: float) -> Candidate | None:
    """Australian telephone numbers stored as numbers, their leading 0 lost (249344899 for
    02 4934 4899), alone or among numbers written in full: nine digits that are valid once
    the 0 is back, in several areas, under a name that says nothing else. Random nine-digit
    codes start with any digit, and so are valid about half the time."""
    if hints.row_id or hints.says_other or hints.held or col.n < 20 or col.distinct_ratio < 0.9:
        return None
    bare = col.matching(r"^[2-478]\d{8}$")
    zeroless = col.count_where(lambda v: rec.is_phone("0" + v), bare) / col.n
    if not zeroless or written + zeroless < 0.95 or len({v[:2] for v in bare}) < 3:
        return None
    if rec.shuns_tax_file_numbers(list(dict.fromkeys(bare))):
        return None  # position or receipt numbers made to fail the TFN check, not phones
    what = "are Australian telephone numbers, some without their leading 0"
    return Candidate("PHONE_NUMBER", 0.7, col.tally(written + zeroless, what))


# Of a column's values, the share written as a contact: a person's name or their relation to
# someone with a telephone number ("Nikos Vlahos (dad) +61 466 325 144", "0483 074 637 husband")
CONTACTS = 0.5
MAX_CONTACT_WORDS = 5  # beside the number: a name and a relationship, not a sentence


def _contact(col: ColumnValues, hints: NameHints) -> Candidate | None:
    """Contacts written as a name or a relationship with a telephone number: an emergency
    contact's or a next of kin's details, a phone that is a person's and often their name."""
    if not col.is_text_type or col.median_words > 2 * MAX_CONTACT_WORDS:
        return None
    # a telephone's eight digits or more, among spaces and signs, before each value is parsed
    dialled = col.matching(r"\d(?:[\s().+\-]*\d){7}")
    if col.count(dialled) < CONTACTS * col.n:
        return None
    share = col.count_where(_a_contact, dialled) / col.n
    if share < CONTACTS:
        return None
    what = "are a name or a relationship with a telephone number"
    # below the person's rules (0.7 at least), which say better what a column of names is
    return Candidate(
        "PHONE_NUMBER",
        0.6 + 0.08 * share,
        col.tally(share, what) + hints.note("PHONE_NUMBER"),
        free_text=True,
    )


def _a_contact(value: str) -> bool:
    phones = list(find_phones(value))
    if not phones or any(
        rec.compact(value[p.start : p.end]).startswith(_NATIONAL_LINES) for p in phones
    ):
        return False
    rest = value
    for span in reversed(phones):
        rest = rest[: span.start] + " " + rest[span.end :]
    words = [w for w in re.split(r"[\s,;:()\-\u2013/]+", rest) if w]
    if not 1 <= len(words) <= MAX_CONTACT_WORDS or not all(w.isalpha() for w in words):
        return False
    folded = [vocab.fold(w).strip(".") for w in words]
    # a business's or an office's line ("Reception", "Harbour Marine Pty Ltd") is no one's
    return not any(f in vocab.ORG_WORDS or f in vocab.ROLE_WORDS for f in folded)


_NATIONAL_LINES = ("13", "18", "+6113", "+6118")  # 13, 1300 and 1800 numbers: a service's


def _phone(col: ColumnValues, hints: NameHints) -> Candidate | None:
    if hints.coordinate or col.share_matching(_DECIMAL) >= 0.5:
        return None  # latitudes and longitudes (153.0251, -27.4698) are never telephones
    matched = col.matching(rec.PHONE_SHAPE)
    if not matched:
        return None
    strict = col.count_where(rec.is_phone, matched) / col.n
    if strict >= 0.6:
        evidence = col.tally(strict, "are valid telephone numbers")
        return Candidate(
            "PHONE_NUMBER",
            0.6 + 0.35 * strict + 0.04 * hints.has("PHONE_NUMBER"),
            evidence + hints.note("PHONE_NUMBER"),
        )
    unzeroed = _lost_zero(col, hints, strict)
    if unzeroed:
        return unzeroed
    grouped = col.matching(r"^\+?\(?\d{1,5}\)?(?:[ .\-]\(?\d{1,8}\)?){1,5}$")
    lengths = {sum(ch.isdigit() for ch in v) for v in grouped}
    share = col.count(grouped) / col.n
    if (
        share >= 0.9
        and len(lengths) >= 3
        and min(lengths) >= 6
        and max(lengths) <= 15
        and col.distinct_ratio >= 0.9
        and col.n >= 20
    ):
        # national forms of many countries: digit groups of varying length, all different
        evidence = col.tally(
            share,
            f"are groups of digits written as telephone numbers, of {len(lengths)} lengths",
        )
        return Candidate(
            "PHONE_NUMBER",
            0.55 + 0.3 * hints.has("PHONE_NUMBER"),
            evidence + hints.note("PHONE_NUMBER"),
        )
    if hints.has("PHONE_NUMBER") and col.share_where(_padded) < PADDED:
        loose = (
            col.count_where(
                lambda v: rec.is_phone(v, strict=False) or rec.looks_like_phone(v), matched
            )
            / col.n
        )
        if loose >= 0.6:
            evidence = col.tally(loose, "are shaped like telephone numbers")
            return Candidate(
                "PHONE_NUMBER", 0.75 + 0.2 * loose, evidence + hints.note("PHONE_NUMBER")
            )
    return None


PADDED = 0.5  # of a column's values, codes ending in 00: a classification's, not telephones


def _padded(value: str) -> bool:
    """A code of a classification padded with zeros to its length (UNSPSC's 43232300,
    41116000): a class above its commodities, as few telephone numbers end."""
    return value.isdigit() and len(value) >= 6 and value.endswith("00")


# A decimal number with a fraction: a measurement or a coordinate, not a telephone number
_DECIMAL = r"^[+-]?\d{1,3}\.\d{2,}$"


def _digits(value: str) -> bool:
    return value.isascii() and value.isdigit()


def _postcode(col: ColumnValues, hints: NameHints) -> Candidate | None:
    hinted = hints.has("AU_POSTCODE")
    values = col.distinct
    if col.is_integer_type:
        # 0800 stored as a number is 800
        valid = col.count_where(lambda v: _digits(v) and rec.is_au_postcode(v.zfill(4))) / col.n
        share = valid
        street = col.count_where(lambda v: _digits(v) and rec.is_street_postcode(v.zfill(4)))
    elif col.numeric_share > 0.9 and all(_digits(v) and len(v) == 3 for v in values[:50]):
        values = [v for v in values if _digits(v) and len(v) == 3]  # 0800 stored as a number
        share = col.count(values) / col.n
        valid = col.count_where(lambda v: rec.is_au_postcode(v.zfill(4)), values) / col.n
        street = col.count_where(lambda v: rec.is_street_postcode(v.zfill(4)), values)
    else:
        # a postcode of the Territory may have lost its leading zero in a spreadsheet (850)
        valid = col.count_where(lambda v: rec.is_au_postcode(rec.zero_kept(v))) / col.n
        share = valid
        street = col.count_where(lambda v: rec.is_street_postcode(rec.zero_kept(v)))
    if hinted:
        if valid >= 0.8:
            evidence = col.tally(valid, "are Australian postcodes")
            return Candidate(
                "AU_POSTCODE", 0.9 + 0.09 * valid, evidence + hints.note("AU_POSTCODE")
            )
        codes = col.share_matching(r"^[A-Za-z0-9]{1,4}[ \-]?[A-Za-z0-9]{2,5}$")
        if codes >= 0.8 and col.share_matching(r"\d") >= 0.5:
            evidence = col.tally(codes, "are shaped like postal codes")
            return Candidate("AU_POSTCODE", 0.8, evidence + hints.note("AU_POSTCODE"))
        return None
    if hints.says_other or hints.thing:
        return None  # PRAC_PC, SITE_PC: a practice's or a site's place; a code, a count
    if set(hints.entities) - {"LOCATION"}:
        return None  # BIRTH_WEIGHT_G: four digits that the name says are something else
    unknown = col.counts.get(rec.NO_POSTCODE, 0)  # left out: none given
    known = col.n - unknown
    if known < col.n / 2:
        return None
    street_share = street / known
    populous = col.count_where(lambda v: _digits(v) and 2000 <= int(v) <= 4999) / known
    years = col.count_where(lambda v: _digits(v) and 1900 <= int(v) <= 2100) / known
    if (
        share * col.n / known >= 0.98
        and street_share >= 0.9
        and years < 0.5
        and col.n_distinct >= 10
    ):
        if populous >= 0.5:
            eastern = populous * known
            what = f"are Australian postcodes, {eastern:.0f} in the populous eastern ranges"
            return Candidate("AU_POSTCODE", 0.6, _unknown(col.tally(valid, what), unknown))
        # South Australia's, the West's, Tasmania's or the Territory's: kept only where the
        # table's places agree (minshare.detect.areas), as every postcode found without a name
        what = col.tally(valid, "are Australian postcodes")
        return Candidate("AU_POSTCODE", 0.55, _unknown(what, unknown))
    return None


def _unknown(evidence: str, unknown: int) -> str:
    return f"{evidence} ({unknown} more are {rec.NO_POSTCODE}, none given)" if unknown else evidence


# Any of the written forms :func:`parse_text_dates` reads (a cheap, vectorised first look)
_DATE_LIKE = (
    r"^\d{1,4}[\-/. ]\d{1,2}[\-/. ]\d{2,4}|^\d{1,2}[\-/. ][A-Za-z]{3,9}\.?[ ,\-/.]+\d{2,4}"
    r"|^[A-Za-z]{3,9}\.?[ \-]\d{1,2},?[ \-]\d{4}|^\d{7,8}$|^\d{1,2}[\-/.]\d{4}$"
    r"|^\d{4}[\-/.]\d{1,2}$|^[A-Za-z]{3,9}\.?[ \-/]\d{4}$"
)


def _birth_date(col: ColumnValues, hints: NameHints) -> tuple[Candidate | None, bool]:
    """A DATE_OF_BIRTH candidate (or DATE_OF_DEATH, under a name that says so), and whether
    the column holds dates at all.

    Text and whole numbers are read as dates in every written form (``20010203`` and
    ``3021987`` included); a year alone counts as a date only under a name that says birth
    (a column of years elsewhere is more often a year of something else; the table decides
    those, :mod:`minshare.detect.context`).
    """
    birth_hint = hints.has("DATE_OF_BIRTH")
    parsed = col.dates
    if parsed is None:
        if not (col.is_text_type or col.is_numeric_type) or col.share_matching(r"\d") < 0.8:
            return None, False
        values = [v for v, times in col.counts.items() for _ in range(times)]
        parsed = None
        if col.share_matching(_DATE_LIKE) >= 0.8:
            parsed = parse_text_dates(values)
        if parsed is None or parsed.share < 0.8:
            if not birth_hint:
                return None, False
            parsed = parse_years(values)
            if parsed.share < 0.9:
                return _unreadable_birth_dates(col, hints), False
    if not birth_hint and _names_another_date(hints):
        verdict = None
    else:
        verdict = judge_birth_dates(parsed, birth_hint=birth_hint, event_hint=hints.event_date)
    if verdict is not None and verdict.is_birth_date:
        return Candidate(
            "DATE_OF_BIRTH", verdict.score, verdict.evidence + hints.note("DATE_OF_BIRTH")
        ), True
    if hints.has("DATE_OF_DEATH"):
        # like a date of birth, a date in a person's life that sets them apart
        what = col.tally(parsed.share, "are dates, under a name of a date of death")
        return Candidate("DATE_OF_DEATH", 0.85, what + hints.note("DATE_OF_DEATH")), True
    return None, True


# Words of a date's name that say only that it is a date
_DATE_WORDS = vocab.words("date dt dte dat d day on of at the when time ts stamp timestamp")


def _names_another_date(hints: NameHints) -> bool:
    """Whether a name says which date a column holds, and it is not a birth: a word of four
    letters or more beside the words for a date (LISTING_DATE, PLANTED_DATE, EVENT_DT),
    unless it names whose the date is (MOTHER_DATE, CLIENT_DT). Cryptic names (CH_DT1,
    ATTR07) say nothing, and the values decide."""
    if hints.generic or hints.has("PERSON"):
        return False
    whose = "_".join(word for word in hints.normalised.split("_") if word not in _NAME_PARTS)
    if hints.role and name_hints(whose).role:
        return False
    words = [w for w in hints.normalised.split("_") if w not in _DATE_WORDS and not w.isdigit()]
    return any(len(w) >= 4 for w in words)


# Words of a person's name that say which name, not whose (FIRST_NAME): a date's first or
# last (FIRST_REGISTERED, LAST_SEEN) is no one's in particular
_NAME_PARTS = vocab.words("first last full given family")


def _unreadable_birth_dates(col: ColumnValues, hints: NameHints) -> Candidate | None:
    """A column named as dates of birth whose values are in no form a date is read in
    (masked, "XX/03/1987"): the name decides, and the evidence says so."""
    if hints.strength("DATE_OF_BIRTH") < 1.0 or col.share_matching(r"\d{2}") < 0.8:
        return None
    if col.share_matching(_FIGURE) >= 0.8:
        return None  # CRUDE_BIRTH_RATE, BIRTHS_PER_1000: figures (12.2), no date masked
    return name_only(col, hints, "DATE_OF_BIRTH", 0.6)


# A figure: a count or a rate of up to three whole digits, perhaps with a fraction
_FIGURE = r"^-?\d{1,3}(?:\.\d+)?$"


# -- free text ------------------------------------------------------------------------------------

MAX_TEXTS = 600  # distinct texts analysed per column


MIN_NOTES = 50  # distinct values, for notes to be read by their distinct values


def _is_prose(col: ColumnValues) -> bool:
    """Whether values read as sentences: several words, many of them in lower case."""
    if not col.is_text_type or (col.median_words < 4 and col.median_length < 30):
        return False
    pattern = r"(?:^|\s)[a-z][a-z'\x{2019}]*\s+[a-z][a-z'\x{2019}]*(?:\s|[.,;:]|$)"
    lowered = col.share_matching(pattern)
    if lowered < 0.3 and col.n_distinct >= MIN_NOTES:
        # a few canned notes ("Urgent", "Fasting") written often, and many written once
        lowered = len(col.matching(pattern)) / col.n_distinct
    return lowered >= 0.3 and col.share_where(_names_an_organisation) < 0.3


def _names_an_organisation(value: str) -> bool:
    """Whether a value reads as an organisation's name ("Friends of the Earth Inc"): a word of
    one among its last three, and most of its words capitalised. A sentence that ends on one
    ("please call me back about my dental referral") is a sentence."""
    split = value.split()
    if not any(vocab.fold(w).strip(".,()") in vocab.ORG_WORDS for w in split[-3:]):
        return False
    lettered = [w for w in split if w[:1].isalpha()]
    return sum(w[0].isupper() for w in lettered) * 2 >= len(lettered)


def _free_text(col: ColumnValues) -> Iterator[Candidate]:
    """Free text (several words a value) in which some values hold personal information."""
    if not _is_prose(col):
        return

    texts = sorted(col.distinct, key=lambda v: -col.counts[v])[:MAX_TEXTS]
    looked = sum(col.counts[t] for t in texts)
    hits, with_any = _held_in(col, texts, lambda _text, _span: True)
    share = with_any / looked if looked else 0.0
    if with_any == 0 or share < 0.03 or with_any < min(2, looked):
        return
    for entity, times in sorted(hits.items(), key=lambda kv: -kv[1]):
        evidence = f"{times} of {looked} non-null sampled texts contain {_WHAT.get(entity, entity)}"
        yield Candidate(entity, _text_score(times, looked), evidence, free_text=True)


def _held_in(
    col: ColumnValues, texts: list[str], keep: Callable[[str, Span], bool]
) -> tuple[dict[str, int], int]:
    """The rows of ``texts`` (distinct values of ``col``) holding each kind of personal
    information the free-text finders find and ``keep`` keeps, and the rows holding any."""
    from minshare.detect.presidio import analyze_texts

    hits: dict[str, int] = {}
    with_any = 0
    for text, spans in zip(texts, analyze_texts(texts), strict=True):
        kinds = {span.entity for span in spans if keep(text, span)}
        if not kinds:
            continue
        times = col.counts[text]
        with_any += times
        for entity in kinds:
            hits[entity] = hits.get(entity, 0) + times
    return hits, with_any


def _text_score(times: int, of: int) -> float:
    """A free-text finding's score: surer the more of the rows hold it."""
    return 0.5 + 0.45 * min(1.0, 3 * times / of)


# A value that may hold a person's details: digits, an e-mail's at, a field's value after = or :
_MAY_HOLD = r"\d{6}|@|[=:]"
DETAILS = 0.1  # of a column's values, those with a person's details among other words
MIN_DETAILS = 10  # such values at least
OTHER_LETTERS = 3  # letters at least beside the details: a value that is a phone alone is a phone
# Details no chance gives: a desk's line beside its name is a phone among words, and a case's
# number ("COR 2023 412318") passes a Medicare check one time in ten
_NO_CHANCE = frozenset({"PERSON", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "ADDRESS"})


def _details(col: ColumnValues) -> Iterator[Candidate]:
    """Short texts, not sentences, some of which hold a person's details among other words:
    a log's search terms ("surname='NGUYEN' dob=03/02/1961"), the changes it records ("Mob_Ph
    changed to 0415 469 262"). Some of the details must be a name, an e-mail address, a date
    of birth or a street address: phones and checked numbers alone may be desks' lines or
    chance. A column of the details alone (a column of phones) is read by their shapes, and
    sentences by :func:`_free_text`."""
    if not col.is_text_type or col.n_distinct < MIN_NOTES or _is_prose(col):
        return
    texts = sorted(col.matching(_MAY_HOLD), key=lambda v: -col.counts[v])[:MAX_TEXTS]
    if col.count(texts) < max(MIN_DETAILS, DETAILS * col.n):
        return
    hits, with_any = _held_in(col, texts, _among_words)
    sure = sum(times for entity, times in hits.items() if entity in _NO_CHANCE)
    if with_any < max(MIN_DETAILS, DETAILS * col.n) or sure < MIN_DETAILS:
        return
    for entity, times in sorted(hits.items(), key=lambda kv: -kv[1]):
        what = f"hold {_WHAT.get(entity, entity)} among other words"
        evidence = col.tally(times / col.n, what)
        yield Candidate(entity, _text_score(times, col.n), evidence, free_text=True)


def _among_words(text: str, span: Span) -> bool:
    """Whether a span has letters enough beside it in its text: a detail among words."""
    return sum(ch.isalpha() for ch in text[: span.start] + text[span.end :]) >= OTHER_LETTERS


_WHAT = {
    "PERSON": "a person's name",
    "PHONE_NUMBER": "a telephone number",
    "EMAIL_ADDRESS": "an e-mail address",
    "ADDRESS": "a street address",
    "CREDIT_CARD": "a card number",
    "US_SSN": "a US Social Security number",
    "AU_TFN": "a TFN",
    "AU_MEDICARE": "a Medicare number",
    "AU_CRN": "a CRN",
    "AU_IHI": "an IHI",
    "DATE_OF_BIRTH": "a date of birth",
    "AU_DRIVERS_LICENCE": "a licence number",
    "AU_PASSPORT": "a passport number",
}
