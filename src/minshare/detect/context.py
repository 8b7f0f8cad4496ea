"""What the table as a whole says about its columns.

A postcode, an age group or a sex is personal information when each row is a person. Two
kinds of table are not about people, and their columns of places and groups are not personal:

* **aggregate tables**: rows are cells of counts ("recipients by postcode, age group and
  sex", with a count and a mean per cell). A table with a column of counts (or of means and
  medians) and no direct identifier, date of birth or free text is read as one.
* **tables of things**: a register of roads or assets whose only people are the staff who
  looked at them. A column of places in a table (of four columns or more) with no column
  that describes a person (nothing but names: no date of birth, sex, contact detail,
  identifier, health or other trait) describes the things, not people.

The table also speaks for columns that cannot speak for themselves: extracts keep the parts
of an address together, and of a card, so a column of place-like words beside an address or
postcode is a suburb, and three digits beside a card number are its security code. That is
how the suburbs of a headerless file are found without a gazetteer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from minshare.detect.findings import (
    DIRECT_IDENTIFIER,
    FREE_TEXT,
    NONE,
    QUASI_IDENTIFIER,
    Category,
    ColumnFinding,
    EntityFinding,
)
from minshare.detect.names import DESCRIBES_OTHER as _DESCRIBES_OTHER
from minshare.detect.names import name_hints, normalise
from minshare.detect.profile import ColumnValues

_COUNT_NAME = re.compile(
    r"^(?:n|cnt|count|counts|num|number|freq|frequency|tot|total)(?:_|$)"
    r"|(?:^|_)(?:count|counts|cnt|freq|frequency)(?:_|$)"
    r"|^(?:n|num|no|number)_of_"
    r"|^(?:persons|people|recipients|clients|households|patients|customers|respondents)$"
)
_MEAN_NAME = re.compile(r"(?:^|_)(?:mean|avg|average|median)(?:_|$)")
_SUPPRESSED = re.compile(r"^(?:[<>≤]\s?\d+|n\.?p\.?|\*+|-)$", re.IGNORECASE)

# Entities that say a row is a person (a bare name does not: staff sign for things too).
_ABOUT_A_PERSON = frozenset(
    {
        "DATE_OF_BIRTH", "GENDER", "AGE", "EMAIL_ADDRESS", "PHONE_NUMBER", "ADDRESS",
        "AU_TFN", "AU_CRN", "AU_MEDICARE", "AU_IHI", "AU_ABN", "AU_ACN", "ID", "US_SSN",
        "AU_PASSPORT", "AU_DRIVERS_LICENCE", "BANK_ACCOUNT", "AU_BSB", "CREDIT_CARD",
        "IBAN_CODE", "IP_ADDRESS", "HEALTH", "ETHNICITY", "RELIGION", "SEXUAL_ORIENTATION",
        "CRIMINAL_RECORD", "INCOME", "OCCUPATION", "MARITAL_STATUS", "USERNAME", "PASSWORD",
        "HONORIFIC", "BODY_MEASUREMENT", "USER_AGENT",
    }
)  # fmt: skip
_PLACES = frozenset({"LOCATION", "AU_POSTCODE"})


def _measure(values: ColumnValues) -> bool:
    """Numbers, or numbers with suppressed small cells ("<5", "n.p.")."""
    if values.n == 0:
        return False
    suppressed = values.share_where(lambda v: _SUPPRESSED.match(v) is not None)
    return values.numeric_share + suppressed >= 0.8


def is_aggregate(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> bool:
    """Whether the table reads as cells of counts rather than as records of people."""
    counts = means = 0
    for values, finding in columns:
        if finding.category in (DIRECT_IDENTIFIER, FREE_TEXT):
            return False
        if finding.best is not None and finding.best.type == "DATE_OF_BIRTH":
            return False
        name = normalise(values.name)
        if _COUNT_NAME.search(name) and _measure(values):
            counts += 1
        elif _MEAN_NAME.search(name) and _measure(values):
            means += 1
    return counts >= 1 or means >= 2


def _not_personal(finding: ColumnFinding) -> ColumnFinding:
    return replace(finding, personal=False, category=NONE, entities=())


_ADDRESS_BLOCK = frozenset({"ADDRESS", "LOCATION", "AU_POSTCODE"})
_CARD_BLOCK = frozenset({"CREDIT_CARD"})
_PARTICLES = r"(?:de|del|la|le|di|da|do|dos|das|du|van|von|der|den|am|im|an|sur|upon|on|y)"
_PLACE = (
    rf"^\p{{Lu}}[\pL\pM'\x{{2019}}.\-]*(?:\s(?:\p{{Lu}}[\pL\pM'\x{{2019}}.\-]*|{_PARTICLES})){{0,4}}"
    r"(?:\s\d{1,3})?$"
)

# (what the neighbours must be, the values' form, how much of the column, entity, category, what)
_BLOCK_RULES: tuple[tuple[frozenset[str], str, float, str, Category, str], ...] = (
    (
        _ADDRESS_BLOCK,
        _PLACE,
        0.85,
        "LOCATION",
        QUASI_IDENTIFIER,
        "are capitalised place-like words",
    ),
    (
        _ADDRESS_BLOCK,
        r"^[A-Z]{2,3}$",
        0.9,
        "LOCATION",
        QUASI_IDENTIFIER,
        "are state or country codes",
    ),
    (
        _ADDRESS_BLOCK,
        r"^[A-Za-z0-9]{2,5}(?:[ \-][A-Za-z0-9]{2,4})?$",
        0.85,
        "AU_POSTCODE",
        QUASI_IDENTIFIER,
        "are shaped like postal codes",
    ),
    (_CARD_BLOCK, r"^\d{3,4}$", 0.95, "CREDIT_CARD", DIRECT_IDENTIFIER, "are card security codes"),
    (
        _CARD_BLOCK,
        r"^(?:0?[1-9]|1[0-2])/(?:\d{2}|\d{4})$",
        0.95,
        "CREDIT_CARD",
        DIRECT_IDENTIFIER,
        "are card expiry dates",
    ),
)


def _block_member(values: ColumnValues, beside: set[str]) -> EntityFinding | None:
    """The finding a column earns by the company it keeps, or None."""
    if not values.is_text_type and not values.numeric_share:
        return None
    if values.n < 3 or values.n_distinct < 2:
        return None
    hints = name_hints(values.name)
    says_other = hints.code or hints.aggregate or hints.row_id or hints.event_date
    if not hints.generic and (says_other or _DESCRIBES_OTHER.search(hints.normalised)):
        return None  # PROGRAM, ANZSIC_CODE, WARD: a named column describing something else
    for block, pattern, need, entity, _, what in _BLOCK_RULES:
        if not beside & block or set(hints.entities) - {entity}:
            continue  # a name that says something else ("phone") is not overruled by neighbours
        share = values.share_matching(pattern)
        if entity == "AU_POSTCODE" and values.share_matching(r"\d") < 0.8:
            continue
        if share >= need:
            kinds = "a card number" if block is _CARD_BLOCK else "an address, place or postcode"
            evidence = values.tally(share, f"{what}, in a column beside {kinds} column")
            return EntityFinding(entity, 0.6, evidence)
    return None


def _blocks(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> list[ColumnFinding]:
    """Columns with no finding of their own read by their neighbours, until nothing changes.

    Extracts keep an address's parts together (street, suburb, state, postcode, country)
    and a card's (number, security code, expiry), so a column of place-like words beside an
    address, or of three digits beside a card number, is read as one of them. There is no
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
                findings[j].best.type  # type: ignore[union-attr]  # personal ones have a best
                for j in (i - 1, i + 1)
                if 0 <= j < len(findings) and findings[j].personal and findings[j].best
            }
            found = _block_member(values, beside)
            if found is not None:
                category = next(r[4] for r in _BLOCK_RULES if r[3] == found.type)
                findings[i] = replace(finding, personal=True, category=category, entities=(found,))
                changed = True
    return findings


def apply_table_context(
    columns: Sequence[tuple[ColumnValues, ColumnFinding]],
) -> list[ColumnFinding]:
    """The findings, with columns that only describe cells or things made not personal."""
    findings = _blocks(columns)
    columns = [(values, finding) for (values, _), finding in zip(columns, findings, strict=True)]
    if is_aggregate(columns):
        return [_not_personal(f) if f.personal else f for f in findings]
    if len(findings) < 4:
        return findings  # too few columns to tell what a row is
    about_a_person = any(
        f.category == FREE_TEXT or any(e.type in _ABOUT_A_PERSON for e in f.entities[:1])
        for f in findings
        if f.personal
    )
    if about_a_person:
        return findings
    return [
        _not_personal(f) if f.best is not None and f.best.type in _PLACES else f for f in findings
    ]
