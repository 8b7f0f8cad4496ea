"""Recognizers for one value: Australian identifiers with their check digits, and generic ones.

Each :class:`Checksum` recognizer knows an identifier's written shape (a regular expression
that pyarrow can run over a whole column at once), how to check its check digit, and how
often a value of that shape passes the check by chance. The chance rate matters: about one
random 9-digit number in eleven passes the TFN check, so a column is only called a TFN column
when far more of its values pass than chance would give (see :mod:`minshare.detect.stats`).
A health practitioner's Medicare provider number and a student's USI have check characters
too; both are identifiers of a person (``ID``).

:class:`Shape` recognizers have no check digit (e-mail addresses, IP addresses, UUIDs...).
:func:`is_phone` asks the ``phonenumbers`` package (region AU) whether a value is a
telephone number.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from minshare.detect.stats import falls_short_of_chance
from minshare.identifiers import (
    HPI_I_PREFIX,
    IHI_PREFIX,
    is_valid_abn,
    is_valid_acn,
    is_valid_crn,
    is_valid_medicare,
    is_valid_tfn,
    luhn_ok,
)

_SEPARATORS = re.compile(r"[\s\-./]")


def compact(value: str) -> str:
    """``value`` without the spaces, hyphens, dots and slashes identifiers are written with."""
    return _SEPARATORS.sub("", value)


def is_valid_ihi(digits: str) -> bool:
    """An IHI, a patient's healthcare identifier: 16 digits, prefix 800360, Luhn."""
    return len(digits) == 16 and digits.startswith(IHI_PREFIX) and luhn_ok(digits)


def is_valid_hpi_i(digits: str) -> bool:
    """An HPI-I, a health practitioner's identifier: 16 digits, prefix 800361, Luhn. It names
    a person as an IHI does, the one who treats rather than the one treated."""
    return len(digits) == 16 and digits.startswith(HPI_I_PREFIX) and luhn_ok(digits)


def is_valid_card(digits: str) -> bool:
    """A payment card number: 12 to 19 digits from a card range, Luhn."""
    if not 12 <= len(digits) <= 19 or not digits.isascii() or not digits.isdigit():
        return False
    if digits.startswith("80036"):  # healthcare identifiers are Luhn too
        return False
    return _scheme_length(digits) and luhn_ok(digits)


def is_valid_library_card(digits: str) -> bool:
    """A library's borrower barcode: fourteen digits from 2, Luhn."""
    return len(digits) == 14 and digits.startswith("2") and luhn_ok(digits)


def _scheme_length(digits: str) -> bool:
    """Whether a number starts as a card scheme's do (2 to 6) and, from 2 or 3, has a
    length the scheme of its range issues: Mastercard's 2-series (2221 to 2720) sixteen
    digits; American Express (34, 37) fifteen and no other; Diners Club (300 to 305, 36, 38,
    39) and JCB (3528 to 3589) fourteen or more, never fifteen. A phone's IMEI is fifteen
    digits from 35, and a library's barcodes fourteen from 2 (a borrower's) or 3 (an
    item's), each with a Luhn check digit too."""
    if digits[0] not in "23456":
        return False
    if digits[0] == "2":
        return 2221 <= int(digits[:4]) <= 2720 and len(digits) == 16
    if digits[0] != "3":
        return True
    if digits[:2] in ("34", "37"):
        return len(digits) == 15
    diners = "300" <= digits[:3] <= "305" or digits[:2] in ("36", "38", "39")
    jcb = "3528" <= digits[:4] <= "3589"
    return (diners or jcb) and len(digits) >= 14 and len(digits) != 15


# The private networks (RFC 1918, and IPv6's unique local addresses, RFC 4193). Python's own
# is_private counts the documentation ranges too (203.0.113.0/24), which examples and test
# data use for addresses on the internet.
_PRIVATE_NETWORKS = tuple(
    ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7")
)


def is_private_address(value: str) -> bool:
    """An IP address of a private network (10/8, 172.16/12, 192.168/16, or IPv6's fc00::/7):
    one an organisation gives its own devices, reachable from nowhere else."""
    try:
        address = ipaddress.ip_address(value.strip())
    except ValueError:
        return False
    return any(address in network for network in _PRIVATE_NETWORKS)


def is_valid_iban(value: str) -> bool:
    """An IBAN: country, two check digits, then the account; ISO 13616 modulus 97."""
    text = value.upper()
    if not 15 <= len(text) <= 34 or not text.isascii() or not text.isalnum():
        return False
    if not (text[:2].isalpha() and text[2:4].isdigit()):
        return False
    rearranged = text[4:] + text[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


def is_valid_ssn(digits: str) -> bool:
    """A US Social Security number in the ranges the SSA issues."""
    if len(digits) != 9 or not digits.isascii() or not digits.isdigit():
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


_PROVIDER_LOCATIONS = "0123456789ABCDEFGHJKLMNPQRTUVWXY"
_PROVIDER_CHECKS = "YXWTLKJHFBA"
_PROVIDER_WEIGHTS = (3, 5, 8, 4, 2, 1)


def is_valid_provider_number(value: str) -> bool:
    """A Medicare provider number: a six-digit stem (a leading zero may be lost), a practice
    location character and a check letter (weights 3 5 8 4 2 1, the location's value times
    6, modulus 11)."""
    text = value.upper()
    if not 7 <= len(text) <= 8 or not text.isascii():
        return False
    stem, location, check = text[:-2].zfill(6), text[-2], text[-1]
    if not stem.isdigit() or location not in _PROVIDER_LOCATIONS:
        return False
    total = sum(int(d) * w for d, w in zip(stem, _PROVIDER_WEIGHTS, strict=True))
    total += _PROVIDER_LOCATIONS.index(location) * 6
    return _PROVIDER_CHECKS[total % 11] == check


PROVIDER_NUMBER_SHAPE = r"^\d{5,6}[0-9A-Za-z][A-Za-z]$"
_USI_CHARACTERS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"


def is_valid_usi(value: str) -> bool:
    """A unique student identifier: ten characters (no 0, 1, I or O), the last a Luhn
    mod 32 check character."""
    text = value.upper()
    if len(text) != 10 or any(ch not in _USI_CHARACTERS for ch in text):
        return False
    factor, total = 1, 0
    for ch in reversed(text):
        addend = factor * _USI_CHARACTERS.index(ch)
        factor = 2 if factor == 1 else 1
        total += addend // 32 + addend % 32
    return total % 32 == 0


@dataclass(frozen=True)
class Checksum:
    """An identifier with a check digit."""

    entity: str
    label: str  # what evidence calls it: "TFN"
    shape: str  # the written form, anchored, for pyarrow.compute.match_substring_regex
    validate: Callable[[str], bool]  # on the compact form
    chance: float  # how often a random value of this shape passes


# A payment card's expiry: 10/25, 10/2025, 1025 as a card's magnetic stripe writes it, or 2025-10
CARD_EXPIRY_FORM = (
    r"^(?:(?:0?[1-9]|1[0-2])\s?/\s?(?:\d{2}|\d{4})|(?:0[1-9]|1[0-2])\d{2}|"
    r"20\d{2}-(?:0[1-9]|1[0-2]))$"
)

# Nine digits and a check letter, as a Centrelink CRN is written
CRN_SHAPE = r"^\d{3}[ -]?\d{3}[ -]?\d{3}[ -]?[A-Za-z]$"

TFN_CHANCE = 1 / 11  # of numbers of nine digits drawn at random, those passing the TFN check
# Nine-digit numbers drawn at random pass the TFN check one time in eleven; a column of them
# where passes fall this far short of chance was made to fail it (a batch's, a receipt's or a
# position's numbers kept apart from tax file numbers), and is no person's number drawn at
# random, nor a telephone number that lost its 0
SHUNNED = 1e-6  # the chance of passing so seldom, at most, were the numbers random


def shuns_tax_file_numbers(values: list[str]) -> bool:
    """Whether the nine-digit numbers among distinct ``values`` pass the TFN check far less
    often than numbers drawn at random would."""
    nine = [d for v in values if len(d := re.sub(r"\D", "", v)) == 9]
    passed = sum(map(is_valid_tfn, nine))
    return falls_short_of_chance(passed, len(nine), TFN_CHANCE, alpha=SHUNNED)


CHECKSUMS: tuple[Checksum, ...] = (
    Checksum("AU_TFN", "TFN", r"^\d{3}[ -]?\d{3}[ -]?\d{2,3}$", is_valid_tfn, TFN_CHANCE),
    Checksum("AU_ABN", "ABN", r"^\d{2}[ -]?\d{3}[ -]?\d{3}[ -]?\d{3}$", is_valid_abn, 1 / 89),
    Checksum("AU_ACN", "ACN", r"^\d{3}[ -]?\d{3}[ -]?\d{3}$", is_valid_acn, 1 / 10),
    Checksum(
        "AU_MEDICARE",
        "Medicare",
        r"^[2-6]\d{3}[ -]?\d{5}[ -]?\d(?:[ -/]?\d)?$",
        is_valid_medicare,
        1 / 10,
    ),
    Checksum("AU_IHI", "IHI", r"^8003[ -]?60\d\d[ -]?\d{4}[ -]?\d{4}$", is_valid_ihi, 1 / 10),
    Checksum("AU_CRN", "CRN", CRN_SHAPE, is_valid_crn, 1 / 11),
    Checksum(
        "CREDIT_CARD",
        "card (Luhn)",
        r"^[2-6]\d{3}(?:[ -]?\d{2,4}){2,4}(?:[ -]?\d{1,3})?$",
        is_valid_card,
        1 / 10,
    ),
    # a health practitioner's and a student's identifiers: per-person IDs
    Checksum("ID", "HPI-I", r"^8003[ -]?61\d\d[ -]?\d{4}[ -]?\d{4}$", is_valid_hpi_i, 1 / 10),
    Checksum(
        "ID", "Medicare provider number", PROVIDER_NUMBER_SHAPE, is_valid_provider_number, 1 / 11
    ),
    Checksum("ID", "USI", r"^[2-9A-HJ-NP-Za-hj-np-z]{10}$", is_valid_usi, 1 / 32),
    # a library's borrower barcode (Codabar): fourteen digits from 2, the library's code
    # after it, a Luhn check digit last (an item's barcode is the same from 3)
    Checksum("ID", "library card (Luhn)", r"^2\d{13}$", is_valid_library_card, 1 / 10),
    Checksum(
        "IBAN_CODE",
        "IBAN",
        r"^[A-Za-z]{2}\d{2} ?[A-Za-z0-9]{4}(?: ?[A-Za-z0-9]{1,4}){2,8}$",
        is_valid_iban,
        1 / 97,
    ),
)


def _is_ip(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def _is_ssn(value: str) -> bool:
    return is_valid_ssn(value.replace("-", ""))


def _is_slk(value: str) -> bool:
    """An AIHW statistical linkage key (SLK-581): name letters, DDMMYYYY, sex digit."""
    import datetime as dt

    try:
        dt.date(int(value[9:13]), int(value[7:9]), int(value[5:7]))
    except ValueError:
        return False
    return True


def _always(_: str) -> bool:
    return True


@dataclass(frozen=True)
class Shape:
    """A kind of value recognised by its form alone (and an optional extra test)."""

    entity: str
    label: str
    shape: str
    check: Callable[[str], bool] = _always


EMAIL = Shape(
    "EMAIL_ADDRESS",
    "an e-mail address",
    r"^[A-Za-z0-9._%+'\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$",
)
IPV4 = Shape(
    "IP_ADDRESS",
    "an IPv4 address",
    r"^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$",
)
IPV6 = Shape(
    "IP_ADDRESS", "an IPv6 address", r"^[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}$", _is_ip
)
URL = Shape("URL", "a URL", r"^(?i:https?://|ftp://|www\.)\S+$")
UUID = Shape(
    "UUID",
    "a UUID",
    r"^\{?[0-9A-Fa-f]{8}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{12}\}?$",
)
SSN = Shape("US_SSN", "a US Social Security number", r"^\d{3}-\d{2}-\d{4}$", _is_ssn)
NINO = Shape(
    "US_SSN",
    "a UK National Insurance number",
    r"^[A-CEGHJ-PR-TW-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d]$",
)
BSB = Shape("AU_BSB", "a BSB", r"^\d{3}-\d{3}$")
# A BSB and an account number in one value, as a form asks for both ("062-911 49626881",
# "BSB 063-889 Acc 927605087", "032-226 / 90213356"): something must part the two
BSB_AND_ACCOUNT = Shape(
    "BANK_ACCOUNT",
    "a BSB and an account number",
    r"^(?i:BSB)?\s*:?\s*\d{3}[ \-]?\d{3}(?:\s*[/|,;]\s*|\s+)"
    r"(?i:(?:acc(?:oun)?t|acc|a/c)\.?\s*(?:no\.?|number|#)?\s*:?\s*)?\d{5,10}$",
)
PASSPORT = Shape("AU_PASSPORT", "a passport number", r"^[A-Z]{1,2}\d{7}$")
SLK = Shape("ID", "a statistical linkage key (SLK-581)", r"^[A-Z2]{5}\d{8}[129]$", _is_slk)
# NSW working with children check: WWC, seven digits, E (paid work) or V (volunteer)
WWCC = Shape("ID", "a NSW working with children check number", r"^(?i:WWC)\s?\d{7}\s?[EVev]$")
# An NDIS participant number: nine digits, 43 first (the scheme numbers no one else so),
# written whole or in threes ("431 562 008")
NDIS = Shape("ID", "an NDIS participant number", r"^43\d(?:\d{6}| \d{3} \d{3})$")
# An AHPRA registration number: the profession's three letters and ten digits, one for each
# registered health practitioner (MED0001234567 a doctor's, NMW a nurse's or a midwife's)
AHPRA = Shape(
    "ID",
    "an AHPRA practitioner registration number",
    r"^(?:MED|NMW|PSY|DEN|PHA|PHY|OPT|CMR|CHI|OST|POD|OCC|MRP|ATS|PAR)\d{10}$",
)
# A NAATI certified practitioner number: CPN and six letters or digits, one for each
# credentialled interpreter or translator
NAATI = Shape("ID", "a NAATI practitioner number", r"^CPN[0-9A-Z]{6}$")
# A My Aged Care number: AC and eight digits, one for each person the aged care system knows
MY_AGED_CARE = Shape("ID", "a My Aged Care number", r"^(?i:AC)\s?\d{8}$")
USER_AGENT = Shape(
    "USER_AGENT", "a browser user agent", r"(?:^Mozilla/\d|^Opera/|AppleWebKit/|Gecko/|^curl/)"
)
HEIGHT_FT = Shape("BODY_MEASUREMENT", "a height in feet and inches", r"^\d' ?\d{1,2}(?:\"|'')?$")

SHAPES: tuple[Shape, ...] = (
    EMAIL,
    IPV4,
    IPV6,
    URL,
    UUID,
    SSN,
    NINO,
    BSB,
    BSB_AND_ACCOUNT,
    PASSPORT,
    SLK,
    WWCC,
    NDIS,
    MY_AGED_CARE,
    AHPRA,
    NAATI,
    USER_AGENT,
    HEIGHT_FT,
)

# -- telephone numbers ---------------------------------------------------------------------

# A written telephone number: digits with the usual separators, 8 to 15 digits in all.
PHONE_SHAPE = r"^\+?[\d()][\d\s().\-/]{5,22}\d$"
# Value-only evidence needs a trunk or country prefix, so that random 9-digit codes
# (which often parse as landlines) are not taken for telephone numbers.
_AU_MOBILE = re.compile(r"^(?:\+61|0)4\d{8}$")
_BARE_INTERNATIONAL = re.compile(r"^61[2-478]\d{8}$")
_PREFIXED = re.compile(r"^(?:\+|\(?0|00|1[38]00|13\d)")
_US_FORM = re.compile(r"^(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}$")


@cache
def _phonenumbers() -> Any:
    import phonenumbers

    return phonenumbers


def is_phone(value: str, *, strict: bool = True) -> bool:
    """Whether ``value`` is a valid telephone number (Australian unless it says otherwise).

    ``strict`` (no name hint) asks for a written prefix (``0``, ``+61``, ``(02)``...) or
    a North American form with separators; otherwise any valid number will do.
    """
    digits = sum(ch.isdigit() for ch in value)
    if not 6 <= digits <= 15:
        return False
    pn = _phonenumbers()
    text = value.strip()
    if _BARE_INTERNATIONAL.match(text):
        text = "+" + text  # 61412345678: the international form without its plus
    if strict and not _PREFIXED.match(text) and not _US_FORM.match(text):
        return False
    if _AU_MOBILE.match(re.sub(r"[\s().\-]", "", text)):
        return True  # every 04 range is for mobiles, allocated yet or not
    regions = ("AU",) if not _US_FORM.match(text) else ("US", "AU")
    for region in regions:
        try:
            number = pn.parse(text, region)
        except pn.NumberParseException:
            continue
        if pn.is_valid_number(number):
            return True
    return False


def looks_like_phone(value: str) -> bool:
    """A telephone number of any country's written form (used with a name hint only)."""
    digits = sum(ch.isdigit() for ch in value)
    return (
        6 <= digits <= 15 and re.fullmatch(r"\+?[\d()][\d\s().\-/]*\d", value.strip()) is not None
    )


# -- Australian postcodes -------------------------------------------------------------------

_POSTCODE_RANGES = (
    (200, 299),  # ACT PO boxes (ANU)
    (800, 999),  # NT
    (1000, 2999),  # NSW and ACT
    (3000, 3999),  # VIC
    (4000, 4999),  # QLD
    (5000, 5999),  # SA
    (6000, 6999),  # WA
    (7000, 7999),  # TAS
    (8000, 9999),  # VIC and QLD PO boxes
)
_STREET_RANGES = (
    (800, 899),
    (2000, 2999),
    (3000, 3999),
    (4000, 4999),
    (5000, 5799),
    (6000, 6797),
    (7000, 7799),
)


def is_au_postcode(value: str) -> bool:
    """A four-digit Australian postcode (leading zero kept, as in ``0800``)."""
    if len(value) != 4 or not value.isascii() or not value.isdigit():
        return False
    n = int(value)
    return any(lo <= n <= hi for lo, hi in _POSTCODE_RANGES)


# How a system writes a postcode it was not given: a blank, not a place
NO_POSTCODE = "0000"


def zero_kept(value: str) -> str:
    """A postcode of three digits with the leading zero a spreadsheet dropped put back
    (``850`` is ``0850``); any other value as it is."""
    return value.zfill(4) if len(value) == 3 and value.isascii() and value.isdigit() else value


def is_street_postcode(value: str) -> bool:
    """A postcode in a range used for street addresses (not post office boxes)."""
    return is_au_postcode(value) and any(lo <= int(value) <= hi for lo, hi in _STREET_RANGES)


# -- references stamped with their year ---------------------------------------------------------

# A record's reference that carries the year it was made: 2023/698123, LA/20/62385,
# PCR-2024-3676035, COR 2022 647037, WC2021967259 (a prefix, the year, then a serial)
_REFERENCE_PARTS = re.compile(r"[-/ ]")
_YEAR_PART = re.compile(r"[A-Za-z]{0,5}((?:19|20)\d\d)")
_GLUED_YEAR = re.compile(r"[A-Za-z]{1,5}((?:19|20)\d\d)[-/]?\d{3,}")
_GLUED_SHORT_YEAR = re.compile(r"[A-Za-z]{1,5}(\d\d)")  # HCR23 of HCR23-41409
_SERIAL = re.compile(r"\d{3,}[A-Za-z]?")
_PREFIX = re.compile(r"[A-Za-z]{1,6}")
FIRST_STAMP_YEAR = 1980
STAMPED = 0.9  # of a column's distinct values, those that carry a year
MAX_STAMP_YEARS = 20  # years among a column's references: more, and the "years" are chance


def stamped_year(value: str, this_year: int, *, glued_short: bool = False) -> int | None:
    """The year a reference carries, or None: a part of four digits (``2023/698123``,
    ``PCR-2024-3676035``), two digits between a prefix and a serial (``LA/20/62385``), or
    four glued between a prefix and a serial (``WC2021967259``); with ``glued_short``, two
    glued to the prefix before a serial too (``HCR23-41409``), weaker evidence (a series'
    number may be written so)."""
    parts = [part for part in _REFERENCE_PARTS.split(value.strip()) if part]
    if len(parts) < 2:
        glued = _GLUED_YEAR.fullmatch(value.strip())
        year = int(glued.group(1)) if glued else None
    elif not _SERIAL.fullmatch(parts[-1]):
        return None
    else:
        year = None
        for part in parts[:-1]:
            whole = _YEAR_PART.fullmatch(part)
            if whole:
                year = int(whole.group(1))
                break
            if (
                len(part) == 2
                and part.isdigit()
                and len(parts) >= 3
                and _PREFIX.fullmatch(parts[0])
            ):
                year = _century(int(part), this_year)
                break
            short = glued_short and len(parts) == 2
            glued = _GLUED_SHORT_YEAR.fullmatch(part) if short else None
            if glued:
                year = _century(int(glued.group(1)), this_year)
                break
    if year is None or not FIRST_STAMP_YEAR <= year <= this_year + 1:
        return None
    return year


def _century(short: int, this_year: int) -> int:
    """The year of a year's last two digits: this century's up to next year, else the last."""
    return 2000 + short if short <= this_year % 100 + 1 else 1900 + short


# years at least among a column's two digits glued to a prefix (HCR15 to HCR23, PHA23 and
# PHA24): one alone may be any series' number (R24-7561753)
GLUED_YEARS = 2


def year_stamped(
    values: list[str], this_year: int | None = None, *, glued_short: bool = False
) -> bool:
    """Whether a column's (distinct) values are references stamped with the year they were
    made, over a few years: a case's, a claim's, an application's or a notice's number,
    made for a record and not given to a person. Two digits glued to a prefix
    (``glued_short``) are read as years only over two years or more: one alone
    ("R24-7561753") may be any series' number."""
    if len(values) < 5:
        return False
    year = this_year or dt.date.today().year
    years = [stamped_year(value, year, glued_short=glued_short) for value in values]
    stamped = [year for year in years if year is not None]
    if len(stamped) < STAMPED * len(values) or len(set(stamped)) > MAX_STAMP_YEARS:
        return False
    if glued_short and len(set(stamped)) < GLUED_YEARS:
        return year_stamped(values, this_year)  # (as the stricter forms read them)
    return True
