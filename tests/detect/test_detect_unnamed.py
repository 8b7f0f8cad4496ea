"""Columns with no name to say what they are, in a table about people.

1. the dates of birth of a cohort (young offenders, scholarship applicants, aged care
   residents), whose ages do not spread as a population's do;
2. driver licence and account numbers, numbers of many lengths with some states' letter
   forms or their leading zeros, or of one length drawn at random with their zeros kept, told
   from a record's numbers of one length, from a zero-padded sequence and from amounts;
3. postcodes whose leading zero a spreadsheet dropped (the Territory's 0850 as 850);
4. suburbs in any case ("PENRITH", "mount druitt") beside their postcodes, in one state;
5. Australian passport numbers, told from an agency's references of the same shape;
6. DVA file numbers, opened in several states, told from codes with a prefix or two;
7. registration plates in the states' arrangements, told from course and batch codes;
8. suburbs and towns with no postcode beside them, many different ones that a gazetteer
   knows, told from an agency's few sites named for their suburbs and from other words;
9. numbers that come back from row to row: staff numbers (a letter and digits) and people's
   codes that recur on some rows, told from a register's numbers counting up, codes stamped
   with their day, amounts, and things' numbers.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Any

import pytest
from category_tables import TODAY, birth, digits, family, given, recent
from detect_support import found, kind

from minshare.detect import vocab
from minshare.detect.findings import DIRECT_IDENTIFIER
from minshare.identifiers import is_valid_tfn

N = 400


def _people(rng: random.Random) -> dict[str, list[Any]]:
    """The first columns of a headerless extract about people: a name and a sex."""
    return {
        "column_1": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "column_2": [rng.choice("MF") for _ in range(N)],
    }


def _things(rng: random.Random) -> dict[str, list[Any]]:
    """The first columns of a headerless extract about things: a supplier and an asset."""
    return {
        "column_1": [f"{family(rng)} Pty Ltd" for _ in range(N)],
        "column_2": [rng.choice(["Pump", "Valve", "Meter"]) for _ in range(N)],
    }


# -- 1. a cohort's dates of birth ------------------------------------------------------------


@pytest.mark.parametrize(
    ("youngest", "oldest", "form"),
    [
        (10, 18, "%d/%m/%Y"),  # young people in detention
        (17, 40, "%d/%m/%Y"),  # scholarship applicants
        (80, 96, "%Y-%m-%d"),  # residents of aged care
    ],
)
def test_a_cohorts_dates_of_birth_are_found_without_a_name(
    youngest: int, oldest: int, form: str
) -> None:
    rng = random.Random(f"cohort {youngest}")
    dates = [birth(rng, youngest, oldest).strftime(form) for _ in range(N)]
    finding = found(_people(rng) | {"column_3": dates})["column_3"]
    assert kind(finding) == "DATE_OF_BIRTH", finding
    assert finding.best is not None
    assert "a cohort's ages" in finding.best.evidence


def test_a_cohorts_dates_of_birth_on_each_of_their_visits_are_found_without_a_name() -> None:
    # a log of mentoring sessions: 150 young people, each on several rows
    rng = random.Random("sessions")
    mentees = [
        (f"{given(rng)} {family(rng)}", rng.choice("MF"), birth(rng, 15, 22)) for _ in range(150)
    ]
    rows = [rng.choice(mentees) for _ in range(N * 2)]
    table = {
        "column_1": [name for name, _, _ in rows],
        "column_2": [born.strftime("%d/%m/%Y") for _, _, born in rows],
        "column_3": [recent(rng, 2.0).strftime("%d/%m/%Y") for _ in rows],
        "column_4": [sex for _, sex, _ in rows],
    }
    found_ = found(table)
    assert kind(found_["column_2"]) == "DATE_OF_BIRTH", found_["column_2"]
    assert kind(found_["column_3"]) != "DATE_OF_BIRTH"
    # a few dates, each on many rows, are no cohort's births however old
    ceremonies = [birth(rng, 8, 12) for _ in range(12)]
    table["column_2"] = [rng.choice(ceremonies).isoformat() for _ in rows]
    assert kind(found(table)["column_2"]) != "DATE_OF_BIRTH"


def _age_today(born: dt.date) -> int:
    return TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))


def test_childrens_dates_of_birth_are_found_by_their_ages_beside() -> None:
    # a child support agency's children: their births and ages, and nothing that says they
    # are children (no school year, no name of a student)
    rng = random.Random("children's ages")
    born = [birth(rng, 0, 17) for _ in range(N)]
    table = _people(rng) | {
        "column_3": [b.isoformat() for b in born],
        "column_4": [str(_age_today(b)) for b in born],
    }
    found_ = found(table)
    assert kind(found_["column_3"]) == "DATE_OF_BIRTH", found_["column_3"]
    assert kind(found_["column_4"]) == "AGE", found_["column_4"]
    # numbers as small that are no one's ages (a count of visits) say nothing of the dates
    table["column_4"] = [str(rng.randint(0, 17)) for _ in born]
    assert kind(found(table)["column_3"]) != "DATE_OF_BIRTH"
    # nor do numbers past a child's years, whatever the dates are
    table["column_4"] = [str(_age_today(b) + 30) for b in born]
    assert kind(found(table)["column_3"]) != "DATE_OF_BIRTH"


def _joined(rng: random.Random) -> dt.date:
    """A member's joining date over thirty years, the newest members of this year."""
    return TODAY - dt.timedelta(days=rng.randint(0, 30 * 365))


@pytest.mark.parametrize(
    "dates",
    [
        # the events of an extract's last two years
        lambda rng: recent(rng, 2.0).isoformat(),
        # a register's joining dates reach into this year
        lambda rng: _joined(rng).strftime("%d/%m/%Y"),
    ],
)
def test_dates_that_reach_the_last_few_years_are_not_a_cohorts_births(dates: Any) -> None:
    rng = random.Random("events")
    column = [dates(rng) for _ in range(N)]
    finding = found(_people(rng) | {"column_3": column})["column_3"]
    assert kind(finding) != "DATE_OF_BIRTH", finding


def test_a_named_column_of_old_dates_is_left_to_its_name() -> None:
    rng = random.Random("named")
    dates = [birth(rng, 10, 30).isoformat() for _ in range(N)]
    finding = found(_people(rng) | {"FIRST_LICENSED": dates})["FIRST_LICENSED"]
    assert kind(finding) != "DATE_OF_BIRTH", finding


# -- 2. licence and account numbers ----------------------------------------------------------


def _licence(rng: random.Random) -> str:
    """A state driver licence: eight or nine digits (NSW, QLD, VIC), a letter and five
    digits (SA), two letters and four (TAS), or seven digits with a kept leading zero."""
    form = rng.random()
    if form < 0.4:
        return digits(rng, 8)
    if form < 0.75:
        return digits(rng, 9)
    if form < 0.85:
        return rng.choice("ABCDEFGHS") + digits(rng, 5)
    if form < 0.9:
        return rng.choice(["PP", "BT", "NN"]) + digits(rng, 4)
    return "0" + digits(rng, 6)


def _account(rng: random.Random) -> str:
    return digits(rng, rng.randint(6, 10))


@pytest.mark.parametrize(("make", "entity"), [(_licence, "AU_DRIVERS_LICENCE"), (_account, "ID")])
def test_numbers_of_many_lengths_are_a_persons_without_a_name(make: Any, entity: str) -> None:
    rng = random.Random(entity)
    column = [make(rng) for _ in range(N)]
    finding = found(_people(rng) | {"column_3": column})["column_3"]
    assert kind(finding) == entity, finding
    assert finding.category == DIRECT_IDENTIFIER


def test_licences_after_a_citizenship_are_a_persons_not_a_bodys() -> None:
    # "Australia" on most rows reads as a public body's name; a country is no body
    rng = random.Random("citizenship")
    abroad = ["New Zealand", "India", "Vietnam", "Malaysia", "Philippines", "China", "Fiji",
              "Lebanon", "Greece", "Italy", "South Sudan", "Iraq", "Chile", "Nepal"]  # fmt: skip
    citizens = [
        "Australia"
        if rng.random() < 0.85
        else rng.choice(abroad + [f"Australia; {c}" for c in abroad])
        for _ in range(N)
    ]
    table = _people(rng) | {
        "column_3": citizens,
        "column_4": [_licence(rng) for _ in range(N)],
    }
    assert kind(found(table)["column_4"]) == "AU_DRIVERS_LICENCE"
    # after the names of the companies that hold them, they are the companies'
    table["column_3"] = [f"{family(rng)} Haulage Pty Ltd" for _ in range(N)]
    assert not found(table)["column_4"].personal


def _nsw_mostly(rng: random.Random) -> str:
    """A licence of a NSW agency's people: NSW's eight digits most often, at times with the
    state written first, and a few other states' (a letter and five digits: one in thirty)."""
    form = rng.random()
    if form < 0.03:
        return rng.choice("ABCS") + digits(rng, 5)
    if form < 0.15:
        return f"NSW {digits(rng, 8)}"
    return digits(rng, rng.choice([8, 8, 8, 8, 8, 9, 10]))


def test_licences_of_one_state_mostly_with_a_few_letters_are_licences() -> None:
    rng = random.Random("nsw mostly")
    column = [_nsw_mostly(rng) for _ in range(N)]
    finding = found(_people(rng) | {"attr12": column})["attr12"]
    assert kind(finding) == "AU_DRIVERS_LICENCE", finding


@pytest.mark.parametrize("lengths", [(8, 8, 8, 8, 8, 8, 9), (8, 8, 8, 8, 8, 7)])
def test_numbers_of_two_lengths_drawn_at_random_are_a_persons(lengths: tuple[int, ...]) -> None:
    # licences of one state mostly, a few of another's length, no letters and no zeros kept
    rng = random.Random(f"two lengths {lengths}")
    column = [str(rng.randrange(10 ** (n - 1), 10**n)) for n in rng.choices(lengths, k=N)]
    finding = found(_people(rng) | {"column_3": column})["column_3"]
    assert kind(finding) == "ID", finding


def _queensland_mostly(rng: random.Random) -> str:
    """Queensland's nine digits; other states' with the state after them ("12345678 (NSW)");
    now and then South Australia's letter and five digits."""
    form = rng.random()
    if form < 0.15:
        return f"{rng.randrange(10**7, 10**8)} ({rng.choice(['NSW', 'VIC'])})"
    if form < 0.19:
        return rng.choice("ABCS") + digits(rng, 5)
    return str(rng.randrange(10**8, 10**9))


def test_a_licences_state_written_after_it_is_read_with_it() -> None:
    rng = random.Random("state after")
    column = [_queensland_mostly(rng) for _ in range(N)]
    finding = found(_people(rng) | {"column_3": column})["column_3"]
    assert kind(finding) == "AU_DRIVERS_LICENCE", finding


@pytest.mark.parametrize(
    "other",
    [
        lambda rng: digits(rng, 4) + rng.choice(["AC", "CH", "KF"]),  # digits, then letters
        lambda rng: digits(rng, 2) + rng.choice(["HM", "GN"]) + digits(rng, 4),
        lambda rng: rng.choice("ABCS") + digits(rng, 5),  # South Australia's
    ],
)
def test_one_states_numbers_beside_many_of_anothers_letters_are_licences(other: Any) -> None:
    # NSW's eight digits, and a fifth of the licences another state's letters and digits
    rng = random.Random("letters among")
    column = [
        other(rng) if rng.random() < 0.2 else str(rng.randrange(10**7, 10**8)) for _ in range(N)
    ]
    finding = found(_people(rng) | {"column_3": column})["column_3"]
    assert kind(finding) == "AU_DRIVERS_LICENCE", finding


def test_numbers_of_one_length_drawn_at_random_beside_a_few_letters_are_a_persons() -> None:
    # eight digits, their zeros kept, and now and then another state's letter and digits
    rng = random.Random("one length, a few letters")
    column = [
        f"S{digits(rng, 5)}" if rng.random() < 0.01 else f"{rng.randrange(10**8):08d}"
        for _ in range(N)
    ]
    finding = found(_people(rng) | {"column_3": column})["column_3"]
    assert kind(finding) == "ID", finding


def test_numbers_of_one_length_drawn_at_random_with_their_zeros_kept_are_a_persons() -> None:
    # an NSW licence: eight digits, about one in ten led by a zero the text kept
    rng = random.Random("one length")
    column = [f"{rng.randrange(10**8):08d}" for _ in range(N)]
    finding = found(_people(rng) | {"column_3": column})["column_3"]
    assert kind(finding) == "ID", finding
    assert finding.best is not None and "issued at random" in finding.best.evidence


def test_numbers_drawn_at_random_whose_zeros_were_lost_are_a_persons() -> None:
    # a super fund's member numbers stored as numbers: nine digits, and those drawn with a
    # zero in front now eight
    rng = random.Random("zeros lost")
    column = [str(rng.randrange(10**7, 10**9)) for _ in range(N)]
    finding = found(_people(rng) | {"column_7": column})["column_7"]
    assert kind(finding) == "ID", finding
    assert finding.best is not None and "zeros lost" in finding.best.evidence
    # amounts of the same lengths lead with a 1 more often than a 9
    amounts = [str(int(10 ** rng.uniform(7.9, 9))) for _ in range(N)]
    assert kind(found(_people(rng) | {"column_7": amounts})["column_7"]) != "ID"


def test_numbers_of_one_length_drawn_at_random_missing_from_some_rows_are_a_persons() -> None:
    # an NSW licence drawn from 10000000 up, so none led by a zero, blank where the person
    # holds none
    rng = random.Random("held by some")
    numbers = [str(rng.randrange(10**7, 10**8)) for _ in range(N)]
    held = [number if rng.random() < 0.7 else None for number in numbers]
    finding = found(_people(rng) | {"column_4": held})["column_4"]
    assert kind(finding) == "ID", finding
    assert finding.best is not None and "missing where" in finding.best.evidence
    # the same numbers on every row are each row's own (an application's)
    assert kind(found(_people(rng) | {"column_4": numbers})["column_4"]) != "ID"
    # amounts missing from some rows lead with a 1 more often than a 9
    amounts = [str(int(10 ** rng.uniform(7, 7.99))) if rng.random() < 0.7 else None for _ in held]
    assert kind(found(_people(rng) | {"column_4": amounts})["column_4"]) != "ID"


def test_numbers_before_a_bsb_that_has_its_account_after_it_are_no_second_account() -> None:
    # a staff list: a licence under an opaque name, then the BSB and its account
    rng = random.Random("bsb pairs")
    bsbs = [f"{rng.choice(['062', '032', '082', '012'])}-{digits(rng, 3)}" for _ in range(N)]
    licences = [str(rng.randrange(10**7, 10**8)) if rng.random() < 0.8 else None for _ in bsbs]
    accounts = [digits(rng, rng.randint(6, 9)) for _ in bsbs]
    table = _people(rng) | {"FIELD7": licences, "BSB": bsbs, "ACCT": accounts}
    columns = found(table)
    assert kind(columns["FIELD7"]) == "ID", columns["FIELD7"]
    assert kind(columns["ACCT"]) == "BANK_ACCOUNT"
    # with no account after it, the numbers before the BSB are its account
    alone = found(_people(rng) | {"FIELD7": accounts, "BSB": bsbs})
    assert kind(alone["FIELD7"]) == "BANK_ACCOUNT"


def test_a_bsbs_account_is_the_column_after_it_not_the_receipts_before() -> None:
    # an order file with no header: a receipt, then a refund's BSB and account, the two
    # blank where nothing was refunded
    rng = random.Random("refunds")
    refunded = [rng.random() < 0.2 for _ in range(N)]
    table = _people(rng) | {
        "column_3": [digits(rng, 9) for _ in range(N)],
        "column_4": [f"083-{digits(rng, 3)}" if r else None for r in refunded],
        "column_5": [digits(rng, rng.randint(6, 10)) if r else None for r in refunded],
    }
    columns = found(table)
    assert kind(columns["column_3"]) != "BANK_ACCOUNT", columns["column_3"]
    assert kind(columns["column_5"]) == "BANK_ACCOUNT", columns["column_5"]


def test_a_schemes_letters_before_some_of_its_numbers_are_part_of_no_shape() -> None:
    # a working with children check number, written "WWC8892529" now and then
    rng = random.Random("scheme letters")
    numbers = [f"{rng.randrange(10**7):07d}" for _ in range(N)]
    column = [f"WWC{n}" if rng.random() < 0.15 else n for n in numbers]
    finding = found(_people(rng) | {"column_7": column})["column_7"]
    assert kind(finding) == "ID", finding
    # a system's invoice numbers carry their letters every time: a record's, not a person's
    invoices = [f"INV-{n}" for n in numbers]
    assert kind(found(_people(rng) | {"column_7": invoices})["column_7"]) != "ID"


def test_nine_digit_numbers_made_to_fail_the_tfn_check_are_no_persons() -> None:
    # a batch's numbers drawn at random and kept apart from tax file numbers: none pass the
    # check, where one in eleven would by chance
    rng = random.Random("shunned")
    drawn = [f"{rng.randrange(10**9):09d}" for _ in range(N * 2)]
    finding = found(_people(rng) | {"column_3": drawn[:N]})["column_3"]
    assert kind(finding) == "ID", finding  # (numbers drawn at random are a person's)
    shunned = [number for number in drawn if not is_valid_tfn(number)][:N]
    assert not found(_people(rng) | {"column_3": shunned})["column_3"].personal


def _shunned(rng: random.Random, first: str = "") -> list[str]:
    """Nine-digit numbers drawn at random (led by ``first``), none passing the TFN check."""
    numbers: list[str] = []
    while len(numbers) < N:
        number = first + "".join(str(rng.randrange(10)) for _ in range(9 - len(first)))
        if not is_valid_tfn(number):
            numbers.append(number)
    return numbers


def test_a_staff_list_led_by_positions_made_to_fail_the_tfn_check_is_keyed_by_its_staff() -> None:
    # a position's number, then the employee's: each row has each once
    rng = random.Random("positions")
    table = {
        "column_1": _shunned(rng),
        "column_2": [f"E{digits(rng, 6)}" for _ in range(N)],
        "column_3": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "column_4": [
            rng.choice(["Case Manager", "Team Leader", "Senior Analyst"]) for _ in range(N)
        ],
    }
    columns = found(table)
    assert not columns["column_1"].personal, columns["column_1"]
    assert kind(columns["column_2"]) == "ID"


def test_numbers_from_4_made_to_fail_the_tfn_check_are_no_mobiles_that_lost_their_0() -> None:
    rng = random.Random("mobiles")
    positions = _shunned(rng, "4")
    assert kind(found(_people(rng) | {"column_3": positions})["column_3"]) != "PHONE_NUMBER"
    mobiles = [f"4{digits(rng, 8)}" for _ in range(N)]  # drawn at random: some pass, as phones
    assert kind(found(_people(rng) | {"column_3": mobiles})["column_3"]) == "PHONE_NUMBER"


@pytest.mark.parametrize(
    "make",
    [
        # a record's number: one length
        lambda rng: digits(rng, 9),
        # a zero-padded sequence: every number led by zeros
        lambda rng: f"{rng.randrange(10**5):08d}",
        # six digits drawn at random: a code's length, not a licence's
        lambda rng: f"{rng.randrange(10**6):06d}",
        # amounts: two lengths, no letter and no leading zero
        lambda rng: str(rng.randint(80_000, 2_000_000)),
    ],
)
def test_numbers_of_one_length_or_amounts_are_not_read_as_licences(make: Any) -> None:
    rng = random.Random("records")
    column = [make(rng) for _ in range(N)]
    finding = found(_people(rng) | {"column_3": column})["column_3"]
    assert kind(finding) not in ("AU_DRIVERS_LICENCE", "ID"), finding


def test_a_table_of_things_has_no_such_numbers() -> None:
    rng = random.Random("assets")
    table = _things(rng) | {"column_3": [_licence(rng) for _ in range(N)]}
    assert not found(table)["column_3"].personal


# -- 3. postcodes that lost their leading zero -----------------------------------------------

_POSTCODES = [
    "2000",
    "2617",
    "3011",
    "3220",
    "4114",
    "4810",
    "5700",
    "6743",
    "7250",
    "0850",
    "0870",
]


def test_postcodes_whose_leading_zero_was_lost_are_still_postcodes() -> None:
    rng = random.Random("postcodes")
    column = [rng.choice(_POSTCODES).lstrip("0") for _ in range(N)]
    assert sum(len(code) == 3 for code in column) >= N // 10  # the Territory's, as 850
    finding = found(_people(rng) | {"F3": column})["F3"]
    assert kind(finding) == "AU_POSTCODE", finding


# Postcodes of New South Wales where people live: a state agency's staff and clients
_NSW_POSTCODES = [str(p) for p in range(2000, 2900, 7)]


def test_postcodes_of_one_state_beside_peoples_names_are_postcodes() -> None:
    # a state agency's payroll: its staff's home postcodes, nearly all in the one state
    rng = random.Random("one state")
    column = [rng.choice(_NSW_POSTCODES) for _ in range(N)]
    finding = found(_people(rng) | {"X_07": column})["X_07"]
    assert kind(finding) == "AU_POSTCODE", finding


def test_numbers_of_one_states_range_that_are_times_are_no_postcodes() -> None:
    # an after-hours line's call times beside its callers: 2000 to 2359, never past 59 minutes
    rng = random.Random("times")
    times = [f"{rng.randint(20, 23)}{rng.randint(0, 59):02d}" for _ in range(N)]
    assert kind(found(_people(rng) | {"X_07": times})["X_07"]) != "AU_POSTCODE"
    # and one state's postcodes with no person named are a table's places, not homes
    column = [rng.choice(_NSW_POSTCODES) for _ in range(N)]
    sites = {"column_1": [rng.choice(["Depot", "Office", "Store"]) for _ in range(N)]}
    assert kind(found(sites | {"X_07": column})["X_07"]) != "AU_POSTCODE"


_QLD = {"Oakey": "4401", "Mackay": "4740", "Gladstone": "4680", "Cairns": "4870",
        "Bowen": "4805", "Toowoomba": "4350", "Inala": "4077", "Hervey Bay": "4655"}  # fmt: skip


def test_postcodes_beside_addresses_that_end_with_their_state_are_postcodes() -> None:
    # a firearms register: where each firearm is kept, its address written without the
    # postcode but with the state, and the postcode apart
    rng = random.Random("storage")
    towns = [rng.choice(list(_QLD)) for _ in range(N)]
    table = {
        "holder_lic": [f"0{digits(rng, 7)}" for _ in range(N)],
        "storage_addr": [f"{rng.randint(1, 300)} {family(rng)} St, {t.upper()} QLD" for t in towns],
        "F8": [_QLD[t] for t in towns],
    }
    assert kind(found(table)["F8"]) == "AU_POSTCODE"
    # numbers of another state's range fit no address's state
    table["F8"] = [str(rng.randint(2000, 2999)) for _ in range(N)]
    assert kind(found(table)["F8"]) != "AU_POSTCODE"


def test_three_digit_codes_alone_are_not_postcodes() -> None:
    rng = random.Random("codes")
    column = [str(rng.randint(800, 899)) for _ in range(N)]
    assert kind(found(_people(rng) | {"F3": column})["F3"]) != "AU_POSTCODE"


# -- 4. suburbs in any case beside their postcodes -----------------------------------------


_NSW = {
    "Penrith": "2750", "Mount Druitt": "2770", "Fairfield": "2165", "Tamworth": "2340",
    "Wollongong": "2500", "Bondi": "2026", "Newcastle": "2300", "Wagga Wagga": "2650",
    "Dubbo": "2830", "Orange": "2800", "Bathurst": "2795", "Gosford": "2250",
}  # fmt: skip


def test_suburbs_in_any_case_are_found_by_the_postcodes_beside_them() -> None:
    rng = random.Random("suburbs")
    places = [rng.choice(list(_NSW)) for _ in range(N)]
    written = [rng.choice([p, p.upper(), p.lower()]) for p in places]
    table = _people(rng) | {"column_3": written, "column_4": [_NSW[p] for p in places]}
    found_ = found(table)
    assert kind(found_["column_3"]) == "LOCATION", found_["column_3"]
    assert kind(found_["column_4"]) == "AU_POSTCODE", found_["column_4"]


def test_words_that_do_not_keep_to_one_postcode_are_not_suburbs() -> None:
    rng = random.Random("statuses")
    codes = list(_NSW.values())
    table = _people(rng) | {
        "column_3": [rng.choice(["active", "closed", "pending", "on hold"]) for _ in range(N)],
        "column_4": [rng.choice(codes) for _ in range(N)],
    }
    found_ = found(table)
    assert not found_["column_3"].personal
    assert not found_["column_4"].personal


# -- 5. passports ------------------------------------------------------------------------------


def test_passports_of_several_series_are_passports_without_a_name() -> None:
    rng = random.Random("passports")
    series = ["E", "N", "PA", "PB", "PD", "RA", "M"]
    column = [rng.choice(series) + digits(rng, 7) for _ in range(N)]
    finding = found(_people(rng) | {"column_3": column})["column_3"]
    assert kind(finding) == "AU_PASSPORT", finding
    assert finding.category == DIRECT_IDENTIFIER


@pytest.mark.parametrize("placeholder", ["not held", "Not sighted", "NONE HELD"])
def test_passports_among_words_for_none_held_are_passports_without_a_name(
    placeholder: str,
) -> None:
    # a safety plan's passports: four clients in ten hold none, and the column says so
    rng = random.Random(placeholder)
    series = ["E", "N", "PA", "PB", "M", "L"]
    column = [
        placeholder if rng.random() < 0.4 else rng.choice(series) + digits(rng, 7) for _ in range(N)
    ]
    finding = found(_people(rng) | {"column_3": column})["column_3"]
    assert kind(finding) == "AU_PASSPORT", finding


def test_passports_of_many_countries_are_passports_without_a_name() -> None:
    # a series of a letter or two, six to eight digits, at times a check letter
    rng = random.Random("world passports")
    series = ["P", "PA", "N", "C", "MA", "EP", "F", "LR", "OB", "Y", "E", "K"]
    tails = ["", "", "", "R"]
    column = [
        rng.choice(series) + digits(rng, rng.choice([6, 7, 8])) + rng.choice(tails)
        for _ in range(N)
    ]
    finding = found(_people(rng) | {"column_3": column})["column_3"]
    assert kind(finding) == "AU_PASSPORT", finding
    assert finding.category == DIRECT_IDENTIFIER


def test_many_series_of_one_length_are_not_taken_for_passports() -> None:
    # an agency's scheme has one length of digits, however many prefixes it has
    rng = random.Random("one length")
    series = ["AB", "CD", "EF", "GH", "JK", "LM", "NP", "QR"]
    column = [rng.choice(series) + digits(rng, 6) for _ in range(N)]
    finding = found(_people(rng) | {"column_3": column})["column_3"]
    assert kind(finding) != "AU_PASSPORT", finding


def test_passports_by_the_letters_they_begin_with_are_passports_without_a_name() -> None:
    # as people copy them from their passports: P and R alone, and series of each letter
    rng = random.Random("passport letters")
    series = ["E", "M", "N", "P", "R", "EA", "NB", "PD", "RB"]
    column = [rng.choice(series) + digits(rng, 7) for _ in range(N)]
    finding = found(_people(rng) | {"column_3": column})["column_3"]
    assert kind(finding) == "AU_PASSPORT", finding
    # under a name that says only that it is a number, too
    assert kind(found(_people(rng) | {"pp_no": column})["pp_no"]) == "AU_PASSPORT"


def test_an_agencys_references_of_the_same_shape_are_an_id() -> None:
    rng = random.Random("references")
    column = [rng.choice(["FA", "FB"]) + digits(rng, 7) for _ in range(N)]
    assert kind(found(_people(rng) | {"column_3": column})["column_3"]) == "ID"
    # one or two of the passport letters are an agency's prefixes (a client's C..., R...)
    column = [rng.choice(["R", "RA", "PA"]) + digits(rng, 7) for _ in range(N)]
    assert kind(found(_people(rng) | {"column_3": column})["column_3"]) == "ID"


# -- 6. DVA file numbers -------------------------------------------------------------------------


def _dva_file(rng: random.Random) -> str:
    state = rng.choice("NVQSWT")
    service = rng.choice(["X", "SM", "SS", "", "KM"])
    return f"{state}{service}{digits(rng, rng.choice([5, 6]))}{rng.choice(['', '', 'A', 'B'])}"


def test_dva_file_numbers_are_ids_without_a_name() -> None:
    rng = random.Random("dva")
    finding = found(_people(rng) | {"column_3": [_dva_file(rng) for _ in range(N)]})["column_3"]
    assert kind(finding) == "ID", finding
    assert finding.best is not None
    assert "DVA file numbers" in finding.best.evidence


def test_codes_with_one_or_two_prefixes_are_not_dva_file_numbers() -> None:
    rng = random.Random("codes")
    codes = [f"{rng.choice(['QU', 'NC'])}{digits(rng, 5)}" for _ in range(N)]
    assert not found(_people(rng) | {"column_3": codes})["column_3"].personal


def test_dva_file_numbers_in_a_table_of_things_are_no_ones() -> None:
    rng = random.Random("things")
    table = _things(rng) | {"column_3": [_dva_file(rng) for _ in range(N)]}
    assert not found(table)["column_3"].personal


# -- 7. registration plates ------------------------------------------------------------------


def _plate(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    pick = lambda n: "".join(rng.choice(letters) for _ in range(n))  # noqa: E731
    form = rng.choice(["ABC123", "1ABC234", "123ABC", "AB12CD", "ABC-12D"])
    if form == "ABC123":
        return pick(3) + digits(rng, 3)
    if form == "1ABC234":
        return str(rng.randint(1, 9)) + pick(3) + digits(rng, 3)
    if form == "123ABC":
        return digits(rng, 3) + pick(3)
    if form == "AB12CD":
        return pick(2) + digits(rng, 2) + pick(2)
    return f"{pick(3)}-{digits(rng, 2)}{pick(1)}"


def test_registration_plates_are_found_without_a_name() -> None:
    rng = random.Random("plates")
    finding = found(_people(rng) | {"column_3": [_plate(rng) for _ in range(N)]})["column_3"]
    assert kind(finding) == "ID", finding
    assert finding.best is not None and "registration plates" in finding.best.evidence


def test_course_and_batch_codes_are_not_plates() -> None:
    rng = random.Random("codes")
    courses = [
        rng.choice(["BN", "BA", "BSB", "CHC"]) + digits(rng, rng.choice([3, 4, 5]))
        for _ in range(N)
    ]
    batches = [
        rng.choice(["GH", "T", "HA", "EW"]) + digits(rng, 4) + rng.choice(["", "A", "B"])
        for _ in range(N)
    ]
    for codes in (courses, batches):
        assert not found(_people(rng) | {"column_3": codes})["column_3"].personal


# -- 8. suburbs and towns a gazetteer knows ----------------------------------------------------

_SUBURBS = [
    "Penrith", "Mt Druitt", "Blacktown", "Parramatta", "Liverpool", "Campbelltown", "Dubbo",
    "Tamworth", "Wagga Wagga", "Gosford", "Dandenong", "Frankston", "Sunshine", "Werribee",
    "Geelong", "Ballarat", "Bendigo", "Shepparton", "Logan Central", "Ipswich", "Toowoomba",
    "Townsville", "Cairns", "Mackay", "Bundaberg", "Elizabeth", "Salisbury", "Mount Gambier",
    "Whyalla", "Port Augusta", "Mirrabooka", "Armadale", "Rockingham", "Bunbury", "Geraldton",
    "Launceston", "Devonport", "Burnie", "Palmerston", "Katherine", "Alice Springs",
    "Tuggeranong", "St Albans", "Saint Marys", "Broadmeadows", "Caboolture",
]  # fmt: skip


def test_many_suburbs_and_towns_are_found_without_a_name_or_a_postcode() -> None:
    rng = random.Random("localities")
    places = [rng.choice(_SUBURBS) for _ in range(N)]
    written = [rng.choice([p, p.upper()]) for p in places]
    finding = found(_people(rng) | {"column_3": written})["column_3"]
    assert kind(finding) == "LOCATION", finding
    assert "Australian suburbs or towns" in finding.entities[0].evidence


def test_an_agencys_few_sites_named_for_their_suburbs_are_not_a_persons_place() -> None:
    rng = random.Random("campuses")
    campuses = _SUBURBS[:8]  # a TAFE's campuses, a court's registries, a library's branches
    table = _people(rng) | {"column_3": [rng.choice(campuses) for _ in range(N)]}
    assert not found(table)["column_3"].personal


def test_capitalised_words_a_gazetteer_does_not_know_are_not_places() -> None:
    rng = random.Random("teams")
    colours = ("Red", "Blue", "Gold", "Green", "Black", "Silver")
    animals = ("Hawks", "Lions", "Sharks", "Eagles", "Bears", "Wolves", "Comets")
    teams = [f"{colour} {animal}" for colour in colours for animal in animals]
    table = _people(rng) | {"column_3": [rng.choice(teams) for _ in range(N)]}
    assert not found(table)["column_3"].personal


def test_suburbs_in_a_table_of_things_are_no_ones() -> None:
    rng = random.Random("suppliers")
    table = _things(rng) | {"column_3": [rng.choice(_SUBURBS) for _ in range(N)]}
    assert not found(table)["column_3"].personal


@pytest.mark.parametrize("name", ["campus", "investigating_stn", "home_branch"])
def test_a_named_column_of_sites_is_left_to_its_name(name: str) -> None:
    rng = random.Random("sites")
    table = _people(rng) | {name: [rng.choice(_SUBURBS) for _ in range(N)]}
    assert not found(table)[name].personal


@pytest.mark.parametrize("written", ["Saint Marys", "St. Marys", "ST MARYS", "st marys"])
def test_a_saint_or_a_mount_is_one_locality_however_it_is_written(written: str) -> None:
    assert vocab.locality_key(written) == "st marys"
    assert vocab.locality_key(written) in vocab.au_localities()
    assert vocab.locality_key("Mount Druitt") == vocab.locality_key("Mt. Druitt") == "mt druitt"


# -- 9. numbers that come back -------------------------------------------------------------------


def _staff(rng: random.Random, count: int, width: int) -> list[str]:
    """A few staff's numbers, a letter and ``width`` digits, each on many rows."""
    staff = [rng.choice("ES") + digits(rng, width) for _ in range(count)]
    return [rng.choice(staff) for _ in range(N)]


def test_a_few_staffs_numbers_on_every_record_are_an_id_without_a_name() -> None:
    rng = random.Random("staff")
    finding = found(_people(rng) | {"column_3": _staff(rng, 10, 5)})["column_3"]
    assert kind(finding) == "ID", finding
    assert finding.best is not None and "as staff and clients" in finding.best.evidence


def test_staff_numbers_under_an_identifier_of_no_known_scheme_are_an_id() -> None:
    rng = random.Random("officers")
    assert kind(found(_people(rng) | {"CSO_ID": _staff(rng, 40, 6)})["CSO_ID"]) == "ID"


def test_codes_of_one_length_that_come_back_on_some_rows_are_a_persons() -> None:
    rng = random.Random("callers")
    alphabet = "ABCDEFGHJK0123456789"
    callers = ["".join(rng.choice(alphabet) for _ in range(9)) for _ in range(N)]
    column = [rng.choice(callers) if rng.random() < 0.5 else "" for _ in range(N)]
    finding = found(_people(rng) | {"FLD_3": column})["FLD_3"]
    assert kind(finding) == "ID", finding
    assert finding.best is not None and "come back on some rows" in finding.best.evidence


def test_nine_digits_that_come_back_made_to_fail_the_tfn_check_are_no_ones() -> None:
    # a payment run's batches: each on a few payments, none passing the TFN check
    rng = random.Random("batches")
    batches = _shunned(rng)
    column = [rng.choice(batches) for _ in range(N)]
    assert not found(_people(rng) | {"column_3": column})["column_3"].personal
    # a client's numbers of the same shape, drawn at random, some passing by chance
    clients = [f"{rng.randrange(10**8, 10**9)}" for _ in range(N)]
    column = [rng.choice(clients) for _ in range(N)]
    assert kind(found(_people(rng) | {"column_3": column})["column_3"]) == "ID"


def test_numbers_that_come_back_but_count_up_or_carry_their_day_are_no_ones() -> None:
    rng = random.Random("registers")
    suppliers = [f"S{rng.randint(10001, 10120)}" for _ in range(N)]  # S10001... counted
    days = [f"{year}{month:02d}15" for year in (19, 21, 24) for month in (1, 5, 9, 11)]
    runs = [f"R{rng.choice(days)}" for _ in range(N)]  # a pay run's, made on its day
    for column in (suppliers, runs):
        assert not found(_people(rng) | {"column_3": column})["column_3"].personal


def test_amounts_and_short_codes_that_come_back_are_no_ones() -> None:
    rng = random.Random("amounts")
    amounts = [str(rng.randint(40, 90_000)) for _ in range(N)]  # whole dollars: many lengths
    codes = [str(rng.randint(10000, 99999)) for _ in range(300)]
    short = [rng.choice(codes) for _ in range(N)]  # five characters: a program's, a fee's
    for column in (amounts, short):
        assert not found(_people(rng) | {"column_3": column})["column_3"].personal


def test_a_things_numbers_that_come_back_are_no_ones() -> None:
    rng = random.Random("assets")
    assets = _staff(rng, 30, 6)
    assert not found(_people(rng) | {"asset_no": assets})["asset_no"].personal
    assert not found(_things(rng) | {"column_3": assets})["column_3"].personal


# -- 10. whom a ledger pays ------------------------------------------------------------------------

ROWS = 800


def _ledger(rng: random.Random, payees: list[str]) -> dict[str, list[Any]]:
    """A headerless ledger of rebates that names no one: each payment's own key, the payee's
    code, the day paid, the amount and the batch."""
    return {
        "column_1": [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(ROWS)],
        "column_2": [rng.choice(payees) for _ in range(ROWS)],
        "column_3": [recent(rng).isoformat() for _ in range(ROWS)],
        "column_4": [f"{rng.uniform(20, 900):.2f}" for _ in range(ROWS)],
        "column_5": [str(rng.randint(400100, 400140)) for _ in range(ROWS)],
    }


@pytest.mark.parametrize(
    "code",
    [
        lambda rng: f"EC{rng.randint(4_100_000, 4_400_000)}",  # a client number
        lambda rng: f"VA-{rng.randint(2020, 2024)}-{rng.randint(1, 40_000):06d}",  # stamped
    ],
)
def test_a_ledgers_payees_who_come_back_on_some_rows_are_an_id(code: Any) -> None:
    rng = random.Random("payees")
    clients = [code(rng) for _ in range(ROWS)]  # most paid once or twice
    finding = found(_ledger(rng, clients))["column_2"]
    assert kind(finding) == "ID", finding
    assert finding.best is not None and "in a ledger" in finding.best.evidence


def test_hundreds_of_payees_each_paid_a_few_times_are_an_id() -> None:
    # a home care client's fees, about three payments each, under the year they joined
    rng = random.Random("fees")
    clients = [f"HCR{rng.randint(15, 23)}-{digits(rng, 5)}" for _ in range(ROWS * 3 // 8)]
    finding = found(_ledger(rng, clients))["column_2"]
    assert kind(finding) == "ID", finding
    # and so in a table about people, a card number on each payment
    table = _people(rng) | {"column_3": [rng.choice(clients) for _ in range(N)]}
    assert kind(found(table)["column_3"]) == "ID"


def test_a_ledgers_businesses_invoices_and_unkeyed_rows_are_no_ones() -> None:
    rng = random.Random("suppliers")
    suppliers = [f"SUP{rng.randint(10_000, 99_999)}" for _ in range(60)]  # paid again and again
    assert not found(_ledger(rng, suppliers))["column_2"].personal
    # a few dozen providers, each on many more rows than a client
    providers = [f"PRV{rng.randint(10_000, 99_999)}" for _ in range(150)]
    assert not found(_ledger(rng, providers))["column_2"].personal
    # an invoice's number on each of its lines, counting up
    invoices = sorted(f"INV{400_000 + i // 2 + (i % 7 == 0)}" for i in range(ROWS))
    lines = _ledger(rng, invoices)
    lines["column_2"] = invoices
    assert not found(lines)["column_2"].personal
    # no row's own key: not a ledger
    clients = [f"EC{rng.randint(4_100_000, 4_400_000)}" for _ in range(ROWS)]
    unkeyed = _ledger(rng, clients)
    unkeyed["column_1"] = [rng.choice(["EFT", "BPAY", "CHQ"]) for _ in range(ROWS)]
    assert not found(unkeyed)["column_2"].personal
