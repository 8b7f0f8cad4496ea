"""What a third independent evaluation on agency tables found hard, each with its decoys.

1. tables with no people in them (organisations, schools, stock, properties), whose places,
   wages and codes are nobody's, beside the same shapes in tables about people;
2. health practitioners, officials and relatives; holders and owners that mix people and
   companies; Medicare provider numbers;
3. identifiers named by agency words: a USI, a BPAY customer reference number, a direct
   debit account, a vehicle's plate;
4. sex and Indigenous status as bare codes in a file with no header;
5. court outcomes, jury disqualification reasons, sexual orientation, organ donation;
6. places of residence and of death, and places of things (a plate's state, a camera's
   location);
7. latitudes and longitudes, which are not telephone numbers.

The tables come from :mod:`agency_tables`, which also scores the whole set.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from agency_tables import (
    CAMERA_PLACES,
    COMMUNITY_ORGS,
    DONATION,
    JURY_REASONS,
    MEDICINES,
    OUTCOMES,
    OWNER_COMPANIES,
    VACCINES,
    VESSELS,
    address,
    all_tables,
    assets_coded_headerless,
    bpay_crn,
    camera_detections,
    clients_coded_headerless,
    community_grants,
    payroll_tax_audits,
    person,
    pharmacy_inventory,
    procurement,
    provider_number,
    rental_bonds,
    school_immunisation,
    titled_doctor,
    usi,
    water_meters,
)
from category_tables import (
    BUSINESSES,
    POSTCODES,
    SUBURBS,
    Table,
    birth,
    digits,
    evaluate,
    family,
    given,
    plate,
    recent,
    write,
)
from detect_support import found as _found
from detect_support import kind as _kind

from minshare.detect import ColumnFinding, scan
from minshare.identifiers import luhn_ok

N = 300


def _rng(seed: str) -> random.Random:
    return random.Random(seed)


def _kinds(finding: ColumnFinding) -> set[str]:
    return {e.type for e in finding.entities}


def _people(rng: random.Random, n: int = N) -> dict[str, list[Any]]:
    """Columns that make a table about people: a name and a date of birth."""
    return {
        "CLIENT_NAME": [person(rng) for _ in range(n)],
        "DOB": [birth(rng, 1, 90).isoformat() for _ in range(n)],
    }


def _places(rng: random.Random, n: int = N) -> dict[str, list[Any]]:
    return {
        "Suburb": [rng.choice(SUBURBS) for _ in range(n)],
        "Postcode": [rng.choice(POSTCODES) for _ in range(n)],
        "State": [rng.choice(["NSW", "VIC", "QLD", "WA"]) for _ in range(n)],
    }


def _scan_table_file(table: Table, folder: Path, *, names_blind: bool) -> list[ColumnFinding]:
    path = write(table, folder, names_blind=names_blind)
    fmt = "csv" if path.suffix == ".csv" and not table.header else None
    return list(scan(path, input_format=fmt).columns)


# -- 1. tables with no people -----------------------------------------------------------------

NO_PEOPLE: dict[str, Callable[[random.Random], Table]] = {
    "school immunisation counts": school_immunisation,
    "community grants": community_grants,
    "hospital pharmacy inventory": pharmacy_inventory,
    "procurement": procurement,
    "payroll-tax audits": payroll_tax_audits,
    "water meters": water_meters,
    "rental bonds without tenants": rental_bonds,
}


@pytest.mark.parametrize("names_blind", [False, True], ids=["named", "blind"])
@pytest.mark.parametrize("kind", sorted(NO_PEOPLE))
def test_a_table_with_no_people_has_no_personal_column(
    kind: str, names_blind: bool, tmp_path: Path
) -> None:
    table = NO_PEOPLE[kind](_rng(kind))
    findings = _scan_table_file(table, tmp_path, names_blind=names_blind)
    flagged = [
        (c.name, _kind(f)) for c, f in zip(table.columns, findings, strict=True) if f.personal
    ]
    assert flagged == []


def test_the_same_places_and_wages_in_a_table_about_people_are_personal() -> None:
    rng = _rng("people places")
    table = {
        "Tenant Name": [person(rng) for _ in range(N)],
        "Premises Suburb": [rng.choice(SUBURBS) for _ in range(N)],
        "Premises Postcode": [rng.choice(POSTCODES) for _ in range(N)],
        "Gross Wages": [f"{rng.uniform(2e4, 2e5):.2f}" for _ in range(N)],
        "Employer": [rng.choice(BUSINESSES) for _ in range(N)],
    }
    found = _found(table)
    assert _kind(found["Premises Suburb"]) == "LOCATION"
    assert _kind(found["Premises Postcode"]) == "AU_POSTCODE"
    assert _kind(found["Gross Wages"]) == "INCOME"
    assert found["Gross Wages"].category == "quasi_identifier"
    assert not found["Employer"].personal


@pytest.mark.parametrize("name", ["organisation", "Grantee", "Applicant", "c02"])
def test_organisation_names_are_never_a_persons_origin_or_faith(name: str) -> None:
    rng = _rng(name)
    orgs = [rng.choice(COMMUNITY_ORGS[:24]) for _ in range(N)]
    alone = _found({name: orgs})[name]
    assert not alone.personal, alone
    beside_people = _found({**_people(rng), name: orgs})[name]
    sensitive = {"ETHNICITY", "RELIGION", "SEXUAL_ORIENTATION", "HEALTH", "PERSON"}
    assert not _kinds(beside_people) & sensitive, beside_people


def test_ethnic_community_associations_are_organisations() -> None:
    rng = _rng("associations")
    names = [
        f"{rng.choice(['Vietnamese', 'Sudanese', 'Lebanese', 'Samoan', 'Tongan', 'Greek'])} "
        f"{rng.choice(['Community', 'Women', 'Youth', 'Seniors', 'Cultural'])} "
        f"{rng.choice(['Association Inc', 'Network', 'Council', 'Club', 'Society', 'Trust'])}"
        for _ in range(N)
    ]
    places = _places(rng)
    found = _found({"Org": names, **places, "Amount": [str(rng.randint(1, 9) * 1000)] * N})
    assert not any(f.personal for f in found.values()), found
    # people's origins in words are still ethnicity
    origins = [rng.choice(["Vietnamese", "Sudanese", "Lebanese", "Samoan"]) for _ in range(N)]
    assert _kind(_found({**_people(rng), "c03": origins})["c03"]) == "ETHNICITY"


@pytest.mark.parametrize("name", ["Recipient", "Applicant", "Provider", "Grant Recipient"])
def test_charities_under_a_role_that_people_share_are_not_people(name: str) -> None:
    rng = _rng(name)
    charities = [
        "Foodbank NSW", "Lifeline Sydney", "Headspace Geelong", "OzHarvest", "Beyond Blue",
        "Mission Australia", "Youth Off The Streets", "Anglicare Sydney", "Kids Helpline",
        "Legacy Brisbane", "Settlement Services International", "Jesuit Social Services",
    ]  # fmt: skip
    table = {name: [rng.choice(charities) for _ in range(N)], **_places(rng)}
    assert not any(f.personal for f in _found(table).values())


def test_vaccine_brands_are_health_only_of_people() -> None:
    rng = _rng("vaccines")
    brands = [rng.choice(VACCINES) for _ in range(N)]
    assert not _found({"vaccine": brands})["vaccine"].personal
    schools = {
        "School": [f"{rng.choice(SUBURBS)} Public School" for _ in range(N)],
        **_places(rng),
        "Vaccine": brands,
        "Doses": [str(rng.randint(10, 900)) for _ in range(N)],
    }
    assert not any(f.personal for f in _found(schools).values())
    register = {**_people(rng), "Vaccine": brands, "Dose Date": [recent(rng).isoformat()] * N}
    assert _kind(_found(register)["Vaccine"]) == "HEALTH"


def test_medicine_codes_in_stock_are_not_health_but_a_patients_are() -> None:
    rng = _rng("stock")
    stock = {
        "Item Description": [rng.choice(MEDICINES) for _ in range(N)],
        "PBS Code": [rng.choice(["2622B", "08254K", "1215Y", "08757Y"]) for _ in range(N)],
        "ATC": [rng.choice(["J01CA04", "N02BE01", "A10BA02"]) for _ in range(N)],
        "Qty": [str(rng.randint(0, 500)) for _ in range(N)],
    }
    assert not any(f.personal for f in _found(stock).values())
    dispensed = {**_people(rng), **stock}
    found = _found(dispensed)
    assert _kind(found["PBS Code"]) == "HEALTH"
    assert _kind(found["ATC"]) == "HEALTH"


_OPIOID, _BENZO, _STIMULANT = "Opioid analgesic", "Benzodiazepine", "Psychostimulant"
_CONTROLLED = {
    "OXYCODONE": _OPIOID, "MORPHINE": _OPIOID, "TAPENTADOL": _OPIOID, "FENTANYL": _OPIOID,
    "BUPRENORPHINE": _OPIOID, "CODEINE": _OPIOID, "DIAZEPAM": _BENZO, "ALPRAZOLAM": _BENZO,
    "CLONAZEPAM": _BENZO, "METHYLPHENIDATE": _STIMULANT, "DEXAMFETAMINE": _STIMULANT,
}  # fmt: skip


@pytest.mark.parametrize("blind", [False, True])
def test_a_list_of_medicines_led_by_their_codes_describes_no_one(blind: bool) -> None:
    # a program's reference list of PBS items: each code once, its medicine's generic name
    # and its class beside it; the same codes dispensed to people are their health
    rng = _rng(f"formulary {blind}")
    codes = sorted({f"{rng.randint(1000, 13999)}{rng.choice('ABEFKLTXY')}" for _ in range(N)})
    drugs = [rng.choice(sorted(_CONTROLLED)) for _ in codes]
    items = {
        "PBS_CODE": codes,
        "DRUG_NAME": drugs,
        "FORM_STRENGTH": [f"{rng.choice([5, 10, 20, 40])} mg tablet" for _ in codes],
        "DRUG_CLASS": [_CONTROLLED[drug] for drug in drugs],
        "MME_FACTOR": [str(rng.choice([0.2, 1, 1.5, 3.0])) for _ in codes],
    }
    if blind:
        items = {f"c{at:02d}": column for at, column in enumerate(items.values(), 1)}
    assert not any(f.personal for f in _found(items).values())
    dispensed = [rng.randrange(len(codes)) for _ in range(N)]
    dispensing = {
        **_people(rng),
        "PBS_ITEM": [codes[at] for at in dispensed],
        "DRUG_NAME": [drugs[at] for at in dispensed],
    }
    found = _found(dispensing)
    assert _kind(found["PBS_ITEM"]) == _kind(found["DRUG_NAME"]) == "HEALTH"


@pytest.mark.parametrize("wages", ["Taxable Wages", "Total Wages", "Gross Wages Paid"])
def test_a_business_wages_are_not_income(wages: str) -> None:
    rng = _rng(wages)
    audits = {
        "Employer ABN": ["51 824 753 556", "53 004 085 616", "33 051 775 556"] * (N // 3),
        wages: [f"{rng.uniform(1e6, 9e7):.2f}" for _ in range(N)],
        "Postcode": [rng.choice(POSTCODES) for _ in range(N)],
        "Location": [rng.choice(SUBURBS) for _ in range(N)],
    }
    found = _found(audits)
    # the employer's ABN is the organisation's, and says the rows are businesses
    assert not any(found[c].personal for c in ("Employer ABN", wages, "Postcode", "Location"))


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("grant_id", lambda rng: f"GR{digits(rng, 6)}"),
        ("inc_number", lambda rng: f"INC{digits(rng, 7)}"),
        ("Bond Number", lambda rng: digits(rng, 8)),
        ("licence_no", lambda rng: f"LIQ{digits(rng, 7)}"),
    ],
)
def test_generic_identifiers_in_a_table_of_organisations_are_nobodys(
    name: str, make: Callable[[random.Random], str]
) -> None:
    rng = _rng(name)
    table = {
        "Organisation": [rng.choice(COMMUNITY_ORGS) for _ in range(N)],
        name: [make(rng) for _ in range(N)],
        **_places(rng),
    }
    found = _found(table)
    assert not found[name].personal or name == "licence_no"
    assert not any(found[c].personal for c in _places(rng))


def test_a_table_of_people_described_by_their_traits_beside_an_employer() -> None:
    rng = _rng("workers compensation")
    claims = {
        "Claim No": [digits(rng, 8) for _ in range(N)],
        "Employer": [rng.choice(BUSINESSES) for _ in range(N)],
        "Injury": [
            rng.choice(["Back strain", "Fractured wrist", "Laceration to hand"]) for _ in range(N)
        ],
        "Age": [str(rng.randint(18, 67)) for _ in range(N)],
        "Sex": [rng.choice("MF") for _ in range(N)],
        "Occupation": [
            rng.choice(["Labourer", "Nurse", "Truck Driver", "Cleaner"]) for _ in range(N)
        ],
        "Postcode": [rng.choice(POSTCODES) for _ in range(N)],
    }
    found = _found(claims)
    assert _kind(found["Sex"]) == "GENDER"
    assert _kind(found["Postcode"]) == "AU_POSTCODE"
    assert not found["Employer"].personal


def test_a_patients_traits_beside_a_callers_phone_stay_personal_despite_a_hospital() -> None:
    # the hospital a patient is taken to names an organisation, but the rows are patients:
    # their age, sex and complaint must not be taken for a hospital's
    rng = _rng("patient transport")
    hospitals = [
        f"{place} {kind}" for place in SUBURBS[:8] for kind in ("Hospital", "Private Hospital")
    ]
    transports = {
        "job_ref": [f"PT-{digits(rng, 7)}" for _ in range(N)],
        "pat_age": [str(rng.randint(1, 99)) for _ in range(N)],
        "pat_gender": [rng.choice("MFX") for _ in range(N)],
        "presenting_problem": [
            rng.choice(["Chest pain", "Fall", "Shortness of breath", "Stroke symptoms", "Seizure"])
            for _ in range(N)
        ],
        "collect_from": [address(rng) for _ in range(N)],
        "contact_mobile": [
            f"04{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}" for _ in range(N)
        ],
        "destination": [rng.choice(hospitals) for _ in range(N)],
    }
    found = _found(transports)
    assert _kind(found["pat_gender"]) == "GENDER"
    assert _kind(found["presenting_problem"]) == "HEALTH"
    assert found["pat_age"].personal
    assert not found["destination"].personal


# -- 2. practitioners, officials, relatives, holders ------------------------------------------

ROLES = (
    "Provider Name", "Treating Doctor", "GP", "Referrer", "Referring Practitioner",
    "Case Worker", "Next of Kin", "Guardian", "Nominee", "Witness", "Emergency Contact",
    "Attending Clinician", "Prescriber",
)  # fmt: skip


@pytest.mark.parametrize("name", ROLES)
def test_practitioners_officials_and_relatives_are_people(name: str) -> None:
    rng = _rng(name)
    values = [titled_doctor(rng) if rng.random() < 0.5 else person(rng) for _ in range(N)]
    found = _found({**_people(rng), name: values})[name]
    assert _kind(found) == "PERSON", found
    assert found.category == "direct_identifier"


@pytest.mark.parametrize("name", ["Coroner", "Magistrate", "Judicial Officer", "c05"])
def test_a_few_titled_officials_are_people(name: str) -> None:
    rng = _rng(name)
    officials = [
        f"{rng.choice(['Coroner', 'Deputy State Coroner', 'Magistrate', 'Judge'])} {family(rng)}"
        for _ in range(6)
    ] + [f"Magistrate {given(rng)[0]}. {family(rng)}" for _ in range(4)]
    found = _found({**_people(rng), name: [rng.choice(officials) for _ in range(N)]})[name]
    assert _kind(found) == "PERSON", found


def test_the_roles_a_polling_place_staffs_are_occupations() -> None:
    rng = _rng("polling roles")
    roles = [
        "Election Official", "Election Official", "Declaration Vote Issuing Officer",
        "Queue Controller", "Count Assistant", "Polling Place Manager", "Ballot Box Guard",
    ]  # fmt: skip
    found = _found({**_people(rng), "ROLE": [rng.choice(roles) for _ in range(N)]})["ROLE"]
    assert _kind(found) == "OCCUPATION"


def test_job_titles_with_ranks_stay_occupations() -> None:
    rng = _rng("ranks")
    jobs = ["Senior Policy Officer", "Chief Executive Officer", "Magistrate", "Senior Magistrate",
            "Deputy Registrar", "Assistant Director", "Acting Manager"]  # fmt: skip
    found = _found({"position": [rng.choice(jobs) for _ in range(N)]})["position"]
    assert _kind(found) == "OCCUPATION"


@pytest.mark.parametrize("name", ["Registered Owner", "Licence Holder", "Permit Holder", "Owner"])
def test_holders_and_owners_that_mix_people_and_companies_are_people(name: str) -> None:
    rng = _rng(name)
    mixed = [person(rng) if rng.random() < 0.6 else rng.choice(OWNER_COMPANIES) for _ in range(N)]
    found = _found({name: mixed, "Vessel Name": [rng.choice(VESSELS) for _ in range(N)]})
    assert _kind(found[name]) == "PERSON", found[name]
    assert not found["Vessel Name"].personal
    companies = [rng.choice(OWNER_COMPANIES + BUSINESSES) for _ in range(N)]
    assert not _found({name: companies})[name].personal


@pytest.mark.parametrize("name", ["HOLDER_NAME", "applicant_name"])
def test_a_third_of_people_among_companies_under_a_holders_name_are_people(name: str) -> None:
    rng = _rng(name)
    trades = ["Fishing", "Marine", "Seafoods", "Charters"]
    mixed = [
        person(rng) if rng.random() < 0.35 else f"{family(rng)} {rng.choice(trades)} Pty Ltd"
        for _ in range(N)
    ]
    assert _kind(_found({name: mixed})[name]) == "PERSON"
    # under a name that says nothing, so few people among companies are not proof enough
    assert not _found({"c05": mixed})["c05"].personal


def test_a_column_of_lawyers_mostly_people_some_services_is_people() -> None:
    rng = _rng("legal reps")
    lawyers = [person(rng) for _ in range(25)]
    services = ["Legal Aid NSW", "Aboriginal Legal Service"]

    def rep(people: float) -> str:
        roll = rng.random()
        if roll < people:
            return rng.choice(lawyers)
        return rng.choice(services) if roll < people + 0.3 else "Unrepresented"

    assert (
        _kind(_found({**_people(rng), "Legal Rep": [rep(0.6) for _ in range(N)]})["Legal Rep"])
        == "PERSON"
    )
    # services and firms, a few people among them, are not a column of people
    few = {**_people(rng), "Legal Rep": [rep(0.25) for _ in range(N)]}
    assert _kind(_found(few)["Legal Rep"]) != "PERSON"


def test_people_beside_one_default_party_written_again_and_again_are_people() -> None:
    # an objection's objector: a neighbour by name, or the commission itself
    rng = _rng("objectors")
    commission = "NSWEC (Commission initiated)"
    values = [person(rng) if rng.random() < 0.6 else commission for _ in range(N)]
    assert _kind(_found({**_people(rng), "c07": values})["c07"]) == "PERSON"
    # words of several kinds in the other rows are no default party: statuses
    statuses = ["Withdrawn", "Lapsed", "Pending", "Refused", "Upheld", "Dismissed"]
    values = [person(rng) if rng.random() < 0.6 else rng.choice(statuses) for _ in range(N)]
    assert _kind(_found({**_people(rng), "c07": values})["c07"]) != "PERSON"


def test_people_beside_a_few_words_written_in_the_place_of_a_name_are_people() -> None:
    # a firearm's previous owner: a person when it changed hands, or "NEW", or "DEALER"
    rng = _rng("previous owners")

    def owner(people: list[str]) -> str:
        roll = rng.random()
        return rng.choice(people) if roll < 0.4 else ("NEW" if roll < 0.7 else "DEALER")

    owners = [person(rng) for _ in range(N)]
    finding = _found({**_people(rng), "attr3": [owner(owners) for _ in range(N)]})["attr3"]
    assert _kind(finding) == "PERSON", finding
    assert finding.best is not None and "in the place of a name" in finding.best.evidence
    # a few staff beside them are the ones who recorded it
    staff = owners[:12]
    found = _found({**_people(rng), "attr3": [owner(staff) for _ in range(N)]})["attr3"]
    assert found.best is None or "in the place of a name" not in found.best.evidence


def test_people_in_half_an_unnamed_column_beside_organisations_however_written() -> None:
    # a guardianship hearing's applicants: a relative, or a hospital's social work department
    rng = _rng("applicants")
    hospitals = [f"{town} Hospital - Social Work Dept" for town in
                 ("Hornsby", "Chatswood", "Moree", "Kempsey", "Lakemba", "Dubbo")]  # fmt: skip

    def applicant() -> str:
        roll = rng.random()
        if roll < 0.75:
            return person(rng)
        if roll < 0.87:  # a social worker, by name and where they work
            return f"{person(rng)} (SW, {rng.choice(hospitals).split(' - ')[0]})"
        return rng.choice(hospitals) if roll < 0.95 else "Office of the Public Guardian"

    values = [applicant() for _ in range(N)]
    assert _kind(_found({**_people(rng), "column_7": values})["column_7"]) == "PERSON"
    # beside notes of other kinds, half the rows named are a list of what happened to whom
    notes = [
        "Adjourned - report due",
        "Withdrawn - no jurisdiction",
        "Listed - 2 hrs",
        "N/A - see file",
    ]
    mixed = [person(rng) if rng.random() < 0.55 else rng.choice(notes) for _ in range(N)]
    assert _kind(_found({**_people(rng), "column_7": mixed})["column_7"]) != "PERSON"


def test_people_in_half_an_unnamed_column_beside_one_office_are_people() -> None:
    rng = _rng("guardians")
    values = ["Public Guardian" if rng.random() < 0.3 else person(rng) for _ in range(N)]
    assert _kind(_found({**_people(rng), "column_7": values})["column_7"]) == "PERSON"
    # one word each, a given name or a colour, is a pet's or a car's
    words = ["Max", "Bella", "White", "Grey", "Silver", "Charlie", "Black", "Molly"]
    single = _found({**_people(rng), "column_7": [rng.choice(words) for _ in range(N)]})
    assert _kind(single["column_7"]) != "PERSON"


def test_officers_written_with_their_rank_co_are_people_not_companies() -> None:
    rng = _rng("corrections officers")
    officers = [f"CO {given(rng)[0]}. {family(rng)}" for _ in range(8)]
    officers += [f"{given(rng)[0]}. {family(rng)}" for _ in range(8)]
    table = {**_people(rng), "column_14": [rng.choice(officers) for _ in range(N)]}
    assert _kind(_found(table)["column_14"]) == "PERSON"


def test_a_contact_named_with_how_they_are_related_is_a_person() -> None:
    rng = _rng("contact and relation")
    relations = ["partner", "mum", "son", "husband", "neighbour"]
    values = [f"{person(rng)} - {rng.choice(relations)}" for _ in range(N)]
    assert _kind(_found({**_people(rng), "c10": values})["c10"]) == "PERSON"
    # a trade after a dash is no relation: a business's name stays one
    trades = [f"{family(rng)} - {rng.choice(['Plumbing', 'Electrical'])}" for _ in range(N)]
    assert _kind(_found({"c10": trades})["c10"]) != "PERSON"


def test_how_the_next_of_kin_is_related_is_not_a_person() -> None:
    rng = _rng("relationship")
    values = [rng.choice(["Spouse", "Son", "Daughter", "Parent", "Sister"]) for _ in range(N)]
    table = {**_people(rng), "Next of Kin Relationship": values}
    assert not _found(table)["Next of Kin Relationship"].personal


@pytest.mark.parametrize("name", ["Provider Number", "Provider No", "Referring Provider", "c04"])
def test_medicare_provider_numbers_are_ids(name: str) -> None:
    rng = _rng(name)
    valid = name == "c04"  # without a name, the check letter must speak
    values = [provider_number(rng, valid=valid or rng.random() < 0.5) for _ in range(N)]
    found = _found({**_people(rng), name: values})[name]
    assert _kind(found) == "ID", found
    assert found.category == "direct_identifier"


def test_provider_number_shapes_failing_the_check_without_a_name_are_not_ids() -> None:
    rng = _rng("provider decoy")
    values = [provider_number(rng, valid=False) for _ in range(N)]
    assert not _found({"c04": values})["c04"].personal


# -- 3. identifiers named by agency words -------------------------------------------------------


@pytest.mark.parametrize("name", ["USI", "Unique Student Identifier", "student_usi", "c03"])
def test_unique_student_identifiers_are_ids(name: str) -> None:
    rng = _rng(name)
    found = _found({**_people(rng), name: [usi(rng) for _ in range(N)]})[name]
    assert _kind(found) == "ID"


@pytest.mark.parametrize("name", ["CHESSN", "chess_no", "oshc_policy_no", "OSHCMemberNo"])
def test_a_students_support_number_and_health_cover_are_ids(name: str) -> None:
    # a CHESSN has ten digits and no check; an overseas student's health cover is their own
    rng = _rng(name)
    found = _found({**_people(rng), name: [digits(rng, 10) for _ in range(N)]})[name]
    assert _kind(found) == "ID", found


def test_an_overseas_students_health_cover_provider_is_no_ones_id() -> None:
    rng = _rng("oshc provider")
    insurers = ["Allianz Care", "Bupa", "Medibank", "nib", "ahm OSHC"]
    table = {**_people(rng), "OSHC": [rng.choice(insurers) for _ in range(N)]}
    assert not _found(table)["OSHC"].personal


def test_random_ten_character_codes_are_not_usis() -> None:
    rng = _rng("not usi")
    chars = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    codes = ["".join(rng.choice(chars) for _ in range(10)) for _ in range(N)]
    assert not _found({"c03": codes})["c03"].personal


@pytest.mark.parametrize(
    "name", ["BPAY CRN", "Customer Reference Number", "BPAY Reference", "customer_ref_no"]
)
def test_a_billers_customer_reference_is_an_id_not_a_centrelink_crn(name: str) -> None:
    rng = _rng(name)
    found = _found({**_people(rng), name: [bpay_crn(rng) for _ in range(N)]})[name]
    assert _kind(found) == "ID", found
    assert "AU_CRN" not in _kinds(found)


@pytest.mark.parametrize("name", ["CRN", "centrelink_crn", "Centrelink Ref"])
def test_a_crn_under_its_name_is_one_whatever_its_check_letter(name: str) -> None:
    # no algorithm for the check letter is published: an agency's extract may carry CRNs
    # that fail the one minshare knows, and they are Centrelink's all the same
    rng = _rng(name)
    crns = [
        f"{rng.randint(2, 6)}{digits(rng, 8)}{rng.choice('ABCDEFGHJKLMNPTVX')}" for _ in range(N)
    ]
    found = _found({**_people(rng), name: crns})[name]
    assert _kind(found) == "AU_CRN", found
    refs = _found({**_people(rng), "Customer Reference": crns})["Customer Reference"]
    assert "AU_CRN" not in _kinds(refs)  # a customer reference of another's is no CRN


@pytest.mark.parametrize("name", ["c08", "X_07", "attr_3"])
def test_nine_digits_and_a_letter_of_unchecked_letters_are_a_persons_id(name: str) -> None:
    # written as Centrelink writes CRNs, spaced or not, their check letters passing no more
    # often than chance: a person's number in a table about people, but not called a CRN
    rng = _rng(name)
    crns = [
        f"{rng.randint(2, 6)}{digits(rng, 2)}{rng.choice(['', ' '])}{digits(rng, 3)}"
        f"{rng.choice(['', ' '])}{digits(rng, 3)}{rng.choice('ABCDEFGHJKLTVWX')}"
        for _ in range(N)
    ]
    found = _found({**_people(rng), name: crns})[name]
    assert _kind(found) == "ID", found
    assert "AU_CRN" not in _kinds(found)
    # one value in ten of another form: references of a mixed kind
    mixed = [c if i % 10 else digits(rng, 9) for i, c in enumerate(crns)]
    assert _kind(_found({**_people(rng), name: mixed})[name]) != "ID"
    # outside a table about people, they are anyone's references
    assert not _found({name: crns})[name].personal


def test_nine_digits_and_a_letter_say_the_rows_are_peoples() -> None:
    # a child support register under no names: a payer's and a payee's numbers, written as
    # CRNs, among codes, dates and amounts; and a ledger of payments, each payer's number on
    # several of their payments, beside the bank account they paid from
    rng = _rng("payers")

    def crn() -> str:
        return f"{rng.randint(2, 6)}{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}" + (
            rng.choice("ABCDEFGHJKLTVX")
        )

    cases = {
        "c01": [f"CS{digits(rng, 6)}" for _ in range(N)],
        "c02": [crn() for _ in range(N)],
        "c03": [crn() for _ in range(N)],
        "c04": [rng.choice(["FORMULA", "AGREEMENT", "COURT"]) for _ in range(N)],
        "c05": [f"{rng.uniform(0, 9000):.2f}" for _ in range(N)],
    }
    found = _found(cases)
    assert _kind(found["c02"]) == _kind(found["c03"]) == "ID", found
    payers = [(crn(), digits(rng, 8)) for _ in range(N // 3)]
    paid = [rng.choice(payers) for _ in range(N)]
    ledger = {
        "c01": [str(10_000 + i) for i in range(N)],
        "c02": [number for number, _ in paid],
        "c03": [f"{rng.uniform(10, 900):.2f}" for _ in range(N)],
        "c04": [f"0{rng.randint(10, 99)}-{digits(rng, 3)}" for _ in range(N)],
        "c05": [account for _, account in paid],
    }
    found = _found(ledger)
    assert _kind(found["c02"]) == "ID", found
    assert _kind(found["c05"]) == "BANK_ACCOUNT", found


@pytest.mark.parametrize("name", ["c09", "attr_4"])
def test_thirteen_digits_from_nought_or_one_are_visa_grant_numbers(name: str) -> None:
    rng = _rng(name)
    grants = [rng.choice("01") + digits(rng, 12) for _ in range(N)]
    found = _found({**_people(rng), name: grants})[name]
    assert _kind(found) == "ID", found
    # moments in milliseconds, a year of them, are 13 digits from 1 too: no one's number
    start = 1_735_689_600_000  # 2025-01-01
    moments = [str(start + rng.randrange(365 * 86_400_000)) for _ in range(N)]
    assert _kind(_found({**_people(rng), name: moments})[name]) != "ID"
    # a packet's barcodes are 13 digits from any digit
    barcodes = [str(rng.randint(1, 9)) + digits(rng, 12) for _ in range(N)]
    assert _kind(_found({**_people(rng), name: barcodes})[name]) != "ID"


@pytest.mark.parametrize("name", ["BPAY Ref", "BPAY_REF"])
def test_a_bpay_reference_without_the_billers_check_digit_is_a_payments(name: str) -> None:
    rng = _rng(name)
    references = []
    while len(references) < N:  # a notice's reference: digits with no check digit
        reference = digits(rng, 10)
        if not luhn_ok(reference):
            references.append(reference)
    assert not _found({**_people(rng), name: references})[name].personal


@pytest.mark.parametrize("name", ["DD Account", "Direct Debit Account", "dd_acct_no"])
def test_a_direct_debit_account_is_a_bank_account(name: str) -> None:
    rng = _rng(name)
    accounts = [digits(rng, rng.choice([6, 8, 9])) for _ in range(N)]
    found = _found({**_people(rng), name: accounts})[name]
    assert _kind(found) == "BANK_ACCOUNT"


@pytest.mark.parametrize("name", ["regoPlate", "plate", "vehicle_rego", "Registration Number"])
def test_a_plate_in_a_table_about_people_is_an_id(name: str) -> None:
    rng = _rng(name)
    found = _found({**_people(rng), name: [plate(rng) for _ in range(N)]})[name]
    assert _kind(found) == "ID"
    assert found.category == "direct_identifier"
    assert "VEHICLE" not in _kinds(found)


def test_a_plate_does_not_make_a_camera_log_a_table_of_people() -> None:
    table = camera_detections(_rng("camera"))
    found = _found({c.name: c.values for c in table.columns})
    assert _kind(found["regoPlate"]) == "ID"
    others = [name for name, f in found.items() if f.personal and name != "regoPlate"]
    assert others == []


def test_a_registration_number_that_is_no_plate_is_not_a_vehicle() -> None:
    rng = _rng("ahpra")
    values = [f"MED{digits(rng, 10)}" for _ in range(N)]
    found = _found({**_people(rng), "Registration Number": values})["Registration Number"]
    assert "VEHICLE" not in _kinds(found)


# -- 4. codes in a headerless file --------------------------------------------------------------


def test_sex_and_indigenous_codes_in_a_headerless_file_about_people(tmp_path: Path) -> None:
    table = clients_coded_headerless(_rng("coded"))
    found = dict(
        zip(
            [c.name for c in table.columns],
            _scan_table_file(table, tmp_path, names_blind=False),
            strict=True,
        )
    )
    assert _kind(found["SEX"]) == "GENDER"
    assert _kind(found["INDIG"]) == "ETHNICITY"
    assert found["SEX"].best is not None and found["SEX"].best.score <= 0.6  # a guess
    assert not found["STATUS"].personal
    assert not found["PRIORITY"].personal


def test_the_same_codes_in_a_headerless_file_of_things_are_nothing(tmp_path: Path) -> None:
    table = assets_coded_headerless(_rng("coded assets"))
    findings = _scan_table_file(table, tmp_path, names_blind=False)
    assert not any(f.personal for f in findings)


@pytest.mark.parametrize(
    ("codes", "personal"),
    [
        ("1111122222239", True),  # sex: 1 and 2 common, 3 and 9 rare
        ("1111111222222933399", True),  # 3 and 9 a sixth each, still rarer than 1 or 2
        ("11111222229MMFF3", True),  # two systems' codes merged: M and F beside 1 and 2
        ("123", False),  # a priority's codes, each as common as the others
        ("1111111111111111222239", True),  # firearms licensees: four in five men
        ("1" * 45 + "2" * 6 + "93", True),  # prisoners: one in nine a woman
        ("111111111111111111123", False),  # 2 as rare as 3: a status's codes
        ("4444444444123449", True),  # Indigenous status: 4 common
        ("44444444441234@@", True),  # and with AVETMISS's "@" for not stated
        ("4444444444912349NY", True),  # and with a flag's Y and N merged in
        ("NNNNNNNNNNNNYYU4", False),  # a yes/no/unknown flag, a stray digit among it
        ("111222", False),  # two codes only: yes and no as often as sex
        ("1111223456", False),  # codes beyond the standard sets
        ("12349", False),  # Indigenous status codes with no common 4
    ],
)
def test_unnamed_codes_must_be_exactly_a_standard_set(codes: str, personal: bool) -> None:
    rng = _rng(codes)
    table = {
        "column_1": [family(rng) for _ in range(N)],
        "column_2": [given(rng) for _ in range(N)],
        "column_3": [birth(rng).strftime("%d/%m/%Y") for _ in range(N)],
        "column_4": [rng.choice(codes) for _ in range(N)],
    }
    assert _found(table)["column_4"].personal is personal


def test_unnamed_sex_codes_merged_with_letters_and_words_are_sex() -> None:
    # three systems' sexes in one column: the ABS's digits, letters and words
    rng = _rng("sex words")
    forms = ["M"] * 6 + ["F"] * 4 + ["Male", "Female"] * 3 + ["1", "2"] * 3 + ["3", "9", "X", "U"]
    table = {
        "column_1": [family(rng) for _ in range(N)],
        "column_2": [given(rng) for _ in range(N)],
        "column_3": [birth(rng).strftime("%d/%m/%Y") for _ in range(N)],
        "column_4": [rng.choice(forms) for _ in range(N)],
    }
    finding = _found(table)["column_4"]
    assert _kind(finding) == "GENDER", finding
    assert finding.best is not None and "Male, Female" in finding.best.evidence
    # other words beside the codes make them something else's
    table["column_4"] = [{"Male": "Open", "Female": "Closed"}.get(v, v) for v in table["column_4"]]
    assert not _found(table)["column_4"].personal


def test_named_codes_are_judged_by_their_name() -> None:
    rng = _rng("named codes")
    table = {**_people(rng), "STATUS_CD": [rng.choice("4444444444123449") for _ in range(N)]}
    assert not _found(table)["STATUS_CD"].personal


# -- 5. sensitive categories by name and vocabulary -------------------------------------------


def test_a_prisons_incidents_are_criminal_records_with_their_words_joined_by_dashes() -> None:
    # an incident register's categories, a prisoner's assaults and contraband written as a
    # code joins them ("ASSAULT-PRIS/STAFF", "CONTRABAND-DRUGS")
    kinds = [
        "ASSAULT-PRIS/PRIS", "ASSAULT-PRIS/STAFF", "CONTRABAND-DRUGS", "CONTRABAND-PHONE",
        "THREAT", "DAMAGE PROPERTY", "REFUSE MUSTER", "MEDICAL EMERGENCY", "FIRE",
    ]  # fmt: skip
    rng = _rng("incidents")
    found = _found({**_people(rng), "c05": [rng.choice(kinds) for _ in range(N)]})["c05"]
    assert _kind(found) == "CRIMINAL_RECORD", found


@pytest.mark.parametrize("name", ["Outcome", "Court Outcome", "Result", "c06"])
def test_court_outcomes_are_criminal_records(name: str) -> None:
    rng = _rng(name)
    found = _found({**_people(rng), name: [rng.choice(OUTCOMES) for _ in range(N)]})[name]
    assert _kind(found) == "CRIMINAL_RECORD", found
    assert found.category == "sensitive"


def test_a_history_mostly_nil_known_is_told_by_the_rest() -> None:
    # "Nil known" records nothing, as "Nil" does: the convictions are what the column holds
    rng = _rng("nil known")
    history = [
        "Conviction: break and enter 2012", "AVO in place against household member",
        "Released from custody Mar 2023, parole conditions", "Police attended - charges pending",
    ]  # fmt: skip
    values = [rng.choice(history) if rng.random() < 0.4 else "Nil known" for _ in range(N)]
    assert _kind(_found({**_people(rng), "ASB_HIST": values})["ASB_HIST"]) == "CRIMINAL_RECORD"


def test_a_matter_before_a_court_and_a_charge_are_criminal_records() -> None:
    # a library's incident register: what the police did about the person involved
    rng = _rng("police status")
    status = [
        "Police attended, charged", "Matter before Local Court", "No police involvement",
        "Prior conviction - stealing (disclosed by police)", "Cautioned",
        "AVO in place re staff member", "On bail - reporting conditions", "Ban 12 months",
    ]  # fmt: skip
    values = [rng.choice(status) if rng.random() < 0.35 else None for _ in range(N)]
    assert _kind(_found({**_people(rng), "POL_STATUS": values})["POL_STATUS"]) == "CRIMINAL_RECORD"


def test_diagnoses_listed_in_one_cell_are_icd_codes() -> None:
    rng = _rng("listed diagnoses")
    codes = ["I63.9", "C50.9", "Q90.9", "G35", "F32.1", "M54.5", "N18.5", "F20.0", "E11.9"]
    values = [
        ";".join(rng.sample(codes, 2)) if rng.random() < 0.3 else rng.choice(codes)
        for _ in range(N)
    ]
    found = _found({**_people(rng), "MED_COND": values})["MED_COND"]
    assert _kind(found) == "HEALTH"
    assert "ICD-10" in found.entities[0].evidence


def test_injury_codes_typed_in_either_case_are_icd_codes() -> None:
    # a claims system takes the code as the officer typed it: dotted or not, small or capital
    rng = _rng("injury codes")
    codes = ["S13.4", "S134", "s13.4", "S39.0", "s39.0", "S33.5", "S06.0", "T07", "s82.2"]
    found = _found({**_people(rng), "INJ_CD": [rng.choice(codes) for _ in range(N)]})["INJ_CD"]
    assert _kind(found) == "HEALTH", found
    assert "ICD-10" in found.entities[0].evidence


@pytest.mark.parametrize("name", ["PRIM_DX", "c15"])
def test_icd_codes_mixed_with_the_conditions_in_words_are_health(name: str) -> None:
    # a code where the clinician knew one, the condition in words where not, or both
    rng = _rng(f"mixed diagnoses {name}")
    written = [
        "F20.9", "F32.9", "I10", "E11.9", "G35", "F25.0 Schizoaffective disorder, manic type",
        "F33.1 Recurrent depressive disorder, moderate", "schizophrenia", "depression",
        "type 2 diabetes", "Stimulant-induced psychotic disorder", "Generalised anxiety disorder",
    ]  # fmt: skip
    table = {**_people(rng), name: [rng.choice(written) for _ in range(N)]}
    found = _found(table)[name]
    assert _kind(found) == "HEALTH"
    assert "ICD-10" in found.entities[0].evidence
    # codes of that shape among other words (a seat, a bay) are no diagnoses
    seats = ["A12.1", "B07.2", "C33.4", "D15.1", "Blacktown", "Parramatta", "Penrith", "Auburn"]
    table[name] = [rng.choice(seats) for _ in range(N)]
    assert "ICD-10" not in " ".join(e.evidence for e in _found(table)[name].entities)


def test_dismissals_and_withdrawals_elsewhere_are_not_criminal_records() -> None:
    rng = _rng("hr")
    separations = ["Resigned", "Dismissed", "Retired", "Contract ended", "Redundancy"]
    applications = ["Approved", "Withdrawn", "Refused", "Dismissed", "Lapsed"]
    table = {
        **_people(rng),
        "Separation Reason": [rng.choice(separations) for _ in range(N)],
        "Application Outcome": [rng.choice(applications) for _ in range(N)],
    }
    found = _found(table)
    assert not found["Separation Reason"].personal
    assert not found["Application Outcome"].personal


@pytest.mark.parametrize("name", ["Disqualification Reason", "Excusal Reason", "c07"])
def test_jury_disqualification_reasons_are_sensitive(name: str) -> None:
    rng = _rng(name)
    values = [rng.choice(JURY_REASONS) for _ in range(N)]
    found = _found({**_people(rng), name: values})[name]
    assert found.category == "sensitive", found
    assert _kind(found) in ("CRIMINAL_RECORD", "HEALTH")


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("lgbtiq", ("Yes", "No", "No", "No", "Prefer not to say")),
        ("LGBTIQ+", ("Y", "N", "N", "Not stated")),
        ("identifies_as_lgbtiq", ("Yes", "No", "Prefer not to say", "Unknown")),
        ("sexual_orientation", ("Heterosexual", "Gay", "Lesbian", "Bisexual", "Prefer not to say")),
        (
            "c08",
            ("Heterosexual", "Heterosexual", "Gay", "Lesbian", "Bisexual", "Prefer not to say"),
        ),
    ],
)
def test_sexual_orientation_by_name_and_by_vocabulary(name: str, values: tuple[str, ...]) -> None:
    rng = _rng(name)
    found = _found({**_people(rng), name: [rng.choice(values) for _ in range(N)]})[name]
    assert _kind(found) == "SEXUAL_ORIENTATION", found
    assert found.category == "sensitive"


def test_yes_no_answers_under_other_names_are_not_sexual_orientation() -> None:
    rng = _rng("consent")
    table = {
        **_people(rng),
        "consent": [rng.choice(["Yes", "No", "Prefer not to say"]) for _ in range(N)],
    }
    assert not _found(table)["consent"].personal


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("Donation Decision", DONATION),
        ("Organ Donor", ("Yes", "No", "Undecided")),
        ("Organ Donor Consent", ("Y", "N", "Y", "U")),
        ("c09", DONATION),
    ],
)
def test_organ_donation_decisions_are_health(name: str, values: tuple[str, ...]) -> None:
    rng = _rng(name)
    table = {"Donor Name": [person(rng) for _ in range(N)], **_people(rng)}
    table[name] = [rng.choice(values) for _ in range(N)]
    found = _found(table)[name]
    assert _kind(found) == "HEALTH", found


def test_donations_of_money_are_not_health() -> None:
    rng = _rng("money")
    table = {**_people(rng), "Donation Amount": [str(rng.randint(5, 500)) for _ in range(N)]}
    assert not _found(table)["Donation Amount"].personal


# -- 6. places of people and places of things ---------------------------------------------------


@pytest.mark.parametrize(
    "name", ["PLACE_OF_DEATH", "Death Place", "Usual Residence", "Premises Suburb"]
)
def test_places_of_residence_and_death_are_locations(name: str) -> None:
    rng = _rng(name)
    found = _found({**_people(rng), name: [rng.choice(SUBURBS) for _ in range(N)]})[name]
    assert _kind(found) == "LOCATION"
    assert found.category == "quasi_identifier"


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("plate_state", ("NSW", "VIC", "QLD")),
        ("rego_state", ("NSW", "VIC", "QLD")),
        ("State of Issue", ("NSW", "VIC", "QLD")),
        ("issuing_state", ("NSW", "VIC", "QLD")),
        ("Vessel Name", VESSELS),
        ("Camera Location", CAMERA_PLACES),
    ],
)
def test_places_and_names_of_things_are_not_personal(name: str, values: tuple[str, ...]) -> None:
    rng = _rng(name)
    found = _found({**_people(rng), name: [rng.choice(values) for _ in range(N)]})[name]
    assert not found.personal, found


# -- 7. coordinates ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["lat", "lon", "longitude", "site_lon", "Latitude", "c02"])
def test_coordinates_are_never_telephone_numbers(name: str) -> None:
    rng = _rng(name)
    if "lat" in name.lower():
        values = [f"{rng.uniform(-43, -10):.{rng.randint(3, 6)}f}" for _ in range(N)]
    else:
        values = [f"{rng.uniform(113, 153.6):.{rng.randint(3, 6)}f}" for _ in range(N)]
    found = _found({**_people(rng), name: values})[name]
    assert "PHONE_NUMBER" not in _kinds(found)


def test_telephone_numbers_are_still_found_beside_coordinates() -> None:
    rng = _rng("phones")
    phones = [f"04{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}" for _ in range(N)]
    found = _found({**_people(rng), "c05": phones, "lon": [f"{rng.uniform(113, 153):.4f}"] * N})
    assert _kind(found["c05"]) == "PHONE_NUMBER"


def test_commodity_codes_under_a_phone_name_are_not_telephone_numbers() -> None:
    # a register of suppliers whose legacy "phone" field holds UNSPSC codes, a class's padded
    # with zeros (43232300); local numbers of eight digits under the name stay telephones
    rng = _rng("unspsc")
    codes = ["43232300", "41116000", "78102200", "78102203", "41120000", "76111500", "24131500"]
    suppliers = {
        "supplier": [rng.choice(BUSINESSES) for _ in range(N)],
        "phone": [rng.choice(codes) for _ in range(N)],
    }
    assert "PHONE_NUMBER" not in _kinds(_found(suppliers)["phone"])
    local = [f"9{digits(rng, 3)} {digits(rng, 4)}" for _ in range(N)]
    assert _kind(_found({**_people(rng), "phone": local})["phone"]) == "PHONE_NUMBER"


# -- the whole set -------------------------------------------------------------------------------


def test_the_agency_set_scores_with_and_without_names() -> None:
    named = evaluate(names_blind=False, tables=all_tables())
    assert named.f1 >= 0.95, [(v.file, v.column) for v in named.wrong()]
    assert named.direct_caught >= 0.97
    assert named.type_accuracy >= 0.95
    blind = evaluate(names_blind=True, tables=all_tables())
    assert blind.precision >= 0.95, [(v.file, v.column) for v in blind.wrong()]
