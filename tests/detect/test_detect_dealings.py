"""An agency's dealings with people, and what its tables name beside them.

1. the numbers of what an agency gives or arranges for one person (an infringement, a grant,
   a loan, a plan, an admission, a conference) beside the agency's own bookkeeping (payments,
   batches);
2. dates run together as SAS writes them (``13JUN1997``), in a headerless register.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from category_tables import SUBURBS, birth, digits, family, given, recent
from detect_support import found as _found
from detect_support import kind as _kind

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
    ``13JUN1997`` or ``13/06/1997``, their age when they applied, the day they applied."""
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
