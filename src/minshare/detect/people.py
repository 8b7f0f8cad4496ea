"""Columns about people and places: names, street addresses, places, occupations.

A name column is told from other columns of words by three things together: its values are
shaped like names (one to five capitalised words, letters only), most of them are in the
given-name and surname dictionaries, and they are many and varied (a column of ten colours
whose words happen to be surnames -- Black, Brown, Green -- is not a column of names). Words
that only organisations use (Pty, Ltd, Trust, Holdings, "&") make a value a business name,
and a column of business names is not personal even when some sole traders trade under their
own names; a court's, hospital's or station's name is an institution's.

Family names of cultures the dictionaries barely know (Aboriginal and Torres Strait Islander,
Pacific) are found by their shape when no name says so: single capitalised words of a name's
length, many and varied, a good part of them known names, none marked as places (suburbs are
often several words: "Mount Druitt", "Surry Hills"). A case title ("Police v NGUYEN",
"R v SMITH") names a person when a party is neither the Crown, an office nor an organisation.

A cell may name several people ("J SMITH & M SMITH", "Kim NGUYEN; Ali HASSAN") and a name
may carry a title, a rank or a badge number ("Sgt K. O'Brien #4521"): each person's name
is read alone, without them (:func:`people_in`). Officials and practitioners are few and
named often ("Coroner Lee", "Magistrate J. Brown", "Dr A. Tran"): a title or an office
before a known name is proof enough, without the variety other name columns need ("Senior
Policy Officer" is a job, not a person).

Some roles are people's and organisations' alike: an applicant, a recipient, a provider, an
owner or a holder. Under such a name the values must read as people's names -- a given name
or an initial first, as organisations' names seldom start ("Lifeline Sydney", "Beyond
Blue") -- and a column mixing people and companies ("J. Tran", "Harbour Charters Pty Ltd")
is a column of people when people are a good part of it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from minshare.detect import vocab
from minshare.detect.names import NameHints
from minshare.detect.profile import ColumnValues
from minshare.detect.recognizers import EMAIL


@dataclass(frozen=True)
class Candidate:
    """A possible finding for a column: the entity, how sure, and why (never a value)."""

    entity: str
    score: float
    evidence: str
    free_text: bool = False


_NAME_TOKEN = re.compile(r"^[^\W\d_](?:[^\W\d_]|['\u2019\-.])*$")
# Three Latin letters or more without a vowel: alone, a code ("CC-RL", "MKT"), no one's name
# ("Ng"); in a longer name, an acronym ("Legal Aid NSW")
_NO_VOWEL = re.compile(r"^(?=(?:[^A-Za-z]*[A-Za-z]){3})[B-DF-HJ-NP-TV-XZb-df-hj-np-tv-xz'\-.]+$")
FEW_BRANDS = 30  # single words the dictionaries barely know, fewer than these: bodies'
_INITIALLED = re.compile(
    r"^[^\W\d_]\.?\s+[^\W\d_][\w'\u2019\-]+$|^[^\W\d_][\w'\u2019\-]+,?\s+[^\W\d_]\.?$"
)
# the last word of a road's name, never of a person's
_ROAD_TYPES = vocab.words(
    "st street rd road ave avenue cres crescent dr drive pde parade cct circuit ct pl tce terrace "
    "hwy highway blvd boulevard cl esp esplanade gr gve grove ln lane"
)
_SPLIT = re.compile(r"[\s,]+")


@dataclass(frozen=True)
class NameStats:
    """How much a column's values look like people's names (shares of non-missing values)."""

    shaped: float  # one to five name-shaped words
    initialled: float  # an initial and a word: "G. Family", "TRAN M"
    all_known: float  # every word a known given name or surname
    some_known: float  # at least one word known
    organisation: float  # an organisation's or institution's word or mark
    place: float  # a state, province or country, or words of a place ("Mount", "Heights")
    capitalised: float
    single: float  # one word (a family name's particles included: "De Luca", "Al Hakim")
    titled: float = 0.0  # a title or an office before a known name ("Dr J. Wong", "Coroner Lee")
    people: float = 0.0  # a person's name, not an organisation's or a place's
    given_first: float = 0.0  # a given name or an initial first ("Mary Tran", "TRAN, Mary")
    family_first: float = 0.0  # else a family name, then a given one ("CHAN MING")
    # the most common value, when it is no name: one default written again and again in the
    # place of one ("Unknown male approx 30yo")
    default: float = 0.0


# People listed in one cell: "J SMITH & M SMITH", "Kim NGUYEN; Ali HASSAN", "A Tran and B Le"
_BETWEEN_PEOPLE = re.compile(r"\s*(?:&|;|\+|\s/\s)\s*|\s+and\s+", re.IGNORECASE)
_BADGE = re.compile(r"^(?:#|no\.?|no:)?\(?#?\d+\)?$", re.IGNORECASE)
_GLUED_INITIAL = re.compile(r"\b([^\W\d_])\.(?=[^\W\d_]{2})")  # "J.Smith" is "J. Smith"


_TRAILING_NOTE = re.compile(r"\s*\([^()]{1,30}\)\s*$")
# A telephone number after a contact's name ("Omar Nasser (brother) 0421 408 917"): eight
# digits or more, a "+" or an area code in brackets before them, spaces or dashes among them
# A newborn not yet named, written with the mother's family name ("BABY OF ANDERSON", "Baby
# Girl Tuilagi", "Twin 2 of Nguyen")
_NEWBORN = re.compile(
    r"(?i)^\s*(?:baby|infant|twin(?:\s*[12ab])?)(?:\s+(?:of|boy|girl|[12ab]))+\s+(?=\S)"
)
_TRAILING_PHONE = re.compile(r"[\s,;:]+(?:\+|\(0\d\)\s?)?(?:\d[\s-]?){7,}\d\s*$")
_TRAILING_RELATION = re.compile(r"(?:\s+[-\u2013]|:)\s*([\w\-]+)\s*$")  # "Mia Tran - daughter"


def _name_words(text: str) -> tuple[list[str], bool]:
    """One person's name words without titles, ranks or a badge number, and whether a title
    or rank stood in front ("Sgt K. O'Brien #4521" -> ["K.", "O'Brien"], True). A note in
    brackets after the name ("Yong Xu (brother)"), or a relation after a dash ("Yong Xu -
    brother"), is not part of it, nor is a telephone number after them."""
    if "^" in text:
        text = _hl7_name(text)
    newborn = _NEWBORN.match(text)
    if newborn:
        text = text[newborn.end() :]  # known by the mother's family name
    text = _TRAILING_NOTE.sub("", _TRAILING_PHONE.sub("", text)).strip()
    related = _TRAILING_RELATION.search(text)
    if related and related.group(1).lower() in vocab.RELATIONS:
        text = text[: related.start()]
    if "." in text:
        text = _GLUED_INITIAL.sub(r"\1. ", text)
    words = [w for w in _SPLIT.split(text) if w]
    titled = newborn is not None
    while len(words) > 1 and words[0].rstrip(".").lower() in vocab.RANKS:
        words, titled = words[1:], True
    if words and any(ch.isdigit() or ch == "#" for ch in words[-1]):
        while len(words) > 1 and _BADGE.match(words[-1]):
            words = words[:-1]
        if len(words) > 1 and words[-1].lower() in ("no", "no.", "#"):
            words = words[:-1]
    kept = [w for w in words if _plain(w) not in vocab.HONORIFICS]
    return kept, titled or len(kept) < len(words)


def _hl7_name(text: str) -> str:
    """A name written as HL7 writes one, its parts set apart by carets (FAMILY^GIVEN^MIDDLE),
    after the person's number when it names a doctor (3295287Y^MURRAY^COLIN): its words."""
    parts = [part for part in text.split("^") if part.strip()]
    while len(parts) > 1 and any(ch.isdigit() for ch in parts[0]):
        parts = parts[1:]
    return " ".join(parts)


def _plain(word: str) -> str:
    """A word as the honorific list spells it (cheaply: most words are ASCII)."""
    return word.rstrip(".").lower() if word.isascii() else vocab.fold(word).rstrip(".")


def people_in(value: str) -> list[list[str]]:
    """The names of the people in one cell, each as its words (titles, ranks, badges gone).

    Cells list several people with "&", ";", "and" or commas; a comma between single words
    is "SURNAME, Given", one person. A list whose parts are single words with no title
    ("Lee & Chan", "Smith and Jones") is a firm's name and is read as one value.
    """
    several = any(mark in value for mark in "&;+/") or " and " in value.lower()
    parts = [p for p in _BETWEEN_PEOPLE.split(value) if p and p.strip()] if several else [value]
    if len(parts) == 1 and "," in value:
        pieces = [p for p in value.split(",") if p.strip()]
        if len(pieces) > 1 and all(len(_name_words(p)[0]) >= 2 for p in pieces):
            parts = pieces  # "John Smith, Mary Jones"
    if len(parts) == 1:
        return [_name_words(value)[0]]
    people = [_name_words(p) for p in parts]
    firsts, last = people[:-1], people[-1][0] if people else []
    if firsts and len(last) >= 2 and all(_is_given(words) for words, _ in firsts):
        # "L & J BROWN", "John & Mary Smith": joint owners sharing the family name
        return [[words[0], last[-1]] for words, _ in firsts] + [last]
    named = [(words, titled) for words, titled in people if words]  # "Mr & Mrs Smith"
    if len(named) > 1 and not all(len(words) >= 2 or titled for words, titled in named):
        return [_name_words(value)[0]]
    return [words for words, _ in named] or [[]]


def _is_given(words: list[str]) -> bool:
    """One word that begins a name: an initial or a given name."""
    return len(words) == 1 and words[0][0].isalpha() and _starts_a_name(words[0])


def _one_name(folded: list[str]) -> bool:
    """One family name: a word, or particles and a word ("van der Berg", "El Masri")."""
    return len(folded) == 1 or all(f in vocab.NAME_PARTICLES for f in folded[:-1])


def _is_place(value: str, words: list[str], folded: list[str], places: frozenset[str]) -> bool:
    whole = vocab.fold(value)
    if whole in vocab.AU_STATES or (len(whole) > 3 and whole in places):
        return True  # two-letter codes are also family names (LE, DO, HO, MA)
    if len(words) < 2:
        return False
    first, last = folded[0].strip("."), folded[-1].strip(".")
    if last in _ROAD_TYPES or first in vocab.PLACE_FIRST or last in vocab.PLACE_LAST:
        return True
    return last in vocab.PLACE_LAST_OR_NAME and first not in vocab.given_names()


def _is_institution(folded: list[str]) -> bool:
    """A court's, hospital's or station's name ("Parramatta Local Court", "Court 3"), not a
    person's ("Margaret Court": a given name and one word)."""
    words = [f.strip(".,()'") for f in folded]
    if len(words) < 2 or not any(w in vocab.INSTITUTION_WORDS for w in words):
        return False
    return len(words) > 2 or words[0] not in vocab.given_names()


def _is_organisation(value: str, several: bool, folded: list[str]) -> bool:
    """Whether a value (its words ``folded``; ``several``: it names more than one party)
    names an organisation: "Pty Ltd", a word such as "Council" or "Trustee", a school."""
    return bool(
        (vocab.ORG_MARKERS.search(value) and not several)
        or any(f.strip(".,()") in vocab.ORG_WORDS for f in folded)
        or _is_institution(folded)
    )


def _organisations(col: ColumnValues) -> list[str]:
    """The values of a column that name organisations."""
    found = []
    for value in col.distinct:
        people = people_in(value)
        folded = [vocab.fold(w) for person in people for w in person]
        if _is_organisation(value, len(people) > 1, folded):
            found.append(value)
    return found


def name_stats(col: ColumnValues) -> NameStats:
    """Shares of values shaped like names, known to the dictionaries, or naming something else."""
    shaped = initialled = all_known = some_known = organisation = place = capitalised = 0
    single = titled = persons = given_first = family_first = 0
    # countries and states; not every province of the world (Ferrara, Caruso's neighbour)
    places = vocab.countries() | vocab.us_states()
    top, default = max(col.counts.items(), key=lambda item: item[1], default=("", 0))
    for value, times in col.counts.items():
        if sum(ch.isdigit() for ch in value) > sum(ch.isalpha() for ch in value):
            continue  # "COR 2022 647037": a case's number, whatever word leads it
        people = people_in(value)
        words = [w for person in people for w in person]
        folded = [vocab.fold(w) for w in words]
        several = len(people) > 1
        is_organisation = _is_organisation(value, several, folded)
        organisation += times * is_organisation
        if (
            any(_is_place(" ".join(p), p, [vocab.fold(w) for w in p], places) for p in people)
            if several
            else _is_place(value, words, folded, places)
        ):
            place += times
            continue
        if not all(1 <= len(p) <= 5 for p in people) or not all(
            _NAME_TOKEN.match(w) for w in words
        ):
            continue
        if len(words) == 1 and _NO_VOWEL.match(words[0]):
            continue  # "CC-RL": a code
        if value == top:
            default = 0
        shaped += times
        initialled += times * all(_INITIALLED.match(" ".join(p)) is not None for p in people)
        capitalised += times * (
            words[0][0].isupper()  # "Renée van der Berg": particles may be written small
            and all(w[0].isupper() or w.lower() in vocab.NAME_PARTICLES for w in words)
        )
        # ("Ms White" is one word after a title: a person, not a pet's or a brand's name)
        single += times * (not several and _one_name(folded) and not _name_words(value)[1])
        full = [w for w in words if len(w.rstrip(".")) > 1]  # initials say nothing
        known = [vocab.is_name_word(w) for w in full]
        if full and all(known):
            all_known += times
        if any(known):
            some_known += times
        first = _given_first(value, people)
        given_first += times * first
        family = not first and not several and _family_first(words)
        family_first += times * family
        office = not several and any(known) and _titled(value, folded)  # "Coroner Lee"
        named = first or family or office or all(_INITIALLED.match(" ".join(p)) for p in people)
        if named and any(known) and not is_organisation:
            persons += times
            titled += times * office
    n = col.n or 1
    return NameStats(
        shaped / n,
        initialled / n,
        all_known / n,
        some_known / n,
        organisation / n,
        place / n,
        capitalised / n,
        single / n,
        titled / n,
        persons / n,
        given_first / n,
        family_first / n,
        default / n,
    )


def _starts_a_name(word: str) -> bool:
    folded = vocab.fold(word).strip(".,")
    return len(folded) <= 1 or folded in vocab.given_names()


def _given_first(value: str, people: list[list[str]]) -> bool:
    """Whether each person's name starts with a given name or an initial, as people's names
    do and organisations' seldom do ("Lifeline Sydney", "Beyond Blue")."""
    if len(people) == 1 and "," in value:
        after = value.split(",", 1)[1].split()
        return bool(after) and _starts_a_name(after[0])  # "TRAN, Mary"
    return all(person and _starts_a_name(person[0]) for person in people)


def _family_first(words: list[str]) -> bool:
    """Whether one person's name is written family name first, with no comma: a known family
    name, then a known given name ("CHAN MING", "ANDERSON Kylie", "Nguyen Thi Lan"), as banks
    title accounts and older registers write names."""
    return (
        2 <= len(words) <= 3
        and vocab.is_surname(words[0])
        and vocab.is_given_name(words[-1])
        and len(words[-1].rstrip(".")) > 1
    )


def _titled(value: str, folded: list[str]) -> bool:
    """A title or an office in front of a name ("Dr J. Wong", "Magistrate Brown"), not a job
    title made of the same words ("Senior Policy Officer"), nor a classification after a
    rank's letters ("LAC Grade 5", "SES Band 1")."""
    if not _name_words(value)[1] or any(ch.isdigit() for ch in value):
        return False
    return not any(f.strip(".,()") in vocab.OCCUPATION_WORDS for f in folded)


# -- case titles --------------------------------------------------------------------------

_CASE_TITLE = re.compile(r"^(?P<a>.+?)\s+(?:v|vs|v\.|vs\.|versus)\s+(?P<b>.+)$", re.IGNORECASE)
# Parties that are the Crown, an office or an organisation, never a person by name
_NOT_A_PARTY = vocab.words(
    """
    r regina rex queen king crown police dpp cth nsw vic qld tas act nt wa sa director
    prosecutions public prosecutor commissioner commonwealth state minister attorney general
    council department secretary authority commission the of for and australia australian
    asic accc ato ndis registrar chief executive officer inspector office agency board
    corporation bank insurance society union trustee trustees estate city shire
    """
)
_PARTY_WORD = re.compile(r"^[^\W\d_][\w'\u2019.\-]*,?$")


def _names_a_person(party: str) -> bool:
    words = [w for w in re.sub(r"\([^)]*\)", " ", party).split() if w]
    if not 1 <= len(words) <= 4 or not all(_PARTY_WORD.match(w) for w in words):
        return False
    folded = [vocab.fold(w).strip(",.") for w in words]
    if any(f in _NOT_A_PARTY or f in vocab.ORG_WORDS for f in folded):
        return False
    return not vocab.ORG_MARKERS.search(party)


def _is_case_naming_a_person(value: str) -> bool:
    m = _CASE_TITLE.match(value.strip())
    return m is not None and (_names_a_person(m.group("a")) or _names_a_person(m.group("b")))


def case_title_candidate(col: ColumnValues, hints: NameHints) -> Candidate | None:
    """PERSON for the titles of court cases with a person as a party ("Police v NGUYEN")."""
    if col.n == 0 or not col.is_text_type or col.share_matching(r"(?i)\sv(?:s|ersus)?\.?\s") < 0.5:
        return None
    share = col.share_where(_is_case_naming_a_person)
    if share < 0.5:
        return None
    evidence = col.tally(share, "are case titles with a party named as a person")
    return Candidate("PERSON", 0.85 + 0.1 * share, evidence + hints.note("PERSON"))


MOSTLY_PEOPLE = 0.5  # of a column's values, people's names enough whatever the rest are
MIXED_PEOPLE = 0.4  # of a holder's or an owner's values, people's names at least this share
MIXED_PEOPLE_SAID = 0.25  # under a name that says a person (HOLDER_NAME, applicant_name)

_ANSWERS = vocab.words("y n yes no u unknown undecided unsure true false t f nil") | frozenset(
    {"not stated", "prefer not to say", "not sure", "don't know", "dont know"}
)


MAX_DESKS = 20  # an organisation's offices and roles given as contacts are few


def _names_a_desk(value: str) -> bool:
    return any(
        vocab.fold(word).strip(".,()") in vocab.ROLE_WORDS
        for part in value.replace("/", " ").split()
        for word in (part, *part.split("-"))
    )


def person_candidate(col: ColumnValues, hints: NameHints) -> Candidate | None:
    """PERSON when the values are people's names (the name decides how much proof is needed)."""
    if col.n == 0 or col.numeric_share > 0.2:
        return None
    if col.share_where(lambda v: vocab.fold(v) in _ANSWERS) >= 0.8:
        return None  # "Yes", "No", "Undecided" under ORGAN_DONOR: answers, not donors
    if col.remember("divisions", _divisions) is not None:
        return None  # Parkes, Lalor, Kennedy: electoral divisions named for people
    case = case_title_candidate(col, hints)
    if case is not None:
        return case
    if (hints.organisation or hints.thing) and not hints.has("PERSON"):
        if not hints.organisation:
            return None  # VESSEL_NAME, PROPERTY_NAME: a boat or a farm may bear a name
        # a contractor or a supplier that is a person, by name: "Aoife White", not "Summit
        # Builders P/L"
        return _people_named_as_businesses(col, hints)
    if col.n_distinct <= MAX_DESKS and col.share_where(_names_a_desk) >= 0.8:
        return None  # "Intake Officer", "Reception" under CONTACT_NAME: an office's desks
    stats = name_stats(col)
    strength = hints.strength("PERSON")
    if col.n_distinct <= 5 and stats.single >= 0.9 and col.n >= 50:
        return None  # "EPA", "DES" under OPERATOR: a few bodies' short names, not people
    evidence = col.tally(
        stats.all_known,
        f"are made of known given or family names; {stats.shaped * col.n:.0f} are name-shaped",
    )
    if stats.organisation >= 0.3 or stats.place >= 0.5:
        # (a name that says a holder or an applicant needs fewer people among the companies)
        least = MIXED_PEOPLE_SAID if strength >= 0.9 else MIXED_PEOPLE
        people = stats.people >= least and stats.organisation < 1.0 - least
        owners = strength >= 0.9 or col.distinct_ratio >= 0.5
        if owners and people and stats.place < 0.2:
            # a holder or an owner: people and companies in one column
            what = "are people's names, the others organisations' or places'"
            return Candidate("PERSON", 0.8, col.tally(stats.people, what) + hints.note("PERSON"))
        if stats.place < 0.1 and _one_party_beside_people(col, stats):
            what = "are people's names, the others one organisation named again and again"
            return Candidate("PERSON", 0.75, col.tally(stats.people, what) + hints.note("PERSON"))
        if stats.place < 0.1 and _people_among_businesses_paid_again(col, stats):
            what = "are people's names, the others organisations named again and again"
            return Candidate("PERSON", 0.7, col.tally(stats.people, what) + hints.note("PERSON"))
        return None
    if stats.titled >= 0.6 and stats.shaped >= 0.8 and stats.organisation < 0.15:
        # officials and practitioners are few, each named often: a title is proof enough
        what = (
            'are names after a title or an office (Dr, Magistrate, Coroner...) or after "Baby of"'
        )
        return Candidate(
            "PERSON",
            0.8 + 0.1 * (strength > 0),
            col.tally(stats.titled, what) + hints.note("PERSON"),
        )
    if 0.9 <= strength < 1.0 and not _like_people(stats):
        return None  # a recipient, an applicant or a provider that is an organisation
    if strength >= 0.9:
        if stats.shaped >= 0.7 and (stats.some_known >= 0.3 or stats.initialled >= 0.5):
            score = 0.8 + 0.19 * max(stats.some_known, stats.initialled)
            return Candidate("PERSON", score, evidence + hints.note("PERSON"))
        if (
            stats.shaped >= 0.9
            and stats.capitalised >= 0.9
            and col.n_distinct >= min(10, max(2, col.n // 2))
            # (not a few single words over many rows: brands, Sportsbet and Unibet)
            and not (stats.single >= 0.9 and col.n_distinct < FEW_BRANDS <= col.n)
        ):
            # names of cultures the dictionaries barely know (Gurruwiwi, Faleolo)
            what = (
                f"are capitalised name-shaped words, {stats.some_known * col.n:.0f} known to "
                "the name dictionaries"
            )
            return Candidate("PERSON", 0.75, col.tally(stats.shaped, what) + hints.note("PERSON"))
        return None
    if _mostly_people(col, stats):
        # people named in half the values or more, whatever the rest are: a firm or a
        # service ("Legal Aid NSW", "Public Guardian"), an answer ("Unrepresented")
        what = "are a given name or an initial and a family name, either first: people's names"
        return Candidate("PERSON", 0.7, col.tally(stats.people, what) + hints.note("PERSON"))
    if (named := _people_beside_defaults(col)) is not None:
        what = "are people's names, the others a few words written in the place of a name"
        return Candidate("PERSON", 0.65, col.tally(named, what) + hints.note("PERSON"))
    # (a default written again and again in the place of a name is no one named often)
    varied = col.n_distinct >= min(30, 0.5 * col.n) and (
        col.n < 30 or col.top_share <= 0.1 or stats.default > 0
    )
    if stats.place >= 0.2 or stats.organisation >= 0.15:
        return None
    # a few staff under a name that says so, under none at all (a file without a header), or
    # under a role the vocabulary does not know (a transition coach, a conciliator)
    said = strength > 0 or hints.acting
    if not varied and _staff(col, stats) and (said or _named_apart(col, hints.generic)):
        what = "are a given name then a family name: a few people, each named often"
        return Candidate("PERSON", 0.75, col.tally(stats.given_first, what) + hints.note("PERSON"))
    if stats.initialled >= 0.6 and varied:
        what = col.tally(stats.initialled, "are an initial and a name")
        return Candidate("PERSON", 0.75 + 0.05 * (strength > 0), what + hints.note("PERSON"))
    if hints.has("LOCATION") and strength == 0:
        return None  # a place's name is often a person's too (Orlando, Florence, Victoria)
    if strength == 0 and (family := _family_names_by_shape(col, stats)) is not None:
        return family
    if strength > 0 and stats.shaped >= 0.8 and stats.all_known >= 0.5 and (varied or col.n < 10):
        return Candidate("PERSON", 0.75 + 0.2 * stats.all_known, evidence + hints.note("PERSON"))
    # a few companies among many people's names (owners of land: "L & J BROWN", a Pty Ltd)
    companies = 0.15 if stats.people >= 0.6 else 0.05
    if not varied or stats.shaped < 0.85 or stats.organisation >= companies:
        return None
    if stats.all_known >= 0.65:
        return Candidate("PERSON", 0.6 + 0.3 * stats.all_known, evidence)
    if (
        stats.some_known >= 0.45
        and stats.capitalised >= 0.9
        and col.distinct_ratio >= 0.7
        and col.n >= 20
    ):
        return Candidate("PERSON", 0.55, evidence)
    return None


MIN_STAFF_UNSAID = 5  # people named under a role the vocabulary does not know
DEFAULT_PARTIES = 2  # organisations named again and again beside people: a default party
MIN_PEOPLE_BESIDE = 10  # different people named beside them


def _one_party_beside_people(col: ColumnValues, stats: NameStats) -> bool:
    """Whether a column names many people and, in the other rows, one organisation or two
    written again and again: a bankrupt's trustee is a registered trustee by name or the
    Official Trustee, a person's guardian a relative or the Public Guardian."""
    others = 1.0 - stats.organisation
    if others <= 0 or stats.people / others < 0.7:
        return False
    parties = _organisations(col)
    return len(parties) <= DEFAULT_PARTIES and col.n_distinct - len(parties) >= MIN_PEOPLE_BESIDE


PAID_PEOPLE = 0.2  # of a column's values, people's names at least, beside businesses paid often
MIN_PAID_PEOPLE = 30  # different people named, at least
PAID_AGAIN = 2.0  # times as many rows a business's name as a person's, at least


def _people_among_businesses_paid_again(col: ColumnValues, stats: NameStats) -> bool:
    """Whether a column names many people, each once or twice, beside businesses paid
    again and again (a council's rates, a phone bill): the payees of an estate or a fund,
    whose people are its clients' relatives and the clients themselves. A register of
    businesses names each once, its sole traders too."""
    if stats.people < PAID_PEOPLE or stats.organisation <= 0:
        return False
    distinct = ColumnValues.of_text(col.name, list(col.counts))
    each = name_stats(distinct)
    people = each.people * distinct.n
    businesses = each.organisation * distinct.n
    if people < MIN_PAID_PEOPLE or businesses <= 0 or each.place >= 0.1:
        return False
    per_person = stats.people * col.n / people
    per_business = stats.organisation * col.n / businesses
    return per_business >= PAID_AGAIN * per_person


MAX_DEFAULTS = 3  # words written in the place of a name, at most ("NEW", "DEALER")
DEFAULTS = 0.1  # of a column's values, those words together at least
DEFAULT_EACH = 0.05  # of a column's values, each such word at least
MIN_BESIDE_DEFAULTS = 30  # different people named beside them, at least
DEFAULT_WORDS = 3  # words of each, at most: a party's short name ("Public Trustee")


def _people_beside_defaults(col: ColumnValues) -> float | None:
    """The share of a column's values that are people's names, when a few single words
    written again and again fill the place of a name in the other rows (a firearm's
    previous owner: a person, or "NEW", or "DEALER"; a guardian: a relative, or the "Public
    Guardian") and the rest are mostly people named in full; None otherwise."""
    top = [
        value
        for value, times in col.counts.most_common(MAX_DEFAULTS)
        if times >= DEFAULT_EACH * col.n and len(value.split()) <= DEFAULT_WORDS
    ]
    defaults = sum(col.counts[value] for value in top)
    if defaults < DEFAULTS * col.n or col.n_distinct - len(top) < MIN_BESIDE_DEFAULTS:
        return None
    others = ColumnValues.of_text(
        col.name, [value for value in col.rows if value is not None and value not in top]
    )
    stats = name_stats(others)
    if not _mostly_people(others, stats):
        return None
    return stats.people * others.n / col.n


def _mostly_people(col: ColumnValues, stats: NameStats) -> bool:
    """Whether half the values or more are people's names written in full (two words or
    more: a pet's "Max" or a car's "White" is one word, unless one such word is all the
    others are, a default party written again and again: "NSWEC (Commission initiated)"),
    of different people (no first word in half the values: "DoT Cannington" is an office's
    branch), with no place among them; a default written in the place of a name ("Unknown
    male approx 30yo") is left out of the count. The other values may be organisations
    written however they are ("Hornsby Hospital - Social Work Dept")."""
    return (
        stats.people >= MOSTLY_PEOPLE
        and max(stats.shaped, stats.people + stats.organisation) >= 0.85 * (1.0 - stats.default)
        and stats.place < 0.1
        and (stats.single < 0.2 or col.top_share >= stats.single - 0.02)
        and _named_apart(col, True)
    )


def _people_named_as_businesses(col: ColumnValues, hints: NameHints) -> Candidate | None:
    """PERSON under a name of a business's role (CONTRACTOR, SUPPLIER) when every value is
    a person's name, a given name first, and many of them: sole traders by their own names."""
    if col.n_distinct < MIN_STAFF_UNSAID * 2:
        return None
    stats = name_stats(col)
    if stats.organisation > 0.02 or stats.place > 0.02 or stats.given_first < 0.7:
        return None
    if stats.people < 0.7 or stats.shaped < 0.95:
        return None
    what = "are people's names, a given name first, under a name of a business's role"
    return Candidate("PERSON", 0.75, col.tally(stats.people, what) + hints.note("PERSON"))


def _staff(col: ColumnValues, stats: NameStats) -> bool:
    """The few staff who inspect, observe or approve, under a name that says so: names
    the dictionaries know, mostly a given name first, and more than a couple of them."""
    known = (
        stats.some_known >= 0.9
        or (stats.some_known >= 0.8 and stats.given_first >= 0.7)  # names of many cultures
        or (stats.initialled >= 0.9 and stats.some_known >= 0.6)
    )
    return (
        col.n_distinct >= 3
        and stats.shaped >= 0.95
        and known  # "M. Gallagher": an initial and a family name
        and stats.given_first >= 0.6
        and stats.single < 0.2
    )


def _named_apart(col: ColumnValues, unnamed: bool) -> bool:
    """Whether a few names, each written often, are different people's: no first word in
    half the values, a rank aside ("DoT Cannington", "DoT Broome" are one office's branches,
    a department's initials and not a woman called Dot), and five people at least under a
    column name the vocabulary does not know (a file without a header may name only a few)."""
    if col.n_distinct < (3 if unnamed else MIN_STAFF_UNSAID):
        return False
    firsts: Counter[str] = Counter()
    for value, times in col.counts.items():
        words = _name_words(value)[0]  # after a rank: "CO J. Hunter" and "CO S. Reid"
        firsts[words[0] if words else ""] += times
    return firsts.most_common(1)[0][1] <= col.n / 2


def _like_people(stats: NameStats) -> bool:
    """Whether names under a role that people and organisations share (an applicant, an
    owner, a provider) are people's: a given name or an initial first, a family name alone,
    or every word a known name."""
    others = max(0.1, 1.0 - stats.organisation)  # the values that are not organisations'
    return (
        (stats.given_first + stats.family_first) / others >= 0.5
        or stats.initialled / others >= 0.5
        or stats.single >= 0.9
        or stats.all_known >= 0.7
    )


def _family_names_by_shape(col: ColumnValues, stats: NameStats) -> Candidate | None:
    """Family names of many cultures, a column of one word each, told by their shape.

    The dictionaries know most Vietnamese, Chinese, Indian, Arabic, Greek and Italian family
    names but few Aboriginal, Torres Strait Islander or Pacific ones; a column of single
    capitalised words with no digits, of a name's length, many and varied, with a good part
    known as names and none that place words, road types or organisations' words mark, is a
    column of family names. Suburbs are more often several words ("Mount Druitt", "Surry
    Hills"); brands and divisions are few.
    """
    if col.n < 30 or col.n_distinct < 20 or col.distinct_ratio < 0.15 or col.top_share > 0.1:
        return None
    if stats.single < 0.93 or stats.capitalised < 0.95 or stats.some_known < 0.4:
        return None
    if stats.organisation > 0.02 or stats.place > 0.03 or not 2 <= col.median_length <= 12:
        return None
    what = (
        f"are single capitalised name-shaped words, {stats.some_known * col.n:.0f} known as "
        f"given or family names, {col.n_distinct} distinct"
    )
    return Candidate("PERSON", 0.6, col.tally(stats.single, what))


# -- user names ------------------------------------------------------------------------------

# "dylan.yunupingu", "l_phan2", "arjun.s": a given name or an initial, a dot or an
# underscore, a surname (or a given name, then an initial)
_LOGIN_JOINED = re.compile(r"^([a-z]+)[._]([a-z]+)\d{0,3}$")
# "lphan", "dbrown", "spark6", "baxterb", "tanisha31": one run of letters, digits at most
# after it
_LOGIN_RUN = re.compile(r"^([a-z]{4,12})(\d{0,3})$")
# a title before a joined name ("dr.jayden.johnson")
_LOGIN_TITLED = re.compile(r"^([a-z]{2,4})[._](?=[a-z]+[._][a-z]+\d{0,3}$)")
MIN_LOGINS = 0.5  # of a column's values, user names made of a person's names
MIN_LOGIN_USERS = 8  # distinct user names: a few words that happen to split so are not users
FEW_LOGIN_USERS = 5  # under a name of staff acting on the record (PROC_OFFICER): a team's
STAFF_NUMBER = r"^[A-Za-z]{0,3}\d{4,10}$"  # a staff member's number, letters before at times
MIN_LOGINS_AMONG_OTHERS = 0.1  # of a column's values, with e-mail addresses or numbers the rest
MIN_LOGINS_AMONG_NUMBERS = 0.25  # of a column's values, where numbers are half or more
BUSY_ACCOUNT = 0.05  # of a column's values, one account's alone (a kiosk's, a batch job's)


@cache
def _cut_surnames(letters: int = 6) -> frozenset[str]:
    """Surnames cut to a mainframe user name's six letters ("SHREST" of Shrestha), or to
    another length."""
    return frozenset(s[:letters] for s in vocab.surnames() if len(s) >= letters)


CUT_LOGIN = 8  # letters a directory's older user names are cut to
SURNAME_CUT = 5  # letters of a surname, then GIVEN_CUT of a given name: "murphmic", "oseimab"
GIVEN_CUT = 3


@cache
def _cut_given_names(letters: int) -> frozenset[str]:
    """Given names cut to their first ``letters`` letters ("mic" of Michael)."""
    return frozenset(g[:letters] for g in vocab.given_names() if len(g) >= letters)


def _surname_and_given_cut(letters: str) -> bool:
    """A user name of a surname's first five letters (all of a shorter one) and a given
    name's first three, as some agencies issue them: "murphmic" (Michael Murphy), "oseimab"
    (Mabel Osei)."""
    if len(letters) > SURNAME_CUT + GIVEN_CUT:
        return False
    surname, given = letters[:-GIVEN_CUT], letters[-GIVEN_CUT:]
    if given not in _cut_given_names(GIVEN_CUT):
        return False
    if len(surname) == SURNAME_CUT:
        return surname in _cut_surnames(SURNAME_CUT)
    return len(surname) >= 3 and vocab.is_surname(surname)


# A Windows domain before a user name: DVA\JNOLAN, MARITIME\awhitfie
_DOMAIN = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]{1,14}\\(?=[^\\]+$)")


def is_login(value: str) -> bool:
    """Whether a value is a user name made of its holder's names, as agencies issue them.

    The forms are a given name or an initial joined to a surname ("dylan.yunupingu"), after
    a title at times ("dr.jayden.johnson"), a given name and an initial ("arjun.s"), an
    initial or two before a surname or one after it ("lphan", "baxterb"), a mainframe's six
    letters of a surname and an initial ("SHRESTI"), and a name with two or three digits
    ("tanisha31"), all in one case, digits at most at the end, after a Windows domain or none
    ("DVA\\JNOLAN"). A name or a place written alone ("brown", "penrith") is not a user name.
    """
    word = _one_case(value)
    if word is None:
        return False
    titled = _LOGIN_TITLED.match(word)
    if titled and titled.group(1) in vocab.HONORIFICS:
        word = word[titled.end() :]  # "dr.jayden.johnson": a doctor's, by their names
    joined = _LOGIN_JOINED.match(word)
    if joined:
        first, last = joined.groups()
        if len(last) == 1:
            return len(first) >= 3 and vocab.is_given_name(first)  # "arjun.s"
        given = len(first) == 1 or vocab.is_given_name(first)
        return (given and vocab.is_surname(last)) or (
            vocab.is_given_name(last) and vocab.is_surname(first)
        )
    run = _LOGIN_RUN.match(word)
    if not run:
        return False
    letters, digits = run.groups()
    if vocab.is_name_word(letters):
        # "brown", "penrith": a name or a place written alone; "tanisha31": a user's
        return len(digits) >= 2
    if len(letters) < 5:
        return False
    if len(letters) == CUT_LOGIN and letters[1:] in _cut_surnames(CUT_LOGIN - 1):
        return True  # an initial and a surname cut to eight letters: "pvillanu", "hfitzger"
    if not digits and _surname_and_given_cut(letters):
        return True  # five letters of a surname and three of a given name: "murphmic"
    surname = vocab.surnames()
    return (
        any(len(letters) - k >= 4 and letters[k:] in surname for k in (1, 2))
        or letters[:-1] in surname
        or (len(letters) == 7 and letters[:6] in _cut_surnames())
    )


def _one_case(value: str) -> str | None:
    """A user name past its Windows domain, folded to lower case, when it is written in one
    case and in ASCII as agencies issue them; otherwise None."""
    value = _DOMAIN.sub("", value)
    if not value.isascii() or not (value.islower() or value.isupper()):
        return None
    return value.lower()


SHORT_BESIDE = 0.25  # of a column's values, longer user names for four letters to be users
# a member's number, a check letter after it at times, or a card's barcode
MEMBER_NUMBER = r"^[A-Za-z]{0,2}\d{5,16}[A-Za-z]?$"  # a client's C1514925 too


def _short_login(value: str) -> bool:
    """An initial and a surname of three letters, in one case ("yliu", "QBUI")."""
    word = _one_case(value)
    return word is not None and len(word) == 4 and word.isalpha() and word[1:] in vocab.surnames()


def login_candidate(col: ColumnValues, hints: NameHints) -> Candidate | None:
    """USERNAME when the values are user names made of people's names (a staff login, a
    member's user name), whatever the column is called: the names give their holders away.
    Where users sign in by e-mail address or by number too, those count with the user names;
    in a log, a few busy accounts (a kiosk's, a batch job's) may act on most rows."""
    # the staff who act on a record are few, and their name says so
    least = FEW_LOGIN_USERS if hints.acting else MIN_LOGIN_USERS
    if col.n == 0 or col.n_distinct < least:
        return None
    if hints.organisation or hints.thing:
        return None
    # members sign in by their number too ("26152518", "34585777B"), as others by e-mail
    numbers = col.share_matching(MEMBER_NUMBER)
    if col.numeric_share > 0.1 and (numbers >= MIN_LOGINS or col.numeric_share > numbers):
        return None
    logins = [value for value in col.distinct if is_login(value)]
    if col.count(logins) >= SHORT_BESIDE * col.n:
        # beside users of longer names, an initial and a surname of three letters ("yliu",
        # "qbui"); alone, four letters are too many other things
        logins += [value for value in col.distinct if _short_login(value)]
    share = col.count(logins) / col.n
    # users' names differ: "CREW43", "CREW48" are one word numbered, a crew's codes
    stems = {value.lower().rstrip("0123456789") for value in logins}
    if len(stems) < least:
        return None
    if len(stems) < MIN_LOGIN_USERS and col.share_matching(STAFF_NUMBER) > 0:
        return None  # a few logins among staff codes (STW7189): the staff's own IDs
    what = "are user names made of a person's names (an initial or a given name and a surname)"
    if share < MIN_LOGINS:
        # a portal's users sign in by a user name or by their e-mail address, a library's by
        # a user name, their member number, their card's barcode or their e-mail address
        emails = col.share_matching(EMAIL.shape)
        others = emails + numbers
        # (most of them numbers, a quarter user names at least: a portal's clients sign in
        # by their client number, its staff by their user names)
        among = max(emails, numbers) < MIN_LOGINS or share >= MIN_LOGINS_AMONG_NUMBERS
        if share >= MIN_LOGINS_AMONG_OTHERS and among and share + others >= MIN_LOGINS:
            kinds = sorted(
                ((emails, "e-mail addresses"), (numbers, "members' numbers")), reverse=True
            )
            by = " or ".join(kind for part, kind in kinds if part > 0)
            share, what = share + others, f"are user names made of a person's names, or {by}"
        else:
            # a log's staff, beside the few accounts that act most often (a kiosk, a batch job)
            accounts = _busy_accounts(col, set(logins))
            if not accounts or col.count(logins) < MIN_LOGINS * (col.n - col.count(accounts)):
                return None
            what = f"are user names made of a person's names, beside {len(accounts)} busy accounts"
    return Candidate("USERNAME", 0.75, col.tally(share, what) + hints.note("USERNAME"))


def _busy_accounts(col: ColumnValues, logins: set[str]) -> list[str]:
    """The values other than user names that each act on a twentieth of a column's rows or
    more: a kiosk's, a self-check machine's or a batch job's account."""
    return [
        value
        for value in col.distinct
        if value not in logins and col.counts[value] >= BUSY_ACCOUNT * col.n
    ]


# -- street addresses ------------------------------------------------------------------------

_NUMBER_TOKEN = re.compile(r"^(?:\d+[A-Za-z]?(?:[/-]\d+[A-Za-z]?)?|[A-Za-z]?\d+)[,.]?$")
_STREET_SUFFIXES = (
    "strasse", "straße", "gasse", "weg", "vej", "gatan", "gata", "vegen", "veien", "straat",
    "laan", "gade", "utca", "ring", "braut",
)  # fmt: skip


def _is_street_word(word: str) -> bool:
    folded = vocab.fold(word).strip(".,")
    return folded in vocab.STREET_TYPES or folded.endswith(_STREET_SUFFIXES)


_TYPE_FIRST = vocab.words(
    "via rue calle avenida viale ulica utca rua avda praca praça piazza largo corso camino "
    "carrer ul plaza"
)


def _named_street(words: list[str]) -> bool:
    """A street word after the street's name and a number before both ("12 King St"), or a
    street word before the name ("Via Roma 12"). A number after the street word is no
    house's ("Clerk Gr 7/8": a classification's grade)."""
    for i, word in enumerate(words):
        if not _is_street_word(word):
            continue
        folded = vocab.fold(word).strip(".,")
        if folded in _TYPE_FIRST or folded.endswith(_STREET_SUFFIXES):
            return True  # "Via Roma 12", "Hauptstrasse 5"
        before = words[i - 1] if i > 0 else ""
        numbered = any(_NUMBER_TOKEN.match(w) for w in words[: i - 1])
        if before[:1].isalpha() and not _NUMBER_TOKEN.match(before) and numbered:
            return True
    return False


def is_address(value: str) -> bool:
    """A street address or post office box: a number and a named street, or a PO Box.

    "Court 3" and "Level 2" hold a number and a street word but name no street. An address
    as HL7 writes one sets its parts apart by carets ("6 Lachlan St^^BELMONT^NSW^2280^AUS").
    """
    if vocab.PO_BOX.match(value):
        return True
    words = value.replace(",", " ").replace("^", " ").split()
    if not 2 <= len(words) <= 14 or _numbered_part(value):
        return False
    has_number = any(_NUMBER_TOKEN.match(w) for w in words)
    has_word = any(w[0].isalpha() and len(w) > 2 for w in words)
    return has_number and has_word and _named_street(words)


# A street corner: "Cnr King St & George Rd", "corner of Smith St and Main Rd"
_CORNER = re.compile(
    r"^(?:cnr\.?|corner(?:\s+of)?)\s+(?P<a>.+?)\s*(?:&|/|\band\b)\s*(?P<b>.+)$", re.I
)


def is_corner(value: str) -> bool:
    """Two named streets at a corner: where something happened, as exact as an address."""
    m = _CORNER.match(value.strip())
    return m is not None and all(
        _named_street(m.group(side).replace(",", " ").split()) for side in ("a", "b")
    )


# A house number and a few words, either way round ("10 Maple", "Via Roma 12"): an
# address when most of a column looks so and a good part has a street word too.
_NUMBER_AND_WORDS = re.compile(
    r"^(?:\d{1,5}[A-Za-z]?\s+[^\W\d_][\w'\u2019.\-]*(?:\s+[^\W\d_][\w'\u2019.\-]*){0,4}"
    r"|[^\W\d_][\w'\u2019.\-]*(?:\s+[^\W\d_][\w'\u2019.\-]*){0,4}\s+\d{1,5}[A-Za-z]?\.?)$"
)
_LEADING_YEAR = re.compile(r"^(?:19|20)\d\d\b")
# A numbered part of a place at a value's end, its only number: a burn's, a forest's or a
# development's ("Lapstone Ridge Unit 8", "Pine Creek Compartment 12"); a flat's unit comes
# before its street number ("Unit 4, 12 High St")
_NUMBERED_PART = re.compile(
    r"(?i)^\D*\s(?:unit|block|stage|section|zone|sector|compartment|cpt|phase)\s+\d{1,3}[a-z]?$"
)


def _numbered_part(value: str) -> bool:
    return _NUMBERED_PART.match(value) is not None


def _loose_address(value: str) -> bool:
    words = value.replace(",", " ").split()
    has_digit = any(ch.isdigit() for ch in value)
    return 2 <= len(words) <= 14 and has_digit and any(w[0].isalpha() and len(w) > 1 for w in words)


_ADDRESS_LINE = re.compile(r"(?:^|_)(?:line|ln|l)_?\d(?:_|$)|(?:^|_)addr\w*_?\d(?:_|$)")


ADDRESSES_AMONG_ANSWERS = 0.3  # of a column's values under an address's name, street addresses
MIN_STREETS = 20  # different street addresses at least (a few depots' are an organisation's)
UNNAMED_ADDRESSES = 0.45  # of a column's values under no address's name, street addresses
MIN_UNNAMED_STREETS = 50  # different ones, at least


def address_candidate(col: ColumnValues, hints: NameHints) -> Candidate | None:
    """ADDRESS for street addresses (strictly without a name hint, loosely with one)."""
    if col.n == 0 or col.median_words > 12 or col.numeric_share > 0.5:
        return None
    strict = col.share_where(is_address)
    if hints.has("ADDRESS"):
        loose = col.share_where(lambda v: is_address(v) or _loose_address(v))
        if loose >= 0.6:
            evidence = col.tally(loose, "are shaped like addresses")
            return Candidate("ADDRESS", 0.8 + 0.19 * loose, evidence + hints.note("ADDRESS"))
        streets = sum(map(is_address, col.distinct))  # (different ones)
        if strict >= ADDRESSES_AMONG_ANSWERS and streets >= MIN_STREETS:
            # where someone is staying: a house, a motel or an evacuation centre, "With family"
            what = "are street addresses, the others places or answers"
            return Candidate("ADDRESS", 0.8, col.tally(strict, what) + hints.note("ADDRESS"))
        worded = col.share_matching(r"\pL\pL")
        if _ADDRESS_LINE.search(hints.normalised) and worded >= 0.8 and col.median_words <= 8:
            # the second line: a care-of, a village, a box ("C/- BUPA AGED CARE", "PO BOX 12")
            evidence = col.tally(worded, "are words of an address line")
            return Candidate("ADDRESS", 0.75, evidence + hints.note("ADDRESS"))
    if strict >= 0.25:
        shaped = col.share_where(
            lambda v: (
                is_address(v) or (_NUMBER_AND_WORDS.match(v) is not None and not _numbered_part(v))
            )
        )
        years = col.share_where(lambda v: _LEADING_YEAR.match(v) is not None)
        if shaped >= 0.8 and years < 0.5 and strict < 0.6:
            evidence = col.tally(
                shaped,
                f"are a house number and street words, {strict * col.n:.0f} with a street type",
            )
            return Candidate("ADDRESS", 0.6 + 0.2 * shaped, evidence)
    if strict >= 0.6:
        evidence = col.tally(
            strict, "have a street number and street type or are post office boxes"
        )
        return Candidate("ADDRESS", 0.6 + 0.35 * strict, evidence)
    if strict >= UNNAMED_ADDRESSES and sum(map(is_address, col.distinct)) >= MIN_UNNAMED_STREETS:
        # where someone is staying, under no name: a house, a motel, "Same as home"
        what = "are street addresses, many different, the others places or answers"
        return Candidate("ADDRESS", 0.7, col.tally(strict, what))
    corners = col.share_where(is_corner) if strict >= 0.3 else 0.0
    if strict + corners >= 0.6:
        # where something happened (an incident, a pickup): at a house or at a corner
        what = f"have a street number and street type, {corners * col.n:.0f} are street corners"
        return Candidate(
            "ADDRESS", 0.6 + 0.3 * (strict + corners), col.tally(strict + corners, what)
        )
    return None


# -- places -------------------------------------------------------------------------------------


STATES = 0.9  # of a column's values, Australian states or territories: a column of them


def state_share(col: ColumnValues) -> float:
    """The share of a column's values that are Australian states or territories, when two
    different ones at least are named (one alone is a code's coincidence); else 0."""
    if col.n == 0:
        return 0.0
    folded = {v: vocab.fold(v) for v in col.distinct}
    if _kinds(folded, vocab.AU_STATES) < 2:
        return 0.0
    return col.count_where(lambda v: folded[v] in vocab.AU_STATES) / col.n


def location_candidate(col: ColumnValues, hints: NameHints) -> Candidate | None:
    """LOCATION for states, countries, suburbs and towns."""
    if col.n == 0 or col.numeric_share > 0.3 or hints.organisation or hints.of_thing:
        return None
    folded = {v: vocab.fold(v) for v in col.distinct}
    states = state_share(col)
    if states >= STATES:
        evidence = col.tally(states, "are Australian states or territories")
        return Candidate(
            "LOCATION", 0.85 + 0.1 * hints.has("LOCATION"), evidence + hints.note("LOCATION")
        )
    us = col.count_where(lambda v: folded[v] in vocab.us_states()) / col.n
    if us >= 0.9 and _kinds(folded, vocab.us_states()) >= 3:  # "OK" alone is no Oklahoma
        evidence = col.tally(us, "are states of the United States")
        return Candidate(
            "LOCATION", 0.8 + 0.1 * hints.has("LOCATION"), evidence + hints.note("LOCATION")
        )
    full_names = country_share(col, codes=False)
    if full_names >= 0.8 and col.n_distinct >= 3:
        evidence = col.tally(full_names, "are country names")
        return Candidate(
            "LOCATION", 0.8 + 0.15 * hints.has("LOCATION"), evidence + hints.note("LOCATION")
        )
    divisions = col.remember("divisions", _divisions)
    if divisions is not None:
        evidence = col.tally(divisions, "are divisions of the House of Representatives")
        return Candidate(
            "LOCATION", 0.8 + 0.1 * hints.has("LOCATION"), evidence + hints.note("LOCATION")
        )
    if not hints.has("LOCATION"):
        return _localities(col) if _says_nothing(hints) else None
    known = vocab.subdivisions() | vocab.countries()
    places = col.count_where(lambda v: folded[v] in known) / col.n
    if places >= 0.6:
        evidence = col.tally(places, "are states, provinces or countries")
        return Candidate("LOCATION", 0.9, evidence + hints.note("LOCATION"))
    areas = col.share_where(lambda v: vocab.AREA_NAME.search(v) is not None)
    if areas >= 0.5:
        evidence = col.tally(areas, "are local government areas")
        return Candidate("LOCATION", 0.8, evidence + hints.note("LOCATION"))
    if _not_places(col, folded) >= (0.1 if hints.strength("LOCATION") < 0.8 else 0.3):
        return None  # "Royal Darwin Hospital", a department's "Corporate Services" division
    wordy = col.share_matching(r"^\pL[\pL\pM\s'\x{2019}.\-]*(?: \d+)?$")
    if wordy >= 0.7:
        evidence = col.tally(wordy, "are place-like words")
        return Candidate("LOCATION", 0.85, evidence + hints.note("LOCATION"))
    return None


DIVISIONS = 0.8  # of a column's values, the share that makes it electoral divisions
MIN_DIVISIONS = 5  # different ones
MIN_NAMED_DIVISIONS = 3  # of them, ones no town shares: capital cities are divisions too


def _divisions(col: ColumnValues) -> float | None:
    """The share of the values that are electoral divisions, when they make the column one:
    several of them, some no suburb or town is called (an agency's offices in the capital
    cities are no divisions)."""
    folded = {vocab.fold(v) for v in col.distinct}
    found = folded & vocab.ELECTORAL_DIVISIONS
    towns = vocab.au_localities()
    named = sum(vocab.locality_key(d) not in towns for d in found)
    if len(found) < MIN_DIVISIONS or named < MIN_NAMED_DIVISIONS:
        return None
    share = col.share_where(lambda v: vocab.fold(v) in vocab.ELECTORAL_DIVISIONS)
    return share if share >= DIVISIONS else None


def _kinds(folded: dict[str, str], known: frozenset[str]) -> int:
    """How many different known places the values name."""
    return len({f for f in folded.values() if f in known})


# Different suburbs or towns, at least, for people's: a few dozen at most are an agency's
# sites (its offices, campuses, courts, stations or branches, each named for its suburb)
MIN_LOCALITIES = 30
LOCALITY_SHARE = 0.8  # of the values, those a gazetteer knows


def _says_nothing(hints: NameHints) -> bool:
    """A name that gives no hint of what the values are (``col_07``, ``F3``, ``home``)."""
    return not (hints.entities or hints.says_other or hints.thing or hints.held or hints.role)


def _localities(col: ColumnValues) -> Candidate | None:
    """LOCATION for a column of Australia's suburbs and towns under a name that says nothing
    (a headerless file's): most values, and many different ones, in the gazetteer."""
    if col.n_distinct < min(MIN_LOCALITIES, max(5, col.n // 2)):
        return None
    places = vocab.au_localities()
    known = col.share_where(lambda v: vocab.locality_key(v) in places)
    if known < LOCALITY_SHARE:
        return None
    return Candidate("LOCATION", 0.7, col.tally(known, "are Australian suburbs or towns"))


def country_share(col: ColumnValues, *, codes: bool = True) -> float:
    """The share of values naming a country, by name or (``codes``) by its ISO code ("AU")."""
    countries = vocab.countries()
    return col.share_where(lambda v: (codes or len(v) > 3) and vocab.fold(v) in countries)


def _not_places(col: ColumnValues, folded: dict[str, str]) -> float:
    """The share of values naming an institution or an organisation's part, not a place."""

    def test(value: str) -> bool:
        words = [w.strip(".,()'") for w in folded[value].split()]
        return (
            _is_institution(words)
            or any(w in vocab.ORG_WORDS for w in words)
            or any(w in ("and", "&", "of") for w in words[1:-1])
        )

    return col.share_where(test)


# -- occupations ----------------------------------------------------------------------------------


def _is_job_word(word: str) -> bool:
    return vocab.fold(word).strip(".,()") in vocab.OCCUPATION_WORDS


def _has_occupation_word(value: str) -> bool:
    """Whether a value holds a job's word, other than an office before a person's name
    ("Magistrate J. Brown" is a person; "Magistrate" and "Senior Magistrate" are jobs)."""
    if not any(_is_job_word(w) for w in value.split()):
        return False
    words, titled = _name_words(value)
    if titled and any(len(w.rstrip(".")) > 1 and vocab.is_name_word(w) for w in words):
        return any(_is_job_word(w) for w in words)
    return True


_NAMES_OF_MORE = ("title", "position", "designation", "rank")  # than jobs
FEW_JOBS = 0.9  # of a column's values, job titles, when it holds fewer than ten


def occupation_candidate(col: ColumnValues, hints: NameHints) -> Candidate | None:
    """OCCUPATION for job titles (by name, or by the words job titles are made of)."""
    if col.n == 0 or col.numeric_share > 0.3:
        return None
    share = col.share_where(_has_occupation_word)
    if hints.has("OCCUPATION") and not hints.organisation:
        # "title" names job titles and book titles alike; the values must be jobs' words. A
        # role may be a party's as well as a job (a complainant's: "Carer", "Advocate",
        # "Family member"), so most of them must be jobs
        matched = hints.matched("OCCUPATION")
        need = 0.5 if matched == "role" else 0.3 if matched in _NAMES_OF_MORE else 0.2
        if share >= need:
            evidence = col.tally(share, "contain words of job titles")
            return Candidate("OCCUPATION", 0.75 + 0.2 * share, evidence + hints.note("OCCUPATION"))
    # many titles, most of them jobs'; or a few, nearly all (a unit's staff: a manager,
    # officers, technicians)
    if (share >= 0.5 and col.n_distinct >= 10) or (share >= FEW_JOBS and col.n_distinct >= 5):
        evidence = col.tally(share, "contain words of job titles")
        return Candidate("OCCUPATION", 0.55 + 0.3 * share, evidence)
    return None
