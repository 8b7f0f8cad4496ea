"""Columns whose meaning depends on what else is in the cell, the name or the table.

1. several people or dates of birth written to one cell ("Hassan (3); Dariush (16)");
2. an animal's name, sex and date of birth beside its owner's;
3. the coordinates of a person's address, and coordinates of things;
4. tables of counts of events (crashes, deaths, admissions) by place, age group and sex;
5. medicines written with their strength ("Amlodipine 5mg") under a name such as RX;
6. references of payments and verifications, and the year an income is for;
7. placeholders such as "Anonymous" among the names of the people who reported.
"""

from __future__ import annotations

import datetime as dt
import random
import string
import uuid
from typing import Any

import pyarrow as pa
import pytest
from category_tables import (
    BUSINESSES,
    SUBURBS,
    birth,
    company_abn,
    digits,
    family,
    given,
    plate,
    recent,
)
from detect_support import found as _found
from detect_support import kind as _kind

from minshare import identifiers
from minshare.detect import vocab
from minshare.detect.names import name_hints, normalise
from minshare.detect.people import is_login

N = 300


def _people(rng: random.Random, n: int = N) -> dict[str, list[Any]]:
    return {
        "CLIENT_NAME": [f"{given(rng)} {family(rng)}" for _ in range(n)],
        "DOB": [birth(rng, 18, 90).isoformat() for _ in range(n)],
        "SEX": [rng.choice("MFMFX") for _ in range(n)],
    }


def _address(rng: random.Random) -> str:
    street = rng.choice(["Burke", "Chifley", "Mitchell", "Curtin", "Casuarina"])
    kind = rng.choice(["St", "Rd", "Court", "Parade"])
    return f"{rng.randint(1, 300)} {street} {kind}, {rng.choice(SUBURBS)}"


# -- 1. lists in a cell -----------------------------------------------------------------------


def _children(rng: random.Random) -> tuple[str, str]:
    kids = [(given(rng), birth(rng, 0, 17)) for _ in range(rng.randint(1, 3))]
    names = "; ".join(f"{name} ({(recent(rng, 0).year - born.year)})" for name, born in kids)
    dobs = "; ".join(born.strftime("%d/%m/%Y") for _, born in kids)
    return names, dobs


def test_lists_of_people_and_of_their_dates_of_birth_are_found_by_their_items() -> None:
    rng = random.Random("lists")
    pairs = [_children(rng) for _ in range(N)]
    table = {
        "APPLICANT": [f"{given(rng)} {family(rng).upper()}" for _ in range(N)],
        "Children": [names for names, _ in pairs],
        "ChildDOBs": [dobs for _, dobs in pairs],
        "ORDER_TYPE": [rng.choice(["Interim orders", "Final orders"]) for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["Children"]) == "PERSON", found["Children"]
    assert "are lists" in found["Children"].entities[0].evidence
    assert _kind(found["ChildDOBs"]) == "DATE_OF_BIRTH", found["ChildDOBs"]


def test_a_list_of_clauses_is_not_read_item_by_item() -> None:
    rng = random.Random("clauses")
    defects = [
        "Lounge alarm painted over",
        "Battery alarm where hardwired required",
        "No alarm in hallway outside bedrooms",
        "Alarm past its replacement date",
    ]
    table = {
        "PROPERTY": [f"P{digits(rng, 6)}" for _ in range(N)],
        "DEFECTS": ["; ".join(rng.sample(defects, 2)) for _ in range(N)],
    }
    assert _kind(_found(table)["DEFECTS"]) not in ("PERSON", "DATE_OF_BIRTH")


@pytest.mark.parametrize(
    ("name", "expected"),
    [("ChildDOBs", "child_dob"), ("clientIDs", "client_id"), ("ABNs", "abn"), ("STATUS", "status")],
)
def test_the_plural_of_an_acronym_is_read_as_the_acronym(name: str, expected: str) -> None:
    assert normalise(name) == expected


# -- 2. animals ---------------------------------------------------------------------------------


def test_a_dogs_name_sex_and_birth_date_are_not_a_persons() -> None:
    rng = random.Random("dogs")
    table = {
        "owner": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "owner_address": [_address(rng) for _ in range(N)],
        "dog_name": [given(rng) for _ in range(N)],
        "dog_sex": [rng.choice("MF") for _ in range(N)],
        "dog_dob": [birth(rng, 0, 15).strftime("%d/%m/%Y") for _ in range(N)],
        "pet_owner_phone": [f"04{digits(rng, 8)}" for _ in range(N)],
    }
    found = _found(table)
    for name in ("dog_name", "dog_sex", "dog_dob"):
        assert not found[name].personal, found[name]
    assert _kind(found["owner"]) == "PERSON"
    assert _kind(found["pet_owner_phone"]) == "PHONE_NUMBER"  # the owner's


# -- 3. coordinates ---------------------------------------------------------------------------


def _coordinates(rng: random.Random) -> tuple[list[str], list[str]]:
    lats = [f"{rng.uniform(-38.5, -27.0):.6f}" for _ in range(N)]
    lons = [f"{rng.uniform(138.0, 153.0):.6f}" for _ in range(N)]
    return lats, lons


def test_the_geocode_of_a_persons_address_is_a_location() -> None:
    rng = random.Random("geocode")
    lats, lons = _coordinates(rng)
    table = {**_people(rng), "pickup_address": [_address(rng) for _ in range(N)]}
    found = _found({**table, "lat": lats, "lon": lons})
    for name in ("lat", "lon"):
        assert _kind(found[name]) == "LOCATION", found[name]
        assert found[name].category == "quasi_identifier"


def test_floats_rounded_to_three_places_that_lost_their_zeros_are_still_coordinates() -> None:
    # a typed column: 153.010 is stored and read back as 153.01, one time in ten
    rng = random.Random("floats")
    table = {**_people(rng), "home_address": [_address(rng) for _ in range(N)]}
    lons = [round(rng.uniform(138.0, 153.0), 3) for _ in range(N)]
    lons = [round(lon, 2) if i % 20 == 0 else lon for i, lon in enumerate(lons)]  # 5% more
    assert _kind(_found({**table, "lon": lons})["lon"]) == "LOCATION"
    # text keeps the places it was given: one value in seven to two places is a coarser grid
    text = [f"{lon:.2f}" if i % 7 == 0 else f"{lon:.3f}" for i, lon in enumerate(lons)]
    assert not _found({**table, "lon": text})["lon"].personal


def test_coordinates_of_things_or_without_an_address_are_not_personal() -> None:
    rng = random.Random("sites")
    lats, lons = _coordinates(rng)
    people = _people(rng)
    # a catch at sea: the table is about people, but holds no address of theirs
    found = _found({**people, "lat": lats, "lon": lons})
    assert not found["lat"].personal and not found["lon"].personal
    # a camera's place beside a person's address
    table = {**people, "home_address": [_address(rng) for _ in range(N)]}
    found = _found({**table, "camera_lat": lats, "camera_lon": lons})
    assert not found["camera_lat"].personal and not found["camera_lon"].personal


# -- 4. counts of events ----------------------------------------------------------------------


def test_monthly_counts_by_region_beside_each_regions_office_line_are_not_about_people() -> None:
    rng = random.Random("offices")
    regions = ["Sydney Inner", "Northern Sydney", "Hunter", "Illawarra", "Western NSW", "Riverina"]
    lines = {region: f"02 {digits(rng, 4)} {digits(rng, 4)}" for region in regions}
    rows = [(f"2023-{m:02d}", region) for m in range(1, 13) for region in regions] * 4
    table = {
        "MONTH": [r[0] for r in rows],
        "REGION": [r[1] for r in rows],
        "OFFICE_PH": [lines[r[1]] for r in rows],
        "NEW_ORDERS": [rng.randint(0, 60) for _ in rows],
        "CLIENTS": [rng.randint(100, 1200) for _ in rows],
        "RATE_PER_100K": [round(rng.uniform(50, 150), 1) for _ in rows],
    }
    found = _found(table)
    assert not any(f.personal for f in found.values()), [n for n, f in found.items() if f.personal]
    # numbers that come with no one region are someone's, whatever the counts beside
    table["OFFICE_PH"] = [rng.choice(list(lines.values())) for _ in rows]
    assert _found(table)["OFFICE_PH"].personal


def test_a_table_of_crash_counts_by_place_age_group_and_sex_is_not_about_people() -> None:
    rng = random.Random("crashes")
    rows = [
        (year, state, band, sex)
        for year in (2021, 2022, 2023)
        for state in ("NSW", "VIC", "QLD", "NT")
        for band in ("0-16", "17-25", "26-39", "40-64", "65+")
        for sex in ("Male", "Female")
    ]
    rows = rows * 3  # by road user too, which this table leaves out: combinations repeat
    table = {
        "year": [r[0] for r in rows],
        "state": [r[1] for r in rows],
        "age_group": [r[2] for r in rows],
        "sex": [r[3] for r in rows],
        "severity": [rng.choice(["Fatal", "Serious injury", "Minor injury"]) for _ in rows],
        "crashes": [rng.randint(0, 90) for _ in rows],
        "killed": [rng.randint(0, 5) for _ in rows],
        "rate_per_100k": [round(rng.uniform(0, 40), 1) for _ in rows],
    }
    found = _found(table)
    assert not any(f.personal for f in found.values()), [n for n, f in found.items() if f.personal]


def test_a_person_who_was_injured_stays_a_person() -> None:
    rng = random.Random("casualties")
    table = {
        "age_group": [rng.choice(["0-16", "17-25", "26-39", "40-64", "65+"]) for _ in range(N)],
        "sex": [rng.choice(["Male", "Female"]) for _ in range(N)],
        "postcode": [rng.choice(["3000", "3072", "4305", "2150", "0870"]) for _ in range(N)],
        "injured": [rng.choice([0, 1]) for _ in range(N)],  # a flag, not a count
        "rate_per_100k": [round(rng.uniform(0, 40), 1) for _ in range(N)],
    }
    assert _found(table)["sex"].personal


# -- 5. medicines with their strength ---------------------------------------------------------


MEDICINES = (
    "Metformin XR 1000mg",
    "Amlodipine 5mg",
    "Colchicine 500mcg",
    "Buprenorphine/naloxone 8/2mg",
    "Betamethasone 0.05% cream",
    "Salbutamol 100mcg inhaler",
    "Sertraline 50mg",
    "Tenofovir/emtricitabine",
)


def test_medicines_with_their_strength_under_rx_are_health() -> None:
    rng = random.Random("rx")
    table = {**_people(rng), "rx": [rng.choice(MEDICINES) for _ in range(N)]}
    assert _kind(_found(table)["rx"]) == "HEALTH"


def test_medicines_by_their_generic_names_alone_are_health_under_no_name() -> None:
    # newer medicines without a strength: an antiviral, an anti-epileptic, a biologic
    names = [
        "Methotrexate", "Levodopa/carbidopa", "Levetiracetam", "Donepezil", "Ocrelizumab",
        "Sofosbuvir/velpatasvir", "Lamotrigine", "Empagliflozin", "Semaglutide",
        "Hydroxychloroquine",
    ]  # fmt: skip
    rng = random.Random("generics")
    table = {**_people(rng), "column_6": [rng.choice(names) for _ in range(N)]}
    assert _kind(_found(table)["column_6"]) == "HEALTH"


def test_rooms_and_units_with_numbers_are_not_medicines() -> None:
    rng = random.Random("rooms")
    places = ["Unit 12g", "Gate 5 units", "Level 3 Building", "Room 5", "Store 7g"]
    table = {**_people(rng), "locker": [rng.choice(places) for _ in range(N)]}
    assert _kind(_found(table)["locker"]) != "HEALTH"


# -- 6. references and periods ----------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "pay_ref",
        "RENT_VERIF_REF",
        "remittance_no",
        "remit_ref",
        "RETURN_ID",
        "TRIAL_NO",
        "police_ref",
    ],
)
def test_references_of_payments_and_verifications_are_not_a_persons_id(name: str) -> None:
    rng = random.Random(name)
    table = {**_people(rng), name: [digits(rng, 16) for _ in range(N)]}
    assert not _found(table)[name].personal


def test_the_year_an_income_is_for_is_not_income() -> None:
    rng = random.Random("income year")
    table = {
        **_people(rng),
        "income_year": [rng.choice(["2021-22", "2022-23", "2023-24"]) for _ in range(N)],
        "taxable_income": [f"{rng.uniform(20000, 150000):.2f}" for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["income_year"]) != "INCOME"
    assert _kind(found["taxable_income"]) == "INCOME"


# -- 7. placeholders --------------------------------------------------------------------------


def test_anonymous_among_the_names_of_those_who_reported_is_no_value() -> None:
    rng = random.Random("notifiers")
    titles = ["Rev", "Sgt", "Const.", "Dr", "Mr", "Ms", ""]

    def notifier() -> str:
        if rng.random() < 0.2:
            return "Anonymous"
        if rng.random() < 0.3:
            return f"{family(rng).upper()}, {given(rng)}"
        return f"{rng.choice(titles)} {given(rng)} {family(rng)}".strip()

    table = {
        "child_name": [f"{given(rng)} {family(rng).upper()}" for _ in range(N)],
        "notifier_type": [rng.choice(["Police", "School", "Relative"]) for _ in range(N)],
        "notifier": [notifier() for _ in range(N)],
    }
    assert _kind(_found(table)["notifier"]) == "PERSON"


def test_complainants_by_a_title_and_a_family_name_among_schools_are_people() -> None:
    # a complaint's complainant: a parent as "Ms White" or in full, a school's principal by
    # their office, or no one ("Anonymous"); a title before one word is a person, not a
    # pet's or a brand's one-word name
    rng = random.Random("complainants")
    schools = [f"{rng.choice(SUBURBS)} High School" for _ in range(30)]

    def complainant() -> str:
        roll = rng.random()
        if roll < 0.1:
            return "Anonymous"
        if roll < 0.3:
            return f"Principal - {rng.choice(schools)}"
        if roll < 0.55:
            return f"{rng.choice(['Mr', 'Ms', 'Mrs', 'Dr'])} {family(rng)}"
        return f"{given(rng)} {family(rng)}"

    table = {
        "RESPONDENT": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "COMPLAINANT": [complainant() for _ in range(N)],
    }
    assert _kind(_found(table)["COMPLAINANT"]) == "PERSON"


# -- 8. a bank account paid often ---------------------------------------------------------------


def test_an_unnamed_account_beside_a_bsb_is_one_even_when_its_payees_recur() -> None:
    rng = random.Random("accounts")
    payees = [
        (f"{digits(rng, 3)}-{digits(rng, 3)}", digits(rng, rng.choice([6, 8, 9])))
        for _ in range(80)
    ]
    paid = [rng.choice(payees) for _ in range(N)]  # each payee paid about four times
    table = {**_people(rng), "c12": [b for b, _ in paid], "c13": [a for _, a in paid]}
    assert _kind(_found(table)["c13"]) == "BANK_ACCOUNT"
    # a payroll's: fifty staff, each paid on twenty runs
    staff = payees[:50]
    runs = [rng.choice(staff) for _ in range(1000)]
    payroll = {**_people(rng, 1000), "c12": [b for b, _ in runs], "c13": [a for _, a in runs]}
    assert _kind(_found(payroll)["c13"]) == "BANK_ACCOUNT"
    # a handful of numbers beside a BSB are codes
    codes = [rng.choice(["100200", "100300", "100400", "100500"]) for _ in range(N)]
    assert not _found({**table, "c13": codes})["c13"].personal
    # nor is the date an arrangement started, written with dashes, before a BSB
    start = dt.date(2021, 1, 1)
    started = [(start + dt.timedelta(days=rng.randint(0, 1200))).isoformat() for _ in range(N)]
    table = {**_people(rng), "c11": started, "c12": [b for b, _ in paid]}
    assert not _found(table)["c11"].personal


# -- 9. staff named often, joint owners, organisations' addresses -------------------------------


@pytest.mark.parametrize("name", ["inspected_by", "observer_name"])
def test_a_few_staff_named_often_under_a_name_that_says_so_are_people(name: str) -> None:
    rng = random.Random(name)
    staff = [f"{given(rng)} {family(rng)}" for _ in range(8)]
    table = {
        "asset_number": [f"AS-{digits(rng, 6)}" for _ in range(N)],
        "condition_score": [rng.randint(1, 5) for _ in range(N)],
        name: [rng.choice(staff) for _ in range(N)],
    }
    assert _kind(_found(table)[name]) == "PERSON"


@pytest.mark.parametrize("name", ["TRANSITION_COACH", "tribunal_member", "conciliator", "X4"])
def test_a_few_staff_under_a_role_the_vocabulary_may_not_know_are_people(name: str) -> None:
    rng = random.Random(name)
    staff = [f"{given(rng)} {family(rng)}" for _ in range(12)]
    table = {**_people(rng), name: [rng.choice(staff) for _ in range(N)]}
    assert _kind(_found(table)[name]) == "PERSON"


def test_one_offices_branches_are_not_staff() -> None:
    # "DoT" reads as a given name (Dot), but every value starts with it: one office's branches
    rng = random.Random("branches")
    towns = ["Cannington", "Joondalup", "Geraldton", "Broome", "Mandurah", "Albany", "Bunbury"]
    table = {**_people(rng), "X9": [f"DoT {rng.choice(towns)}" for _ in range(N)]}
    assert not _found(table)["X9"].personal


def test_a_few_repeated_words_under_no_name_are_not_staff() -> None:
    rng = random.Random("categories")
    kinds = ["Glen Iris", "Grace Park", "Mount Isa", "Box Hill"]
    table = {"asset_number": [f"AS-{digits(rng, 6)}" for _ in range(N)]}
    table["depot"] = [rng.choice(kinds) for _ in range(N)]
    assert not _found(table)["depot"].personal


def _owners(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.1:
        return f"{family(rng).upper()} HOLDINGS PTY LTD"
    if roll < 0.5:
        return f"{given(rng)[0]} & {given(rng)[0]} {family(rng).upper()}"
    return f"{given(rng).upper()} {family(rng).upper()}"


def test_joint_owners_among_a_few_companies_under_no_name_are_people() -> None:
    rng = random.Random("owners")
    table = {"c0": [digits(rng, 11) for _ in range(N)], "c1": [_owners(rng) for _ in range(N)]}
    assert _kind(_found(table)["c1"]) == "PERSON"


@pytest.mark.parametrize("name", ["registered_office", "Employer Address"])
def test_an_organisations_address_is_not_a_persons(name: str) -> None:
    rng = random.Random(name)
    table = {**_people(rng), name: [_address(rng) for _ in range(N)]}
    assert not _found(table)[name].personal
    assert _kind(_found({**_people(rng), "home_address": table[name]})["home_address"]) == (
        "ADDRESS"
    )


# -- 10. names that say something else, and values that say what the name does not -------------


@pytest.mark.parametrize("name", ["BIRTH_TM", "BIRTH_FAC_CD", "retained_kg", "vehicle_make"])
def test_names_about_a_birth_a_catch_or_a_car_are_not_a_persons_trait(name: str) -> None:
    rng = random.Random(name)
    values = {
        "BIRTH_TM": [f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}" for _ in range(N)],
        "BIRTH_FAC_CD": [str(rng.randint(1000, 1050)) for _ in range(N)],
        "retained_kg": [f"{rng.uniform(20, 230):.1f}" for _ in range(N)],
        "vehicle_make": [
            rng.choice(["Toyota", "Mazda", "Ford", "Holden", "Kia"]) for _ in range(N)
        ],
    }[name]
    assert not _found({**_people(rng), name: values})[name].personal


@pytest.mark.parametrize(("name", "kind"), [("GEST_WKS", "HEALTH"), ("lbote", "ETHNICITY")])
def test_gestation_and_language_background_are_sensitive(name: str, kind: str) -> None:
    rng = random.Random(name)
    values = {
        "GEST_WKS": [str(rng.randint(24, 42)) for _ in range(N)],
        "lbote": [rng.choice(["Y", "N"]) for _ in range(N)],
    }[name]
    assert _kind(_found({**_people(rng), name: values})[name]) == kind


def test_a_childs_developmental_concerns_are_health() -> None:
    rng = random.Random("concerns")
    concerns = [
        "Speech delay", "Gross motor delay", "Hearing loss", "Feeding difficulties",
        "Toe walking", "Sensory processing", "Global developmental delay", "Down syndrome",
    ]  # fmt: skip
    table = {**_people(rng), "Concern": [rng.choice(concerns) for _ in range(N)]}
    assert _kind(_found(table)["Concern"]) == "HEALTH"
    # a train's or a payment's delay is no one's development
    delays = ["Signal delay", "Weather delay", "Processing delay", "Mechanical delay", "On time"]
    table = {**_people(rng), "Concern": [rng.choice(delays) for _ in range(N)]}
    assert _kind(_found(table)["Concern"]) != "HEALTH"


@pytest.mark.parametrize("name", ["ACCESS_NEEDS", "X_07"])
def test_the_aids_and_adjustments_a_disability_asks_for_are_health(name: str) -> None:
    rng = random.Random(name)
    needs = [
        "hearing aid (R)", "Low vision - large print", "Deaf - Auslan interpreter",
        "Guide dog", "Mobility aid", "Reduced grip strength L hand", "Vision - corrective lenses",
    ]  # fmt: skip
    table = {**_people(rng), name: [rng.choice(needs) for _ in range(N)]}
    assert _kind(_found(table)[name]) == "HEALTH"
    # a building's or a room's access is no one's health
    rooms = ["Lift access", "Ramp at rear", "Large print signage", "Step-free entry", "Parking"]
    table = {**_people(rng), name: [rng.choice(rooms) for _ in range(N)]}
    assert not _found(table)[name].personal


def test_why_a_child_is_exempt_from_a_vaccine_is_health() -> None:
    rng = random.Random("exemptions")
    reasons = [
        "Significant immunocompromise", "Laboratory evidence of immunity - measles",
        "Laboratory-confirmed varicella", "Anaphylaxis to a vaccine component", None, None, None,
    ]  # fmt: skip
    table = {**_people(rng), "Exemption Reason": [rng.choice(reasons) for _ in range(N)]}
    assert _kind(_found(table)["Exemption Reason"]) == "HEALTH"


def test_pathology_tests_are_health() -> None:
    rng = random.Random("tests")
    tests = ["eGFR", "Troponin I (hs)", "Beta hCG", "Haemoglobin", "PSA", "Lithium level", "HbA1c"]
    table = {**_people(rng), "c7": [rng.choice(tests) for _ in range(N)]}
    assert _kind(_found(table)["c7"]) == "HEALTH"
    programs = ["Culture and arts", "Sport", "Iron Knob community", "Youth", "Seniors"]
    assert not _found({**_people(rng), "c7": [rng.choice(programs) for _ in range(N)]})[
        "c7"
    ].personal


def test_results_of_screens_scans_and_measures_of_function_are_health() -> None:
    rng = random.Random("results")
    results = [
        "eGFR 22 mL/min/1.73m2", "MMSE 18/30", "LVEF 35%", "PHQ-9 score 21", "K10 score 32",
        "6MWT 290 m", "MRI L4/5 extrusion", "FEV1 41% predicted", "MoCA 19/30",
    ]  # fmt: skip
    table = {**_people(rng), "c7": [rng.choice(results) for _ in range(N)]}
    assert _kind(_found(table)["c7"]) == "HEALTH"


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("SCAT5Score", [str(n) for n in range(60, 99)]),
        ("ConcussionHx", ["0", "1", "1 (2024)", "2", "3+"]),
        ("eyesight_result", ["6/6 uncorrected", "6/9 corrected", "Lantern test PASS"]),
        ("breathTest", ["0.000", "Not tested", "Refused", "0.018", "0.052"]),
        # a contact's symptoms, and a carer's medical clearance
        ("Symptomatic", ["Y", "N", "U", "n"]),
        ("MED_CLEAR", ["Cleared", "Pending", "Cleared - GP letter", "N/A"]),
        # a driver's medical standard, met or met on conditions
        ("MED_STD", ["Meets commercial standard", "Conditional - epilepsy", "Not assessed"]),
    ],
)
def test_a_concussion_eyesight_and_a_breath_test_are_health(name: str, values: list[str]) -> None:
    rng = random.Random(name)
    table = {**_people(rng), name: [rng.choice(values) for _ in range(N)]}
    assert _kind(_found(table)[name]) == "HEALTH"


def test_a_criminal_history_written_short_is_one() -> None:
    rng = random.Random("crim hx")
    history = ["Nil known", "N", "Y - see file", "AVO respondent", "Drug possession 2019"]
    table = {**_people(rng), "CRIM_HX": [rng.choice(history) for _ in range(N)]}
    assert _kind(_found(table)["CRIM_HX"]) == "CRIMINAL_RECORD"


def test_australian_mobiles_in_any_range_and_without_their_plus_are_phones() -> None:
    rng = random.Random("mobiles")
    mobiles = [
        f"614{digits(rng, 8)}" if rng.random() < 0.8 else f"04{digits(rng, 8)}" for _ in range(N)
    ]
    assert _kind(_found({**_people(rng), "F10": mobiles})["F10"]) == "PHONE_NUMBER"
    # eleven-digit numbers that are not telephones
    codes = [f"9{digits(rng, 10)}" for _ in range(N)]
    assert _kind(_found({**_people(rng), "F10": codes})["F10"]) != "PHONE_NUMBER"


def test_notes_mostly_canned_with_some_written_out_are_free_text() -> None:
    rng = random.Random("notes")
    canned = ["Urgent", "Fasting", "Copy to GP", "Repeat in 3/12", "Haemolysed - recollect"]

    def note() -> str:
        roll = rng.random()
        if roll < 0.7:
            return rng.choice(canned)
        if roll < 0.85:
            return f"Pt {given(rng)} {family(rng)} refused recollection"
        return f"Result phoned to Dr {family(rng)} at {rng.randint(8, 20)}:{rng.randint(10, 59)}"

    found = _found({**_people(rng), "c13": [note() for _ in range(N)]})["c13"]
    assert found.category == "free_text", found


# -- 11. population tables, staff codes, address lines, headerless suburbs, animal registers ----


def test_a_population_table_by_area_age_group_and_sex_is_not_about_people() -> None:
    rng = random.Random("erp")
    areas = [
        (digits(rng, 9), rng.choice(SUBURBS) + f" {i}", rng.choice(["ACT", "NSW"]))
        for i in range(12)
    ]
    bands = ["0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39"]
    rows = [(a, b, s) for a in areas for b in bands for s in ("Male", "Female")]
    table = {
        "SA2_CODE_2021": [a[0] for a, _, _ in rows],
        "SA2_NAME_2021": [a[1] for a, _, _ in rows],
        "STATE": [a[2] for a, _, _ in rows],
        "AGE_GROUP": [b for _, b, _ in rows],
        "SEX": [s for _, _, s in rows],
        "VALUE_2023": [rng.randint(100, 900) for _ in rows],
        "PCT_CHANGE": [round(rng.uniform(-3, 3), 2) for _ in rows],
    }
    found = _found(table)
    assert not any(f.personal for f in found.values()), [n for n, f in found.items() if f.personal]


def test_records_with_a_number_each_are_not_a_cross_tabulation() -> None:
    rng = random.Random("records")
    table = {
        "REC_NO": [f"R{digits(rng, 7)}" for _ in range(N)],
        "AGE_GROUP": [rng.choice(["0-17", "18-39", "40-64", "65+"]) for _ in range(N)],
        "SEX": [rng.choice(["Male", "Female"]) for _ in range(N)],
        "POSTCODE": [rng.choice(["3000", "3072", "4305", "2150", "0870"]) for _ in range(N)],
        "AMOUNT": [f"{rng.uniform(10, 900):.2f}" for _ in range(N)],
    }
    assert _found(table)["SEX"].personal


@pytest.mark.parametrize(("name", "code"), [("Escort Officer", "CO{}"), ("agent", "sa{}dg")])
def test_the_codes_of_staff_who_act_on_a_record_are_ids(name: str, code: str) -> None:
    rng = random.Random(name)
    staff = [code.format(digits(rng, 4)) for _ in range(40)]
    table = {**_people(rng), name: [rng.choice(staff) for _ in range(N)]}
    assert _kind(_found(table)[name]) == "ID"
    # an inspector's code does not make an asset register a table of people
    assets = {
        "asset_number": [f"AS-{digits(rng, 6)}" for _ in range(N)],
        "depot_postcode": [rng.choice(["3000", "3072", "4305"]) for _ in range(N)],
        "inspector": [rng.choice(staff) for _ in range(N)],
    }
    assert not _found(assets)["depot_postcode"].personal


def test_staff_codes_some_written_without_their_letter_are_ids() -> None:
    rng = random.Random("qa_by")
    staff = [digits(rng, 5) for _ in range(40)]
    codes = [f"S{rng.choice(staff)}" if rng.random() < 0.7 else rng.choice(staff) for _ in range(N)]
    assert _kind(_found({**_people(rng), "qa_by": codes})["qa_by"]) == "ID"
    # numbers alone, under the same name, say no more than before: the batches checked
    batches = [digits(rng, 5) for _ in range(N)]
    assert not _found({**_people(rng), "qa_by": batches})["qa_by"].personal


def test_a_second_address_line_is_an_address() -> None:
    rng = random.Random("line 2")
    lines = ["RETIREMENT VILLAGE", "C/- BUPA AGED CARE", "PO BOX 123", "UNIT 4", "REAR"]
    table = {**_people(rng), "ADDR_LN2": [rng.choice(lines) for _ in range(N)]}
    assert _kind(_found(table)["ADDR_LN2"]) == "ADDRESS"


def test_where_someone_is_staying_among_answers_is_an_address() -> None:
    # a relief referral's temporary accommodation: a house for two in five, else a motel, an
    # evacuation centre, "With family" or no answer
    rng = random.Random("staying")
    others = ["With family", "Same as home", "Unknown", "Motel - Maclean Motor Inn Rm 25",
              "Evac centre - Bermagui Showground", "Evac centre - Burwood PCYC"]  # fmt: skip
    values = [_address(rng) if rng.random() < 0.4 else rng.choice(others) for _ in range(N)]
    table = {**_people(rng), "Temp Accom Address": values}
    found = _found(table)["Temp Accom Address"]
    assert _kind(found) == "ADDRESS", found
    # a few depots' addresses among answers are an organisation's places, not anyone's
    depots = [_address(rng) for _ in range(8)]
    values = [rng.choice(depots) if rng.random() < 0.4 else rng.choice(others) for _ in range(N)]
    assert (
        _kind(_found({**_people(rng), "Temp Accom Address": values})["Temp Accom Address"])
        != "ADDRESS"
    )


def test_where_someone_is_staying_under_no_name_is_an_address_when_half_are_streets() -> None:
    # the same column with its name taken off: half the values must be street addresses,
    # many different, where a name of an address needs fewer
    rng = random.Random("staying unnamed")
    others = ["With family", "Same as home", "Unknown", "Evac centre - Burwood PCYC"]

    def staying(houses: list[str] | None, share: float) -> list[str]:
        return [
            (rng.choice(houses) if houses else _address(rng))
            if rng.random() < share
            else rng.choice(others)
            for _ in range(N)
        ]

    found = _found({**_people(rng), "c12": staying(None, 0.55)})["c12"]
    assert _kind(found) == "ADDRESS", found
    assert not _found({**_people(rng), "c12": staying(None, 0.35)})["c12"].personal
    # forty places visited again and again are a service's sites
    sites = [_address(rng) for _ in range(40)]
    assert not _found({**_people(rng), "c12": staying(sites, 0.55)})["c12"].personal


@pytest.mark.parametrize(("low", "high"), [(4000, 4899), (5000, 5799), (6000, 6799)])
def test_a_headerless_suburb_and_postcode_of_one_state_are_found_together(
    low: int, high: int
) -> None:
    rng = random.Random(f"one state {low}")
    # a state's suburbs, each with its own postcode, and some postcodes shared (Queensland's,
    # South Australia's, Western Australia's)
    places = [(suburb, str(rng.randint(low, high))) for suburb in SUBURBS]
    picked = [rng.choice(places) for _ in range(N)]
    table = {
        "F2": [f"{family(rng).upper()}, {given(rng)}" for _ in range(N)],
        "F3": [birth(rng, 18, 90).strftime("%d/%m/%Y") for _ in range(N)],
        "F5": [p for p, _ in picked],
        "F6": [c for _, c in picked],
    }
    found = _found(table)
    assert _kind(found["F6"]) == "AU_POSTCODE", found["F6"]
    assert _kind(found["F5"]) == "LOCATION", found["F5"]


def test_four_digits_of_one_state_with_no_place_beside_are_not_postcodes() -> None:
    rng = random.Random("measures")
    table = {**_people(rng), "F7": [str(rng.randint(5000, 5799)) for _ in range(N)]}
    assert not _found(table)["F7"].personal


def test_dental_treatments_are_health() -> None:
    rng = random.Random("dental")
    treatments = ["Extraction - wisdom teeth", "Root canal 36", "Full upper denture",
                  "Periodontal treatment", "Fillings x3", "Check-up and teeth clean"]  # fmt: skip
    table = {**_people(rng), "F10": [rng.choice(treatments) for _ in range(N)]}
    assert _kind(_found(table)["F10"]) == "HEALTH"


def test_in_a_register_of_animals_their_birth_dates_and_sex_are_not_the_owners() -> None:
    rng = random.Random("animal register")
    table = {
        "microchip": [digits(rng, 15) for _ in range(N)],
        "breed": [rng.choice(["Greyhound", "Kelpie", "Ragdoll", "Beagle"]) for _ in range(N)],
        "sex": [rng.choice(["M", "F", "MD", "FD"]) for _ in range(N)],
        "date_of_birth": [birth(rng, 0, 15).isoformat() for _ in range(N)],
        "desexed": [rng.choice([True, False]) for _ in range(N)],
        "owner_name": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "owner_address": [_address(rng) for _ in range(N)],
    }
    found = _found(table)
    assert not found["date_of_birth"].personal
    assert _kind(found["owner_name"]) == "PERSON"
    assert _kind(found["owner_address"]) == "ADDRESS"


def test_an_owners_name_and_birth_abbreviated_are_still_the_owners() -> None:
    rng = random.Random("ownr")
    table = {
        "ANIMAL_NM": [rng.choice(["Bella", "Max", "Nala", "Rocky", "Sasha"]) for _ in range(N)],
        "SPECIES": [rng.choice(["Dog", "Cat"]) for _ in range(N)],
        "BREED": [
            rng.choice(["Kelpie", "Beagle", "Ragdoll", "Domestic Short Hair"]) for _ in range(N)
        ],
        "ANML_DOB": [birth(rng, 0, 15).isoformat() for _ in range(N)],
        "OWNR_NM": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "OWNR_DOB": [birth(rng, 20, 90).isoformat() for _ in range(N)],
    }
    found = _found(table)
    assert not found["ANML_DOB"].personal
    assert _kind(found["OWNR_NM"]) == "PERSON"
    assert _kind(found["OWNR_DOB"]) == "DATE_OF_BIRTH"


@pytest.mark.parametrize("kind", ["DATE_OF_BIRTH", "AGE"])
def test_births_and_ages_no_animal_reaches_are_the_owners(kind: str) -> None:
    # a council's registrations: the owner's DOB (or age) under the bare name, beside the
    # animal's own; an animal's of twenty years or less stays the animal's
    rng = random.Random(f"owner {kind}")
    column = "AGE" if kind == "AGE" else "DOB"

    def owners(low: int, high: int) -> list[Any]:
        if kind == "AGE":
            return [rng.randint(low, high) for _ in range(N)]
        return [birth(rng, low, high).isoformat() for _ in range(N)]

    table = {
        "OWNER_NM": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "ADDR_L1": [_address(rng) for _ in range(N)],
        column: owners(18, 90),
        "ANIMAL_NM": [rng.choice(["Bella", "Max", "Nala", "Rocky", "Sasha"]) for _ in range(N)],
        "SPECIES": [rng.choice(["Dog", "Cat"]) for _ in range(N)],
        "BREED_CD": [rng.choice(["KELP", "BEAG", "RAGD", "DSH"]) for _ in range(N)],
        "ANIMAL_DOB": [birth(rng, 0, 15).isoformat() for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found[column]) == kind, found[column]
    assert not found["ANIMAL_DOB"].personal
    table[column] = owners(0, 20)
    assert not _found(table)[column].personal


def test_an_age_in_months_beside_births_does_not_contradict_them() -> None:
    # a vaccination register: the person's birth, and their age in months at the dose
    # (a baby's, a schoolchild's, an adult's flu shot)
    rng = random.Random("months at a dose")
    born = [birth(rng, 2, 80) for _ in range(N)]
    given_on = [recent(rng, 2) for _ in born]
    table = {
        "given_nm": [given(rng) for _ in range(N)],
        "birth_dt": [b.isoformat() for b in born],
        "admin_dt": [d.isoformat() for d in given_on],
        "vaccine_cd": [rng.choice(["DTPA", "MMR", "HEPB", "PCV"]) for _ in range(N)],
        "age_at_admin_mths": [
            (d - b).days * 12 // 365 for b, d in zip(born, given_on, strict=True)
        ],
    }
    found = _found(table)
    assert _kind(found["birth_dt"]) == "DATE_OF_BIRTH", found["birth_dt"]
    assert _kind(found["age_at_admin_mths"]) == "AGE"


def _horses(rng: random.Random, carer: str) -> dict[str, list[Any]]:
    """A racehorse's treatments: the horse, its microchip, birth and sex, its trainer, and
    what it was treated for (or its injuries), beside a person in ``carer``'s column."""
    return {
        "HORSE_NAME": [
            f"{rng.choice(['Red', 'Golden', 'Silent'])} {rng.choice(SUBURBS)}" for _ in range(N)
        ],
        "MICROCHIP": [f"956{digits(rng, 12)}" for _ in range(N)],
        "DOB": [birth(rng, 2, 15).strftime("%d/%m/%Y") for _ in range(N)],
        "SEX": [rng.choice(["Mare", "Gelding", "Stallion", "Filly", "Colt"]) for _ in range(N)],
        carer: [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "DIAG": [
            rng.choice(["Gastric ulcers", "Lameness", "Respiratory infection", "Colic"])
            for _ in range(N)
        ],
    }


def test_a_vets_treatments_of_horses_are_the_horses() -> None:
    found = _found(_horses(random.Random("equine"), "TRAINER"))
    assert _kind(found["TRAINER"]) == "PERSON"
    assert not any(found[name].personal for name in ("DOB", "SEX", "DIAG"))


def test_injuries_beside_a_victim_of_a_dog_are_the_victims() -> None:
    rng = random.Random("dog attacks")
    table = {
        "dog_breed": [rng.choice(["Kelpie", "Rottweiler", "Staffy"]) for _ in range(N)],
        "microchip": [f"956{digits(rng, 12)}" for _ in range(N)],
        "victim_name": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "victim_dob": [birth(rng, 5, 80).isoformat() for _ in range(N)],
        "injury": [
            rng.choice(["Laceration to hand", "Bite to leg", "Fractured wrist"]) for _ in range(N)
        ],
    }
    found = _found(table)
    assert _kind(found["victim_dob"]) == "DATE_OF_BIRTH"
    assert found["injury"].personal


def test_categories_beside_a_patient_are_no_animals() -> None:
    # CAT is a category, twice over: a patient's birth, sex and triage stay theirs
    rng = random.Random("triage")
    table = {
        "patient_name": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "DOB": [birth(rng, 1, 90).isoformat() for _ in range(N)],
        "SEX": [rng.choice("MF") for _ in range(N)],
        "TRIAGE_CAT": [str(rng.randint(1, 5)) for _ in range(N)],
        "DIAG_CAT": [rng.choice(["Respiratory", "Cardiac", "Injury"]) for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["DOB"]) == "DATE_OF_BIRTH" and _kind(found["SEX"]) == "GENDER"


def test_a_table_of_fish_species_keeps_its_skippers() -> None:
    rng = random.Random("catch")
    table = {
        "skipper_name": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "skipper_dob": [birth(rng, 18, 80).isoformat() for _ in range(N)],
        "species_caab": [digits(rng, 8) for _ in range(N)],
        "species_common": [rng.choice(["Snapper", "Flathead", "Bream"]) for _ in range(N)],
        "observer_staff_no": [f"S{digits(rng, 4)}" for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["skipper_name"]) == "PERSON"
    assert _kind(found["skipper_dob"]) == "DATE_OF_BIRTH"


@pytest.mark.parametrize(
    "name",
    [
        "agency_licence", "ATTEND_REF", "POSN_NO", "voucher_no",
        "ALERT_ID", "transfer_id", "PolicyNo", "ACCESSION_NO", "drawNumber",
        "DISP_ID", "AUTOPSY_NO", "InspectionID", "insp_id",
        "PRES_ID", "PAYSLIP_REF", "enrolment_id", "enrol_ref",
        "AGREEMENT_NO", "rx_no", "RECEPTION_NO", "WARRANT_NO", "screen_id", "psr_id", "ARR_ID",
        "duties_ref", "FIRB Approval No", "gateway_ref", "SETTLEMENT_REF", "token_ref",
        "APP_PAYMENT_NO", "order_item_no", "notice_batch_id",
    ],
)  # fmt: skip
def test_a_business_licence_and_numbers_of_dealings_are_not_a_persons(name: str) -> None:
    rng = random.Random(name)
    table = {**_people(rng), name: [f"{digits(rng, 7)}" for _ in range(N)]}
    assert not _found(table)[name].personal


@pytest.mark.parametrize("name", ["permit_id", "PERMIT_NO", "Permit Number"])
def test_a_permit_issued_to_a_person_is_their_identifier(name: str) -> None:
    rng = random.Random(name)
    table = {**_people(rng), name: [f"GHP-{digits(rng, 6)}" for _ in range(N)]}
    assert _kind(_found(table)[name]) == "ID"


def test_an_annual_salary_is_income() -> None:
    rng = random.Random("salary")
    table = {**_people(rng), "ANNUAL_SAL": [f"{rng.uniform(50000, 180000):.2f}" for _ in range(N)]}
    assert _kind(_found(table)["ANNUAL_SAL"]) == "INCOME"


def test_wages_in_the_millions_are_a_businesss_payroll() -> None:
    rng = random.Random("payroll")
    payroll = [str(rng.randint(2, 80) * 1_000_000) for _ in range(N)]
    assets = [str(rng.randint(2, 80) * 1_000_000) for _ in range(N)]
    found = _found({**_people(rng), "EST_ANNUAL_WAGES": payroll, "NET_ASSETS": assets})
    assert not found["EST_ANNUAL_WAGES"].personal
    assert _kind(found["NET_ASSETS"]) == "INCOME"  # a person's assets may run to millions


def _employers(rng: random.Random) -> dict[str, list[Any]]:
    """A register of employers: each one's name, ABN, place, payroll and contact officer."""
    from minshare.identifiers import make_abn

    names = [f"{rng.choice(BUSINESSES)} Pty Ltd" for _ in range(N)]
    return {
        "ENTITY_NAME": names,
        "ABN": [make_abn(rng) for _ in range(N)],
        "BUS_SUBURB": [rng.choice(SUBURBS) for _ in range(N)],
        "REG_NO": [f"PT{digits(rng, 7)}" for _ in range(N)],
        "CONTACT_PH": [f"04{digits(rng, 8)}" for _ in range(N)],
        "EST_ANNUAL_WAGES": [str(rng.randint(2, 80) * 1_000_000) for _ in range(N)],
    }


@pytest.mark.parametrize("name", ["CONTACT_NM", "public_officer", "authorised_rep_name"])
def test_an_organisations_contact_does_not_make_a_register_of_employers_one_of_people(
    name: str,
) -> None:
    rng = random.Random(name)
    table = _employers(rng) | {name: [f"{given(rng)} {family(rng)}" for _ in range(N)]}
    found = _found(table)
    assert _kind(found[name]) == "PERSON"  # the contact is still a person
    assert _kind(found["CONTACT_PH"]) == "PHONE_NUMBER"
    assert not found["BUS_SUBURB"].personal  # the employer's place
    assert not found["REG_NO"].personal  # the employer's registration
    # a payroll beside a contact's phone is no person's income describing a person
    assert not found["EST_ANNUAL_WAGES"].personal


def test_a_contact_beside_the_person_the_rows_are_about_keeps_a_table_of_people() -> None:
    rng = random.Random("clients and employers")
    table = _employers(rng) | {
        "CLIENT_NAME": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "CONTACT_NM": [f"{given(rng)} {family(rng)}" for _ in range(N)],
    }
    assert _kind(_found(table)["REG_NO"]) == "ID"


# -- 12. an unnamed number that comes back with the same person -------------------------------


def _visits(rng: random.Random) -> dict[str, list[Any]]:
    """Presentations of 90 patients, several each, in a file with no header."""
    patients = [
        (str(rng.randint(1_000_000, 9_999_999)), f"{given(rng)} {family(rng)}", birth(rng))
        for _ in range(90)
    ]
    rows = [rng.choice(patients) for _ in range(N)]
    return {
        "c00": [f"ED{digits(rng, 8)}" for _ in range(N)],  # the presentation's own number
        "c01": [number for number, _, _ in rows],
        "c02": [name for _, name, _ in rows],
        "c05": [born.strftime("%d/%m/%Y") for _, _, born in rows],
        "c03": [recent(rng).isoformat() for _ in range(N)],
        "c04": [rng.choice(["1001", "1002", "2001", "2002", "3001"]) for _ in range(N)],
    }


def test_an_unnamed_number_that_recurs_with_the_same_person_is_their_id() -> None:
    found = _found(_visits(random.Random("visits")))
    assert _kind(found["c01"]) == "ID", found["c01"]
    assert "recur with the same person" in found["c01"].entities[0].evidence
    assert not found["c00"].personal  # each presentation's once
    assert not found["c04"].personal  # a ward's code recurs with many people


def test_staff_numbers_on_every_pay_run_recur_with_their_staff() -> None:
    # fifty staff on a thousand pay lines: each number a fiftieth of the rows, each time
    # beside the same surname and given name (surnames alone are shared)
    rng = random.Random("pay runs")
    staff = [(f"S{digits(rng, 6)}", family(rng).upper(), given(rng)) for _ in range(50)]
    lines = [rng.choice(staff) for _ in range(1000)]
    table = {
        "c01": [number for number, _, _ in lines],
        "c02": [surname for _, surname, _ in lines],
        "c03": [given_name for _, _, given_name in lines],
        "c04": [f"{rng.uniform(900, 4000):.2f}" for _ in lines],
    }
    found = _found(table)
    assert _kind(found["c01"]) == "ID", found["c01"]
    assert "recur with the same person" in found["c01"].entities[0].evidence


def _pay_lines(rng: random.Random) -> dict[str, list[Any]]:
    """A pay run's lines in a file with no header: most staff paid once, one in twelve twice
    (a second account), so their numbers are nearly, but not quite, one a row."""
    staff = [(f"E{digits(rng, 6)}", f"{given(rng)} {family(rng)}".upper()) for _ in range(560)]
    lines = staff + rng.sample(staff, 45)
    rng.shuffle(lines)
    return {
        "c01": [f"{at:06d}" for at in range(1, len(lines) + 1)],  # the line's own number
        "c02": [name for _, name in lines],
        "c03": [number for number, _ in lines],
        "c04": [f"{rng.uniform(900, 4000):.2f}" for _ in lines],
    }


def test_a_number_nearly_one_a_row_that_recurs_with_its_person_is_theirs() -> None:
    # 560 staff on 605 lines: the numbers are 93% distinct, and the 45 that recur do so
    # beside the same name each time
    found = _found(_pay_lines(random.Random("second accounts")))
    assert _kind(found["c03"]) == "ID", found["c03"]
    assert "recur with the same person" in found["c03"].entities[0].evidence


def test_a_generated_code_of_letters_and_digits_that_recurs_with_its_person_is_theirs() -> None:
    # an elector's number, nine letters and digits, three of them digits ("EBC60A4D9")
    rng = random.Random("elector codes")
    table = _pay_lines(rng)
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"

    def code() -> str:
        chars = [rng.choice(letters) for _ in range(6)] + [rng.choice("0123456789") for _ in "123"]
        rng.shuffle(chars)
        return "".join(chars)

    codes = {n: code() for n in table["c03"]}
    table["c03"] = [codes[n] for n in table["c03"]]
    found = _found(table)
    assert _kind(found["c03"]) == "ID", found["c03"]
    assert "recur with the same person" in found["c03"].entities[0].evidence


def test_what_makes_a_code_of_letters_and_digits() -> None:
    from minshare.detect.held import _a_code

    assert _a_code("EBC604A09") and _a_code("CA2Q43HE") and _a_code("R2025")
    # words with a digit or two, and short tokens, are not
    assert not any(_a_code(v) for v in ("Building7", "Level 2 Room 3", "AB12C", "COVID19"))


@pytest.mark.parametrize("name", ["c02", "column_2"])
def test_client_numbers_some_written_without_their_letter_are_ids(name: str) -> None:
    rng = random.Random(name)
    clients = [digits(rng, 7) for _ in range(400)]
    numbers = [
        f"C{c}" if rng.random() < 0.88 else c for c in (rng.choice(clients) for _ in range(N))
    ]
    table = {
        "c01": [digits(rng, 9) for _ in range(N)],
        name: numbers,
        "c03": [f"{rng.uniform(20, 900):.2f}" for _ in range(N)],
        "c04": [f"{digits(rng, 3)}-{digits(rng, 3)}" for _ in range(N)],
        "c05": [digits(rng, 9) for _ in range(N)],
    }
    assert _kind(_found(table)[name]) == "ID"
    # seven digits alone, with a few letters before some, are no one's number for that
    mostly_bare = [
        f"C{c}" if rng.random() < 0.2 else c for c in (rng.choice(clients) for _ in range(N))
    ]
    assert not _found(table | {name: mostly_bare})[name].personal


@pytest.mark.parametrize("letters", [("AO", "E"), ("EMP",)])
def test_staff_numbers_keyed_with_their_letters_and_without_are_ids(
    letters: tuple[str, ...],
) -> None:
    # an inspection log with no header: each officer's number keyed by hand on every
    # inspection, as AO138762, E138762 or 138762 (or a pound's EMP43084 and 43084)
    rng = random.Random(f"officers {letters}")
    officers = [str(rng.randint(100_000, 140_000)) for _ in range(60)]
    table = {
        "c01": [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(N)],
        "c02": [f"{family(rng)} Metal Finishing Pty Ltd" for _ in range(N)],
        "c03": [rng.choice([*letters, ""]) + rng.choice(officers) for _ in range(N)],
        "c04": [recent(rng, 2.0).isoformat() for _ in range(N)],
        "c05": [f"{given(rng)} {family(rng)}" for _ in range(N)],
    }
    assert _kind(_found(table)["c03"]) == "ID"
    # a record's numbers are written one way each, however often they come back
    forms = {number: rng.choice([*letters, ""]) for number in officers}
    table["c03"] = [forms[number] + number for number in (rng.choice(officers) for _ in range(N))]
    assert not _found(table)["c03"].personal


def test_a_number_nearly_one_a_row_that_recurs_with_other_people_is_not_theirs() -> None:
    rng = random.Random("second accounts")
    table = _pay_lines(rng)
    recurring = table["c03"][:]
    seen: set[str] = set()
    for at, number in enumerate(recurring):
        if number in seen:  # its second line is someone else's
            table["c02"][at] = f"{given(rng)} {family(rng)}".upper()
        seen.add(number)
    finding = _found(table)["c03"]
    # not the row's person's; but written as staff and clients are numbered, it is someone's
    assert "recur with the same person" not in finding.entities[0].evidence
    assert "as staff and clients are numbered" in finding.entities[0].evidence


def test_a_number_that_recurs_with_different_people_is_not_theirs() -> None:
    rng = random.Random("shared")
    table = _visits(rng)
    table["c01"] = [str(rng.randint(1_000_000, 1_000_060)) for _ in range(N)]  # a batch's
    assert not _found(table)["c01"].personal


def _visitors(rng: random.Random) -> dict[str, list[Any]]:
    """Prison visits in a file with no header: each visitor comes back, their name written
    with a middle name on some visits and a stray space on others."""
    visitors = []
    for _ in range(120):
        first, middle, last = given(rng), given(rng), family(rng)
        licence = rng.choice([digits(rng, 8), f"0{digits(rng, 8)}", f"C{digits(rng, 5)}"])
        visitors.append((digits(rng, 7), (f"{first} {middle} {last}", f"{first} {last} "), licence))
    rows = [rng.choice(visitors) for _ in range(N)]
    return {
        "c00": [str(600_000 + i) for i in range(N)],  # the visit's own number
        "c01": [number for number, _, _ in rows],
        "c02": [rng.choice(names) for _, names, _ in rows],
        "c03": [licence for _, _, licence in rows],
        "c04": [rng.choice(["Contact", "Non-contact", "Video"]) for _ in range(N)],
    }


def test_a_number_that_recurs_with_a_name_written_two_ways_is_still_theirs() -> None:
    found = _found(_visitors(random.Random("visitors")))
    assert _kind(found["c01"]) == "ID", found["c01"]
    assert _kind(found["c03"]) == "AU_DRIVERS_LICENCE", found["c03"]
    assert not found["c00"].personal


def _written(rng: random.Random, given_name: str, surname: str) -> str:
    """A payee's name as a bank file writes it: either order, initials for the given name."""
    forms = ["{g} {f}", "{f} {g}", "{i} {f}", "{f} {i}", "{i} {j} {f}"]
    initial, other = given_name[0], given(rng)[0]
    return rng.choice(forms).format(g=given_name, f=surname, i=initial, j=other).upper()


def test_a_number_that_recurs_with_a_name_written_in_another_order_is_still_theirs() -> None:
    # a pay run's bank file: 560 staff on 605 lines, those paid twice written differently
    # each time ("SILVA EMMA", "EMMA SILVA"; "R STEWART", "STEWART RILEY")
    rng = random.Random("bank file")
    staff = [(f"E{digits(rng, 6)}", given(rng), family(rng)) for _ in range(560)]
    lines = staff + rng.sample(staff, 45)
    rng.shuffle(lines)
    table = {
        "c01": [number for number, _, _ in lines],
        "c02": [_written(rng, first, last) for _, first, last in lines],
        "c03": [f"{rng.uniform(900, 4000):.2f}" for _ in lines],
    }
    found = _found(table)
    assert _kind(found["c01"]) == "ID", found["c01"]
    # a family's number comes back with the same surname and another given name: not one
    # person's
    family_names = [f"{last} {given(rng)}".upper() for _, _, last in lines]
    shared = _found(table | {"c02": family_names})["c01"]
    assert "recur with the same person" not in shared.entities[0].evidence  # but someone's


@pytest.mark.parametrize(
    ("one", "other", "alike"),
    [
        ("SILVA EMMA", "EMMA SILVA", True),
        ("R STEWART", "STEWART RILEY", True),
        ("M N MANSOUR-TIPUNGWUTI", "MANSOUR-TIPUNGWUTI MOHAMMED", True),
        ("Lim, Ming", "MING LIM", True),
        ("SILVA EMMA", "SILVA JOHN", False),  # one family, two people
        ("J S", "J SMITH", False),  # initials alone say too little
        ("J", "JOHN SMITH", False),
    ],
)
def test_names_written_alike(one: str, other: str, alike: bool) -> None:
    from minshare.detect.held import _same_name

    assert _same_name(one, other) is alike


@pytest.mark.parametrize("name", ["c04", "DL_State", "licenceState"])
def test_a_driver_licence_s_state_is_its_holder_s(name: str) -> None:
    # a licence is transferred to the state its holder moves to: its state is where they live
    rng = random.Random("issuing states")
    table = _visitors(rng)
    states = ["NSW", "VIC", "QLD", "SA", "WA", "TAS"]
    table["c03"] = [rng.choice([licence, None]) for licence in table["c03"]]
    table[name] = [None if licence is None else rng.choice(states) for licence in table["c03"]]
    found = _found(table)
    assert _kind(found["c03"]) == "AU_DRIVERS_LICENCE", found["c03"]
    assert _kind(found[name]) == "LOCATION"


def test_one_states_bare_numbers_beside_the_issuing_state_are_driver_licences() -> None:
    # a reading room's readers: most licences from NSW (eight digits, no letters), a few
    # from Queensland (nine), each beside the state that issued it
    rng = random.Random("nsw licences")
    issued = [rng.choice(["NSW"] * 8 + ["QLD", "ACT"]) for _ in range(N)]
    numbers = [digits(rng, 9 if state == "QLD" else 8) for state in issued]
    table = {**_people(rng), "c06": numbers, "c07": issued}
    assert _kind(_found(table)["c06"]) == "AU_DRIVERS_LICENCE"
    # beside where the readers live, such numbers are any number's
    table["c07"] = [rng.choice(SUBURBS) for _ in range(N)]
    assert _kind(_found(table)["c06"]) != "AU_DRIVERS_LICENCE"


def test_a_few_staff_numbers_each_always_with_one_name_are_theirs() -> None:
    # eighteen coordinators over a caseload: the busiest has a twelfth of the clients
    rng = random.Random("coordinators")
    staff = [(f"E1{digits(rng, 5)}", f"{given(rng)} {family(rng)}") for _ in range(18)]
    rows = [rng.choice(staff) for _ in range(N)]
    table = {
        **_people(rng),
        "c10": [number for number, _ in rows],
        "c11": [name for _, name in rows],
    }
    found = _found(table)
    assert _kind(found["c10"]) == "ID", found["c10"]
    # a few codes each shared by two people are no one's
    teams = [f"T{digits(rng, 4)}" for _ in range(12)]
    table["c10"] = [teams[staff.index(row) % 12] for row in rows]
    assert not _found(table)["c10"].personal


@pytest.mark.parametrize(
    "name", ["ndis_number", "NDISNumber", "employer_ndis_no", "worker_screening_id"]
)
def test_an_ndis_number_and_a_worker_screening_clearance_are_held_however_often(
    name: str,
) -> None:
    # a participant on each of their invoices: an eighth of the rows distinct
    rng = random.Random(name)
    numbers = [f"43{digits(rng, 7)}" for _ in range(40)]
    table = {**_people(rng), name: [rng.choice(numbers) for _ in range(N)]}
    assert _kind(_found(table)[name]) == "ID"


def test_a_providers_ndis_registration_is_not_a_participants() -> None:
    assert not name_hints("provider_ndis_no").held
    assert not name_hints("ndis_provider_no").held
    assert not name_hints("screening_id").held  # a health screen's record


@pytest.mark.parametrize(
    "bands",
    [
        ["0-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"],
        ["60-64", "65-69", "70-74", "75-79", "80-84", "85 and over"],
        ["15 to 19", "20 to 24", "25 to 34", "35 to 44", "45+"],
    ],
)
def test_age_groups_under_a_name_that_says_nothing_are_a_persons_age(bands: list[str]) -> None:
    rng = random.Random(bands[0])
    groups = [rng.choice(bands) if rng.random() > 0.04 else "Not stated" for _ in range(N)]
    table = {**_people(rng), "c07": groups}
    found = _found(table)["c07"]
    assert _kind(found) == "AGE", found
    assert "age groups" in found.entities[0].evidence


@pytest.mark.parametrize(
    "bands",
    [
        ["0-30", "31-60", "61-90", "91+"],  # a debt's days overdue: thirty days wide
        ["1-4", "5-19", "20-199", "200+"],  # a business's staff
        ["2022-23", "2023-24", "2024-25"],  # financial years
    ],
)
def test_other_ranges_under_a_name_that_says_nothing_are_no_age(bands: list[str]) -> None:
    rng = random.Random(bands[0])
    table = {**_people(rng), "c07": [rng.choice(bands) for _ in range(N)]}
    assert not _found(table)["c07"].personal


def _age_on(born: dt.date, day: dt.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def test_whole_numbers_that_are_the_ages_its_births_give_are_an_age() -> None:
    rng = random.Random("ages beside births")
    table = _people(rng)
    births = [dt.date.fromisoformat(d) for d in table["DOB"]]
    # ages at the day of each event, over two years
    events = [recent(rng, 2.0) for _ in births]
    table["c08"] = [str(_age_on(b, e)) for b, e in zip(births, events, strict=True)]
    found = _found(table)["c08"]
    assert _kind(found) == "AGE", found
    assert "'DOB'" in found.entities[0].evidence
    # numbers of the same spread that no birth gives: a score, years of service
    table["c08"] = [str(rng.randint(18, 90)) for _ in births]
    assert not _found(table)["c08"].personal
    # a mother's age beside her baby's birth is not the baby's, nor, under no name, an age
    babies = [recent(rng, 1.0) for _ in births]
    table["DOB"] = [b.isoformat() for b in babies]
    table["c08"] = [str(_age_on(b, dt.date.today()) + 20) for b in births]
    assert not _found(table)["c08"].personal


def test_ages_at_events_over_some_years_beside_births_spread_wide_are_an_age() -> None:
    # a claimant's age at the accident, accidents over six years, claimants born over decades
    rng = random.Random("ages at accidents")
    table = _people(rng)
    births = [dt.date.fromisoformat(d) for d in table["DOB"]]
    accidents = [recent(rng, 6.0) for _ in births]
    ages = [_age_on(b, a) for b, a in zip(births, accidents, strict=True)]
    table["X_02"] = ages
    found = _found(table)["X_02"]
    assert _kind(found) == "AGE", found
    # written with their unit at times ("82 yrs")
    table["X_02"] = [f"{age} yrs" if rng.random() < 0.3 else str(age) for age in ages]
    assert _kind(_found(table)["X_02"]) == "AGE"
    # the years a licence has been held land over more years than an age's events
    table["X_02"] = [max(0, age - rng.randint(16, 24)) for age in ages]
    assert not _found(table)["X_02"].personal
    # small numbers beside the births of one school's cohort, over two years, land within
    # as few years as ages would, but no more narrowly than the births themselves
    table["DOB"] = [birth(rng, 9, 11).isoformat() for _ in births]
    table["X_02"] = [rng.randint(1, 6) for _ in births]
    found = _found(table)
    assert _kind(found["DOB"]) == "DATE_OF_BIRTH", found["DOB"]
    assert not found["X_02"].personal, found["X_02"]


def test_childrens_ages_at_a_placements_start_are_their_ages() -> None:
    # children in care: each one's age when a placement began, placements over eight years
    rng = random.Random("placements")
    starts = [recent(rng, 8.0) for _ in range(N)]
    births = [start - dt.timedelta(days=rng.randint(30, 17 * 365)) for start in starts]
    table = {
        "CHILD_NAME": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "DOB": [born.isoformat() for born in births],
        "start_date": [start.isoformat() for start in starts],
        "X_07": [_age_on(born, start) for born, start in zip(births, starts, strict=True)],
    }
    found = _found(table)
    assert _kind(found["DOB"]) == "DATE_OF_BIRTH", found["DOB"]
    assert _kind(found["X_07"]) == "AGE", found["X_07"]
    # a child's number of placements, or the nights of one, are not their ages
    table["X_07"] = [rng.randint(0, 17) for _ in range(N)]
    assert not _found(table)["X_07"].personal


# -- 13. Indigenous status and languages by their values --------------------------------------


def test_indigenous_status_answers_mostly_neither_are_found_without_a_name() -> None:
    rng = random.Random("atsi")
    answers = (
        ["Neither"] * 14 + ["Aboriginal"] * 3 + ["Both", "Torres Strait Islander", "Not stated"]
    )
    table = {**_people(rng), "c06": [rng.choice(answers) for _ in range(N)]}
    assert _kind(_found(table)["c06"]) == "ETHNICITY"
    # "Neither" and "Both" alone are answers to anything
    table["c06"] = [rng.choice(["Neither", "Both", "Not stated"]) for _ in range(N)]
    assert not _found(table)["c06"].personal
    # a staff list's share: about one in thirty Aboriginal or Torres Strait Islander
    staff = ["Neither"] * 80 + ["Not stated"] * 12 + ["Aboriginal"] * 3 + ["Torres Strait Islander"]
    table["c06"] = [staff[i % len(staff)] for i in range(N)]
    assert _kind(_found(table)["c06"]) == "ETHNICITY"
    # two answers that happen to read so are not enough
    table["c06"] = ["Aboriginal", "Aboriginal", *(["Neither"] * (N - 2))]
    assert not _found(table)["c06"].personal
    # the ABS's codes (4 neither, 9 not stated), a few rows in words: fewer than one in a
    # hundred says Aboriginal, as the codes 1 to 3 say it for most
    coded = ["4"] * 120 + ["9"] * 15 + ["1"] * 6 + ["2", "3"] + ["Neither"] * 5 + ["Aboriginal"]
    table = {**_people(rng, 600), "c06": [coded[i % len(coded)] for i in range(600)]}
    assert _kind(_found(table)["c06"]) == "ETHNICITY"
    table["c06"] = [v if v != "Aboriginal" else "4" for v in table["c06"]]
    assert not _found(table)["c06"].personal


@pytest.mark.parametrize(
    "answers",
    [
        ["N"] * 20 + ["Y"] * 2 + ["Aboriginal", "Torres Strait Islander", "Both"],  # a flag
        ["4"] * 14 + ["Neither"] * 4 + ["1", "2", "3", "9", "Aboriginal", "TSI"],  # ABS codes
    ],
)
def test_indigenous_status_as_a_flag_or_codes_with_some_words_is_found(answers: list[str]) -> None:
    rng = random.Random(" ".join(answers))
    table = {**_people(rng), "c06": [rng.choice(answers) for _ in range(N)]}
    assert _kind(_found(table)["c06"]) == "ETHNICITY"
    # the same flags and codes with no people named in them say nothing of origin
    table["c06"] = [
        a for a in table["c06"] if a not in ("Aboriginal", "Torres Strait Islander", "TSI")
    ]
    table["c06"] += ["Both"] * (N - len(table["c06"]))
    assert _kind(_found(table)["c06"]) != "ETHNICITY"


def test_countries_under_a_name_that_says_nothing_are_a_persons_birthplace() -> None:
    rng = random.Random("countries")
    born = ["Australia"] * 6 + ["India", "China", "Philippines", "Viet Nam", "New Zealand"]
    table = {**_people(rng), "attr_2": [rng.choice(born) for _ in range(N)]}
    assert _kind(_found(table)["attr_2"]) == "ETHNICITY"
    # under a name that says where, countries are places
    table = {**_people(rng), "country_visited": [rng.choice(born) for _ in range(N)]}
    assert _kind(_found(table)["country_visited"]) == "LOCATION"
    # and in a table of counts, no one's
    counts = {
        "c00": [rng.choice(born) for _ in range(N)],
        "c01": [rng.choice(["NSW", "VIC", "QLD", "SA"]) for _ in range(N)],
        "arrivals_count": [str(rng.randint(5, 900)) for _ in range(N)],
    }
    assert not _found(counts)["c00"].personal


def test_languages_spoken_at_home_are_a_persons_background() -> None:
    rng = random.Random("languages")
    spoken = ["English", "Samoan", "Polish", "Mandarin", "Cantonese", "Greek", "Somali", "Dari"]
    table = {**_people(rng), "c16": [rng.choice(spoken) for _ in range(N)]}
    assert _kind(_found(table)["c16"]) == "ETHNICITY"


# -- 14. waiting lists, charities, cars, land dealings --------------------------------------------


def test_surgical_specialties_and_procedures_are_health_but_a_ward_is_the_hospitals() -> None:
    rng = random.Random("waiting list")
    specialties = ["GYNAECOLOGY", "Urology", "ENT", "Orthopaedics", "Ophthalmology"]
    procedures = ["Hysterectomy", "Prostatectomy", "Tonsillectomy", "Knee arthroplasty",
                  "Cataract extraction", "Colonoscopy"]  # fmt: skip
    table = {
        **_people(rng),
        "c08": [rng.choice(specialties) for _ in range(N)],
        "c09": [rng.choice(procedures) for _ in range(N)],
        "WARD": [rng.choice(specialties) for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["c08"]) == "HEALTH"
    assert _kind(found["c09"]) == "HEALTH"
    assert not found["WARD"].personal


def test_a_charitys_responsible_person_does_not_make_its_address_a_persons() -> None:
    rng = random.Random("charities")
    table = {
        "name": [f"{family(rng)} Community Association Inc" for _ in range(N)],
        "town_city": [rng.choice(SUBURBS) for _ in range(N)],
        "postcode": [rng.choice(["3000", "3072", "4305", "2150", "0870"]) for _ in range(N)],
        "responsible_person": [f"{given(rng)} {family(rng)}" for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["responsible_person"]) == "PERSON"
    assert not found["postcode"].personal and not found["town_city"].personal


def test_a_vehicles_make_and_model_identify_no_one() -> None:
    rng = random.Random("cars")
    cars = ["Tesla Model 3", "MG ZS EV", "Ford Falcon (LPG)", "Toyota Camry Hybrid", "BYD Atto 3"]
    table = {**_people(rng), "Vehicle": [rng.choice(cars) for _ in range(N)]}
    assert not _found(table)["Vehicle"].personal


@pytest.mark.parametrize("name", ["Title Reference", "Dealing No", "DEBT_ID"])
def test_numbers_of_titles_dealings_and_debts_are_not_a_persons(name: str) -> None:
    rng = random.Random(name)
    table = {**_people(rng), name: [f"{digits(rng, 4)}/{digits(rng, 3)}" for _ in range(N)]}
    assert not _found(table)[name].personal


def test_a_working_with_children_check_number_is_an_id() -> None:
    rng = random.Random("wwcc")
    table = {**_people(rng), "WWCC": [f"WWC{digits(rng, 7)}E" for _ in range(N)]}
    assert _kind(_found(table)["WWCC"]) == "ID"


def test_ndis_numbers_are_ids_by_their_form_alone() -> None:
    rng = random.Random("ndis")
    numbers = [f"43{digits(rng, 7)}" for _ in range(N)]
    assert _kind(_found({**_people(rng), "c05": numbers})["c05"]) == "ID"
    # a few codes in the same range, each written often, are a list of codes
    codes = [rng.choice(["430000001", "430000002", "430000003"]) for _ in range(N)]
    assert _kind(_found({**_people(rng), "c05": codes})["c05"]) != "ID"
    # a few participants among many clients, half their numbers written in threes
    few = [
        (f"{n[:3]} {n[3:6]} {n[6:]}" if i % 2 else n) if i % 15 == 0 else None
        for i, n in enumerate(numbers)
    ]
    assert _kind(_found({**_people(rng), "c05": few})["c05"]) == "ID"


def test_my_aged_care_numbers_are_ids_by_their_form_alone() -> None:
    rng = random.Random("my aged care")
    numbers = [f"AC{digits(rng, 8)}" for _ in range(N)]
    assert _kind(_found({**_people(rng), "c02": numbers})["c02"]) == "ID"
    # one referral's letter and digits beside a few of them are a record's numbers
    mixed = [f"R{digits(rng, 7)}" if i % 3 else f"AC{digits(rng, 8)}" for i in range(N)]
    assert _kind(_found({**_people(rng), "c02": mixed})["c02"]) != "ID"


@pytest.mark.parametrize("name", ["obs_hr", "HeartRate", "gcs", "BP_SYSTOLIC", "SpO2"])
def test_a_patients_observations_are_health_however_many_values(name: str) -> None:
    rng = random.Random(name)
    readings = [str(rng.randint(3, 190)) for _ in range(N)]
    assert _kind(_found({**_people(rng), name: readings})[name]) == "HEALTH"


def test_hours_and_amounts_under_a_vital_signs_name_are_not_observations() -> None:
    rng = random.Random("not observations")
    table = {
        **_people(rng),
        "hr": [str(rng.randint(1, 80)) for _ in range(N)],  # hours worked
        "pulse": [f"{rng.uniform(500, 9000):.2f}" for _ in range(N)],  # beyond any body's
    }
    found = _found(table)
    assert not found["hr"].personal
    assert _kind(found["pulse"]) != "HEALTH" or "observations" not in str(found["pulse"])


@pytest.mark.parametrize("name", ["PREF_NAME", "KnownAs", "nickname", "Preferred"])
def test_a_preferred_name_is_a_person_though_the_dictionaries_barely_know_it(name: str) -> None:
    rng = random.Random(name)
    nicknames = ["Liv", "Jazz", "Mack", "Bec", "Lachie", "Soph", "Zed", "Tommy", "Nate", "AJ"]
    values = [rng.choice(nicknames) if rng.random() < 0.3 else "" for _ in range(N)]
    table = {
        **_people(rng),
        name: values,
        "PREF_CONTACT": [rng.choice(["Phone", "SMS", "Email"]) for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found[name]) == "PERSON"
    assert _kind(found["PREF_CONTACT"]) != "PERSON"


@pytest.mark.parametrize("name", ["BodyLocation", "Bodily Location", "BODY_SITE"])
def test_where_on_the_body_an_injury_is_is_health_not_a_place(name: str) -> None:
    rng = random.Random(name)
    parts = ["Head", "Knee", "Lower back", "Shoulder", "Hand", "Multiple locations", "Psyche"]
    table = {**_people(rng), name: [rng.choice(parts) for _ in range(N)]}
    assert _kind(_found(table)[name]) == "HEALTH"


@pytest.mark.parametrize("name", ["BIRTH_WT_G", "birthWeightGrams", "BWT_G"])
def test_a_newborns_weight_is_health_and_no_date_of_birth(name: str) -> None:
    rng = random.Random(name)
    table = {**_people(rng), name: [str(rng.randint(600, 4800)) for _ in range(N)]}
    found = _found(table)[name]
    assert _kind(found) == "HEALTH"
    assert "DATE_OF_BIRTH" not in {e.type for e in found.entities}


_DELIVERIES = ["Normal vaginal", "Caesarean - emergency", "Caesarean - elective", "Forceps",
               "Vacuum", "NORMAL VAGINAL", "Breech"]  # fmt: skip


def _babies(rng: random.Random) -> dict[str, list[Any]]:
    """A perinatal collection's babies: named, or known by the mother's family name until
    they are; the gestation in weeks, or weeks and days; how they were born."""
    unnamed = ["BABY OF {}", "Baby Girl {}", "Baby Boy {}", "Twin 2 of {}"]
    return {
        "B_NAME": [
            rng.choice(unnamed).format(family(rng).upper())
            if rng.random() < 0.4
            else f"{given(rng)} {family(rng)}"
            for _ in range(N)
        ],
        "DOB": [recent(rng, 1).isoformat() for _ in range(N)],
        "GEST_WKS": [
            f"{rng.randint(28, 41)}+{rng.randint(0, 6)}"
            if rng.random() < 0.9
            else str(rng.randint(28, 41))
            for _ in range(N)
        ],
        "BIRTH_STATUS": [
            rng.choice(["Live born", "Live born", "Stillborn", "1"]) for _ in range(N)
        ],
        "DELIV_METHOD": [rng.choice(_DELIVERIES) for _ in range(N)],
        "PARITY": [str(rng.choice([0, 0, 1, 1, 2, 3, 5])) for _ in range(N)],
        # the collection's episodes, numbered under its name (a perinatal data collection's)
        "PDC_EPI_NO": [f"PDC23{100000 + i:06d}" for i in rng.sample(range(900000), N)],
    }


def test_a_perinatal_collections_babies_are_people_and_their_births_health() -> None:
    rng = random.Random("babies")
    found = _found(_babies(rng))
    assert _kind(found["B_NAME"]) == "PERSON"
    for name in ("GEST_WKS", "BIRTH_STATUS", "DELIV_METHOD", "PARITY"):
        assert _kind(found[name]) == "HEALTH", name
    assert "a pregnancy's weeks" in found["GEST_WKS"].entities[0].evidence
    assert not found["PDC_EPI_NO"].personal
    # how a baby was born, and whether alive, by the words alone
    unnamed = {f"c{i:02d}": values for i, values in enumerate(_babies(rng).values())}
    found = _found(unnamed)
    assert _kind(found["c00"]) == "PERSON"
    assert _kind(found["c03"]) == "HEALTH" and _kind(found["c04"]) == "HEALTH"


def test_blood_pressures_are_health_under_no_name() -> None:
    rng = random.Random("pressures")
    pressures = [f"{rng.randint(100, 165)}/{rng.randint(55, 99)}" for _ in range(N)]
    table = {**_people(rng), "column_6": pressures}
    assert _kind(_found(table)["column_6"]) == "HEALTH"
    # a score out of a total, or numbers over larger ones, are no pressures
    scores = [f"{rng.randint(70, 99)}/100" for _ in range(N)]
    assert _kind(_found({**_people(rng), "column_6": scores})["column_6"]) != "HEALTH"


def test_bsbs_written_with_dashes_spaces_or_neither_under_no_name_are_bsbs() -> None:
    rng = random.Random("written bsbs")
    forms = ["{}-{}", "{}-{}", "{} {}", "{}{}"]  # half dashed: the dashes say what all are
    values = [rng.choice(forms).format(digits(rng, 3), digits(rng, 3)) for _ in range(N)]
    assert _kind(_found({**_people(rng), "c15": values})["c15"]) == "AU_BSB"
    # a third dashed and a third spaced: the spaces say so as the dashes do
    forms = ["{}-{}", "{} {}", "{}{}"]
    values = [rng.choice(forms).format(digits(rng, 3), digits(rng, 3)) for _ in range(N)]
    assert _kind(_found({**_people(rng), "c15": values})["c15"]) == "AU_BSB"


def test_an_account_beside_a_bsb_is_a_banks_and_one_without_is_the_agencys() -> None:
    rng = random.Random("accounts")
    numbers = [digits(rng, rng.choice([6, 8, 9])) for _ in range(N)]
    bsbs = [f"{digits(rng, 3)}-{digits(rng, 3)}" for _ in range(N)]
    banked = _found({**_people(rng), "bsb": bsbs, "account": numbers})
    assert _kind(banked["account"]) == "BANK_ACCOUNT"
    tolls = _found({**_people(rng), "ACCT_NO": numbers})
    assert _kind(tolls["ACCT_NO"]) == "ID"
    assert "no BSB" in tolls["ACCT_NO"].entities[0].evidence
    # a name that says a bank or a payment keeps a bank's account without a BSB beside it
    assert _kind(_found({**_people(rng), "REFUND_ACCT": numbers})["REFUND_ACCT"]) == "BANK_ACCOUNT"
    assert _kind(_found({**_people(rng), "loan_acct": numbers})["loan_acct"]) == "BANK_ACCOUNT"


def test_a_bsb_and_an_account_in_one_value_are_a_banks_account_under_any_name() -> None:
    # a nomination form's campaign account: the BSB and the number in one field, written
    # three ways, "Party account" where the party's own account is used
    rng = random.Random("bsb and account")
    forms = ["{}-{} {}", "BSB {}-{} Acc {}", "{}-{} / {}"]
    values = [
        rng.choice(forms).format(digits(rng, 3), digits(rng, 3), digits(rng, rng.choice([6, 9])))
        if rng.random() < 0.7
        else "Party account"
        for _ in range(N)
    ]
    for name in ("Cmpgn_Bank_Acct", "ACCT", "c12"):
        found = _found({**_people(rng), name: values})[name]
        assert _kind(found) == "BANK_ACCOUNT", found
        assert "a BSB and an account number" in found.entities[0].evidence
    # a mobile number and a landline with spaces are no BSB and account
    mobile = lambda: f"04{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"  # noqa: E731
    landline = lambda: f"0{rng.choice('2378')} {digits(rng, 4)} {digits(rng, 4)}"  # noqa: E731
    phones = [rng.choice([mobile, landline])() for _ in range(N)]
    assert _kind(_found({**_people(rng), "c12": phones})["c12"]) == "PHONE_NUMBER"


def test_accounts_a_prefix_of_letters_begins_are_an_organisations() -> None:
    # a lender writes some of its loan accounts after a prefix: a person's account, not a bank's
    rng = random.Random("loan accounts")
    numbers = [
        f"LN{digits(rng, 8)}" if rng.random() < 0.3 else digits(rng, rng.choice([9, 12]))
        for _ in range(N)
    ]
    found = _found({**_people(rng), "loan_acct_no": numbers})["loan_acct_no"]
    assert _kind(found) == "ID", found
    assert "prefix of letters" in found.entities[0].evidence
    # the same prefixes under a name of no account are left to the other rules
    assert "prefix of letters" not in str(_found({**_people(rng), "batch": numbers})["batch"])


def test_parts_of_the_body_under_no_name_are_where_injuries_are() -> None:
    rng = random.Random("body parts")
    parts = ["Knee", "Left hand", "Lower back", "Psyche (mental)", "Eye", "Multiple locations"]
    table = {**_people(rng), "column_12": [rng.choice(parts) for _ in range(N)]}
    assert _kind(_found(table)["column_12"]) == "HEALTH"
    # one part written often beside other words is no injury's site
    sides = ["Back", "Front", "Side", "Rear"]
    assert (
        _kind(
            _found({**_people(rng), "column_12": [rng.choice(sides) for _ in range(N)]})[
                "column_12"
            ]
        )
        != "HEALTH"
    )


def test_health_phrases_set_apart_by_a_dash_in_one_value_are_each_read() -> None:
    rng = random.Random("capacity")
    values = ["Full capacity - suitable duties", "Full capacity - pre-injury duties",
              "Partial capacity", "No capacity", "Not yet certified"]  # fmt: skip
    table = {**_people(rng), "CAPACITY_STATUS": [rng.choice(values) for _ in range(N)]}
    assert _kind(_found(table)["CAPACITY_STATUS"]) == "HEALTH"
    # a place and its state after a dash are no health
    places = ["Dubbo - NSW", "Mildura - VIC", "Cairns - QLD", "Broome - WA"]
    branch = {**_people(rng), "BRANCH": [rng.choice(places) for _ in range(N)]}
    assert _kind(_found(branch)["BRANCH"]) != "HEALTH"


@pytest.mark.parametrize("name", ["Hospitalised (Y/N)", "ADMITTED_TO_HOSPITAL"])
def test_a_yes_no_answer_to_whether_a_person_was_hospitalised_is_health(name: str) -> None:
    rng = random.Random(name)
    table = {**_people(rng), name: [rng.choice(["Yes", "No", "Y", "N"]) for _ in range(N)]}
    assert _kind(_found(table)[name]) == "HEALTH"


def test_a_survey_respondents_location_is_theirs_without_an_address() -> None:
    rng = random.Random("respondents")
    lats, lons = _coordinates(rng)
    table = {**_people(rng), "LocationLatitude": lats, "LocationLongitude": lons}
    found = _found(table)
    assert _kind(found["LocationLatitude"]) == "LOCATION"
    assert "named as a person's place" in found["LocationLatitude"].entities[0].evidence


@pytest.mark.parametrize(("name", "amounts"), [("stipendPa", True), ("INCOME_SRC", False)])
def test_a_stipend_is_income_and_an_incomes_source_is_its_kind(name: str, amounts: bool) -> None:
    rng = random.Random(name)
    values = (
        [f"{rng.uniform(30000, 40000):.2f}" for _ in range(N)]
        if amounts
        else [rng.choice(["Wages", "JobSeeker", "Disability Support Pension"]) for _ in range(N)]
    )
    found = _found({**_people(rng), name: values})[name]
    assert _kind(found) == "INCOME"
    # a source is not an amount: the name decides it, as the kind of an income
    assert ("decided by the column name" in found.entities[0].evidence) is not amounts


def test_the_bounds_of_a_tax_scale_are_no_ones_income() -> None:
    rng = random.Random("scales")
    low = [rng.randint(300, 3000) for _ in range(N)]
    table = {
        "scale": [rng.choice(["1", "2", "3", "5", "6"]) for _ in range(N)],
        "pay_period": [rng.choice(["Weekly", "Fortnightly"]) for _ in range(N)],
        "earnings_from": low,
        "earnings_to": [x + rng.randint(50, 900) for x in low],
        "income_threshold": [rng.randint(18_000, 60_000) for _ in range(N)],
        "coeff_a": [f"{rng.uniform(0.1, 0.4):.4f}" for _ in range(N)],
    }
    found = _found(table)
    for name in ("earnings_from", "earnings_to", "income_threshold"):
        assert not found[name].personal, found[name]
    assert name_hints("gross_earnings").has("INCOME")


# -- 15. initialled staff, many spellings of sex, case numbers, course codes ---------------------


def test_a_few_staff_named_by_an_initial_and_family_name_are_people() -> None:
    rng = random.Random("assessors")
    staff = [f"{given(rng)[0]}. {family(rng)}" for _ in range(9)]
    table = {**_people(rng), "Assessed By": [rng.choice(staff) for _ in range(N)]}
    assert _kind(_found(table)["Assessed By"]) == "PERSON"


def test_sex_in_many_spellings_under_no_name_is_sex() -> None:
    rng = random.Random("spellings")
    spellings = ["m", "f", "M", "F", "male", "female", "Male", "Female", "MALE", "FEMALE"]
    values = [rng.choice([*spellings, "Other", "Non-binary", "Not stated", "X"]) for _ in range(N)]
    assert _kind(_found({**_people(rng), "V12": values})["V12"]) == "GENDER"


def test_a_case_number_led_by_letters_is_not_a_name() -> None:
    rng = random.Random("case numbers")
    table = {
        **_people(rng),
        "c00": [f"COR {rng.randint(2019, 2024)} {digits(rng, 6)}" for _ in range(N)],
    }
    # a coroner's case numbers, stamped with their year: the cases', no one's name
    assert _kind(_found(table)["c00"]) == "ID"


def test_a_course_providers_code_is_not_a_medicine_but_an_item_code_is() -> None:
    rng = random.Random("cricos")
    codes = [f"{digits(rng, 5)}{rng.choice('ABCDGKM')}" for _ in range(20)]
    values = [rng.choice(codes) for _ in range(N)]
    assert not _found({**_people(rng), "cricosCode": values})["cricosCode"].personal
    assert _kind(_found({**_people(rng), "ITEM_CODE": values})["ITEM_CODE"]) == "HEALTH"


# -- 16. a headerless table of counts, survey answers in their own words, record numbers -------


def test_a_headerless_table_of_counts_by_postcode_and_ancestry_is_not_about_people() -> None:
    rng = random.Random("ancestry")
    areas = [
        (rng.choice(["NSW", "VIC", "QLD"]), str(2000 + i * 7), suburb)
        for i, suburb in enumerate(SUBURBS[:40])
    ]
    ancestries = ["Punjabi", "Lebanese", "Samoan", "Vietnamese", "Greek", "Italian", "Chinese"]
    rows = [(a, b) for a in areas for b in ancestries]
    table = {
        "c00": ["2021"] * len(rows),
        "c01": [a[0] for a, _ in rows],
        "c02": [a[1] for a, _ in rows],
        "c03": [a[2] for a, _ in rows],
        "c04": [b for _, b in rows],
        "c05": [str(rng.randint(100, 3000)) for _ in rows],
        "c06": [str(rng.randint(100, 3000)) for _ in rows],
        "c07": [f"{rng.uniform(5, 60):.1f}" for _ in rows],  # a median age: a figure
        "c08": [str(rng.randint(1, 20)) for _ in rows],  # a rank, without a name
    }
    found = _found(table)
    assert not any(f.personal for f in found.values()), [n for n, f in found.items() if f.personal]


def test_people_with_a_name_each_are_not_cells_of_a_table() -> None:
    rng = random.Random("people not cells")
    table = {
        "c00": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "c01": [rng.choice(["M", "F"]) for _ in range(N)],
        "c02": [rng.choice(["18-24", "25-34", "35-44", "45-54"]) for _ in range(N)],
        "c03": [f"{rng.uniform(10, 900):.2f}" for _ in range(N)],
    }
    assert _found(table)["c01"].personal


def test_survey_answers_about_sex_and_background_in_their_own_words() -> None:
    rng = random.Random("survey")
    table = {
        "resp_key": [f"R{digits(rng, 6)}" for _ in range(N)],
        "age_band": [rng.choice(["18-24", "25-34", "35-44", "45-54", "55+"]) for _ in range(N)],
        "gender": [
            rng.choice(["Man/Male", "Woman/Female", "Non-binary", "Prefer not to say"])
            for _ in range(N)
        ],
        "cultural_bg": [
            rng.choice(["Non-English speaking background", "English-speaking background"])
            for _ in range(N)
        ],
        "indigenous": [rng.choice(["No", "No", "Yes", "Prefer not to say"]) for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["gender"]) == "GENDER"
    assert _kind(found["cultural_bg"]) == "ETHNICITY"
    assert "yes/no" in found["indigenous"].entities[0].evidence  # not Norway's code
    table["gender"] = [rng.choice(["Option A", "Option B", "Option C"]) for _ in range(N)]
    assert _kind(_found(table)["gender"]) == "GENDER"  # the name decides, softly
    assert "decided by the column name" in _found(table)["gender"].entities[0].evidence


def test_a_prescriptions_number_is_a_record_not_health() -> None:
    rng = random.Random("rx no")
    table = {**_people(rng), "rx_no": [f"RX{digits(rng, 8)}" for _ in range(N)]}
    assert _kind(_found(table)["rx_no"]) != "HEALTH"


def test_unnamed_coordinates_beside_an_address_are_not_read_as_the_persons() -> None:
    rng = random.Random("moorings")
    lats, lons = _coordinates(rng)
    table = {**_people(rng), "c05": [_address(rng) for _ in range(N)], "c11": lats, "c12": lons}
    found = _found(table)
    assert not found["c11"].personal and not found["c12"].personal


def test_a_sample_of_a_large_file_of_people_without_names_is_not_a_table_of_counts() -> None:
    from minshare.detect.context import is_aggregate
    from minshare.detect.profile import ColumnValues

    rng = random.Random("large")
    bands = ["0-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+"]
    # a thousand rows sampled from 20,000 people: their sex, age band and postcode happen to
    # tell the sampled rows apart, as a table's groupings tell its cells apart
    people = rng.sample(
        [(s, b, str(p)) for s in "MF" for b in bands for p in range(2000, 2400)], 1000
    )
    sample = {
        "c00": [s for s, _, _ in people],
        "c01": [b for _, b, _ in people],
        "c02": [p for _, _, p in people],
        "c03": [f"{rng.uniform(10, 900):.2f}" for _ in people],
    }
    found = _found(sample)
    columns = [(ColumnValues.from_array(n, pa.array(v)), found[n]) for n, v in sample.items()]
    assert not is_aggregate(columns, rows_total=20_000)


# -- 17. marital codes, bodies' short names, arrival modes, profile links ----------------------


def test_marital_status_codes_under_an_abbreviated_name() -> None:
    rng = random.Random("mrtl")
    table = {
        **_people(rng),
        "MRTL_ST": [rng.choice(["D", "M", "W", "SEP", "DF", "S"]) for _ in range(N)],
    }
    assert _kind(_found(table)["MRTL_ST"]) == "MARITAL_STATUS"


def test_a_few_bodies_short_names_under_operator_are_not_people() -> None:
    rng = random.Random("operators")
    table = {
        "station": [rng.choice(["Liverpool", "Footscray", "Rocklea"]) for _ in range(N)],
        "pm25": [f"{rng.uniform(1, 40):.1f}" for _ in range(N)],
        "operator": [rng.choice(["DCCEEW", "DES", "EPA"]) for _ in range(N)],
    }
    assert not _found(table)["operator"].personal


def test_how_a_patient_arrived_is_not_a_place() -> None:
    rng = random.Random("arrival")
    table = {
        **_people(rng),
        "home_address": [_address(rng) for _ in range(N)],
        "arrival_mode": [
            rng.choice(["Walk-in", "Ambulance", "Police", "Helicopter"]) for _ in range(N)
        ],
    }
    assert not _found(table)["arrival_mode"].personal


def test_links_to_peoples_profiles_are_direct_identifiers() -> None:
    rng = random.Random("profiles")
    links = [
        f"https://www.linkedin.com/in/{given(rng).lower()}-{family(rng).lower()}-{digits(rng, 3)}"
        for _ in range(N)
    ]
    profiles = _found({**_people(rng), "profileUrl": links})["profileUrl"]
    assert _kind(profiles) == "URL" and profiles.category == "direct_identifier"
    pages = [f"https://www.agency.gov.au/services/{digits(rng, 4)}" for _ in range(N)]
    assert not _found({**_people(rng), "profileUrl": pages})["profileUrl"].personal


def test_portfolios_and_personal_sites_are_profiles_too() -> None:
    rng = random.Random("portfolios")

    def portfolio() -> str:
        handle = f"{given(rng).lower()}{family(rng).lower()}"
        return rng.choice(
            [
                f"https://www.behance.net/{handle}",
                f"https://{handle}.github.io",
                f"https://dribbble.com/{handle}",
                f"https://www.tiktok.com/@{handle}",
                f"https://linkedin.com/in/{handle}",
            ]
        )

    links = [portfolio() for _ in range(N)]
    assert _kind(_found({**_people(rng), "portfolio": links})["portfolio"]) == "URL"
    projects = [f"https://github.com/agency/{family(rng).lower()}-tool" for _ in range(N)]
    assert not _found({**_people(rng), "repo": projects})["repo"].personal


def test_a_childs_ur_number_and_a_certifier_are_named_as_such() -> None:
    rng = random.Random("ur")
    certifiers = [f"{given(rng)} {family(rng)}" for _ in range(8)]
    table = {
        **_people(rng),
        "child_ur": [f"UR{digits(rng, 7)}" for _ in range(N)],
        "CERTIFIER": [rng.choice(certifiers) for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["child_ur"]) == "ID"
    assert _kind(found["CERTIFIER"]) == "PERSON"


# -- 18. tribunal members, approval numbers, app accounts --------------------------------------


def test_tribunal_members_named_by_their_title_are_people() -> None:
    rng = random.Random("members")
    members = [f"Member {family(rng)}" for _ in range(8)]
    table = {
        "HEARING_NO": [f"RT{digits(rng, 6)}" for _ in range(N)],
        "OUTCOME": [rng.choice(["Order made", "Dismissed", "Adjourned"]) for _ in range(N)],
        "MEMBER": [rng.choice(members) for _ in range(N)],
    }
    assert _kind(_found(table)["MEMBER"]) == "PERSON"


@pytest.mark.parametrize("name", ["PHARM_APPROVAL", "PBS_APPROVAL_NO"])
def test_a_pharmacys_approval_number_is_not_a_medicine(name: str) -> None:
    # (even under a name of the scheme whose medicines its items are)
    rng = random.Random("approvals")
    values = [f"{digits(rng, 5)}{rng.choice('WLEK')}" for _ in range(N)]
    assert not _found({**_people(rng), name: values})[name].personal


def test_elections_by_their_year_are_not_medicines() -> None:
    rng = random.Random("elections")
    values = [rng.choice(["2025F", "2022F", "2019F", "2023R", None]) for _ in range(N)]
    assert not _found({**_people(rng), "LAST_VOTED": values})["LAST_VOTED"].personal
    # PBS items of every kind of number are the person's medicines
    items = [f"{rng.randint(1000, 13000)}{rng.choice('BKLTXY')}" for _ in range(N)]
    assert _kind(_found({**_people(rng), "c09": items})["c09"]) == "HEALTH"


@pytest.mark.parametrize(
    ("name", "personal"), [("userId", True), ("deviceId", True), ("session_id", False)]
)
def test_a_users_or_devices_uuid_is_an_online_identifier(name: str, personal: bool) -> None:
    import uuid

    rng = random.Random(name)
    values = [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(N)]
    assert _found({**_people(rng), name: values})[name].personal is personal
    # phones' advertising IDs (UUIDs, in capitals) beside Android IDs (sixteen hex digits)
    mixed = [v.upper() if i % 2 else f"{rng.getrandbits(64):016x}" for i, v in enumerate(values)]
    assert _found({**_people(rng), name: mixed})[name].personal is personal


def test_cat_in_a_name_is_a_category_not_an_animal() -> None:
    rng = random.Random("offence cat")
    offences = ["Breach AVO", "Drug possession", "Break & enter", "Fraud", "Assault"]
    table = {**_people(rng), "OFFENCE_CAT": [rng.choice(offences) for _ in range(N)]}
    assert _found(table)["OFFENCE_CAT"].personal


# -- 19. case managers and informants, concession cards, life support, coincidental words --


@pytest.mark.parametrize("name", ["CaseMgr", "CASE_MGR", "informant", "ARRESTING_OFFICER"])
def test_the_few_staff_on_a_case_are_people(name: str) -> None:
    rng = random.Random(name)
    ranks = ["Cst", "Snr Cst", "Sgt", "Det Sgt", "LSC"]
    names = ["Sarah Walker", "Ahmed Khan", "Mitchell Lee", "Olivia Wang", "Cooper Cox"]
    names += ["Priya Patel", "Daniel Nguyen", "Grace Kelly", "Marco Rossi", "Emma Brown"]
    staff = [
        n if name.lower().startswith("case") else f"{rng.choice(ranks)} {n[0]}. {n.split()[1]}"
        for n in names
    ]
    table = {**_people(rng), name: [rng.choice(staff) for _ in range(N)]}
    assert _kind(_found(table)[name]) == "PERSON"


def test_concession_cards_are_what_a_person_receives() -> None:
    rng = random.Random("concessions")
    cards = ["Pensioner Concession Card", "Health Care Card", "DVA Gold Card", "Seniors Card"]
    codes = ["PENSIONER", "HCC", "CARER", "DVA TPI"]
    table = {
        **_people(rng),
        "CardType": [rng.choice(cards) for _ in range(N)],
        "CONC_TYPE": [rng.choice(codes) for _ in range(N)],
        "X15": [rng.choice([*codes, None, None]) for _ in range(N)],  # codes, one card-only
        "PENS_CONC": [rng.choice("YNN") for _ in range(N)],
        # decoys: a payment card, a relationship, a concentration
        "card_type": [rng.choice(["Visa", "Mastercard", "Amex"]) for _ in range(N)],
        "ROLE": [rng.choice(["Carer", "Parent", "Pensioner", "Self"]) for _ in range(N)],
        "CONC": [f"{rng.uniform(0, 40):.1f}" for _ in range(N)],
    }
    found = _found(table)
    for name in ("CardType", "CONC_TYPE", "X15", "PENS_CONC"):
        assert _kind(found[name]) == "CONCESSION", name
        assert found[name].category == "quasi_identifier"
    assert all(_kind(found[name]) != "CONCESSION" for name in ("card_type", "ROLE", "CONC"))


@pytest.mark.parametrize("name", ["LifeSupport", "MED_COOLING", "DIALYSIS_FLAG"])
def test_life_support_and_medical_cooling_flags_are_health(name: str) -> None:
    rng = random.Random(name)
    table = {**_people(rng), name: [rng.choice("NNNNY") for _ in range(N)]}
    assert _kind(_found(table)[name]) == "HEALTH"


def test_one_orientation_word_is_a_coincidence() -> None:
    rng = random.Random("depreciation")
    methods = ["Straight line", "Diminishing value"]
    orientations = ["Heterosexual", "Gay", "Lesbian", "Bisexual", "Prefer not to say"]
    table = {
        "ASSET_ID": [f"A{digits(rng, 6)}" for _ in range(N)],
        "DEPREC_METHOD": [rng.choice(methods) for _ in range(N)],
    }
    assert not _found(table)["DEPREC_METHOD"].personal
    people = {**_people(rng), "ORIENT": [rng.choice(orientations) for _ in range(N)]}
    assert _kind(_found(people)["ORIENT"]) == "SEXUAL_ORIENTATION"


def test_a_crews_staff_codes_in_one_cell_are_ids() -> None:
    rng = random.Random("crews")
    crew = [f"P{digits(rng, 5)}" for _ in range(40)]
    codes = [f"{rng.randint(1, 40)}{rng.choice('ABCD')}{rng.randint(1, 30)}" for _ in range(N)]
    table = {
        **_people(rng),
        "crew_ids": [";".join(rng.sample(crew, 2)) for _ in range(N)],
        "dispatch_codes": codes,
    }
    found = _found(table)
    assert _kind(found["crew_ids"]) == "ID"
    assert not found["dispatch_codes"].personal


def test_a_pickup_points_coordinates_in_one_cell_are_its_place() -> None:
    rng = random.Random("pickup")
    points = [f"{rng.uniform(-38, -12):.5f},{rng.uniform(115, 153):.5f}" for _ in range(N)]
    table = {**_people(rng), "pickup_address": [_address(rng) for _ in range(N)], "gps": points}
    assert _kind(_found(table)["gps"]) == "LOCATION"
    stations = {
        "STATION_ID": [f"STN-{digits(rng, 3)}" for _ in range(N)],
        "STATION_NAME": [rng.choice(SUBURBS) for _ in range(N)],
        "gps": points,
    }
    assert not _found(stations)["gps"].personal


# -- 20. the circumstances a service records a person in -------------------------------------


def test_family_violence_and_homelessness_are_a_persons_vulnerability() -> None:
    rng = random.Random("vulnerable")
    priorities = ["General", "General", "Priority - Homeless", "Priority - DFV", "Transfer"]
    reasons = ["Homelessness", "Addiction", "Family violence", "Financial", None, None]
    table = {
        **_people(rng),
        "PRIORITY_CAT": [rng.choice(priorities) for _ in range(N)],
        "hardship_reason": [rng.choice(reasons) for _ in range(N)],
        "DV_FLAG": [rng.choice("NNNNY") for _ in range(N)],
        "Fam_Violence_Flag": [rng.choice("NNNNY") for _ in range(N)],
        "DFV_FLAG": [rng.choice("1229") for _ in range(N)],  # coded as the AIHW codes it
        # a screen's flag, asked or not, answered or declined
        "DV_RISK": [
            rng.choice(["N", "N", "Y", "Not asked", "Declined to answer"]) for _ in range(N)
        ],
        "fv_indicator": [rng.choice(["Yes", "No", "Not asked"]) for _ in range(N)],
    }
    found = _found(table)
    for name in table.keys() - _people(rng).keys():
        assert _kind(found[name]) == "VULNERABILITY", name
        assert found[name].category == "sensitive"


def test_a_housing_situation_of_crisis_is_a_vulnerability() -> None:
    rng = random.Random("housing")
    situations = ["Own home", "Private rental", "Boarding house", "Living with family"]
    situations += ["Homeless - rough sleeping", "Crisis accommodation", "Couch surfing"]
    table = {**_people(rng), "column_14": [rng.choice(situations) for _ in range(N)]}
    assert _kind(_found(table)["column_14"]) == "VULNERABILITY"
    settled = ["Own home", "Private rental", "Boarding house", "Living with family", "Other"]
    table = {**_people(rng), "column_14": [rng.choice(settled) for _ in range(N)]}
    assert not _found(table)["column_14"].personal


@pytest.mark.parametrize("name", ["HOUSING_STATUS", "ACCOM_TYPE", "LIVING_SITUATION"])
def test_homelessness_among_many_ways_of_living_is_a_vulnerability(name: str) -> None:
    # a hardship application's housing: rough sleeping, couch surfing and crisis
    # accommodation, fifteen in a hundred, among rentals, public housing and family
    rng = random.Random(f"housed {name}")
    housed = [
        "Private rental",
        "Public housing",
        "Living with family",
        "Boarding house",
        "Own home - mortgage",
        "Aboriginal community housing",
        "Correctional centre",
    ]
    crisis = ["Homeless - rough sleeping", "Couch surfing", "Crisis accommodation"]
    values = [rng.choice(crisis) if i % 7 == 0 else rng.choice(housed) for i in range(N)]
    assert _kind(_found({**_people(rng), name: values})[name]) == "VULNERABILITY"
    # under a name that says nothing of where people live, so few are a coincidence
    assert not _found({**_people(rng), "column_14": values})["column_14"].personal


@pytest.mark.parametrize("name", ["ABUSE_TYPE", "column_8"])
def test_the_kinds_of_abuse_a_child_suffered_are_a_vulnerability(name: str) -> None:
    # a notification's kinds of harm, one or several to a row, in either case
    rng = random.Random(f"harm {name}")
    kinds = ["Neglect", "Physical", "Emotional", "Sexual", "Sexual abuse", "Emotional harm"]
    values = [
        ";".join(rng.sample(kinds, rng.choice([1, 1, 2]))).upper()
        if rng.random() < 0.3
        else rng.choice(kinds)
        for _ in range(N)
    ]
    finding = _found({**_people(rng), name: values})[name]
    assert _kind(finding) == "VULNERABILITY", finding
    assert finding.category == "sensitive"
    # neglect is harm's alone: a wellbeing survey's domains are physical, emotional and social
    domains = ["Physical", "Emotional", "Social", "Physical;Social"]
    values = [rng.choice(domains) for _ in range(N)]
    assert not _found({**_people(rng), name: values})[name].personal
    # nor are a few kinds among a complaint's other categories
    categories = ["Billing", "Staff conduct", "Waiting time", "Food", "Cleanliness"]
    values = [rng.choice(kinds) if rng.random() < 0.3 else rng.choice(categories) for _ in range(N)]
    assert not _found({**_people(rng), name: values})[name].personal
    # and two kinds beside it are too few
    values = [rng.choice(["Neglect", "Physical", "Neglect;Physical"]) for _ in range(N)]
    assert not _found({**_people(rng), "column_8": values})["column_8"].personal


def test_priority_markers_of_violence_or_homelessness_are_a_vulnerability() -> None:
    # a legal aid application's priority markers, several to a row: an interpreter, mental
    # health, family violence, homelessness written short
    rng = random.Random("markers")
    markers = ["INTERP", "MH", "ATSI", "CHILD", "REMOTE", "CUST"]
    values = [";".join(sorted(rng.sample(markers, rng.randint(1, 2)))) for _ in range(N)]

    def marked(every: int) -> list[str]:
        # one row in so many marked for family violence or (twice as often) homelessness
        return [f"{v};{('DV', 'HMLS', 'HMLS')[i % 3]}" if i % every == 0 else v
                for i, v in enumerate(values)]  # fmt: skip

    table = {**_people(rng), "PRIORITY_FLAGS": marked(7), "column_9": marked(7)}
    found = _found({**table, "column_10": marked(4)})
    assert _kind(found["PRIORITY_FLAGS"]) == "VULNERABILITY"
    assert _kind(found["column_10"]) == "VULNERABILITY"  # homelessness written HMLS
    assert not found["column_9"].personal  # so few, under no name that says so


def test_a_service_named_for_a_vulnerability_is_not_one() -> None:
    rng = random.Random("programs")
    services = ["Homelessness services", *[f"Service type {i}" for i in range(20)]]
    people = {**_people(rng), "SERVICE_TYPE": [rng.choice(services) for _ in range(N)]}
    assert _kind(_found(people)["SERVICE_TYPE"]) != "VULNERABILITY"
    programs = ["Family violence support", "Homelessness outreach", "Youth services", "Aged care"]
    providers = [f"{family(rng)} Community Services Inc" for _ in range(60)]
    funding = {
        "ORGANISATION": [rng.choice(providers) for _ in range(N)],
        "PROGRAM": [rng.choice(programs) for _ in range(N)],
        "FUNDING_AMT": [f"{rng.uniform(1e4, 1e6):.2f}" for _ in range(N)],
    }
    assert not _found(funding)["PROGRAM"].personal


def test_an_organisations_chief_executive_does_not_make_its_register_peoples() -> None:
    from minshare.identifiers import make_abn

    rng = random.Random("registered training organisations")
    names = [f"{family(rng)} Training Pty Ltd" for _ in range(N)]
    table = {
        "Legal Name": names,
        "ABN": [make_abn(rng) for _ in range(N)],
        "State": [rng.choice(["NSW", "VIC", "QLD", "SA", "WA", "TAS"]) for _ in range(N)],
        "CEO": [f"{given(rng)} {family(rng)}" for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["CEO"]) == "PERSON"
    assert not found["State"].personal


# -- 21. health told by a name: smoking, blood-borne viruses, aids, injuries --------------------


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("SMOKER", ["Current", "Never", "Ex", "current"]),
        ("MH_FLAG", ["N", "Y", "Y - on risk register"]),
        ("HCV_AB", ["POS", "NEG", "Not tested", "Declined"]),
        ("wheelchair", ["Y", "N", "1", "0"]),
        ("bodyPart", ["Hand", "Eye", "Knee", "Head", "Back", "Multiple"]),
        ("HEARING_LOSS", ["Mild", "Moderate", "Severe", "Profound"]),
        ("AID_TYPE", ["Wheelchair", "Walking frame", "Walking stick", "4WW", "None"]),
        # a person's test results, found positive in some rows and negative in others
        ("result", ["Negative", "Positive", "Dilute", "Refused"]),
        ("Test Result", ["Not detected", "Detected", "Inconclusive"]),
        ("c9", ["Negative", "Non-negative (screen)", "Confirmed positive", "Confirmed negative"]),
        # yes/no under a name of an injury, a medical need or a disability
        ("INJURY_FLAG", ["Y", "N"]),
        ("MED_ESCORT_FLG", ["N", "Y"]),
        ("NDIS_Ptcpt", ["Y", "N", "Unknown"]),
        ("DIS_IND", ["N", "Y"]),
        ("PREG", ["N", "Y", "U", "n"]),  # pregnant, in a risk assessment
        # a housebound reader's aid: "mob" is no mobile here
        (
            "mob_aid",
            ["Bedbound", "Uses cane", "Walking frame", "NDIS participant", "DVA Gold Card"],
        ),
    ],
)
def test_health_a_name_or_an_aid_tells(name: str, values: list[str]) -> None:
    rng = random.Random(name)
    table = {**_people(rng), name: [rng.choice(values) for _ in range(N)]}
    assert _kind(_found(table)[name]) == "HEALTH"


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("SMOKE_ALARM", ["Y", "N"]),
        ("HEARING_DATE", ["2024-03-01", "2024-05-17", "2024-06-30"]),
        ("BLIND_TYPE", ["Roller", "Venetian", "Vertical"]),
        ("personsInjured", ["0", "1", "1", "0", "0", "2"]),  # a count, not a flag
        ("MEDIA_FLG", ["Y", "N"]),
        ("INJURY_TYPE", ["Minor", "Major"]),  # neither a flag nor a word of health
    ],
)
def test_smoke_alarms_and_court_hearings_are_not_health(name: str, values: list[str]) -> None:
    rng = random.Random(name)
    table = {**_people(rng), name: [rng.choice(values) for _ in range(N)]}
    assert _kind(_found(table)[name]) != "HEALTH"


# -- 22. dog attacks, street corners, logins, court lists, tests and cards ---------------------


def test_a_dog_attacks_victim_and_narrative_are_people() -> None:
    rng = random.Random("dog attacks")
    corners = [f"Cnr {rng.choice(['King', 'Bunya', 'Station'])} St & George Rd" for _ in range(N)]
    places = [rng.choice([_address(rng), f"Footpath outside {_address(rng)}"]) for _ in range(N)]
    notes = [
        rng.choice(["Dog rushed at child on bike", "Two dogs involved, one unidentified"])
        if i % 3
        else f"Witness {given(rng)} {family(rng)} ph 04{digits(rng, 8)}"
        for i in range(N)
    ]
    table = {
        "INCIDENT_LOC": [corners[i] if i % 4 == 0 else places[i] for i in range(N)],
        "VICTIM_NAME": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "VICTIM_AGE": [str(rng.randint(3, 90)) for _ in range(N)],
        "DOG_OWNER": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "DOG_NAME": [given(rng) for _ in range(N)],
        "BREED": [rng.choice(["Kelpie", "Staffy", "Mastiff X"]) for _ in range(N)],
        "NARRATIVE": notes,
    }
    found = _found(table)
    assert _kind(found["VICTIM_NAME"]) == "PERSON"
    assert _kind(found["VICTIM_AGE"]) == "AGE"
    assert _kind(found["INCIDENT_LOC"]) == "ADDRESS"
    assert found["NARRATIVE"].category == "free_text"
    assert not found["DOG_NAME"].personal


def test_logins_of_staff_and_a_practices_postcode() -> None:
    rng = random.Random("logins")
    logins = [f"{given(rng)[0].lower()}{family(rng).lower()[:7]}{rng.choice(['', '1', '2'])}"]
    logins += [f"{given(rng)[0].lower()}{family(rng).lower()[:7]}" for _ in range(20)]
    table = {
        **_people(rng),
        "LOGGED_BY": [rng.choice(logins) for _ in range(N)],
        "RES_PC": [rng.choice(["2560", "4305", "3082", "2170", "0850", "6056"]) for _ in range(N)],
        "PRAC_PC": [rng.choice(["2000", "3000", "4000", "2600", "2150"]) for _ in range(N)],
        "PRVDR_NO": [f"{digits(rng, 6)}{rng.choice('ACHJKLTWY')}{rng.choice('ABFHJKLTWXY')}"
                     for _ in range(N)],
    }  # fmt: skip
    found = _found(table)
    assert _kind(found["LOGGED_BY"]) == "USERNAME"  # an initial and a surname, cut to eight
    assert _kind(found["RES_PC"]) == "AU_POSTCODE"
    assert not found["PRAC_PC"].personal
    assert _kind(found["PRVDR_NO"]) == "ID"


_LONGER_LOGINS = ["bdavies", "dpham", "stuilagi", "mkaur", "jnguyen", "aosei"]
_SHORT_LOGINS = ["yliu", "qbui", "hbui", "tlam", "jlee"]


def test_an_initial_and_a_three_letter_surname_is_a_login_beside_longer_ones() -> None:
    rng = random.Random("short logins")
    issued_by = [rng.choice(_LONGER_LOGINS + _SHORT_LOGINS) for _ in range(N)]
    finding = _found({**_people(rng), "X_07": issued_by})["X_07"]
    assert _kind(finding) == "USERNAME", finding
    assert finding.entities[0].evidence.startswith(f"{N} of {N} ")  # the short ones count


def test_a_few_staff_logins_under_a_name_of_staff_acting_are_logins() -> None:
    # an enrolment change's processing officer: six staff, and two batch accounts busier
    rng = random.Random("few logins")
    staff = ["t.haddad", "lrossi", "jnguyen", "mkelly", "s.patel", "bchen01"]
    done_by = [rng.choice(["svc_online", "svc_feddirect", *staff]) for _ in range(N)]
    found = _found({**_people(rng), "proc_officer": done_by, "X_07": done_by})
    assert _kind(found["proc_officer"]) == "USERNAME"
    assert not found["X_07"].personal  # six words that split so are too few alone


def test_a_doctors_login_after_their_title_is_a_login() -> None:
    # a prescription monitoring portal's viewers: doctors sign in as "dr.jayden.johnson",
    # others by an initial and a surname, or by e-mail address
    rng = random.Random("titled logins")

    def viewer() -> str:
        first, last = given(rng).lower(), family(rng).lower()
        roll = rng.random()
        if roll < 0.45:
            return f"dr.{first}.{last}"
        if roll < 0.7:
            return f"{first}.{last}@gmail.com"
        return f"{first[0]}{last}{rng.randint(10, 99)}"

    viewers = [viewer() for _ in range(150)]
    viewed_by = [rng.choice(viewers) for _ in range(N)]
    assert _kind(_found({**_people(rng), "VIEWED_BY": viewed_by})["VIEWED_BY"]) == "USERNAME"
    # a title is no name: it goes before a given name and a surname only
    assert is_login("dr.jayden.johnson") and is_login("prof.mary.chan")
    assert not is_login("dr.smith") and not is_login("cc.jayden.johnson")


def test_four_letters_alone_are_not_logins() -> None:
    rng = random.Random("four letters")
    codes = [f"{letter}{tail}" for letter in "ABCD" for tail in ("LEE", "LIU", "BUI")]
    finding = _found({**_people(rng), "X_07": [rng.choice(codes) for _ in range(N)]})["X_07"]
    assert _kind(finding) != "USERNAME", finding


def test_a_court_lists_acts_and_orders() -> None:
    rng = random.Random("court list")
    acts = ["Crimes Act 1900 s 112", "Summary Offences Act 1988 s 4", "CDPV Act 2007 s 13"]
    table = {
        **_people(rng),
        "Act/Section": ["; ".join(rng.sample(acts, rng.randint(1, 3))) for _ in range(N)],
        "Related AVO": [rng.choice(["N", "N", "Y", ""]) for _ in range(N)],
        "convenor": [rng.choice(["Sarah Walker", "Ahmed Khan", "Olivia Wang", "Emma Brown"])
                     for _ in range(N)],
    }  # fmt: skip
    found = _found(table)
    assert _kind(found["Act/Section"]) == "CRIMINAL_RECORD"
    assert _kind(found["Related AVO"]) == "VULNERABILITY"
    assert _kind(found["convenor"]) == "PERSON"


def test_covid_tests_and_companion_cards() -> None:
    rng = random.Random("covid")
    results = ["PCR positive", "RAT positive", "Close contact - household", "pos"]
    cards = ["Pensioner", "Seniors card", "Companion card", "Veteran", None, None, None]
    table = {
        **_people(rng),
        "test_result": [rng.choice(results) for _ in range(N)],
        "concession": [rng.choice(cards) for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["test_result"]) == "HEALTH"
    assert _kind(found["concession"]) == "CONCESSION"


def test_a_blood_donors_group_deferral_and_nurse() -> None:
    rng = random.Random("blood")
    groups = ["A+", "O+", "O POS", "A NEG", "AB Positive", "B-"]
    deferrals = ["Low Hb", "Low iron stores", "Low blood pressure", "Recent tattoo", None, None]
    nurses = [f"{t} {n}" for t in ("RN", "EN") for n in ("Patricia Wilson", "Kiara Roberts")]
    table = {
        **_people(rng),
        "column_6": [rng.choice(groups) for _ in range(N)],
        "column_11": [rng.choice(deferrals) for _ in range(N)],
        "column_16": [rng.choice([*nurses, "C. Kelly", "N. Singh"]) for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["column_6"]) == "HEALTH"
    assert _kind(found["column_11"]) == "HEALTH"
    assert _kind(found["column_16"]) == "PERSON"


def test_reasons_for_hardship_beside_an_illness_and_unnamed_staff() -> None:
    rng = random.Random("hardship")
    reasons = ["Cost of living", "Job loss / reduced hours", "Illness", "Separation"]
    reasons += ["Family violence", "Bereavement", "Disability"]
    staff = ["Grace Kelly", "William Martin", "Sarah Walker", "Ahmed Khan", "Olivia Wang"]
    table = {
        **_people(rng),
        "column_9": [rng.choice(reasons) for _ in range(N)],
        "column_14": [rng.choice(staff) for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["column_9"]) == "VULNERABILITY"
    assert _kind(found["column_14"]) == "PERSON"


def test_a_childs_birth_date_under_an_opaque_name() -> None:
    rng = random.Random("excursions")
    births = [birth(rng, 11, 17).strftime("%d/%m/%Y") for _ in range(N)]
    recent_dates = [recent(rng, 3).strftime("%d/%m/%Y") for _ in range(N)]
    students = {
        "StudentFirst": [given(rng) for _ in range(N)],
        "StudentLast": [family(rng) for _ in range(N)],
        "F12": births,
        "F13": recent_dates,
    }
    found = _found(students)
    assert _kind(found["F12"]) == "DATE_OF_BIRTH"
    assert not found["F13"].personal
    adults = {**_people(rng), "F12": births}  # no child in it: a date of something else
    assert _kind(_found(adults)["F12"]) != "DATE_OF_BIRTH"
    typed = {**students, "F12": [birth(rng, 11, 17) for _ in range(N)]}  # a date column
    assert _kind(_found(typed)["F12"]) == "DATE_OF_BIRTH"


def test_a_students_year_level_gives_their_age() -> None:
    rng = random.Random("year levels")
    levels = ["K", "Prep", "Year 3", "Yr 7", "10", "12", "5"]
    students = {
        **_people(rng),
        "YearLvl": [rng.choice(levels) for _ in range(N)],
        "yr": [rng.choice(levels) for _ in range(N)],
        "YR": [rng.randint(2012, 2025) for _ in range(N)],  # a car's model year
    }
    found = _found(students)
    assert _kind(found["YearLvl"]) == "AGE"
    assert _kind(found["yr"]) == "AGE"
    assert _kind(found["YR"]) != "AGE"
    schools = {
        "SCHOOL_NAME": [f"{family(rng)} Public School" for _ in range(N)],
        "year_level": [rng.choice(["3", "5", "7", "9"]) for _ in range(N)],
        "mean_score": [f"{rng.uniform(350, 650):.1f}" for _ in range(N)],
    }
    assert not _found(schools)["year_level"].personal


# -- 23. buildings' condition, boats' ramps, fire officers, directories, orders --------------------


def test_a_buildings_condition_rating_is_not_health() -> None:
    from minshare.identifiers import make_abn

    rng = random.Random("heritage")
    table = {
        "PLACE_NAME": [
            f"{rng.choice(SUBURBS)} {rng.choice(['Customs House', 'Post Office', 'Town Hall'])}"
            for _ in range(N)
        ],
        "STREET_ADDRESS": [_address(rng) for _ in range(N)],
        "SUBURB": [rng.choice(SUBURBS) for _ in range(N)],
        "OWNER_ORG": [f"{family(rng)} Shire Council" for _ in range(N)],
        "OWNER_ABN": [make_abn(rng) for _ in range(N)],
        "OWNER_CONTACT_PH": [f"02 {digits(rng, 4)} {digits(rng, 4)}" for _ in range(N)],
        "CONDITION_RATING": [rng.choice(["Good", "Fair", "Poor"]) for _ in range(N)],
    }
    found = _found(table)
    assert not found["CONDITION_RATING"].personal
    assert not found["SUBURB"].personal  # the buildings' place, in a register of buildings
    # public bodies named without a company's or a council's word own buildings too
    owners = [
        "Property NSW", "Crown Lands NSW", "Australia Post", "Catholic Diocese of Bathurst",
        "Transport Asset Holding Entity", "Maitland City Council", "Endeavour Group Ltd",
    ]  # fmt: skip
    public = {**table, "OWNER_ORG": [owners[i % len(owners)] for i in range(N)]}
    assert not _found(public)["OWNER_ABN"].personal


def test_a_boat_ramps_place_and_a_fire_appliance_are_things() -> None:
    rng = random.Random("boats")
    lats, lons = _coordinates(rng)
    ports = ["Hillarys", "Esperance", "Broome", "Fremantle"]
    signs = [f"{rng.choice(['HBT', 'BUR', 'GLN'])}{rng.randint(10, 49)}" for _ in range(N)]
    table = {
        **_people(rng),
        "HOME_ADDRESS": [_address(rng) for _ in range(N)],
        "HOME_PORT": [rng.choice(ports) for _ in range(N)],
        "RAMP_LAT": lats,
        "RAMP_LON": lons,
        "APPLIANCE_CALLSIGN": signs,
    }
    found = _found(table)
    for name in ("HOME_PORT", "RAMP_LAT", "RAMP_LON", "APPLIANCE_CALLSIGN"):
        assert not found[name].personal, name


def test_officers_in_charge_directory_pages_and_order_conditions() -> None:
    rng = random.Random("orders")
    names = ("Amber Mitchell", "Dion Walker")
    officers = [f"{t} {n}" for t in ("Capt", "LFF", "STN OFF") for n in names]
    conditions = ["Curfew 9pm-6am", "Place restriction", "Electronic monitoring"]
    conditions += ["Attend MERIT program", "Non-association order"]
    site = "https://intranet.agency.gov.au/people/"
    kinds = ["Cognitive", "Physical", "Social/Emotional", "Sensory"]
    capacity = ["Partial capacity", "Full capacity", "No capacity", "Unfit for work"]
    table = {
        **_people(rng),
        "OIC": [rng.choice(officers) for _ in range(N)],
        "APP_BDT": [birth(rng, 16, 40).strftime("%Y%m%d") for _ in range(N)],
        "profileUrl": [f"{site}{given(rng)[0].lower()}{family(rng).lower()}" for _ in range(N)],
        "CONDITIONS": ["; ".join(rng.sample(conditions, rng.randint(1, 3))) for _ in range(N)],
        "NCCD_Category": [rng.choice(kinds) for _ in range(N)],
        "CapacityStatus": [rng.choice(capacity) for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["OIC"]) == "PERSON"
    assert _kind(found["APP_BDT"]) == "DATE_OF_BIRTH"
    assert _kind(found["profileUrl"]) == "URL"
    assert _kind(found["CONDITIONS"]) == "CRIMINAL_RECORD"
    assert _kind(found["NCCD_Category"]) == "HEALTH"
    assert _kind(found["CapacityStatus"]) == "HEALTH"


def test_conditions_among_answers_of_none_identified_are_health_not_religion() -> None:
    # most offenders have no disability to record; "None identified" is no one's religion
    rng = random.Random("disabilities")
    conditions = [
        "Autism spectrum disorder", "Acquired brain injury", "Intellectual disability",
        "Hearing impairment", "Psychosocial disability", "Vision impairment",
    ]  # fmt: skip
    extras = ["Parking permit", "Locker key", "Laptop issued", "Swipe card"]
    table = {
        **_people(rng),
        "X1": [
            rng.choice(conditions) if rng.random() < 0.2 else "None identified" for _ in range(N)
        ],
        "X2": [rng.choice(extras) if rng.random() < 0.2 else "None" for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["X1"]) == "HEALTH", found["X1"]
    assert "RELIGION" not in {e.type for e in found["X1"].entities}
    assert not found["X2"].personal


def test_life_support_equipment_among_a_flags_no_is_health() -> None:
    # a utility's register of customers on life support: most have none, "N" or "No"
    rng = random.Random("life support")
    equipment = ["Home dialysis", "Oxygen concentrator", "Peritoneal dialysis", "Ventilator"]
    values = [
        rng.choice(equipment) if rng.random() < 0.2 else rng.choice(["N", "No"]) for _ in range(N)
    ]
    assert _kind(_found({**_people(rng), "LS_EQUIP": values})["LS_EQUIP"]) == "HEALTH"
    # the same flag beside things a customer was given is no one's health
    extras = ["Smart meter", "Paperless billing", "Direct debit", "Concession applied"]
    given = [
        rng.choice(extras) if rng.random() < 0.2 else rng.choice(["N", "No"]) for _ in range(N)
    ]
    assert not _found({**_people(rng), "EXTRAS": given})["EXTRAS"].personal


def test_the_conditions_of_parole_are_a_criminal_record() -> None:
    rng = random.Random("parole")
    conditions = [
        "Report to CCO weekly", "Reside at approved address", "Not to contact victim",
        "No contact with persons under 18", "Abstain from alcohol", "Submit to drug testing",
        "Not to enter Darwin CBD", "Not to possess weapons",
    ]  # fmt: skip
    licence = ["Trading hours 10am-10pm", "No takeaway after 9pm", "Signage displayed"]
    table = {
        **_people(rng),
        "special_conditions": ["; ".join(rng.sample(conditions, 2)) for _ in range(N)],
        "licence_conditions": ["; ".join(rng.sample(licence, 2)) for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["special_conditions"]) == "CRIMINAL_RECORD"
    assert not found["licence_conditions"].personal


def test_a_portals_profile_pages_numbered_for_their_users_are_urls() -> None:
    rng = random.Random("portal")
    site = "https://my.staterevenue.gov.au/account/profile/"
    table = {**_people(rng), "profile_url": [f"{site}{digits(rng, 6)}" for _ in range(N)]}
    assert _kind(_found(table)["profile_url"]) == "URL"


def test_a_users_account_number_in_a_register_listed_in_its_order_is_theirs() -> None:
    # accounts numbered as they were opened, listed in that order: rising, not row numbers
    rng = random.Random("accounts")
    numbers = sorted(rng.sample(range(700_001, 706_000), N))
    table = {**_people(rng), "user_id": [str(n) for n in numbers]}
    assert _kind(_found(table)["user_id"]) == "ID"


def test_a_result_of_ok_or_fail_is_no_us_state() -> None:
    # OK is Oklahoma's code, but one state among words of another kind is no column of states
    rng = random.Random("results")
    results = rng.choices(["OK", "FAIL", "DENIED"], weights=[93, 5, 2], k=N)
    table = {**_people(rng), "result": results}
    assert not _found(table)["result"].personal


def test_a_few_staff_with_names_of_many_cultures() -> None:
    rng = random.Random("caseload")
    # one name of eight the dictionaries do not know, one a given name they do not know
    staff = ["Talara Kropinyeri", "Tendai Deng", "Luca Janssen", "Hoa Park", "Hans Kovac"]
    staff += ["Matilda Tjapaltjarri", "Mia Pike", "Grace Walker"]
    table = {**_people(rng), "column_12": [staff[i % len(staff)] for i in range(N)]}
    assert _kind(_found(table)["column_12"]) == "PERSON"
    teams = ["Northern CMHT", "Western CMHT", "Assertive Outreach", "Youth Team", "Intake"]
    table = {**_people(rng), "column_13": [rng.choice(teams) for _ in range(N)]}
    assert not _found(table)["column_13"].personal


@pytest.mark.parametrize("name", ["DATE_OF_DEATH", "dod", "DiedOn"])
def test_a_date_of_death_is_a_quasi_identifier(name: str) -> None:
    rng = random.Random(name)
    table = {**_people(rng), name: [recent(rng, 10).strftime("%d/%m/%Y") for _ in range(N)]}
    found = _found(table)[name]
    assert _kind(found) == "DATE_OF_DEATH" and found.category == "quasi_identifier"
    table = {**_people(rng), "cause_of_death": [rng.choice(["Stroke", "COPD"]) for _ in range(N)]}
    assert _kind(_found(table)["cause_of_death"]) == "HEALTH"


# -- 24. the key of a headerless register of people -------------------------------------------


def _register(rng: random.Random, first: list[str]) -> dict[str, list[Any]]:
    return {
        "column_1": first,
        "column_2": [f"{family(rng).upper()}, {given(rng)} {i}" for i in range(N)],
        "column_3": [birth(rng, 18, 90).strftime("%d/%m/%Y") for _ in range(N)],
        "column_4": [_address(rng) for _ in range(N)],
    }


def test_the_first_column_of_a_headerless_register_of_people_is_their_id() -> None:
    rng = random.Random("members")
    members = [f"V{digits(rng, 6)}" for _ in range(N)]
    assert _kind(_found(_register(rng, members))["column_1"]) == "ID"


def test_codes_that_recur_on_a_register_say_nothing_of_its_people_coming_back() -> None:
    # a staff register's cost centres, a register of owners' land values: other codes
    # recur, while each person comes once
    rng = random.Random("cost centres")
    staff = [f"{digits(rng, 7)}" for _ in range(N)]
    centres = [f"CC{digits(rng, 5)}" for _ in range(N // 2)]
    table = {**_register(rng, staff), "column_5": [rng.choice(centres) for _ in range(N)]}
    assert _kind(_found(table)["column_1"]) == "ID"


def test_both_keys_of_a_headerless_register_of_people_are_theirs() -> None:
    # a carer's number, then their authorisation's: each row one carer, so each number
    # finds one person
    rng = random.Random("carers")
    register = _register(rng, [f"FC{digits(rng, 6)}" for _ in range(N)])
    authorities = [f"CA{rng.randint(10, 25)}/{digits(rng, 5)}" for _ in range(N)]
    table = {"column_0": register.pop("column_1"), "column_1": authorities, **register}
    found = _found(table)
    assert _kind(found["column_0"]) == "ID"
    assert _kind(found["column_1"]) == "ID"


def test_a_headerless_register_with_no_names_is_keyed_by_its_peoples_numbers() -> None:
    # a health extract of jobseekers: their number, Medicare number, IHI and date of birth,
    # no name; each row one person, so the first column is theirs
    rng = random.Random("no names")
    people = [
        (identifiers.make_medicare(rng), identifiers.make_ihi(rng), birth(rng, 18, 65))
        for _ in range(N)
    ]
    table = {
        "column_1": [f"JSK{digits(rng, 8)}" for _ in range(N)],
        "column_2": [medicare for medicare, _, _ in people],
        "column_3": [ihi for _, ihi, _ in people],
        "column_4": [born.strftime("%d/%m/%Y") for _, _, born in people],
    }
    assert _kind(_found(table)["column_1"]) == "ID"
    # the same people coming back three times each: the first column is each visit's
    again = [rng.randrange(N // 3) for _ in range(N)]
    for name in ("column_2", "column_3", "column_4"):
        table[name] = [table[name][k] for k in again]
    assert not _found(table)["column_1"].personal


@pytest.mark.parametrize(
    "name", ["CALL_TAKER_ID", "CREW1", "attending_officer", "ASSESSED_BY", "CW_ID"]
)
def test_numbers_under_a_name_of_staff_acting_on_the_record_are_their_ids(name: str) -> None:
    # an ambulance's care record: the paramedics' seven-digit staff numbers, each on many
    rng = random.Random(name)
    staff = [f"1{digits(rng, 6)}" for _ in range(60)]
    table = {**_people(rng), name: [rng.choice(staff) for _ in range(N)]}
    assert _kind(_found(table)[name]) == "ID"
    # a crew's size, and numbers counting up with the rows, are no one's
    table[name] = [rng.choice([2, 2, 3, 4]) for _ in range(N)]
    assert not _found(table)[name].personal
    table[name] = [str(1_000_000 + i) for i in range(N)]
    assert not _found(table)[name].personal


@pytest.mark.parametrize("name", ["ranger_no", "OFFICER_NO", "assessor_id"])
def test_staff_numbers_under_a_name_that_holds_a_number_may_each_recur(name: str) -> None:
    # a council's attack investigations: sixty rangers over three hundred cases, some
    # numbers written with their letters (EMP42634); a number held by one person is seldom on
    # so many rows, a ranger's is
    rng = random.Random(name)
    staff = [rng.choice(["", "EMP"]) + f"4{digits(rng, 4)}" for _ in range(60)]
    table = {**_people(rng), name: [rng.choice(staff) for _ in range(N)]}
    found = _found(table)[name]
    assert _kind(found) == "ID", found
    assert "staff numbers" in found.entities[0].evidence
    table[name] = [rng.choice(staff[:4]) for _ in range(N)]  # a few: a team's, or a shift's
    assert not _found(table)[name].personal


def test_the_first_column_of_a_log_of_returning_people_is_the_events() -> None:
    rng = random.Random("donations")
    donations = [f"A{digits(rng, 12)}" for _ in range(N)]
    donors = _register(rng, [f"{digits(rng, 7)}" for _ in range(N)])
    # each donor gives three times, under the same number, name and date of birth
    again = [rng.randrange(N // 3) for _ in range(N)]
    table = {
        "column_1": donations,
        **{f"column_{i + 2}": [v[k] for k in again] for i, v in enumerate(donors.values())},
    }
    assert not _found(table)["column_1"].personal
    counted = [f"FV{i + 100001:07d}" for i in range(N)]  # numbers the rows
    assert not _found(_register(rng, counted))["column_1"].personal


def test_the_first_column_of_a_register_of_sole_traders_is_theirs() -> None:
    # contracted visitors, each with their own ABN: no business dealt with again and again
    rng = random.Random("visitors")
    visitors = [f"CV{digits(rng, 6)}" for _ in range(N)]
    abns = [identifiers.make_abn(rng) for _ in range(N)]
    table = {**_register(rng, visitors), "column_5": abns}
    assert _kind(_found(table)["column_1"]) == "ID"
    # dealers by their trading names, each once with its ABN, and then a nominee for each
    people = _register(rng, visitors)
    dealers = {
        "column_1": visitors,
        "column_2": [f"{family(rng)} Guns Pty Ltd" for _ in range(N)],
        "column_3": abns,
        **{f"column_{i + 4}": people[f"column_{i + 2}"] for i in range(3)},
    }
    assert not _found(dealers)["column_1"].personal


def test_the_first_column_of_a_pay_run_is_the_staffs_despite_their_funds_abns() -> None:
    # a pay run's staff numbers, each paid once; the ABN is each one's super fund's, a few
    # funds for everyone, and makes the lines no dealings with businesses
    rng = random.Random("pay run")
    funds = [identifiers.make_abn(rng) for _ in range(6)]
    table = {
        **_register(rng, [f"1{digits(rng, 7)}" for _ in range(N)]),
        "column_5": [f"{rng.choice(['062', '033', '082'])}-{digits(rng, 3)}" for _ in range(N)],
        "column_6": [digits(rng, 8) for _ in range(N)],
        "column_7": [identifiers.make_tfn(rng) for _ in range(N)],
        "column_8": [f"{rng.uniform(1500, 4500):.2f}" for _ in range(N)],
        "column_9": [rng.choice(funds) for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["column_7"]) == "AU_TFN" and _kind(found["column_6"]) == "BANK_ACCOUNT"
    assert _kind(found["column_1"]) == "ID"


def test_an_animals_microchip_is_not_its_owners_number() -> None:
    rng = random.Random("microchips")
    chips = [f"9{rng.choice(['00', '41', '56', '85'])}{digits(rng, 12)}" for _ in range(N)]
    assert not _found(_register(rng, chips))["column_1"].personal


def _payments(rng: random.Random, before: list[Any]) -> dict[str, list[Any]]:
    """A headerless log of payments: the payment's key and day, ``before`` the payer's name
    (a payer may pay again), then the amount."""
    payers = [f"{family(rng).upper()}, {given(rng)}" for _ in range(N // 2)]
    return {
        "column_1": [f"T7{i:010d}{rng.randint(0, 9)}" for i in range(N)],
        "column_2": [f"2025-05-{rng.randint(1, 28):02d} 1{rng.randint(0, 9)}:00" for _ in range(N)],
        "column_3": before,
        "column_4": [rng.choice(payers) for _ in range(N)],
        "column_5": [f"{rng.randint(30, 900)}.00" for _ in range(N)],
    }


def test_a_code_just_before_peoples_names_is_their_number() -> None:
    # a renewal's licence number before its payer's name: each licence may come back
    rng = random.Random("renewals")
    licences = [f"BL{rng.choice('RD')}{digits(rng, 6)}{rng.choice('HMLK')}" for _ in range(N)]
    found = _found(_payments(rng, licences))
    assert _kind(found["column_3"]) == "ID"
    assert "before people's names" in found["column_3"].best.evidence
    assert not found["column_1"].personal  # the payment's own key, in the first column


@pytest.mark.parametrize("what", ["days", "amounts", "receipts"])
def test_days_amounts_and_stamped_numbers_before_names_are_no_ones_number(what: str) -> None:
    rng = random.Random(what)
    before = {
        "days": lambda: recent(rng).strftime("%d-%b-%Y"),  # 04-Apr-2025
        "amounts": lambda: float(rng.randint(200, 4000) * 10),  # 3320.0
        "receipts": lambda: f"R{recent(rng):%Y%m%d}{digits(rng, 5)}",  # stamped with the day
    }[what]
    assert not _found(_payments(rng, [before() for _ in range(N)]))["column_3"].personal


def test_years_before_names_are_no_ones_number() -> None:
    # a vehicle register without its header: each vehicle's year of manufacture before its
    # operator's name (on six hundred rows, years do not cover the rows as a counter's do)
    rng = random.Random("years of manufacture")
    rows = 600
    table = {
        "column_1": [f"{rng.choice('ABCDEFGH')}{digits(rng, 5)}" for _ in range(rows)],
        "column_2": [str(rng.randint(1994, 2024)) for _ in range(rows)],
        "column_3": [f"{given(rng)} {family(rng)}" for _ in range(rows)],
        "column_4": [birth(rng).strftime("%d/%m/%Y") for _ in range(rows)],
    }
    assert not _found(table)["column_2"].personal


def test_a_code_before_notes_naming_people_is_not_theirs() -> None:
    # a sample's accession number before the clinician's notes, which name people at times
    rng = random.Random("accessions")
    table = _payments(rng, [digits(rng, 10) for _ in range(N)])
    table["column_4"] = [
        f"Reviewed by {given(rng)} {family(rng)} on the ward; plan to repeat bloods in a week"
        for _ in range(N)
    ]
    assert not _found(table)["column_3"].personal


# -- 25. an organisation's numbers and lines ---------------------------------------------------


def _numbers(rng: random.Random) -> dict[str, list[str]]:
    return {
        "abn": [identifiers.make_abn(rng) for _ in range(N)],
        "acn": [identifiers.make_acn(rng) for _ in range(N)],
        "phone": [f"(02) 9{digits(rng, 3)} {digits(rng, 4)}" for _ in range(N)],
    }


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("EMPLOYER_ABN", "abn"),
        ("EMPLR_ABN", "abn"),  # an employer's, written short
        ("EMPR_ACN", "acn"),
        ("supplierAbn", "abn"),
        ("Club ABN", "abn"),
        ("PROVIDER_ACN", "acn"),
        ("CO_ACN", "acn"),
        ("OWNER_ACN", "acn"),  # whoever holds an ACN is a company
        ("HOLDER_ACN", "acn"),
        ("OperatorABN", "abn"),
        ("manufacturerABN", "abn"),
        ("payer_abn", "abn"),
        ("FUND_ABN", "abn"),
        ("SUPER_ABN", "abn"),  # the superannuation fund's, on a payroll
        ("LESSOR_ABN", "abn"),
        ("LODGER_ABN", "abn"),  # the conveyancer who lodged a transfer
        ("INSTALLER_ABN", "abn"),
        ("MTGEE_ABN", "abn"),  # a mortgagee's: a lender
        ("FAC_ABN", "abn"),  # a facility's, written short
        ("FAC_PH", "phone"),
        ("ORG_PH", "phone"),
        ("school_phone", "phone"),
        ("gp_ph", "phone"),  # a patient's GP's: the practice's line
        ("Fax", "phone"),
        ("Switchboard", "phone"),
    ],
)
def test_a_number_named_for_an_organisation_is_the_organisations(name: str, kind: str) -> None:
    rng = random.Random(name)
    table = {**_people(rng), name: _numbers(rng)[kind]}
    assert not _found(table)[name].personal


@pytest.mark.parametrize("name", ["GEN_EMAIL", "General Email", "enquiries_email"])
def test_a_mailbox_named_for_a_desk_is_no_ones(name: str) -> None:
    # a sponsor's general inbox, whatever its mailbox is called ("wdo@", "referrals@")
    rng = random.Random(name)
    boxes = ["wdo", "referrals", "reception", "intake", "office"]
    mail = [f"{rng.choice(boxes)}@{family(rng).lower()}.org.au" for _ in range(N)]
    assert not _found({**_people(rng), name: mail})[name].personal
    assert _kind(_found({**_people(rng), "EMAIL": mail})["EMAIL"]) == "EMAIL_ADDRESS"


@pytest.mark.parametrize(
    ("name", "kind", "entity"),
    [
        ("ABN", "abn", "AU_ABN"),
        ("contractor_abn", "abn", "AU_ABN"),
        ("Interpreter ABN", "abn", "AU_ABN"),
        ("OWNER_ABN", "abn", "AU_ABN"),
        ("ACN", "acn", "AU_ACN"),
        ("OWNER_CONTACT_PH", "phone", "PHONE_NUMBER"),
        ("office_phone", "phone", "PHONE_NUMBER"),
        ("BUSINESS_MOBILE", "phone", "PHONE_NUMBER"),
        ("payerPhone", "phone", "PHONE_NUMBER"),  # a parent paying for an excursion
    ],
)
def test_a_number_that_may_be_a_persons_is_still_reported(
    name: str, kind: str, entity: str
) -> None:
    rng = random.Random(name)
    table = {**_people(rng), name: _numbers(rng)[kind]}
    assert _kind(_found(table)[name]) == entity


def test_an_organisations_abn_still_says_the_rows_are_businesses() -> None:
    rng = random.Random("grants")
    table = {
        "Supplier ABN": _numbers(rng)["abn"],
        "Contact Person": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "Contact Phone": _numbers(rng)["phone"],
        "Postcode": [rng.choice(["2000", "3000", "4000", "6000"]) for _ in range(N)],
        "Value (AUD)": [f"{rng.uniform(1e3, 9e4):.2f}" for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["Contact Person"]) == "PERSON"
    assert _kind(found["Contact Phone"]) == "PHONE_NUMBER"
    assert not any(found[name].personal for name in ("Supplier ABN", "Postcode", "Value (AUD)"))


def _representatives(rng: random.Random, role: str, at: int) -> dict[str, list[Any]]:
    """A register of credit representatives, a person under the name of their ``role`` in
    column ``at``, each on one row, beside their ABN, trading name and locality."""
    columns = {
        "CR Number": [digits(rng, 6) for _ in range(N)],
        "ABN": _numbers(rng)["abn"],
        "Trading Name": [f"{rng.choice(SUBURBS)} Finance Broking" for _ in range(N)],
        "Authorising Licensee": [rng.choice(["Pinnacle Finance Pty Ltd", "Cornerstone Ltd"])] * N,
        "Suburb": [rng.choice(SUBURBS) for _ in range(N)],
        "Postcode": [rng.choice(["2150", "3000", "4000", "6000", "2640"]) for _ in range(N)],
    }
    people = [f"{given(rng)} {family(rng)} {i}" for i in range(N)]
    items = list(columns.items())
    items.insert(at, (role, people))
    return dict(items)


def test_a_register_led_by_a_person_in_a_role_on_each_row_is_of_people() -> None:
    # credit representatives, sole traders by their ABNs: the rows are theirs
    found = _found(_representatives(random.Random("representatives"), "Representative Name", 1))
    assert _kind(found["Representative Name"]) == "PERSON"
    assert _kind(found["ABN"]) == "AU_ABN"
    assert _kind(found["Postcode"]) == "AU_POSTCODE"


def test_a_person_in_a_role_late_in_a_register_of_businesses_is_its_contact() -> None:
    # a contract manager for each business, in the sixth column: the rows are the businesses'
    found = _found(_representatives(random.Random("managers"), "CONTRACT_MGR", 6))
    assert _kind(found["CONTRACT_MGR"]) == "PERSON"
    assert not found["Suburb"].personal and not found["Postcode"].personal


def test_nsw_working_with_children_check_numbers_are_a_persons_id_by_their_form() -> None:
    rng = random.Random("wwcc")
    checks = [f"WWC{digits(rng, 7)}{rng.choice('EV')}" if i % 3 else "" for i in range(N)]
    assert _kind(_found({**_people(rng), "column_9": checks})["column_9"]) == "ID"


def test_nsw_checks_among_other_states_numbers_are_a_persons_id() -> None:
    # a national register: NSW's checks in a third of the rows, the other states' numbers
    # (seven digits) in the rest, under no name
    rng = random.Random("national checks")
    checks = [f"WWC{digits(rng, 7)}E" if i % 3 == 0 else digits(rng, 7) for i in range(N)]
    assert _kind(_found({**_people(rng), "column_9": checks})["column_9"]) == "ID"
    # and seven digits alone, under no name, are no one's number
    assert not _found({**_people(rng), "column_9": [digits(rng, 7) for _ in range(N)]})[
        "column_9"
    ].personal


def test_an_applications_number_before_a_persons_check_number_is_theirs_too() -> None:
    # one application a person: its number is the person's matter, as a case's is
    rng = random.Random("applications")
    checks = [f"WWC{digits(rng, 7)}{rng.choice('EV')}" for _ in range(N)]
    register = _register(rng, [f"APP-2024-{digits(rng, 6)}" for _ in range(N)])
    table = {"column_0": register.pop("column_1"), "column_1": checks, **register}
    found = _found(table)
    assert _kind(found["column_1"]) == "ID"
    assert _kind(found["column_0"]) == "ID"
    # numbers stamped with the day they were made are a day's records
    stamped = [f"R2024{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{i:05d}" for i in range(N)]
    assert not _found(table | {"column_0": stamped})["column_0"].personal


def test_a_key_before_a_persons_number_is_theirs_whose_family_names_are_shared() -> None:
    # an estate's number, then its client's, under the family name alone: a family name is
    # shared, but a person's number each row has once says each person comes once
    rng = random.Random("estates")
    families = [family(rng).upper() for _ in range(40)]
    table = {
        "column_1": [f"FM/{n:06d}" for n in rng.sample(range(10_000, 99_999), N)],
        "column_2": [f"C{n}" for n in rng.sample(range(1_000_000, 9_999_999), N)],
        "column_3": [rng.choice(families) for _ in range(N)],
        "column_4": [f"{digits(rng, 3)}-{digits(rng, 3)}" for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["column_2"]) == "ID"
    assert _kind(found["column_1"]) == "ID", found["column_1"]


# -- 26. an agency's acronym for a person's number --------------------------------------------


@pytest.mark.parametrize("name", ["MIN", "CIN", "cni"])
def test_a_bare_acronym_keying_a_register_of_people_is_their_id(name: str) -> None:
    rng = random.Random(name)
    register = _register(rng, [digits(rng, 8) for _ in range(N)])
    table = {name: register.pop("column_1"), **register}
    assert _kind(_found(table)[name]) == "ID"


def test_a_bare_acronym_on_each_of_a_persons_events_is_their_id_however_the_name_is_written() -> (
    None
):
    rng = random.Random("alerts")
    families = [family(rng).upper() for _ in range(20)]  # each shared by several people
    people = [
        (digits(rng, 7), rng.choice(families), f"{given(rng)} {given(rng)}") for _ in range(60)
    ]
    rows = [rng.choice(people) for _ in range(N)]
    table = {
        "CIN": [number for number, _, _ in rows],
        "SURNAME": [surname for _, surname, _ in rows],
        # the given names in full and in capitals on some records, the first alone on others
        "GIVEN_NAMES": [
            names.upper() if rng.random() < 0.5 else names.split()[0] for _, _, names in rows
        ],
        "ALERT_TS": [recent(rng).isoformat() for _ in range(N)],
    }
    assert _kind(_found(table)["CIN"]) == "ID"
    # numbers that come back with different people each time are none of theirs: they are
    # read as the numbers of staff acting on the records, by their series alone
    table["CIN"] = [rng.choice(people)[0] for _ in range(N)]
    found = _found(table)["CIN"]
    assert found.best is not None and "staff acting" in found.best.evidence, found


# -- 27. a person's photograph, pronouns, concessions and health by name ----------------------


def test_links_to_photographs_of_people_are_direct_identifiers() -> None:
    rng = random.Random("photos")
    links = [f"https://volunteers.example.org.au/media/photos/v{1000 + i}.jpg" for i in range(N)]
    found = _found({**_people(rng), "photo_url": links})["photo_url"]
    assert _kind(found) == "URL" and found.category == "direct_identifier"
    products = {
        "SUPPLIER": [f"Supplier {i % 40} Pty Ltd" for i in range(N)],
        "ITEM": [f"Item {i}" for i in range(N)],
        "photo_url": [f"https://shop.example.com/images/p{i}.png" for i in range(N)],
    }
    assert not _found(products)["photo_url"].personal  # a product's picture
    brochures = {**_people(rng), "brochure_url": links}
    assert not _found(brochures)["brochure_url"].personal  # no name of a photograph


def test_pronouns_are_a_gender() -> None:
    rng = random.Random("pronouns")
    values = [rng.choice(["she/her", "he/him", "they/them", "she/they", ""]) for _ in range(N)]
    assert _kind(_found({**_people(rng), "pronouns": values})["pronouns"]) == "GENDER"


def test_concession_codes_of_seniors_and_students_under_a_concession_name() -> None:
    rng = random.Random("conc")
    values = [rng.choice(["PENSIONER", "SENIOR", "HCC", "STUDENT", "DVA GOLD"]) for _ in range(N)]
    assert _kind(_found({**_people(rng), "CONC_TYPE": values})["CONC_TYPE"]) == "CONCESSION"
    roles = [rng.choice(["STUDENT", "STAFF", "VISITOR", "CONTRACTOR"]) for _ in range(N)]
    assert not _found({**_people(rng), "USER_TYPE": roles})["USER_TYPE"].personal
    # a library's members, their concessions cut to three letters, most with none
    short = [rng.choice(["PEN", "HCC", "STU", "SEN", "DVA", None, None]) for _ in range(N)]
    assert _kind(_found({**_people(rng), "CONC_TYP": short})["CONC_TYP"]) == "CONCESSION"
    # under another name, the short forms are anything's (a pen, a senior's class)
    classes = [rng.choice(["PEN", "STU", "SEN", "JNR", "OPEN", None]) for _ in range(N)]
    assert not _found({**_people(rng), "CLASS": classes})["CLASS"].personal


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("FOBTResult", ["Positive", "Negative", "Inconclusive"]),
        ("fallsRisk", ["High", "Medium", "Low"]),
        ("Dietary Needs", ["Nil", "Low salt", "Lactose free", "Vegetarian"]),
        ("TraumaReferral", ["Not indicated", "Referred - accepted", "Declined"]),
        ("pgsi_score", [str(n) for n in range(28)]),
        ("PARA_CLASS", ["T37", "S14", "SB8", "T44", "F34"]),
    ],
)
def test_health_named_by_its_screen_or_its_risk(name: str, values: list[str]) -> None:
    rng = random.Random(name)
    table = {**_people(rng), name: [rng.choice(values) for _ in range(N)]}
    assert _kind(_found(table)[name]) == "HEALTH"


@pytest.mark.parametrize("name", ["ATTR_3", "fld_12", "Q7", "column_5"])
def test_indigenous_codes_under_a_name_of_no_meaning_are_read_by_their_values(name: str) -> None:
    rng = random.Random(name)
    codes = [rng.choice("4444444444444112399") for _ in range(N)]
    assert _kind(_found({**_people(rng), name: codes})[name]) == "ETHNICITY"


# -- 28. a directory of services: their kinds and their desks ---------------------------------


def test_a_directory_of_services_is_not_about_people() -> None:
    rng = random.Random("facilities")
    kinds = [
        "Community Mental Health", "Drug and Alcohol Service", "Women's Health Centre",
        "Public Dental Clinic", "Youth Mental Health", "Residential Aged Care",
    ]  # fmt: skip
    desks = [
        "Intake Officer",
        "Reception",
        "Practice Manager",
        "Central Intake",
        "After-hours on-call",
    ]
    table = {
        "FacilityName": [f"{rng.choice(SUBURBS)} {rng.choice(kinds)}" for _ in range(N)],
        "FacilityType": [rng.choice(kinds) for _ in range(N)],
        "Suburb": [rng.choice(SUBURBS) for _ in range(N)],
        "Phone": [f"(02) 9{digits(rng, 3)} {digits(rng, 4)}" for _ in range(N)],
        "contact_name": [rng.choice(desks) for _ in range(N)],
    }
    found = _found(table)
    assert not any(found[c].personal for c in ("FacilityType", "Suburb", "contact_name"))
    # the circumstances a service records a person in are still found
    reasons = ["Homelessness", "Family violence", "Mental health", "Other", "Financial"]
    clients = {**_people(rng), "reason": [rng.choice(reasons) for _ in range(N)]}
    assert _kind(_found(clients)["reason"]) == "VULNERABILITY"
    staff = [f"{given(rng)} {family(rng)}" for _ in range(12)]
    contacts = {**table, "contact_name": [rng.choice(staff) for _ in range(N)]}
    assert _kind(_found(contacts)["contact_name"]) == "PERSON"


def _facilities(rng: random.Random) -> dict[str, list[Any]]:
    kinds = ["Community Health Centre", "Public Dental Clinic", "Visitor Centre", "Library"]
    return {
        "FacilityName": [f"{rng.choice(SUBURBS)} {rng.choice(kinds)}" for _ in range(N)],
        "Suburb": [rng.choice(SUBURBS) for _ in range(N)],
    }


def _facility_line(rng: random.Random) -> str:
    return rng.choice(
        [f"(02) 9{digits(rng, 3)} {digits(rng, 4)}", f"1300 {digits(rng, 3)} {digits(rng, 3)}"]
    )


def _mailbox(rng: random.Random) -> str:
    site = rng.choice(SUBURBS).lower().replace(" ", "")
    return f"{rng.choice(['info', 'intake', 'bookings.' + site, 'enquiries'])}@{site}.nsw.gov.au"


def test_a_directorys_addresses_shared_lines_and_mailboxes_are_the_organisations() -> None:
    rng = random.Random("lines")
    table = {
        **_facilities(rng),
        "Phone": [_facility_line(rng) for _ in range(N)],
        "Email": [_mailbox(rng) for _ in range(N)],
        "StreetAddress": [_address(rng) for _ in range(N)],
    }
    found = _found(table)
    assert not found["Phone"].personal
    assert not found["Email"].personal
    assert not found["StreetAddress"].personal
    # the proprietor's address is a person's, wherever it is
    owners = {**table, "PROPRIETOR_ADDRESS": table.pop("StreetAddress")}
    assert _kind(_found(owners)["PROPRIETOR_ADDRESS"]) == "ADDRESS"


def test_a_register_of_an_organisations_units_and_teams_names_no_one() -> None:
    # an emergency service's units: "Ballina SES Unit", "Penrith Comms Team", each with its
    # headquarters' suburb, postcode and phone
    rng = random.Random("units")
    parts = ["SES Unit", "City Unit", "Storm Team", "Flood Rescue Team", "Branch"]
    towns = [rng.choice(SUBURBS) for _ in range(N)]
    table = {
        "UNIT_CD": [f"NR-{town[:3].upper()}{rng.randint(1, 9)}" for town in towns],
        "UNIT_NAME": [f"{town} {rng.choice(parts)}" for town in towns],
        "HQ_SUBURB": towns,
        "PCODE": [str(rng.randint(2000, 2899)) for _ in range(N)],
        "phone": [_facility_line(rng) for _ in range(N)],
    }
    found = _found(table)
    assert not any(found[name].personal for name in ("HQ_SUBURB", "PCODE", "phone"))
    # a flat's "Unit" opens a person's address: a member's suburb and phone stay theirs
    members = {
        "ADDR_L1": [f"Unit {rng.randint(1, 40)}/{rng.randint(1, 200)} High St" for _ in range(N)],
        "HQ_SUBURB": towns,
        "phone": [f"04{digits(rng, 8)}" for _ in range(N)],
    }
    assert _found(members)["phone"].personal
    assert not vocab.names_a_body("Unit 4/12 High St")
    assert vocab.names_a_body("Ballina SES Unit")


@pytest.mark.parametrize(
    "name",
    ["Westside Estate Agents", "Acacia Rentals Rockhampton", "Landmark Leasing",
     "Tranquil Gardens Funerals", "Wodonga Memorial Chapel", "Kelly Removals"],
)  # fmt: skip
def test_agencies_rentals_funerals_and_removals_are_businesses(name: str) -> None:
    assert vocab.names_a_body(name)


@pytest.mark.parametrize("name", ["CONDITION", "WHEELCHAIR"])
def test_a_facilitys_condition_and_access_by_name_alone_make_no_one_of_it(name: str) -> None:
    # a building's condition, a polling place's wheelchair access: words a person's health
    # is named by too, but with no value to say so, the facility's address stays its own
    rng = random.Random(f"facility {name}")
    table = {
        **_facilities(rng),
        "STREET_ADDR": [_address(rng) for _ in range(N)],
        name: [rng.choice(["Good", "Fair", "Poor", "Full", "Assisted", "None"]) for _ in range(N)],
    }
    found = _found(table)
    assert not found["STREET_ADDR"].personal
    assert not found[name].personal
    # a person's health in words beside the address makes them a person's
    conditions = ["Asthma", "Type 2 diabetes", "Epilepsy", "Schizophrenia", "Hypertension"]
    table[name] = [rng.choice(conditions) for _ in range(N)]
    assert _kind(_found(table)["STREET_ADDR"]) == "ADDRESS"


def test_a_registers_devices_on_its_own_network_are_no_ones() -> None:
    rng = random.Random("devices")
    private = [
        f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}" for _ in range(N)
    ]
    table = {**_facilities(rng), "IP_ADDR": private}
    assert not _found(table)["IP_ADDR"].personal
    # addresses on the internet may be anyone's who reached the site
    public = [
        f"203.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}" for _ in range(N)
    ]
    assert _kind(_found({**table, "IP_ADDR": public})["IP_ADDR"]) == "IP_ADDRESS"
    # a device assigned to someone by name is theirs
    assigned = {**table, "ASSIGNED_TO": [f"{given(rng)} {family(rng)}" for _ in range(N)]}
    assert _kind(_found(assigned)["IP_ADDR"]) == "IP_ADDRESS"


def test_a_suppliers_desk_mailboxes_are_the_suppliers() -> None:
    rng = random.Random("desks")
    desks = ["tenders", "accounts", "quotes", "orders", "billing", "noreply", "projects"]
    boxes = [f"{rng.choice(desks)}@{family(rng).lower()}electrical.com.au" for _ in range(N)]
    assert not _found({**_facilities(rng), "supplier_email": boxes})["supplier_email"].personal


def test_a_contacts_mailbox_that_is_a_desks_is_the_organisations() -> None:
    # a register of training providers: a contact who reads info@ or training@ is a desk
    rng = random.Random("contact desks")
    desks = ["info", "enquiries", "training", "admin", "cpd"]
    boxes = [f"{rng.choice(desks)}@{family(rng).lower()}health.com.au" for _ in range(N)]
    assert not _found({**_facilities(rng), "contact_email": boxes})["contact_email"].personal
    # a contact's own mailbox among them is a person's
    mixed = [
        box if rng.random() < 0.7 else f"{given(rng).lower()}@{box.split('@')[1]}" for box in boxes
    ]
    found = _found({**_facilities(rng), "contact_email": mixed})["contact_email"]
    assert _kind(found) == "EMAIL_ADDRESS"


@pytest.mark.parametrize(("name", "kind"), [("acn", "AU_ACN"), ("abn", "AU_ABN")])
def test_a_business_number_in_a_directory_that_names_no_person_is_the_facilitys(
    name: str, kind: str
) -> None:
    # an ACN only a company has; no sole trader runs the directory's hospitals and clinics
    rng = random.Random(f"operator {name}")
    make = identifiers.make_acn if name == "acn" else identifiers.make_abn
    table = {**_facilities(rng), name: [make(rng) for _ in range(N)]}
    assert not _found(table)[name].personal
    # beside a proprietor's name, the business may be theirs alone: the number is kept
    owned = {**table, "Proprietor": [f"{given(rng)} {family(rng)}" for _ in range(N)]}
    assert _kind(_found(owned)[name]) == kind


def test_a_facilitys_licence_in_a_directory_is_its_own_and_a_drivers_is_not() -> None:
    rng = random.Random("facility licence")
    licences = [digits(rng, 9) for _ in range(N)]
    assert not _found({**_facilities(rng), "lic_ref": licences})["lic_ref"].personal
    drivers = _found({**_facilities(rng), "DRIVER_LICENCE": licences})
    assert _kind(drivers["DRIVER_LICENCE"]) == "AU_DRIVERS_LICENCE"


def test_a_directorys_mailboxes_named_for_its_sites_are_the_organisations() -> None:
    rng = random.Random("site mailboxes")
    kinds = ["communityhea", "renalunit", "privatehospi", "mentalhealth", "bookings"]
    boxes = [
        f"{rng.choice(SUBURBS).lower().replace(' ', '')}.{rng.choice(kinds)}@nt.gov.au"
        for _ in range(N)
    ]
    assert not _found({**_facilities(rng), "email": boxes})["email"].personal
    # staff by an initial and a family name, or a family name and an initial, are people
    staff = [
        rng.choice([f"{given(rng)[0]}{family(rng)}", f"{family(rng)}.{given(rng)[0]}"]).lower()
        + "@nt.gov.au"
        for _ in range(N)
    ]
    assert _kind(_found({**_facilities(rng), "email": staff})["email"]) == "EMAIL_ADDRESS"


def test_a_directorys_mobiles_personal_mailboxes_and_named_contacts_stay_personal() -> None:
    rng = random.Random("contacts")
    mobiles = {**_facilities(rng), "Phone": [f"04{digits(rng, 8)}" for _ in range(N)]}
    assert _kind(_found(mobiles)["Phone"]) == "PHONE_NUMBER"
    people = [f"{given(rng).lower()}.{family(rng).lower()}@health.nsw.gov.au" for _ in range(N)]
    assert _kind(_found({**_facilities(rng), "Email": people})["Email"]) == "EMAIL_ADDRESS"
    lines = [_facility_line(rng) for _ in range(N)]
    officers = {**_facilities(rng), "OFFICER_PH": lines}  # the officer's direct line
    assert _kind(_found(officers)["OFFICER_PH"]) == "PHONE_NUMBER"


def _phone(rng: random.Random) -> str:
    return rng.choice([f"04{digits(rng, 8)}", f"+614{digits(rng, 8)}", f"02 9{digits(rng, 7)}"])


@pytest.mark.parametrize("phoned", [False, True])
@pytest.mark.parametrize("name", ["next_of_kin", "Emergency_Contact", "column_9"])
def test_names_with_a_relationship_in_brackets_are_people(name: str, phoned: bool) -> None:
    # and with a telephone number after them, as an emergency contact is written: "Omar
    # Nasser (brother) 0421 408 917"
    rng = random.Random(name)
    relations = ["brother", "mother", "daughter", "friend", "partner"]
    kin = [f"{given(rng)} {family(rng)} ({rng.choice(relations)})" for _ in range(N)]
    if phoned:
        kin = [f"{contact} {_phone(rng)}" for contact in kin]
    assert _kind(_found({**_people(rng), name: kin})[name]) == "PERSON"


@pytest.mark.parametrize("name", ["EMERG_CONTACT", "column_9"])
def test_a_phone_written_with_a_relationship_or_a_name_is_a_contacts(name: str) -> None:
    rng = random.Random(name)
    relations = ["brother", "mother", "daughter", "friend", "husband"]

    def contact() -> str:
        related = rng.choice(relations)
        return rng.choice(
            [
                f"{_phone(rng)} {related}",
                f"{related.title()} - {given(rng)} {family(rng)} {_phone(rng)}",
                f"{given(rng)} - {_phone(rng)}",
            ]
        )

    contacts = [contact() if rng.random() < 0.7 else "see HR system" for _ in range(N)]
    found = _found({**_people(rng), name: contacts})[name]
    assert found.personal, found
    assert found.category == "free_text", found
    # a desk's or a business's line is no one's
    desk = ["Reception", "Intake desk", "Harbour Marine Pty Ltd", "After hours"]
    lines = [f"{rng.choice(desk)} {_phone(rng)}" for _ in range(N)]
    assert not _found({**_people(rng), name: lines})[name].personal


def test_tribunal_members_named_after_their_office_are_people() -> None:
    rng = random.Random("tribunal")
    members = [
        f"{rng.choice(['Senior Member', 'General Member', 'Deputy President'])} "
        f"{rng.choice('ABCHJKRWY')}. {family(rng)}"
        for _ in range(12)
    ]
    table = {**_people(rng), "Member": [rng.choice(members) for _ in range(N)]}
    assert _kind(_found(table)["Member"]) == "PERSON"


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("EVENT_CITY", ["Melbourne", "Brisbane", "Perth", "Hobart", "Darwin"]),
        ("wheelchair_boarding", ["0", "1", "2"]),
        ("wheelchair_accessible", ["Y", "N"]),
    ],
)
def test_the_places_of_events_and_access_of_vehicles_are_no_ones(
    name: str, values: list[str]
) -> None:
    rng = random.Random(name)
    table = {**_people(rng), name: [rng.choice(values) for _ in range(N)]}
    assert not _found(table)[name].personal
    users = {**_people(rng), "wheelchair_user": [rng.choice("YN") for _ in range(N)]}
    assert _kind(_found(users)["wheelchair_user"]) == "HEALTH"


@pytest.mark.parametrize(
    "make",
    [
        lambda rng, i: f"{rng.choice(['2023', '2024'])}/{i:06d}",  # a year among its parts
        lambda rng, i: f"DM-{rng.choice(['2022', '2023'])}-{i:04d}",
        lambda rng, i: f"PSC{rng.choice(['24', '25'])}-{digits(rng, 5)}",  # the year leads
        lambda rng, i: f"APP25-{i * 7 + 1:06d}",  # rising, a few numbers apart
    ],
)
def test_the_first_column_of_a_register_of_peoples_matters_is_theirs(make: Any) -> None:
    # a register of complaints, applications or matters, one a person: each number is its
    # person's, whether it carries its year or rises from row to row (numbers that cover
    # the rows, 1 to N, number the rows)
    rng = random.Random("matters")
    matters = [make(rng, i) for i in range(N)]
    assert _kind(_found(_register(rng, matters))["column_1"]) == "ID"


@pytest.mark.parametrize(
    "make",
    [
        lambda rng, i: f"E24{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{i:05d}",
        lambda rng, i: f"R2025{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{i:05d}",
        lambda rng, i: f"TXN25{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{digits(rng, 6)}",
    ],
)
def test_the_first_column_of_a_register_numbering_its_records_is_no_persons(make: Any) -> None:
    # receipts and transactions carry the day they were made: a day's records, not people
    rng = random.Random("records")
    records = [make(rng, i) for i in range(N)]
    assert not _found(_register(rng, records))["column_1"].personal


def test_the_key_after_a_matters_number_is_the_persons_even_when_names_repeat() -> None:
    rng = random.Random("bail")
    families = [family(rng).upper() for _ in range(15)]
    givens = [given(rng) for _ in range(15)]  # two John Smiths, born years apart
    table = {
        "matter_no": [f"2024/{digits(rng, 8)}" for _ in range(N)],
        "CNI": [digits(rng, 9) for _ in range(N)],
        "accused_surname": [rng.choice(families) for _ in range(N)],
        "accused_given": [rng.choice(givens) for _ in range(N)],
        "DOB": [birth(rng, 18, 70).strftime("%d/%m/%Y") for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["CNI"]) == "ID"
    assert _kind(found["matter_no"]) == "ID"  # the accused's matter: theirs too


def _landline(rng: random.Random) -> str:
    area, exchange = rng.choice([("2", "9"), ("3", "9"), ("7", "3"), ("8", "9"), ("2", "4")])
    return f"{area}{exchange}{rng.randint(1_000_000, 9_999_999)}"


def test_telephone_numbers_that_lost_their_leading_zero_are_still_telephones() -> None:
    rng = random.Random("zeros")
    mixed = [("0" if rng.random() < 0.5 else "") + _landline(rng) for _ in range(N)]
    assert _kind(_found({**_people(rng), "F3": mixed})["F3"]) == "PHONE_NUMBER"
    stored = pa.array([int(_landline(rng)) for _ in range(N)], pa.int64())
    assert _kind(_found({**_people(rng), "F3": stored})["F3"]) == "PHONE_NUMBER"
    codes = [str(rng.randint(100_000_000, 999_999_999)) for _ in range(N)]  # any first digit
    assert not _found({**_people(rng), "F3": codes})["F3"].personal
    batches = [f"4{digits(rng, 8)}" for _ in range(N)]  # a mobile's shape, a batch's name
    assert not _found({**_people(rng), "BATCH_NO": batches})["BATCH_NO"].personal


def test_the_site_staff_work_at_is_not_their_code() -> None:
    rng = random.Random("sites")
    sites = [f"S{digits(rng, 4)}" for _ in range(30)]
    table = {**_people(rng), "PROVIDER_SITE": [rng.choice(sites) for _ in range(N)]}
    assert not _found(table)["PROVIDER_SITE"].personal
    table = {**_people(rng), "ESCORT_OFFICER": [rng.choice(sites) for _ in range(N)]}
    assert _kind(_found(table)["ESCORT_OFFICER"]) == "ID"


@pytest.mark.parametrize("name", ["ANALYST", "steward_id"])
def test_an_analysts_or_a_stewards_code_is_theirs(name: str) -> None:
    rng = random.Random(name)
    staff = ["msingh2", "mvlahos", "jyoung5", "smurphy", "anovak", "STW7189", "STW0312", "STW8964"]
    table = {**_people(rng), name: [rng.choice(staff) for _ in range(N)]}
    assert _kind(_found(table)[name]) == "ID"


def test_an_athletes_number_is_theirs_and_a_kind_of_place_is_no_place() -> None:
    rng = random.Random("whereabouts")
    athletes = [f"ATH{digits(rng, 7)}" for _ in range(60)]
    table = {**_people(rng), "ATH_ID": [rng.choice(athletes) for _ in range(N)]}
    assert _kind(_found(table)["ATH_ID"]) == "ID"
    kinds = ["Home", "Training", "Hotel", "Work", "Competition", "University", "Other"]
    whereabouts = {
        **_people(rng),
        "LOC_TYPE": [rng.choice(kinds) for _ in range(N)],
        "LOC_ADDRESS": [_address(rng) for _ in range(N)],
        "LOC_SUBURB": [rng.choice(SUBURBS) for _ in range(N)],
    }
    found = _found(whereabouts)
    assert found["LOC_TYPE"].kind != "LOCATION"
    assert _kind(found["LOC_SUBURB"]) == "LOCATION"


def test_card_numbers_with_an_issuers_prefix_after_an_account_are_a_persons_key() -> None:
    rng = random.Random("cards")
    register = _register(rng, [f"ACC{digits(rng, 9)}" for _ in range(N)])
    cards = [f"3085{digits(rng, 12)}" for _ in range(N)]  # "30" is no year: "85" follows it
    table = {"column_0": register.pop("column_1"), "column_1": cards, **register}
    assert _kind(_found(table)["column_1"]) == "ID"


def test_a_key_in_the_second_column_after_a_reference_of_letters_is_the_persons() -> None:
    # an online account's reference (few digits, not a code of digits), then the client's
    rng = random.Random("trn")
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    register = _register(rng, [digits(rng, 8) for _ in range(N)])
    refs = ["EGO" + "".join(rng.choice(letters) for _ in range(7)) for _ in range(N)]
    table = {"column_0": refs, **register}
    assert _kind(_found(table)["column_1"]) == "ID"


@pytest.mark.parametrize("name", ["NMI", "MIRN", "hin"])
def test_a_meters_or_a_hulls_number_is_not_a_persons_key(name: str) -> None:
    rng = random.Random(name)
    register = _register(rng, [digits(rng, 10) for _ in range(N)])
    table = {name: register.pop("column_1"), **register}
    assert not _found(table)[name].personal


def test_an_agencys_fleet_register_holds_its_own_plates() -> None:
    # the agency's vehicles, bought from businesses: no one's plate
    rng = random.Random("fleet")
    table = {
        "ASSET_NO": [f"FA-{10000 + i}" for i in range(N)],
        "REGO": [plate(rng) for _ in range(N)],
        "MAKE_MODEL": [
            rng.choice(["Toyota HiLux", "Mercedes Sprinter", "Ford Ranger"]) for _ in range(N)
        ],
        "SUPPLIER": [f"{family(rng)} Auto Electrics Pty Ltd" for _ in range(N)],
        "SUPPLIER_ABN": [identifiers.make_abn(rng) for _ in range(N)],
        "COST": [f"{rng.uniform(30_000, 90_000):.2f}" for _ in range(N)],
    }
    assert not _found(table)["REGO"].personal
    # a plate beside the person it is registered to is theirs
    table["OWNER_NAME"] = [f"{given(rng)} {family(rng)}" for _ in range(N)]
    assert _kind(_found(table)["REGO"]) == "ID"


def test_a_total_income_is_a_persons_beside_them_and_a_regions_in_a_table_of_counts() -> None:
    rng = random.Random("total income")
    incomes = [f"{rng.uniform(200, 3000):.2f}" for _ in range(N)]
    assert _kind(_found({**_people(rng), "TOTAL_INCOME": incomes})["TOTAL_INCOME"]) == "INCOME"
    counts = {
        "LGA": [f"LGA {i % 60}" for i in range(N)],
        "YEAR": [str(2019 + i // 60) for i in range(N)],
        "PERSONS": [str(rng.randint(200, 90_000)) for _ in range(N)],
        "TOTAL_INCOME": [str(rng.randint(10**7, 10**10)) for _ in range(N)],
    }
    assert not _found(counts)["TOTAL_INCOME"].personal


@pytest.mark.parametrize("name", ["MED_COND", "med_conds"])
def test_a_medical_condition_flag_is_health(name: str) -> None:
    rng = random.Random(name)
    table = {**_people(rng), name: [rng.choice(["Y", "N", "N", "N"]) for _ in range(N)]}
    assert _kind(_found(table)[name]) == "HEALTH"


def test_a_holders_licence_in_a_register_of_things_bought_from_businesses_is_theirs() -> None:
    # a firearms register: each firearm, the dealer it came from, and its holder's licence
    rng = random.Random("firearms")
    table = {
        "firearm_id": [f"FA{digits(rng, 7)}" for _ in range(N)],
        "make": [rng.choice(["Beretta", "Browning", "Ruger", "Tikka"]) for _ in range(N)],
        "calibre": [rng.choice([".22LR", "12G", ".308", "6.5CM"]) for _ in range(N)],
        "holder_lic": [f"{rng.choice('ABFH')}{digits(rng, 7)}" for _ in range(N)],
        "dealer_name": [f"{family(rng)} Firearms Pty Ltd" for _ in range(N)],
        "price": [f"{rng.uniform(400, 6000):.2f}" for _ in range(N)],
    }
    assert _found(table)["holder_lic"].personal


def test_a_register_of_things_keyed_by_their_holders_licences_is_about_the_holders() -> None:
    # a firearms register with no dealer: each firearm, its holder's licence in a driver
    # licence's shape, and where it is kept (mostly the holder's home)
    rng = random.Random("storage")
    table = {
        "fa_id": [str(500_000 + 7 * i) for i in range(N)],
        "make": [rng.choice(["Beretta", "Browning", "Ruger", "Tikka"]) for _ in range(N)],
        "model": [f"{rng.choice(['A', 'GSP', 'T'])}{rng.randint(1, 60) * 10}" for _ in range(N)],
        "cal": [rng.choice([".22LR", "12G", ".308", "6.5CM"]) for _ in range(N)],
        "holder_lic": [f"0{digits(rng, 7)}" for _ in range(N)],
        "storage_addr": [_address(rng) for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["holder_lic"]) == "AU_DRIVERS_LICENCE"
    assert _kind(found["storage_addr"]) == "ADDRESS"
    # a licence not said to be a holder's or a driver's may be a business's: its things'
    # places are its own
    table["licence_no"] = table.pop("holder_lic")
    assert not _found(table)["storage_addr"].personal


# -- 29. a wage's rate, assets, a service number on each pay run, a club's address -------------


@pytest.mark.parametrize(
    "name",
    [
        "Hourly_Rate", "fortnightly_rate", "net_assets", "Allowances", "wage_rate_hr",
        "ANNUAL_BASE", "ASSESSED_INC", "ASSESSABLE_INC_PA", "HH_INC_WK", "EST_INC_FN",
        "GROSS_INC_PA", "ANN_SAL", "SAL_ANNUAL", "WKLY_INC", "annual_inc", "tot_income",
        "GROSS_WKLY", "inc_fortnight", "TAXABLE_INC", "TOTAL_INCOME",
        # a farmer's income off the farm, a partner's
        "OFF_FARM_INC", "PARTNER_INC",
        # the period written short before "inc"
        "GROSS_ANN_INC", "FN_INC", "WK_INC",
        # a client's assets in an estate's accounts, the pension or benefit they are paid
        "TOTAL_ASSETS", "FN_BENEFIT_AMT", "pension_amt", "WKLY_PENSION", "benefit_rate_fn",
    ],
)  # fmt: skip
def test_a_persons_rate_of_pay_and_assets_are_income(name: str) -> None:
    rng = random.Random(name)
    table = {**_people(rng), name: [f"{rng.uniform(30, 5000):.2f}" for _ in range(N)]}
    assert _kind(_found(table)[name]) == "INCOME"


@pytest.mark.parametrize(
    "name",
    [
        "avg_hourly_rate", "avg_assets", "median_income", "avg_wage_rate",
        # an incident's number, date or count
        "INC_NO", "INC_DATE", "TOTAL_INC", "INC_TYPE",
    ],
)  # fmt: skip
def test_statistics_of_pay_and_incidents_are_not_a_persons_income(name: str) -> None:
    assert not name_hints(name).has("INCOME")


def test_a_service_number_on_each_pay_run_is_the_members() -> None:
    rng = random.Random("pay runs")
    members = [f"{given(rng)} {family(rng)}" for _ in range(60)]
    numbers = {member: f"1{digits(rng, 7)}" for member in members}
    paid = [rng.choice(members) for _ in range(N)]
    table = {
        "PAY_PERIOD": [f"2026-{rng.randint(1, 12):02d}" for _ in range(N)],
        "MEMBER_NAME": paid,
        "PMKeyS": [numbers[member] for member in paid],
        "AMOUNT": [f"{rng.uniform(200, 2000):.2f}" for _ in range(N)],
    }
    assert _kind(_found(table)["PMKeyS"]) == "ID"
    # a number the name does not give to a person alone must not recur so
    recurring = {**table, "BATCH_KEY": table.pop("PMKeyS")}
    assert not _found(recurring)["BATCH_KEY"].personal


_FUNDS = ["AustralianSuper", "UniSuper", "Aware Super", "Hostplus", "HESTA", "CareSuper"]


def _pay_run(rng: random.Random, fund: list[str], after: list[str]) -> dict[str, list[Any]]:
    """A headerless pay run: staff numbers, names, TFNs, BSBs and accounts, a column about
    each one's super, and the column after it."""
    return {
        "column_1": [f"00{digits(rng, 6)}" for _ in range(N)],
        "column_2": [f"{family(rng).upper()}, {given(rng)}" for _ in range(N)],
        "column_3": [identifiers.make_tfn(rng) for _ in range(N)],
        "column_4": [f"0{digits(rng, 2)}-{digits(rng, 3)}" for _ in range(N)],
        "column_5": [digits(rng, rng.choice([8, 9])) for _ in range(N)],
        "column_6": fund,
        "column_7": after,
        "column_8": [f"{rng.uniform(1500, 5000):.2f}" for _ in range(N)],
    }


def test_the_number_after_a_pay_runs_super_fund_is_its_members() -> None:
    rng = random.Random("super members")
    members = [f"{rng.randint(1, 9)}{digits(rng, 7)}" for _ in range(N)]
    names = [rng.choice(_FUNDS) for _ in range(N)]
    assert _kind(_found(_pay_run(rng, names, members))["column_7"]) == "ID"
    # the funds written as their ABNs, a few over many rows
    abns = [identifiers.make_abn(rng) for _ in _FUNDS]
    by_abn = [rng.choice(abns) for _ in range(N)]
    assert _kind(_found(_pay_run(rng, by_abn, members))["column_7"]) == "ID"


def test_numbers_after_other_bodies_or_outside_a_pay_run_are_no_members() -> None:
    rng = random.Random("no members")
    numbers = [f"{rng.randint(1, 9)}{digits(rng, 7)}" for _ in range(N)]
    employers = [rng.choice(["Kmart", "Woolworths", "Bunnings", "Qantas"]) for _ in range(N)]
    assert not _found(_pay_run(rng, employers, numbers))["column_7"].personal
    run = _pay_run(rng, [rng.choice(_FUNDS) for _ in range(N)], numbers)
    del run["column_3"]  # no TFN: the rows are not a pay run
    assert not _found(run)["column_7"].personal


def test_an_identity_documents_number_is_its_holders() -> None:
    rng = random.Random("documents")
    values = [digits(rng, rng.choice([8, 9])) for _ in range(N)]
    assert _kind(_found({**_people(rng), "ID_DOC_NO": values})["ID_DOC_NO"]) == "ID"


def test_a_clubs_address_is_the_clubs() -> None:
    rng = random.Random("clubs")
    table = {**_people(rng), "club_address": [_address(rng) for _ in range(N)]}
    assert _kind(_found(table)["club_address"]) != "ADDRESS"
    members = {**_people(rng), "club_member_no": [f"M{digits(rng, 6)}" for _ in range(N)]}
    assert _kind(_found(members)["club_member_no"]) == "ID"


def test_a_members_service_and_rank_are_their_occupation() -> None:
    rng = random.Random("service")
    table = {
        **_people(rng),
        "SERVICE": [rng.choice(["Army", "ARMY", "RAN", "RAAF"]) for _ in range(N)],
        "Rank": [rng.choice(["PTE", "CPL", "SGT", "WO2", "CAPT", "LS", "FLTLT"]) for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["SERVICE"]) == "OCCUPATION"
    assert _kind(found["Rank"]) == "OCCUPATION"


@pytest.mark.parametrize(
    ("name", "roles"),
    [
        ("Former role", ["Personal care worker", "Cook", "Registered nurse", "Facility manager"]),
        ("resp_role", ["Trainer", "Jockey", "Apprentice Jockey", "Driver", "Stablehand"]),
        ("ROLE", ["Issuing Officer", "Officer in Charge", "Queue Controller", "Team Leader"]),
        # a sport's officials, paid an honorarium for each match
        ("ROLE", ["Referee", "Umpire", "Timekeeper", "Line Judge", "Technical Delegate"]),
        # a fire service's ranks, some in its own short forms
        ("RANK", ["Firefighter", "Station Officer", "Qualified FF", "Recruit FF", "Captain"]),
        # an emergency service's volunteers: most plain members, some commanding
        (
            "RANK_DESC",
            [
                "Member",
                "Member",
                "Probationary Member",
                "Unit Commander",
                "Deputy Unit Commander",
                "Member",
            ],
        ),
    ],
)
def test_the_role_a_person_works_in_is_their_occupation(name: str, roles: list[str]) -> None:
    rng = random.Random(name)
    table = {**_people(rng), name: [rng.choice(roles) for _ in range(N)]}
    assert _kind(_found(table)[name]) == "OCCUPATION"


def test_a_units_few_position_titles_are_occupations_without_a_name() -> None:
    rng = random.Random("positions")
    titles = [
        "District Manager", "Fisheries Officer Gr 2", "Research Technician", "Marine Scientist",
        "Boating Safety Officer", "Fisheries Officer", "Senior Fisheries Officer",
    ]  # fmt: skip
    table = {**_people(rng), "FLD_5": [rng.choice(titles) for _ in range(N)]}
    assert _kind(_found(table)["FLD_5"]) == "OCCUPATION"
    # who referred a client: a few jobs among the family and the services
    sources = ["Teacher", "Police Officer", "Self", "Family member", "Hospital", "Neighbour"]
    table["FLD_5"] = [rng.choice(sources) for _ in range(N)]
    assert _kind(_found(table)["FLD_5"]) != "OCCUPATION"


def test_a_schools_volunteers_roles_are_what_they_do() -> None:
    rng = random.Random("volunteers")
    roles = [
        "Canteen volunteer", "Reading helper", "Excursion helper", "Sports coach", "Music tutor",
        "P&C volunteer", "Breakfast club volunteer", "Scripture teacher (SRE)", "Mentor",
        "Work experience supervisor", "Contractor - electrician",
    ]  # fmt: skip
    table = {**_people(rng), "F9": [rng.choice(roles) for _ in range(N)]}
    assert _kind(_found(table)["F9"]) == "OCCUPATION"


@pytest.mark.parametrize(
    ("name", "roles"),
    [
        # a complainant's or a party's role is how they stand to the matter, whatever jobs a
        # few of them name
        ("Complainant Role", ["Carer", "Advocate", "Family member", "Member of public", "Client"]),
        ("PARTY_ROLE", ["Alleged offender", "Witness", "Director of company", "Complainant"]),
    ],
)
def test_a_partys_role_is_no_occupation(name: str, roles: list[str]) -> None:
    rng = random.Random(name)
    table = {**_people(rng), name: [rng.choice(roles) for _ in range(N)]}
    assert _found(table)[name].kind != "OCCUPATION"


def test_a_veterans_card_by_its_colour_is_a_concession() -> None:
    rng = random.Random("cards")
    colours = [rng.choice(["Gold", "White", "GOLD", "Orange"]) for _ in range(N)]
    assert _kind(_found({**_people(rng), "card_type": colours})["card_type"]) == "CONCESSION"
    # colours of something else are no card
    assert not _found({**_people(rng), "bin_lid": colours})["bin_lid"].personal


def test_an_income_written_incm_is_income() -> None:
    rng = random.Random("incm")
    amounts = [f"{rng.uniform(100, 3000):.2f}" for _ in range(N)]
    assert _kind(_found({**_people(rng), "INCM_FN_AMT": amounts})["INCM_FN_AMT"]) == "INCOME"


def test_an_income_written_as_a_band_or_in_dollars_is_income() -> None:
    rng = random.Random("income bands")
    bands = ["$0-$649", "$650-$1249", "$1250-$1999", "$2000+", "Nil"]
    incomes = [
        rng.choice(bands) if rng.random() < 0.6 else f"${rng.randint(300, 3000):,}"
        for _ in range(N)
    ]
    found = _found({**_people(rng), "wkly_income": incomes})["wkly_income"]
    assert _kind(found) == "INCOME"
    # an income's source, in words, is no amount
    sources = [rng.choice(["Wages", "Pension", "Newstart", "Nil income"]) for _ in range(N)]
    found = _found({**_people(rng), "wkly_income": sources})["wkly_income"]
    assert not any("are amounts" in e.evidence for e in found.entities)


def test_an_income_written_with_its_period_is_income() -> None:
    # a means test writes what it was told: "483 pw", "$1,250/fn", "32000 p.a."
    rng = random.Random("income periods")
    forms = ["{} pw", "${:,}/fn", "{} p.a.", "${:,}", "{}", "{}PW", "${:,} per week"]
    incomes = [rng.choice(forms).format(rng.randint(200, 90000)) for _ in range(N)]
    found = _found({**_people(rng), "HH_INCOME": incomes})["HH_INCOME"]
    assert _kind(found) == "INCOME"
    # a count of weeks or a time of day is no amount of money
    weeks = [f"{rng.randint(1, 52)} weeks" for _ in range(N)]
    assert not _found({**_people(rng), "HH_INCOME": weeks})["HH_INCOME"].personal


def test_an_income_with_its_period_after_a_slash_is_income() -> None:
    # "2362 p/f", "$410 p/w", "52000 p/a": the period's letters with a slash between
    rng = random.Random("income periods with slashes")
    forms = ["{} p/f", "${} p/w", "{} p/a", "${}"]
    incomes = [rng.choice(forms).format(rng.randint(200, 3000)) for _ in range(N)]
    found = _found({**_people(rng), "weekly_income": incomes})["weekly_income"]
    assert _kind(found) == "INCOME"


def test_special_requirements_that_name_conditions_are_health() -> None:
    rng = random.Random("requirements")
    requests = [
        "Late arrival", "Shade please", "Two tents", "Near amenities",
        "Need powered site for CPAP machine", "Oxygen concentrator, need power",
        "Assistance dog (vision impaired)", "Accessible site - wheelchair user",
    ]  # fmt: skip
    table = {**_people(rng), "Special Requirements": [rng.choice(requests) for _ in range(N)]}
    assert _kind(_found(table)["Special Requirements"]) == "HEALTH"
    ordinary = ["Late arrival", "Shade please", "Two tents", "Near amenities", "Quiet site"]
    plain = {**_people(rng), "Special Requirements": [rng.choice(ordinary) for _ in range(N)]}
    assert not _found(plain)["Special Requirements"].personal


def test_a_time_of_birth_is_part_of_the_birth() -> None:
    rng = random.Random("tob")
    times = [f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}" for _ in range(N)]
    assert _kind(_found({**_people(rng), "TOB": times})["TOB"]) == "DATE_OF_BIRTH"


# -- 30. a business's number beside its name ---------------------------------------------------

_FIRMS = [
    "Horizon Conveyancing Pty Ltd", "Seachange Lawyers Pty Ltd", "Mallee Settlements Limited",
    "Southern Cross Carriers Pty Ltd", "Namoi Bulk Haulage Pty Ltd", "Harbour Legal Group",
    "Lakemba Community Association Inc", "The Trustee for the Ng Family Trust",
    "Moonah Landcare Group Inc",
]  # fmt: skip
# a sole trader trades under a name with no mark of a company or a body: it may be a person's
_TRADING_NAMES = [
    "Petrovic's Landscaping", "Springwood Veterinary Clinic", "Coastal Property Services",
    "Ertas Accounting", "Jimboomba Plumbing", "Nguyen Bros Painting",
]  # fmt: skip


@pytest.mark.parametrize(
    ("number", "names"),
    [
        ("conveyancer_abn", "conveyancer_firm"),  # one role in both names
        ("hirerAbn", "hirerOrg"),
        ("CARRIER_ABN", "CARRIER_NM"),
        ("column_9", "column_8"),  # no names: the column beside it
    ],
)
def test_an_abn_beside_the_names_of_the_businesses_it_numbers_is_theirs(
    number: str, names: str
) -> None:
    rng = random.Random(number)
    firms = [rng.randrange(len(_FIRMS)) for _ in range(N)]
    abns = [identifiers.make_abn(rng) for _ in _FIRMS]
    table = {
        **_people(rng),
        names: [_FIRMS[i] for i in firms],
        number: [abns[i] for i in firms],
    }
    found = _found(table)
    assert not found[number].personal, found[number]
    # among the names, sole traders under their own or a trading name: it may be a person's
    for traders in ([f"{given(rng)} {family(rng)}" for _ in range(6)], _TRADING_NAMES):
        named = [*_FIRMS, *traders]
        abns = [identifiers.make_abn(rng) for _ in named]
        picks = [rng.randrange(len(named)) for _ in range(N)]
        mixed = {**table, names: [named[i] for i in picks], number: [abns[i] for i in picks]}
        assert _kind(_found(mixed)[number]) == "AU_ABN", traders


def test_the_numbers_of_a_register_led_by_businesses_are_theirs() -> None:
    # a business's name and its number are one on the public register: released beside
    # the name, the number adds nothing, trading names ("Nguyen Cleaning Services") or not
    rng = random.Random("services")
    names = [
        "Coastal Property Services", "Jimboomba Plumbing Services", "Ertas Accounting Services",
        "Nguyen Cleaning Services", "Moonee Valley Garden Services", "Springwood Vet Clinic",
        "Metro Dry Cleaners Pty Ltd", "Vlahos Bros",
    ]  # fmt: skip
    abns = [identifiers.make_abn(rng) for _ in names]
    acns = [identifiers.make_acn(rng) for _ in names]
    picks = [rng.randrange(len(names)) for _ in range(N)]
    table = {
        "PERMIT_NO": [f"HZ{rng.randrange(10**6):06d}" for _ in range(N)],
        "TRADING_NAME": [names[i] for i in picks],
        "ABN": [abns[i] for i in picks],
        "ACN": [acns[i] if i % 2 else "" for i in picks],
        "SUBURB": [rng.choice(SUBURBS) for _ in range(N)],
        "LICENCE_CLASS": [rng.choice("ABC") for _ in range(N)],
        "contact_person": [f"{given(rng)} {family(rng)}" for _ in range(N)],
    }
    found = _found(table)
    assert not found["ABN"].personal, found["ABN"]
    assert not found["ACN"].personal, found["ACN"]
    assert found["contact_person"].personal
    # led by a person, the register is of people: a licensed tradesperson's trading name
    led = {"HOLDER_NAME": [f"{given(rng)} {family(rng)}" for _ in range(N)], **table}
    assert _kind(_found(led)["ABN"]) == "AU_ABN"
    # a register whose kinds of entity say some are individuals is of them too
    kinds = {**table, "ENTITY_TYPE": [rng.choice(["IND", "PRV", "TRT"]) for _ in range(N)]}
    assert _kind(_found(kinds)["ABN"]) == "AU_ABN"
    # sole traders under their own names: the name released is a person's
    own = [f"{given(rng)} {family(rng)}" for _ in names]
    people = {**table, "TRADING_NAME": [own[i] for i in picks]}
    assert _kind(_found(people)["ABN"]) == "AU_ABN"


def test_an_abn_beside_kinds_of_entity_or_anothers_business_stays_personal() -> None:
    rng = random.Random("kinds")
    kinds = ["Company", "Sole Trader", "Partnership", "Trust", "Incorporated Association"]
    table = {
        **_people(rng),
        "licensee_type": [rng.choice(kinds) for _ in range(N)],
        "abn": [identifiers.make_abn(rng) for _ in range(N)],
        "employer_name": [rng.choice(_FIRMS) for _ in range(N)],
        "applicant_abn": [identifiers.make_abn(rng) for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["abn"]) == "AU_ABN"  # kinds of entity name no business
    assert _kind(found["applicant_abn"]) == "AU_ABN"  # the employer is not the applicant


@pytest.mark.parametrize("number", ["ABN", "c09"])
def test_an_abn_that_comes_back_with_different_people_is_an_organisations(number: str) -> None:
    # a pay run's super funds: eight funds, each beside dozens of staff
    rng = random.Random(number)
    funds = [identifiers.make_abn(rng) for _ in range(8)]
    table = {**_people(rng), number: [rng.choice(funds) for _ in range(N)]}
    assert not _found(table)[number].personal


@pytest.mark.parametrize("number", ["ABN", "c09"])
def test_a_super_funds_abn_beside_its_name_is_the_funds(number: str) -> None:
    # few funds' names carry a body's word: "AustralianSuper", "Hostplus", "Cbus"
    rng = random.Random(f"funds {number}")
    funds = ["Hostplus", "HESTA", "UniSuper", "REST", "AustralianSuper", "Cbus", "Aware Super"]
    abns = [identifiers.make_abn(rng) for _ in funds]
    picks = [rng.randrange(len(funds)) for _ in range(N)]
    table = {
        **_people(rng),
        "c08" if number == "c09" else "SUPER_FUND": [funds[i] for i in picks],
        number: [abns[i] for i in picks],
    }
    assert not _found(table)[number].personal


def test_a_sole_traders_abn_that_comes_back_with_its_owner_stays_theirs() -> None:
    # couriers on a run sheet, each on several runs, named differently from run to run
    rng = random.Random("couriers")
    drivers = [(given(rng), family(rng), identifiers.make_abn(rng)) for _ in range(40)]
    runs = [rng.choice(drivers) for _ in range(N)]
    forms = ["{f} {g}", "{g} {f}", "{i} {f}"]
    table = {
        "RUN_ID": [f"R{at:05d}" for at in range(N)],
        "DRIVER": [rng.choice(forms).format(g=g, f=f.upper(), i=g[0]) for g, f, _ in runs],
        "DRV_ABN": [abn for _, _, abn in runs],
        "KM": [str(rng.randint(20, 400)) for _ in runs],
    }
    assert _kind(_found(table)["DRV_ABN"]) == "AU_ABN"


@pytest.mark.parametrize(("number", "names"), [("Trader ABN", "Trader Name"), ("c09", "c08")])
def test_an_abn_written_only_beside_companies_is_theirs(number: str, names: str) -> None:
    # a complaints register names the trader complained of, a company or a sole trader
    # under a trading name, and gives the number of the companies only
    rng = random.Random(number)
    traders = [rng.choice([*_FIRMS, *_TRADING_NAMES]) for _ in range(N)]
    table = {
        **_people(rng),
        names: traders,
        number: [identifiers.make_abn(rng) if t in _FIRMS else None for t in traders],
    }
    assert not _found(table)[number].personal
    # beside the sole traders too, it may be theirs
    table[number] = [identifiers.make_abn(rng) for _ in traders]
    assert _kind(_found(table)[number]) == "AU_ABN"


# -- 31. references stamped with their year --------------------------------------------------


def _stamped(rng: random.Random, form: str) -> str:
    year = rng.randint(2019, 2024)
    serial = rng.randint(0, 999_999)
    return form.format(y4=year, y2=year % 100, n=serial)


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("CERT_NO", "SOA-{y4}-{n:06d}"),
        ("pcrId", "PCR-{y4}-{n:07d}"),
    ],
)
def test_references_stamped_with_their_year_are_records_numbers(name: str, form: str) -> None:
    rng = random.Random(name)
    table = {**_people(rng), name: [_stamped(rng, form) for _ in range(N)]}
    assert not _found(table)[name].personal


@pytest.mark.parametrize(
    "name", ["REG_NO", "CLIENT_NO", "SERVICE_NO", "cp_id", "PermitNo", "FILE_REF"]
)
def test_a_registration_or_a_persons_number_stamped_with_a_year_is_still_theirs(
    name: str,
) -> None:
    # a birth's registration in the BDM register, a client's number from the year they came,
    # a permit issued to one person in the year it was issued, the file a legal aid office
    # keeps on one (LA/20/062385), and a name that does not say it numbers a document
    rng = random.Random(name)
    table = {**_people(rng), name: [_stamped(rng, "{y4}/{n:06d}") for _ in range(N)]}
    assert _kind(_found(table)[name]) == "ID"


# -- 32. staff numbers, practitioners' numbers and sole traders by name ------------------------


@pytest.mark.parametrize("name", ["prescriber_no", "planner_id", "ALLOC_OFF"])
def test_the_numbers_of_staff_who_act_on_a_record_recur_and_are_ids(name: str) -> None:
    rng = random.Random(name)
    staff = [
        digits(rng, 7) if name == "prescriber_no" else f"PL{digits(rng, 4)}" for _ in range(40)
    ]
    table = {**_people(rng), name: [rng.choice(staff) for _ in range(N)]}
    assert _kind(_found(table)[name]) == "ID"
    # counts of what staff did are not their numbers
    counts = {**_people(rng), "prescriber_count": [str(rng.randint(1000, 1100)) for _ in range(N)]}
    assert not _found(counts)["prescriber_count"].personal


def test_an_interpreters_naati_number_recurs_and_is_theirs() -> None:
    rng = random.Random("naati")
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    cpns = ["CPN" + "".join(rng.choice(alphabet) for _ in range(6)) for _ in range(40)]
    cpns = [c if any(ch.isdigit() for ch in c) else c[:-1] + "7" for c in cpns]
    table = {**_people(rng), "NAATI CPN": [rng.choice(cpns) for _ in range(N)]}
    assert _kind(_found(table)["NAATI CPN"]) == "ID"


def test_a_busy_interpreters_number_some_without_a_digit_is_still_theirs() -> None:
    rng = random.Random("busy naati")
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    cpns = ["CPN" + "".join(rng.choice(alphabet) for _ in range(5)) for _ in range(40)]
    weights = [3] + [1] * 39  # one interpreter takes about one booking in fourteen
    table = {**_people(rng), "NAATI No": rng.choices(cpns, weights, k=N)}
    assert _kind(_found(table)["NAATI No"]) == "ID"
    # a level of accreditation under the same scheme's name is no one's number
    levels = ["Certified", "Recognised", "Provisional", "Advanced"]
    assert not _found({**_people(rng), "NAATI Level": [rng.choice(levels) for _ in range(N)]})[
        "NAATI Level"
    ].personal


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("site", ["C50.9 Breast, unspecified", "C67.9 Bladder", "C20 Rectum", "C73 Thyroid gland"]),
        ("tests", ["Troponin; CRP; FBC", "Lithium level; LFT", "PSA; Lipids", "Hep C RNA; INR"]),
        ("grade", ["2 - Moderately differentiated", "4 - Undifferentiated", "9 - Not determined",
                   "1 - Well differentiated"]),
        ("method", ["Injects", "Sniffs (powder)", "Inhales (vapour)", "Ingests", "Smokes"]),
        ("inj_status", ["Current injector", "Last injected 3-12 mths", "Never injected",
                        "Injected >12 mths ago", "Not stated"]),
    ],
)  # fmt: skip
def test_a_registrys_sites_tests_grades_and_ways_of_use_are_health(
    name: str, values: list[str]
) -> None:
    rng = random.Random(name)
    table = {**_people(rng), name: [rng.choice(values) for _ in range(N)]}
    assert _kind(_found(table)[name]) == "HEALTH"


def test_morphology_codes_are_health_and_no_months_of_a_far_year() -> None:
    from minshare.detect.dates import parse_text_dates

    codes = ["8140/3", "8480/3", "8120/3", "8041/3", "8500/3", "9680/3"]
    assert parse_text_dates(codes).share == 0.0
    assert parse_text_dates(["2024/03", "9999-12-31"]).share == 1.0  # an open end is a date
    rng = random.Random("morphology")
    table = {**_people(rng), "morphology": [rng.choice(codes) for _ in range(N)]}
    assert _kind(_found(table)["morphology"]) == "HEALTH"


def test_a_practitioners_ahpra_number_is_an_id_by_its_form() -> None:
    rng = random.Random("ahpra")
    numbers = [f"{rng.choice(['MED', 'NMW', 'PSY'])}{digits(rng, 10)}" for _ in range(40)]
    table = {**_people(rng), "psych_reg": [rng.choice(numbers) for _ in range(N)]}
    assert _kind(_found(table)["psych_reg"]) == "ID"


@pytest.mark.parametrize("name", ["Practitioner No", "translator_no", "column_7"])
def test_an_interpreters_naati_number_is_an_id_by_its_form(name: str) -> None:
    # CPN and six letters or digits, some with no digit at all (CPNCLKUF3 has one)
    rng = random.Random(name)
    chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    numbers = ["CPN" + "".join(rng.choice(chars) for _ in range(6)) for _ in range(60)]
    table = {**_people(rng), name: [rng.choice(numbers) for _ in range(N)]}
    assert _kind(_found(table)[name]) == "ID"


def test_an_intranet_profile_by_its_number_is_a_persons_page() -> None:
    rng = random.Random("profiles")
    pages = [
        f"https://intranet.health.gov.au/people/{given(rng).lower()}.{family(rng).lower()}"
        if rng.random() < 0.6
        else f"https://intranet.health.gov.au/profile?id={digits(rng, 5)}"
        for _ in range(N)
    ]
    assert _kind(_found({**_people(rng), "profile_url": pages})["profile_url"]) == "URL"


def test_contractors_named_as_people_are_people_and_businesses_are_not() -> None:
    rng = random.Random("contractors")
    people = [f"{given(rng)} {family(rng)}" for _ in range(60)]
    table = {**_people(rng), "contractor": [rng.choice(people) for _ in range(N)]}
    assert _kind(_found(table)["contractor"]) == "PERSON"
    firms = {**table, "contractor": [rng.choice(_FIRMS) for _ in range(N)]}
    assert not _found(firms)["contractor"].personal


@pytest.mark.parametrize("name", ["CoE_No", "coeCode", "COE"])
def test_an_overseas_students_confirmation_of_enrolment_is_theirs(name: str) -> None:
    rng = random.Random(name)
    table = {**_people(rng), name: [f"E{digits(rng, 9)}" for _ in range(N)]}
    assert _kind(_found(table)[name]) == "ID"


def test_a_licence_not_said_to_be_a_drivers_in_a_directory_of_companies_is_theirs() -> None:
    rng = random.Random("brokers")
    picks = [rng.randrange(len(_FIRMS)) for _ in range(N)]
    licences = [f"CB{digits(rng, 5)}" for _ in _FIRMS]
    abns = [identifiers.make_abn(rng) for _ in _FIRMS]
    table = {
        "licence_no": [licences[i] for i in picks],
        "broker_name": [_FIRMS[i] for i in picks],
        "abn": [abns[i] for i in picks],
        "licence_type": [rng.choice(["Corporate", "Nominee"]) for _ in range(N)],
    }
    found = _found(table)
    assert not any(f.personal for f in found.values()), found
    # the same numbers beside people's names are theirs
    people = {**_people(rng), "licence_no": table["licence_no"]}
    assert _found(people)["licence_no"].personal


def test_a_migration_agents_marn_recurs_and_is_theirs() -> None:
    rng = random.Random("marn")
    agents = [digits(rng, 7) for _ in range(40)]
    table = {**_people(rng), "repMARN": [rng.choice(agents) for _ in range(N)]}
    assert _kind(_found(table)["repMARN"]) == "ID"


def test_a_tuberculosis_screen_is_health() -> None:
    rng = random.Random("tb")
    results = ["Negative", "Negative", "IGRA positive - latent", "CXR clear", "Referred"]
    table = {**_people(rng), "tb_screen": [rng.choice(results) for _ in range(N)]}
    assert _kind(_found(table)["tb_screen"]) == "HEALTH"


def _organisations_lines(rng: random.Random, national: float) -> list[str]:
    """Organisations' telephone lines: 1300 and 1800 numbers, ``national`` of them, and
    landlines."""
    return [
        f"{rng.choice(['1300', '1800'])} {digits(rng, 3)} {digits(rng, 3)}"
        if rng.random() < national
        else f"(0{rng.choice('2378')}) 9{digits(rng, 3)} {digits(rng, 4)}"
        for _ in range(N)
    ]


def test_contact_lines_some_of_them_1300_numbers_are_the_companies_beside_a_contact() -> None:
    # a provider panel: each company's contact person, and its contact number, a landline
    # or, for a third of them, a 1300 or 1800 number: the company's lines
    rng = random.Random("contact lines")
    lines = _organisations_lines(rng, 0.3)
    table = {
        "PROVIDER": [rng.choice(_FIRMS) for _ in range(N)],
        "ABN": [company_abn(rng) for _ in range(N)],
        "CONTACT_PH": lines,
        "CONTACT_PERSON": [f"{given(rng)} {family(rng)}" for _ in range(N)],
    }
    assert not _found(table)["CONTACT_PH"].personal
    # an officer's or an owner's line is theirs, and so are the contacts' mobiles
    assert _kind(_found(table | {"OWNER_PH": lines})["OWNER_PH"]) == "PHONE_NUMBER"
    mobiles = [f"04{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}" for _ in range(N)]
    assert _kind(_found(table | {"CONTACT_PH": mobiles})["CONTACT_PH"]) == "PHONE_NUMBER"


def test_a_contact_line_of_1300_numbers_in_a_register_of_companies_is_theirs() -> None:
    rng = random.Random("contact")
    lines = _organisations_lines(rng, 0.7)
    table = {
        "Applicant": [rng.choice(_FIRMS) for _ in range(N)],
        "Applicant_ABN": [identifiers.make_abn(rng) for _ in range(N)],
        "Tariff": [
            f"{rng.randint(1000, 9999)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}"
            for _ in range(N)
        ],
        "Contact": lines,
    }
    assert not _found(table)["Contact"].personal
    # mobiles answer a person
    mobiles = {
        **table,
        "Contact": [f"04{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}" for _ in range(N)],
    }
    assert _kind(_found(mobiles)["Contact"]) == "PHONE_NUMBER"


def _premises(rng: random.Random) -> dict[str, list[Any]]:
    return {
        "proprietor": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "proprietor_mob": [
            f"04{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}" for _ in range(N)
        ],
        "premises_address": [_address(rng) for _ in range(N)],
        "premises_suburb": [rng.choice(SUBURBS) for _ in range(N)],
        "premises_pcode": [f"{rng.randint(2000, 2999)}" for _ in range(N)],
    }


@pytest.mark.parametrize("name", ["business_name", "trading_as", "PremisesName"])
def test_premises_beside_the_business_itself_are_the_business(name: str) -> None:
    # a food business register names its proprietor and the business the premises house
    rng = random.Random(name)
    shops = [f"{family(rng)}'s {rng.choice(['Bakery', 'Cafe', 'Kebabs'])}" for _ in range(80)]
    table = {name: [rng.choice(shops) for _ in range(N)], **_premises(rng)}
    found = _found(table)
    assert not any(found[c].personal for c in ("premises_address", "premises_suburb"))
    assert not found["premises_pcode"].personal
    assert _kind(found["proprietor"]) == "PERSON"
    assert _kind(found["proprietor_mob"]) == "PHONE_NUMBER"


def test_the_parts_of_a_premises_address_under_bare_names_are_the_business() -> None:
    # a liquor licence register: the venue, its licensee, the premises' address, then its
    # suburb, postcode and council area under bare names; a licensee's business suburb
    rng = random.Random("licensed venues")
    venues = [f"{family(rng)}'s {rng.choice(['Hotel', 'Tavern', 'Bowls Club'])}" for _ in range(80)]
    table = {
        "PREMISES_NM": [rng.choice(venues) for _ in range(N)],
        "LICENSEE": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "PREM_ADDR": [_address(rng) for _ in range(N)],
        "SUBURB": [rng.choice(SUBURBS) for _ in range(N)],
        "PCODE": [f"{rng.randint(3000, 3999)}" for _ in range(N)],
        "LGA": [rng.choice(["Moonee Valley", "Melbourne", "Darebin", "Yarra"]) for _ in range(N)],
        "RES_PCODE": [f"{rng.randint(3000, 3999)}" for _ in range(N)],  # the licensee's home
        "BUS_SUBURB": [rng.choice(SUBURBS) for _ in range(N)],
    }
    found = _found(table)
    assert not any(found[c].personal for c in ("PREM_ADDR", "SUBURB", "PCODE", "LGA"))
    assert not found["BUS_SUBURB"].personal
    assert _kind(found["RES_PCODE"]) == "AU_POSTCODE"
    # after the licensee's home address, the suburb is the licensee's
    table = {**table, "RES_ADDR": table.pop("PREM_ADDR")}
    table = {k: table[k] for k in ("PREMISES_NM", "LICENSEE", "RES_ADDR", "SUBURB", "PCODE")}
    found = _found(table)
    assert _kind(found["SUBURB"]) == "LOCATION" and _kind(found["PCODE"]) == "AU_POSTCODE"


@pytest.mark.parametrize("holder", ["HOLDER", "licensee_name", "Operator"])
def test_premises_licensed_to_the_businesses_holding_them_are_theirs(holder: str) -> None:
    # an environment protection licence register: the licence, its holder, the premises
    rng = random.Random(holder)
    holders = [f"{family(rng)} Metal Finishing Pty Ltd" for _ in range(40)]
    holders += [f"{family(rng)} Waste Services" for _ in range(40)]
    table = {
        "LIC_NO": [str(rng.randint(1000, 99999)) for _ in range(N)],
        holder: [rng.choice(holders) for _ in range(N)],
        **{k: v for k, v in _premises(rng).items() if not k.startswith("proprietor")},
        "CONTACT": [f"{given(rng)} {family(rng)}" for _ in range(N)],
    }
    found = _found(table)
    assert not any(found[c].personal for c in ("premises_address", "premises_suburb"))
    assert _kind(found["CONTACT"]) == "PERSON"
    # held by people, the premises may be a sole trader's home
    people = {**table, holder: [f"{given(rng)} {family(rng)}" for _ in range(N)]}
    assert _kind(_found(people)["premises_address"]) == "ADDRESS"


def test_the_premises_of_a_tenancy_dispute_heard_at_a_venue_are_the_tenants() -> None:
    # a tribunal's applications: the applicant, the rented premises (their home), and later
    # the venue the hearing is held at, which names no business of the rows
    rng = random.Random("tenancy disputes")
    table = {
        "CASE_NO": [f"RT{digits(rng, 6)}" for _ in range(N)],
        "APPLICANT": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "PREMISES": [_address(rng) for _ in range(N)],
        "VENUE": [
            rng.choice(["Sydney Registry", "Parramatta Registry", "By phone"]) for _ in range(N)
        ],
        "OUTCOME": [rng.choice(["Dismissed", "Orders made", "Withdrawn"]) for _ in range(N)],
    }
    assert _kind(_found(table)["PREMISES"]) == "ADDRESS"
    # a register of the businesses licensed at their premises keeps them the businesses'
    business = {**table, "BUSINESS_NAME": [f"{family(rng)} Cafe" for _ in range(N)]}
    assert not _found(business)["PREMISES"].personal


def _parties(rng: random.Random, others: list[str]) -> dict[str, list[Any]]:
    """A hearing's parties, headerless: people (a given and a family name) and, on a row in
    four, one of ``others`` in the family name's place with no given name."""
    rows = [
        ("", rng.choice(others)) if rng.random() < 0.25 else (given(rng), family(rng).upper())
        for _ in range(N)
    ]
    return {
        "column_1": [f"RT{digits(rng, 6)}" for _ in range(N)],
        "column_2": [rng.choice(["Applicant", "Respondent"]) for _ in range(N)],
        "column_3": [g for g, _ in rows],
        "column_4": [f for _, f in rows],
        "column_5": [f"04{digits(rng, 8)}" for _ in range(N)],
    }


def test_family_names_beside_given_names_and_agencies_in_their_place_are_people() -> None:
    rng = random.Random("parties")
    agencies = [f"{rng.choice(SUBURBS)} Real Estate Pty Ltd" for _ in range(40)]
    found = _found(_parties(rng, agencies))
    assert _kind(found["column_3"]) == "PERSON"
    assert _kind(found["column_4"]) == "PERSON", found["column_4"]
    assert "organisations' names on the others" in found["column_4"].entities[0].evidence
    # with no organisations where the given names are missing, the column is what it is
    files = [f"File {digits(rng, 5)}/{rng.randint(19, 24)}" for _ in range(40)]
    assert _kind(_found(_parties(rng, files))["column_4"]) != "PERSON"


def test_the_suburb_just_after_a_venue_is_the_venues() -> None:
    # a regulator's inspections: the venue and its suburb, the inspector who went there
    rng = random.Random("inspections")
    venues = [f"The {family(rng)} {rng.choice(['Hotel', 'Tavern', 'Arms'])}" for _ in range(80)]
    officers = [(f"{given(rng)} {family(rng)}", f"E{digits(rng, 6)}") for _ in range(40)]
    inspectors = [rng.choice(officers) for _ in range(N)]
    table = {
        "inspection_id": [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(N)],
        "lic_no": [f"3{digits(rng, 7)}" for _ in range(N)],  # read as drivers' licences
        "venue": [rng.choice(venues) for _ in range(N)],
        "suburb": [rng.choice(SUBURBS) for _ in range(N)],
        "insp_dt": [recent(rng, 2.0).isoformat() for _ in range(N)],
        "officer": [name for name, _ in inspectors],
        "officer_no": [number for _, number in inspectors],
        "obs": [
            rng.choice(
                [
                    "CCTV footage requested.",
                    "Spoke with licensee.",
                    f"Duty manager {given(rng)} {family(rng)} unable to produce RSA cert.",
                    f"Patron {given(rng)[0]}. {family(rng)} (excluded person) detected.",
                ]
            )
            for _ in range(N)
        ],
    }
    found = _found(table)
    assert not found["suburb"].personal
    assert _kind(found["officer"]) == "PERSON"
    # after a patron's name and birth date, the suburb is where the patron lives
    patrons = {
        **{k: table[k] for k in ("inspection_id", "lic_no", "venue")},
        "patron": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "patron_dob": [birth(rng).isoformat() for _ in range(N)],
        "suburb": table["suburb"],
    }
    assert _kind(_found(patrons)["suburb"]) == "LOCATION"
    # a hearing's venue names no business: a client's risk rating beside it stays theirs
    hearings = {
        **_people(rng),
        "venue": [
            rng.choice(["Downing Centre", "Parramatta Court", "Video link"]) for _ in range(N)
        ],
        "RISK_RATING": [rng.choice(["Low", "Medium", "High"]) for _ in range(N)],
    }
    assert _kind(_found(hearings)["RISK_RATING"]) == "VULNERABILITY"


def test_rented_premises_are_the_tenants_home() -> None:
    # a bond register names an agent's business, not a business of its own
    rng = random.Random("bonds")
    agents = [f"{family(rng)} Realty Pty Ltd" for _ in range(20)]
    table = {"agent_business_name": [rng.choice(agents) for _ in range(N)], **_premises(rng)}
    assert _kind(_found(table)["premises_address"]) == "ADDRESS"


def test_a_handful_of_addresses_in_a_series_of_readings_are_the_buildings() -> None:
    # nine office buildings' monthly energy use: each address on a hundred rows
    rng = random.Random("energy")
    buildings = [(_address(rng), f"{rng.randint(2000, 2999)}") for _ in range(9)]
    rows = [rng.choice(buildings) for _ in range(N)]
    table = {
        "street_address": [address for address, _ in rows],
        "postcode": [postcode for _, postcode in rows],
        "kwh_import": [f"{rng.uniform(1000, 90000):.1f}" for _ in range(N)],
        "reading_date": [recent(rng, 2.0).isoformat() for _ in range(N)],
    }
    found = _found(table)
    assert not found["street_address"].personal
    assert not found["postcode"].personal
    # an address on each row, each a different one, may be anyone's home
    table["street_address"] = [_address(rng) for _ in range(N)]
    assert _kind(_found(table)["street_address"]) == "ADDRESS"


def test_one_schemes_zone_codes_beside_an_address_are_not_postal_codes() -> None:
    rng = random.Random("zones")
    table = {
        **_people(rng),
        "address": [_address(rng) for _ in range(N)],
        "supply_zone": [f"WSZ-{rng.randint(1, 60):03d}" for _ in range(N)],
    }
    assert not _found(table)["supply_zone"].personal
    # postal codes of another country vary their letters
    table["supply_zone"] = [
        f"{rng.choice(['SW', 'EC', 'NW', 'M', 'LS', 'B'])}{rng.randint(1, 20)} {digits(rng, 1)}AB"
        for _ in range(N)
    ]
    assert _kind(_found(table)["supply_zone"]) == "AU_POSTCODE"


def test_dispatch_codes_priorities_and_routes_beside_an_address_are_not_postal_codes() -> None:
    # a triple-zero call: the incident's address, its dispatch determinant (a complaint, a
    # level, a suffix), its priority; a bin audit's address and the truck's route
    rng = random.Random("dispatch")
    table = {
        **_people(rng),
        "INC_ADDR": [_address(rng) for _ in range(N)],
        "F7": [
            f"{rng.randint(1, 33):02d}{rng.choice('ABCDE')}{rng.randint(1, 12):02d}"
            for _ in range(N)
        ],
        "F8": [f"P{rng.randint(0, 5)}" for _ in range(N)],
        "F9": [f"{rng.choice(['RT', 'FM', 'RW'])}{rng.randint(1, 150):03d}" for _ in range(N)],
        "F10": [str(rng.randint(700_000, 799_999)) for _ in range(N)],  # an assessment's
    }
    found = _found(table)
    # (the determinant says what the caller said was wrong: HEALTH, not a place)
    assert [_kind(found[f"F{i}"]) for i in (7, 8, 9, 10)] == ["HEALTH", None, None, None]
    # the postal codes of Portugal, Poland and the Netherlands are postal codes
    table["F7"] = [
        rng.choice([f"{digits(rng, 4)}-{digits(rng, 3)}", f"{digits(rng, 2)}-{digits(rng, 3)}",
                    f"{digits(rng, 4)} {rng.choice(['AB', 'KL', 'XZ'])}"])
        for _ in range(N)
    ]  # fmt: skip
    assert _kind(_found(table)["F7"]) == "AU_POSTCODE"


def _companies(rng: random.Random, trades: list[str]) -> list[str]:
    return [f"{family(rng)} {rng.choice(trades)} Pty Ltd" for _ in range(N)]


def test_a_register_of_companies_addresses_are_theirs_beside_their_contacts() -> None:
    # a supplier panel, each a company with its contact, its premises under no name
    rng = random.Random("panel")
    table = {
        "c01": _companies(rng, ["Waste Removal", "Plumbing", "Communications"]),
        "c02": [identifiers.make_abn(rng) for _ in range(N)],
        "c03": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "c04": [_address(rng) for _ in range(N)],
    }
    assert not _found(table)["c04"].personal
    # so are a register's pharmacies, a chemist's by that word alone
    pharmacies = dict(table)
    pharmacies["c01"] = [
        f"{family(rng)} {rng.choice(['Pharmacy', 'Pharmacy', 'Chemist'])} {rng.choice(SUBURBS)}"
        for _ in range(N)
    ]
    assert not _found(pharmacies)["c04"].personal
    # a third of the panel sole traders under their own names: an address may be a home
    table["c01"] = [
        name if rng.random() < 0.7 else f"{given(rng)} {family(rng)}" for name in table["c01"]
    ]
    assert _kind(_found(table)["c04"]) == "ADDRESS"


def test_a_contacts_role_in_a_register_of_bodies_is_the_bodys_position() -> None:
    # a fines agency's sponsors, charities' branches sharing their ABNs, under no names: each
    # with its suburb, its postcode and the person to ask for, by their role there
    rng = random.Random("sponsors")
    charities = [identifiers.make_abn(rng) for _ in range(25)]
    roles = ["Senior Solicitor", "Volunteer Coordinator", "Centre Coordinator", "Counsellor",
             "Financial Counsellor", "Team Leader", "Program Manager", "Head Teacher",
             "General Practitioner", "Student Support Officer", "Case Manager"]  # fmt: skip
    table = {
        "c02": _companies(rng, ["Food Bank", "Neighbourhood Centre", "Youth Service"]),
        "c03": [rng.choice(charities) for _ in range(N)],
        "c07": [rng.choice(SUBURBS) for _ in range(N)],
        "c12": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "c13": [rng.choice(roles) for _ in range(N)],
    }
    found = _found(table)
    assert not any(found[name].personal for name in ("c07", "c13")), found
    assert _kind(found["c12"]) == "PERSON"


def test_a_landline_beside_many_different_people_is_an_offices() -> None:
    # a staff directory: each branch's switchboard on each of its staff, under no name
    rng = random.Random("switchboards")
    lines = [f"(0{rng.choice('2378')}) {digits(rng, 4)} {digits(rng, 4)}" for _ in range(15)]
    table = {**_people(rng), "c05": [rng.choice(lines) for _ in range(N)]}
    assert not _found(table)["c05"].personal
    # a household's landline comes back with the few who live there
    homes = [
        (f"(0{rng.choice('2378')}) {digits(rng, 4)} {digits(rng, 4)}", family(rng))
        for _ in range(N // 3)
    ]
    rows = [home for home in homes for _ in range(3)]
    household = {
        "CLIENT_NAME": [f"{given(rng)} {surname}" for _, surname in rows],
        "DOB": [birth(rng, 0, 90).isoformat() for _ in rows],
        "c05": [line for line, _ in rows],
    }
    assert _kind(_found(household)["c05"]) == "PHONE_NUMBER"
    # as a client's comes back with them alone, on each of their many calls
    clients = [(line, f"{given(rng)} {surname}") for line, surname in homes[:20]]
    calls = [rng.choice(clients) for _ in range(N)]
    log = {
        "CLIENT_NAME": [name for _, name in calls],
        "CALL_DT": [recent(rng).isoformat() for _ in calls],
        "c05": [line for line, _ in calls],
    }
    assert _kind(_found(log)["c05"]) == "PHONE_NUMBER"
    # and a mobile is someone's, however many rows it is on: a case worker's
    workers = [f"04{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}" for _ in range(15)]
    table["c05"] = [rng.choice(workers) for _ in range(N)]
    assert _kind(_found(table)["c05"]) == "PHONE_NUMBER"


def test_a_practices_address_and_line_are_not_its_practitioners() -> None:
    # a register of prescribers, each at a practice of their own: the practice's address,
    # suburb, postcode and reception line (PRAC_: a practice's, as PRACTICE_ is) are the
    # business's, however distinct; the prescriber's mobile is theirs
    rng = random.Random("practices")
    table = {
        "PRESCRIBER_NAME": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "PRACTICE_NAME": [f"{rng.choice(SUBURBS)} Medical Centre" for _ in range(N)],
        "PRAC_ADDR": [_address(rng) for _ in range(N)],
        "PRAC_SUBURB": [rng.choice(SUBURBS) for _ in range(N)],
        "PRAC_PCODE": [str(rng.randint(2000, 4999)) for _ in range(N)],
        "PRAC_PH": [f"(0{rng.choice('2378')}) {digits(rng, 4)} {digits(rng, 4)}" for _ in range(N)],
        "MOB": [f"04{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}" for _ in range(N)],
    }
    found = _found(table)
    place = ("PRAC_ADDR", "PRAC_SUBURB", "PRAC_PCODE", "PRAC_PH")
    assert not any(found[name].personal for name in place), found
    assert _kind(found["MOB"]) == "PHONE_NUMBER"
    assert _kind(found["PRESCRIBER_NAME"]) == "PERSON"
    # a home line stays its person's, a practitioner's own line theirs, and a line at an
    # office may be one person's desk
    for name in ("HOME_PH", "PRACTITIONER_PH", "PRAC_MOB", "OFFICE_PH"):
        assert _kind(_found({**table, name: table["PRAC_PH"]})[name]) == "PHONE_NUMBER"


@pytest.mark.parametrize("key", ["PRVDR_ID", "PROV_ID", "provider_no"])
def test_a_register_of_providers_numbered_by_their_own_key_is_of_them(key: str) -> None:
    # home care providers, each a company under its own key, with its contact person and
    # its intake mailbox: the provider's key says nothing of a person
    rng = random.Random(key)
    companies = _companies(rng, ["Home Care", "Community Services", "Care Services"])
    table = {
        key: [f"SP-{digits(rng, 5)}" for _ in range(N)],
        "PROVIDER_NAME": companies,
        "ABN": [identifiers.make_abn(rng) for _ in range(N)],
        "SUBURB": [rng.choice(SUBURBS) for _ in range(N)],
        "INTAKE_EMAIL": [
            f"{rng.choice(['intake', 'referrals', 'info'])}@{name.split()[0].lower()}.org.au"
            for name in companies
        ],
        "CONTACT_PERSON": [f"{given(rng)} {family(rng)}" for _ in range(N)],
    }
    found = _found(table)
    assert not any(found[name].personal for name in (key, "SUBURB", "INTAKE_EMAIL")), found
    assert _kind(found["CONTACT_PERSON"]) == "PERSON"


def test_a_contacts_role_beside_a_directorys_lines_describes_no_one() -> None:
    # inspection stations, some trading under one name in several towns: each with its
    # phone, its service mailbox and the role to ask for
    rng = random.Random("stations")
    names = [
        f"{family(rng).upper()} {rng.choice(['AUTOMOTIVE', 'TRUCK & TRAILER'])}" for _ in range(60)
    ]
    table = {
        "tradingName": [rng.choice(names) for _ in range(N)],
        "abn": [identifiers.make_abn(rng) for _ in range(N)],
        "suburb": [rng.choice(SUBURBS) for _ in range(N)],
        "phone": [f"02 {digits(rng, 4)} {digits(rng, 4)}" for _ in range(N)],
        "contactRole": [
            rng.choice(["Office Manager", "Workshop Manager", "Owner"]) for _ in range(N)
        ],
    }
    found = _found(table)
    assert not any(found[name].personal for name in ("suburb", "phone", "contactRole")), found
    # a person's age and sex beside the phone describe whoever the rows are
    people = {**table, "age": [str(rng.randint(18, 90)) for _ in range(N)]}
    people["sex"] = [rng.choice(["M", "F"]) for _ in range(N)]
    assert _found(people)["phone"].personal


def test_a_principal_place_of_business_is_the_business_s() -> None:
    rng = random.Random("licensees")
    table = {
        "LICENSEE_NAME": _companies(rng, ["Lending", "Finance", "Credit"]),
        "ABN": [identifiers.make_abn(rng) for _ in range(N)],
        "PRINCIPAL_ADDR": [_address(rng) for _ in range(N)],
        "STATUS": [rng.choice(["Current", "Suspended"]) for _ in range(N)],
    }
    assert not _found(table)["PRINCIPAL_ADDR"].personal
    assert not name_hints("principal_place_of_business").role
    # a school's principal is a person
    assert name_hints("PRINCIPAL_NAME").role
    assert name_hints("principal_email").acting


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("feedback", ["Positive", "Negative", "Neutral"]),  # a name of its own
        ("result", ["Negative", "Pending", "Invalid"]),  # nothing was found positive
        ("result", ["Pass", "Fail", "Positive", "Negative", "Absent", "Deferred"]),  # few results
    ],
)
def test_feedback_and_results_one_way_are_not_health(name: str, values: list[str]) -> None:
    rng = random.Random(name)
    table = {**_people(rng), name: [rng.choice(values) for _ in range(N)]}
    assert _found(table)[name].kind != "HEALTH"


# -- 33. positions, marital words and codes, travel documents, a patient's scores -------------


@pytest.mark.parametrize(
    ("number", "title"), [("POSN_NO", "POSN_TITLE"), ("position_no", "position_title")]
)
def test_an_establishment_of_positions_is_no_one_s(number: str, title: str) -> None:
    rng = random.Random("positions")
    titles = ["Trust Officer", "Legal Officer", "Records Officer", "Director Client Services"]
    table = {
        number: [str(10_000_000 + i * 37) for i in range(N)],
        title: [rng.choice(titles) for _ in range(N)],
        "LOCATION": [rng.choice(SUBURBS) for _ in range(N)],
        "BUDGET_SALARY": [f"{rng.randint(70_000, 160_000)}.0" for _ in range(N)],
        "STATUS": [rng.choice(["Filled", "Vacant", "Frozen"]) for _ in range(N)],
    }
    found = _found(table)
    assert not any(found[name].personal for name in (title, "LOCATION", "BUDGET_SALARY"))
    # a staff member's position and salary are theirs
    staff = {**_people(rng), **{k: table[k] for k in (title, "BUDGET_SALARY")}}
    assert _kind(_found(staff)[title]) == "OCCUPATION"


def test_positions_titles_under_no_name_with_no_one_named_are_no_one_s() -> None:
    # a headerless establishment: positions' numbers, titles and classifications, no names
    rng = random.Random("establishment")
    titles = [
        "Senior Policy Officer", "Case Manager", "Finance Officer", "Team Leader Intake",
        "Administration Officer", "Project Officer", "Senior Accountant", "Payroll Officer",
        "Records Officer", "Director Client Services", "Legal Officer", "Data Analyst",
    ]  # fmt: skip
    table = {
        "c01": [f"P{10_000 + i}" for i in range(N)],
        "c02": [rng.choice(titles) for _ in range(N)],
        "c03": [rng.choice(["APS 5", "APS 6", "EL 1", "Clerk Grade 7/8"]) for _ in range(N)],
        "c04": [rng.choice(["1.0", "0.8", "0.6"]) for _ in range(N)],
        "c05": [rng.choice(["Filled", "Vacant", "Frozen"]) for _ in range(N)],
    }
    found = _found(table)
    assert not any(f.personal for f in found.values()), found
    # with its occupants' names beside them, the titles are theirs
    staff = {**table, "c06": [f"{given(rng)} {family(rng)}" for _ in range(N)]}
    assert _kind(_found(staff)["c02"]) == "OCCUPATION"


def test_a_site_manager_s_position_is_no_one_s() -> None:
    rng = random.Random("position numbers")
    # collection centres: each a site with its address and phone, and its manager's position
    sites = {
        "site_code": [f"CC{i:04d}" for i in range(N)],
        "site_name": [f"{rng.choice(SUBURBS)} Collection Centre" for _ in range(N)],
        "street_address": [_address(rng) for _ in range(N)],
        "phone": [f"(02) 9{digits(rng, 3)} {digits(rng, 4)}" for _ in range(N)],
        "manager_position": [
            rng.choice(["Site Supervisor", "Collection Centre Manager"]) for _ in range(N)
        ],
    }
    found = _found(sites)
    assert not any(f.personal for f in found.values()), found
    # a staff member's position is theirs
    titles = ["Medical Scientist", "Collector Grade 4", "Laboratory Manager", "Pathologist"]
    staff = {**_people(rng), "position": [rng.choice(titles) for _ in range(N)]}
    assert _kind(_found(staff)["position"]) == "OCCUPATION"


def test_marital_status_in_words_and_codes_of_two_systems() -> None:
    rng = random.Random("marital mix")
    values = [
        "M",
        "S",
        "D",
        "W",
        "DF",
        "Married",
        "Never married",
        "Widowed",
        "Separated",
        "Unknown",
    ]
    table = {**_people(rng), "MaritalSt": [rng.choice(values) for _ in range(N)]}
    assert _kind(_found(table)["MaritalSt"]) == "MARITAL_STATUS"


def test_a_travel_document_and_a_citizenship_code() -> None:
    rng = random.Random("removals")
    countries = ["NZL", "VNM", "LKA", "CHN", "GBR", "IRN", "IND", "AFG", "FJI", "WSM", "KOR"]
    kinds = ["Passport", "Emergency travel document", "Document of identity"]
    table = {
        **_people(rng),
        "CITZ_CD": [rng.choice(countries) for _ in range(N)],
        "travel_doc_type": [rng.choice(kinds) for _ in range(N)],
        "travel_doc_no": [rng.choice("KLMS") + digits(rng, 7) for _ in range(N)],
        "travel_doc_country": [rng.choice(["Iran", "Viet Nam", "Fiji", "China"]) for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["CITZ_CD"]) == "ETHNICITY"
    assert _kind(found["travel_doc_no"]) == "AU_PASSPORT"  # written as passports are
    assert _kind(found["travel_doc_country"]) == "ETHNICITY"
    assert not found["travel_doc_type"].personal


def test_a_patient_s_scores_pressures_and_pre_injury_earnings() -> None:
    rng = random.Random("scores")
    table = {
        **_people(rng),
        "MMSE": [str(rng.randint(8, 30)) for _ in range(N)],
        "BP": [f"{rng.randint(95, 180)}/{rng.randint(55, 105)}" for _ in range(N)],
        "PIAWE": [f"{rng.uniform(600, 2600):.2f}" for _ in range(N)],
    }
    found = _found(table)
    assert [_kind(found[n]) for n in ("MMSE", "BP", "PIAWE")] == ["HEALTH", "HEALTH", "INCOME"]
    # basis points are no blood pressure
    spreads = {**_people(rng), "BP": [str(rng.choice([25, 50, 75, 100])) for _ in range(N)]}
    assert _found(spreads)["BP"].kind != "HEALTH"


# -- 34. a union's acronym, servers' addresses, dates of birth the table contradicts ----------


def test_unions_stay_unions_when_an_acronym_is_also_a_test_s() -> None:
    rng = random.Random("psa")
    table = {
        **_people(rng),
        # most are the Public Service Association's, whose acronym is a prostate test's too
        "UNION_DEDN": [rng.choice(["PSA"] * 5 + ["PSA-ASSOC", "CPSU", "ASU"]) for _ in range(N)],
    }
    assert _kind(_found(table)["UNION_DEDN"]) == "TRADE_UNION"
    tests = {
        **_people(rng),
        "TEST": [rng.choice(["PSA", "HbA1c", "eGFR", "FBC"]) for _ in range(N)],
    }
    assert _kind(_found(tests)["TEST"]) == "HEALTH"


@pytest.mark.parametrize("name", ["SRV_IP", "c11"])
def test_a_few_servers_addresses_are_no_one_s(name: str) -> None:
    rng = random.Random(name)
    servers = ["10.12.4.22", "10.12.6.11", "172.16.30.5", "10.12.4.21"]
    table = {
        "JOB_ID": [f"J{i:06d}" for i in range(N)],
        "STARTED": [recent(rng).isoformat() for _ in range(N)],
        name: [rng.choice(servers) for _ in range(N)],
    }
    assert not _found(table)[name].personal
    # staff's workstations inside the network are as many as the staff
    users = {
        **_people(rng),
        "c11": [f"10.40.{rng.randint(0, 255)}.{rng.randint(1, 254)}" for _ in range(N)],
    }
    assert _kind(_found(users)["c11"]) == "IP_ADDRESS"


def test_dates_of_birth_the_table_contradicts_are_no_births() -> None:
    rng = random.Random("misnamed dob")
    decided = [recent(rng, 1.5) for _ in range(N)]
    table = {
        "CLIENT_NAME": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "AGE_AT_INJ": [str(rng.randint(20, 64)) for _ in range(N)],
        "dob": [d.isoformat() for d in decided],
    }
    assert not _found(table)["dob"].personal
    received = {
        "CLIENT_NAME": table["CLIENT_NAME"],
        "RECVD": [(d - dt.timedelta(days=rng.randint(20, 90))).isoformat() for d in decided],
        "dob": table["dob"],
    }
    assert not _found(received)["dob"].personal
    # a baby's date of birth beside its mother's age, and beside the day its birth was
    # registered, is a birth
    babies = {
        "CLIENT_NAME": table["CLIENT_NAME"],
        "MOTHER_AGE": table["AGE_AT_INJ"],
        "date_lodged": [(d + dt.timedelta(days=rng.randint(5, 60))).isoformat() for d in decided],
        "dob": table["dob"],
    }
    assert _kind(_found(babies)["dob"]) == "DATE_OF_BIRTH"


def test_a_dob_after_another_persons_birth_at_no_parents_distance_is_no_birth() -> None:
    rng = random.Random("bond dob")
    tenants = [birth(rng, 18, 85) for _ in range(N)]
    table = {
        "tenant_name": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "tenant_dob": [d.isoformat() for d in tenants],
        "dob": [recent(rng, 2).isoformat() for _ in range(N)],  # the bond's lodgement
    }
    found = _found(table)
    assert not found["dob"].personal
    assert _kind(found["tenant_dob"]) == "DATE_OF_BIRTH"
    # babies born last year to mothers aged 18 to 44, and children of 0 to 17 beside the
    # grandparents who care for them, are births
    babies = [recent(rng, 1.5) for _ in range(N)]
    births = {
        "child_name": table["tenant_name"],
        "mother_dob": [
            (d - dt.timedelta(days=rng.randint(18, 44) * 365)).isoformat() for d in babies
        ],
        "dob": [d.isoformat() for d in babies],
    }
    assert _kind(_found(births)["dob"]) == "DATE_OF_BIRTH"
    children = [birth(rng, 0, 17) for _ in range(N)]
    kin = {
        "child_name": table["tenant_name"],
        "carer_dob": [
            (d - dt.timedelta(days=rng.randint(40, 75) * 365)).isoformat() for d in children
        ],
        "dob": [d.isoformat() for d in children],
    }
    assert _kind(_found(kin)["dob"]) == "DATE_OF_BIRTH"


def test_each_date_of_a_row_is_read_as_its_column_reads() -> None:
    from minshare.detect.dates import parse_each_date

    # 03/04/1980 alone is the 3rd of April; beside 12/25/1980 the column is month-first
    assert parse_each_date(["03/04/1980", "12/25/1980", "n/a"]) == [
        dt.date(1980, 3, 4),
        dt.date(1980, 12, 25),
        None,
    ]


# -- 35. a ledger's accounts, abbreviated records, police checks, a union's branch -------------


def test_a_general_ledger_s_accounts_are_the_agency_s() -> None:
    rng = random.Random("ledger")
    table = {
        "COST_CENTRE": [f"CC{rng.randint(1100, 1250)}" for _ in range(N)],
        "LEDGER_ACCT": [digits(rng, 11) for _ in range(N)],
        "BUDGET": [f"{rng.uniform(1e4, 1e6):.2f}" for _ in range(N)],
    }
    assert not _found(table)["LEDGER_ACCT"].personal
    assert "BANK_ACCOUNT" in name_hints("REFUND_ACCT").entities


@pytest.mark.parametrize("name", ["ASSESS_NO", "PAYMT_ID", "PYMT_NO"])
def test_an_assessment_s_and_a_payment_s_numbers_are_records(name: str) -> None:
    assert not name_hints(name).held


@pytest.mark.parametrize(
    "outcomes",
    [
        ["NDO", "NDO", "NDO", "DO-REVIEWED"],
        ["No disclosable court outcomes", "NDCO", "Disclosable outcome - traffic", "Pending"],
        # a clear check, beside one that disclosed something
        ["Cleared"] * 3 + ["Cleared - disclosable outcomes noted", "Excluded", "Pending"],
        ["Clear", "Clear", "Disclosable outcome - referred to HR", "Pending"],
        # a Working with Children Check's: cleared, or a bar
        ["Cleared", "Cleared", "Pending", "Conditions apply", "Barred", "Interim bar"],
        ["CLEARANCE GRANTED", "CLEARANCE GRANTED", "BAR", "Bar - no further contact"],
        # the day each was cleared written after it, on nearly every row
        ["Cleared {day}"] * 6 + ["Disclosable outcome: DUI 2011", "Pending", "Expired"],
        # a witness's priors, or a check not made
        ["Nil"] * 10
        + ["Not checked"] * 4
        + ["Prior: drink driving", "Prior: assault", "On parole"],
    ],
)
def test_police_check_outcomes_are_a_criminal_record(outcomes: list[str]) -> None:
    rng = random.Random(outcomes[0])
    days = [recent(rng, 4.0).strftime("%d/%m/%Y") for _ in range(N)]
    checks = [rng.choice(outcomes).format(day=day) for day in days]
    table = {**_people(rng), "c13": checks}
    assert _kind(_found(table)["c13"]) == "CRIMINAL_RECORD"


def test_a_students_levels_of_adjustment_are_health_by_their_values() -> None:
    # the NCCD's levels of adjustment for a disability, as a school's extract abbreviates them
    rng = random.Random("adjustments")
    levels = ["QDTP", "SUPP", "SUBS", "EXT", None, None]
    table = {**_people(rng), "c08": [rng.choice(levels) for _ in range(N)]}
    assert _kind(_found(table)["c08"]) == "HEALTH"
    # a bill's lines, in abbreviations the levels share (a subscription, a supplementary
    # charge, an extension): no QDTP, no student
    lines = ["SUBS", "SUPP", "EXT"]
    table = {**_people(rng), "c08": [rng.choice(lines) for _ in range(N)]}
    assert _kind(_found(table)["c08"]) != "HEALTH"


def test_a_calls_dispatch_determinants_are_health() -> None:
    # the chief complaint, the level and a suffix: 10D04 is chest pain with a clammy patient
    rng = random.Random("determinants")
    codes = [
        f"{rng.choice([9, 10, 12, 17, 26, 31])}{rng.choice('OABCDE')}{rng.randint(1, 12):02d}"
        for _ in range(N)
    ]
    codes = [code.zfill(5) for code in codes]
    table = {**_people(rng), "MPDS_DET": codes}
    assert _kind(_found(table)["MPDS_DET"]) == "HEALTH"
    # desks of one wing over many floors: a floor, a letter, a number, and nothing said
    table["MPDS_DET"] = [f"{rng.randint(1, 30):02d}D{rng.randint(1, 40):02d}" for _ in range(N)]
    assert not _found(table)["MPDS_DET"].personal


def test_ages_as_a_call_taker_writes_them_are_ages() -> None:
    rng = random.Random("age guesses")
    guesses = [
        rng.choice([f"approx {rng.randint(15, 90)}", f"{rng.randint(2, 9)}0s",
                    f"{rng.randint(1, 99)}yo", str(rng.randint(1, 99)), "unk"])
        for _ in range(N)
    ]  # fmt: skip
    table = {**_people(rng), "PT_AGE_EST": guesses}
    assert _kind(_found(table)["PT_AGE_EST"]) == "AGE"
    # numbers of three digits, past any lifetime, with no word of an age among them
    table["PT_AGE_EST"] = [str(rng.randint(100, 999)) for _ in range(N)]
    assert _kind(_found(table)["PT_AGE_EST"]) != "AGE"


def test_codes_that_disclose_nothing_either_way_are_no_police_check() -> None:
    rng = random.Random("DO")
    table = {**_people(rng), "c13": [rng.choice(["DO", "NA", "OK", "NO"]) for _ in range(N)]}
    assert _found(table)["c13"].kind != "CRIMINAL_RECORD"
    # a payment cleared, with nothing disclosed anywhere
    statuses = ["Cleared", "Cleared", "Pending", "Dishonoured"]
    table = {**_people(rng), "c13": [rng.choice(statuses) for _ in range(N)]}
    assert _found(table)["c13"].kind != "CRIMINAL_RECORD"


def test_a_criminal_disclosure_by_its_short_name() -> None:
    assert "CRIMINAL_RECORD" in name_hints("CRIM_DISCL_FLG").entities


def test_a_union_and_its_branch() -> None:
    rng = random.Random("branch")
    table = {**_people(rng), "c14": [rng.choice(["CPSU", "CPSU-VIC", "ASU", ""]) for _ in range(N)]}
    assert _kind(_found(table)["c14"]) == "TRADE_UNION"
    # teachers' federations, and a branch written after a slash
    teachers = ["NSWTF", "QTU", "SSTU", "AEU-TAFE", "PSA/CPSU", ""]
    table = {**_people(rng), "c14": [rng.choice(teachers) for _ in range(N)]}
    assert _kind(_found(table)["c14"]) == "TRADE_UNION"


# -- 36. who complained, and a company's numbers after its trading name ------------------------


def test_an_injured_worker_who_complains_is_a_party_not_an_injury() -> None:
    rng = random.Random("parties")
    kinds = ["Injured worker"] * 4 + ["Employer", "Representative", "Provider"]
    table = {**_people(rng), "CMPLNT_TYPE": [rng.choice(kinds) for _ in range(N)]}
    assert _found(table)["CMPLNT_TYPE"].kind != "HEALTH"
    injuries = ["Injured worker - fractured wrist", "Injured worker - lacerated hand", "Employer"]
    table = {**_people(rng), "SUMMARY": [rng.choice(injuries) for _ in range(N)]}
    assert _kind(_found(table)["SUMMARY"]) == "HEALTH"


def test_a_company_s_numbers_after_its_trading_name() -> None:
    rng = random.Random("employers")
    table = {
        "LEGAL_NAME": _companies(rng, ["Logistics", "Roofing", "Retail"]),
        "TRADING_NAME": [
            rng.choice(["Silver Gull", "Golden Wattle", "Bayside", ""]) for _ in range(N)
        ],
        "ABN": [identifiers.make_abn(rng) for _ in range(N)],
        "ACN": [identifiers.make_acn(rng) for _ in range(N)],
        "CONTACT_NM": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "CONTACT_EMAIL": [
            f"{given(rng).lower()}{rng.randint(1, 99)}@example.com" for _ in range(N)
        ],
        # an employer that pays by card: the card holder is a person the rows name
        "CARD_HOLDER": [f"{given(rng)} {family(rng)}".upper() for _ in range(N)],
    }
    found = _found(table)
    assert not found["ABN"].personal and not found["ACN"].personal
    assert _kind(found["CONTACT_NM"]) == "PERSON"
    # a sole trader's business number after the name it trades under is the proprietor's
    sole = {
        "PROPRIETOR": table["CONTACT_NM"],
        "TRADING_NAME": table["TRADING_NAME"],
        "ABN": table["ABN"],
        "CONTACT_EMAIL": table["CONTACT_EMAIL"],
    }
    assert _kind(_found(sole)["ABN"]) == "AU_ABN"


# -- 37. a number someone holds, recurring with their name written three ways -----------------


def test_an_interpreter_s_number_recurs_with_their_name_however_written() -> None:
    rng = random.Random("interpreters")
    interpreters = [
        (f"INT-{rng.randint(10_000, 99_999)}", given(rng), family(rng)) for _ in range(40)
    ]
    styles = [lambda g, f: f"{g} {f}", lambda g, f: f"{g} {f}".upper(), lambda g, f: f"{f}, {g}"]
    booked = [rng.choice(interpreters) for _ in range(N)]
    table = {
        "CLAIM_NO": [f"C{100_000 + i}" for i in range(N)],
        "INTERPRETER_ID": [code for code, _, _ in booked],
        "INTERPRETER": [rng.choice(styles)(g, f) for _, g, f in booked],
        "HOURS": [str(rng.randint(1, 6)) for _ in range(N)],
    }
    assert _kind(_found(table)["INTERPRETER_ID"]) == "ID"
    # codes that come with anyone at all are no one's
    shuffled = {**table, "INTERPRETER": rng.sample(table["INTERPRETER"], N)}
    assert not _found(shuffled)["INTERPRETER_ID"].personal


def test_a_volunteers_short_number_recurs_with_their_name_and_is_theirs() -> None:
    # a home library service's visits: each volunteer's letter and three digits, beside
    # their initial and family name, on each of their visits, under the service's own
    # abbreviation (HLS), which says nothing of whose the number is
    rng = random.Random("volunteers")
    volunteers = [
        (f"V{rng.randint(100, 999)}", f"{given(rng)[0]}. {family(rng)}") for _ in range(35)
    ]
    visits = [rng.choice(volunteers) for _ in range(N)]
    table = {
        **_people(rng),
        "hls_id": [code for code, _ in visits],
        "hls_nm": [name for _, name in visits],
    }
    assert _kind(_found(table)["hls_id"]) == "ID", _found(table)["hls_id"]
    # the same codes beside anyone at all are a round's or a shelf's
    shuffled = {**table, "hls_nm": rng.sample(table["hls_nm"], N)}
    assert not _found(shuffled)["hls_id"].personal


def test_what_supersedes_a_code_is_no_one() -> None:
    rng = random.Random("superseded")
    codes = [f"{rng.choice(['SIT', 'CHC', 'BSB', 'TLI'])}{digits(rng, 5)}" for _ in range(N)]
    table = {
        "NationalCode": codes,
        "Title": [
            rng.choice(["Certificate III in Hospitality", "Diploma of Nursing"]) for _ in range(N)
        ],
        "Status": [rng.choice(["Current", "Superseded"]) for _ in range(N)],
        "SupersededBy": [rng.choice([c, ""]) for c in rng.sample(codes, N)],
    }
    assert not _found(table)["SupersededBy"].personal
    assert not name_hints("SupersededBy").acting and name_hints("APPROVED_BY").acting


# -- 38. a pay run's amounts --------------------------------------------------------------------


@pytest.mark.parametrize("name", ["GROSS_AMT", "c11", "TAX_WHELD"])
def test_amounts_in_a_pay_run_are_income(name: str) -> None:
    rng = random.Random(name)
    table = {
        **_people(rng),
        "TFN": [identifiers.make_tfn(rng) for _ in range(N)],
        "BSB": [f"{rng.randint(10, 99)}{digits(rng, 1)}-{digits(rng, 3)}" for _ in range(N)],
        "ACCT_NO": [digits(rng, 8) for _ in range(N)],
        name: [f"{rng.uniform(400, 5000):.2f}" for _ in range(N)],
    }
    assert _kind(_found(table)[name]) == "INCOME"
    # payments to clients carry no TFN: their amounts are the payments' (unless tax is
    # withheld from them, below)
    payments = {k: v for k, v in table.items() if k != "TFN"}
    assert not _found(payments)[name].personal or name == "TAX_WHELD"


def test_expense_claims_with_a_tfn_for_a_few_honoraria_are_no_pay_run() -> None:
    # volunteers' claims for mileage and meals paid to their accounts; a TFN quoted only for
    # the few honoraria among them
    rng = random.Random("expense claims")
    kinds = [rng.choice(["Mileage", "Meals", "Mobile phone", "Honorarium"]) for _ in range(N)]
    table = {
        **_people(rng),
        "BSB": [f"{rng.randint(10, 99)}{digits(rng, 1)}-{digits(rng, 3)}" for _ in range(N)],
        "ACCT_NO": [digits(rng, 8) for _ in range(N)],
        "TFN": [identifiers.make_tfn(rng) if k == "Honorarium" else None for k in kinds],
        "CLAIM_TYPE": kinds,
        "AMT_CLAIMED": [f"{rng.uniform(20, 400):.2f}" for _ in range(N)],
    }
    assert not _found(table)["AMT_CLAIMED"].personal
    # a TFN on most rows makes the claims a pay run's payments
    table["TFN"] = [identifiers.make_tfn(rng) if rng.random() < 0.8 else None for _ in range(N)]
    assert _kind(_found(table)["AMT_CLAIMED"]) == "INCOME"


def test_amounts_paid_to_a_persons_account_with_tax_withheld_are_income() -> None:
    # weekly compensation paid to injured workers: no TFN, but tax withheld from each payment
    rng = random.Random("weekly compensation")
    gross = [rng.uniform(600, 2400) for _ in range(N)]
    table = {
        "PAYEE": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "BSB": [f"{rng.randint(10, 99)}{digits(rng, 1)}-{digits(rng, 3)}" for _ in range(N)],
        "ACCT_NO": [digits(rng, 8) for _ in range(N)],
        "GROSS_AMT": [f"{g:.2f}" for g in gross],
        "PAYG_WHELD": [f"{g * 0.19:.2f}" for g in gross],
        "PMT_TYPE": [rng.choice(["WKLY", "WKLY", "ARREARS", "LUMP"]) for _ in range(N)],
    }
    found = _found(table)
    for name in ("GROSS_AMT", "PAYG_WHELD"):
        assert _kind(found[name]) == "INCOME", found[name]
        assert "tax withheld" in found[name].entities[0].evidence
    # a flag that says whether tax was withheld says nothing of the amounts
    flagged = {**table, "PAYG_WHELD": [rng.choice(["Y", "N"]) for _ in range(N)]}
    assert not _found(flagged)["GROSS_AMT"].personal
    # nor is tax withheld from a business's invoices (the payees are businesses)
    suppliers = {
        **table,
        "PAYEE": [
            f"{family(rng)} {rng.choice(['Pty Ltd', 'Plumbing', 'Group'])}" for _ in range(N)
        ],
    }
    assert not _found(suppliers)["GROSS_AMT"].personal


def _paid_people(rng: random.Random) -> dict[str, list[Any]]:
    """People, each with a TFN, a BSB and an account: the rows of a pay run."""
    return {
        **_people(rng),
        "TFN": [identifiers.make_tfn(rng) for _ in range(N)],
        "BSB": [f"{rng.randint(10, 99)}{digits(rng, 1)}-{digits(rng, 3)}" for _ in range(N)],
        "ACCT": [digits(rng, 8) for _ in range(N)],
    }


def test_fixed_honoraria_in_a_pay_run_are_income_under_a_name_of_pay() -> None:
    # a sport's officials, paid one of a few fixed fees a match: few amounts, each often
    rng = random.Random("honoraria")
    fees = [f"{120 * k:.2f}" for k in range(1, 9)]
    table = {
        **_paid_people(rng),
        "GROSS": [rng.choice(fees) for _ in range(N)],
        "c11": [rng.choice(fees) for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["GROSS"]) == "INCOME", found["GROSS"]
    assert not found["c11"].personal  # a few amounts under no name: a fee schedule's


def test_the_debt_a_garnishee_order_seeks_is_no_pay() -> None:
    # a fines agency's garnishee orders: each debtor's TFN and bank account on the row,
    # and the amount sought from the bank or the employer, a debt
    rng = random.Random("garnishee")
    table = {
        **_paid_people(rng),
        "AMT_SOUGHT": [f"{rng.randint(200, 9000)}.{digits(rng, 2)}" for _ in range(N)],
        "NET_AMT": [f"{rng.randint(200, 9000)}.{digits(rng, 2)}" for _ in range(N)],
    }
    found = _found(table)
    assert not found["AMT_SOUGHT"].personal
    assert _kind(found["NET_AMT"]) == "INCOME"  # a pay run's, named as pay is


def test_sessions_paid_at_a_few_rates_in_a_pay_run_are_income_under_no_name() -> None:
    # sessional counsellors, paid for one to fourteen sessions at one of a few rates: many
    # amounts, each on a few rows, under no name
    rng = random.Random("sessions")
    table = {
        **_paid_people(rng),
        "c11": [f"{rng.randint(1, 14) * rng.choice([145, 165, 180]):.2f}" for _ in range(N)],
    }
    found = _found(table)["c11"]
    assert _kind(found) == "INCOME", found


def _staff(rng: random.Random, n: int = N) -> dict[str, list[Any]]:
    titles = ["Senior Policy Officer", "Field Technician", "Case Manager", "Team Leader",
              "Administration Officer", "Compliance Inspector"]  # fmt: skip
    return {
        "c01": [f"{given(rng)} {family(rng)}" for _ in range(n)],
        "c02": [rng.choice(titles) for _ in range(n)],
    }


def test_whole_dollars_of_a_years_salary_beside_staff_are_income_under_no_name() -> None:
    rng = random.Random("salaries")
    money = [lambda a: f"${a:,}", lambda a: f"{a}.00", str]
    salaries = [rng.choice(money)(rng.randint(70_000, 180_000)) for _ in range(N)]
    found = _found({**_staff(rng), "c03": salaries})["c03"]
    assert _kind(found) == "INCOME", found
    # staff numbers of five digits spread evenly; cost centres, forty over the staff
    numbers = [str(rng.randint(10_000, 99_999)) for _ in range(N)]
    assert not _found({**_staff(rng), "c03": numbers})["c03"].personal
    centres = [str(61_000 + rng.randrange(40) * 10) for _ in range(N)]
    assert not _found({**_staff(rng), "c03": centres})["c03"].personal


def test_dollars_and_cents_of_a_years_salary_beside_staff_are_income_under_no_name() -> None:
    # a salary pro rata, to the cent, among others in whole dollars
    rng = random.Random("salaries to the cent")
    money = [lambda a: f"${a:,.0f}", lambda a: f"{a:.2f}"]
    salaries = [rng.choice(money)(rng.uniform(60_000, 200_000)) for _ in range(N)]
    found = _found({**_staff(rng), "c03": salaries})["c03"]
    assert _kind(found) == "INCOME", found


def test_dollars_and_cents_an_hour_beside_staff_are_income_under_no_name() -> None:
    rng = random.Random("hourly rates")
    rates = [f"{rng.uniform(30, 80):.2f}" for _ in range(N)]
    found = _found({**_staff(rng), "c03": rates})["c03"]
    assert _kind(found) == "INCOME", found
    # hours worked in a fortnight, to the quarter hour, or in the public service's days of 7.6
    hours = [
        str(rng.randint(80, 320) / 4) if rng.random() < 0.8 else f"{7.6 * rng.randint(3, 10):.1f}"
        for _ in range(N)
    ]
    assert not _found({**_staff(rng), "c03": hours})["c03"].personal


def test_a_salary_on_each_of_a_rosters_shifts_is_income() -> None:
    # forty staff on six hundred shifts, each one's salary beside their number every time
    rng = random.Random("roster salaries")
    staff = [(f"E1{digits(rng, 5)}", rng.randint(70_000, 160_000)) for _ in range(40)]
    shifts = [rng.choice(staff) for _ in range(600)]
    table = {
        **_staff(rng, 600),
        "c03": [number for number, _ in shifts],
        "c04": [f"${salary:,}" for _, salary in shifts],
    }
    found = _found(table)
    assert _kind(found["c04"]) == "INCOME", found["c04"]
    # cost centres, each shared by several staff, are no one's
    centres = {number: str(61_000 + rng.randrange(8) * 10) for number, _ in staff}
    table["c04"] = [centres[number] for number, _ in shifts]
    assert not _found(table)["c04"].personal


def test_amounts_paid_as_salary_to_bank_accounts_are_income() -> None:
    # a pay run's bank file: no TFN, but each transfer is described as salary
    rng = random.Random("eft salary")
    table = {
        **_people(rng),
        "BSB": [f"{rng.randint(10, 99)}{digits(rng, 1)}-{digits(rng, 3)}" for _ in range(N)],
        "ACCT_NO": [digits(rng, 8) for _ in range(N)],
        "NET_AMT": [f"{rng.uniform(900, 5000):.2f}" for _ in range(N)],
        "LODGEMENT_REF": ["EPA SALARY PE270625"] * N,
    }
    found = _found(table)
    assert _kind(found["NET_AMT"]) == "INCOME", found["NET_AMT"]
    assert "paid as salary" in found["NET_AMT"].entities[0].evidence
    # described as a benefit, the payments are the payments'
    benefits = {
        **table,
        "LODGEMENT_REF": [rng.choice(["Rent assistance", "Living allowance"]) for _ in range(N)],
    }
    assert not _found(benefits)["NET_AMT"].personal


def _payees(rng: random.Random, bsb: Any) -> dict[str, list[Any]]:
    """A payment file with no header: a payee, a six-digit BSB or code, an account."""
    payees = [
        (f"{given(rng)} {family(rng)}".upper(), bsb(rng), digits(rng, rng.choice([6, 8, 9, 10])))
        for _ in range(200)
    ]
    rows = [rng.choice(payees) for _ in range(N)]
    return {
        "c01": [name for name, _, _ in rows],
        "c02": [code for _, code, _ in rows],
        "c03": [account for _, _, account in rows],
        "c04": [f"{rng.uniform(100, 900):.2f}" for _ in rows],
    }


def _bank_bsb(rng: random.Random) -> str:
    # a bank's two digits (Westpac, CBA, NAB, ANZ...), a state's (2 to 7), the branch's three
    return f"{rng.choice(['03', '06', '08', '01', '11', '48'])}{rng.randint(2, 7)}{digits(rng, 3)}"


def test_bsbs_without_their_dash_before_account_numbers_are_bsbs() -> None:
    found = _found(_payees(random.Random("undashed"), _bank_bsb))
    assert _kind(found["c02"]) == "AU_BSB", found["c02"]
    assert "without a dash" in found["c02"].entities[0].evidence
    assert _kind(found["c03"]) == "BANK_ACCOUNT", found["c03"]


@pytest.mark.parametrize(
    "code",
    [
        lambda rng: str(
            rng.randint(100_000, 999_999)
        ),  # any six digits: a third of them no state's
        lambda rng: recent(rng).strftime("%y%m%d"),  # a date's six digits
    ],
)
def test_other_six_digit_codes_before_account_numbers_are_no_bsbs(code: Any) -> None:
    found = _found(_payees(random.Random("codes"), code))
    assert _kind(found["c02"]) != "AU_BSB", found["c02"]


# -- 39. the records an access log touched ------------------------------------------------------


def _access_log(rng: random.Random, kinds: list[str], keys: list[str]) -> dict[str, list[Any]]:
    logins = [f"{given(rng)[0]}{family(rng)}".lower() for _ in range(40)]
    return {
        "column_1": [f"2025-07-01T{i // 60 % 24:02d}:{i % 60:02d}:00" for i in range(N)],
        "column_2": [rng.choice(logins) for _ in range(N)],
        "column_3": [
            f"10.{rng.randint(1, 40)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}" for _ in range(N)
        ],
        "column_4": [rng.choice(["VIEW", "UPDATE", "EXPORT", "PRINT", "SEARCH"]) for _ in range(N)],
        "column_5": kinds,
        "column_6": keys,
        "column_7": [f"WS-{rng.randint(1000, 1030)}" for _ in range(N)],  # a few workstations
        "column_8": [str(rng.randint(20, 9000)) for _ in range(N)],  # milliseconds taken
    }


def test_the_keys_of_peoples_records_in_an_access_log_are_their_ids() -> None:
    rng = random.Random("access log")
    kinds = [rng.choice(["CLIENT", "CLIENT", "CASE", "REPORT"]) for _ in range(N)]
    keys = [
        rng.choice(["RPT_OPEN_CASES", "RPT_KPI"]) if kind == "REPORT" else digits(rng, 8)
        for kind in kinds
    ]
    found = _found(_access_log(rng, kinds, keys))
    assert _kind(found["column_6"]) == "ID"
    assert not found["column_7"].personal and not found["column_8"].personal
    # the kind written with the act (QUERY_PERSON), under a name that says it is a key
    acts = [rng.choice(["QUERY_PERSON", "VIEW_PERSON", "VIEW_EVENT", "LOGIN"]) for _ in range(N)]
    named = {
        "EVT_TS": [f"2025-07-01 00:{i % 60:02d}:00" for i in range(N)],
        "USER_ID": _access_log(rng, kinds, keys)["column_2"],
        "ACTION": acts,
        "SUBJECT_REF": [f"25{digits(rng, 7)}" for _ in range(N)],
    }
    assert _kind(_found(named)["SUBJECT_REF"]) == "ID"
    # an entity is a log's word for a kind of record, not an organisation
    log = _access_log(rng, kinds, keys)
    entities = dict(zip(["EVENT_TS", "USER_ID", "SRC_IP", "ACTION", "ENTITY", "ENTITY_KEY"],
                        list(log.values())[:6], strict=True))  # fmt: skip
    assert _kind(_found(entities)["ENTITY_KEY"]) == "ID"


@pytest.mark.parametrize(
    "acts",
    [
        # a prison's records, of their own kind
        ["VIEW PRISONER", "UPDATE PRISONER", "PRINT VISIT", "SEARCH ORDER"],
        # an electoral roll's: electors looked up, their details changed
        ["VIEW_ELECTOR", "UPDATE_ADDR", "UPDATE_PHONE", "MERGE_DUP", "LOGIN"],
        # a motor registry's: a customer's record, a flag set, a notice issued, a licence
        ["VIEW_CUST", "MED_FLAG_SET", "ISSUE_NOTICE", "PRINT_LIC", "SEARCH_NAME"],
        # a trustee's: a client's will uplifted from safe custody
        ["VIEW_CLIENT", "VIEW_CLIENT", "VIEW_WILL", "UPLIFT_WILL", "UPLIFT_WILL"],
        # a sheriff's: debtors' records and the warrants against them
        ["VIEW_DEBTOR", "UPDATE_DEBTOR", "VIEW_WARRANT", "SEARCH", "LOGIN"],
    ],
)
def test_the_records_a_log_touched_are_known_by_more_of_their_kinds(acts: list[str]) -> None:
    rng = random.Random(acts[0])
    people = [f"{rng.choice(['', 'CCO-23-'])}{digits(rng, 7)}" for _ in range(N)]
    # a log extracted without its header
    table = {
        "column_1": [f"2025-07-01 00:{i % 60:02d}:00" for i in range(N)],
        "column_2": [f"{given(rng)[0]}{family(rng)}".lower() for _ in range(N)],
        "column_3": [f"10.4.{rng.randint(0, 255)}.{rng.randint(1, 254)}" for _ in range(N)],
        "column_4": [rng.choice(acts) for _ in range(N)],
        "column_5": [rng.choice(people) for _ in range(N)],
        # (each line's own transaction, once a line)
        "column_6": [digits(rng, 9) for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["column_5"]) == "ID", found["column_5"]
    assert not found["column_6"].personal


def test_other_keys_of_an_access_log_are_no_ones() -> None:
    rng = random.Random("other keys")
    assets = [rng.choice(["ASSET", "REPORT", "CODE_TABLE"]) for _ in range(N)]
    keys = [f"AS-{digits(rng, 6)}" for _ in range(N)]
    assert not _found(_access_log(rng, assets, keys))["column_6"].personal  # no one's records
    clients = ["CLIENT"] * N
    uuids = [f"{digits(rng, 8)}-4b2c-9d1e-{digits(rng, 12)}" for _ in range(N)]
    counted = [str(88000001 + i) for i in range(N)]  # the log's own events, counted
    for other in (uuids, counted):
        assert not _found(_access_log(rng, clients, other))["column_6"].personal
    # a register's statuses (open, closed) are no user's acts
    register = {
        "column_1": [digits(rng, 8) for _ in range(N)],
        "column_2": [rng.choice(["OPEN", "CLOSED"]) for _ in range(N)],
        "column_3": [rng.choice(["COMPLAINT", "ENQUIRY"]) for _ in range(N)],
        "column_4": [f"2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}" for _ in range(N)],
    }
    assert not _found(register)["column_1"].personal


# -- 40. an HL7 results feed --------------------------------------------------------------------


def test_an_hl7_results_feed_is_read_by_its_fields() -> None:
    rng = random.Random("hl7")
    tests = [
        ("NA^Sodium^2951-2", "mmol/L", "135-145"),
        ("K^Potassium^2823-3", "mmol/L", "3.5-5.2"),
        ("CREAT^Creatinine^2160-0", "umol/L", "45-90"),
    ]
    rows = [rng.choice(tests) for _ in range(N)]
    table = {
        "PID_3": [f"MRN{digits(rng, 7)}" for _ in range(N)],
        "PID_5": [f"{family(rng).upper()}^{given(rng).upper()}" for _ in range(N)],
        "PID_7": [birth(rng, 1, 95).strftime("%Y%m%d") for _ in range(N)],
        "OBR_4": [
            rng.choice(["EUC^Electrolytes urea creatinine", "FBC^Full blood count"])
            for _ in range(N)
        ],
        "OBX_3": [test for test, _, _ in rows],
        "OBX_5": [rng.choice(["137", "4.6", ">90", "121"]) for _ in range(N)],
        "OBX_6": [unit for _, unit, _ in rows],
        "OBX_7": [limits for _, _, limits in rows],
        "OBX_8": [rng.choice(["N", "H", "L", ""]) for _ in range(N)],
        "OBR_16": [
            f"{digits(rng, 6)}{rng.choice('ABJK')}^{family(rng).upper()}^{given(rng).upper()}"
            for _ in range(N)
        ],
        "PV1_3": [rng.choice(["RPA^WARD 7", "RPA^ED"]) for _ in range(N)],
    }
    found = _found(table)
    expected = {
        "PID_5": "PERSON", "PID_7": "DATE_OF_BIRTH", "OBR_4": "HEALTH", "OBX_3": "HEALTH",
        "OBX_5": "HEALTH", "OBX_8": "HEALTH", "OBR_16": "PERSON",
    }  # fmt: skip
    assert {name: _kind(found[name]) for name in expected} == expected
    assert not any(found[name].personal for name in ("OBX_6", "OBX_7", "PV1_3"))
    # names written as HL7 writes them are names whatever the column is called
    # and so are addresses, their parts set apart by carets (street^^suburb^state^postcode)
    addresses = [
        f"{_address(rng).split(',')[0]}^^{rng.choice(SUBURBS).upper()}^NSW^2{digits(rng, 3)}^AUS"
        for _ in range(N)
    ]
    unnamed = {
        **_people(rng),
        "column_9": table["PID_5"],
        "column_10": table["OBR_16"],
        "column_11": addresses,
    }
    found = _found(unnamed)
    assert _kind(found["column_9"]) == "PERSON" and _kind(found["column_10"]) == "PERSON"
    assert _kind(found["column_11"]) == "ADDRESS"


# -- 41. a reference table of codes, and a budget's DOB -----------------------------------------


def test_a_reference_table_of_codes_in_effect_is_no_one_s() -> None:
    rng = random.Random("reference codes")
    natures = ["Fracture of distal radius", "Laceration of hand", "Post-traumatic stress disorder"]
    parts = ["Shoulder", "Lower back", "Wrist", "Knee"]
    table = {
        "NATURE_CD": [f"{rng.choice('ABC')}{rng.randint(10, 99)}" for _ in range(N)],
        "NATURE_DESC": [rng.choice(natures) for _ in range(N)],
        "BODYLOC_DESC": [rng.choice(parts) for _ in range(N)],
        "EXP_DUR_WKS": [str(rng.randint(1, 52)) for _ in range(N)],
        "EFF_FROM": ["2019-07-01"] * N,
        "EFF_TO": [rng.choice(["", "2024-06-30"]) for _ in range(N)],
    }
    found = _found(table)
    assert not any(f.personal for f in found.values()), found
    # a client's injuries, valid from a date, are the client's
    clients = {**_people(rng), **table}
    assert _kind(_found(clients)["NATURE_DESC"]) == "HEALTH"


_OFFENCES = [
    ("Murder", "Homicide and related offences"),
    ("Manslaughter", "Homicide and related offences"),
    ("Assault occasioning actual bodily harm", "Acts intended to cause injury"),
    ("Common assault", "Acts intended to cause injury"),
    ("Stalking and intimidation", "Acts intended to cause injury"),
    ("Shoplifting", "Theft and related offences"),
    ("Theft of a motor vehicle", "Theft and related offences"),
    ("Break, enter and steal", "Unlawful entry with intent"),
    ("Possess prohibited drug", "Illicit drug offences"),
    ("Supply prohibited drug", "Illicit drug offences"),
    ("Drink driving", "Traffic and vehicle regulatory offences"),
    ("Breach of apprehended violence order", "Offences against justice procedures"),
    ("Breach of bail conditions", "Offences against justice procedures"),
    ("Fraud", "Fraud, deception and related offences"),
]


def test_a_list_of_codes_and_their_meanings_without_a_header_is_no_one_s() -> None:
    # each code always with one offence, and each offence with one code; the division told
    # by the code
    rng = random.Random("offence codes")
    rows = [(f"OF{i:04d}", *offence) for i, offence in enumerate(_OFFENCES * 3)]
    rows = [
        (code, f"{what} (version {v})", division) for v, (code, what, division) in enumerate(rows)
    ]
    table = {
        "column_1": [code for code, _, _ in rows],
        "column_2": [what for _, what, _ in rows],
        "column_3": [division for _, _, division in rows],
        "column_4": [rng.choice(["Y", "N"]) for _ in rows],
    }
    found = _found(table)
    assert not any(f.personal for f in found.values()), found
    # offences repeated down people's records, with their ages: the people's
    charged = [rng.choice(_OFFENCES) for _ in range(N)]
    records = {
        "column_1": [f"OF{rng.randint(0, 9999):04d}" for _ in range(N)],
        "column_2": [what for what, _ in charged],
        "column_3": [division for _, division in charged],
        "column_4": [str(rng.randint(18, 70)) for _ in range(N)],
    }
    assert _kind(_found(records)["column_2"]) == "CRIMINAL_RECORD"
    # rows each once under their own number: each row's card is told by it too, and the
    # card's holder is someone, whose state stays theirs
    cards = {
        "column_1": [str(700_000 + i) for i in range(N)],
        "column_2": [_card_number(rng) for _ in range(N)],
        "column_3": [rng.choice(["NSW", "VIC", "QLD", "WA"]) for _ in range(N)],
    }
    found = _found(cards)
    assert _kind(found["column_2"]) == "CREDIT_CARD"
    assert _kind(found["column_3"]) == "LOCATION"


def test_a_list_of_code_sets_their_codes_and_meanings_is_no_one_s() -> None:
    # a headerless extract of several code sets: each set's name, then its code, then what
    # the code means; only the two together say which meaning
    rng = random.Random("code sets")
    conditions = [
        "Paranoid schizophrenia", "Bipolar affective disorder", "Anorexia nervosa",
        "Post-traumatic stress disorder", "Generalised anxiety disorder", "Opioid dependence",
    ]  # fmt: skip
    rows = [
        ("DX", f"F{i:02d}.{v}", f"{what} ({v})")
        for i, what in enumerate(conditions)
        for v in range(4)
    ]
    rows += [("OFFENCE", f"{i:02d}", what) for i, (what, _) in enumerate(_OFFENCES)]
    rows += [("WARD", f"{i:02d}", f"Ward {i}") for i in range(12)]  # the same codes, other sets
    table = {
        "column_1": [kind for kind, _, _ in rows],
        "column_2": [code for _, code, _ in rows],
        "column_3": [what for _, _, what in rows],
        "column_4": [rng.choice(["2015-07-01", "2019-07-01"]) for _ in rows],
        "column_5": [rng.choice(["Y", "N"]) for _ in rows],
    }
    found = _found(table)
    assert not any(f.personal for f in found.values()), found
    # people's records: a status, an episode's number, and each one's diagnoses
    records = {
        "column_1": [rng.choice(["OPEN", "CLOSED"]) for _ in range(N)],
        "column_2": [f"E{digits(rng, 6)}" for _ in range(N)],
        "column_3": [rng.choice(conditions) for _ in range(N)],
        "column_4": [str(rng.randint(18, 70)) for _ in range(N)],
    }
    assert _kind(_found(records)["column_3"]) == "HEALTH"


def test_a_dob_that_makes_everyone_a_young_child_in_a_table_of_adults_is_no_birth() -> None:
    # a register of banning orders: each worker's "dob" the day of the decision, in the last
    # six years, where births would make them all under ten
    rng = random.Random("banned")
    decided = [recent(rng, 6).strftime("%d/%m/%Y") for _ in range(N)]
    table = {
        "Name": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "Former role": [rng.choice(["Cook", "Registered nurse", "Gardener"]) for _ in range(N)],
        "dob": decided,
    }
    assert not _found(table)["dob"].personal
    # babies beside their mothers, and a child health check's children, are born so
    for young in ("MOTHER_NAME", "chld_weight_kg", "IMMUNISATION_STATUS"):
        children = {**table, young: [rng.choice(["A", "B", "C"]) for _ in range(N)]}
        assert _kind(_found(children)["dob"]) == "DATE_OF_BIRTH", young
    # births over a lifetime stay births
    adults = {**table, "dob": [birth(rng, 18, 90).strftime("%d/%m/%Y") for _ in range(N)]}
    assert _kind(_found(adults)["dob"]) == "DATE_OF_BIRTH"


def test_a_dob_of_childrens_ages_beside_an_adults_date_of_birth_is_no_birth() -> None:
    # a banning order's decision, over the last eleven years, under "dob", beside the
    # worker's own date of birth: forty years apart, as a parent's and a child's may be
    rng = random.Random("second dob")
    table = {
        "person_name": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "date_of_birth": [birth(rng, 25, 70).strftime("%d/%m/%Y") for _ in range(N)],
        "dob": [recent(rng, 11).strftime("%d/%m/%Y") for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["date_of_birth"]) == "DATE_OF_BIRTH"
    assert not found["dob"].personal
    # a child's birth named for whose it is stays a birth beside the parent's
    children = {**table, "child_dob": table.pop("dob")}
    assert _kind(_found(children)["child_dob"]) == "DATE_OF_BIRTH"


def test_a_dob_of_last_year_s_dates_alone_in_a_budget_is_no_birth() -> None:
    rng = random.Random("budget dob")
    approved = [recent(rng, 1.0).strftime("%d/%m/%Y") for _ in range(N)]
    budget = {
        "COST_CENTRE": [f"CC{rng.randint(1000, 1100)}" for _ in range(N)],
        "GL_ACCT": [str(rng.randint(50000, 59999)) for _ in range(N)],
        "BUDGET_AMT": [f"{rng.uniform(1e3, 1e6):.2f}" for _ in range(N)],
        "YTD_ACTUAL": [f"{rng.uniform(1e3, 1e6):.2f}" for _ in range(N)],
        "dob": approved,
    }
    assert not _found(budget)["dob"].personal
    # births of a lifetime stay births, and so do recent ones in a short extract
    lifetimes = {**budget, "dob": [birth(rng, 18, 90).strftime("%d/%m/%Y") for _ in range(N)]}
    assert _kind(_found(lifetimes)["dob"]) == "DATE_OF_BIRTH"
    short = {"dob": approved, "BUDGET_AMT": budget["BUDGET_AMT"]}
    assert _kind(_found(short)["dob"]) == "DATE_OF_BIRTH"


# -- 42. an Indigenous status under ABTSI, a card's expiry in three forms, a risk of self-harm ---


def test_abtsi_expiries_in_three_forms_and_a_risk_of_self_harm() -> None:
    rng = random.Random("abtsi")
    table = {
        **_people(rng),
        "ABTSI_CD": [rng.choice("41239") for _ in range(N)],
        "card_exp": [
            rng.choice([f"{m:02d}/{y}", f"{m:02d}{y}", f"20{y}-{m:02d}"])
            for m, y in ((rng.randint(1, 12), rng.randint(25, 30)) for _ in range(N))
        ],
        "self_harm_risk": [
            rng.choice(["LOW", "MEDIUM", "HIGH - constant observation", "NOT ASSESSED"])
            for _ in range(N)
        ],
        "PRIORITY": [rng.choice(["LOW", "MEDIUM", "HIGH"]) for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["ABTSI_CD"]) == "ETHNICITY"
    assert _kind(found["card_exp"]) == "CREDIT_CARD"
    assert _kind(found["self_harm_risk"]) == "VULNERABILITY"
    assert not found["PRIORITY"].personal  # a rating of what, the name does not say


def _card_number(rng: random.Random) -> str:
    body = "4" + digits(rng, 14)
    return next(body + str(d) for d in range(10) if identifiers.luhn_ok(body + str(d)))


def test_expiries_in_three_forms_beside_an_unnamed_card_are_the_cards() -> None:
    rng = random.Random("unnamed expiries")
    cards = [_card_number(rng) for _ in range(N)]
    expiries = [
        rng.choice([f"{m:02d}/{y}", f"{m:02d}{y}", f"{m:02d}/20{y}"])
        for m, y in ((rng.randint(1, 12), rng.randint(25, 30)) for _ in range(N))
    ]
    found = _found({**_people(rng), "c05": cards, "c06": expiries})
    assert _kind(found["c06"]) == "CREDIT_CARD"
    assert "card expiry" in found["c06"].entities[0].evidence
    # scores written with a slash (13/45) have no month: no expiry
    amounts = [f"{rng.randint(13, 99)}/{rng.randint(10, 99)}" for _ in range(N)]
    assert not _found({**_people(rng), "c05": cards, "c06": amounts})["c06"].personal


def test_apprehended_violence_orders_in_a_history_are_a_vulnerability() -> None:
    rng = random.Random("avo history")
    history = [
        "None disclosed",
        "Historical - ex-partner (AVO expired)",
        "Victim-survivor - supported",
        "Current AVO in place",
    ]
    offences = ["Assault occasioning bodily harm", "Theft", "Drink driving", "Breach of AVO"]
    table = {
        **_people(rng),
        "dv_history": [rng.choice(history) for _ in range(N)],
        "OFFENCE": [rng.choice(offences) for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["dv_history"]) == "VULNERABILITY"
    assert _kind(found["OFFENCE"]) == "CRIMINAL_RECORD"  # a breach among offences is one


# -- 43. an assessment's flags, a practice named a service, a licence's conditions ---------------


def test_a_cognitive_impairment_and_a_suspected_risk_of_abuse_are_sensitive() -> None:
    rng = random.Random("acat")
    table = {
        **_people(rng),
        "COG_IMP": [rng.choice(["Y", "N", "Unknown"]) for _ in range(N)],
        "ABUSE_RISK": [rng.choice(["Y", "N", "N", "Suspected", None]) for _ in range(N)],
        "IMMUN_UTD": [rng.choice("YN") for _ in range(N)],
        "COMPLEX_IND": [rng.choice(["Y", "N", "Suspected"]) for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["COG_IMP"]) == "HEALTH"
    assert _kind(found["IMMUN_UTD"]) == "HEALTH"
    assert _kind(found["ABUSE_RISK"]) == "VULNERABILITY"
    assert not found["COMPLEX_IND"].personal  # a flag of what, the name does not say


def test_a_practice_named_as_an_aboriginal_health_service_is_no_ones_origin() -> None:
    rng = random.Random("gp practice")
    practices = [
        "Ellen Street Aboriginal Health Service", "Harbour Aboriginal Health Service",
        "Main North Clinic", "Harbour Medical Centre", "Barkly Clinic", "Northside Clinic",
    ]  # fmt: skip
    table = {
        **_people(rng),
        "GP_PRACTICE": [rng.choice(practices) for _ in range(N)],
        "INDIG_STATUS": [
            rng.choice(["Aboriginal", "Neither", "Neither", "Both"]) for _ in range(N)
        ],
    }
    found = _found(table)
    assert "ETHNICITY" not in {e.type for e in found["GP_PRACTICE"].entities}
    assert _kind(found["INDIG_STATUS"]) == "ETHNICITY"


def test_a_licences_conditions_are_no_health_for_their_name() -> None:
    rng = random.Random("licence conditions")
    conditions = [
        "Noise limit 40 dB(A) at night at the nearest receiver.",
        "Bunding of 110% capacity for all liquid storage.",
        "Dust must not leave the premises boundary.",
        "Stack testing for particulates every six months.",
        None,
    ]
    table = {**_people(rng), "CONDITION_SUMMARY": [rng.choice(conditions) for _ in range(N)]}
    assert not _found(table)["CONDITION_SUMMARY"].personal
    # a patient's conditions in sentences name them
    notes = ["Type 2 diabetes, diet controlled since 2019.", "Asthma, uses a preventer daily."]
    patients = {**_people(rng), "CONDITION_SUMMARY": [rng.choice(notes) for _ in range(N)]}
    assert _kind(_found(patients)["CONDITION_SUMMARY"]) == "HEALTH"


_BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.{v} Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_{v} like Mac OS X) AppleWebKit/605.1.15",
]


def _browser(rng: random.Random) -> str:
    return rng.choice(_BROWSERS).format(v=rng.randint(100, 130))


@pytest.mark.parametrize("name", ["user_agent", "column_9"])
def test_a_logs_user_agents_are_the_requests_and_a_registers_are_its_peoples(name: str) -> None:
    rng = random.Random(f"agents {name}")
    users = [f"{given(rng)[0]}{family(rng)}".lower() for _ in range(25)]
    log = {
        "event_ts": [
            f"2025-06-{rng.randint(1, 30):02d}T{rng.randint(0, 23):02d}:14:03" for _ in range(N)
        ],
        "user_login": [rng.choice(users) for _ in range(N)],
        "src_ip": [f"203.0.{rng.randint(0, 255)}.{rng.randint(1, 254)}" for _ in range(N)],
        "action": [rng.choice(["VIEW", "UPDATE", "EXPORT", "LOGIN"]) for _ in range(N)],
        name: [_browser(rng) for _ in range(N)],
    }
    found = _found(log)
    assert not found[name].personal
    assert _kind(found["user_login"]) == "USERNAME"
    # one row a person, each with the browser they signed up from: a trait of theirs
    register = {
        "full_name": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "email": [f"{given(rng).lower()}.{family(rng).lower()}{i}@example.com" for i in range(N)],
        name: [_browser(rng) for _ in range(N)],
    }
    assert _kind(_found(register)[name]) == "USER_AGENT"


# -- 44. a business's numbers in its dealings with the agency -------------------------------------

# companies, associations and traders under trading names, as a supplier list mixes them
_SUPPLIERS = [*_FIRMS, *_TRADING_NAMES, "Khoury Roof Restorations", "Haddad Air Conditioning"]


@pytest.mark.parametrize(
    ("number", "names"),
    [
        ("SUPP_ABN", "SUPPLIER"),
        ("contractor_abn", "contractor"),
        ("prov_abn", "provider_name"),
        ("EMP_ABN", "EMPLOYER"),
        ("vend_abn", "vendor"),
    ],
)
@pytest.mark.parametrize("people", [True, False])
def test_a_suppliers_numbers_are_the_suppliers_trading_names_and_all(
    number: str, names: str, people: bool
) -> None:
    # an asset register's suppliers, a maintenance job's contractor, a voucher's activity
    # provider: businesses in their dealings with the agency, sole traders among them
    rng = random.Random(f"{number} {people}")
    abns = {name: identifiers.make_abn(rng) for name in _SUPPLIERS}
    picks = [rng.choice(_SUPPLIERS) for _ in range(N)]
    table = {
        **(_people(rng) if people else {"ASSET_NO": [f"A{at:06d}" for at in range(N)]}),
        names: picks,
        number: [abns[name] for name in picks],
        "AMOUNT": [f"{rng.uniform(50, 9000):.2f}" for _ in range(N)],
    }
    assert not _found(table)[number].personal
    # the same role beside people's own names: sole traders by their names, theirs
    owners = {f"{given(rng)} {family(rng)}": identifiers.make_abn(rng) for _ in range(40)}
    picks = [rng.choice(list(owners)) for _ in range(N)]
    table[names] = picks
    table[number] = [owners[name] for name in picks]
    assert _kind(_found(table)[number]) is not None
    # businesses with sole traders by their own names among them: theirs may be a person's
    holders = {**abns, **dict(list(owners.items())[:12])}
    picks = [rng.choice(list(holders)) for _ in range(N)]
    table[names] = picks
    table[number] = [holders[name] for name in picks]
    assert _kind(_found(table)[number]) is not None


def test_a_number_with_no_role_of_a_business_stays_its_holders() -> None:
    # licensees and payees are whoever holds the licence or is paid: sole traders by name
    # (in a register led by a person, a licensee's manager, the number may be theirs)
    rng = random.Random("licensees")
    abns = {name: identifiers.make_abn(rng) for name in _SUPPLIERS}
    picks = [rng.choice(_SUPPLIERS) for _ in range(N)]
    table = {
        **_people(rng),
        "licensee": picks,
        "licensee_abn": [abns[name] for name in picks],
        "LIC_CLASS": [rng.choice("ABC") for _ in range(N)],
    }
    assert _kind(_found(table)["licensee_abn"]) == "AU_ABN"


def test_a_bank_account_beside_the_businesses_a_table_pays_is_theirs() -> None:
    # a vendor payment run: its BSBs and accounts are where the suppliers are paid
    rng = random.Random("vendors")
    picks = [rng.choice(_SUPPLIERS) for _ in range(N)]
    accounts = {name: (f"{digits(rng, 3)}-{digits(rng, 3)}", digits(rng, 8)) for name in _SUPPLIERS}
    table = {
        "INV_NO": [f"INV-{rng.randint(1000, 99999)}" for _ in range(N)],
        "SUPPLIER": picks,
        "BSB": [accounts[name][0] for name in picks],
        "ACCT": [accounts[name][1] for name in picks],
        "AMT_EX_GST": [f"{rng.uniform(50, 90000):.2f}" for _ in range(N)],
        "PAY_DT": [recent(rng, 1).isoformat() for _ in range(N)],
    }
    found = _found(table)
    assert not found["ACCT"].personal and not found["BSB"].personal
    # where no column names a business, whose the account is goes unsaid
    table["SUPPLIER"] = [f"S{digits(rng, 5)}" for _ in range(N)]
    assert _found(table)["ACCT"].personal


def test_a_number_given_only_to_the_kinds_of_entity_that_are_bodies_is_theirs() -> None:
    # donors: people, and businesses under trading names; the ABN is written for the
    # businesses only, as the donor type says
    rng = random.Random("donors")
    rows = []
    for _ in range(N):
        if rng.random() < 0.6:
            rows.append((f"{family(rng).upper()}, {given(rng)}", "individual", None))
        else:
            kind = rng.choice(["organisation", "ORG", "entity"])
            rows.append((rng.choice(_SUPPLIERS), kind, identifiers.make_abn(rng)))
    table = {
        "donor_name": [name for name, _, _ in rows],
        "donor_type": [kind for _, kind, _ in rows],
        "donor_abn": [abn for _, _, abn in rows],
        "amount": [str(rng.choice([250, 500, 1000, 1500])) for _ in range(N)],
    }
    assert not _found(table)["donor_abn"].personal
    # a sole trader's kind with a number: a person's among them
    kinds = ["Sole Trader" if abn and rng.random() < 0.2 else kind for _, kind, abn in rows]
    table["donor_type"] = kinds
    assert _kind(_found(table)["donor_abn"]) == "AU_ABN"


def test_a_word_written_for_no_abn_does_not_make_the_numbers_shared() -> None:
    # a register of licensed tradespeople: those with no ABN are written "Not registered",
    # which comes back beside everyone; the numbers are each licensee's own
    rng = random.Random("tradespeople")
    abns = [
        "Not registered" if rng.random() < 0.15 else identifiers.make_abn(rng) for _ in range(N)
    ]
    table = {
        "LIC_NO": [f"{digits(rng, 6)}C" for _ in range(N)],
        "SURNAME": [family(rng).upper() for _ in range(N)],
        "GIVEN_NAMES": [given(rng) for _ in range(N)],
        "DOB": [birth(rng, 20, 70).isoformat() for _ in range(N)],
        "ABN": abns,
    }
    assert _kind(_found(table)["ABN"]) == "AU_ABN"


@pytest.mark.parametrize("name", ["DEALER_LIC", "dealer_licence_no"])
def test_a_dealers_licence_is_the_dealers(name: str) -> None:
    # a firearm's record names the dealer that sold it by the dealer's licence: a business's
    rng = random.Random(name)
    dealers = [f"D{digits(rng, 6)}" for _ in range(120)]
    table = {
        **_people(rng),
        "SERIAL": [f"{rng.choice('ABCK')}{digits(rng, 7)}" for _ in range(N)],
        name: [rng.choice(dealers) for _ in range(N)],
    }
    assert not _found(table)[name].personal


_ROLES_SHORT = [
    "PTCPNT_ID", "prtcpnt_no", "JSK_ID", "chld_ref", "OFFNDR_NO", "wkr_id", "YP_ID", "cyp_no",
    "Cand_ID", "CANDIDATE_NO", "nominee_ref",
    # a volunteer's, a donor's, a reader's (a library's reader ticket), an analyst's
    "VOL_ID", "vlntr_no", "DNR_ID", "RDR_TKT", "reader_ticket", "ANALYST_ID",
]  # fmt: skip


@pytest.mark.parametrize("name", _ROLES_SHORT)
def test_a_persons_number_under_an_abbreviation_without_vowels(name: str) -> None:
    # (and youth justice's and child protection's young person, YP and CYP; an election's or
    # an exam's candidate, a nominee)
    # a key the agency gives each person, under its role written short; one row each
    rng = random.Random(name)
    table = {
        name: [f"{rng.choice('ABCDEFGH')}{digits(rng, 7)}" for _ in range(N)],
        "STATUS": [rng.choice(["Active", "Closed", "Suspended"]) for _ in range(N)],
        "REGION": [rng.choice(["North", "South", "East", "West"]) for _ in range(N)],
    }
    assert _kind(_found(table)[name]) == "ID"


# -- 45. a person's initials, named as such ----------------------------------------------------


@pytest.mark.parametrize("name", ["INITS", "client_initials", "MID_INIT", "GIVEN_INIT", "fst_init"])
def test_initials_named_as_such_are_part_of_a_persons_name(name: str) -> None:
    rng = random.Random(name)
    initials = [
        rng.choice(["{}", "{}.", "{}{}", "{}. {}."]).format(*rng.sample("ABCDEGHJKLMPRSTW", 2))
        for _ in range(N)
    ]
    assert _kind(_found({**_people(rng), name: initials})[name]) == "PERSON"
    # a grade named for an initial assessment, a flag: no one's initials
    grades = [rng.choice("ABCDE") for _ in range(N)]
    assert not _found({**_people(rng), "INITIAL_GRADE": grades})["INITIAL_GRADE"].personal
    flags = [rng.choice("YN") for _ in range(N)]
    assert not _found({**_people(rng), name: flags})[name].personal


def test_initials_under_no_name_are_part_of_a_persons_name() -> None:
    # a program's participants by their initials only, written as people write them
    rng = random.Random("unnamed initials")
    initials = [
        rng.choice(["{}{}", "{}.{}.", "{} {}", "{}.{}.{}."]).format(
            *rng.sample(string.ascii_uppercase, 3)
        )
        for _ in range(N)
    ]
    table = {
        "c01": [f"P{digits(rng, 6)}" for _ in range(N)],
        "c02": [birth(rng, 18, 70).isoformat() for _ in range(N)],
        "c03": initials,
    }
    assert _kind(_found(table)["c03"]) == "PERSON", _found(table)["c03"]
    # two letters written together, as a code list writes them, are no one's
    table["c03"] = [
        f"{rng.choice('ABCDEFGH')}{rng.choice(string.ascii_uppercase)}" for _ in range(N)
    ]
    assert not _found(table)["c03"].personal
    # and a few parted ones are a roster's shift patterns
    table["c03"] = [rng.choice(["A B", "B C", "C A", "D N", "N D"]) for _ in range(N)]
    assert not _found(table)["c03"].personal


def test_sal_over_a_years_pay_is_a_salary_and_over_titles_a_salutation() -> None:
    rng = random.Random("sal")
    pay = [
        rng.choice(["${:,}", "{}.00", "{}"]).format(rng.randint(60_000, 130_000)) for _ in range(N)
    ]
    assert _kind(_found({**_people(rng), "SAL": pay})["SAL"]) == "INCOME"
    titles = [rng.choice(["Mr", "Mrs", "Ms", "Dr", "Miss"]) for _ in range(N)]
    assert _kind(_found({**_people(rng), "SAL": titles})["SAL"]) != "INCOME"
    # a salary band's code or a step is no pay
    steps = [str(rng.randint(1, 12)) for _ in range(N)]
    assert _kind(_found({**_people(rng), "SAL": steps})["SAL"]) != "INCOME"


# -- 46. a register of things, and the days they opened ----------------------------------------


def _stations(rng: random.Random) -> dict[str, list[Any]]:
    towns = [rng.choice(SUBURBS) for _ in range(N)]
    return {
        "column_1": [str(200_000 + i * 37) for i in range(N)],
        "column_2": [f"{town} Station Platform {rng.randint(1, 4)}" for town in towns],
        "column_3": towns,
        "column_4": [str(rng.randint(2000, 2899)) for _ in range(N)],
        "column_5": [
            dt.date(rng.randint(1925, 2020), rng.randint(1, 12), rng.randint(1, 28)).isoformat()
            for _ in range(N)
        ],
    }


def test_the_days_a_registers_stations_opened_are_no_births() -> None:
    # a transport authority's stops, with no header: their suburbs, postcodes and the days
    # they opened, spread over a century as people's births are
    rng = random.Random("stations")
    found = _found(_stations(rng))
    assert not any(f.personal for f in found.values())
    # a person reached by a mobile beside them keeps the dates their births
    reached = {**_stations(rng), "column_6": [f"04{digits(rng, 8)}" for _ in range(N)]}
    assert _kind(_found(reached)["column_5"]) == "DATE_OF_BIRTH"
    # and so does a date named a birth
    named = _stations(rng)
    named["DOB"] = named.pop("column_5")
    assert _kind(_found(named)["DOB"]) == "DATE_OF_BIRTH"


# -- 47. a bank file's payees and its trace account; callers' postcodes, none given as 0000 ----


def _bank_file(rng: random.Random, trace: list[str]) -> dict[str, list[Any]]:
    """A headerless file of payments as a bank takes them: payees' BSBs, accounts and account
    names (people's, family name first, and agents' trust accounts), amounts, each payment's
    reference, the payer's trace BSB and account, and the day the batch is processed."""
    agents = [f"{family(rng).upper()} {rng.choice(['REAL ESTATE', 'PROPERTY'])} TRUST"]
    agents += [f"{rng.choice(['SUMMIT', 'METRO', 'HARBOUR'])} RESIDENTIAL PTY LTD"]
    titles = [
        rng.choice(
            [
                f"{family(rng).upper()} {given(rng).upper()}",
                f"{given(rng)[0]} {family(rng).upper()}",
                rng.choice(agents),
            ]
        )
        for _ in range(N)
    ]
    return {
        "column_1": ["1"] * N,
        "column_2": [f"0{digits(rng, 2)}-{digits(rng, 3)}" for _ in range(N)],
        "column_3": [digits(rng, rng.choice([8, 9])) for _ in range(N)],
        "column_4": titles,
        "column_5": [f"{rng.randint(1000, 300000):010d}" for _ in range(N)],
        "column_6": [f"RB{digits(rng, 8)}" for _ in range(N)],
        "column_7": trace,
        "column_8": ["284712"] * N,
        "column_9": ["RTBA BOND REFUND"] * N,
    }


def test_a_bank_files_account_names_are_its_payees_and_its_trace_bsb_the_payers() -> None:
    rng = random.Random("bank file")
    found = _found(_bank_file(rng, ["032-001"] * N))
    assert _kind(found["column_2"]) == "AU_BSB"
    assert _kind(found["column_3"]) == "BANK_ACCOUNT"
    assert _kind(found["column_4"]) == "PERSON", found["column_4"]
    # the payer's own branch, where returned payments go, is the same on every row
    assert not found["column_7"].personal, found["column_7"]
    # a trace BSB that varies is no one branch's; a lone BSB the same on every row may be
    # everyone's own branch (a small office's staff)
    varied = [f"0{digits(rng, 2)}-{digits(rng, 3)}" for _ in range(N)]
    assert _kind(_found(_bank_file(rng, varied))["column_7"]) == "AU_BSB"
    lone = _bank_file(rng, ["032-001"] * N)
    del lone["column_2"]
    assert _kind(_found(lone)["column_7"]) == "AU_BSB"


def test_account_names_family_name_first_are_peoples() -> None:
    # a refund's account name as the bank titled it, under a name that says only a name
    rng = random.Random("account names")
    agents = [f"{family(rng).upper()} REALTY TRUST ACCT" for _ in range(30)]
    names = [
        rng.choice([f"{family(rng)} {given(rng)}", f"{family(rng).upper()} {given(rng).upper()}"])
        if rng.random() < 0.6
        else rng.choice(agents)
        for _ in range(N)
    ]
    assert _kind(_found({**_people(rng), "ACCT_NM": names})["ACCT_NM"]) == "PERSON"


def test_callers_postcodes_with_none_given_written_0000_are_postcodes() -> None:
    # a contact centre's calls, with no header: each caller's number and postcode, 0000
    # where the caller gave none
    rng = random.Random("callers")
    postcodes = [str(rng.randint(2000, 2899)) for _ in range(80)]
    table = {
        "column_1": [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(N)],
        "column_2": [f"04{digits(rng, 8)}" for _ in range(N)],
        "column_3": [f"S{digits(rng, 4)}" for _ in range(N)],
        "column_4": [rng.randint(30, 900) for _ in range(N)],
        "column_5": ["0000" if rng.random() < 0.1 else rng.choice(postcodes) for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["column_5"]) == "AU_POSTCODE", found["column_5"]
    assert found["column_5"].best is not None
    assert "0000, none given" in found["column_5"].best.evidence
    # with no caller's number beside them, four digits are any numbers
    del table["column_2"]
    assert not _found(table)["column_5"].personal


# -- 48. passports typed small, and the numbered parts of a place ------------------------------


def test_passports_under_an_opaque_name_some_typed_small_are_passports() -> None:
    # a booking's identity document, given by few, its letters at times typed in lower case
    rng = random.Random("passports typed small")
    series = ["E", "M", "N", "PA", "PB", "PC"]
    numbers = [f"{rng.choice(series)}{digits(rng, 7)}" for _ in range(80)]
    numbers = [n.lower() if rng.random() < 0.15 else n for n in numbers]
    table = {**_people(rng), "attr12": numbers + [None] * (N - len(numbers))}
    assert _kind(_found(table)["attr12"]) == "AU_PASSPORT"


def test_the_numbered_units_of_a_hazard_reduction_burn_are_no_address() -> None:
    # a parks service's burns, each a place's name and its numbered unit, notified to people
    rng = random.Random("burn units")
    places = ["Lapstone Ridge", "Yellow Rock", "Hazelbrook Ck", "Linden Ridge", "Katoomba Falls"]
    burns = [
        f"{rng.choice(places)} {rng.choice(['Unit', 'Block'])} {rng.randint(1, 9)}"
        for _ in range(N)
    ]
    assert _kind(_found({**_people(rng), "burn_name": burns})["burn_name"]) != "ADDRESS"
    # a flat's unit before its street number, and a house on a ridge, are addresses
    homes = [
        rng.choice(
            [
                f"Unit {rng.randint(1, 9)}, {rng.randint(1, 99)} {rng.choice(places)} Rd",
                f"{rng.randint(1, 99)} {rng.choice(places)} Rd",
            ]
        )
        for _ in range(N)
    ]
    assert _kind(_found({**_people(rng), "home": homes})["home"]) == "ADDRESS"


# -- 49. ages under no name, told by their spread among people ---------------------------------


def _ages(rng: random.Random) -> list[int]:
    return [max(0, min(99, round(rng.gauss(45, 18)))) for _ in range(N)]


def test_whole_numbers_spread_as_ages_beside_people_are_their_ages() -> None:
    # a headerless extract: names, mobiles, ages, and numbers that are not ages beside them
    rng = random.Random("unnamed ages")
    table = {
        "column_1": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "column_2": [f"04{digits(rng, 8)}" for _ in range(N)],
        "column_3": [str(a) if rng.random() > 0.02 else "unknown" for a in _ages(rng)],
        "column_4": [rng.randint(38, 100) for _ in range(N)],  # a test's score
        "column_5": [rng.randint(0, 60) for _ in range(N)],  # points of training
        "column_6": [rng.randint(0, 100) for _ in range(N)],  # a percentage
        "column_7": [rng.randint(1, 40) for _ in range(N)],  # venues, pages, sessions
        "column_8": [f"E{digits(rng, 9)}" for _ in range(N)],  # a number to RE2, not to Python
    }
    found = _found(table)
    assert _kind(found["column_3"]) == "AGE", found["column_3"]
    assert found["column_3"].category == "quasi_identifier"
    for other in ("column_4", "column_5", "column_6", "column_7", "column_8"):
        assert not found[other].personal, found[other]
    # a name that says what the numbers are decides: a score is no age
    named = {**table, "SCORE": table.pop("column_3")}
    assert not _found(named)["SCORE"].personal
    # an incident's injured, unnamed: each numbered and told by their sex, their ages beside
    injured = {
        "column_1": [f"INC{digits(rng, 6)}" for _ in range(N)],
        "column_2": [rng.choice(["Driver", "Passenger", "Pedestrian"]) for _ in range(N)],
        "column_3": [str(a) for a in _ages(rng)],
        "column_4": [rng.choice("MFMFX") for _ in range(N)],
        "column_5": [f"A{digits(rng, 7)}" for _ in range(N)],  # a driver's authorisation
    }
    assert _kind(_found(injured)["column_3"]) == "AGE"
    # a rent rebate's assessed clients: each numbered, their job and their income beside
    assessed = {
        "CLNT_NO": [f"C{digits(rng, 7)}" for _ in range(N)],
        "X_12": [str(a) for a in _ages(rng)],
        "OCC": [rng.choice(["Cleaner", "Retired", "Truck driver", "Nurse"]) for _ in range(N)],
        "HH_GROSS_WKLY": [f"{rng.uniform(300, 2400):.2f}" for _ in range(N)],
    }
    assert _kind(_found(assessed)["X_12"]) == "AGE"


def test_the_ages_of_the_old_alone_beside_people_are_their_ages() -> None:
    # an aged care service's clients, none young: most in their seventies and eighties
    rng = random.Random("aged")
    table = {
        "column_1": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "column_2": [f"04{digits(rng, 8)}" for _ in range(N)],
        "column_3": [str(max(48, min(104, round(rng.gauss(81, 8))))) for _ in range(N)],
        "column_4": [rng.randint(60, 100) for _ in range(N)],  # marks out of 100
        "column_5": [min(100, round(rng.gauss(92, 6))) for _ in range(N)],  # attendance, %
        "column_6": [rng.randint(24, 98) for _ in range(N)],  # hours of respite a quarter
    }
    found = _found(table)
    assert _kind(found["column_3"]) == "AGE", found["column_3"]
    for other in ("column_4", "column_5", "column_6"):
        assert not found[other].personal, found[other]


def test_ages_guessed_and_written_with_their_units_are_ages() -> None:
    # a first aid log: a patient's age as the officer wrote it ("~76", "47yo", "approx 11",
    # "in their 60s"), or not known
    rng = random.Random("guessed ages")
    forms = [str, lambda a: f"~{a}", lambda a: f"{a}yo", lambda a: f"approx {a}", lambda a: f"{a}y"]

    def written(age: int) -> str:
        roll = rng.random()
        if roll < 0.05:
            return rng.choice(["U/K", "unk", "unknown"])
        if roll < 0.1:
            return f"{age // 10}0s"
        return rng.choice(forms)(age)

    table = {
        "column_1": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "column_2": [f"04{digits(rng, 8)}" for _ in range(N)],
        "column_3": [written(age) for age in _ages(rng)],
    }
    found = _found(table)["column_3"]
    assert _kind(found) == "AGE", found


def test_counts_spread_as_ages_with_no_one_in_the_table_are_counts() -> None:
    # clients counted by district, sex and age group: counts as wide as ages, and no one
    # named, reached or numbered
    rng = random.Random("counts like ages")
    table = {
        "column_1": [rng.choice(SUBURBS) for _ in range(N)],
        "column_2": [rng.choice(["M", "F"]) for _ in range(N)],
        "column_3": [
            rng.choice(["0-17", "18-24", "25-34", "35-44", "45-64", "65+"]) for _ in range(N)
        ],
        "column_4": _ages(rng),
    }
    assert not _found(table)["column_4"].personal


# -- 50. staff numbers of one series, under no name ----------------------------------------------


def _call_log(rng: random.Random, staff: list[str]) -> dict[str, list[Any]]:
    """A contact centre's headerless log: the call, its caller's number, the caller's age
    group, the staff member who took it, and the queue. (Beside people's names, codes are
    read by the names they come with.)"""
    return {
        "column_1": [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(N)],
        "column_2": [f"04{digits(rng, 8)}" for _ in range(N)],
        "column_3": [rng.choice(["18-24", "25-34", "35-44", "45-64", "65+"]) for _ in range(N)],
        "column_4": [rng.choice(staff) for _ in range(N)],
        "column_5": [rng.choice(["Bonds", "Disputes", "General"]) for _ in range(N)],
    }


@pytest.mark.parametrize("prefix", ["", "S", "AO", "CP"])
def test_numbers_of_one_series_scattered_and_recurring_are_staff(prefix: str) -> None:
    # forty staff, numbered sparsely in their series, each taking many calls
    rng = random.Random(f"staff {prefix}")
    staff = [
        f"{prefix}{rng.randint(1000, 9999) if prefix else rng.randint(1_000_000, 1_999_999)}"
        for _ in range(40)
    ]
    found = _found(_call_log(rng, staff))["column_4"]
    assert _kind(found) == "ID", found


def _initials(rng: random.Random, letters: str = "ABCDEGHJKLMNPRSTWZ") -> str:
    return "".join(rng.choice(letters) for _ in range(2))


def test_staff_logons_of_initials_and_a_number_are_staff() -> None:
    # sixty staff logging calls under their initials and a number (RG4030, ZS7387), each
    # taking several; the service accounts beside them are no one's
    rng = random.Random("logons")
    staff = [f"{_initials(rng)}{rng.randint(1000, 9999)}" for _ in range(60)]
    found = _found(_call_log(rng, [*staff, "svc_batch01"]))["column_4"]
    assert _kind(found) == "ID", found
    assert found.best is not None and "initials" in found.best.evidence
    # flights of sixteen airlines (QF0815, VA1123) share their letters
    airlines = ["QF", "VA", "JQ", "ZL", "TT", "NZ", "SQ", "EK", "QR", "CX", "MH", "GA", "EY",
                "TG", "CI", "BR"]  # fmt: skip
    flights = [f"{airlines[i % 16]}{rng.randint(100, 1999):04d}" for i in range(64)]
    assert not _found(_call_log(rng, flights))["column_4"].personal
    # nor are many initials when one pair leads half the rows (a unit's own codes)
    led = [f"AB{rng.randint(1000, 9999)}" for _ in range(60)] + staff
    assert not _found(_call_log(rng, led))["column_4"].personal


def test_pay_runs_and_a_series_filled_in_order_are_no_staff() -> None:
    rng = random.Random("series")
    # pay runs stamped with the year they were made, on each payment of the run
    runs = [f"PR{rng.choice([2022, 2023, 2024])}{rng.randint(1, 26):02d}" for _ in range(40)]
    assert not _found(_call_log(rng, runs))["column_4"].personal
    # a reference table's codes, numbered one after another (polling places: PP0001...)
    places = [f"PP{n:04d}" for n in range(1, 61)]
    assert not _found(_call_log(rng, places))["column_4"].personal
    # four hundred of them over seven hundred rows of a roster, a row or two each
    roster = {
        "column_1": [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(700)],
        "column_2": [f"04{digits(rng, 8)}" for _ in range(700)],
        "column_3": [f"PP{rng.randint(1, 400):04d}" for _ in range(700)],
    }
    assert not _found(roster)["column_3"].personal
    # a small team numbered in order, each on many rows, is staff
    roster["column_3"] = [f"INSP{rng.randint(101, 140):04d}" for _ in range(700)]
    assert _kind(_found(roster)["column_3"]) == "ID"


def test_amounts_written_as_whole_dollars_are_no_staff() -> None:
    # land values and prices, most written once: amounts, however many digits
    rng = random.Random("values")
    values = [str(rng.randint(200, 3500) * 1000) for _ in range(N)]
    table = {**_call_log(rng, [f"S{rng.randint(1000, 9999)}" for _ in range(40)]), "c9": values}
    assert not _found(table)["c9"].personal


# -- 51. a register led by organisations' names --------------------------------------------------

_STREAMS = [
    "Specialist FV Case Management", "Flexible Support Packages", "Therapeutic Counselling",
    "Homelessness Support", "Men's Behaviour Change", "Child Wellbeing",
]  # fmt: skip


def test_a_register_led_by_organisations_names_is_of_organisations() -> None:
    # funded providers, a few sharing a name across branches: their premises, their
    # switchboards and the program each is funded for (a family violence service's) are theirs
    rng = random.Random("funded providers")
    kinds = ["Inc", "Pty Ltd", "Ltd", "Incorporated"]
    services = ["Family Services", "Community Health", "Women's Refuge", "Counselling"]
    names = [
        f"{rng.choice(SUBURBS + BUSINESSES)} {rng.choice(services)} {rng.choice(kinds)}"
        for _ in range(200)
    ]
    table = {
        "provider_id": [f"PRV-{i:04d}" for i in range(1, 201)],
        "provider_name": names,
        "address": [_address(rng) for _ in names],
        "office_ph": [f"03 {digits(rng, 4)} {digits(rng, 4)}" for _ in names],
        "funding_stream": [rng.choice(_STREAMS) for _ in names],
    }
    found = _found(table)
    for name in ("address", "office_ph", "funding_stream"):
        assert not found[name].personal, found[name]
    # patients led by the hospitals that took them, forty over two hundred rows: the caller's
    # phone and the patient's age and circumstances are people's
    hospitals = [
        f"{suburb} {rng.choice(['Hospital', 'Health Service'])}" for suburb in SUBURBS[:40]
    ]
    table["provider_name"] = [rng.choice(hospitals) for _ in names]
    table["office_ph"] = [f"04{digits(rng, 8)}" for _ in names]
    table["age"] = [rng.randint(18, 90) for _ in names]
    found = _found(table)
    assert _kind(found["age"]) == "AGE", found["age"]
    assert _kind(found["funding_stream"]) == "VULNERABILITY", found["funding_stream"]


def _clinics(rng: random.Random) -> dict[str, list[Any]]:
    """A register of veterinary clinics under no names: each clinic's number, its name, ABN,
    premises, switchboard and principal vet."""
    from minshare.identifiers import make_abn

    names = [
        f"{rng.choice(SUBURBS)} {rng.choice(['Veterinary Hospital', 'Animal Hospital', 'Vets'])}"
        f" {rng.choice(['Pty Ltd', 'Ltd', ''])} ({rng.choice(['North', 'South', 'East'])})"
        for _ in range(200)
    ]
    return {
        "c01": [f"VC{i:04d}" for i in range(1, 201)],
        "c02": [name.replace("  ", " ") for name in names],
        "c03": [make_abn(rng) for _ in names],
        "c04": [_address(rng) for _ in names],
        "c05": [f"02 {digits(rng, 4)} {digits(rng, 4)}" for _ in names],
        "c06": [f"Dr {given(rng)} {family(rng)}" for _ in names],
    }


def test_a_register_of_businesses_each_with_its_principal_is_of_businesses() -> None:
    # the clinics are the rows: their switchboards are theirs, their vets' names still names
    rng = random.Random("clinics")
    table = _clinics(rng)
    found = _found(table)
    assert not found["c05"].personal, found["c05"]
    assert _kind(found["c06"]) == "PERSON"
    # a person described (their sex), or two people named, and the rows are people's
    described = {**table, "c07": [rng.choice("MF") for _ in range(200)]}
    assert _kind(_found(described)["c05"]) == "PHONE_NUMBER"
    named = {**table, "c07": [f"{given(rng)} {family(rng)}" for _ in range(200)]}
    assert _kind(_found(named)["c05"]) == "PHONE_NUMBER"


def test_a_register_of_businesses_with_their_numbers_before_their_names_is_of_businesses() -> None:
    # an employer register: its key, the ABN and the ACN, then the names, then the premises
    rng = random.Random("employers")
    clinics = _clinics(rng)
    table = {
        "c01": clinics["c01"],
        "c02": [identifiers.make_abn(rng) for _ in range(200)],
        "c03": [identifiers.make_acn(rng) for _ in range(200)],
        "c04": clinics["c02"],
        "c05": clinics["c05"],
        "c06": clinics["c06"],
    }
    found = _found(table)
    assert not found["c05"].personal, found["c05"]
    assert _kind(found["c06"]) == "PERSON"
    # codes of another kind before the names are still the columns that lead
    coded = {
        "c01": table["c01"],
        "c02": [f"{rng.choice('ABC')}{rng.randint(1, 9)}" for _ in range(200)],
        "c03": [str(rng.randint(1, 9)) for _ in range(200)],
        "c04": table["c04"],
        "c05": table["c05"],
        "c06": table["c06"],
        "c07": table["c02"],
    }
    assert _kind(_found(coded)["c05"]) == "PHONE_NUMBER"


# -- 52. people named, and one description written in the place of a name ----------------------


@pytest.mark.parametrize("name", ["SUBJ_NM", "c05"])
def test_names_beside_one_description_of_someone_unnamed_are_peoples(name: str) -> None:
    # an incident register: the person involved, or "Unknown male approx 30yo" on a row in
    # five, written the same each time
    rng = random.Random(f"unnamed subject {name}")
    unknown = "Unknown male approx 30yo"
    subjects = [unknown if rng.random() < 0.2 else f"{given(rng)} {family(rng)}" for _ in range(N)]
    table = {
        "INC_NO": [f"IR25-{i:04d}" for i in range(N)],
        "BR": [rng.choice(["PEN03", "GOU38", "BAL52"]) for _ in range(N)],
        name: subjects,
    }
    found = _found(table)[name]
    assert _kind(found) == "PERSON", found


# -- 53. schoolchildren told by their year levels ------------------------------------------------


def test_year_levels_under_no_name_say_the_dates_beside_are_childrens_births() -> None:
    # a school vaccination program's consent forms, read without their header: the school, the
    # year level ("Yr 7", "Year 8", or 9 alone), the student, the student's birth: four
    # school years, too narrow a spread for a cohort's births alone to tell
    rng = random.Random("consent forms")
    born = [recent(rng, 3.6) - dt.timedelta(days=12 * 365) for _ in range(N)]
    table = {
        "c01": [f"{rng.choice(SUBURBS)} State High School" for _ in range(N)],
        "c02": [rng.choice(["Yr 7", "Year 8", "9", "Yr 10", "Year 7", "8"]) for _ in range(N)],
        "c03": [f"{given(rng)} {family(rng).upper()}" for _ in range(N)],
        "c04": [b.strftime("%d/%m/%Y") for b in born],
    }
    found = _found(table)["c04"]
    assert _kind(found) == "DATE_OF_BIRTH", found
    assert "in a table about children" in found.entities[0].evidence
    # numbers of a course's year alone, or no year at all, say nothing of children
    table["c02"] = [rng.choice(["1", "2", "3", "4"]) for _ in range(N)]
    assert not _found(table)["c04"].personal
    del table["c02"]
    assert not _found(table)["c04"].personal


# -- 54. countries of birth as an extract writes them --------------------------------------------


def test_countries_by_name_code_and_abbreviation_are_a_persons_birth_country() -> None:
    # a young offenders' register without its header: the country of birth by name, by the
    # ABS's code (1101 for Australia) or cut short ("Aust"), and "Not stated"
    rng = random.Random("countries of birth")
    written = ["Australia", "AUSTRALIA", "Aust", "1101", "New Zealand", "Tonga", "SOMALIA",
               "Lebanon", "Viet Nam", "South Sudan", "1201", "Not stated"]  # fmt: skip
    table = {
        "c01": [f"YO{digits(rng, 6)}" for _ in range(N)],
        "c02": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "c03": [rng.choice(written) for _ in range(N)],
    }
    found = _found(table)["c03"]
    assert _kind(found) == "ETHNICITY", found
    # three countries only, or postcodes with a few countries among them, are not
    table["c03"] = [rng.choice(["Australia", "New Zealand", "Aust", "Fiji"]) for _ in range(N)]
    assert not _found(table)["c03"].personal
    table["c03"] = [
        rng.choice(written) if i % 4 == 0 else rng.choice(["2150", "2765", "4870", "3128"])
        for i in range(N)
    ]
    assert _kind(_found(table)["c03"]) != "ETHNICITY"


def test_offences_as_anzsoc_codes_them_are_a_criminal_record_under_no_name() -> None:
    # a probity check's offences: ANZSOC groups, one or two to a cell, blank for most people
    rng = random.Random("anzsoc")
    groups = ["0213", "0521", "1211", "0811", "1411", "0711", "0412", "1311", "1042", "0411"]
    offences = [
        ";".join(rng.sample(groups, rng.choice([1, 1, 2]))) if rng.random() < 0.4 else None
        for _ in range(N)
    ]
    table = {
        "column_1": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "column_2": [birth(rng).strftime("%d/%m/%Y") for _ in range(N)],
        "column_3": offences,
    }
    found = _found(table)["column_3"]
    assert _kind(found) == "CRIMINAL_RECORD", found
    # postcodes, the Northern Territory's among them, are places
    postcodes = ["0810", "0870", "2150", "2765", "3128", "4870", "5108", "6056", "7250"]
    table["column_3"] = [rng.choice(postcodes) for _ in range(N)]
    assert _kind(_found(table)["column_3"]) != "CRIMINAL_RECORD"
    # nor are extensions of four digits, half of them shaped as ANZSOC's
    table["column_3"] = [f"{rng.randint(100, 2999):04d}" for _ in range(N)]
    assert _kind(_found(table)["column_3"]) != "CRIMINAL_RECORD"
    # and appointments' times, written without a colon, are times
    table["column_3"] = [
        f"{rng.randint(7, 16):02d}{rng.choice(['00', '15', '30', '45'])}" for _ in range(N)
    ]
    assert not _found(table)["column_3"].personal


def test_countries_as_the_abs_codes_them_are_a_persons_birth_country() -> None:
    # an electoral roll's country of birth as SACC codes, Australia's (1101) on half the
    # rows, a few written by name, "0003" not stated
    rng = random.Random("sacc codes")
    abroad = ["1201", "2102", "7103", "5105", "6101", "5204", "9232", "3207", "7107", "Fiji"]
    born = [
        "1101" if rng.random() < 0.5 else rng.choice([*abroad, "0003", "Australia"])
        for _ in range(N)
    ]
    table = {
        "ELECTOR_ID": [digits(rng, 9) for _ in range(N)],
        "SURNAME": [family(rng) for _ in range(N)],
        "GIVEN_NMS": [given(rng) for _ in range(N)],
        "ATTR3": born,
    }
    found = _found(table)["ATTR3"]
    assert _kind(found) == "ETHNICITY", found
    assert "by name, code or abbreviation" in found.entities[0].evidence
    # people's postcodes, whose commonest is no country's code, are not countries
    postcodes = ["2150", "2765", "4870", "3128", "2170", "6056", "7250", "5108"]
    table["ATTR3"] = [rng.choice(postcodes) for _ in range(N)]
    assert _kind(_found(table)["ATTR3"]) != "ETHNICITY"
    # nor are an industry's classes, 1101 among them the commonest by a little
    classes = [f"{rng.randint(1, 9)}{rng.randint(1, 9)}{rng.randint(10, 99)}" for _ in range(20)]
    table["ATTR3"] = ["1101" if rng.random() < 0.12 else rng.choice(classes) for _ in range(N)]
    assert _kind(_found(table)["ATTR3"]) != "ETHNICITY"
    # nor are codes led by 1101 when a third of them are not countries' codes
    table["ATTR3"] = [
        "1101" if rng.random() < 0.4 else rng.choice([*abroad, "A1", "B2", "X9"]) for _ in range(N)
    ]
    assert _kind(_found(table)["ATTR3"]) != "ETHNICITY"
