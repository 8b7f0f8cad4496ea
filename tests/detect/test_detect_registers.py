"""Registers read by their values alone, as a file without a header is.

1. a register keyed by its matters' numbers, whose people a date of birth tells apart, some
   of them back for a second matter;
2. a table that writes its people's sex in letters, beside a count in ones, twos and threes;
3. a register's numbers, counting up in the order its people registered;
4. the accounts a table of payments to businesses pays into, sole traders among them;
5. a register of people's dealings with a few businesses, and one of businesses themselves;
6. the workstations an access log's users sat at;
7. references stamped with their year, beside people and beside things.
"""

from __future__ import annotations

import random
from typing import Any

from category_tables import birth, company_abn, digits, family, given, luhn_digit, recent
from detect_support import found as _found
from detect_support import kind as _kind
from detect_support import names_hidden

from minshare import identifiers

N = 300

# -- 1. a register of matters, its people told apart by their births ----------------------------


def _grants(rng: random.Random, *, people: int, born: bool = True) -> dict[str, list[Any]]:
    """A register of hardship grants, one row a grant (``HG-401008``), made to
    ``people`` students: the rest come back for a second."""
    students = [(f"{given(rng)} {family(rng)}", birth(rng, 19, 35)) for _ in range(people)]
    rows = students + [rng.choice(students) for _ in range(N - people)]
    rng.shuffle(rows)
    table: dict[str, list[Any]] = {
        "CASE_NO": [f"HG-{digits(rng, 6)}" for _ in range(N)],
        "NAME": [name for name, _ in rows],
    }
    if born:
        table["DOB"] = [day.strftime("%d/%m/%Y") for _, day in rows]
    table |= {
        "LODGED": [recent(rng).strftime("%d/%m/%Y") for _ in range(N)],
        "STATUS": [rng.choice(("APPROVED", "PENDING", "DECLINED")) for _ in range(N)],
        "AMOUNT": [rng.choice(("500", "1000", "2000", "0")) for _ in range(N)],
    }
    return table


def test_a_registers_key_is_its_persons_when_births_tell_its_people_apart() -> None:
    # 265 students in 300 grants: 88% of rows are a student's only one
    columns = _found(names_hidden(_grants(random.Random("grants"), people=265)))
    assert _kind(columns["c01"]) == "ID", columns["c01"].best
    assert "one row a person" in columns["c01"].best.evidence


def test_a_registers_key_is_rows_when_names_alone_come_back() -> None:
    # the same grants without the births: the names come back, and the rows may be events
    columns = _found(names_hidden(_grants(random.Random("grants"), people=265, born=False)))
    assert not columns["c01"].personal


def test_a_logs_key_is_rows_though_births_are_written_on_it() -> None:
    # 120 clients on 300 visits: a log of events, whose people come back on row after row
    columns = _found(names_hidden(_grants(random.Random("visits"), people=120)))
    assert not columns["c01"].personal


# -- 2. a sex in letters, a count in digits ------------------------------------------------------


def _immunisations(rng: random.Random, *, letters: bool) -> dict[str, list[Any]]:
    """An immunisation register's encounters: a child, their sex, a vaccine and the dose's
    number (1 or 2, now and then a third; 9 unknown)."""
    sexes = [rng.choices(("M", "F", "X"), (48, 48, 4))[0] for _ in range(N)]
    table: dict[str, list[Any]] = {
        "FAMILY_NAME": [family(rng).upper() for _ in range(N)],
        "GIVEN_NAME": [given(rng).upper() for _ in range(N)],
        "DOB": [birth(rng, 0, 5).strftime("%Y%m%d") for _ in range(N)],
    }
    if letters:
        table["GENDER"] = sexes
    table |= {
        "VACCINE_CODE": [rng.choice(("INFHEX", "PREV13", "ROTRIX", "MMR")) for _ in range(N)],
        "DOSE_NO": [rng.choices(("1", "2", "3", "9"), (50, 44, 4, 2))[0] for _ in range(N)],
        "BATCH_NO": [f"{rng.choice(('DN', 'PK', 'RC'))}{digits(rng, 3)}" for _ in range(N)],
    }
    return table


def test_a_count_in_digits_beside_a_sex_in_letters_is_no_second_sex() -> None:
    columns = _found(names_hidden(_immunisations(random.Random("doses"), letters=True)))
    assert _kind(columns["c04"]) == "GENDER"
    assert not columns["c06"].personal, columns["c06"].best


def test_the_same_digits_alone_are_the_sex_codes() -> None:
    # with no sex written in letters, 1 and 2 the common ones, 3 and 9 rare: the AIHW's codes
    columns = _found(names_hidden(_immunisations(random.Random("doses"), letters=False)))
    assert _kind(columns["c05"]) == "GENDER", columns["c05"].best


# -- 3. numbers in the order people registered ---------------------------------------------------


def _evacuees(rng: random.Random, key: str, numbers: list[str]) -> dict[str, list[Any]]:
    return {
        key: numbers,
        "SURNAME": [family(rng).upper() for _ in numbers],
        "GIVEN": [given(rng) for _ in numbers],
        "DOB": [birth(rng, 0, 90).strftime("%d/%m/%Y") for _ in numbers],
        "CENTRE": [
            rng.choice(("Lismore Showground", "Casino RSM", "Kyogle Hall")) for _ in numbers
        ],
    }


def test_a_registrations_number_counting_up_with_its_register_is_its_persons() -> None:
    rng = random.Random("evacuees")
    numbers = [f"EVR-22-{4012 + i:06d}" for i in range(N)]
    columns = _found(_evacuees(rng, "REG_NO", numbers))
    assert _kind(columns["REG_NO"]) == "ID", columns["REG_NO"].best


def test_whole_numbers_counting_up_number_the_rows_whatever_their_name() -> None:
    rng = random.Random("evacuees")
    numbers = [str(30_001 + i) for i in range(N)]
    columns = _found(_evacuees(rng, "REG_NO", numbers))
    assert not columns["REG_NO"].personal, columns["REG_NO"].best


# -- 4. accounts of businesses, sole traders among them -------------------------------------------

_TRADES = ("PLUMBING", "ELECTRICAL", "AUTOMOTIVE", "GLASS SERVICES", "BUILDERS", "JOINERY")


def _subsidies(rng: random.Random, companies: float) -> dict[str, list[Any]]:
    """Wage subsidies paid to employers, ``companies`` of them companies and the rest sole
    traders trading under a name, each with the account it is paid into."""
    firms = [rng.random() < companies for _ in range(N)]
    return {
        "PMT_REF": [f"P24{i:07d}" for i in range(N)],
        "PAYEE_ABN": [company_abn(rng) if firm else identifiers.make_abn(rng) for firm in firms],
        "PAYEE_NAME": [
            f"{family(rng).upper()} {rng.choice(_TRADES)}{' PTY LTD' if firm else ''}"
            for firm in firms
        ],
        "BSB": [f"{rng.choice(('062', '032', '082', '704'))}-{digits(rng, 3)}" for _ in firms],
        "ACCT_NO": [digits(rng, 9) for _ in firms],
        "AMT": [rng.choice(("1200.00", "2500.00", "4000.00")) for _ in firms],
    }


def test_the_accounts_of_businesses_some_sole_traders_are_personal() -> None:
    columns = _found(_subsidies(random.Random("subsidies"), 0.3))
    assert _kind(columns["PAYEE_ABN"]) == "AU_ABN"
    assert _kind(columns["ACCT_NO"]) == "BANK_ACCOUNT", columns["ACCT_NO"].best


def test_the_accounts_of_companies_are_no_ones() -> None:
    columns = _found(_subsidies(random.Random("subsidies"), 0.95))
    assert not columns["PAYEE_ABN"].personal
    assert not columns["ACCT_NO"].personal, columns["ACCT_NO"].best


# -- 5. people's dealings with businesses, and businesses themselves ------------------------------

_PARKS = ("Bellbird Lifestyle Village", "Greenleaf Residential Park", "Lakeside Holiday Park")


def _site_agreements(rng: random.Random) -> dict[str, list[Any]]:
    """A residential park's site agreements: one home owner each, with the park (a company,
    one of twenty) named before them."""
    parks = [(company_abn(rng), f"{rng.choice(_PARKS)} {i}") for i in range(20)]
    rows = [rng.choice(parks) for _ in range(N)]
    return {
        "AGR_NO": [f"RPA-{rng.randint(2008, 2024)}-{digits(rng, 6)}" for _ in rows],
        "PARK_ABN": [abn for abn, _ in rows],
        "PARK_NAME": [name for _, name in rows],
        "SITE": [str(rng.randint(1, 200)) for _ in rows],
        "HOME_OWNER": [f"{given(rng)} {family(rng)}".upper() for _ in rows],
        "DOB": [birth(rng, 50, 90).strftime("%d/%m/%Y") for _ in rows],
        "FEE": [f"{rng.uniform(150, 300):.2f}" for _ in rows],
    }


def _provider_register(rng: random.Random) -> dict[str, list[Any]]:
    """Registered practices, each once with its own ABN, then the person to contact and
    the lead practitioner's HPI-I (a number only a person has)."""
    hpi = [f"800361{digits(rng, 9)}" for _ in range(N)]
    return {
        "PROVIDER_NO": [f"AP-{10_000 + 7 * i + rng.randint(0, 6)}" for i in range(N)],
        "LEGAL_NAME": [f"{family(rng)} {rng.choice(_TRADES).title()} Pty Ltd" for _ in range(N)],
        "ABN": [company_abn(rng) for _ in range(N)],
        "CONTACT": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "PHONE": [f"04{digits(rng, 8)}" for _ in range(N)],
        "LEAD_HPII": [body + luhn_digit(body) for body in hpi],
    }


def test_a_registers_key_is_its_peoples_beside_a_few_businesses_they_deal_with() -> None:
    columns = _found(names_hidden(_site_agreements(random.Random("parks"))))
    assert _kind(columns["c01"]) == "ID", columns["c01"].best


def test_a_register_of_businesses_each_once_keys_the_businesses() -> None:
    columns = _found(names_hidden(_provider_register(random.Random("providers"))))
    assert not columns["c01"].personal, columns["c01"].best
    assert _kind(columns["c04"]) == "PERSON"


# -- 6. an access log's workstations --------------------------------------------------------------


def test_an_access_logs_workstations_are_no_ones() -> None:
    # a sheriff's office's log, without its header: each line's workstation, named for its
    # site, a few hundred of them, most on two or three lines
    rng = random.Random("workstations")
    machines = [f"SHF-{rng.choice(('SYD', 'PEN', 'WOL'))}-WS{digits(rng, 4)}" for _ in range(200)]
    debtors = [f"D{digits(rng, 7)}" for _ in range(N)]
    table = {
        "c1": [f"2024-03-01T{i // 60 % 24:02d}:{i % 60:02d}:00+11:00" for i in range(N)],
        "c2": [f"{given(rng)[0]}{family(rng)}".lower() for _ in range(N)],
        "c3": [
            f"10.{rng.randint(1, 40)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}" for _ in range(N)
        ],
        "c4": [rng.choice(("VIEW_DEBTOR", "UPDATE_DEBTOR", "SEARCH")) for _ in range(N)],
        "c5": [rng.choice(debtors) for _ in range(N)],
        "c6": [rng.choice(machines) for _ in range(N)],
    }
    columns = _found(table)
    assert _kind(columns["c5"]) == "ID", columns["c5"].best
    assert not columns["c6"].personal, columns["c6"].best


# -- 7. references stamped with their year ---------------------------------------------------------


def _children(rng: random.Random) -> dict[str, list[Any]]:
    """Children on permanent care orders, without a header: each with the court file of
    their proceedings (``NCC/19/85510``), and the day the order was made."""
    courts = ("NCC", "VCC", "QCC", "SPC", "TPC")
    return {
        "c01": [digits(rng, 7) for _ in range(N)],
        "c02": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "c03": [birth(rng, 1, 17).strftime("%Y%m%d") for _ in range(N)],
        "c04": [rng.choice(("M", "F")) for _ in range(N)],
        "c05": [recent(rng, 6).isoformat() for _ in range(N)],
        "c06": [
            f"{rng.choice(courts)}/{rng.randint(15, 24)}/{rng.randint(1000, 99999)}"
            for _ in range(N)
        ],
    }


def test_a_court_files_number_stamped_with_its_year_is_its_persons() -> None:
    columns = _found(_children(random.Random("children")))
    assert _kind(columns["c06"]) == "ID", columns["c06"].best


def test_a_clients_number_stamped_with_the_year_they_came_is_theirs() -> None:
    # a home care extract with no header: the client number last, HCR and the two digits of
    # the year they came (HCR19-81714)
    rng = random.Random("home care")
    table = {
        "c01": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "c02": [birth(rng, 65, 100).strftime("%d-%b-%Y").upper() for _ in range(N)],
        "c03": [str(rng.choice([2000, 2150, 3040, 4101, 5290])) for _ in range(N)],
        "c04": [f"HCR{rng.randint(15, 23)}-{digits(rng, 5)}" for _ in range(N)],
    }
    assert _kind(_found(table)["c04"]) == "ID", _found(table)["c04"].best


def test_a_cases_reference_on_each_of_its_notes_is_its_persons() -> None:
    rng = random.Random("notes")
    cases = [f"OBJ-{rng.randint(2021, 2024)}-{digits(rng, 5)}" for _ in range(80)]
    table = {
        "c01": [str(i + 1) for i in range(N)],
        "c02": [rng.choice(cases) for _ in range(N)],
        "c03": [recent(rng).strftime("%d/%m/%Y %H:%M") for _ in range(N)],
        "c04": [f"{given(rng)[0]}. {family(rng)}" for _ in range(N)],
        "c05": [
            f"Called {given(rng)} {family(rng)} on 04{digits(rng, 8)} about the objection."
            for _ in range(N)
        ],
    }
    assert _kind(_found(table)["c02"]) == "ID", _found(table)["c02"].best


def test_references_stamped_with_their_year_beside_things_are_no_ones() -> None:
    # a fleet's work orders: no one the rows are about
    rng = random.Random("fleet")
    table = {
        "c01": [f"WO-{rng.randint(2021, 2024)}-{digits(rng, 5)}" for _ in range(N)],
        "c02": [f"FLT{digits(rng, 4)}" for _ in range(N)],
        "c03": [rng.choice(("Toyota Hilux", "Ford Ranger", "Toyota Corolla")) for _ in range(N)],
        "c05": [rng.choice(("Service", "Tyres", "Brakes")) for _ in range(N)],
        "c04": [f"{rng.uniform(100, 3000):.2f}" for _ in range(N)],
    }
    assert not _found(table)["c01"].personal
