"""Find personal information inside free text: where it starts, ends, and what it is.

These finders are minshare's own: Australian identifiers checked by their check digits,
Australian (and North American) telephone numbers validated by ``phonenumbers``, street
addresses and post office boxes, people's names from the name dictionaries (a given name
followed by a surname, or any capitalised word after an honorific), and identifiers announced
by a context word ("licence number", "passport", "BSB", "DOB"). They run as recognizers inside
the Presidio engine (:mod:`minshare.detect.presidio`), next to Presidio's own e-mail, URL, IP,
card and IBAN recognizers, and each is cheap enough for a hundred thousand notes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from minshare.detect import vocab
from minshare.detect.recognizers import compact, is_phone, is_valid_hpi_i, is_valid_ihi
from minshare.identifiers import is_valid_abn, is_valid_crn, is_valid_medicare, is_valid_tfn


@dataclass(frozen=True)
class Span:
    """A stretch of text holding one kind of personal information."""

    start: int
    end: int
    entity: str
    score: float


# -- identifiers with check digits ----------------------------------------------------------

_B = r"(?<![\w.\-/])"  # not glued to a longer token
_E = r"(?![\w\-/]|\.\d)"
_CONTEXT_TFN = re.compile(r"(?i:\btfn\b|tax\s*file)")
_CONTEXT_ABN = re.compile(r"(?i:\babn\b)")
_ID_PATTERNS: tuple[tuple[str, re.Pattern[str], Callable[[str], bool], float], ...] = (
    ("AU_IHI", re.compile(_B + r"8003\s?60\d\d\s?\d{4}\s?\d{4}" + _E), is_valid_ihi, 0.95),
    ("ID", re.compile(_B + r"8003\s?61\d\d\s?\d{4}\s?\d{4}" + _E), is_valid_hpi_i, 0.95),
    ("AU_CRN", re.compile(_B + r"\d{3}\s?\d{3}\s?\d{3}\s?[A-Za-z]" + _E), is_valid_crn, 0.9),
    (
        "AU_MEDICARE",
        re.compile(_B + r"[2-6]\d{3}\s?\d{5}\s?\d(?:[\s/-]?\d)?" + _E),
        is_valid_medicare,
        0.8,
    ),
    ("AU_ABN", re.compile(_B + r"\d{2}\s?\d{3}\s?\d{3}\s?\d{3}" + _E), is_valid_abn, 0.6),
    ("AU_TFN", re.compile(_B + r"\d{3}[\s-]?\d{3}[\s-]?\d{2,3}" + _E), is_valid_tfn, 0.6),
)


def find_identifiers(text: str) -> Iterator[Span]:
    """AU identifiers whose check digit holds (TFN, ABN, Medicare, CRN, IHI)."""
    taken: list[tuple[int, int]] = []
    for entity, pattern, valid, base in _ID_PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if not valid(compact(m.group(0))):
                continue
            score = base
            if entity == "AU_TFN" and _CONTEXT_TFN.search(text):
                score = 0.95
            if entity == "AU_ABN":
                if not _CONTEXT_ABN.search(text):
                    continue  # an ABN is a business's; only when the text says so
                score = 0.9
            taken.append((m.start(), m.end()))
            yield Span(m.start(), m.end(), entity, score)


# -- telephone numbers -------------------------------------------------------------------------

_PHONE_CANDIDATE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d[\d\s.-]{5,15}\d(?!\w|-\d)"
)


def find_phones(text: str) -> Iterator[Span]:
    """Telephone numbers: Australian (any written form) and North American with separators."""
    for m in _PHONE_CANDIDATE.finditer(text):
        candidate = m.group(0).rstrip(" .-")
        if is_phone(candidate, strict=True):
            yield Span(m.start(), m.start() + len(candidate), "PHONE_NUMBER", 0.85)


# -- street addresses --------------------------------------------------------------------------

_STREET_TYPES = (
    "Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Crescent|Cres|Court|Ct|Place|Pl|Parade|Pde|Close|Cl|"
    "Terrace|Tce|Highway|Hwy|Way|Lane|Ln|Boulevard|Blvd|Circuit|Cct|Esplanade|Esp|Grove|Gr|"
    "Square|Sq|Walk|Track|Mews|Rise|Row|Loop|Link|Glade|Heights|Hts|Parkway|Promenade|Quay|"
    "Vista|View|Chase|Gardens|Ridge|Circle|Alley|Arcade|Trail|Broadway"
)
_STATES = "NSW|VIC|QLD|SA|WA|TAS|NT|ACT|Vic|Qld|Tas"
_WORD = r"[A-Z][A-Za-z'\u2019\-]+"
_STREET_ADDRESS = re.compile(
    rf"(?:(?:Unit|U|Apt|Apartment|Flat|Suite|Shop|Level|Lvl|Lot)\s*\d+[A-Za-z]?\s*[,/]?\s*)?"
    rf"\b\d{{1,5}}[A-Za-z]?(?:\s?[/-]\s?\d{{1,5}}[A-Za-z]?)?\s+(?:{_WORD}\s+){{1,3}}"
    rf"(?:{_STREET_TYPES})\b\.?"
    rf"(?:,?\s+{_WORD}(?:\s+{_WORD}){{0,2}}(?=[\s,]+(?:{_STATES})\b))?"
    rf"(?:,?\s+(?:{_STATES})\b)?(?:,?\s+\d{{4}}\b)?"
)
_PO_BOX = re.compile(r"\b(?:P\.?\s?O\.?\s?Box|GPO\s+Box|Locked\s+Bag)\s+\d+", re.IGNORECASE)


def find_addresses(text: str) -> Iterator[Span]:
    """Street addresses ("Unit 4/27 King Rd, Redfern NSW 2016") and post office boxes."""
    for m in _STREET_ADDRESS.finditer(text):
        yield Span(m.start(), m.end(), "ADDRESS", 0.85)
    for m in _PO_BOX.finditer(text):
        yield Span(m.start(), m.end(), "ADDRESS", 0.8)


# -- identifiers announced by a word in front of them ---------------------------------------

DATE_IN_TEXT = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4}"
# A word of a name as a field holds it: capitalised or in capitals, ending on a letter
_NAMED = r"[A-ZÀ-ÖØ-Þ](?:[A-Za-zÀ-ÖØ-öø-ÿ'\u2019\-]*[A-Za-zÀ-ÖØ-öø-ÿ])?"
_ANNOUNCED: tuple[tuple[str, re.Pattern[str], float], ...] = (
    (
        "AU_DRIVERS_LICENCE",
        re.compile(
            r"(?i:driver'?s?\s+)?(?i:licen[cs]e|\bDL\b)\s*(?i:no\.?|number|num|#)?\s*(?i:is\s+)?:?\s*(?P<id>[A-Za-z]{0,3}\d{4,10})\b"
        ),
        0.8,
    ),
    (
        "AU_PASSPORT",
        re.compile(
            r"(?i:passport)\s*(?i:no\.?|number|num|#)?\s*(?i:is\s+)?:?\s*(?P<id>[A-Za-z]{1,2}\d{6,8})\b"
        ),
        0.85,
    ),
    (
        "AU_BSB",
        re.compile(r"(?i:\bBSB)\s*(?i:no\.?|number)?\s*:?\s*(?P<id>\d{3}[\s-]?\d{3})\b"),
        0.85,
    ),
    (
        "BANK_ACCOUNT",
        re.compile(
            r"(?i:\bacc(?:oun)?t|\bacct)\s*(?i:no\.?|number|num|#)?\s*:?\s*(?P<id>\d{6,10})\b"
        ),
        0.8,
    ),
    (
        "DATE_OF_BIRTH",
        re.compile(
            rf"(?i:\bDOB\b|d\.o\.b\.?|date\s+of\s+birth|\bborn(?:\s+on)?)\s*[:=]?\s*['\"]?(?P<id>{DATE_IN_TEXT})"
        ),
        0.85,
    ),
    (
        # a name given as a field's value: a search's terms, a record's change
        # ("surname='NGUYEN'", "Given names: Thi Mai")
        "PERSON",
        re.compile(
            r"(?i:\b(?:sur|family\s*|given\s*|first\s*|last\s*)names?)\s*[:=]\s*['\"]?"
            rf"(?P<id>{_NAMED}(?:\s{_NAMED})?)"
        ),
        0.8,
    ),
)


def find_announced(text: str) -> Iterator[Span]:
    """Licence, passport, BSB, account numbers, dates of birth and names named as such in the
    text."""
    for entity, pattern, score in _ANNOUNCED:
        for m in pattern.finditer(text):
            yield Span(m.start("id"), m.end("id"), entity, score)


# -- people's names --------------------------------------------------------------------------

_NAME_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'\u2019\-]*")
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Rev)\.?$")
_RELATIONS = vocab.RELATIONS | vocab.words("client patient with")


# "in Alice Springs", "near Mount Gambier": after these, a given name and a surname is a place
_PLACE_PREPOSITIONS = vocab.words("in near around outside across inside within")


def _is_organisation(word: str) -> bool:
    return vocab.fold(word) in vocab.ORG_WORDS


def _capitalised(token: str) -> bool:
    return token[0].isupper() and (len(token) == 1 or not token.isupper())


def find_names(text: str) -> Iterator[Span]:
    """People's names: a given name and a surname, a name after an honorific or a relation."""
    tokens = [(m.group(0), m.start(), m.end()) for m in _NAME_TOKEN.finditer(text)]
    given, surnames = vocab.given_names(), vocab.surnames()
    i = 0
    while i < len(tokens):
        word, start, end = tokens[i]
        if not word[0].isupper():
            i += 1
            continue
        # (a title is followed by its name, not by a comma: "Showground Dr, Punchbowl")
        after_title = (
            _HONORIFIC.match(word) is not None
            and i + 1 < len(tokens)
            and not text[end : tokens[i + 1][1]].strip(" .")
        )
        if after_title:
            j = i + 1
            last = j
            while j < len(tokens) and _capitalised(tokens[j][0]) and j - i <= 3:
                last = j
                j += 1
                if j < len(tokens) and text[tokens[j - 1][2] : tokens[j][1]] not in (" ", ". "):
                    break
            if _capitalised(tokens[i + 1][0]):
                yield Span(tokens[i + 1][1], tokens[last][2], "PERSON", 0.85)
                i = last + 1
                continue
        folded = vocab.fold(word)
        if _capitalised(word) and folded in given and folded not in vocab.NOT_NAMES_IN_TEXT:
            # a given name, then up to two more capitalised name words on the same line
            j = i
            while (
                j + 1 < len(tokens)
                and j - i < 2
                and text[tokens[j][2] : tokens[j + 1][1]] == " "
                and _capitalised(tokens[j + 1][0])
                and vocab.fold(tokens[j + 1][0]) not in vocab.NOT_NAMES_IN_TEXT
                and (
                    vocab.fold(tokens[j + 1][0]) in surnames or vocab.is_name_word(tokens[j + 1][0])
                )
            ):
                j += 1
            previous = vocab.fold(tokens[i - 1][0]) if i > 0 else ""
            if j > i and previous not in _PLACE_PREPOSITIONS and not _is_organisation(tokens[j][0]):
                yield Span(start, tokens[j][2], "PERSON", 0.85)
                i = j + 1
                continue
            if previous in _RELATIONS or previous.endswith("-partner"):
                yield Span(start, end, "PERSON", 0.7)
        i += 1


FINDERS: dict[str, Callable[[str], Iterator[Span]]] = {
    "identifiers": find_identifiers,
    "phones": find_phones,
    "addresses": find_addresses,
    "announced": find_announced,
    "names": find_names,
}
