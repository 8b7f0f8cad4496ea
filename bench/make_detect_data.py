"""Make the labelled evaluation set for the detection benchmark (``bench/detect_data/``).

Twelve small tables in the shape of Australian agency extracts, each column labelled
in ``labels.csv`` with the entity type a detector should report and a tier:

* ``direct``     names, contact details, government and account identifiers
* ``quasi``      date of birth, sex, postcode, suburb, state, country of birth
* ``sensitive``  health (ICD-10-AM codes, K10, disability) and Indigenous status
* ``free_text``  notes where some rows hold personal information
* ``none``       not personal: amounts, codes, record ids, business names, aggregates
* ``ambiguous``  depends on context (admission dates, a business's postcode); not scored

The set is made to be hard. Column names are abbreviated (``NM``, ``F1``, ``X_07``),
missing (two headerless files) or misleading (``phone`` holds ANZSIC industry codes,
``card_no`` a Medicare number). Identifiers pass their check digits; decoys do not
(9-digit references that fail the TFN and ACN checks, 11-digit batch numbers that fail
the ABN check). Names come from hand-made lists of multicultural Australian names and
from Faker's non-English locales, never from its en_AU or en_US lists, so a detector
that knows those lists gets no free ride. Aggregate tables, business registers and an
asset register test that postcodes, suburbs and business names are not flagged where
they describe no person.

Run it from the repository root (Faker and pyarrow are needed)::

    python bench/make_detect_data.py                      # rewrite bench/detect_data/
    python bench/make_detect_data.py --out /tmp/detect_data

The same seed, Faker and pyarrow versions give byte-identical files; each table draws
from its own stream derived from the one seed, so changing one table leaves the others.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import random
import sys
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import pyarrow as pa
import pyarrow.parquet as pq
from faker import Faker

HERE = Path(__file__).resolve().parent
_SRC = HERE.parent / "src"
if (_SRC / "minshare").is_dir() and str(_SRC) not in sys.path:
    sys.path.insert(0, str(_SRC))  # prefer this checkout's minshare over an installed one

from minshare.identifiers import (  # noqa: E402
    is_valid_abn,
    is_valid_acn,
    is_valid_crn,
    is_valid_ihi,
    is_valid_medicare,
    is_valid_tfn,
    luhn_ok,
    make_abn,
    make_acn,
    make_crn,
    make_ihi,
    make_medicare,
    make_tfn,
)

SEED = 7_530_419  # not the samples' seed: no value here should repeat one in samples/
OUT = HERE / "detect_data"
LABEL_FIELDS = ("file", "column", "label", "tier", "col_index", "header_in_file", "note")
TIERS = ("direct", "quasi", "sensitive", "free_text", "none", "ambiguous")

T = TypeVar("T")

# -- label and table shapes ------------------------------------------------------------


@dataclass(frozen=True)
class Col:
    """One column: its name (or upstream schema name when headerless) and its label."""

    name: str
    label: str  # an entity type as in DESIGN.md, or NONE
    tier: str
    note: str = ""


@dataclass
class Table:
    file: str
    columns: tuple[Col, ...]
    rows: list[list[object]] = field(default_factory=list)
    header: bool = True

    def add(self, row: Sequence[object]) -> None:
        if len(row) != len(self.columns):
            raise AssertionError(f"{self.file}: row of {len(row)}, want {len(self.columns)}")
        self.rows.append(list(row))


# -- pools -----------------------------------------------------------------------------

# Given names heard in Australian suburbs and absent from Faker's English lists.
GIVEN_F = (
    "Huong", "Phuong", "Ngoc", "Thuy", "Lan", "Xiaoling", "Jiayi", "Yuxin", "Meiling",
    "Anjali", "Kavitha", "Nirmala", "Dilani", "Sita", "Priyanka", "Rania", "Layla",
    "Zainab", "Mariam", "Nadia", "Hodan", "Nyandeng", "Achol", "Amara", "Efua", "Losana",
    "Mele", "Salote", "Aroha", "Eleni", "Despina", "Giuseppina", "Snezana", "Maricel",
    "Rowena", "Seo-yeon", "Ji-woo", "Bronwyn", "Tamsin", "Parisa", "Fatemeh", "Shirin",
)  # fmt: skip
GIVEN_M = (
    "Thanh", "Duc", "Khanh", "Quang", "Bao", "Haoran", "Zihan", "Lei", "Qiang", "Yifan",
    "Deepak", "Sanjeev", "Pradeep", "Suresh", "Tharindu", "Bishnu", "Youssef", "Khalid",
    "Bilal", "Farid", "Hamid", "Garang", "Deng", "Chidi", "Kwame", "Abdirahman", "Sione",
    "Tevita", "Wiremu", "Stavros", "Konstantinos", "Vasilios", "Bojan", "Rodel", "Jhun",
    "Min-jun", "Lachlan", "Ewan", "Reza", "Mehdi", "Dawit", "Tesfaye",
)  # fmt: skip
FAMILY = (
    "Vu", "Dang", "Bui", "Do", "Ngo", "Truong", "Huang", "Zhou", "Xu", "Sun", "Gao", "Luo",
    "Perera", "Fernando", "Jayasuriya", "Wickramasinghe", "Sivakumar", "Krishnan", "Iyer",
    "Reddy", "Gurung", "Thapa", "Shrestha", "Tamang", "Haddad", "Khoury", "Nasser",
    "Saleh", "Mansour", "Rahimi", "Hosseini", "Ahmadi", "Mohammadi", "Garang", "Akol",
    "Mabior", "Okafor", "Adeyemi", "Mensah", "Abdi", "Warsame", "Fifita", "Tupou",
    "Faleolo", "Taufa", "Te Rangi", "Ngata", "Papadakis", "Georgiou", "Nikolovski",
    "Stojanovski", "Petrovic", "Kovacevic", "Bianchi", "Esposito", "Romano", "Dela Cruz",
    "Bautista", "Reyes", "Park", "Choi", "Jung", "Kowalski", "Nowak", "O'Sullivan",
    "MacDonald", "Van der Berg", "Al-Hashimi", "El-Masri", "Abou Chakra", "Tesfaye",
    "Haile", "Gebremariam",
)  # fmt: skip

# Faker locales whose names are in Latin script (or romanised); never en_AU or en_US.
FAKER_LOCALES = (
    "it_IT", "en_IN", "pl_PL", "hr_HR", "tr_TR", "es_MX", "pt_BR", "yo_NG", "ga_IE",
    "zu_ZA", "tw_GH", "zh_CN", "ja_JP", "vi_VN",
)  # fmt: skip
_ROMANISED = ("zh_CN", "ja_JP")
# letters NFKD does not decompose (the dotless i written as an escape for the linter)
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "\u0131": "i", "đ": "d", "Đ": "D", "ø": "o", "ß": "ss"})

# (suburb, state, postcode): real places, none of them in samples/make_samples.py.
PLACES = (
    ("Fairfield", "NSW", "2165"), ("Cabramatta", "NSW", "2166"), ("Lakemba", "NSW", "2195"),
    ("Hurstville", "NSW", "2220"), ("Chatswood", "NSW", "2067"), ("Manly", "NSW", "2095"),
    ("Bathurst", "NSW", "2795"), ("Goulburn", "NSW", "2580"), ("Armidale", "NSW", "2350"),
    ("Grafton", "NSW", "2460"), ("Merrylands", "NSW", "2160"), ("Rooty Hill", "NSW", "2766"),
    ("Springvale", "VIC", "3171"), ("Box Hill", "VIC", "3128"), ("Glenroy", "VIC", "3046"),
    ("Noble Park", "VIC", "3174"), ("Coburg", "VIC", "3058"), ("Hoppers Crossing", "VIC", "3029"),
    ("Wodonga", "VIC", "3690"), ("Sale", "VIC", "3850"), ("Horsham", "VIC", "3400"),
    ("Sunnybank", "QLD", "4109"), ("Springwood", "QLD", "4127"), ("Beenleigh", "QLD", "4207"),
    ("Gladstone", "QLD", "4680"), ("Emerald", "QLD", "4720"), ("Bowen", "QLD", "4805"),
    ("Gympie", "QLD", "4570"), ("Mawson Lakes", "SA", "5095"), ("Modbury", "SA", "5092"),
    ("Gawler", "SA", "5118"), ("Victor Harbor", "SA", "5211"), ("Port Lincoln", "SA", "5606"),
    ("Balga", "WA", "6061"), ("Cannington", "WA", "6107"), ("Kwinana", "WA", "6167"),
    ("Albany", "WA", "6330"), ("Karratha", "WA", "6714"), ("Busselton", "WA", "6280"),
    ("Moonah", "TAS", "7009"), ("Sorell", "TAS", "7172"), ("Smithton", "TAS", "7330"),
    ("Karama", "NT", "0812"), ("Humpty Doo", "NT", "0836"), ("Jabiru", "NT", "0886"),
    ("Yulara", "NT", "0872"), ("Holt", "ACT", "2615"), ("Dickson", "ACT", "2602"),
    ("Tuggeranong", "ACT", "2901"),
)  # fmt: skip
AREA_CODE = {"NSW": "02", "ACT": "02", "VIC": "03", "TAS": "03", "QLD": "07"}  # else 08

STREETS = (
    "Wentworth", "Canterbury", "Sturt", "Stirling", "Brunswick", "Lygon", "Gouger",
    "Hindley", "Wakefield", "Rundle", "Beaufort", "Hay", "Murray", "Flemington",
    "Ipswich", "Logan", "Gympie", "Cavendish", "Liverpool", "Botany", "Illawarra",
    "Kingsway", "Nepean", "Jersey", "Bungaree", "Yarra", "Koornang", "Dandenong",
    "Moorabool", "Tamar", "Sandgate", "Boronia", "Grevillea", "Kurrajong", "Coolabah",
    "Bottlebrush", "Ironbark", "Mulga", "Saltbush", "Lilly Pilly",
)  # fmt: skip
STREET_TYPES = (
    ("Street", "St"), ("Road", "Rd"), ("Avenue", "Ave"), ("Crescent", "Cres"),
    ("Drive", "Dr"), ("Court", "Ct"), ("Parade", "Pde"), ("Close", "Cl"),
    ("Circuit", "Cct"), ("Grove", "Gr"), ("Lane", "Ln"), ("Boulevard", "Blvd"),
)  # fmt: skip

EMAIL_DOMAINS = (
    "gmail.com", "outlook.com.au", "yahoo.com", "proton.me", "icloud.com",
    "internode.on.net", "westnet.com.au", "dodo.com.au", "y7mail.com", "aussiebb.com.au",
)  # fmt: skip

# ANZSIC 2006 classes: four digits, leading zeros kept, and many look like postcodes.
ANZSIC = (
    "0111", "0141", "0160", "1111", "1174", "1811", "3011", "3101", "3232", "3911",
    "4110", "4211", "4511", "4512", "4513", "4520", "4610", "5101", "5420", "6932",
    "6962", "7000", "7220", "7291", "7311", "7711", "8010", "8401", "8512", "8531",
    "8601", "8710", "9511", "9531", "9539",
)  # fmt: skip

ICD10 = (
    "E11.9", "I10", "J45.9", "F33.1", "C50.9", "O80", "Z51.1", "K21.9", "M54.5",
    "S52.50", "N18.4", "G40.9", "F20.0", "T40.2", "R69", "I25.10", "J44.9", "K57.30",
    "L40.0", "F43.1", "E66.9", "B20", "A09.9", "Z38.0", "F10.2", "M17.0", "H40.1",
    "I63.4", "C61", "D50.9", "N39.0", "R51", "S06.0", "O99.4", "F84.0", "G35",
)  # fmt: skip

COUNTRY_OF_BIRTH = (
    ("Australia", 62.0), ("Viet Nam", 4.0), ("India", 5.0),
    ("China (excludes SARs and Taiwan)", 4.0), ("New Zealand", 3.0), ("Philippines", 3.0),
    ("South Sudan", 1.0), ("Lebanon", 1.5), ("Greece", 1.5), ("Italy", 1.5),
    ("England", 3.0), ("Sri Lanka", 2.0), ("Nepal", 2.0), ("Afghanistan", 1.0),
    ("Tonga", 1.0), ("Samoa", 1.0), ("North Macedonia", 1.0), ("Iran", 1.5),
)  # fmt: skip

# -- small helpers ---------------------------------------------------------------------


def weighted(rng: random.Random, items: Sequence[tuple[T, float]]) -> T:
    return rng.choices([i for i, _ in items], weights=[w for _, w in items])[0]


def maybe(rng: random.Random, p_blank: float, value: T) -> T | None:
    """``value``, or None with probability ``p_blank``."""
    return None if rng.random() < p_blank else value


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def fold(text: str) -> str:
    """ASCII as a legacy system would store it: ``Nguyễn`` becomes ``Nguyen``."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in decomposed if ch.isascii())


def day_between(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return dt.date.fromordinal(rng.randint(first.toordinal(), last.toordinal()))


def moment_between(rng: random.Random, first: dt.date, last: dt.date) -> dt.datetime:
    day = day_between(rng, first, last)
    return dt.datetime(day.year, day.month, day.day, rng.randint(7, 19), rng.randrange(60))


def new_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


class Names:
    """Given and family names from hand-made lists and from non-English Faker locales."""

    def __init__(self, seed: int) -> None:
        self._fakers: dict[str, Faker] = {}
        for i, locale in enumerate(FAKER_LOCALES):
            fake = Faker(locale)
            fake.seed_instance(seed + i)
            self._fakers[locale] = fake

    def person(self, rng: random.Random, sex: str) -> tuple[str, str]:
        if sex not in ("M", "F"):
            sex = rng.choice("MF")
        if rng.random() < 0.55:
            given = rng.choice(GIVEN_F if sex == "F" else GIVEN_M)
            family = rng.choice(FAMILY)
        else:
            locale = rng.choice(FAKER_LOCALES)
            fake = self._fakers[locale]
            if locale in _ROMANISED:
                given, family = fake.first_romanized_name(), fake.last_romanized_name()
            elif locale == "vi_VN":  # its given-name list is English; keep the surname
                given, family = rng.choice(GIVEN_F if sex == "F" else GIVEN_M), fake.last_name()
            else:
                given = fake.first_name_female() if sex == "F" else fake.first_name_male()
                family = fake.last_name()
        if rng.random() < 0.6:  # most agency systems still strip diacritics
            given, family = fold(given), fold(family)
        if rng.random() < 0.05:
            family = f"{family}-{rng.choice(FAMILY)}"
        return given, family


def render_name(rng: random.Random, given: str, family: str, style: str) -> str:
    """A name as one column holds it, in one of the styles agency systems use."""
    if style == "given family":
        return f"{given} {family}"
    if style == "FAMILY, Given":
        return f"{family.upper()}, {given}"
    if style == "FAMILY G":
        return f"{family.upper()} {given[0].upper()}"
    if style == "G FAMILY":
        return f"{given[0].upper()} {family.upper()}"
    if style == "titled":
        title = rng.choice(("Mr", "Ms", "Mrs", "Dr", "Mx", "Prof"))
        return f"{title} {given} {family}"
    raise AssertionError(style)


def street_line(rng: random.Random) -> str:
    """A street line with the unit, level and lot forms real addresses have."""
    full, short = rng.choice(STREET_TYPES)
    number = 1 + int(rng.expovariate(1 / 40))
    street = f"{number} {rng.choice(STREETS)} {short if rng.random() < 0.5 else full}"
    roll = rng.random()
    if roll < 0.12:
        return f"Unit {rng.randint(1, 40)}, {street}"
    if roll < 0.24:
        return f"{rng.randint(1, 40)}/{street}"
    if roll < 0.30:
        return f"Level {rng.randint(1, 12)}, {street}"
    if roll < 0.34:
        return f"U {rng.randint(1, 9)} {street}".upper()
    if roll < 0.37:
        return f"Lot {rng.randint(1, 300)} {rng.choice(STREETS)} {full}"
    if roll < 0.40:
        return f"PO Box {rng.randint(10, 9999)}"
    if roll < 0.45:
        return street.upper()
    return street


def place(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(PLACES)


def mobile(rng: random.Random) -> str:
    """An Australian mobile as its digits, ``04`` and eight more."""
    return "04" + digits(rng, 8)


def format_mobile(rng: random.Random, number: str) -> str:
    rest = number[1:]
    style = rng.randrange(6)
    if style == 0:
        return f"{number[:4]} {number[4:7]} {number[7:]}"
    if style == 1:
        return number
    if style == 2:
        return f"+61 {rest[:3]} {rest[3:6]} {rest[6:]}"
    if style == 3:
        return f"+61{rest}"
    if style == 4:
        return f"61{rest}"
    return f"({number[:2]}) {number[2:6]} {number[6:]}"


def landline(rng: random.Random, state: str) -> str:
    area = AREA_CODE.get(state, "08")
    local = str(rng.randint(5, 9)) + digits(rng, 7)
    style = rng.randrange(4)
    if style == 0:
        return f"({area}) {local[:4]} {local[4:]}"
    if style == 1:
        return f"{area} {local[:4]} {local[4:]}"
    if style == 2:
        return f"+61 {area[1]} {local[:4]} {local[4:]}"
    return area + local


def email_for(rng: random.Random, given: str, family: str, domain: str | None = None) -> str:
    g = "".join(ch for ch in fold(given).lower() if ch.isalnum())
    f = "".join(ch for ch in fold(family).lower() if ch.isalnum())
    local = rng.choice(
        (f"{g}.{f}", f"{g}{f}", f"{g[0]}{f}", f"{g}_{f}{rng.randint(1, 99)}", f"{f}{g[0]}")
    )
    return f"{local}@{domain or rng.choice(EMAIL_DOMAINS)}"


def birth_date(rng: random.Random, youngest: int, oldest: int) -> dt.date:
    as_of = dt.date(2025, 7, 1)
    age = rng.randint(youngest, oldest)
    latest = as_of.replace(year=as_of.year - age)
    return latest - dt.timedelta(days=rng.randrange(365))


def group_spaced(number: str, sizes: Sequence[int]) -> str:
    parts, start = [], 0
    for size in sizes:
        parts.append(number[start : start + size])
        start += size
    return " ".join(parts)


def tfn_text(rng: random.Random) -> str:
    tfn = make_tfn(rng)
    return rng.choice((group_spaced(tfn, (3, 3, 3)), tfn, f"{tfn[:3]}-{tfn[3:6]}-{tfn[6:]}"))


def crn_text(rng: random.Random) -> str:
    crn = make_crn(rng)
    return group_spaced(crn, (3, 3, 4)) if rng.random() < 0.4 else crn


def ihi_text(rng: random.Random) -> str:
    ihi = make_ihi(rng)
    return group_spaced(ihi, (4, 4, 4, 4)) if rng.random() < 0.7 else ihi


def abn_text(rng: random.Random, abn: str | None = None) -> str:
    abn = abn or make_abn(rng)
    return group_spaced(abn, (2, 3, 3, 3)) if rng.random() < 0.5 else abn


def failing_digits(rng: random.Random, n: int) -> str:
    """``n`` digits that pass none of the checks a detector might try (TFN, ACN, ABN,
    Medicare, Luhn): a reference number, not an identifier."""
    while True:
        value = str(rng.randint(1, 9)) + digits(rng, n - 1)
        checks = (is_valid_tfn, is_valid_acn, is_valid_abn, is_valid_medicare, luhn_ok)
        if not any(check(value) for check in checks) and not value.startswith(("04", "61")):
            return value


def client_ref(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") + digits(rng, 7)


def bsb(rng: random.Random) -> str:
    bank = rng.choice(("012", "032", "062", "063", "082", "083", "112", "484", "633", "732"))
    number = bank + digits(rng, 3)
    return f"{number[:3]}-{number[3:]}" if rng.random() < 0.7 else number


def account_number(rng: random.Random) -> str:
    return digits(rng, rng.choice((6, 8, 8, 9, 9)))


def card_number(rng: random.Random) -> str:
    """A Luhn-valid Visa, Mastercard or Amex number, spaced or not."""
    kind = rng.random()
    if kind < 0.5:
        head, length = "4" + digits(rng, 5), 16
    elif kind < 0.85:
        head, length = str(rng.randint(51, 55)) + digits(rng, 4), 16
    else:
        head, length = rng.choice(("34", "37")) + digits(rng, 4), 15
    body = head + digits(rng, length - len(head) - 1)
    number = next(body + str(d) for d in range(10) if luhn_ok(body + str(d)))
    if rng.random() < 0.5:
        return number
    sizes = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
    return group_spaced(number, sizes)


def drivers_licence(rng: random.Random, state: str) -> str:
    if state in ("SA", "TAS"):
        return rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 5)
    length = {"NSW": 8, "VIC": 9, "QLD": 9, "WA": 7, "ACT": 10, "NT": 7}[state]
    return digits(rng, length)


def passport(rng: random.Random) -> str:
    prefix = rng.choice(("PA", "PB", "PC", "PD", "PE", "N", "E", "R"))
    return prefix + digits(rng, 7)


def ip_address(rng: random.Random) -> str:
    if rng.random() < 0.12:
        return "2001:" + ":".join(f"{rng.getrandbits(16):x}" for _ in range(7))
    first = rng.choice((1, 27, 49, 58, 101, 110, 118, 120, 121, 124, 144, 150, 180, 203))
    return f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randint(1, 254)}"


def icd10(rng: random.Random) -> str:
    code = rng.choice(ICD10)
    return code.replace(".", "") if rng.random() < 0.3 else code


def amount(rng: random.Random, low: float, high: float) -> str:
    return f"{rng.uniform(low, high):.2f}"


# -- a person ------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    sex: str  # F, M or X
    dob: dt.date
    street: str
    suburb: str
    state: str
    pcode: str
    mobile: str  # digits
    email: str


def new_person(rng: random.Random, names: Names, youngest: int = 16, oldest: int = 92) -> Person:
    sex = weighted(rng, (("F", 50.5), ("M", 48.5), ("X", 1.0)))
    given, family = names.person(rng, sex)
    suburb, state, pcode = place(rng)
    return Person(
        given=given,
        family=family,
        sex=sex,
        dob=birth_date(rng, youngest, oldest),
        street=street_line(rng),
        suburb=suburb,
        state=state,
        pcode=pcode,
        mobile=mobile(rng),
        email=email_for(rng, given, family),
    )


# -- free text -------------------------------------------------------------------------

NOTES_PLAIN = (
    "Review completed; no change to entitlement.",
    "Income estimate updated from the latest payslips.",
    "Rent certificate received and recorded.",
    "Appointment moved to next Tuesday at the client's request.",
    "Debt of $240.00 raised; repayment plan agreed at $15 per fortnight.",
    "Interpreter booked for the next interview.",
    "Medical certificate valid until end of month.",
    "Job plan signed; two activities per fortnight.",
    "Claim on hold pending proof of identity.",
    "Referred to emergency relief provider.",
    "Reporting obligations explained over the phone.",
    "Letter returned to sender; address to be confirmed.",
    "Payment nomination changed as requested.",
    "No further action required.",
    "Hardship assessment completed, not eligible at this time.",
)
NOTES_PII = (
    "Called client on {mobile} re overdue review; left a voicemail.",
    "Client's daughter {other} ({mobile2}) is now the correspondence nominee.",
    "Emailed the payment statement to {email} as requested.",
    "New address supplied: {street}, {suburb} {state} {pcode}.",
    "Medicare card {medicare} sighted at the service centre.",
    "Identity confirmed with {other}; date of birth {dob} matches our record.",
    "{other} rang from {landline} to report the client is in hospital.",
    "Client asked that {other} at {email2} be copied into letters.",
    "Tenancy manager {other} confirmed the lease at {street}.",
)
SURVEY_PLAIN = (
    "The wait at the service centre was far too long.",
    "Staff were friendly and explained everything.",
    "The online form kept timing out.",
    "I could not find the right phone line for my question.",
    "Great improvement since last year.",
    "Letters are confusing and use too much jargon.",
    "Please extend the opening hours on Saturdays.",
    "Nothing to add.",
    "The app works well on my phone.",
    "More interpreters would help people in my community.",
)
SURVEY_PII = (
    "Please call me back on {mobile}, nobody has replied in weeks.",
    "My case worker {other} was fantastic, please pass on my thanks.",
    "I live at {street} and the nearest office is two buses away.",
    "You can email me at {email} about this.",
    "I am {given} {family} and I was told my claim was lost twice.",
)
PROJECT_DESC = (
    "Upgrade of the community hall kitchen to commercial standard.",
    "Youth mentoring across three regional high schools.",
    "Solar panels and battery storage for the volunteer fire brigade shed.",
    "Digital literacy classes for seniors at the local library.",
    "Restoration of the heritage-listed band rotunda.",
    "Bush regeneration along 4 km of creek corridor.",
    "Accessible playground equipment for the town park.",
    "Mobile health screening van for remote communities.",
    "Expansion of the community garden and composting program.",
    "Translation of council service guides into six languages.",
)


def note_with_pii(rng: random.Random, names: Names, templates: Sequence[str], p: Person) -> str:
    other_given, other_family = names.person(rng, rng.choice("MF"))
    other_mobile = mobile(rng)
    other_email = email_for(rng, other_given, other_family)
    medicare = make_medicare(rng, with_irn=False)
    return rng.choice(templates).format(
        mobile=format_mobile(rng, p.mobile),
        mobile2=format_mobile(rng, other_mobile),
        landline=landline(rng, p.state),
        email=p.email,
        email2=other_email,
        other=f"{other_given} {other_family}",
        given=p.given,
        family=p.family,
        street=p.street,
        suburb=p.suburb,
        state=p.state,
        pcode=p.pcode,
        medicare=group_spaced(medicare, (4, 5, 1)),
        dob=p.dob.strftime("%d/%m/%Y"),
    )


# -- the tables ------------------------------------------------------------------------

D, Q, S, F, N, A = "direct", "quasi", "sensitive", "free_text", "none", "ambiguous"


def client_extract(rng: random.Random, names: Names) -> Table:
    """A payments-system client extract with abbreviated and misleading column names."""
    table = Table(
        "client_extract.csv",
        (
            Col("CLIENT_REF", "ID", D, "opaque per-person reference, letter and 7 digits"),
            Col("NM", "PERSON", D, "'FAMILY, Given' and other styles"),
            Col("F1", "DATE_OF_BIRTH", Q, "DD/MM/YYYY under an opaque name"),
            Col("SX", "GENDER", Q, "M/F/X/U"),
            Col("TAX_FILE", "AU_TFN", D, "valid TFNs in three formats, 20% blank"),
            Col("CUST_NO", "AU_CRN", D, "valid CRNs, some spaced"),
            Col("X_07", "PHONE_NUMBER", D, "mobiles in six formats, some landlines"),
            Col("ADDR_LN1", "ADDRESS", D, "unit, level, lot and PO Box forms"),
            Col("LOC", "LOCATION", Q, "suburb, upper case"),
            Col("ST", "LOCATION", Q, "state of residence"),
            Col("PC", "AU_POSTCODE", Q, "includes NT 08xx"),
            Col("phone", "NONE", N, "decoy: ANZSIC industry codes under the name 'phone'"),
            Col("PMT_DT", "NONE", N, "payment date, not a date of birth"),
            Col("AMT", "NONE", N, "payment amount"),
            Col("INDIG_CD", "ETHNICITY", S, "Indigenous status codes 1-4, 9"),
            Col("STAT_CD", "NONE", N, "decoy: small integer status codes"),
        ),
    )
    first, last = dt.date(2025, 7, 1), dt.date(2026, 6, 30)
    while len(table.rows) < 1200:
        p = new_person(rng, names)
        ref, tfn, crn = client_ref(rng), maybe(rng, 0.2, tfn_text(rng)), crn_text(rng)
        phone = landline(rng, p.state) if rng.random() < 0.08 else format_mobile(rng, p.mobile)
        style = weighted(rng, (("FAMILY, Given", 6), ("given family", 3), ("FAMILY G", 1)))
        name = render_name(rng, p.given, p.family, style)
        indig = weighted(rng, (("1", 3.5), ("2", 0.4), ("3", 0.4), ("4", 88.0), ("9", 7.7)))
        industry = maybe(rng, 0.4, rng.choice(ANZSIC))
        for _ in range(weighted(rng, ((1, 70), (2, 20), (3, 10)))):
            status = weighted(rng, ((1, 60), (2, 20), (3, 8), (4, 6), (5, 4), (6, 2)))
            table.add(
                [
                    ref, name, p.dob.strftime("%d/%m/%Y"),
                    p.sex if rng.random() > 0.02 else "U",
                    tfn, crn, phone, p.street, p.suburb.upper(), p.state, p.pcode, industry,
                    day_between(rng, first, last).strftime("%d/%m/%Y"),
                    amount(rng, 40, 1200), indig, str(status),
                ]
            )  # fmt: skip
    del table.rows[1200:]
    return table


def hospital_separations(rng: random.Random, names: Names) -> Table:
    """Admitted patient separations, AIHW codes and ICD-10-AM diagnoses, CRLF line ends."""
    table = Table(
        "hospital_separations.csv",
        (
            Col("EPISODE_ID", "NONE", N, "episode (record) number, sequential"),
            Col("MRN", "ID", D, "hospital medical record number, 7 digits"),
            Col("IHI", "AU_IHI", D, "valid IHIs, mostly spaced 4-4-4-4, 15% blank"),
            Col("MCARE", "AU_MEDICARE", D, "valid Medicare number with IRN, 11 digits"),
            Col("PAT_GN", "PERSON", D, "given name"),
            Col("PAT_FN", "PERSON", D, "family name, upper case"),
            Col("DOB", "DATE_OF_BIRTH", Q, "ISO dates, ages 0-100"),
            Col("SEX", "GENDER", Q, "AIHW codes 1, 2, 3, 9"),
            Col("PCODE", "AU_POSTCODE", Q, ""),
            Col("COB", "ETHNICITY", S, "country of birth: cultural and linguistic background"),
            Col("INDIG", "ETHNICITY", S, "AIHW Indigenous status in words"),
            Col("ADM_DT", "DATE_TIME", A, "admission time: an event date of a person"),
            Col("SEP_DT", "DATE_TIME", A, "separation date"),
            Col("DX1", "HEALTH", S, "ICD-10-AM principal diagnosis, some without the dot"),
            Col("DX2", "HEALTH", S, "additional diagnosis, half blank"),
            Col("LOS", "NONE", N, "length of stay in days"),
            Col("WARD", "NONE", N, ""),
            Col("CARE_TYPE", "NONE", N, "small integer codes"),
        ),
    )
    indig_words = (
        ("Aboriginal but not Torres Strait Islander origin", 4.0),
        ("Torres Strait Islander but not Aboriginal origin", 0.5),
        ("Both Aboriginal and Torres Strait Islander origin", 0.5),
        ("Neither Aboriginal nor Torres Strait Islander origin", 88.0),
        ("Not stated/inadequately described", 7.0),
    )
    wards = ("4 North", "Cardiac Care", "Birthing Suite", "Short Stay Unit", "Renal", "7B Ortho")
    episode = 5_400_001
    while len(table.rows) < 1000:
        p = new_person(rng, names, 0, 100)
        mrn, ihi = digits(rng, 7), maybe(rng, 0.15, ihi_text(rng))
        mcare = maybe(rng, 0.1, make_medicare(rng, with_irn=True))
        sex = {"M": "1", "F": "2", "X": "3"}[p.sex] if rng.random() > 0.02 else "9"
        cob, indig = weighted(rng, COUNTRY_OF_BIRTH), weighted(rng, indig_words)
        for _ in range(weighted(rng, ((1, 75), (2, 15), (3, 10)))):
            admitted = moment_between(rng, dt.date(2024, 7, 1), dt.date(2025, 6, 30))
            los = min(60, int(rng.expovariate(1 / 3)))
            table.add(
                [
                    str(episode), mrn, ihi, mcare, p.given, p.family.upper(),
                    p.dob.isoformat(), sex, p.pcode, cob, indig,
                    admitted.strftime("%Y-%m-%d %H:%M"),
                    (admitted.date() + dt.timedelta(days=los)).isoformat(),
                    icd10(rng), maybe(rng, 0.5, icd10(rng)), str(los), rng.choice(wards),
                    weighted(rng, (("1", 85), ("2", 6), ("3", 4), ("4", 3), ("5", 2))),
                ]
            )  # fmt: skip
            episode += rng.randint(1, 40)
    del table.rows[1000:]
    return table


def business_register(rng: random.Random, names: Names) -> Table:
    """A business register: mostly not personal, but a public officer is a person."""
    table = Table(
        "business_register.csv",
        (
            Col("ABN", "AU_ABN", D, "valid ABNs; a sole trader's ABN identifies a person"),
            Col("ACN", "AU_ACN", D, "valid ACNs for companies; DESIGN: government id"),
            Col("ENTITY_NM", "NONE", N, "decoy: business names, many built on surnames"),
            Col("ENTITY_TYPE", "NONE", N, "ABR entity type codes"),
            Col("PUBLIC_OFFICER", "PERSON", D, "contact person"),
            Col("ANZSIC", "NONE", N, "industry codes"),
            Col("REG_TS", "NONE", N, "registration timestamp"),
            Col("GST_FROM", "NONE", N, "GST registration date"),
            Col("BUS_PCODE", "AU_POSTCODE", A, "business location; often a sole trader's home"),
            Col("EMP_CNT", "NONE", N, ""),
            Col("BATCH_NO", "NONE", N, "decoy: 11 digits that fail the ABN check"),
        ),
    )
    trades = (
        "Plumbing", "Electrical", "Bakery", "Mobile Mechanics", "Cleaning Services",
        "Accounting", "Landscaping", "Physiotherapy", "Cafe", "Transport", "Tiling",
    )  # fmt: skip
    for _ in range(800):
        p = new_person(rng, names, 22, 75)
        kind = weighted(rng, (("IND", 40), ("PRV", 40), ("TRT", 12), ("PTR", 6), ("PUB", 2)))
        trade = rng.choice(trades)
        acn = make_acn(rng) if kind in ("PRV", "PUB") else None
        # many business names are built on a surname; they still name no person
        owner = p.family if rng.random() < 0.55 else rng.choice(STREETS)
        if kind == "IND":
            entity = f"{owner}'s {trade}" if owner == p.family else f"{owner} {trade}"
        elif kind == "TRT":
            entity = f"The Trustee for the {p.family} Family Trust"
        elif kind == "PTR":
            entity = f"{p.family} & {rng.choice(FAMILY)} {trade}"
        else:
            entity = f"{owner} {trade} Pty Ltd"
        registered = moment_between(rng, dt.date(2000, 1, 1), dt.date(2025, 12, 31))
        gst = maybe(rng, 0.35, registered.date().replace(day=1).strftime("%d/%m/%Y"))
        table.add(
            [
                abn_text(rng), group_spaced(acn, (3, 3, 3)) if acn else None, entity.upper(),
                kind, maybe(rng, 0.1, f"{p.given} {p.family}"), rng.choice(ANZSIC),
                registered.isoformat(), gst, p.pcode,
                str(0 if kind == "IND" else int(rng.expovariate(1 / 12))),
                failing_digits(rng, 11),
            ]
        )  # fmt: skip
    return table


def grants_by_postcode(rng: random.Random, names: Names) -> Table:
    """Aggregate statistics: counts and means by postcode, age group and sex."""
    del names
    note = "aggregate table: describes a cell of counts, not a person"
    table = Table(
        "grants_by_postcode.csv",
        (
            Col("FIN_YR", "NONE", N, ""),
            Col("PROGRAM", "NONE", N, ""),
            Col("PCODE", "NONE", N, note),
            Col("AGE_GRP", "NONE", N, note),
            Col("SEX", "NONE", N, f"Males/Females/Persons; {note}"),
            Col("N_RECIP", "NONE", N, "counts, small cells suppressed as <5"),
            Col("MEAN_PMT", "NONE", N, ""),
            Col("MEDIAN_PMT", "NONE", N, ""),
        ),
    )
    postcodes = sorted({pc for _, _, pc in rng.sample(PLACES, 20)})
    for program in ("Carer Allowance", "Youth Allowance (student)"):
        for pcode in postcodes:
            for group in ("15-24", "25-34", "35-44", "45-54", "55-64", "65+"):
                persons = 0
                for sex in ("Males", "Females", "Persons"):
                    count = persons if sex == "Persons" else int(rng.expovariate(1 / 40))
                    persons += count if sex != "Persons" else 0
                    mean = rng.uniform(180, 900)
                    table.add(
                        [
                            "2024-25", program, pcode, group, sex,
                            "<5" if 0 < count < 5 else str(count),
                            f"{mean:.2f}" if count >= 5 else None,
                            f"{mean * rng.uniform(0.85, 1.05):.2f}" if count >= 5 else None,
                        ]
                    )  # fmt: skip
    return table


def staff_directory(rng: random.Random, names: Names) -> Table:
    """An HR and payroll extract as JSON Lines, with JSON numbers and nulls."""
    table = Table(
        "staff_directory.jsonl",
        (
            Col("IDENT", "ID", D, "AGS staff number, 8 digits"),
            Col("nm", "PERSON", D, ""),
            Col("email", "EMAIL_ADDRESS", D, "work e-mail"),
            Col("ph", "PHONE_NUMBER", D, "work landline"),
            Col("mob", "PHONE_NUMBER", D, "40% null"),
            Col("classification", "NONE", N, ""),
            Col("branch", "NONE", N, ""),
            Col("start_date", "NONE", N, ""),
            Col("dob", "DATE_OF_BIRTH", Q, "ISO dates"),
            Col("gender", "GENDER", Q, "female/male/non-binary, some null"),
            Col("bsb", "AU_BSB", D, ""),
            Col("acct", "BANK_ACCOUNT", D, "6-9 digits"),
            Col("passport_no", "AU_PASSPORT", D, "official travel, half null"),
            Col("nok_name", "PERSON", D, "next of kin"),
            Col("nok_ph", "PHONE_NUMBER", D, "next of kin phone"),
            Col("fte", "NONE", N, "JSON numbers"),
            Col("clearance", "NONE", N, ""),
        ),
    )
    classes = ("APS 3", "APS 4", "APS 5", "APS 6", "EL 1", "EL 2", "SES Band 1")
    branches = (
        "Payments Policy", "Digital Delivery", "Data and Analytics", "Legal Services",
        "People and Culture", "Regional Operations",
    )  # fmt: skip
    used: set[str] = set()
    for _ in range(400):
        p = new_person(rng, names, 19, 66)
        email = email_for(rng, p.given, p.family, "agency.gov.au")
        while email in used:
            email = email.replace("@", str(rng.randint(1, 9)) + "@", 1)
        used.add(email)
        kin_given, kin_family = names.person(rng, rng.choice("MF"))
        local = f"6{rng.randint(100, 299)} {digits(rng, 4)}"
        table.add(
            [
                digits(rng, 8), f"{p.given} {p.family}", email,
                f"(02) {local}" if rng.random() < 0.7 else f"+61 2 {local}",
                maybe(rng, 0.4, format_mobile(rng, p.mobile)), rng.choice(classes),
                rng.choice(branches) + " Branch",
                day_between(rng, dt.date(2005, 1, 1), dt.date(2025, 12, 1)).isoformat(),
                p.dob.isoformat(),
                maybe(rng, 0.05, {"F": "female", "M": "male", "X": "non-binary"}[p.sex]),
                bsb(rng), account_number(rng), maybe(rng, 0.5, passport(rng)),
                f"{kin_given} {kin_family}", format_mobile(rng, mobile(rng)),
                rng.choice((1.0, 1.0, 1.0, 0.8, 0.6, 0.5)),
                rng.choice(("Baseline", "Baseline", "NV1", "NV2")),
            ]
        )  # fmt: skip
    return table


def case_notes(rng: random.Random, names: Names) -> Table:
    """Case notes as Parquet with typed columns (date32, int64, float64, bool)."""
    table = Table(
        "case_notes.parquet",
        (
            Col("case_id", "NONE", N, "int64 record id"),
            Col("client_ref", "ID", D, "same shape as client_extract.CLIENT_REF"),
            Col("note_dt", "NONE", N, "date32, recent"),
            Col("DT2", "DATE_OF_BIRTH", Q, "date32 date of birth under an opaque name"),
            Col("card_no", "AU_MEDICARE", D, "int64 Medicare numbers (10 digits, no IRN)"),
            Col("team", "NONE", N, ""),
            Col("note_txt", "FREE_TEXT", F, "about 40% of notes name or contact someone"),
            Col("outcome_txt", "NONE", N, "decoy: free text with amounts and dates, no PII"),
            Col("risk_score", "NONE", N, "float64"),
            Col("open", "NONE", N, "bool"),
        ),
    )
    teams = ("Intake", "Complex Assessment", "Youth", "Remote Services", "Debt Recovery")
    for case_id in range(30_001, 30_901):
        p = new_person(rng, names)
        note = (
            note_with_pii(rng, names, NOTES_PII, p)
            if rng.random() < 0.4
            else rng.choice(NOTES_PLAIN)
        )
        outcome = rng.choice(NOTES_PLAIN)
        if rng.random() < 0.3:
            paid = day_between(rng, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
            outcome = f"Payment of ${amount(rng, 50, 900)} issued on {paid:%d/%m/%Y}."
        table.add(
            [
                case_id, client_ref(rng),
                day_between(rng, dt.date(2024, 1, 1), dt.date(2026, 3, 31)), p.dob,
                int(make_medicare(rng, with_irn=False)), rng.choice(teams), note, outcome,
                round(rng.betavariate(2, 5), 4), rng.random() < 0.3,
            ]
        )  # fmt: skip
    return table


def payments_headerless(rng: random.Random, names: Names) -> Table:
    """A payment file with no header row; the names come from the upstream layout."""
    table = Table(
        "payments_headerless.csv",
        (
            Col("PAYEE_CRN", "AU_CRN", D, "headerless"),
            Col("PAYEE_NM", "PERSON", D, "'TRAN M' and 'Tran, Minh' styles"),
            Col("BSB", "AU_BSB", D, ""),
            Col("ACCT_NO", "BANK_ACCOUNT", D, ""),
            Col("AMT", "NONE", N, ""),
            Col("PAY_DT", "NONE", N, "YYYYMMDD payment date"),
            Col("PAY_TYPE", "NONE", N, "small integer codes"),
            Col("REF", "NONE", N, "decoy: 9 digits failing the TFN and ACN checks"),
            Col("CHANNEL", "NONE", N, ""),
        ),
        header=False,
    )
    for _ in range(800):
        p = new_person(rng, names)
        style = weighted(rng, (("FAMILY G", 5), ("FAMILY, Given", 3), ("given family", 2)))
        paid = day_between(rng, dt.date(2025, 7, 1), dt.date(2026, 6, 30))
        table.add(
            [
                crn_text(rng), render_name(rng, p.given, p.family, style), bsb(rng),
                account_number(rng), amount(rng, 20, 1500), paid.strftime("%Y%m%d"),
                str(rng.randint(1, 8)), failing_digits(rng, 9),
                weighted(rng, (("EFT", 85), ("BPAY", 10), ("CHQ", 5))),
            ]
        )  # fmt: skip
    return table


def contacts_headerless(rng: random.Random, names: Names) -> Table:
    """A contact list with no header row."""
    table = Table(
        "contacts_headerless.csv",
        (
            Col("REC_NO", "NONE", N, "headerless; row number"),
            Col("FULL_NAME", "PERSON", D, ""),
            Col("EMAIL", "EMAIL_ADDRESS", D, ""),
            Col("PHONE", "PHONE_NUMBER", D, "mobiles and landlines"),
            Col("STREET", "ADDRESS", D, ""),
            Col("SUBURB", "LOCATION", Q, ""),
            Col("STATE", "LOCATION", Q, ""),
            Col("PCODE", "AU_POSTCODE", Q, ""),
            Col("DOB", "DATE_OF_BIRTH", Q, "D/MM/YYYY"),
            Col("GENDER", "GENDER", Q, "Male/Female"),
            Col("CONSENT", "NONE", N, "Y/N"),
        ),
        header=False,
    )
    for rec in range(1, 601):
        p = new_person(rng, names)
        phone = landline(rng, p.state) if rng.random() < 0.3 else format_mobile(rng, p.mobile)
        style = weighted(rng, (("given family", 8), ("titled", 2)))
        table.add(
            [
                str(rec), render_name(rng, p.given, p.family, style),
                maybe(rng, 0.1, p.email), phone, p.street, p.suburb, p.state, p.pcode,
                f"{p.dob.day}/{p.dob.month:02d}/{p.dob.year}",
                {"F": "Female", "M": "Male"}.get(p.sex, "Other"), rng.choice("YYYN"),
            ]
        )  # fmt: skip
    return table


STATUSES = (("Submitted", 4.0), ("Under assessment", 3.0), ("Funded", 2.0), ("Declined", 2.0))


def grant_applications(rng: random.Random, names: Names) -> Table:
    """Grant applications: people, organisations, URLs and IP addresses."""
    table = Table(
        "grant_applications.csv",
        (
            Col("APP_ID", "NONE", N, "UUID per application"),
            Col("APPLICANT", "PERSON", D, "with titles"),
            Col("ORG_NM", "NONE", N, "organisation name"),
            # an incorporated association's ABN is the association's: it names no one
            Col("ABN", "NONE", N, "the associations' valid ABNs, spaced 2-3-3-3 or not"),
            Col("CONTACT", "PHONE_NUMBER", D, "+61 forms"),
            Col("EMAIL", "EMAIL_ADDRESS", D, ""),
            Col("WEB", "NONE", N, "organisation website"),
            Col("SUBMIT_IP", "IP_ADDRESS", D, "IPv4 and IPv6"),
            Col("LODGE_TS", "NONE", N, "lodgement timestamp"),
            Col("AMT_REQ", "NONE", N, ""),
            Col("STATUS", "NONE", N, ""),
            Col("SCORE", "NONE", N, ""),
            Col("PROJECT_DESC", "NONE", N, "decoy: free text with no personal information"),
        ),
    )
    kinds = (
        "Community Association", "Men's Shed", "Landcare Group", "Football Club",
        "Arts Collective", "Historical Society",
    )  # fmt: skip
    for _ in range(500):
        p = new_person(rng, names, 22, 80)
        town = rng.choice(PLACES)[0]
        org = f"{town} {rng.choice(kinds)} Inc"
        slug = "".join(ch for ch in org.lower() if ch.isalnum())[:24]
        lodged = moment_between(rng, dt.date(2025, 2, 1), dt.date(2025, 4, 30))
        contact = (
            f"+61 {AREA_CODE.get(p.state, '08')[1]} {rng.randint(5000, 9999)} {digits(rng, 4)}"
            if rng.random() < 0.3
            else f"+61 {p.mobile[1:4]} {p.mobile[4:7]} {p.mobile[7:]}"
        )
        table.add(
            [
                new_uuid(rng), render_name(rng, p.given, p.family, "titled"), org,
                abn_text(rng), contact, p.email,
                f"https://www.{slug}.org.au" if rng.random() < 0.7 else f"{slug}.com.au",
                ip_address(rng), lodged.strftime("%Y-%m-%dT%H:%M:%S+10:00"),
                str(rng.randrange(5, 150) * 1000),
                weighted(rng, STATUSES),
                str(rng.randint(0, 100)), rng.choice(PROJECT_DESC),
            ]
        )  # fmt: skip
    return table


def fine_payments(rng: random.Random, names: Names) -> Table:
    """Infringement payments: cards, licences, IPs and look-alike reference numbers."""
    table = Table(
        "fine_payments.csv",
        (
            Col(
                "NOTICE_NO",
                "NONE",
                N,
                "the fine's notice, a document's number; 9 digits failing the TFN and ACN checks",
            ),
            Col("PAYER", "PERSON", D, "'G FAMILY' style"),
            Col("LIC_NO", "AU_DRIVERS_LICENCE", D, "state formats, 7-10 digits or letter+5"),
            Col("CARD", "CREDIT_CARD", D, "Luhn-valid Visa, Mastercard, Amex"),
            Col(
                "OFFENCE_CD",
                "CRIMINAL_RECORD",
                S,
                "5-digit codes of the offence the payer was fined for",
            ),
            Col("AMT", "NONE", N, ""),
            Col("PAID_TS", "NONE", N, ""),
            Col("BATCH_REF", "NONE", N, "decoy: 11 digits failing the ABN check"),
            Col("TXN_GUID", "NONE", N, "UUID"),
            Col("PAYER_IP", "IP_ADDRESS", D, ""),
        ),
    )
    offences = [str(rng.randint(70000, 79999)) for _ in range(25)]
    for _ in range(700):
        p = new_person(rng, names, 17, 85)
        paid = moment_between(rng, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
        table.add(
            [
                failing_digits(rng, 9), render_name(rng, p.given, p.family, "G FAMILY"),
                drivers_licence(rng, p.state), card_number(rng), rng.choice(offences),
                rng.choice(("120.00", "272.00", "337.00", "481.00", "665.00")),
                paid.strftime("%d/%m/%Y %H:%M"), failing_digits(rng, 11), new_uuid(rng),
                ip_address(rng),
            ]
        )  # fmt: skip
    return table


def survey_wellbeing(rng: random.Random, names: Names) -> Table:
    """Survey responses: Likert items, a K10 score, and comments."""
    table = Table(
        "survey_wellbeing.csv",
        (
            Col("RESP_ID", "NONE", N, "response id"),
            Col("SUBMIT_TS", "NONE", N, ""),
            Col("AGE_GRP", "NONE", A, "ten-year age group: coarse quasi-identifier"),
            Col("SEX", "GENDER", Q, ""),
            Col("PCODE", "AU_POSTCODE", Q, ""),
            Col("Q1", "NONE", N, "Likert 1-5"),
            Col("Q2", "NONE", N, "Likert 1-5"),
            Col("Q3", "NONE", N, "Likert 1-5"),
            Col("Q4", "NONE", N, "Likert 1-5"),
            Col("K10", "HEALTH", S, "Kessler psychological distress score 10-50"),
            Col("DISAB", "HEALTH", S, "disability status"),
            Col("LANG_HOME", "ETHNICITY", A, "language spoken at home"),
            Col("COMMENTS", "FREE_TEXT", F, "about 25% with personal information"),
        ),
    )
    langs = (
        ("English", 70), ("Vietnamese", 5), ("Mandarin", 5), ("Arabic", 4), ("Punjabi", 3),
        ("Greek", 3), ("Dinka", 1), ("Nepali", 3), ("Samoan", 2), ("Cantonese", 4),
    )  # fmt: skip
    for _ in range(800):
        p = new_person(rng, names, 18, 85)
        age = 2025 - p.dob.year
        group = "75+" if age >= 75 else f"{age // 10 * 10}-{age // 10 * 10 + 9}"
        comment: str | None = None
        if rng.random() < 0.6:
            comment = (
                note_with_pii(rng, names, SURVEY_PII, p)
                if rng.random() < 0.25
                else rng.choice(SURVEY_PLAIN)
            )
        submitted = moment_between(rng, dt.date(2025, 3, 1), dt.date(2025, 3, 31))
        sex = {"F": "Female", "M": "Male", "X": "Non-binary"}[p.sex]
        table.add(
            [
                f"R{rng.randrange(16**6):06x}", submitted.strftime("%d/%m/%Y %H:%M:%S"), group,
                sex if rng.random() > 0.04 else "Prefer not to say",
                p.pcode, *(str(rng.randint(1, 5)) for _ in range(4)),
                str(min(50, 10 + int(rng.expovariate(1 / 8)))),
                weighted(rng, (("No", 75), ("Yes", 20), ("Prefer not to say", 5))),
                weighted(rng, langs), comment,
            ]
        )  # fmt: skip
    return table


def road_assets(rng: random.Random, names: Names) -> Table:
    """An asset register: places that describe roads, and one column of staff names."""
    table = Table(
        "road_assets.csv",
        (
            Col("ASSET_ID", "NONE", N, ""),
            Col("ROAD_NM", "NONE", N, "road names"),
            Col("SUBURB", "NONE", N, "decoy: the suburb of a road segment, not of a person"),
            Col("LGA", "NONE", N, ""),
            Col("SEG_LEN_M", "NONE", N, ""),
            Col("COND", "NONE", N, "condition rating 1-5"),
            Col("LAST_INSPECT", "NONE", N, ""),
            Col("INSPECTOR", "PERSON", D, "staff name, 'G. Family'"),
            Col("LAT", "NONE", N, ""),
            Col("LON", "NONE", N, ""),
        ),
    )
    inspectors = [names.person(rng, rng.choice("MF")) for _ in range(25)]
    lgas = ("Cumberland", "Greater Dandenong", "Logan", "Salisbury", "Stirling", "Glenorchy")
    for asset in range(1, 301):
        suburb, _, _ = place(rng)
        given, family = rng.choice(inspectors)
        full, short = rng.choice(STREET_TYPES)
        table.add(
            [
                f"RA-{asset:06d}", f"{rng.choice(STREETS)} {short if rng.random() < 0.6 else full}",
                suburb, rng.choice(lgas), str(rng.randint(40, 2500)), str(rng.randint(1, 5)),
                day_between(rng, dt.date(2022, 1, 1), dt.date(2025, 11, 30)).isoformat(),
                f"{given[0]}. {family}", f"{rng.uniform(-38.5, -12.4):.5f}",
                f"{rng.uniform(115.8, 153.1):.5f}",
            ]
        )  # fmt: skip
    return table


TABLES: tuple[Callable[[random.Random, Names], Table], ...] = (
    client_extract,
    hospital_separations,
    business_register,
    grants_by_postcode,
    staff_directory,
    case_notes,
    payments_headerless,
    contacts_headerless,
    grant_applications,
    fine_payments,
    survey_wellbeing,
    road_assets,
)

# -- writing ---------------------------------------------------------------------------


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def write_csv(path: Path, table: Table, *, crlf: bool = False) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n" if crlf else "\n")
        if table.header:
            writer.writerow([c.name for c in table.columns])
        writer.writerows([[_cell(v) for v in row] for row in table.rows])


def write_jsonl(path: Path, table: Table) -> None:
    names = [c.name for c in table.columns]
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for row in table.rows:
            record = dict(zip(names, row, strict=True))
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_parquet(path: Path, table: Table) -> None:
    columns = list(zip(*table.rows, strict=True))
    types = {
        "case_id": pa.int64(),
        "note_dt": pa.date32(),
        "DT2": pa.date32(),
        "card_no": pa.int64(),
        "risk_score": pa.float64(),
        "open": pa.bool_(),
    }
    arrays = [
        pa.array(list(values), type=types.get(col.name, pa.string()))
        for col, values in zip(table.columns, columns, strict=True)
    ]
    arrow = pa.table(arrays, names=[c.name for c in table.columns])
    pq.write_table(arrow, path, compression="zstd")


def write_table(folder: Path, table: Table) -> None:
    path = folder / table.file
    if table.file.endswith(".parquet"):
        write_parquet(path, table)
    elif table.file.endswith(".jsonl"):
        write_jsonl(path, table)
    else:
        write_csv(path, table, crlf=table.file == "hospital_separations.csv")


def write_labels(path: Path, tables: Sequence[Table]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(LABEL_FIELDS)
        for table in tables:
            for index, col in enumerate(table.columns):
                if col.tier not in TIERS:
                    raise AssertionError(f"{table.file}.{col.name}: tier {col.tier!r}")
                header = "yes" if table.header else "no"
                writer.writerow(
                    [table.file, col.name, col.label, col.tier, index, header, col.note]
                )


VALIDATORS: dict[str, Callable[[str], bool]] = {
    "AU_TFN": is_valid_tfn,
    "AU_ABN": is_valid_abn,
    "AU_ACN": is_valid_acn,
    "AU_MEDICARE": is_valid_medicare,
    "AU_IHI": is_valid_ihi,
    "AU_CRN": is_valid_crn,
    "CREDIT_CARD": luhn_ok,
}
DECOY_CHECKS = (is_valid_tfn, is_valid_acn, is_valid_abn, is_valid_medicare)


def check_identifiers(tables: Sequence[Table]) -> None:
    """Every labelled identifier passes its check; every look-alike decoy fails them all."""
    for table in tables:
        for index, col in enumerate(table.columns):
            values = ["".join(str(row[index]).split()) for row in table.rows if row[index]]
            values = [v.replace("-", "") for v in values]
            check = VALIDATORS.get(col.label)
            if check is not None and not all(check(v) for v in values):
                raise AssertionError(f"{table.file}.{col.name}: an invalid {col.label}")
            decoy = col.note.startswith("decoy: ") and "digits" in col.note
            if decoy and any(c(v) for c in DECOY_CHECKS for v in values):
                raise AssertionError(f"{table.file}.{col.name}: a decoy passes a check")


def table_seed(root: int, name: str) -> int:
    """A stream per table, so changing one table leaves the others byte for byte."""
    return int.from_bytes(hashlib.sha256(f"{root}:{name}".encode()).digest()[:8], "big")


def make_tables(seed: int) -> list[Table]:
    tables = []
    for make in TABLES:
        child = table_seed(seed, make.__name__)
        tables.append(make(random.Random(child), Names(child % 2**31)))
    return tables


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    tables = make_tables(args.seed)
    check_identifiers(tables)
    for table in tables:
        write_table(args.out, table)
    write_labels(args.out / "labels.csv", tables)
    counts: dict[str, int] = {}
    for table in tables:
        for col in table.columns:
            counts[col.tier] = counts.get(col.tier, 0) + 1
    summary = ", ".join(f"{tier} {counts.get(tier, 0)}" for tier in TIERS)
    print(f"wrote {len(tables)} tables and labels.csv to {args.out} ({summary})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
