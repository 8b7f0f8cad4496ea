"""Make the three synthetic sample datasets kept in ``samples/``.

* ``clients.csv``        social-services clients and their payments (CSV, 3000 rows)
* ``episodes.parquet``   hospital episodes (Parquet with Arrow types, 4000 rows)
* ``businesses.jsonl``   a business register (JSON Lines, 2500 rows)

Every person, number and note is invented. The identifiers (CRN, TFN, Medicare, IHI,
ABN, ACN) are drawn by ``minshare.identifiers`` and pass their check digits, so the
detectors see what a real extract would show them; suburbs, postcodes, wards and codes
come from small pools of real values, and some people appear more than once.

Run it from the repository root, with or without minshare installed::

    python samples/make_samples.py                  # rewrite the committed samples
    python samples/make_samples.py --rows 200 --out /tmp/samples

The output is reproducible: the same seed, Faker and pyarrow versions give
byte-identical files. Each dataset draws from its own stream, derived from the one
seed, so changing one dataset (or its row count) leaves the others as they were.
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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
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
    make_abn,
    make_acn,
    make_crn,
    make_ihi,
    make_medicare,
    make_tfn,
)

SEED = 2026
CLIENT_ROWS = 3000
EPISODE_ROWS = 4000
BUSINESS_ROWS = 2500
DATASETS = ("clients", "episodes", "businesses")  # the order the seed streams are drawn

# -- shared pools ----------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    suburb: str
    state: str
    pcode: str


# Roughly the ABS estimated resident population share of each state and territory.
STATE_WEIGHTS: dict[str, float] = {
    "NSW": 31.3,
    "VIC": 25.8,
    "QLD": 20.6,
    "WA": 10.9,
    "SA": 6.9,
    "TAS": 2.1,
    "ACT": 1.7,
    "NT": 0.9,
}

# Postcode ranges used for street addresses in each state (Australia Post).
STATE_PCODES: dict[str, tuple[tuple[int, int], ...]] = {
    "NSW": ((2000, 2599), (2619, 2899), (2921, 2999)),
    "ACT": ((2600, 2618), (2900, 2920)),
    "VIC": ((3000, 3999),),
    "QLD": ((4000, 4999),),
    "SA": ((5000, 5799),),
    "WA": ((6000, 6797),),
    "TAS": ((7000, 7799),),
    "NT": ((800, 899),),
}

_SUBURBS: dict[str, tuple[tuple[str, str], ...]] = {
    "NSW": (
        ("Sydney", "2000"), ("Surry Hills", "2010"), ("Redfern", "2016"),
        ("Auburn", "2144"), ("Blacktown", "2148"), ("Parramatta", "2150"),
        ("Liverpool", "2170"), ("Bankstown", "2200"), ("Gosford", "2250"),
        ("Wyong", "2259"), ("Newcastle", "2300"), ("Maitland", "2320"),
        ("Tamworth", "2340"), ("Port Macquarie", "2444"), ("Coffs Harbour", "2450"),
        ("Lismore", "2480"), ("Tweed Heads", "2485"), ("Wollongong", "2500"),
        ("Campbelltown", "2560"), ("Queanbeyan", "2620"), ("Albury", "2640"),
        ("Wagga Wagga", "2650"), ("Penrith", "2750"), ("Mount Druitt", "2770"),
        ("Orange", "2800"), ("Dubbo", "2830"), ("Broken Hill", "2880"),
    ),
    "VIC": (
        ("Melbourne", "3000"), ("Footscray", "3011"), ("Sunshine", "3020"),
        ("St Albans", "3021"), ("Werribee", "3030"), ("Broadmeadows", "3047"),
        ("Craigieburn", "3064"), ("Preston", "3072"), ("Reservoir", "3073"),
        ("Dandenong", "3175"), ("Frankston", "3199"), ("Geelong", "3220"),
        ("Warrnambool", "3280"), ("Melton", "3337"), ("Ballarat", "3350"),
        ("Mildura", "3500"), ("Bendigo", "3550"), ("Shepparton", "3630"),
        ("Pakenham", "3810"), ("Traralgon", "3844"), ("Cranbourne", "3977"),
    ),
    "QLD": (
        ("Brisbane City", "4000"), ("Fortitude Valley", "4006"), ("Redcliffe", "4020"),
        ("Inala", "4077"), ("Logan Central", "4114"), ("Woodridge", "4114"),
        ("Nerang", "4211"), ("Southport", "4215"), ("Ipswich", "4305"),
        ("Toowoomba", "4350"), ("Caboolture", "4510"), ("Maroochydore", "4558"),
        ("Hervey Bay", "4655"), ("Bundaberg", "4670"), ("Rockhampton", "4700"),
        ("Mackay", "4740"), ("Townsville", "4810"), ("Mount Isa", "4825"),
        ("Cairns", "4870"),
    ),
    "SA": (
        ("Adelaide", "5000"), ("Port Adelaide", "5015"), ("Enfield", "5085"),
        ("Salisbury", "5108"), ("Elizabeth", "5112"), ("Morphett Vale", "5162"),
        ("Noarlunga Centre", "5168"), ("Murray Bridge", "5253"), ("Mount Gambier", "5290"),
        ("Port Pirie", "5540"), ("Whyalla", "5600"), ("Port Augusta", "5700"),
    ),
    "WA": (
        ("Perth", "6000"), ("Northbridge", "6003"), ("Joondalup", "6027"),
        ("Midland", "6056"), ("Mirrabooka", "6061"), ("Armadale", "6112"),
        ("Rockingham", "6168"), ("Mandurah", "6210"), ("Bunbury", "6230"),
        ("Kalgoorlie", "6430"), ("Geraldton", "6530"), ("Port Hedland", "6721"),
        ("Broome", "6725"),
    ),
    "TAS": (
        ("Hobart", "7000"), ("Glenorchy", "7010"), ("Bridgewater", "7030"),
        ("Kingston", "7050"), ("Launceston", "7250"), ("Devonport", "7310"),
        ("Ulverstone", "7315"), ("Burnie", "7320"),
    ),
    "ACT": (
        ("Canberra", "2601"), ("Phillip", "2606"), ("Braddon", "2612"),
        ("Belconnen", "2617"), ("Greenway", "2900"), ("Kambah", "2902"),
        ("Gungahlin", "2912"), ("Ngunnawal", "2913"),
    ),
    "NT": (
        ("Darwin", "0800"), ("Casuarina", "0810"), ("Nightcliff", "0810"),
        ("Palmerston", "0830"), ("Katherine", "0850"), ("Tennant Creek", "0860"),
        ("Alice Springs", "0870"), ("Nhulunbuy", "0880"),
    ),
}  # fmt: skip

PLACES: dict[str, tuple[Place, ...]] = {
    state: tuple(Place(suburb, state, pcode) for suburb, pcode in pairs)
    for state, pairs in _SUBURBS.items()
}

STREET_NAMES = (
    "George", "King", "Queen", "Victoria", "Elizabeth", "William", "Church", "High",
    "Main", "Station", "Railway", "Albert", "Park", "Bridge", "Market", "Pacific",
    "Princes", "Hume", "Smith", "Wattle", "Acacia", "Banksia", "Waratah", "Boundary",
    "Hill", "Ocean", "Bay", "Short", "Long", "Oxford", "Anzac", "Miller", "Mitchell",
    "Macquarie", "Hunter", "Bligh", "Flinders", "Collins", "Bourke", "Murray", "Darling",
    "Lachlan", "Kent", "York", "Charles", "Edward", "Forest", "Ridge", "Jacaranda",
    "Hastings",
)  # fmt: skip

# (full, abbreviated, weight): real extracts mix "Street" and "St" freely.
STREET_TYPES = (
    ("Street", "St", 40), ("Road", "Rd", 20), ("Avenue", "Ave", 10), ("Drive", "Dr", 8),
    ("Crescent", "Cres", 5), ("Court", "Ct", 4), ("Place", "Pl", 4), ("Parade", "Pde", 2),
    ("Close", "Cl", 3), ("Terrace", "Tce", 2), ("Highway", "Hwy", 1), ("Way", "Way", 1),
)  # fmt: skip

# Surnames and given names that Faker's en_AU lists lack but Australian data is full of.
EXTRA_SURNAMES = (
    "Nguyen", "Nguyen", "Tran", "Le", "Pham", "Huynh", "Wang", "Li", "Zhang", "Chen",
    "Liu", "Singh", "Singh", "Kaur", "Patel", "Sharma", "Kumar", "Kim", "Lee", "Ali",
    "Khan", "Ahmed", "Hassan", "Papadopoulos", "Nikolaidis", "Rossi", "Russo", "Murphy",
    "Kelly", "O'Brien", "O'Connor", "Ryan", "Walsh", "Tuilagi", "Smith-Jones",
)  # fmt: skip
EXTRA_GIVEN = {
    "M": ("Minh", "Tuan", "Wei", "Jun", "Arjun", "Rahul", "Mohammed", "Omar", "Luca",
          "Giorgos", "Jayden", "Liam", "Noah", "José", "Seán"),
    "F": ("Linh", "Thi", "Mei", "Priya", "Aisha", "Fatima", "Sofia", "Harpreet", "Ngaio",
          "Zoë", "Renée", "Chloé", "Ruby", "Isla", "Mia"),
}  # fmt: skip

EMAIL_DOMAINS = (
    ("gmail.com", 35), ("hotmail.com", 12), ("outlook.com", 12), ("bigpond.com", 10),
    ("icloud.com", 10), ("yahoo.com.au", 8), ("optusnet.com.au", 5), ("live.com.au", 3),
    ("tpg.com.au", 3), ("iinet.net.au", 2),
)  # fmt: skip


# -- small helpers ---------------------------------------------------------------------


def pcode_in_state(pcode: str, state: str) -> bool:
    """Whether a 4-digit postcode lies in one of the state's street-address ranges."""
    if len(pcode) != 4 or not pcode.isdigit():
        return False
    n = int(pcode)
    return any(lo <= n <= hi for lo, hi in STATE_PCODES[state])


def _check_pools() -> None:
    for state, places in PLACES.items():
        for place in places:
            if not pcode_in_state(place.pcode, state):
                raise AssertionError(f"{place} has a postcode outside {state}")


T = TypeVar("T")


def pick_weighted(rng: random.Random, items: Sequence[tuple[T, float]]) -> T:
    """One item from (item, weight) pairs."""
    values = [item for item, _ in items]
    weights = [weight for _, weight in items]
    return rng.choices(values, weights=weights)[0]


def pick_place(rng: random.Random) -> Place:
    state = pick_weighted(rng, list(STATE_WEIGHTS.items()))
    return rng.choice(PLACES[state])


def unique(make: Callable[[random.Random], str], rng: random.Random, seen: set[str]) -> str:
    """Draw identifiers until one has not been used yet."""
    while True:
        value = make(rng)
        if value not in seen:
            seen.add(value)
            return value


def random_date(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return dt.date.fromordinal(rng.randint(first.toordinal(), last.toordinal()))


def birth_date(rng: random.Random, age: int, on: dt.date) -> dt.date:
    """A date of birth that makes someone exactly ``age`` years old on ``on``."""
    latest = _years_before(on, age)
    earliest = _years_before(on, age + 1) + dt.timedelta(days=1)
    return random_date(rng, earliest, latest)


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


def age_on(dob: dt.date, day: dt.date) -> int:
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


def repeat_count(rng: random.Random) -> int:
    """How many rows one person contributes: mostly one, sometimes a few."""
    return pick_weighted(rng, [(1, 78), (2, 12), (3, 5), (4, 3), (5, 1), (6, 1)])


def mobile(rng: random.Random) -> str:
    return f"04{rng.randrange(100):02d} {rng.randrange(1000):03d} {rng.randrange(1000):03d}"


def street_line(rng: random.Random) -> str:
    """A street line such as "12 Smith Street" or "Unit 4/27 King Rd"."""
    full, short, _ = rng.choices(STREET_TYPES, weights=[w for _, _, w in STREET_TYPES])[0]
    kind = short if rng.random() < 0.3 else full
    number = min(399, 1 + int(rng.expovariate(1 / 35)))
    street = f"{number} {rng.choice(STREET_NAMES)} {kind}"
    roll = rng.random()
    if roll < 0.16:
        return f"Unit {rng.randint(1, 24)}/{street}"
    if roll < 0.24:
        return f"{rng.randint(1, 24)}/{street}"
    return street


def person_name(fake: Faker, rng: random.Random, sex: str) -> tuple[str, str]:
    """A (given, family) pair; X draws from both lists."""
    pool_sex = sex if sex in ("M", "F") else rng.choice("MF")
    if rng.random() < 0.2:
        given = rng.choice(EXTRA_GIVEN[pool_sex])
    elif sex == "X":
        given = fake.first_name_nonbinary()
    else:
        given = fake.first_name_male() if sex == "M" else fake.first_name_female()
    family = rng.choice(EXTRA_SURNAMES) if rng.random() < 0.25 else fake.last_name()
    return given, family


def _ascii_word(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum()).lower()


def email_for(rng: random.Random, given: str, family: str, born: int | None = None) -> str:
    g, f = _ascii_word(given), _ascii_word(family)
    year = born if born is not None else rng.randint(1960, 2005)
    local = rng.choice(
        (
            f"{g}.{f}",
            f"{g}{f}",
            f"{g}_{f}",
            f"{g[0]}{f}",
            f"{g}.{f}{rng.randint(1, 99)}",
            f"{g}{year % 100:02d}",
            f"{f}.{g}{year}",
        )
    )
    return f"{local}@{pick_weighted(rng, EMAIL_DOMAINS)}"


# -- dataset 1: clients.csv ------------------------------------------------------------

CLIENT_COLUMNS = (
    "CRN", "GIVEN_NM", "FAMILY_NM", "BIRTH_DT", "SEX_CD", "RES_ADDR", "RES_SUBURB",
    "RES_STATE", "RES_PCODE", "MOB_NO", "EMAIL_ADDR", "TFN", "PMT_AMT", "PMT_DT",
    "INDIG_STATUS", "CASE_NOTE_TXT",
)  # fmt: skip

PMT_FIRST = dt.date(2025, 1, 1)
PMT_LAST = dt.date(2026, 6, 30)

INDIG_STATUS = (
    ("Aboriginal", 3.0),
    ("Torres Strait Islander", 0.3),
    ("Both Aboriginal and Torres Strait Islander", 0.3),
    ("Neither Aboriginal nor Torres Strait Islander", 90.0),
    ("Not stated", 6.4),
)

# Fortnightly rates in the shape of real ones; some rows pay a part rate.
PMT_RATES = (412.50, 543.30, 781.00, 866.80, 1004.00, 1149.00, 187.60, 235.90, 98.60)

# (low age, high age, weight): age on the first day of the payment window.
CLIENT_AGE_BANDS = ((16, 21, 10), (22, 34, 22), (35, 49, 22), (50, 66, 22), (67, 93, 24))

GENERIC_NOTES = (
    "Reviewed income statement, no change.",
    "Updated bank details as requested.",
    "Rent assistance recalculated after new lease uploaded.",
    "Medical certificate received, exemption applied until review.",
    "Mutual obligation requirements discussed; client agreed to job plan.",
    "Client advised of debt; payment arrangement set at $20 per fortnight.",
    "Employment income reported late, reminder letter issued.",
    "Change of circumstances processed (relationship status).",
    "Identity documents sighted at service centre.",
    "Hardship payment assessed, not eligible.",
    "Referred to financial counselling service.",
    "Claim on hold pending proof of residence.",
    "Study details confirmed with provider.",
    "Carer allowance review completed, payment continues.",
    "No contact for 6 weeks, compliance letter sent.",
    "Client requested change of payment nomination.",
    "Centrepay deduction for electricity added.",
    "Interpreter required for next appointment.",
    "Appointment rescheduled at client's request.",
    "Crisis payment granted following eviction notice.",
    "Advance payment approved, repay over 13 fortnights.",
    "Assets test review, no change to rate.",
)

PERSONAL_NOTES = (
    "Client called from {phone} about rent assistance; spoke with {relation} {relative}.",
    "Emailed updated payment summary to {email} at client's request.",
    "Client staying with friend {name} at {street}, {suburb} until lease found.",
    "Nominee {name} ({phone}) to receive correspondence from now on.",
    "Landlord {name} called on {phone} to confirm tenancy.",
    "{relation_cap} {relative} rang to say client is in hospital; call back on {phone}.",
    "Client moved to {street}, {suburb} {state} {pcode}; address updated.",
    "Client gave alternative contact {email} and {phone}.",
    "GP Dr {family} sent medical certificate; client to see {name} at Headspace.",
    "Ex-partner {name} named in child support assessment.",
    "Spoke with {name} from the tenancy service on {phone} re arrears.",
)

# (relation, sex to draw a given name for; X means either)
RELATIONS = (
    ("daughter", "F"), ("son", "M"), ("sister", "F"), ("brother", "M"), ("mother", "F"),
    ("partner", "X"), ("neighbour", "X"),
)  # fmt: skip


@dataclass(frozen=True)
class Client:
    crn: str
    given: str
    family: str
    dob: dt.date
    sex: str
    street: str
    place: Place
    mobile: str
    email: str
    tfn: str
    indig: str


def make_client(
    fake: Faker, rng: random.Random, seen: set[str], household: Client | None
) -> Client:
    """A new client; a household member shares the family name and address."""
    sex = pick_weighted(rng, [("F", 51.0), ("M", 48.5), ("X", 0.5)])
    given, family = person_name(fake, rng, sex)
    low, high, _ = rng.choices(CLIENT_AGE_BANDS, weights=[w for *_, w in CLIENT_AGE_BANDS])[0]
    dob = birth_date(rng, rng.randint(low, high), PMT_FIRST)
    if household is not None:
        family, street, place = household.family, household.street, household.place
    else:
        street, place = street_line(rng), pick_place(rng)
    email = "" if rng.random() < 0.10 else email_for(rng, given, family, dob.year)
    tfn = "" if rng.random() < 0.15 else unique(make_tfn, rng, seen)
    return Client(
        crn=unique(make_crn, rng, seen),
        given=given,
        family=family,
        dob=dob,
        sex=sex,
        street=street,
        place=place,
        mobile=mobile(rng),
        email=email,
        tfn=tfn,
        indig=pick_weighted(rng, INDIG_STATUS),
    )


def payment_amount(rng: random.Random) -> str:
    rate = rng.choice(PMT_RATES)
    cents = round(rate * 100)
    if rng.random() < 0.4:  # a part rate after the income test
        cents = round(cents * rng.uniform(0.15, 0.98))
    return f"{cents // 100}.{cents % 100:02d}"


def payment_date(rng: random.Random) -> dt.date:
    while True:
        day = random_date(rng, PMT_FIRST, PMT_LAST)
        if day.weekday() < 5:
            return day


def _note_phone(rng: random.Random, client: Client) -> str:
    roll = rng.random()
    if roll < 0.35:
        return client.mobile
    number = mobile(rng)
    if roll < 0.55:
        return number.replace(" ", "")
    if roll < 0.7:
        return "+61 " + number[1:]
    if roll < 0.85:
        area = rng.choice(("02", "03", "07", "08"))
        return f"({area}) {rng.randint(4000, 9999)} {rng.randrange(10000):04d}"
    return number


def case_note(fake: Faker, rng: random.Random, client: Client) -> str:
    """Empty, a generic note, or (a third of notes) one that names or contacts someone."""
    if rng.random() < 0.30:
        return ""
    if rng.random() >= 1 / 3:
        return rng.choice(GENERIC_NOTES)
    relation, sex = rng.choice(RELATIONS)
    given, family = person_name(fake, rng, sex if sex != "X" else rng.choice("MF"))
    related = relation not in ("neighbour", "partner")
    other = pick_place(rng)
    own_email = bool(client.email) and rng.random() < 0.5
    template = rng.choice(PERSONAL_NOTES)
    return template.format(
        phone=_note_phone(rng, client),
        relation=relation,
        relation_cap=relation.capitalize(),
        relative=f"{given} {client.family if related else family}",
        name=f"{given} {family}",
        family=fake.last_name(),
        email=client.email if own_email else email_for(rng, client.given, client.family),
        street=street_line(rng),
        suburb=other.suburb,
        state=other.state,
        pcode=other.pcode,
    )


def make_clients(fake: Faker, rng: random.Random, rows: int) -> list[list[str]]:
    """Rows of clients.csv, in payment-date order; some clients are paid several times."""
    seen: set[str] = set()
    clients: list[Client] = []
    records: list[tuple[dt.date, str, int, list[str]]] = []
    while len(records) < rows:
        household = rng.choice(clients) if clients and rng.random() < 0.04 else None
        client = make_client(fake, rng, seen, household)
        clients.append(client)
        for _ in range(min(repeat_count(rng), rows - len(records))):
            paid = payment_date(rng)
            row = [
                client.crn,
                client.given,
                client.family,
                client.dob.isoformat(),
                client.sex,
                client.street,
                client.place.suburb,
                client.place.state,
                client.place.pcode,
                client.mobile,
                client.email,
                client.tfn,
                payment_amount(rng),
                paid.isoformat(),
                client.indig,
                case_note(fake, rng, client),
            ]
            records.append((paid, client.crn, len(records), row))
    records.sort(key=lambda r: r[:3])
    return [row for *_, row in records]


def write_clients(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        writer.writerow(CLIENT_COLUMNS)
        writer.writerows(rows)


# -- dataset 2: episodes.parquet -------------------------------------------------------

ADMIT_FIRST = dt.date(2024, 1, 1)
ADMIT_LAST = dt.date(2026, 6, 30)
FIRST_EPISODE_ID = 100001


@dataclass(frozen=True)
class Diagnosis:
    code: str  # ICD-10-AM
    weight: float
    ward: str
    mean_los: float  # 0 means a same-day episode
    min_age: int
    max_age: int


DIAGNOSES = (
    Diagnosis("Z49.1", 1.0, "Renal Dialysis Unit", 0, 18, 100),  # dialysis
    Diagnosis("Z51.1", 1.5, "Oncology Day Unit", 0, 18, 100),  # chemotherapy
    Diagnosis("H25.9", 3.0, "Day Surgery", 0, 50, 100),  # senile cataract
    Diagnosis("R07.4", 4.0, "Emergency Short Stay", 1, 18, 100),  # chest pain
    Diagnosis("R10.4", 3.0, "Emergency Short Stay", 1, 5, 100),  # abdominal pain
    Diagnosis("R55", 1.5, "Emergency Short Stay", 1, 15, 100),  # syncope
    Diagnosis("S09.9", 1.5, "Emergency Short Stay", 1, 0, 100),  # head injury
    Diagnosis("J06.9", 1.0, "Emergency Short Stay", 1, 0, 90),  # URTI
    Diagnosis("T78.4", 0.7, "Emergency Short Stay", 0.5, 0, 90),  # allergy
    Diagnosis("J18.9", 4.0, "Respiratory 4A", 5, 0, 100),  # pneumonia
    Diagnosis("J44.1", 3.0, "Respiratory 4A", 6, 40, 100),  # COPD exacerbation
    Diagnosis("J45.9", 1.5, "Respiratory 4A", 2, 2, 90),  # asthma
    Diagnosis("U07.1", 1.0, "Respiratory 4A", 6, 0, 100),  # COVID-19
    Diagnosis("C34.9", 0.7, "Respiratory 4A", 7, 40, 100),  # lung cancer
    Diagnosis("I21.4", 2.0, "Cardiology 3B", 4, 35, 100),  # NSTEMI
    Diagnosis("I48.9", 2.0, "Cardiology 3B", 3, 40, 100),  # atrial fibrillation
    Diagnosis("I50.0", 2.0, "Cardiology 3B", 6, 45, 100),  # heart failure
    Diagnosis("I20.0", 1.5, "Cardiology 3B", 3, 35, 100),  # unstable angina
    Diagnosis("I63.9", 1.5, "General Medicine 5C", 8, 40, 100),  # stroke
    Diagnosis("G45.9", 1.0, "General Medicine 5C", 2, 40, 100),  # TIA
    Diagnosis("N39.0", 2.0, "General Medicine 5C", 4, 0, 100),  # UTI
    Diagnosis("L03.11", 1.5, "General Medicine 5C", 4, 5, 100),  # cellulitis, leg
    Diagnosis("A41.9", 1.5, "General Medicine 5C", 8, 0, 100),  # sepsis
    Diagnosis("E11.9", 1.0, "General Medicine 5C", 3, 30, 100),  # type 2 diabetes
    Diagnosis("E86", 1.0, "General Medicine 5C", 3, 0, 100),  # dehydration
    Diagnosis("K92.2", 1.0, "General Medicine 5C", 4, 40, 100),  # GI bleed
    Diagnosis("N18.5", 0.5, "General Medicine 5C", 6, 30, 95),  # CKD stage 5
    Diagnosis("K35.80", 2.0, "General Surgery 6A", 3, 5, 90),  # appendicitis
    Diagnosis("K80.20", 2.5, "General Surgery 6A", 2, 18, 95),  # gallstones
    Diagnosis("C50.9", 0.8, "General Surgery 6A", 3, 25, 100),  # breast cancer
    Diagnosis("C18.7", 0.6, "General Surgery 6A", 8, 35, 100),  # sigmoid colon cancer
    Diagnosis("C61", 0.6, "General Surgery 6A", 3, 45, 100),  # prostate cancer
    Diagnosis("S72.00", 2.0, "Orthopaedics 7B", 9, 60, 100),  # fractured neck of femur
    Diagnosis("M17.1", 2.0, "Orthopaedics 7B", 4, 45, 95),  # knee osteoarthritis
    Diagnosis("M54.5", 1.0, "Orthopaedics 7B", 3, 18, 95),  # low back pain
    Diagnosis("F32.9", 1.5, "Mental Health Unit", 14, 15, 90),  # depression
    Diagnosis("F20.0", 1.0, "Mental Health Unit", 21, 18, 75),  # schizophrenia
    Diagnosis("F10.3", 1.0, "Mental Health Unit", 4, 18, 80),  # alcohol withdrawal
    Diagnosis("F41.1", 0.5, "Mental Health Unit", 7, 15, 85),  # anxiety
    Diagnosis("O80", 3.0, "Maternity 2A", 2, 16, 45),  # normal delivery
    Diagnosis("O82", 2.0, "Maternity 2A", 4, 16, 45),  # caesarean delivery
    Diagnosis("O47.1", 0.5, "Maternity 2A", 0.5, 16, 45),  # false labour
    Diagnosis("J21.9", 1.0, "Paediatrics 2C", 2, 0, 1),  # bronchiolitis
)
NEWBORN = (
    Diagnosis("Z38.0", 3.0, "Maternity 2A", 3, 0, 0),  # healthy singleton, born here
    Diagnosis("P07.3", 0.6, "Special Care Nursery", 14, 0, 0),  # preterm
)
REGULAR = ("Z49.1", "Z51.1")  # codes whose patients come back again and again
ADULT_WARDS = {d.ward for d in DIAGNOSES} - {"Emergency Short Stay", "Maternity 2A"}

# (low age, high age, weight) at the first episode; 0 is a birth in the hospital.
PATIENT_AGE_BANDS = (
    (0, 0, 6), (1, 14, 6), (15, 44, 24), (45, 64, 24), (65, 84, 30), (85, 97, 10),
)  # fmt: skip


@dataclass(frozen=True)
class Patient:
    medicare: str
    ihi: str | None
    dob: dt.date
    pcode: str


# (patient, admitted, principal diagnosis, ward, length of stay in days)
Episode = tuple[Patient, dt.date, Diagnosis, str, int]


def length_of_stay(rng: random.Random, diagnosis: Diagnosis) -> int:
    """Days in hospital: same-day codes stay 0, others mostly under 10, a tail to 60."""
    if diagnosis.mean_los == 0:
        return 0
    shape = 1.2
    return min(60, round(rng.gammavariate(shape, diagnosis.mean_los / shape)))


def pick_diagnosis(rng: random.Random, age: int, exclude: tuple[str, ...] = ()) -> Diagnosis:
    fits = [d for d in DIAGNOSES if d.min_age <= age <= d.max_age and d.code not in exclude]
    return rng.choices(fits, weights=[d.weight for d in fits])[0]


def ward_for(rng: random.Random, diagnosis: Diagnosis, age: int) -> str:
    if age < 16 and diagnosis.ward in ADULT_WARDS:
        return "Paediatrics 2C"
    if diagnosis.ward in ADULT_WARDS and diagnosis.mean_los >= 1 and rng.random() < 0.05:
        # an outlier: no bed on the home ward
        return rng.choice(("Emergency Short Stay", "General Medicine 5C"))
    return diagnosis.ward


def new_patient(
    rng: random.Random, seen: set[str], dob: dt.date, mothers: list[Patient], *, newborn: bool
) -> Patient:
    """A patient; a newborn is often put on the mother's Medicare card, with its own IRN."""
    ihi = None if rng.random() < 0.02 else unique(make_ihi, rng, seen)
    if newborn and mothers and rng.random() < 0.6:
        mother = rng.choice(mothers)
        irn = rng.choice([n for n in "123456789" if n != mother.medicare[10]])
        number = mother.medicare[:10] + irn
        if number not in seen:
            seen.add(number)
            return Patient(number, ihi, dob, mother.pcode)
    return Patient(unique(make_medicare, rng, seen), ihi, dob, pick_place(rng).pcode)


def patient_episodes(rng: random.Random, seen: set[str], mothers: list[Patient]) -> list[Episode]:
    """All the episodes of one new patient within the admission window."""
    low, high, _ = rng.choices(PATIENT_AGE_BANDS, weights=[w for *_, w in PATIENT_AGE_BANDS])[0]
    age = rng.randint(low, high)
    admit = random_date(rng, ADMIT_FIRST, ADMIT_LAST)
    if age == 0:
        first = rng.choices(NEWBORN, weights=[d.weight for d in NEWBORN])[0]
        dob = admit
    else:
        dob = birth_date(rng, age, admit)
        first = pick_diagnosis(rng, age)
    patient = new_patient(rng, seen, dob, mothers, newborn=age == 0)
    if first.code == "Z49.1":
        count = rng.randint(8, 30)
    elif first.code == "Z51.1":
        count = rng.randint(3, 10)
    else:
        count = repeat_count(rng)

    episodes: list[Episode] = []
    diagnosis = first
    while len(episodes) < count and admit <= ADMIT_LAST:
        age = age_on(dob, admit)
        los = length_of_stay(rng, diagnosis)
        episodes.append((patient, admit, diagnosis, ward_for(rng, diagnosis, age), los))
        if diagnosis.ward == "Maternity 2A" and diagnosis.code != "Z38.0":
            mothers.append(patient)
        if diagnosis.code in REGULAR:
            admit += dt.timedelta(days=rng.choice((2, 2, 3, 7, 14, 21)))
        else:
            admit += dt.timedelta(days=los + rng.randint(1, 300))
            if rng.random() >= 0.3:  # else a readmission for the same condition
                diagnosis = pick_diagnosis(rng, age_on(dob, admit), exclude=REGULAR)
    return episodes


def make_episodes(rng: random.Random, rows: int) -> pa.Table:
    """Hospital episodes in admission order with sequential EPISODE_IDs."""
    seen: set[str] = set()
    mothers: list[Patient] = []
    episodes: list[Episode] = []
    while len(episodes) < rows:
        episodes.extend(patient_episodes(rng, seen, mothers)[: rows - len(episodes)])
    order = sorted(range(len(episodes)), key=lambda i: (episodes[i][1], i))
    ordered = [episodes[i] for i in order]
    columns = {
        "EPISODE_ID": (list(range(FIRST_EPISODE_ID, FIRST_EPISODE_ID + rows)), pa.int64()),
        "MEDICARE_NO": ([e[0].medicare for e in ordered], pa.string()),
        "IHI": ([e[0].ihi for e in ordered], pa.string()),
        "ADMIT_DT": ([e[1] for e in ordered], pa.date32()),
        "PRINCIPAL_DIAG": ([e[2].code for e in ordered], pa.string()),
        "WARD": ([e[3] for e in ordered], pa.string()),
        "LOS_DAYS": ([e[4] for e in ordered], pa.int32()),
        "PCODE": ([e[0].pcode for e in ordered], pa.string()),
        "DOB": ([e[0].dob for e in ordered], pa.date32()),
    }
    schema = pa.schema([(name, kind) for name, (_, kind) in columns.items()])
    arrays = [pa.array(values, type=kind) for values, kind in columns.values()]
    return pa.Table.from_arrays(arrays, schema=schema)


def write_episodes(path: Path, table: pa.Table) -> None:
    # No timestamps are written; the footer's created_by names the pyarrow version.
    pq.write_table(table, path, compression="zstd")


# -- dataset 3: businesses.jsonl -------------------------------------------------------

REGISTERED_FIRST = dt.date(2000, 7, 1)  # ABNs began with the GST
REGISTERED_LAST = dt.date(2026, 6, 30)


@dataclass(frozen=True)
class Industry:
    code: str  # ANZSIC 2006 class
    trade: str  # the word a business in it puts in its name
    weight: float


INDUSTRIES = (
    Industry("3011", "Homes", 4), Industry("3019", "Constructions", 2),
    Industry("3232", "Plumbing", 6), Industry("3233", "Electrical", 6),
    Industry("3241", "Plastering", 2), Industry("3242", "Carpentry", 4),
    Industry("3243", "Tiling", 2), Industry("3244", "Painting", 3),
    Industry("3291", "Landscaping", 3), Industry("4110", "Grocers", 1),
    Industry("4251", "Fashions", 1), Industry("4271", "Pharmacy", 1),
    Industry("4511", "Cafe", 5), Industry("4512", "Takeaway", 3),
    Industry("4513", "Catering", 1), Industry("4520", "Hotel", 1),
    Industry("4610", "Transport", 4), Industry("4623", "Cabs", 2),
    Industry("6720", "Realty", 2), Industry("6921", "Architects", 1),
    Industry("6923", "Engineering", 2), Industry("6931", "Lawyers", 2),
    Industry("6932", "Accountants", 3), Industry("6962", "Consulting", 6),
    Industry("7000", "IT Solutions", 4), Industry("7311", "Cleaning", 4),
    Industry("8511", "Medical Centre", 1), Industry("8531", "Dental", 1),
    Industry("8533", "Physio", 1), Industry("8710", "Childcare", 1),
    Industry("9111", "Fitness", 1), Industry("9419", "Auto Repairs", 3),
    Industry("9511", "Hair & Beauty", 3), Industry("0142", "Pastoral", 2),
)  # fmt: skip

NAME_WORDS = (
    "Harbour", "Southern Cross", "Coastal", "Bluegum", "Metro", "Outback", "Summit",
    "Eastside", "Westside", "Northern", "Pacific", "Gold Coast", "Red Earth", "Silver",
)  # fmt: skip

# Area code and the first digits local numbers start with in each state.
LANDLINE = {
    "NSW": ("2", "98"), "ACT": ("2", "6"), "VIC": ("3", "98"), "TAS": ("3", "6"),
    "QLD": ("7", "35"), "SA": ("8", "8"), "WA": ("8", "96"), "NT": ("8", "89"),
}  # fmt: skip


def landline(rng: random.Random, state: str) -> str:
    area, leads = LANDLINE[state]
    local = f"{rng.choice(leads)}{rng.randrange(1000):03d} {rng.randrange(10000):04d}"
    if rng.random() < 0.25:
        return f"+61 {area} {local}"
    return f"(0{area}) {local}"


def business_name(fake: Faker, rng: random.Random, kind: str, trade: str) -> tuple[str, str]:
    """The registered name and, for a sole trader, the proprietor behind it."""
    family = fake.last_name()
    proprietor = f"{fake.first_name()} {family}"
    if kind == "company":
        stem = rng.choice(
            (
                f"{family} {trade}",
                f"{family} & {fake.last_name()} {trade}",
                f"{rng.choice(NAME_WORDS)} {trade}",
                f"{family} Holdings",
                f"{family} Group",
            )
        )
        return f"{stem} Pty Ltd", ""
    if kind == "trust":
        return f"The Trustee for the {family} Family Trust", ""
    if kind == "partnership":
        first, second = fake.first_name()[0], fake.first_name()[0]
        return rng.choice((f"{first} & {second} {family}", f"{family} & Partners")), ""
    trading = rng.choice((proprietor, f"{family} {trade}", f"{rng.choice(NAME_WORDS)} {trade}"))
    return trading, proprietor


def business_address(rng: random.Random, place: Place) -> str:
    street = street_line(rng).removeprefix("Unit ")
    if "/" in street:  # a unit number already says which part of the building
        return f"{street}, {place.suburb} {place.state} {place.pcode}"
    roll = rng.random()
    if roll < 0.15:
        street = f"Level {rng.randint(1, 30)}, {street}"
    elif roll < 0.25:
        street = f"Suite {rng.randint(1, 40)}, {street}"
    elif roll < 0.35:
        street = f"Shop {rng.randint(1, 60)}, {street}"
    return f"{street}, {place.suburb} {place.state} {place.pcode}"


def abn_for_acn(acn: str) -> str:
    """A company's ABN: two check digits followed by its ACN, as the ATO issues them."""
    return next(f"{p}{acn}" for p in range(10, 100) if is_valid_abn(f"{p}{acn}"))


def headcount(rng: random.Random, kind: str) -> int:
    if kind == "sole trader":
        return pick_weighted(rng, [(0, 70), (1, 15), (2, 8), (3, 4), (4, 3)])
    if rng.random() < 0.3:
        return 0
    return min(500, int(rng.lognormvariate(1.3, 1.25)))


def registered_date(rng: random.Random) -> dt.date:
    if rng.random() < 0.12:  # the first wave, when every existing business registered
        return random_date(rng, REGISTERED_FIRST, dt.date(2000, 12, 31))
    return random_date(rng, REGISTERED_FIRST, REGISTERED_LAST)


def make_businesses(fake: Faker, rng: random.Random, rows: int) -> list[dict[str, object]]:
    """Business register records; a few contacts (bookkeepers, owners) recur."""
    seen: set[str] = set()
    contacts: list[tuple[str, str]] = []
    records: list[dict[str, object]] = []
    for _ in range(rows):
        kind = pick_weighted(
            rng, [("company", 60), ("sole trader", 28), ("partnership", 6), ("trust", 6)]
        )
        industry = rng.choices(INDUSTRIES, weights=[i.weight for i in INDUSTRIES])[0]
        place = pick_place(rng)
        acn = unique(make_acn, rng, seen) if kind == "company" else None
        abn = abn_for_acn(acn) if acn else make_abn(rng)
        while abn in seen:
            abn = make_abn(rng)
        seen.add(abn)
        name, proprietor = business_name(fake, rng, kind, industry.trade)
        if proprietor:
            phone = mobile(rng) if rng.random() < 0.7 else landline(rng, place.state)
            contact = (proprietor, phone)
        elif contacts and rng.random() < 0.06:
            contact = rng.choice(contacts)
        else:
            given, family = person_name(fake, rng, rng.choice("MF"))
            phone = landline(rng, place.state) if rng.random() < 0.65 else mobile(rng)
            contact = (f"{given} {family}", phone)
        contacts.append(contact)
        records.append(
            {
                "abn": abn,
                "acn": acn,
                "business_name": name,
                "contact_person": contact[0],
                "contact_phone": contact[1],
                "address": business_address(rng, place),
                "anzsic_code": industry.code,
                "headcount": headcount(rng, kind),
                "registered_dt": registered_date(rng).isoformat(),
            }
        )
    return records


def write_businesses(path: Path, records: list[dict[str, object]]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")


# -- main ------------------------------------------------------------------------------


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def streams(seed: int) -> dict[str, tuple[random.Random, Faker]]:
    """One (random, Faker) pair per dataset, each seeded from the one root seed."""
    root = random.Random(seed)
    pairs: dict[str, tuple[random.Random, Faker]] = {}
    for name in DATASETS:
        child = root.getrandbits(64)
        fake = Faker("en_AU")
        fake.seed_instance(child)
        pairs[name] = (random.Random(child), fake)
    return pairs


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--rows", type=int, help="rows in every dataset (default: 3000, 4000 and 2500)"
    )
    parser.add_argument(
        "--out", type=Path, default=HERE, help="folder to write to (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    if args.rows is not None and args.rows < 1:
        parser.error("--rows must be at least 1")
    _check_pools()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    pairs = streams(SEED)

    written: list[tuple[Path, int]] = []
    rng, fake = pairs["clients"]
    clients = make_clients(fake, rng, args.rows or CLIENT_ROWS)
    write_clients(out / "clients.csv", clients)
    written.append((out / "clients.csv", len(clients)))

    rng, _ = pairs["episodes"]
    episodes = make_episodes(rng, args.rows or EPISODE_ROWS)
    write_episodes(out / "episodes.parquet", episodes)
    written.append((out / "episodes.parquet", episodes.num_rows))

    rng, fake = pairs["businesses"]
    businesses = make_businesses(fake, rng, args.rows or BUSINESS_ROWS)
    write_businesses(out / "businesses.jsonl", businesses)
    written.append((out / "businesses.jsonl", len(businesses)))

    for path, count in written:
        print(f"{path.name:<18} {count:>6} {sha256(path)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
