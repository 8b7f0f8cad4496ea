"""Registries' tables: births, deaths and marriages, firearms and licences, staff returns.

1. figures under a name of births (CRUDE_BIRTH_RATE) and counts of licences (ACTIVE_LIC)
   in tables of statistics by area;
2. a weapons registry's kinds of dealer beside the offences of its applicants;
3. a marriage's rite: civil or a faith's;
4. the equal employment return's disability flag, and a school's disability categories;
5. an establishment's position numbers in a staff list;
6. the record keys an access log names as ``target_rec``;
7. a register of businesses' own licences beside the contacts it names;
8. practitioners under "prac", and classifications after a rank's letters;
9. a household's income, and a field named by its letter;
10. guardians beside the Public Guardian, and the suburb after a practice's address;
11. a portal's users by user name or client number, and a register of organisations;
12. a learning system's users by number, and an hourly rate under HrRate;
13. financial years beside postcodes, and licence holders counted by area.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from category_tables import BUSINESSES, SUBURBS, birth, digits, family, given, recent
from detect_support import found as _found
from detect_support import kind as _kind

from minshare.detect import ColumnFinding

N = 300
_LGAS = ("Albury", "Armidale Regional", "Ballina", "Bathurst Regional", "Bega Valley",
         "Blacktown", "Broken Hill", "Camden", "Cessnock", "Dubbo Regional", "Goulburn Mulwaree",
         "Griffith", "Lismore", "Lithgow", "Orange", "Parkes", "Tamworth Regional", "Wagga Wagga",
         "Wollongong", "Yass Valley")  # fmt: skip


def _small(rng: random.Random, high: int) -> str:
    value = rng.randint(0, high)
    return "<5" if value < 5 else str(value)


# -- 1. statistics by area -----------------------------------------------------------------------


def _vital_statistics(rng: random.Random) -> dict[str, list[Any]]:
    rows = [(year, lga) for year in range(2014, 2024) for lga in _LGAS]
    return {
        "year": [str(year) for year, _ in rows],
        "lga_name": [lga for _, lga in rows],
        "state": ["NSW"] * len(rows),
        "postcode": [str(2000 + 37 * _LGAS.index(lga) % 900) for _, lga in rows],
        "erp": [str(rng.randint(9_000, 180_000)) for _ in rows],
        "births_reg": [str(rng.randint(90, 2_400)) for _ in rows],
        "infant_deaths": [_small(rng, 12) for _ in rows],
        "crude_birth_rate": [f"{rng.uniform(10, 16):.1f}" for _ in rows],
        "median_age_mother": [f"{rng.uniform(27, 33):.1f}" for _ in rows],
    }


def test_a_rate_of_births_is_a_figure_and_leaves_its_table_of_statistics() -> None:
    columns = _found(_vital_statistics(random.Random("vital statistics")))
    assert not columns["crude_birth_rate"].personal
    assert not any(c.personal for c in columns.values()), {
        name: _kind(c) for name, c in columns.items() if c.personal
    }


def test_birth_dates_masked_under_their_name_are_still_dates_of_birth() -> None:
    rng = random.Random("masked births")
    columns = _found(
        {
            "CLIENT_NAME": [f"{given(rng)} {family(rng)}" for _ in range(N)],
            "DOB": [f"XX/{rng.randint(1, 12):02d}/{rng.randint(1940, 2005)}" for _ in range(N)],
        }
    )
    assert _kind(columns["DOB"]) == "DATE_OF_BIRTH"


def _licence_statistics(rng: random.Random) -> dict[str, list[Any]]:
    rows = [(year, lga) for year in ("2020-21", "2021-22", "2022-23") for lga in _LGAS]
    return {
        "FY": [year for year, _ in rows],
        "LGA_NAME": [lga for _, lga in rows],
        "ACTIVE_LIC": [str(int(rng.lognormvariate(8.0, 0.8))) for _ in rows],
        "LIC_PER_1000": [f"{rng.uniform(20, 140):.1f}" for _ in rows],
        "NEW_APPS": [str(rng.randint(10, 400)) for _ in rows],
        "REFUSALS": [_small(rng, 30) for _ in rows],
    }


def test_counts_of_licences_by_area_are_no_ones_licence() -> None:
    columns = _found(_licence_statistics(random.Random("licence statistics")))
    assert not columns["ACTIVE_LIC"].personal
    assert not any(c.personal for c in columns.values())


def test_licence_numbers_beside_holders_stay_licences() -> None:
    rng = random.Random("licence holders")
    columns = _found(
        {
            "HOLDER": [f"{given(rng)} {family(rng)}" for _ in range(N)],
            "LIC_NO": [digits(rng, 8) for _ in range(N)],
            "REFUSALS": [_small(rng, 30) for _ in range(N)],
        }
    )
    assert _kind(columns["LIC_NO"]) == "AU_DRIVERS_LICENCE"


# -- 2. a weapons registry -------------------------------------------------------------------


_KINDS = ("Firearms dealer",) * 6 + (
    "Security firm", "Shooting club", "Approved range", "Pistol club",
)  # fmt: skip


def test_a_registrys_kinds_of_firearms_dealer_are_no_offence() -> None:
    rng = random.Random("dealers")
    columns = _found(
        {
            "Entity Type": [rng.choice(_KINDS) for _ in range(N)],
            "Legal Name": [rng.choice(BUSINESSES) for _ in range(N)],
            "Nominee": [f"{given(rng)} {family(rng)}" for _ in range(N)],
            "Nominee Licence": [f"FL{digits(rng, 7)}" for _ in range(N)],
        }
    )
    assert not columns["Entity Type"].personal


_WEAPON_OFFENCES = (
    "Possess unregistered firearm", "Carry cutting weapon in public", "Use firearm in company",
    "Discharge firearm in public place", "Possess prohibited weapon",
    "Supply firearm to unauthorised person",
)  # fmt: skip


def _beside_people(seed: str, names: str, column: str, choices: Sequence[str]) -> ColumnFinding:
    """The finding of a column of ``choices`` beside a column of people's names."""
    rng = random.Random(seed)
    people = [f"{given(rng)} {family(rng)}" for _ in range(N)]
    return _found({names: people, column: [rng.choice(choices) for _ in range(N)]})[column]


def test_offences_with_weapons_are_still_offences() -> None:
    found = _beside_people("weapon offences", "NAME", "F9", _WEAPON_OFFENCES)
    assert _kind(found) == "CRIMINAL_RECORD"


# -- 3. a marriage's rite -------------------------------------------------------------------------

_RITES = (
    ["Civil"] * 10 + ["Civil ceremony"] + ["Catholic"] * 2
    + ["Anglican", "Pentecostal", "Uniting Church", "Buddhist", "Hindu", "Greek Orthodox"]
)  # fmt: skip


def test_a_marriages_rite_is_a_religion_civil_ones_beside_faiths() -> None:
    assert _kind(_beside_people("rites", "Party1Name", "Rite", _RITES)) == "RELIGION"


def test_courts_civil_and_criminal_lists_are_no_religion() -> None:
    rng = random.Random("jurisdictions")
    columns = _found(
        {"JURISDICTION": [rng.choice(["Civil", "Criminal", "Family"]) for _ in range(N)]}
    )
    assert not columns["JURISDICTION"].personal


# -- 4. disability -----------------------------------------------------------------------------


def _staff(rng: random.Random) -> dict[str, list[Any]]:
    return {
        "EmpName": [f"{family(rng).upper()}, {given(rng)}" for _ in range(N)],
        "DOB": [birth(rng, 20, 65).strftime("%d/%m/%Y") for _ in range(N)],
        "EEO_ATSI": [rng.choice("NNNNNNNNY") for _ in range(N)],
        "EEO_DIS": [rng.choice("NNNNNNNY ") for _ in range(N)],
    }


def test_the_equal_employment_returns_disability_flag_is_health() -> None:
    columns = _found(_staff(random.Random("eeo")))
    assert _kind(columns["EEO_DIS"]) == "HEALTH"


_NCCD = ("Social/Emotional", "Physical", "Cognitive", "Sensory", "SOCIAL/EMOTIONAL", "")


def test_a_schools_disability_categories_are_health_under_any_name() -> None:
    rng = random.Random("nccd")
    columns = _found(
        {
            "c01": [f"{given(rng)} {family(rng)}" for _ in range(N)],
            "c02": [rng.choice(_NCCD) or None for _ in range(N)],
        }
    )
    assert _kind(columns["c02"]) == "HEALTH"


def test_social_and_physical_programs_are_no_disability() -> None:
    rng = random.Random("programs")
    programs = ("Social", "Physical", "Social", "Emotional wellbeing", "Sport")
    columns = _found({"c02": [rng.choice(programs) for _ in range(N)]})
    assert not columns["c02"].personal


# -- 5. position numbers ---------------------------------------------------------------------


def test_an_establishments_position_numbers_are_no_ones() -> None:
    rng = random.Random("positions")
    table = _staff(rng)
    table["PosNo"] = [str(10_000_000 + i * 37 + rng.randint(0, 30)) for i in range(N)]
    table["Pos_No"] = [f"{i * 211 % 99_991:08d}" for i in range(N)]
    table["Emp_ID"] = [f"E{digits(rng, 6)}" for _ in range(N)]
    columns = _found(table)
    assert not columns["PosNo"].personal
    assert not columns["Pos_No"].personal
    assert _kind(columns["Emp_ID"]) == "ID"


# -- 6. an access log's record keys -------------------------------------------------------------


def test_the_record_keys_an_access_log_names_target_rec_are_ids() -> None:
    rng = random.Random("access")
    users = [f"{given(rng)[0]}{family(rng)}{rng.randint(1, 9)}".lower() for _ in range(25)]
    records = [f"FL{digits(rng, 7)}" for _ in range(N)]
    columns = _found(
        {
            "event_ts": [recent(rng).isoformat() for _ in range(N)],
            "usr": [rng.choice(users) for _ in range(N)],
            "action": [rng.choice(["VIEW", "VIEW", "UPDATE", "PRINT"]) for _ in range(N)],
            "target_rec": [rng.choice(records) for _ in range(N)],
            "rec_type": [rng.choice(["LICENCE", "LICENCE", "FIREARM"]) for _ in range(N)],
        }
    )
    assert _kind(columns["target_rec"]) == "ID"


# -- 7. a register of businesses -------------------------------------------------------------


def test_a_businesses_register_keys_on_their_licences_not_their_contacts() -> None:
    rng = random.Random("funeral directors")
    names = [f"{family(rng)} & Sons Funerals Pty Ltd" for _ in range(N)]
    columns = _found(
        {
            "Licence No": [f"FD{digits(rng, 4)}{rng.choice('ABCDE')}" for _ in range(N)],
            "Business Name": names,
            "Premises Address": [
                f"{rng.randint(1, 300)} {family(rng)} St, {rng.choice(SUBURBS)}" for _ in range(N)
            ],
            "Principal Contact": [f"{given(rng)} {family(rng)}" for _ in range(N)],
            "Contact Mobile": [f"04{digits(rng, 8)}" for _ in range(N)],
        }
    )
    assert not columns["Licence No"].personal
    assert _kind(columns["Principal Contact"]) == "PERSON"


def test_a_contacts_licence_in_a_register_of_businesses_is_theirs() -> None:
    rng = random.Random("nominees")
    columns = _found(
        {
            "Licence No": [f"FD{digits(rng, 4)}{rng.choice('ABCDE')}" for _ in range(N)],
            "Business Name": [f"{family(rng)} & Sons Funerals Pty Ltd" for _ in range(N)],
            "Premises Address": [
                f"{rng.randint(1, 300)} {family(rng)} St, {rng.choice(SUBURBS)}" for _ in range(N)
            ],
            "Principal Contact": [f"{given(rng)} {family(rng)}" for _ in range(N)],
            "Contact Licence": [f"FL{digits(rng, 7)}" for _ in range(N)],
        }
    )
    assert not columns["Licence No"].personal
    assert columns["Contact Licence"].personal


# -- 8. practitioners ---------------------------------------------------------------------------


def test_a_panels_practitioners_are_people_under_prac() -> None:
    rng = random.Random("panel")
    columns = _found(
        {
            "PRAC_ID": [f"P{10_001 + 7 * i}" for i in range(N)],
            "PRAC_SURNAME": [family(rng) for _ in range(N)],
            "PRAC_GIVEN": [given(rng) for _ in range(N)],
            "PRAC_CERT_NO": [f"PC-{digits(rng, 6)}" for _ in range(N)],
            "FIRM_TRADING_NM": [rng.choice(BUSINESSES) for _ in range(N)],
        }
    )
    assert _kind(columns["PRAC_GIVEN"]) == "PERSON"
    assert _kind(columns["PRAC_ID"]) == "ID"
    assert _kind(columns["PRAC_CERT_NO"]) == "ID"


def test_the_practitioner_assigned_to_each_grant_is_found_by_number() -> None:
    rng = random.Random("grants")
    lawyers = [
        (f"P{rng.randint(10_001, 12_999)}", f"{given(rng)} {family(rng)}") for _ in range(60)
    ]
    assigned = [rng.choice(lawyers) for _ in range(3 * N)]
    columns = _found(
        {
            "CLNT_ID": [f"C{digits(rng, 7)}" for _ in range(3 * N)],
            "ASSIGNED_PRAC": [name for _, name in assigned],
            "PRAC_ID": [number for number, _ in assigned],
            "GRANT_AMT": [str(rng.randint(500, 9_000)) for _ in range(3 * N)],
        }
    )
    assert _kind(columns["PRAC_ID"]) == "ID"


def test_numbers_counting_up_under_a_staff_role_are_the_rows_own() -> None:
    rng = random.Random("counter")
    columns = _found(
        {
            "CLIENT": [f"{given(rng)} {family(rng)}" for _ in range(N)],
            "PRAC_ID": [f"P{10_001 + i}" for i in range(N)],
        }
    )
    assert not columns["PRAC_ID"].personal


def test_classifications_after_a_ranks_letters_are_no_names() -> None:
    rng = random.Random("classifications")
    grades = [f"LAC Grade {g}" for g in range(2, 9)] + ["SES Band 1"]
    table = _staff(rng)
    table["Classification"] = [rng.choice(grades) for _ in range(N)]
    columns = _found(table)
    assert not columns["Classification"].personal


def test_officials_after_their_titles_are_still_people() -> None:
    rng = random.Random("titled")
    officials = [f"{rng.choice(['Magistrate', 'Coroner', 'Dr'])} {family(rng)}" for _ in range(12)]
    columns = _found({"PRESIDING": [rng.choice(officials) for _ in range(N)]})
    assert _kind(columns["PRESIDING"]) == "PERSON"


# -- 9. a household's income, a field's letter ---------------------------------------------------


def test_a_households_income_under_hhld_inc() -> None:
    rng = random.Random("household income")
    table = _staff(rng)
    table["HHLD_INC"] = [f"{rng.randint(40, 260) * 250:,}" for _ in range(N)]
    assert _kind(_found(table)["HHLD_INC"]) == "INCOME"


def test_dates_of_birth_in_three_forms_under_a_fields_letter() -> None:
    rng = random.Random("attr")
    forms = ("%d-%b-%y", "%Y-%m-%d", "%d/%m/%Y")
    columns = _found(
        {
            "Purch1_Given": [given(rng) for _ in range(N)],
            "LodgedDate": [recent(rng).isoformat() for _ in range(N)],
            "ATTR_C": [birth(rng, 20, 80).strftime(rng.choice(forms)).upper() for _ in range(N)],
        }
    )
    assert _kind(columns["ATTR_C"]) == "DATE_OF_BIRTH"


# -- 10. guardians, and a practice's address --------------------------------------------------


def test_guardians_are_people_beside_the_public_guardian() -> None:
    rng = random.Random("guardians")
    guardians = [
        "Public Guardian" if rng.random() < 0.55 else f"{given(rng)[0]}. {family(rng)}"
        for _ in range(3 * N)
    ]
    columns = _found(
        {
            "c01": [f"{family(rng).upper()}, {given(rng)}" for _ in range(3 * N)],
            "c02": [birth(rng, 18, 95).strftime("%d/%m/%Y") for _ in range(3 * N)],
            "c03": guardians,
        }
    )
    assert _kind(columns["c03"]) == "PERSON"


def test_one_office_named_again_and_again_is_no_person() -> None:
    rng = random.Random("offices")
    offices = ["Public Guardian", "NSW Trustee", "Legal Aid NSW"]
    columns = _found({"c03": [rng.choice(offices) for _ in range(N)]})
    assert not columns["c03"].personal


def _practitioners(rng: random.Random) -> dict[str, list[Any]]:
    return {
        "PractitionerName": [f"Dr {given(rng)} {family(rng)}" for _ in range(N)],
        "PracticeName": [f"{rng.choice(SUBURBS)} Medical Centre" for _ in range(N)],
        "PracticeAddr": [f"{rng.randint(1, 300)} {family(rng)} St" for _ in range(N)],
        "Suburb": [rng.choice(SUBURBS).upper() for _ in range(N)],
        "State": [rng.choice(["NSW", "VIC", "QLD"]) for _ in range(N)],
        "Postcode": [str(rng.randint(2000, 4999)) for _ in range(N)],
    }


def test_the_suburb_after_a_practices_address_is_the_practices() -> None:
    columns = _found(_practitioners(random.Random("practices")))
    assert not columns["Suburb"].personal
    assert not columns["Postcode"].personal
    assert _kind(columns["PractitionerName"]) == "PERSON"


def test_the_suburb_after_a_home_address_is_the_persons() -> None:
    table = _practitioners(random.Random("homes"))
    table["HomeAddr"] = table.pop("PracticeAddr")
    table["Suburb"] = table.pop("Suburb")
    table["Postcode"] = table.pop("Postcode")
    columns = _found(table)
    assert _kind(columns["Suburb"]) == "LOCATION"
    assert _kind(columns["Postcode"]) == "AU_POSTCODE"


# -- 11. a portal's users, and a register of organisations ------------------------------------


def test_a_portals_users_sign_in_by_user_name_or_client_number() -> None:
    rng = random.Random("portal")
    logins = [f"{given(rng)[0]}{family(rng)}".lower() for _ in range(80)]
    clients = [f"C{digits(rng, 7)}" for _ in range(200)]
    users = [
        rng.choice(logins) if draw < 0.4 else ("-" if draw > 0.9 else rng.choice(clients))
        for draw in (rng.random() for _ in range(3 * N))
    ]
    columns = _found(
        {
            "c01": [recent(rng).isoformat() for _ in range(3 * N)],
            "c02": [f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.7" for _ in range(3 * N)],
            "c03": users,
        }
    )
    assert _kind(columns["c03"]) == "USERNAME"


_BODIES = ("Pty Ltd", "Inc", "Limited", "Association Inc", "Co-operative Ltd")
_SERVICES = ("Headspace", "Foodbank", "Link2home", "Wellways", "Marist180", "OzHarvest")


def _sponsors(rng: random.Random, bodies: float, traders: list[str]) -> dict[str, list[Any]]:
    def organisation() -> str:
        if rng.random() < bodies:
            return f"{rng.choice(SUBURBS)} {rng.choice(['Care', 'Support'])} {rng.choice(_BODIES)}"
        return rng.choice(traders) + f" - {rng.choice(SUBURBS)}"

    return {
        "Sponsor ID": [f"SP{i:05d}" for i in range(N)],
        "Organisation Name": [organisation() for _ in range(N)],
        "Street Address": [f"{rng.randint(1, 300)} {family(rng)} Rd" for _ in range(N)],
        "Suburb": [rng.choice(SUBURBS) for _ in range(N)],
        "Contact Person": [f"{given(rng)} {family(rng)}" for _ in range(N)],
    }


def test_a_register_of_bodies_and_services_names_their_premises() -> None:
    columns = _found(_sponsors(random.Random("sponsors"), 0.78, list(_SERVICES)))
    assert not columns["Street Address"].personal
    assert _kind(columns["Contact Person"]) == "PERSON"


def test_a_register_of_many_sole_traders_names_their_homes() -> None:
    rng = random.Random("traders")
    traders = [f"{given(rng)} {family(rng)}" for _ in range(40)]
    columns = _found(_sponsors(rng, 0.55, traders))
    assert _kind(columns["Street Address"]) == "ADDRESS"


def test_businesses_named_for_their_contacts_are_sole_traders() -> None:
    rng = random.Random("own names")
    table = _sponsors(rng, 0.85, list(_SERVICES))
    for i in range(0, N, 8):  # one in eight: "Farmer Accountants", Emily Farmer's
        surname = family(rng)
        table["Organisation Name"][i] = f"{surname} Accountants"
        table["Contact Person"][i] = f"{given(rng)} {surname}"
    assert _kind(_found(table)["Street Address"]) == "ADDRESS"


# -- 12. a learning system's users, an apprentice's rate ------------------------------------------


def test_a_logs_users_known_by_their_numbers_are_identified() -> None:
    rng = random.Random("lms")
    students = [digits(rng, 9) for _ in range(150)]
    staff = [f"{given(rng)}.{family(rng)}".lower() for _ in range(15)]
    users = [rng.choice(staff) if rng.random() < 0.1 else rng.choice(students) for _ in range(N)]
    columns = _found(
        {
            "event_ts": [recent(rng).isoformat() for _ in range(N)],
            "usr": users,
            "ip": [f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.9" for _ in range(N)],
        }
    )
    assert _kind(columns["usr"]) == "ID"


def test_a_few_numbers_under_a_users_name_are_no_ones() -> None:
    rng = random.Random("counts")
    columns = _found({"usr": [str(rng.randint(1, 6)) for _ in range(N)]})
    assert not columns["usr"].personal


def test_an_apprentices_hourly_rate_is_income() -> None:
    rng = random.Random("rates")
    table = _staff(rng)
    table["HrRate"] = [f"${rng.uniform(17, 32):.2f}" for _ in range(N)]
    assert _kind(_found(table)["HrRate"]) == "INCOME"


# -- 13. financial years, and holders counted ---------------------------------------------------


def test_financial_years_beside_postcodes_are_no_postcodes() -> None:
    rng = random.Random("financial years")
    columns = _found(
        {
            "CLIENT": [f"{given(rng)} {family(rng)}" for _ in range(N)],
            "SUBURB": [rng.choice(SUBURBS) for _ in range(N)],
            "PCODE": [str(rng.randint(2000, 2999)) for _ in range(N)],
            "FIN_YR": [rng.choice(["2021-22", "2022-23", "2023-24"]) for _ in range(N)],
        }
    )
    assert not columns["FIN_YR"].personal
    assert _kind(columns["PCODE"]) == "AU_POSTCODE"


def test_postal_codes_of_four_digits_and_two_are_still_postal_codes() -> None:
    rng = random.Random("postal codes")
    columns = _found(
        {
            "CLIENT": [f"{given(rng)} {family(rng)}" for _ in range(N)],
            "SUBURB": [rng.choice(SUBURBS) for _ in range(N)],
            "c03": [f"{rng.randint(1000, 9999)}-{rng.randint(10, 99)}" for _ in range(N)],
        }
    )
    assert _kind(columns["c03"]) == "AU_POSTCODE"


def test_licence_holders_counted_by_area_are_no_ones_licence() -> None:
    rng = random.Random("holders")
    rows = [(lga, q) for lga in _LGAS for q in ("Q1", "Q2", "Q3", "Q4")]
    holders = {lga: str(rng.randint(40_000, 240_000)) for lga in _LGAS}
    columns = _found(
        {
            "LGA_NAME": [lga for lga, _ in rows],
            "QTR": [q for _, q in rows],
            "NOTICES_ISSUED": [str(rng.randint(200, 900)) for _ in rows],
            "LIC_SUSP_CNT": [_small(rng, 12) for _ in rows],
            "LIC_HOLDERS": [holders[lga] for lga, _ in rows],
            "RATE_PER_1000": [f"{rng.uniform(1, 4):.2f}" for _ in rows],
        }
    )
    assert not any(c.personal for c in columns.values())
