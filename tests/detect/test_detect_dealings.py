"""An agency's dealings with people, and what its tables name beside them.

1. the numbers of what an agency gives or arranges for one person (an infringement, a grant,
   a loan, a plan, an admission, a conference) beside the agency's own bookkeeping (payments,
   batches).
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from category_tables import SUBURBS, birth, digits, family, given
from detect_support import found as _found
from detect_support import kind as _kind

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
