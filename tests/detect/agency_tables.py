"""Labelled agency tables of the kinds a third independent evaluation found hard.

1. tables with no people in them -- school immunisation counts, grants to community
   organisations, a hospital pharmacy's inventory, procurement, payroll-tax audits of
   businesses, water meters, rental bonds with no tenant -- whose places, amounts and codes
   are nobody's, beside the same shapes in tables about people;
2. health practitioners, officials and relatives named in a column (providers, coroners,
   magistrates, case workers, next of kin, guardians, witnesses), holders and owners that
   are people and companies mixed, and Medicare provider numbers;
3. identifiers named by agency words: a USI, a BPAY customer reference number, a direct
   debit account, a vehicle's plate;
4. sex and Indigenous status as codes in a file with no header;
5. court outcomes, jury disqualification reasons, sexual orientation and organ donation;
6. places of residence and of death in tables about people, and places of things (a
   plate's state, a camera's location) that are nobody's;
7. latitudes and longitudes, which are not telephone numbers.

Columns are labelled with DESIGN.md's entity names and a tier, as in
:mod:`category_tables`, whose writer and scorer are used. Run it to print scores::

    python tests/detect/agency_tables.py            # names visible and hidden
    python tests/detect/agency_tables.py --details  # and every column that went wrong
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from category_tables import (
    BUSINESSES,
    POSTCODES,
    SUBURBS,
    Table,
    birth,
    digits,
    family,
    future,
    given,
    luhn_digit,
    plate,
    recent,
)
from category_tables import main as score

# -- pools ---------------------------------------------------------------------------------

SCHOOL_PLACES = (
    "Auburn", "Bankstown", "Blacktown", "Cabramatta", "Campsie", "Dubbo", "Fairfield",
    "Granville", "Hurstville", "Lakemba", "Merrylands", "Mount Druitt", "Punchbowl",
    "Rooty Hill", "Tamworth", "Wagga Wagga", "Bathurst", "Orange", "Lismore", "Ballina",
    "Footscray", "Sunshine", "Dandenong", "Geelong", "Ballarat", "Bendigo", "Inala",
    "Logan", "Toowoomba", "Cairns", "Elizabeth", "Salisbury", "Joondalup", "Mandurah",
    "Glenorchy", "Launceston", "Casuarina", "Palmerston", "Belconnen", "Gungahlin",
)  # fmt: skip
SCHOOL_KINDS = (
    "Public School", "High School", "Primary School", "College", "Christian School",
    "Catholic Primary School", "Anglican School", "Islamic College", "Grammar School",
    "Boys High School", "Girls High School", "South Public School", "North Primary School",
    "Adventist School", "Montessori School", "Steiner School", "Secondary College",
)  # fmt: skip
VACCINES = (
    "Comirnaty", "Spikevax", "Vaxzevria", "Fluad Quad", "Afluria Quad", "Vaxigrip Tetra",
    "Gardasil 9", "Boostrix", "Adacel", "Nimenrix", "Varivax", "Priorix", "MMR II",
)  # fmt: skip
COMMUNITY_ORGS = (
    "Vietnamese Community Association Inc", "Sudanese Women's Network",
    "Greek Orthodox Community of NSW", "Lebanese Muslim Association", "Chinese Youth League",
    "Italian Senior Citizens Club", "Samoan Advisory Council Inc", "Tongan Community Trust",
    "Afghan Australian Welfare Society", "Karen Burmese Cooperative Ltd",
    "Hazara Cultural Foundation", "Filipino Australian Association of Parramatta",
    "Somali Youth Network", "Korean Senior Citizens Society Inc", "Indian Cultural Centre",
    "Aboriginal Medical Service Co-operative Ltd", "Torres Strait Islander Corporation",
    "Macedonian Welfare Association Inc", "Maltese Community Council",
    "Nepalese Community Foundation", "Sri Lankan Catholic Association",
    "Sikh Youth Australia Inc", "Congolese Women's Group Inc", "Eritrean Community Club",
    "Pacific Islands Council of Queensland", "Blacktown Men's Shed Inc",
    "Riverina Landcare Network", "Parramatta Mission", "Dubbo Netball Club Inc",
    "Mount Druitt Cricket Club", "Cancer Council NSW", "Diabetes Australia Ltd",
    "Heart Foundation", "Mental Health Association of Queensland", "Gay and Lesbian Health Trust",
    "Headspace Geelong", "Youth Off The Streets Ltd", "St Vincent de Paul Society",
    "Jewish Care Victoria", "Buddhist Council of NSW", "Hindu Council of Australia",
    "Uniting Church Parish of Bankstown", "Country Women's Association of NSW",
    "Rural Fire Brigade Association", "Surf Life Saving Club Wollongong",
)  # fmt: skip
PROGRAMS = (
    "Multicultural Grants", "Community Building Partnership", "Stronger Communities",
    "Youth Opportunities", "Seniors Festival", "Volunteer Grants", "Disability Inclusion",
)  # fmt: skip
MEDICINES = (
    "Amoxicillin 500 mg capsule", "Paracetamol 500 mg tablet", "Metformin 1 g tablet",
    "Atorvastatin 40 mg tablet", "Salbutamol 100 mcg inhaler", "Enoxaparin 40 mg injection",
    "Ceftriaxone 1 g injection", "Morphine 10 mg/mL injection", "Ondansetron 4 mg tablet",
    "Frusemide 40 mg tablet", "Pantoprazole 40 mg tablet", "Prednisolone 25 mg tablet",
    "Insulin glargine 100 units/mL", "Sertraline 50 mg tablet", "Quetiapine 25 mg tablet",
    "Oxycodone 5 mg capsule", "Gentamicin 80 mg injection", "Heparin 5000 units injection",
    "Clopidogrel 75 mg tablet", "Apixaban 5 mg tablet", "Vancomycin 1 g injection",
)  # fmt: skip
WARDS = ("4 North", "5 South", "ICU", "Emergency", "Theatre", "Oncology", "Pharmacy Store")
INDUSTRIES = (
    "Construction", "Retail Trade", "Manufacturing", "Health Care", "Hospitality",
    "Transport", "Professional Services", "Wholesale Trade", "Mining", "Education",
)  # fmt: skip
METER_PLACES = (
    "Front boundary left side", "Inside meter box near driveway", "Rear of property",
    "Under footpath near gate", "Side of garage", "Nature strip opposite letterbox",
    "Front garden bed right side", "Basement car park level 1", "Behind side fence",
)  # fmt: skip
CAMERA_PLACES = (
    "Pacific Hwy near Smith St, Hornsby", "Parramatta Rd at Church St", "M4 westbound km 12",
    "Hume Hwy southbound, Campbelltown", "King Georges Rd near Stoney Creek Rd",
    "Bruce Hwy at Caboolture", "Princes Hwy northbound, Dandenong", "Canning Hwy at Reynolds Rd",
)  # fmt: skip
DOCTOR_TITLES = ("Dr", "Dr", "Dr", "Prof", "A/Prof", "Mr", "Ms")
OUTCOMES = (
    "Convicted", "Dismissed", "Good behaviour bond", "Detention order", "Diversion",
    "Convicted and fined", "Withdrawn", "Bond without conviction", "Community service order",
    "Imprisonment", "Suspended sentence", "Intensive correction order", "Not guilty",
    "Youth justice conference", "Caution", "Probation order",
)  # fmt: skip
JURY_REASONS = (
    "Convicted of an indictable offence", "Undischarged bankrupt", "Serving a sentence",
    "Mental illness", "Unable to understand English", "Cognitive impairment",
    "Currently on bail", "Subject to a good behaviour bond", "Bankruptcy",
    "Suffering a mental illness or disability", "Imprisoned in the last 10 years",
)  # fmt: skip
DONATION = (
    "Yes - all organs and tissues", "Yes - kidneys, liver", "Yes - heart, lungs, corneas",
    "No", "Undecided", "Yes - eye tissue only", "Yes - all organs", "No - withdrawn consent",
)  # fmt: skip
ORIENTATION = ("Heterosexual", "Gay", "Lesbian", "Bisexual", "Prefer not to say", "Queer")
VESSELS = (
    "Sea Breeze", "Southern Star", "Reel Time", "Blue Horizon", "Knot Working", "Aurora",
    "Salty Dog", "Wave Dancer", "Pelican", "Ocean Spirit", "Island Time", "Second Wind",
    "Marlin II", "Tide Runner", "Sunset Chaser",
)  # fmt: skip
OWNER_COMPANIES = (
    "Harbour Charters Pty Ltd", "Reef Dive Tours Pty Ltd", "Coastal Fishing Co",
    "Blue Water Holdings Pty Ltd", "Southern Marine Services", "Bay Ferries Ltd",
)  # fmt: skip
ADDRESS_STREETS = ("King St", "George St", "Smith Street", "Railway Pde", "Church St")
# (name, latitude, longitude) of some places
SITES = (
    (-33.8688, 151.2093), (-37.8136, 144.9631), (-27.4698, 153.0251), (-34.9285, 138.6007),
    (-31.9505, 115.8605), (-42.8821, 147.3272), (-12.4634, 130.8456), (-35.2809, 149.13),
)  # fmt: skip


# -- values ---------------------------------------------------------------------------------


def school(rng: random.Random) -> str:
    return f"{rng.choice(SCHOOL_PLACES)} {rng.choice(SCHOOL_KINDS)}"


def provider_number(rng: random.Random, *, valid: bool = True) -> str:
    """A Medicare provider number: six digits, a location character and a check letter."""
    stem = f"{rng.randint(0, 999999):06d}"
    location = rng.choice("0123456789ABCDEFGHJKLMNPQRTUVWXY")
    locations = "0123456789ABCDEFGHJKLMNPQRTUVWXY"
    total = sum(int(d) * w for d, w in zip(stem, (3, 5, 8, 4, 2, 1), strict=True))
    total += locations.index(location) * 6
    check = "YXWTLKJHFBA"[total % 11] if valid else rng.choice("ABFHJKLTWXY")
    return stem + location + check


USI_CHARS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"


def usi(rng: random.Random) -> str:
    """A unique student identifier: nine characters and a Luhn mod 32 check character."""
    body = "".join(rng.choice(USI_CHARS) for _ in range(9))
    factor, total = 2, 0
    for ch in reversed(body):
        addend = factor * USI_CHARS.index(ch)
        factor = 1 if factor == 2 else 2
        total += addend // 32 + addend % 32
    return body + USI_CHARS[(32 - total % 32) % 32]


def bpay_crn(rng: random.Random) -> str:
    body = digits(rng, rng.choice([7, 9, 11]))
    return body + luhn_digit(body)


def titled_doctor(rng: random.Random) -> str:
    form = rng.random()
    if form < 0.5:
        return f"{rng.choice(DOCTOR_TITLES)} {given(rng)} {family(rng)}"
    if form < 0.8:
        return f"{rng.choice(DOCTOR_TITLES)} {given(rng)[0]}. {family(rng)}"
    return f"{family(rng).upper()}, {given(rng)}"


def person(rng: random.Random) -> str:
    return f"{given(rng)} {family(rng)}"


def address(rng: random.Random) -> str:
    return f"{rng.randint(1, 250)} {rng.choice(ADDRESS_STREETS)}"


def _suburb_and_postcode(rng: random.Random) -> tuple[str, str]:
    i = rng.randrange(len(SUBURBS))
    return SUBURBS[i], POSTCODES[i % len(POSTCODES)]


# -- 1. tables with no people ----------------------------------------------------------------


def school_immunisation(rng: random.Random, n: int = 400) -> Table:
    t = Table("school_immunisation.csv")
    schools = [school(rng) for _ in range(n // 3)]
    places = {s: _suburb_and_postcode(rng) for s in schools}
    chosen = [rng.choice(schools) for _ in range(n)]
    t.add("School Name", "NONE", "none", chosen)
    t.add("Suburb", "NONE", "none", [places[s][0] for s in chosen])
    t.add("Postcode", "NONE", "none", [places[s][1] for s in chosen])
    t.add("State", "NONE", "none", [rng.choice(["NSW", "VIC", "QLD", "SA"]) for _ in chosen])
    t.add("Vaccine", "NONE", "none", [rng.choice(VACCINES) for _ in chosen])
    enrolled = [rng.randint(40, 1400) for _ in chosen]
    t.add("Students Enrolled", "NONE", "none", [str(e) for e in enrolled])
    t.add("Fully Immunised", "NONE", "none", [str(int(e * rng.uniform(0.7, 1))) for e in enrolled])
    t.add("Coverage %", "NONE", "none", [f"{rng.uniform(70, 99):.1f}" for _ in chosen])
    return t


def community_grants(rng: random.Random, n: int = 300) -> Table:
    t = Table("community_grants.csv")
    t.add("grant_id", "NONE", "none", [f"GR{digits(rng, 6)}" for _ in range(n)])
    t.add("organisation", "NONE", "none", [rng.choice(COMMUNITY_ORGS) for _ in range(n)])
    t.add("inc_number", "NONE", "none", [f"INC{digits(rng, 7)}" for _ in range(n)])
    places = [_suburb_and_postcode(rng) for _ in range(n)]
    t.add("suburb", "NONE", "none", [p[0] for p in places])
    t.add("postcode", "NONE", "none", [p[1] for p in places])
    t.add("state", "NONE", "none", [rng.choice(["NSW", "VIC", "QLD", "WA"]) for _ in range(n)])
    t.add("program", "NONE", "none", [rng.choice(PROGRAMS) for _ in range(n)])
    t.add("amount", "NONE", "none", [f"{rng.randint(1, 50) * 1000}" for _ in range(n)])
    t.add("approved", "NONE", "none", [recent(rng).strftime("%d/%m/%Y") for _ in range(n)])
    return t


def pharmacy_inventory(rng: random.Random, n: int = 400) -> Table:
    t = Table("pharmacy_inventory.csv")
    pbs = ("2622B", "08254K", "1215Y", "08757Y", "2092Q", "09140H", "1967R", "08519W", "3161W")
    atc = ("J01CA04", "N02BE01", "A10BA02", "C10AA05", "R03AC02", "B01AB05", "N05AH04")
    t.add("Item", "NONE", "none", [rng.choice(MEDICINES) for _ in range(n)])
    t.add("PBS Code", "NONE", "none", [rng.choice(pbs) for _ in range(n)])
    t.add("ATC Code", "NONE", "none", [rng.choice(atc) for _ in range(n)])
    t.add("Ward", "NONE", "none", [rng.choice(WARDS) for _ in range(n)])
    t.add("Qty On Hand", "NONE", "none", [str(rng.randint(0, 800)) for _ in range(n)])
    t.add("Unit Cost", "NONE", "none", [f"{rng.uniform(0.1, 90):.2f}" for _ in range(n)])
    t.add("Expiry", "NONE", "none", [future(rng, 2).strftime("%m/%Y") for _ in range(n)])
    t.add("Supplier", "NONE", "none", [rng.choice(BUSINESSES[:6]) for _ in range(n)])
    return t


def procurement(rng: random.Random, n: int = 300) -> Table:
    t = Table("procurement.csv")
    t.add("Contract ID", "NONE", "none", [f"CN{digits(rng, 7)}" for _ in range(n)])
    t.add("Supplier Name", "NONE", "none", [rng.choice(BUSINESSES) for _ in range(n)])
    t.add("Description", "NONE", "none", [rng.choice(INDUSTRIES) + " services" for _ in range(n)])
    t.add("Value", "NONE", "none", [f"{rng.uniform(1e3, 5e6):.2f}" for _ in range(n)])
    t.add("Start Date", "NONE", "none", [recent(rng).isoformat() for _ in range(n)])
    places = [_suburb_and_postcode(rng) for _ in range(n)]
    t.add("Suburb", "NONE", "none", [p[0] for p in places])
    t.add("Postcode", "NONE", "none", [p[1] for p in places])
    return t


def payroll_tax_audits(rng: random.Random, n: int = 300) -> Table:
    t = Table("payroll_tax_audits.csv")
    t.add("Audit No", "NONE", "none", [f"PTA-{digits(rng, 6)}" for _ in range(n)])
    firms = [f"{family(rng)} {rng.choice(['Pty Ltd', 'Holdings', 'Group', 'Constructions'])}"]
    firms += list(BUSINESSES)
    t.add("Business Name", "NONE", "none", [rng.choice(firms) for _ in range(n)])
    t.add("Industry", "NONE", "none", [rng.choice(INDUSTRIES) for _ in range(n)])
    t.add("Taxable Wages", "NONE", "none", [f"{rng.uniform(1.2e6, 9e7):.2f}" for _ in range(n)])
    t.add("Employees", "NONE", "none", [str(rng.randint(10, 900)) for _ in range(n)])
    places = [_suburb_and_postcode(rng) for _ in range(n)]
    t.add("Location", "NONE", "none", [p[0] for p in places])
    t.add("Postcode", "NONE", "none", [p[1] for p in places])
    t.add(
        "Outcome",
        "NONE",
        "none",
        [rng.choice(["No change", "Assessment issued", "Penalty tax", "Refund"]) for _ in range(n)],
    )
    return t


def water_meters(rng: random.Random, n: int = 400) -> Table:
    t = Table("water_meters.csv")
    t.add("meter_id", "NONE", "none", [f"WM{digits(rng, 8)}" for _ in range(n)])
    t.add("property_id", "NONE", "none", [digits(rng, 7) for _ in range(n)])
    places = [_suburb_and_postcode(rng) for _ in range(n)]
    t.add("suburb", "NONE", "none", [p[0] for p in places])
    t.add("postcode", "NONE", "none", [p[1] for p in places])
    t.add("location_description", "NONE", "none", [rng.choice(METER_PLACES) for _ in range(n)])
    t.add("meter_size_mm", "NONE", "none", [rng.choice(["20", "25", "32", "40"]) for _ in range(n)])
    t.add("last_read", "NONE", "none", [recent(rng, 0.3).isoformat() for _ in range(n)])
    t.add("reading_kl", "NONE", "none", [str(rng.randint(10, 9000)) for _ in range(n)])
    return t


def rental_bonds(rng: random.Random, n: int = 400) -> Table:
    t = Table("rental_bonds.csv")
    t.add("Bond Number", "NONE", "none", [digits(rng, 8) for _ in range(n)])
    places = [_suburb_and_postcode(rng) for _ in range(n)]
    t.add("Premises Suburb", "NONE", "none", [p[0] for p in places])
    t.add("Premises Postcode", "NONE", "none", [p[1] for p in places])
    t.add(
        "Dwelling Type",
        "NONE",
        "none",
        [rng.choice(["House", "Flat", "Terrace"]) for _ in range(n)],
    )
    t.add("Bedrooms", "NONE", "none", [str(rng.randint(0, 5)) for _ in range(n)])
    t.add("Weekly Rent", "NONE", "none", [str(rng.randint(250, 1400)) for _ in range(n)])
    t.add("Bond Amount", "NONE", "none", [str(rng.randint(1000, 5600)) for _ in range(n)])
    t.add("Lodgement Date", "NONE", "none", [recent(rng).strftime("%d/%m/%Y") for _ in range(n)])
    return t


# -- tables about people, with the same shapes ------------------------------------------------


def tenancy_bonds(rng: random.Random, n: int = 400) -> Table:
    t = Table("tenancy_bonds.csv")
    t.add("Bond Number", "ID", "ambiguous", [digits(rng, 8) for _ in range(n)])
    t.add("Tenant Name", "PERSON", "direct", [person(rng) for _ in range(n)])
    places = [_suburb_and_postcode(rng) for _ in range(n)]
    t.add("Premises Suburb", "LOCATION", "quasi", [p[0] for p in places])
    t.add("Premises Postcode", "AU_POSTCODE", "quasi", [p[1] for p in places])
    t.add("Weekly Rent", "NONE", "none", [str(rng.randint(250, 1400)) for _ in range(n)])
    t.add("Bond Amount", "NONE", "none", [str(rng.randint(1000, 5600)) for _ in range(n)])
    t.add("Lodgement Date", "NONE", "none", [recent(rng).strftime("%d/%m/%Y") for _ in range(n)])
    return t


def employee_payroll(rng: random.Random, n: int = 300) -> Table:
    t = Table("employee_payroll.csv")
    t.add("Employee ID", "ID", "direct", [f"E{digits(rng, 6)}" for _ in range(n)])
    t.add("Surname", "PERSON", "direct", [family(rng).upper() for _ in range(n)])
    t.add("Given Name", "PERSON", "direct", [given(rng) for _ in range(n)])
    t.add("Gross Wages", "INCOME", "quasi", [f"{rng.uniform(2e4, 2e5):.2f}" for _ in range(n)])
    t.add("Home Postcode", "AU_POSTCODE", "quasi", [rng.choice(POSTCODES) for _ in range(n)])
    t.add("Employer", "NONE", "none", [rng.choice(BUSINESSES) for _ in range(n)])
    return t


# -- 2. practitioners, officials, relatives, holders -------------------------------------------


def mbs_claims(rng: random.Random, n: int = 400) -> Table:
    t = Table("mbs_claims.csv")
    t.add("Patient ID", "ID", "direct", [f"P{digits(rng, 7)}" for _ in range(n)])
    t.add("Provider Number", "ID", "direct", [provider_number(rng) for _ in range(n)])
    t.add("Provider Name", "PERSON", "direct", [titled_doctor(rng) for _ in range(n)])
    t.add(
        "Referring Provider No",
        "ID",
        "direct",
        [provider_number(rng, valid=rng.random() < 0.3) for _ in range(n)],
    )
    t.add("Referrer", "PERSON", "direct", [titled_doctor(rng) for _ in range(n)])
    t.add("Service Date", "NONE", "none", [recent(rng).isoformat() for _ in range(n)])
    t.add(
        "MBS Item",
        "NONE",
        "ambiguous",
        [str(rng.choice([23, 36, 44, 721, 10990])) for _ in range(n)],
    )
    t.add("Benefit Paid", "NONE", "none", [f"{rng.uniform(10, 300):.2f}" for _ in range(n)])
    return t


def coronial_findings(rng: random.Random, n: int = 300) -> Table:
    t = Table("coronial_findings.csv")
    t.add(  # a case's number is its person's, the deceased's (docs/decisions.md)
        "Case Ref",
        "ID",
        "direct",
        [f"COR {rng.randint(2019, 2025)}/{digits(rng, 5)}" for _ in range(n)],
    )
    t.add("Deceased", "PERSON", "direct", [person(rng) for _ in range(n)])
    t.add(
        "DOB", "DATE_OF_BIRTH", "quasi", [birth(rng, 1, 95).strftime("%d/%m/%Y") for _ in range(n)]
    )
    t.add(
        "Date of Death",
        "NONE",
        "ambiguous",
        [recent(rng, 4).strftime("%d/%m/%Y") for _ in range(n)],
    )
    t.add("PLACE_OF_DEATH", "LOCATION", "quasi", [rng.choice(SUBURBS) for _ in range(n)])
    coroners = [
        f"{rng.choice(['Coroner', 'Deputy State Coroner', 'Magistrate'])} {family(rng)}"
        for _ in range(12)
    ]
    t.add("Coroner", "PERSON", "direct", [rng.choice(coroners) for _ in range(n)])
    t.add("Next of Kin", "PERSON", "direct", [person(rng) for _ in range(n)])
    t.add(
        "Senior Next of Kin Relationship",
        "NONE",
        "none",
        [rng.choice(["Spouse", "Son", "Daughter", "Parent"]) for _ in range(n)],
    )
    return t


def court_outcomes(rng: random.Random, n: int = 400) -> Table:
    t = Table("court_outcomes.csv")
    t.add(
        "Defendant", "PERSON", "direct", [f"{family(rng).upper()}, {given(rng)}" for _ in range(n)]
    )
    t.add("DOB", "DATE_OF_BIRTH", "quasi", [birth(rng, 10, 70).isoformat() for _ in range(n)])
    magistrates = [f"Magistrate {given(rng)[0]}. {family(rng)}" for _ in range(10)]
    magistrates += [f"Judge {family(rng)}" for _ in range(4)]
    t.add("Judicial Officer", "PERSON", "direct", [rng.choice(magistrates) for _ in range(n)])
    t.add("Outcome", "CRIMINAL_RECORD", "sensitive", [rng.choice(OUTCOMES) for _ in range(n)])
    workers = [person(rng) for _ in range(25)]
    t.add("Case Worker", "PERSON", "direct", [rng.choice(workers) for _ in range(n)])
    t.add(
        "Witness",
        "PERSON",
        "direct",
        [person(rng) if rng.random() < 0.7 else None for _ in range(n)],
    )
    t.add(
        "Guardian",
        "PERSON",
        "direct",
        [person(rng) if rng.random() < 0.4 else None for _ in range(n)],
    )
    t.add("Hearing Date", "NONE", "none", [recent(rng).isoformat() for _ in range(n)])
    return t


def vessel_register(rng: random.Random, n: int = 300) -> Table:
    t = Table("vessel_register.csv")
    t.add("Vessel Name", "NONE", "none", [rng.choice(VESSELS) for _ in range(n)])
    t.add(
        "Hull ID",
        "NONE",
        "none",
        [f"AUS{digits(rng, 5)}{rng.choice('ABCDEFGH')}{rng.randint(10, 25)}" for _ in range(n)],
    )
    owners = [person(rng) if rng.random() < 0.6 else rng.choice(OWNER_COMPANIES) for _ in range(n)]
    t.add("Registered Owner", "PERSON", "direct", owners)
    t.add("Owner DOB", "DATE_OF_BIRTH", "quasi", [birth(rng, 18, 85).isoformat() for _ in range(n)])
    t.add("Length (m)", "NONE", "none", [f"{rng.uniform(3, 25):.1f}" for _ in range(n)])
    t.add(
        "Licence Holder",
        "PERSON",
        "direct",
        [person(rng) if rng.random() < 0.65 else rng.choice(OWNER_COMPANIES) for _ in range(n)],
    )
    return t


# -- 3. identifiers named by agency words ------------------------------------------------------


def vet_students(rng: random.Random, n: int = 400) -> Table:
    t = Table("vet_students.csv")
    t.add("USI", "ID", "direct", [usi(rng) for _ in range(n)])
    t.add("Student Name", "PERSON", "direct", [person(rng) for _ in range(n)])
    t.add(
        "Birth Date",
        "DATE_OF_BIRTH",
        "quasi",
        [birth(rng, 15, 60).strftime("%d/%m/%Y") for _ in range(n)],
    )
    t.add(
        "Course Code",
        "NONE",
        "none",
        [rng.choice(["BSB50120", "CHC33015", "CPC30220"]) for _ in range(n)],
    )
    t.add(
        "RTO",
        "NONE",
        "none",
        [rng.choice(["TAFE NSW", "Box Hill Institute", "TAFE Queensland"]) for _ in range(n)],
    )
    return t


def debtors(rng: random.Random, n: int = 400) -> Table:
    t = Table("debtors.csv")
    t.add("BPAY CRN", "ID", "direct", [bpay_crn(rng) for _ in range(n)])
    t.add("Debtor", "PERSON", "direct", [f"{given(rng)} {family(rng).upper()}" for _ in range(n)])
    t.add(
        "DD BSB",
        "AU_BSB",
        "direct",
        [f"{rng.choice(['062', '033', '082', '012'])}-{digits(rng, 3)}" for _ in range(n)],
    )
    t.add(
        "DD Account", "BANK_ACCOUNT", "direct", [digits(rng, rng.choice([8, 9])) for _ in range(n)]
    )
    t.add("Amount Owing", "NONE", "none", [f"{rng.uniform(20, 9000):.2f}" for _ in range(n)])
    t.add("vehicle_rego", "ID", "direct", [plate(rng) for _ in range(n)])
    t.add("rego_state", "NONE", "none", [rng.choice(["NSW", "VIC", "QLD"]) for _ in range(n)])
    return t


def camera_detections(rng: random.Random, n: int = 400) -> Table:
    t = Table("camera_detections.csv")
    t.add("detection_id", "NONE", "none", [digits(rng, 10) for _ in range(n)])
    t.add("camera_id", "NONE", "none", [f"CAM{rng.randint(100, 180)}" for _ in range(n)])
    t.add("camera_location", "NONE", "none", [rng.choice(CAMERA_PLACES) for _ in range(n)])
    t.add("regoPlate", "ID", "ambiguous", [plate(rng) for _ in range(n)])
    t.add(
        "plate_state", "NONE", "none", [rng.choice(["NSW", "VIC", "QLD", "ACT"]) for _ in range(n)]
    )
    t.add("speed_kmh", "NONE", "none", [str(rng.randint(60, 140)) for _ in range(n)])
    t.add(
        "detected_at",
        "NONE",
        "none",
        [
            f"{recent(rng).isoformat()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
            for _ in range(n)
        ],
    )
    return t


# -- 4. codes in a headerless file -----------------------------------------------------------


def clients_coded_headerless(rng: random.Random, n: int = 400) -> Table:
    t = Table("clients_coded_headerless.csv", header=False)
    t.add("FAMILY", "PERSON", "direct", [family(rng).upper() for _ in range(n)])
    t.add("GIVEN", "PERSON", "direct", [given(rng) for _ in range(n)])
    t.add("DOB", "DATE_OF_BIRTH", "quasi", [birth(rng).strftime("%d/%m/%Y") for _ in range(n)])
    t.add("SEX", "GENDER", "quasi", [rng.choice("1111122222239") for _ in range(n)])
    t.add("INDIG", "ETHNICITY", "sensitive", [rng.choice("4444444444123449") for _ in range(n)])
    t.add("STATUS", "NONE", "none", [rng.choice("1111223456") for _ in range(n)])
    t.add("PRIORITY", "NONE", "none", [rng.choice("123") for _ in range(n)])
    t.add("AMOUNT", "NONE", "none", [f"{rng.uniform(10, 900):.2f}" for _ in range(n)])
    return t


def assets_coded_headerless(rng: random.Random, n: int = 300) -> Table:
    t = Table("assets_coded_headerless.csv", header=False)
    t.add("ASSET", "NONE", "none", [f"A{digits(rng, 6)}" for _ in range(n)])
    t.add("CLASS", "NONE", "none", [rng.choice("1111122222239") for _ in range(n)])
    t.add("COND", "NONE", "none", [rng.choice("4444444444123449") for _ in range(n)])
    t.add("SUBURB", "NONE", "none", [rng.choice(SUBURBS) for _ in range(n)])
    t.add("VALUE", "NONE", "none", [f"{rng.uniform(1e3, 1e6):.2f}" for _ in range(n)])
    return t


# -- 5. sensitive categories ---------------------------------------------------------------


def jury_pool(rng: random.Random, n: int = 300) -> Table:
    t = Table("jury_pool.csv")
    t.add("Juror Number", "ID", "ambiguous", [digits(rng, 7) for _ in range(n)])
    t.add("Full Name", "PERSON", "direct", [person(rng) for _ in range(n)])
    t.add("Residential Suburb", "LOCATION", "quasi", [rng.choice(SUBURBS) for _ in range(n)])
    t.add(
        "Disqualification Reason",
        "CRIMINAL_RECORD",
        "sensitive",
        [rng.choice(JURY_REASONS) if rng.random() < 0.6 else None for _ in range(n)],
    )
    t.add("Summons Date", "NONE", "none", [recent(rng).isoformat() for _ in range(n)])
    return t


def staff_diversity(rng: random.Random, n: int = 400) -> Table:
    t = Table("staff_diversity.csv")
    t.add("staff_id", "ID", "direct", [digits(rng, 8) for _ in range(n)])
    t.add(
        "age_band",
        "AGE",
        "quasi",
        [rng.choice(["20-29", "30-39", "40-49", "50-59", "60+"]) for _ in range(n)],
    )
    t.add(
        "lgbtiq",
        "SEXUAL_ORIENTATION",
        "sensitive",
        [rng.choice(["No", "No", "No", "Yes", "Prefer not to say"]) for _ in range(n)],
    )
    t.add(
        "sexual_orientation",
        "SEXUAL_ORIENTATION",
        "sensitive",
        [rng.choice(ORIENTATION) for _ in range(n)],
    )
    t.add(
        "classification", "NONE", "none", [rng.choice(["APS 4", "APS 6", "EL 1"]) for _ in range(n)]
    )
    return t


def organ_donor_register(rng: random.Random, n: int = 300) -> Table:
    t = Table("organ_donor_register.csv")
    t.add("Donor Name", "PERSON", "direct", [person(rng) for _ in range(n)])
    t.add(
        "Date of Birth",
        "DATE_OF_BIRTH",
        "quasi",
        [birth(rng, 16, 90).isoformat() for _ in range(n)],
    )
    t.add("Donation Decision", "HEALTH", "sensitive", [rng.choice(DONATION) for _ in range(n)])
    t.add(
        "Organ Donor Consent",
        "HEALTH",
        "sensitive",
        [rng.choice(["Y", "N", "Y", "U"]) for _ in range(n)],
    )
    t.add("Registered", "NONE", "none", [recent(rng, 8).isoformat() for _ in range(n)])
    return t


# -- 7. coordinates -------------------------------------------------------------------------


def sites_with_coordinates(rng: random.Random, n: int = 300) -> Table:
    t = Table("monitoring_sites.csv")
    chosen = [rng.choice(SITES) for _ in range(n)]
    t.add("site_id", "NONE", "none", [f"S{digits(rng, 5)}" for _ in range(n)])
    t.add(
        "site_name", "NONE", "none", [f"{rng.choice(SUBURBS)} Monitoring Station" for _ in range(n)]
    )
    t.add(
        "site_lat",
        "NONE",
        "none",
        [f"{la + rng.uniform(-0.3, 0.3):.{rng.randint(3, 6)}f}" for la, _ in chosen],
    )
    t.add(
        "site_lon",
        "NONE",
        "none",
        [f"{lo + rng.uniform(-0.3, 0.3):.{rng.randint(3, 6)}f}" for _, lo in chosen],
    )
    t.add("pm25", "NONE", "none", [f"{rng.uniform(1, 40):.1f}" for _ in range(n)])
    return t


def all_tables(seed: int = 20_260_401) -> list[Table]:
    """Every table, each from its own stream of the one seed."""
    makers: Sequence[Callable[[random.Random], Table]] = (
        school_immunisation, community_grants, pharmacy_inventory, procurement,
        payroll_tax_audits, water_meters, rental_bonds, tenancy_bonds, employee_payroll,
        mbs_claims, coronial_findings, court_outcomes, vessel_register, vet_students, debtors,
        camera_detections, clients_coded_headerless, assets_coded_headerless, jury_pool,
        staff_diversity, organ_donor_register, sites_with_coordinates,
    )  # fmt: skip
    return [make(random.Random(f"{seed}:{make.__name__}")) for make in makers]


def main(argv: Sequence[str]) -> int:
    return score(argv, all_tables())


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
    raise SystemExit(main(sys.argv[1:]))
