"""An agency's dealings with people, and what its tables name beside them.

1. the numbers of what an agency gives or arranges for one person (an infringement, a grant,
   a loan, a plan, an admission, a conference) beside the agency's own bookkeeping (payments,
   batches);
2. dates run together as SAS writes them (``13JUN1997``), in a headerless register;
3. a register of providers whose contacts write from the providers' own domains;
4. programmes and sites named for the care or the help they give;
5. companies' ABNs, each built on an ACN, beside the people a table is about;
6. a classification's grade after a street word's letters, and magistrates by their title;
7. where a staff member works, beside their work phone, and the terms their job is held on.
"""

from __future__ import annotations

import random
import uuid
from typing import Any

import pytest
from category_tables import SUBURBS, birth, company_abn, digits, family, given, recent
from detect_support import found as _found
from detect_support import kind as _kind
from detect_support import names_hidden

from minshare import identifiers
from minshare.detect.dates import parse_each_date

N = 300
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


# -- 1. a person's dealings ---------------------------------------------------------------------


def _dealings(rng: random.Random, key: str, code: str) -> dict[str, list[Any]]:
    """A register of one row a person, keyed by ``key`` holding codes such as ``code``
    (``#`` a digit), with the payments' batch numbers beside."""
    return {
        key: ["".join(digits(rng, 1) if c == "#" else c for c in code) for _ in range(N)],
        "CLIENT_NAME": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "DOB": [birth(rng, 18, 80).strftime("%d/%m/%Y") for _ in range(N)],
        "SUBURB": [rng.choice(SUBURBS) for _ in range(N)],
        "BATCH_NO": [f"B{rng.randint(100, 140)}" for _ in range(N)],
        "PMT_ID": [f"PMT{i:07d}" for i in range(N)],
        "AMOUNT": [f"{rng.uniform(50, 900):.2f}" for _ in range(N)],
    }


@pytest.mark.parametrize(
    ("key", "code"),
    [
        ("INFRINGEMENT_NO", "#########"),
        ("LoanNo", "BL#######"),
        ("PLAN_NO", "PP-######"),
        ("GRANT_REF", "G####/######"),
        ("ADM_NO", "A##-#####"),
        ("Conf_Ref", "YJC-##-####"),
    ],
)
def test_the_number_of_a_persons_dealing_is_their_id(key: str, code: str) -> None:
    columns = _found(_dealings(random.Random(key), key, code))
    assert _kind(columns[key]) == "ID", columns[key].best
    assert columns[key].personal


def test_the_agencys_own_bookkeeping_numbers_are_no_ones() -> None:
    columns = _found(_dealings(random.Random("bookkeeping"), "LoanNo", "BL#######"))
    assert not columns["PMT_ID"].personal
    assert not columns["BATCH_NO"].personal


def test_a_plans_kind_and_a_grants_amount_say_no_ones_number() -> None:
    rng = random.Random("kinds")
    table = _dealings(rng, "PLAN_NO", "PP-######")
    table["PLAN_TYPE"] = [rng.choice(["Self managed", "Agency managed", "Plan managed"])] * N
    table["GRANT_AMT"] = [f"{rng.uniform(500, 5000):.2f}" for _ in range(N)]
    columns = _found(table)
    assert not columns["PLAN_TYPE"].personal
    assert not columns["GRANT_AMT"].personal


# -- 2. dates run together ----------------------------------------------------------------------


def _sas(day: Any) -> str:
    return f"{day.day:02d}{MONTHS[day.month - 1]}{day.year}"


def test_dates_run_together_as_sas_writes_them_are_read() -> None:
    assert [d and d.isoformat() for d in parse_each_date(["13JUN1997", "1jan2001"])] == [
        "1997-06-13",
        "2001-01-01",
    ]
    assert parse_each_date(["13JUN1997:08:30:00"])[0] is not None
    assert parse_each_date(["12ABC2001", "13JUN97", "JUN131997"]) == [None, None, None]


def test_a_headerless_registers_births_in_two_forms_are_dates_of_birth() -> None:
    """A student hardship register: a case's number, the applicant, their birth written
    ``13JUN1997`` or ``13/06/1997``, their age when they applied, and a day of the case."""
    rng = random.Random("hardship")
    rows = []
    for i in range(N):
        born = birth(rng, 17, 45)
        lodged = recent(rng, 2)
        written = _sas(born) if rng.random() < 0.4 else born.strftime("%d/%m/%Y")
        age = (lodged - born).days // 365
        rows.append((f"HG-{lodged.year}-{10000 + i}", f"{given(rng)} {family(rng)}", written, age))
    table = {f"column_{i + 1}": [str(row[i]) for row in rows] for i in range(4)} | {
        "column_5": [recent(rng, 2).strftime("%d/%m/%Y") for _ in range(N)]
    }
    columns = _found(table)
    assert _kind(columns["column_3"]) == "DATE_OF_BIRTH"
    assert _kind(columns["column_4"]) == "AGE"


# -- 3. a register of providers and their contacts ----------------------------------------------

_KINDS = ("Youth Housing", "Family Support", "Community Care", "Homelessness Services")
_FREE = ("gmail.com", "outlook.com", "bigpond.com", "hotmail.com", "yahoo.com.au")


def _providers(rng: random.Random, *, own_domains: bool) -> dict[str, list[Any]]:
    """Funded providers, several rows each (one a contract), each row naming a contact;
    the contacts' mailboxes at the providers' own domains, or at mail services."""
    names = [f"{rng.choice(SUBURBS)} {rng.choice(_KINDS)} Ltd" for _ in range(90)]
    rows = [rng.choice(names) for _ in range(N)]
    contacts = [(given(rng), family(rng)) for _ in range(N)]

    def mailbox(name: str, person: tuple[str, str]) -> str:
        local = f"{person[0][0]}{person[1]}".lower()
        if not own_domains:
            return f"{local}@{rng.choice(_FREE)}"
        return f"{local}@{''.join(name.split()[:-1]).lower()}.org.au"

    return {
        "provider_id": [f"P{rng.randint(1000, 9999)}-{i:03d}" for i in range(N)],
        "org_name": rows,
        "program": [rng.choice(["Intensive support", "Outreach", "Crisis beds"]) for _ in rows],
        "contract_value": [f"{rng.randint(20, 900) * 1000}.00" for _ in rows],
        "contact_name": [f"{g} {f}" for g, f in contacts],
        "contact_email": [mailbox(n, p) for n, p in zip(rows, contacts, strict=True)],
        "street_address": [f"{rng.randint(1, 300)} {family(rng)} Street" for _ in rows],
        "suburb": [rng.choice(SUBURBS) for _ in rows],
        "postcode": [str(rng.randint(2000, 2999)) for _ in rows],
    }


def test_a_providers_contacts_at_its_own_domain_leave_its_premises_its_own() -> None:
    for blind in (False, True):
        table = _providers(random.Random("providers"), own_domains=True)
        if blind:
            table = names_hidden(table)
        columns = list(_found(table).values())
        assert not columns[6].personal, (blind, columns[6].best)  # the street address
        assert not columns[7].personal and not columns[8].personal  # suburb and postcode
        assert _kind(columns[4]) == "PERSON"  # the contact stays a person


def test_a_providers_contacts_at_its_initials_leave_its_premises_its_own() -> None:
    # a legal service's reception at alsfc.org.au: Aboriginal Legal Service (Fraser Coast)
    rng = random.Random("initials")
    table = _providers(rng, own_domains=True)
    places = [rng.choice(SUBURBS) for _ in range(90)]
    kinds = ("Legal Service", "Tenants Advice Service", "Disability Advocacy Service")
    bodies = [f"{rng.choice(kinds)} ({place})" for place in places]
    rows = [rng.randrange(len(bodies)) for _ in range(N)]
    table["org_name"] = [bodies[i] for i in rows]
    table["contact_email"] = [
        f"reception@{''.join(w[0] for w in bodies[i].replace('(', '').split()).lower()}.org.au"
        for i in rows
    ]
    for blind in (False, True):
        columns = list(_found(names_hidden(table) if blind else table).values())
        assert not columns[6].personal, (blind, columns[6].best)  # the street address


def test_people_writing_from_mail_services_beside_providers_keep_their_addresses() -> None:
    columns = _found(_providers(random.Random("clients"), own_domains=False))
    assert _kind(columns["street_address"]) == "ADDRESS"


def test_a_mail_service_that_spells_a_providers_word_is_still_anyones() -> None:
    """Clients of Outlook Care's branches, most writing from outlook.com: the service
    spells the provider's first word, but one or two domains are no providers' own."""
    rng = random.Random("outlook")
    table = _providers(rng, own_domains=False)
    table["org_name"] = [f"Outlook Care {name}" for name in table["org_name"]]
    table["contact_email"] = [
        f"{given(rng).lower()}{i}@{'outlook.com' if rng.random() < 0.7 else 'gmail.com'}"
        for i in range(N)
    ]
    assert _kind(_found(table)["street_address"]) == "ADDRESS"


def test_practitioners_named_before_their_firms_keep_their_accounts() -> None:
    """A panel of lawyers: each practitioner, then their firm, their own account and mailbox
    at the firm's domain. The rows are the practitioners."""
    rng = random.Random("panel")
    firms = [f"{family(rng)} {rng.choice(['Legal', 'Lawyers'])}" for _ in range(120)]
    rows = [rng.choice(firms) for _ in range(N)]
    people = [(given(rng), family(rng)) for _ in range(N)]
    table = {
        "PRAC_SURNAME": [f for _, f in people],
        "PRAC_GIVEN": [g for g, _ in people],
        "FIRM_TRADING_NM": rows,
        "BSB": [f"{rng.choice(['062', '032', '182'])}-{digits(rng, 3)}" for _ in rows],
        "ACCT_NO": [digits(rng, 8) for _ in rows],
        "EMAIL_ADDR": [
            f"{g.lower()}.{f.lower()}@{firm.replace(' ', '').lower()}.com.au"
            for (g, f), firm in zip(people, rows, strict=True)
        ],
    }
    columns = _found(table)
    assert _kind(columns["ACCT_NO"]) == "BANK_ACCOUNT"


# -- 4. programmes and sites named for what they do ---------------------------------------------

_PROGRAMMES = ("Adult General Dental Program", "Denture Scheme", "Emergency Dental",
               "Child Dental Benefits Schedule", "Priority Oral Health Program",
               "School Dental Service")  # fmt: skip
_SITES = ("Darwin Youth Shelter", "Belconnen Crisis Line", "Footscray Youth Refuge",
          "Parramatta Crisis Accommodation Centre", "Northern Rivers Housing Hub",
          "Elizabeth Family Crisis Service", "Mirrabooka Tenancy Support")  # fmt: skip


def _payees(rng: random.Random) -> dict[str, list[Any]]:
    return {
        "PAYEE": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "CRN": [f"{digits(rng, 9)}{rng.choice('ABCHJK')}" for _ in range(N)],
        "AMT": [f"{rng.uniform(20, 400):.2f}" for _ in range(N)],
    }


def test_a_programme_named_for_its_care_is_no_ones_health() -> None:
    rng = random.Random("programmes")
    table = {**_payees(rng), "NAME": [rng.choice(_PROGRAMMES) for _ in range(N)]}
    assert not _found(table)["NAME"].personal


def test_a_staff_members_site_named_for_its_help_is_no_ones_circumstance() -> None:
    rng = random.Random("sites")
    table = {
        "EMP_ID": [f"E{digits(rng, 6)}" for _ in range(N)],
        "STAFF_NM": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "Position Title": [rng.choice(["Case Worker", "Team Leader", "Intake Officer"])] * N,
        "Site": [rng.choice(_SITES) for _ in range(N)],
    }
    for blind in (False, True):
        columns = list(_found(names_hidden(table) if blind else table).values())
        assert not columns[3].personal, (blind, columns[3].best)


def test_a_patients_clinics_named_for_their_specialties_stay_health() -> None:
    rng = random.Random("clinics")
    clinics = ("Fracture Clinic", "Diabetes Clinic", "Orthopaedic OPD", "Cataract Assessment",
               "Paediatric ENT", "Joint Replacement Review", "Wound Care")  # fmt: skip
    table = {**_payees(rng), "Clinic": [rng.choice(clinics) for _ in range(N)]}
    assert _kind(_found(table)["Clinic"]) == "HEALTH"


def test_a_persons_housing_among_refuges_and_shelters_stays_their_circumstance() -> None:
    rng = random.Random("housing")
    situations = ("Women's refuge", "Crisis shelter", "Private rental", "Couch surfing",
                  "Rough sleeping", "Living with family", "Public housing")  # fmt: skip
    table = {**_payees(rng), "HOUSING_SIT": [rng.choice(situations) for _ in range(N)]}
    assert _kind(_found(table)["HOUSING_SIT"]) == "VULNERABILITY"


# -- 5. companies' ABNs ------------------------------------------------------------------------


def _paid(rng: random.Random, companies: float) -> dict[str, list[Any]]:
    """Bond loans paid to each client's landlord or agent, ``companies`` of them companies
    and the rest sole traders, a different one on each row."""
    return {
        "CLIENT_NM": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "DOB": [birth(rng, 18, 80).strftime("%d/%m/%Y") for _ in range(N)],
        "PAYEE_ABN": [
            company_abn(rng) if rng.random() < companies else identifiers.make_abn(rng)
            for _ in range(N)
        ],
        "AMT": [f"{rng.uniform(100, 3000):.2f}" for _ in range(N)],
    }


def test_abns_built_on_acns_are_the_companies_paid() -> None:
    assert not _found(_paid(random.Random("agents"), 0.8))["PAYEE_ABN"].personal


def test_sole_traders_abns_beside_companies_stay_personal() -> None:
    assert _kind(_found(_paid(random.Random("traders"), 0.4))["PAYEE_ABN"]) == "AU_ABN"


def _rebates(rng: random.Random, payees: list[str]) -> dict[str, list[Any]]:
    """Energy rebates paid on clients' behalf, each to one of a few retailers: no names."""
    return {
        "PAYMENT_ID": [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(N)],
        "PAY_DT": [recent(rng).strftime("%Y%m%d") for _ in range(N)],
        "AMT": [f"{rng.uniform(20, 300):.2f}" for _ in range(N)],
        "RETAILER_ABN": [rng.choice(payees) for _ in range(N)],
        "PROGRAM": [rng.choice(["WEC", "AEC", "MCC"]) for _ in range(N)],
    }


def test_a_few_abns_every_one_built_on_an_acn_are_the_companies_paid() -> None:
    rng = random.Random("retailers")
    table = _rebates(rng, [company_abn(rng) for _ in range(7)])
    for blind in (False, True):
        columns = list(_found(names_hidden(table) if blind else table).values())
        assert not columns[3].personal, (blind, columns[3].best)


def test_a_few_sole_traders_abns_stay_personal() -> None:
    rng = random.Random("few traders")
    traders = [identifiers.make_abn(rng) for _ in range(7)]
    assert not all(identifiers.is_valid_acn(abn[2:]) for abn in traders)
    columns = list(_found(names_hidden(_rebates(rng, traders))).values())
    assert _kind(columns[3]) == "AU_ABN"


# -- 6. classifications and magistrates ---------------------------------------------------------


def test_a_classifications_grade_after_gr_is_no_street_address() -> None:
    rng = random.Random("classifications")
    grades = (
        "Clerk Gr 7/8",
        "Clerk Gr 9/10",
        "Clerk Gr 3/4",
        "Clerk Gr 11/12",
        "Legal Officer Gr IV",
    )
    table = {
        "Name": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "Classification": [rng.choice(grades) for _ in range(N)],
        "Home_Address": [f"{rng.randint(1, 300)} {family(rng)} St" for _ in range(N)],
    }
    columns = _found(table)
    assert _kind(columns["Classification"]) != "ADDRESS"
    assert _kind(columns["Home_Address"]) == "ADDRESS"


def test_magistrates_after_their_abbreviated_title_are_people() -> None:
    rng = random.Random("magistrates")
    bench = [f"Mag. {given(rng)[0]} {family(rng)}" for _ in range(30)]
    table = {
        "APPLICANT": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "JO": [rng.choice(bench) for _ in range(N)],
        "LIST_DT": [recent(rng, 1).isoformat() for _ in range(N)],
    }
    assert _kind(_found(table)["JO"]) == "PERSON"


# -- 7. where staff work ------------------------------------------------------------------------


def test_where_a_staff_member_works_is_the_employers_place() -> None:
    rng = random.Random("work locations")
    table = {
        "Emp_ID": [f"E{digits(rng, 5)}" for _ in range(N)],
        "Name": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "Work_Location": [rng.choice(SUBURBS) for _ in range(N)],
        "WORK_PCODE": [str(rng.randint(2000, 2999)) for _ in range(N)],
        "Work_Ph": [f"(02) 9{digits(rng, 3)} {digits(rng, 4)}" for _ in range(N)],
        "Home_Suburb": [rng.choice(SUBURBS) for _ in range(N)],
    }
    columns = _found(table)
    assert not columns["Work_Location"].personal
    assert not columns["WORK_PCODE"].personal
    assert _kind(columns["Work_Ph"]) == "PHONE_NUMBER"
    assert _kind(columns["Home_Suburb"]) == "LOCATION"


def _staff_with(rng: random.Random, name: str, answers: tuple[str, ...]) -> dict[str, list[Any]]:
    return {
        "Emp_ID": [f"E{digits(rng, 5)}" for _ in range(N)],
        "Name": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "DOB": [birth(rng, 20, 65).strftime("%d/%m/%Y") for _ in range(N)],
        name: [rng.choice(answers) for _ in range(N)],
    }


def test_the_terms_a_staff_members_job_is_held_on_are_the_jobs() -> None:
    tenures = ("Permanent FT", "Permanent PT", "Casual", "Temporary", "Secondment", "Non-ongoing")
    found = _found(_staff_with(random.Random("tenure"), "Emp_Status", tenures))
    assert not found["Emp_Status"].personal


def test_a_clients_labour_force_status_stays_theirs() -> None:
    statuses = ("Employed full-time", "Employed part-time", "Unemployed", "Not in labour force")
    found = _found(_staff_with(random.Random("labour force"), "EMP_STATUS", statuses))
    assert _kind(found["EMP_STATUS"]) == "EMPLOYMENT"
