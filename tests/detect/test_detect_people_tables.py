"""What a second independent evaluation on agency tables found hard, each with its decoys.

1. identifiers agencies give people, in formats of their own, in tables about people (and
   the same shapes in tables with no people, and identifiers of rows and events);
2. several people in one cell, and names with ranks, initials and badge numbers;
3. country of birth, citizenship, nationality and language as cultural background;
4. medicines (ATC and PBS codes, generic names), mental health legal status, K10 scores;
5. places and numbers that only look personal: administrative areas beside finer places, a
   business's postcode, a plurality of birth, a birth weight in grams;
6. dates of birth of newborns;
7. struct columns (nested JSON) reported leaf by leaf.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pyarrow as pa
import pytest
from category_tables import (
    BUSINESSES,
    POSTCODES,
    SUBURBS,
    TODAY,
    birth,
    digits,
    family,
    given,
    recent,
)
from detect_support import found as _found
from detect_support import kind as _kind

from minshare.detect import ScanResult, scan, scan_table
from minshare.detect.names import name_hints
from minshare.detect.nested import top_level

N = 300


def _rng(seed: str) -> random.Random:
    return random.Random(seed)


def _people(rng: random.Random, n: int = N) -> dict[str, list[Any]]:
    """Columns that make a table about people: names, a date of birth, sex."""
    return {
        "FAMILY_NAME": [family(rng).upper() for _ in range(n)],
        "GIVEN_NAME": [given(rng) for _ in range(n)],
        "DOB": [birth(rng, 1, 90).isoformat() for _ in range(n)],
        "SEX": [rng.choice("MFMFX") for _ in range(n)],
    }


def _things(rng: random.Random, n: int = N) -> dict[str, list[Any]]:
    """Columns of a table with no people: a procurement register."""
    return {
        "SUPPLIER": [rng.choice(BUSINESSES) for _ in range(n)],
        "AMOUNT": [f"{rng.uniform(100, 90000):.2f}" for _ in range(n)],
        "PAID_DATE": [recent(rng).isoformat() for _ in range(n)],
        "CATEGORY": [rng.choice(["ICT", "Cleaning", "Legal", "Travel"]) for _ in range(n)],
    }


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


# -- 1. identifiers agencies give people ----------------------------------------------------

AGENCY_IDENTIFIERS: dict[str, Callable[[random.Random], str]] = {
    "VISA_GRANT_NUMBER": lambda rng: digits(rng, 13),
    "DVA_FILE_NO": lambda rng: (
        rng.choice(["N", "V", "Q", "W"]) + rng.choice("XSK") + digits(rng, 6)
    ),
    "BoatLicenceNo": lambda rng: "RBL" + digits(rng, 7),
    "firearms_licence": lambda rng: "FA" + digits(rng, 7),
    "BIRTH_REG_NO": lambda rng: f"{rng.randint(2015, 2025)}/{digits(rng, 6)}",
    "my_aged_care_id": lambda rng: "AC" + digits(rng, 8),
    "PERS_ID": lambda rng: digits(rng, 7),
    "concession_card_no": lambda rng: digits(rng, 9) + rng.choice("ABCJK"),
    "WWC_PERMIT": lambda rng: f"WWC{digits(rng, 7)}E",
    "SERVICE_NO": lambda rng: digits(rng, 7),  # a veteran's
    "MIN": lambda rng: digits(rng, 7),  # an offender's master index number
    "prisoner_min": lambda rng: digits(rng, 7),
    "SUBJ_MIN": lambda rng: digits(rng, 8),  # the offender whose record a user looked up
    "CRO_NO": lambda rng: digits(rng, 6),  # a criminal records office number
    # the notified case a contact caught it from
    "INDEX_CASE_NO": lambda rng: f"NC{rng.randint(23, 24)}-{digits(rng, 6)}",
    # the person a record is about, named alone over their number
    "LICENSEE": lambda rng: "4" + digits(rng, 7),
    "borrower": lambda rng: digits(rng, 8) + rng.choice(["", "A", "B"]),
}


@pytest.mark.parametrize("name", sorted(AGENCY_IDENTIFIERS))
def test_identifiers_in_agency_formats_are_ids_in_a_table_about_people(name: str) -> None:
    rng = _rng(name)
    table = {**_people(rng), name: [AGENCY_IDENTIFIERS[name](rng) for _ in range(N)]}
    found = _found(table)[name]
    assert _kind(found) == "ID", found
    assert found.category == "direct_identifier"
    assert "AU_PASSPORT" not in {e.type for e in found.entities}


@pytest.mark.parametrize("name", sorted(AGENCY_IDENTIFIERS))
def test_the_same_identifiers_in_a_table_without_people_are_nobodys(name: str) -> None:
    rng = _rng("things " + name)
    table = {**_things(rng), name: [AGENCY_IDENTIFIERS[name](rng) for _ in range(N)]}
    found = _found(table)
    held_by_form = ("WWC_PERMIT", "my_aged_care_id")
    if name in (
        "BoatLicenceNo",
        "firearms_licence",
        "PERS_ID",
        "concession_card_no",
        *held_by_form,
    ):
        # the name alone (or the form of a NSW check number or a My Aged Care number) says a
        # person's licence or identifier, wherever it is
        assert _kind(found[name]) == "ID"
    else:
        assert not found[name].personal, found[name]
    assert not any(found[c].personal for c in _things(rng))


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("EPISODE_ID", lambda rng, i: f"E{digits(rng, 9)}"),
        ("contract_ref", lambda rng, i: f"CN{digits(rng, 7)}"),
        ("reference_no", lambda rng, i: digits(rng, 8)),
        ("invoice_number", lambda rng, i: f"INV-{digits(rng, 6)}"),
        ("file_no", lambda rng, i: f"F-{i + 1:06d}"),  # counts up with the rows
        ("asset_id", lambda rng, i: f"RA-{digits(rng, 6)}"),
        ("supplier_no", lambda rng, i: f"S{digits(rng, 6)}"),
        ("licence_expiry", lambda rng, i: (TODAY + dt.timedelta(days=i)).strftime("%d/%m/%Y")),
        ("reg_no", lambda rng, i: (TODAY - dt.timedelta(days=i * 5)).strftime("%Y%m%d")),
        ("device_serial_no", lambda rng, i: f"SN{digits(rng, 10)}"),
        ("bank_ref", lambda rng, i: digits(rng, 12)),
        ("pharmacy_approval_no", lambda rng, i: f"{digits(rng, 5)}{rng.choice('KXJ')}"),
        ("dispensing_id", lambda rng, i: digits(rng, 8)),
        # a report's, an assessment's, a roster's shift, abbreviated
        ("RPT_ID", lambda rng, i: f"R{rng.randint(2021, 2024)}{digits(rng, 6)}"),
        ("ASSMT_NO", lambda rng, i: f"LT{rng.randint(2021, 2024)}{digits(rng, 7)}"),
        # an order or a notice made, a notification received, a bond lodged, a nomination:
        # documents the agency numbers, the rows' own
        ("Order No", lambda rng, i: f"BO-{rng.randint(2019, 2025)}-{i + 101:04d}"),
        ("NOTICE_NO", lambda rng, i: digits(rng, 9)),
        ("penalty_notice_no", lambda rng, i: f"{rng.choice('34')}{digits(rng, 9)}"),
        ("NOTIF_ID", lambda rng, i: f"N25-{i + 1200:06d}"),
        ("notification_id", lambda rng, i: f"SIRS-{rng.randint(2024, 2025)}-{digits(rng, 6)}"),
        ("bond_no", lambda rng, i: f"B{digits(rng, 7)}"),
        ("nomination_id", lambda rng, i: f"NOM{digits(rng, 7)}"),
        ("BKG_NO", lambda rng, i: f"CB-{rng.randint(2023, 2024)}-{digits(rng, 6)}"),  # a booking
        ("NOTE_ID", lambda rng, i: f"CN{88_000_000 + rng.randrange(10**6)}"),  # a case note's
        ("NoteID", lambda rng, i: str(3_000_000 + rng.randrange(10**6))),
        (
            "shift_id",
            lambda rng, i: f"SH24{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{i:04d}",
        ),
    ],
)
def test_identifiers_of_rows_events_and_things_are_not_peoples(
    name: str, make: Callable[[random.Random, int], str]
) -> None:
    rng = _rng(name)
    table = {**_people(rng), name: [make(rng, i) for i in range(N)]}
    assert not _found(table)[name].personal


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("CLAIM_NO", lambda rng, i: digits(rng, 8)),
        ("CLM_NO", lambda rng, i: f"CLM{digits(rng, 7)}"),
        ("CASE_NO", lambda rng, i: f"{rng.randint(2019, 2025)}/{digits(rng, 8)}"),
        ("Complaint Ref", lambda rng, i: f"CMP-{digits(rng, 6)}"),
        ("MatterNo", lambda rng, i: f"GT{digits(rng, 6)}"),
        # stamped with its year, as a document's is: still the person's
        ("case_ref", lambda rng, i: f"CAN-{rng.randint(2023, 2025)}-{digits(rng, 6)}"),
        ("MATTER_NO", lambda rng, i: f"{rng.randint(2023, 2025)}/{digits(rng, 8)}"),
        # the matter named alone, or as the one a record relates to
        ("CLM", lambda rng, i: f"WC{digits(rng, 8)}"),
        ("RELATED_CLAIM", lambda rng, i: f"WC{digits(rng, 8)}"),
        # after the abbreviation of a court or a unit, in the forms hands key it
        ("COR_CASE", lambda rng, i: rng.choice(["COR {} {}", "COR-{}-{}"]).format(2023, i + 10)),
        # a register of cases lists them as they were opened: counting up, still the person's
        ("siuCaseNo", lambda rng, i: f"SIU-2025-{i + 101:04d}"),
        # the other dealings an agency numbers for one person: an application they made, an
        # estate, a will held, a review
        ("applicationId", lambda rng, i: f"FHOG-{rng.randint(2023, 2025)}-{digits(rng, 6)}"),
        ("APP_NO", lambda rng, i: digits(rng, 8)),
        ("licence_application_no", lambda rng, i: digits(rng, 8)),
        ("ESTATE_NO", lambda rng, i: f"E{digits(rng, 6)}"),
        ("will_ref", lambda rng, i: f"W{digits(rng, 7)}"),
        ("review_id", lambda rng, i: f"FOS-R{digits(rng, 6)}"),
    ],
)
def test_a_case_s_a_claim_s_a_complaint_s_and_a_matter_s_numbers_are_their_person_s(
    name: str, make: Callable[[random.Random, int], str]
) -> None:
    rng = _rng(name)
    table = {**_people(rng), name: [make(rng, i) for i in range(N)]}
    assert _kind(_found(table)[name]) == "ID"
    # kinds and amounts of them are no one's number
    for other in ("CLAIM_TYPE", "CASE_STATUS", "CLAIM_AMT", "ORDER_TYPE", "application_date"):
        assert not name_hints(other).held
    # a database's integer key counting up numbers the rows, whatever it is called
    keyed = {**_people(rng), "case_id": [str(30_001 + i) for i in range(N)]}
    assert not _found(keyed)["case_id"].personal


def test_numbering_rows_is_told_from_short_identifiers_of_many_people() -> None:
    from minshare.detect.held import counts_up
    from minshare.detect.profile import ColumnValues

    rng = _rng("counts up")
    files = ColumnValues.from_array(
        "dva_file_no", pa.array([f"NX{digits(rng, 6)}" for _ in range(N)])
    )
    assert not counts_up(files, 2_000_000)  # six digits for two million rows: not row numbers
    rows = ColumnValues.from_array("file_no", pa.array([f"F-{i + 1:06d}" for i in range(N)]))
    assert counts_up(rows, N)
    shuffled = sorted(range(N), key=lambda _: rng.random())
    loose = ColumnValues.from_array("file_no", pa.array([f"F-{30001 + i:06d}" for i in shuffled]))
    assert counts_up(loose, N)  # in any order: they cover the rows
    rising = ColumnValues.from_array("n", pa.array([str(i * 97 + 5) for i in range(N)]))
    assert counts_up(rising, 1_000_000)  # whole numbers rising with the rows
    # a register sorted by its staff numbers rises too, across a span far beyond its rows
    staff = sorted(rng.sample(range(100_000, 200_000), N))
    sorted_keys = ColumnValues.from_array("emp_id", pa.array([str(k) for k in staff]))
    assert not counts_up(sorted_keys, N)


def test_a_passport_shape_without_a_name_is_an_id_only_in_a_table_about_people() -> None:
    rng = _rng("opaque")
    codes = [f"FA{digits(rng, 7)}" for _ in range(N)]
    people = _found({**_people(rng), "c05": codes})["c05"]
    assert _kind(people) == "ID"
    assert "AU_PASSPORT" not in {e.type for e in people.entities}
    assert not _found({**_things(rng), "c05": codes})["c05"].personal
    episodes = [f"E{digits(rng, 9)}" for _ in range(N)]  # another length: left alone
    assert not _found({**_people(rng), "c05": episodes})["c05"].personal


@pytest.mark.parametrize("name", ["x_doc", "doc_sighted"])
def test_passports_under_a_name_of_a_document_that_says_not_which_are_passports(
    name: str,
) -> None:
    # a tribunal's applications: the document an applicant showed, for one in ten of them
    rng = _rng(name)
    passports = [
        rng.choice(["N", "M", "E", "R", "PA", "PB"]) + digits(rng, 7)
        if rng.random() < 0.1
        else None
        for _ in range(N * 3)
    ]
    people = {key: column * 3 for key, column in _people(rng).items()}
    found = _found({**people, name: passports})[name]
    assert _kind(found) == "AU_PASSPORT", found
    # a booking's or an order's references in the same shape are the records'
    for record in ("booking_ref", "order_no"):
        assert not _found({**people, record: passports})[record].personal


def test_a_travel_documents_country_is_its_holders_nationality() -> None:
    rng = _rng("travel document countries")
    countries = [rng.choice(["Iran", "Sudan", "Afghanistan", "Myanmar", "Iraq"]) for _ in range(N)]
    found = _found({**_people(rng), "travel_doc_country": countries})["travel_doc_country"]
    assert _kind(found) == "ETHNICITY", found


@pytest.mark.parametrize(
    "name", ["passport_no", "PassportNumber", "travel_document_passport", "travel_doc", "TRVL_DOC"]
)
def test_foreign_passport_numbers_under_a_passport_name(name: str) -> None:
    rng = _rng(name)
    forms = [
        lambda: "E" + digits(rng, 8),  # China
        lambda: digits(rng, 9),  # United States, United Kingdom
        lambda: _letters(rng, 1) + digits(rng, 7),  # India, Australia
        lambda: f"C{_letters(rng, 2)}{digits(rng, 2)}{_letters(rng, 1)}{digits(rng, 3)}",
        lambda: f"{digits(rng, 2)}{_letters(rng, 2)}{digits(rng, 5)}",  # France
    ]
    values = [rng.choice(forms)() for _ in range(N)]
    found = _found({**_people(rng), name: values})[name]
    assert _kind(found) == "AU_PASSPORT"
    assert found.category == "direct_identifier"


@pytest.mark.parametrize(
    "name", ["proof_id_drivers_licence", "DL_NO", "licence_number", "NOM_DRV_LIC"]
)
def test_state_driver_licences_under_a_licence_name(name: str) -> None:
    rng = _rng(name)
    forms = [
        lambda: digits(rng, 8),  # NSW, QLD
        lambda: digits(rng, 9),  # VIC
        lambda: digits(rng, 7),  # WA
        lambda: "S" + digits(rng, 5),  # SA
        lambda: rng.choice(["NSW ", "VIC-", ""]) + digits(rng, 8),
        # a nominated driver's, the state after it on a third of the rows
        lambda: digits(rng, 8) + rng.choice([" (NSW)", " (WA)", "(QLD)"]),
        lambda: digits(rng, 8) + rng.choice([" (NSW)", " (WA)", "(QLD)"]),
    ]
    found = _found({**_people(rng), name: [rng.choice(forms)() for _ in range(N)]})[name]
    assert _kind(found) == "AU_DRIVERS_LICENCE"


def test_a_licence_in_no_driver_format_is_an_id() -> None:
    rng = _rng("licence formats")
    values = [f"FA{digits(rng, 7)}" for _ in range(N)]
    assert _kind(_found({**_people(rng), "licence_no": values})["licence_no"]) == "ID"


# -- 2. several people in a cell, ranks, initials, badges -----------------------------------


def _initial(rng: random.Random) -> str:
    return given(rng)[0]


CELL_FORMS: dict[str, Callable[[random.Random], str]] = {
    "couples": lambda rng: f"{_initial(rng)} {(f := family(rng).upper())} & {_initial(rng)} {f}",
    "lists": lambda rng: "; ".join(
        f"{given(rng)} {family(rng).upper()}" for _ in range(rng.randint(2, 3))
    ),
    "ranks": lambda rng: (
        f"{rng.choice(['Sgt', 'Const', 'Snr Const', 'Det Sgt', 'Insp', 'Supt'])} "
        f"{_initial(rng)}. {family(rng)} #{digits(rng, 4)}"
    ),
    "titles": lambda rng: (
        f"{rng.choice(['Dr', 'Mr', 'Ms', 'Prof', 'Rev'])} {_initial(rng)}. {family(rng)}"
    ),
    "family_first": lambda rng: f"{family(rng).upper()}, {given(rng)}",
    "defence_ranks": lambda rng: (
        f"{rng.choice(['LEUT', 'PO', 'LS', 'MAJ', 'CAPT', 'FLTLT', 'WO2', 'CPL'])} "
        f"{given(rng)} {family(rng).upper()}"
    ),
    "and": lambda rng: f"{given(rng)} {family(rng)} and {given(rng)} {family(rng)}",
}


@pytest.mark.parametrize("form", sorted(CELL_FORMS))
@pytest.mark.parametrize("name", ["attending_officers", "parties", "c04"])
def test_people_listed_in_one_cell_are_people(form: str, name: str) -> None:
    rng = _rng(form + name)
    values = [CELL_FORMS[form](rng) for _ in range(N)]
    found = scan_table(pa.table({name: values})).columns[0]
    assert _kind(found) == "PERSON", found
    assert found.category == "direct_identifier"


def test_firms_with_ampersands_are_not_people() -> None:
    rng = _rng("firms")
    firms = ["Lee & Chan", "Smith & Sons", "Nguyen & Co", "Rossi & Partners", "Tran & Le"]
    values = [rng.choice(firms + list(BUSINESSES)) for _ in range(N)]
    assert not scan_table(pa.table({"c02": values})).columns[0].personal
    accountants = [f"{family(rng)} & {family(rng)} Accountants" for _ in range(N)]
    assert not scan_table(pa.table({"c02": accountants})).columns[0].personal


def test_people_beside_one_organisation_named_again_and_again_are_people() -> None:
    # a bankrupt's trustee: a registered trustee by name, or the Official Trustee
    rng = _rng("trustees")
    trustees = [f"{given(rng)} {family(rng)}" for _ in range(30)]
    values = [
        "Official Trustee in Bankruptcy" if rng.random() < 0.5 else rng.choice(trustees)
        for _ in range(N)
    ]
    found = scan_table(pa.table({"TRUSTEE": values})).columns[0]
    assert _kind(found) == "PERSON", found
    assert found.best is not None
    assert "one organisation named again and again" in found.best.evidence
    # a few people beside it are a firm's partners, and many organisations are a directory
    partners = [
        rng.choice(trustees[:4]) if rng.random() < 0.5 else "Official Trustee in Bankruptcy"
        for _ in range(N)
    ]
    assert not scan_table(pa.table({"TRUSTEE": partners})).columns[0].personal
    firms = [f"{family(rng)} Insolvency Pty Ltd" for _ in range(8)]
    mixed = [rng.choice(firms) if rng.random() < 0.5 else rng.choice(trustees) for _ in range(N)]
    found = scan_table(pa.table({"TRUSTEE": mixed})).columns[0]
    assert found.best is None or "one organisation" not in found.best.evidence


def _payees(rng: random.Random, people: list[str], businesses: int, paid_again: int) -> list[str]:
    """Payments out of estates: businesses paid again and again, the rest people."""
    trades = ("Plumbing", "Hearing", "Pharmacy")
    bills = [f"{family(rng)} {rng.choice(trades)} Pty Ltd" for _ in range(businesses)]
    bills += ["City of Parramatta Council", "Revenue NSW"]
    paid = [bill for bill in bills for _ in range(paid_again)]
    return rng.sample(paid + people, len(paid) + len(people))


def test_people_among_businesses_paid_again_and_again_are_people() -> None:
    # an estate's payees: a relative or the client once or twice each, a council's rates
    # and a pharmacy's account every month; under no name, people are a third of the rows
    rng = _rng("payees")
    people = [f"{given(rng)} {family(rng)}" for _ in range(N)]
    found = scan_table(pa.table({"c04": _payees(rng, people, 30, 20)})).columns[0]
    assert _kind(found) == "PERSON", found
    assert found.best is not None
    assert "organisations named again and again" in found.best.evidence
    # a register of businesses names each once, its sole traders by their own names too
    assert not scan_table(pa.table({"c04": _payees(rng, people[:80], 240, 1)})).columns[0].personal
    # and a few people paid as often as the businesses are the firm's own partners
    partners = [rng.choice(people[:20]) for _ in range(N)]
    assert not scan_table(pa.table({"c04": _payees(rng, partners, 30, 20)})).columns[0].personal
    # sole traders by their own names among suppliers paid monthly: a few, or a small part
    few = [name for name in people[:25] for _ in range(2)]
    assert not scan_table(pa.table({"c04": _payees(rng, few, 3, 20)})).columns[0].personal
    assert not scan_table(pa.table({"c04": _payees(rng, people[:40], 30, 20)})).columns[0].personal


# -- 3. cultural and linguistic background --------------------------------------------------

COUNTRIES = (
    "Australia", "Australia", "Australia", "India", "China", "England", "New Zealand",
    "Philippines", "Viet Nam", "South Africa", "Italy", "Malaysia", "Sri Lanka", "Nepal",
    "Lebanon", "Greece", "Iraq", "Afghanistan", "Fiji", "Sudan",
)  # fmt: skip
LANGUAGES = (
    "English", "English", "English", "Mandarin", "Arabic", "Vietnamese", "Cantonese",
    "Punjabi", "Greek", "Italian", "Hindi", "Spanish", "Tagalog", "Nepali", "Korean",
)  # fmt: skip
SACC = (
    1101, 1201, 2100, 2102, 3104, 3105, 3207, 4106, 5104, 5105, 5203, 5206, 6101, 7103,
    7106, 7107, 8102, 8104, 9220, 9232, 4111, 7201, 1504, 3307, 2201, 5101, 6105, 9108,
)  # fmt: skip


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("COUNTRY_OF_BIRTH", COUNTRIES),
        ("cob", COUNTRIES),
        ("BirthCountry", COUNTRIES),
        ("place_of_birth", COUNTRIES),
        ("citizenship", ("Australian citizen", "Permanent resident", "New Zealand citizen")),
        ("nationality", ("Australian", "Indian", "Chinese", "British", "Filipino")),
        ("LANG_SPOKEN_AT_HOME", LANGUAGES),
        ("main_language", LANGUAGES),
        ("COB_CODE", tuple(str(c) for c in SACC)),
        ("country_of_birth_sacc", SACC),
        ("Passport Country", COUNTRIES),  # the holder's nationality
        ("passportCountry", COUNTRIES),
    ],
)
def test_background_is_ethnicity_not_location(name: str, values: tuple[Any, ...]) -> None:
    rng = _rng(name)
    found = _found({**_people(rng), name: [rng.choice(values) for _ in range(N)]})[name]
    assert _kind(found) == "ETHNICITY", found
    assert found.category == "sensitive"


def test_a_country_of_residence_is_still_a_location() -> None:
    rng = _rng("residence")
    found = _found({**_people(rng), "country": [rng.choice(COUNTRIES) for _ in range(N)]})
    assert _kind(found["country"]) == "LOCATION"


# -- 4. medicines, mental health status, K10 ------------------------------------------------

ATC = ("N06AB06", "C10AA05", "N02BE01", "A10BA02", "C09AA04", "N05AH04", "R03AC02", "B01AC06")
PBS = ("2622B", "08254K", "1215Y", "08757Y", "2092Q", "09140H", "1967R", "08519W")
DRUGS = (
    "Sertraline 50 mg tablet", "Atorvastatin 40 mg", "Metformin 500mg", "Quetiapine 25 mg",
    "Salbutamol inhaler", "Perindopril 5 mg", "Paracetamol 500 mg", "Olanzapine 10 mg",
)  # fmt: skip


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("ATC_CODE", ATC),
        ("pbs_item_code", PBS),
        ("item_dispensed", DRUGS),
        ("medication", DRUGS),
        ("DRUG", ATC + PBS),
    ],
)
def test_medicines_under_a_pharmacy_name_are_health(name: str, values: tuple[str, ...]) -> None:
    rng = _rng(name)
    found = _found({**_people(rng), name: [rng.choice(values) for _ in range(N)]})[name]
    assert _kind(found) == "HEALTH" and found.category == "sensitive"


@pytest.mark.parametrize("values", [ATC, PBS, DRUGS])
def test_medicines_under_any_name_are_health_only_in_a_table_about_people(
    values: tuple[str, ...],
) -> None:
    rng = _rng(values[0])
    column = [rng.choice(values) for _ in range(N)]
    assert _kind(_found({**_people(rng), "item": column})["item"]) == "HEALTH"
    reference = {
        "item": column,
        "description": [rng.choice(["Tablet", "Capsule", "Inhaler"]) for _ in range(N)],
        "price": [f"{rng.uniform(5, 90):.2f}" for _ in range(N)],
        "manufacturer": [rng.choice(BUSINESSES) for _ in range(N)],
    }
    assert not any(c.personal for c in _found(reference).values())


LEGAL_STATUS = (
    "Voluntary", "Involuntary", "Community treatment order", "Forensic patient",
    "Involuntary", "Voluntary",
)  # fmt: skip


@pytest.mark.parametrize("name", ["Legal status", "LEGAL_STATUS_CD", "c07"])
def test_a_mental_health_legal_status_is_health(name: str) -> None:
    rng = _rng(name)
    found = _found({**_people(rng), name: [rng.choice(LEGAL_STATUS) for _ in range(N)]})[name]
    assert _kind(found) == "HEALTH"


def test_the_orders_a_mental_health_tribunal_hears_are_health() -> None:
    # an order's kind, written as the act names it or abbreviated, among hearings for
    # electroconvulsive therapy and assessments under a section of the act
    rng = _rng("tribunal")
    orders = [
        "CTO", "ECT Inquiry", "Forensic - Conditional release", "Assessment (s27)",
        "Community Treatment Order", "IPO", "Involuntary Patient Order",
    ]  # fmt: skip
    table = {**_people(rng), "ORDER_TYPE": [rng.choice(orders) for _ in range(N)]}
    assert _kind(_found(table)["ORDER_TYPE"]) == "HEALTH"


def test_voluntary_and_involuntary_elsewhere_are_not_health() -> None:
    rng = _rng("redundancy")
    values = [rng.choice(["Voluntary", "Involuntary", "Retirement"]) for _ in range(N)]
    found = _found({**_people(rng), "termination_type": values})["termination_type"]
    assert "HEALTH" not in {e.type for e in found.entities}


@pytest.mark.parametrize("name", ["K10", "K10_SCORE", "k10_total", "KESSLER_10", "Kessler K10"])
def test_k10_scores_are_health(name: str) -> None:
    rng = _rng(name)
    table = {**_people(rng), name: [str(rng.randint(10, 50)) for _ in range(N)]}
    assert _kind(_found(table)[name]) == "HEALTH"


# -- 5. places and numbers that only look personal -------------------------------------------

LGAS = (
    "City of Sydney", "Blacktown (C)", "Shire of Broome", "Parramatta (C)",
    "Wollondilly Shire Council", "City of Greater Geelong", "Logan (C)", "Ku-ring-gai (A)",
)  # fmt: skip


@pytest.mark.parametrize("name", ["SA3_NAME", "property_lga", "SA2"])
def test_an_area_beside_a_finer_place_says_nothing_more(name: str) -> None:
    rng = _rng(name)
    areas = [rng.choice(LGAS) for _ in range(N)]
    finer = {
        **_people(rng),
        "SUBURB": [rng.choice(SUBURBS) for _ in range(N)],
        "POSTCODE": [rng.choice(POSTCODES) for _ in range(N)],
        name: areas,
    }
    found = _found(finer)
    assert not found[name].personal
    assert _kind(found["SUBURB"]) == "LOCATION"
    assert _kind(_found({**_people(rng), name: areas})[name]) == "LOCATION"  # the finest


@pytest.mark.parametrize("name", ["LGA", "res_lga", "LOCAL_GOVERNMENT_AREA"])
def test_a_persons_own_council_area_is_reported_beside_finer_places(name: str) -> None:
    # a release may drop the postcode and keep the LGA: the steward must see it
    rng = _rng(name)
    finer = {
        **_people(rng),
        "POSTCODE": [rng.choice(POSTCODES) for _ in range(N)],
        name: [rng.choice(LGAS) for _ in range(N)],
    }
    assert _kind(_found(finer)[name]) == "LOCATION"
    # a council's code is a code
    codes = {**finer, "LGA_CODE": [rng.choice(["10050", "10180", "17200"]) for _ in range(N)]}
    assert not _found(codes)["LGA_CODE"].personal


def test_a_business_place_beside_an_address_is_not_read_as_the_persons() -> None:
    rng = _rng("office")
    table = {
        **_people(rng),
        "HOME_ADDRESS": [f"{rng.randint(1, 99)} King Street" for _ in range(N)],
        "workplace": [rng.choice(SUBURBS) for _ in range(N)],
        "office_pcode": [rng.choice(POSTCODES) for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["HOME_ADDRESS"]) == "ADDRESS"
    assert not found["workplace"].personal
    assert not found["office_pcode"].personal


def test_areas_in_a_table_without_people_are_not_personal() -> None:
    rng = _rng("areas")
    table = {**_things(rng), "LGA": [rng.choice(LGAS) for _ in range(N)]}
    assert not any(c.personal for c in _found(table).values())
    # a supplier's ABN is a business's: the table is still about no one
    for name in ("SUPPLIER_ABN", "ABN"):
        abns = {**table, name: ["51 824 753 556", "53 004 085 616"] * (N // 2)}
        found = _found(abns)
        # named for a supplier, it is the supplier's; unnamed, a sole trader's may be a person's
        assert _kind(found[name]) == (None if name == "SUPPLIER_ABN" else "AU_ABN")
        assert not found["LGA"].personal


@pytest.mark.parametrize(
    "name", ["supplier_postcode", "EMPLOYER_PCODE", "business_suburb", "office_postcode"]
)
def test_a_business_place_is_not_personal(name: str) -> None:
    rng = _rng(name)
    values = [rng.choice(SUBURBS) if "suburb" in name else rng.choice(POSTCODES) for _ in range(N)]
    assert not _found({**_people(rng), name: values})[name].personal


@pytest.mark.parametrize("name", ["plurality", "MULTIPLE_BIRTH", "c06"])
def test_single_and_twins_are_not_a_marital_status(name: str) -> None:
    rng = _rng(name)
    values = [rng.choice(["Single"] * 30 + ["Twins", "Twins", "Triplets"]) for _ in range(N)]
    assert not _found({**_people(rng), name: values})[name].personal


def test_a_marital_status_without_a_name_needs_its_own_words() -> None:
    rng = _rng("marital")
    words = ["Married", "Never married", "Divorced", "Widowed", "De facto", "Separated"]
    found = _found({**_people(rng), "c06": [rng.choice(words) for _ in range(N)]})["c06"]
    assert _kind(found) == "MARITAL_STATUS"


def _weights(rng: random.Random) -> list[int]:
    return [max(400, int(rng.gauss(3350, 550))) for _ in range(N)]


@pytest.mark.parametrize("name", ["birth_weight_g", "Birth weight (g)", "BWT_GRAMS", "c05"])
@pytest.mark.parametrize("arrow", [pa.string(), pa.int32()])
def test_a_birth_weight_in_grams_is_not_a_postcode(name: str, arrow: pa.DataType) -> None:
    rng = _rng(name)
    weights = _weights(rng)
    values = pa.array([str(w) for w in weights] if arrow == pa.string() else weights, arrow)
    births = {
        "BABY_DOB": [recent(rng, 1).isoformat() for _ in range(N)],
        "SEX": [rng.choice("MF") for _ in range(N)],
        "MOTHER_NAME": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        name: values,
    }
    assert _kind(_found(births)[name]) != "AU_POSTCODE"


def test_unnamed_postcodes_that_agree_with_the_table_are_postcodes() -> None:
    rng = _rng("unnamed postcodes")
    places = {
        "Parramatta": "2150", "Footscray": "3011", "Inala": "4077", "Glenorchy": "7010",
        "Belconnen": "2617", "Casuarina": "0810", "Dandenong": "3175", "Joondalup": "6027",
    }  # fmt: skip
    suburbs = [rng.choice(sorted(places)) for _ in range(N)]
    table = {**_people(rng), "SUBURB": suburbs, "c09": [places[s] for s in suburbs]}
    assert _kind(_found(table)["c09"]) == "AU_POSTCODE"
    national = {**_people(rng), "c09": [rng.choice(POSTCODES) for _ in range(N)]}
    assert _kind(_found(national)["c09"]) == "AU_POSTCODE"
    shuffled = {**_people(rng), "SUBURB": suburbs, "c09": [rng.choice(_WEIGHTS) for _ in range(N)]}
    assert _kind(_found(shuffled)["c09"]) != "AU_POSTCODE"


_WEIGHTS = tuple(str(w) for w in range(2400, 4600, 7))


# -- 6. dates of birth of newborns ----------------------------------------------------------


@pytest.mark.parametrize("name", ["Date of Birth", "DOB", "baby_birth_date", "child_dob"])
def test_newborns_dates_of_birth_under_a_birth_name(name: str) -> None:
    rng = _rng(name)
    values = [recent(rng, 1.5).strftime("%d/%m/%Y") for _ in range(N)]
    found = _found({"MOTHER_NAME": [f"{given(rng)} {family(rng)}" for _ in range(N)], name: values})
    assert _kind(found[name]) == "DATE_OF_BIRTH"


def test_recent_dates_without_a_birth_name_are_not_births() -> None:
    rng = _rng("recent")
    values = [recent(rng, 1.5).strftime("%d/%m/%Y") for _ in range(N)]
    assert not _found({**_people(rng), "c07": values})["c07"].personal


# -- 7. struct columns, leaf by leaf ---------------------------------------------------------


def _workers(rng: random.Random) -> pa.Table:
    rows = [
        {
            "worker": {
                "dob": birth(rng, 18, 70).isoformat(),
                "name": {"family": family(rng), "given": given(rng)},
                "grade": rng.choice(["APS 4", "APS 5", "EL 1"]),
            },
            "hours": rng.randint(10, 40),
        }
        for _ in range(N)
    ]
    rows[3]["worker"] = None
    return pa.Table.from_pylist(rows)


def test_a_struct_column_is_reported_with_its_leaves() -> None:
    result = scan_table(_workers(_rng("workers")))
    names = [c.name for c in result.columns]
    assert names == [
        "worker",
        "worker.dob",
        "worker.name.family",
        "worker.name.given",
        "worker.grade",
        "hours",
    ]
    found = {c.name: c for c in result.columns}
    assert found["worker"].personal and found["worker"].category == "direct_identifier"
    assert found["worker"].data_type.startswith("struct<")
    assert _kind(found["worker.dob"]) == "DATE_OF_BIRTH"
    assert _kind(found["worker.name.family"]) == "PERSON"
    assert not found["worker.grade"].personal
    assert not found["hours"].personal
    assert 0 < found["worker.dob"].null_fraction < 0.05
    assert set(found["worker.dob"].as_dict()) == set(found["hours"].as_dict())
    assert result.column("worker") is found["worker"]
    assert [c.name for c in top_level(result.columns)] == ["worker", "hours"]


def test_a_struct_leaf_takes_part_in_the_table_context() -> None:
    rng = _rng("leaf context")
    rows = [
        {"person": {"dob": birth(rng, 5, 90).isoformat()}, "dva": f"NX{digits(rng, 6)}"}
        for _ in range(N)
    ]
    table = pa.Table.from_pylist(rows).rename_columns(["person", "DVA_FILE_NO"])
    found = {c.name: c for c in scan_table(table).columns}
    assert _kind(found["DVA_FILE_NO"]) == "ID"  # the leaf's date of birth says: people


def test_struct_leaves_from_a_json_lines_file(tmp_path: Path) -> None:
    import json

    rng = _rng("jsonl")
    path = tmp_path / "workers.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for _ in range(N):
            record = {"worker": {"dob": birth(rng, 18, 70).isoformat(), "pcode": "2600"}}
            fh.write(json.dumps(record) + "\n")
    result = scan(path)
    assert [c.name for c in result.columns] == ["worker", "worker.dob", "worker.pcode"]
    assert json.loads(json.dumps(result.as_dict()))["columns"][1]["name"] == "worker.dob"


def test_the_guard_finds_a_struct_column_by_its_top_level_name() -> None:
    from minshare.pipeline import guard

    result: ScanResult = scan_table(_workers(_rng("guard")))
    rule = SimpleNamespace(action="keep", justification=None, line=7)
    plan: Any = SimpleNamespace(columns=[SimpleNamespace(name="worker", rule=rule)])
    findings = guard(plan, result)
    assert [f.rule for f in findings] == ["keep-personal"]
    assert "'worker'" in findings[0].reason


@pytest.mark.parametrize("name", ["min_salary", "duration_min", "MIN_AGE"])
def test_a_minimum_or_minutes_is_no_master_index_number(name: str) -> None:
    rng = _rng(name)
    table = {**_people(rng), name: [str(rng.randint(10_000, 99_999)) for _ in range(N)]}
    assert _kind(_found(table)[name]) != "ID"


def test_a_hierarchys_parent_codes_are_no_parents() -> None:
    # a code table's parent codes (CC-RL, HD-XP) under a name that speaks of a parent
    rng = _rng("parent codes")
    consonants = "BCDFGHJKLMNPRSTVWXZ"
    codes = [
        f"{rng.choice(consonants)}{rng.choice(consonants)}-{rng.choice(consonants)}"
        f"{rng.choice(consonants)}"
        for _ in range(20)
    ]
    table = {**_people(rng), "parent_cd": [rng.choice(codes) for _ in range(N)]}
    assert _kind(_found(table)["parent_cd"]) != "PERSON"


def test_a_few_brands_under_an_operators_name_are_no_people() -> None:
    # wagering operators by their brands, a dozen over many alerts
    rng = _rng("operators")
    brands = ["Unibet", "TopSport", "Sportsbet", "PointsBet", "Palmerbet", "Ladbrokes"]
    brands += ["Neds", "Dabble", "Betfair", "BetRight", "Bluebet", "Betdeluxe"]
    table = {**_people(rng), "OPERATOR": [rng.choice(brands) for _ in range(N)]}
    assert _kind(_found(table)["OPERATOR"]) != "PERSON"


def test_many_family_names_the_dictionaries_barely_know_are_still_people() -> None:
    rng = _rng("parents")
    names = [
        f"{rng.choice('BDGKMNTW')}{rng.choice('aeiou')}{rng.choice('lmnrw')}"
        f"{rng.choice('aeiou')}{rng.choice('djkr')}{rng.choice('aiu')}"
        for _ in range(200)
    ]
    table = {**_people(rng), "parent": [rng.choice(names) for _ in range(N)]}
    assert _kind(_found(table)["parent"]) == "PERSON"


def test_a_cases_number_on_each_of_its_notes_is_its_persons() -> None:
    # a case's notes, four or so a case: its number comes back on each, and is its person's
    rng = _rng("case notes")
    numbers = [rng.randint(10_000, 99_999) for _ in range(70)]
    cases = [f"RA-24-{rng.choice(numbers)}" for _ in range(N)]
    table = {**_people(rng), "case_ref": cases}
    assert _kind(_found(table)["case_ref"]) == "ID"
    # another number that comes back as often is no one's by that alone
    members = {**_people(rng), "membership_no": [c.replace("RA-24-", "MBR/") for c in cases]}
    assert not _found(members)["membership_no"].personal
