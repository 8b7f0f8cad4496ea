"""Kinds of value whose form proves little, found by the column's name with a check of values.

A password, a card security code, an income or a licence number looks like many other
things; its column's name is the evidence, and the values only have to fit (three or four
digits for a security code, amounts for an income). One kind is found without a name: values
that look like generated passwords (a capital after the first character, small letters and a
digit, all different).
"""

from __future__ import annotations

import statistics
from collections.abc import Iterator

from minshare.detect.names import NameHints
from minshare.detect.people import Candidate
from minshare.detect.profile import ColumnValues

# (entity, the form the values must have, what they are) for identifiers named as such
_SHAPED: tuple[tuple[str, str, str], ...] = (
    (
        "AU_DRIVERS_LICENCE",
        r"^[A-Za-z]{0,3}\d{4,11}[A-Za-z]{0,2}$",
        "are shaped like licence numbers",
    ),
    ("BANK_ACCOUNT", r"^\d[\d \-]{3,16}\d$", "are shaped like account numbers"),
    ("AU_BSB", r"^\d{3}[ \-]?\d{3}$", "are shaped like BSBs"),
    ("AU_PASSPORT", r"^[A-Za-z]{0,2}\d{6,9}$", "are shaped like passport numbers"),
    ("USERNAME", r"^\S{2,64}$", "are single words, as user names are"),
)
_CARD_EXTRAS = (
    (r"^\d{3,4}$", "are card security codes"),
    (r"^(?:0?[1-9]|1[0-2])\s?/\s?(?:\d{2}|\d{4})$", "are card expiry dates"),
)
_AGE_BANDS = r"^\d{1,3}\s*(?:-|\x{2013}|to)\s*\d{1,3}$|^\d{1,3}\s*\+$|^(?:under|over)\s*\d"
_CODED_TRAITS = ("ETHNICITY", "RELIGION", "SEXUAL_ORIENTATION", "MARITAL_STATUS")


def hinted_candidates(
    col: ColumnValues, hints: NameHints, *, is_dates: bool = False
) -> Iterator[Candidate]:
    """Candidates that the column's name proposes and its values do not contradict."""
    if not is_dates:
        yield from _shaped(col, hints)
        yield from _measures(col, hints)
        yield from _described(col, hints)
        yield from _identifiers_of_people(col, hints)
    yield from _passwords(col, hints, is_dates=is_dates)
    yield from _sensitive_codes(col, hints)


def _found(hints: NameHints, entity: str, score: float, evidence: str) -> Candidate:
    return Candidate(entity, score, evidence + hints.note(entity))


def _shaped(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    for entity, pattern, what in _SHAPED:
        if not hints.has(entity):
            continue
        share = col.share_matching(pattern)
        if entity == "USERNAME" and col.numeric_share >= 0.5:
            continue
        if share >= 0.8:
            yield _found(hints, entity, 0.85, col.tally(share, what))
    if hints.has("CREDIT_CARD"):
        for pattern, what in _CARD_EXTRAS:
            share = col.share_matching(pattern)
            if share >= 0.9:
                yield _found(hints, "CREDIT_CARD", 0.8, col.tally(share, what))
                break


def _measures(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    numbers = col.numbers
    if hints.has("INCOME") and col.numeric_share >= 0.8:
        yield _found(hints, "INCOME", 0.8, col.tally(col.numeric_share, "are amounts"))
    if hints.has("AGE"):
        ages = sum(0 <= x <= 120 and x == int(x) for x in numbers) / col.n
        bands = col.share_matching(_AGE_BANDS)
        if max(ages, bands) >= 0.8:
            yield _found(hints, "AGE", 0.85, col.tally(max(ages, bands), "are ages or age groups"))
    human = bool(numbers) and 1 <= statistics.median(numbers) <= 700
    if hints.has("BODY_MEASUREMENT") and col.numeric_share >= 0.8 and human:
        what = "are measurements in a human range"
        yield _found(hints, "BODY_MEASUREMENT", 0.75, col.tally(col.numeric_share, what))


def _described(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    if hints.has("VEHICLE"):
        yield _found(hints, "VEHICLE", 0.7, col.tally(1.0, "describe vehicles"))
    if hints.has("USER_AGENT") and col.numeric_share < 0.5:
        yield _found(hints, "USER_AGENT", 0.7, col.tally(1.0, "describe browsers"))
    # "offence" over codes is often a traffic fine's; over words or by "conviction", a record
    strong = hints.strength("CRIMINAL_RECORD") >= 1.0
    if strong or (hints.has("CRIMINAL_RECORD") and col.alpha_share >= 0.5):
        yield _found(
            hints, "CRIMINAL_RECORD", 0.7, col.tally(1.0, "say what someone was charged with")
        )


def _identifiers_of_people(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    national = hints.has("US_SSN")
    if not (national or hints.has("ID")):
        return
    shaped = col.share_matching(r"^[A-Za-z0-9][A-Za-z0-9 .\-/]{2,24}$")
    if national and col.share_matching(r"\d") < 0.5:
        return
    if shaped >= 0.7:
        what = "are national identity numbers" if national else "are identifiers of people"
        yield Candidate(
            "ID", 0.8, col.tally(shaped, what) + hints.note("US_SSN" if national else "ID")
        )


def _passwords(col: ColumnValues, hints: NameHints, *, is_dates: bool) -> Iterator[Candidate]:
    if hints.has("PASSWORD"):
        yield _found(hints, "PASSWORD", 0.85, col.tally(1.0, "are credentials"))
        return
    if col.n < 20 or col.distinct_ratio < 0.95 or is_dates or hints.row_id:
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


def _sensitive_codes(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    if col.numeric_share < 0.5:
        return
    for entity in _CODED_TRAITS:
        if hints.has(entity) and col.n_distinct <= 20:
            yield _found(
                hints,
                entity,
                0.65,
                col.tally(col.numeric_share, "are codes of a sensitive category"),
            )
    if hints.has("HEALTH"):
        what = "are codes or scores of health information"
        yield _found(hints, "HEALTH", 0.65, col.tally(col.numeric_share, what))
