"""Identifiers are called by pass rates well above chance, never by the passes chance gives.

About one random 9-digit number in eleven passes the TFN check and one in ten the ACN check;
a column of such numbers is a column of other references, and must not be labelled TFN.
"""

from __future__ import annotations

import random

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minshare.detect import scan_table
from minshare.detect.stats import beats_chance, binomial_tail, excess_share
from minshare.identifiers import make_tfn


def _random_digits(rng: random.Random, n: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(str(rng.randrange(10)) for _ in range(n - 1))


DECOYS = {
    "9 digits (TFN 1 in 11, ACN 1 in 10)": lambda rng: _random_digits(rng, 9),
    "8 digits (old TFN)": lambda rng: _random_digits(rng, 8),
    "11 digits (ABN 1 in 89, Medicare with IRN)": lambda rng: _random_digits(rng, 11),
    "10 digits from 2 to 6 (Medicare)": lambda rng: _random_digits(rng, 10, "23456"),
    "16 digits (Luhn 1 in 10)": lambda rng: _random_digits(rng, 16, "3456"),
    "16 digits from 800360 (IHI)": lambda rng: "800360" + _random_digits(rng, 10, "0123456789"),
    "9 digits and a letter (CRN)": lambda rng: _random_digits(rng, 9) + rng.choice("XVTSLKJHCBA"),
    "14 digits from 2 (library card)": lambda rng: "21160" + _random_digits(rng, 9, "0123456789"),
}


def test_phones_imeis_pass_the_luhn_check_and_are_not_cards() -> None:
    from minshare.identifiers import luhn_ok

    rng = random.Random("imei")
    makers = ["35391311", "35209900", "35847611", "86425104"]  # type allocation codes
    bodies = [rng.choice(makers) + _random_digits(rng, 6, "0123456789") for _ in range(600)]
    imeis = [next(b + str(d) for d in range(10) if luhn_ok(b + str(d))) for b in bodies]
    for column in ("IMEI", "column_6"):
        finding = scan_table(pa.table({column: imeis})).columns[0]
        assert all(e.type != "CREDIT_CARD" for e in finding.entities), column


@pytest.mark.parametrize("name", sorted(DECOYS))
@pytest.mark.parametrize("column", ["REF_NO", "TFN", "column_4"])
def test_random_numbers_are_not_identifiers(name: str, column: str) -> None:
    rng = random.Random(sum(map(ord, name)))  # str hash() differs between runs
    values = [DECOYS[name](rng) for _ in range(1000)]
    result = scan_table(pa.table({column: values}))
    finding = result.columns[0]
    assert not finding.personal, (name, column, finding.entities)


def test_about_one_in_eleven_random_nine_digit_numbers_pass_the_tfn_check() -> None:
    from minshare.identifiers import is_valid_tfn

    rng = random.Random(0)
    passed = sum(is_valid_tfn(_random_digits(rng, 9)) for _ in range(1000))
    assert 60 <= passed <= 125  # chance gives ~91; the column above is still not TFNs


def test_a_column_of_tfns_with_some_typos_is_still_tfns() -> None:
    rng = random.Random(1)
    values = [make_tfn(rng) for _ in range(900)] + [_random_digits(rng, 9) for _ in range(100)]
    rng.shuffle(values)
    finding = scan_table(pa.table({"column_1": values})).columns[0]
    assert finding.best is not None and finding.best.type == "AU_TFN"
    assert "TFN checksum" in finding.best.evidence


def test_a_few_valid_tfns_need_the_name_to_be_believed() -> None:
    rng = random.Random(2)
    values = [make_tfn(rng) for _ in range(3)]
    assert not scan_table(pa.table({"column_1": values})).columns[0].personal
    named = scan_table(pa.table({"TAX_FILE_NO": values})).columns[0]
    assert named.best is not None and named.best.type == "AU_TFN"


def test_one_number_on_every_row_passes_by_chance_however_many_rows() -> None:
    # a payment file's processing date (DDMMYYYY), the same on each of its rows: a date that
    # happens to pass the check of an old 8-digit TFN is one number passing, not hundreds
    from minshare.identifiers import is_valid_tfn

    days = (f"{d:02d}{m:02d}2024" for m in range(1, 13) for d in range(1, 29))
    date = next(day for day in days if is_valid_tfn(day))
    for column in ("column_11", "process_date", "TFN"):
        finding = scan_table(pa.table({column: [date] * 950})).columns[0]
        assert all(e.type != "AU_TFN" for e in finding.entities), column
    # a few people's TFNs, each on many of their payslips, are still TFNs
    rng = random.Random(3)
    people = [make_tfn(rng) for _ in range(6)]
    finding = scan_table(pa.table({"column_3": [rng.choice(people) for _ in range(600)]}))
    assert finding.columns[0].best is not None
    assert finding.columns[0].best.type == "AU_TFN"


# -- the statistics ----------------------------------------------------------------------------


def test_binomial_tail_matches_known_values() -> None:
    assert binomial_tail(0, 10, 0.5) == 1.0
    assert binomial_tail(10, 10, 0.5) == pytest.approx(1 / 1024)
    assert binomial_tail(6, 10, 0.5) == pytest.approx(386 / 1024)
    assert binomial_tail(11, 10, 0.5) == 0.0


@given(
    n=st.integers(min_value=1, max_value=400),
    p=st.floats(min_value=0.001, max_value=0.999),
    data=st.data(),
)
@settings(max_examples=150, deadline=None)
def test_binomial_tail_is_a_decreasing_probability(n: int, p: float, data: st.DataObject) -> None:
    k = data.draw(st.integers(min_value=0, max_value=n))
    tail = binomial_tail(k, n, p)
    assert 0.0 <= tail <= 1.0
    assert binomial_tail(k + 1, n, p) <= tail + 1e-12


@given(
    tested=st.integers(min_value=1, max_value=2000),
    chance=st.floats(min_value=0.0, max_value=0.5),
    data=st.data(),
)
@settings(max_examples=150, deadline=None)
def test_excess_share_is_zero_at_chance_and_one_when_all_pass(
    tested: int, chance: float, data: st.DataObject
) -> None:
    passed = data.draw(st.integers(min_value=0, max_value=tested))
    share = excess_share(passed, tested, chance)
    assert 0.0 <= share <= 1.0
    assert excess_share(tested, tested, chance) == pytest.approx(1.0)
    if passed / tested <= chance:
        assert share == 0.0


def test_chance_rate_passes_are_not_significant_but_all_passing_is() -> None:
    assert not beats_chance(91, 1000, 1 / 11, alpha=1e-4)
    assert beats_chance(1000, 1000, 1 / 11, alpha=1e-4)
    assert beats_chance(5, 5, 1 / 11, alpha=1e-4)
    assert not beats_chance(2, 2, 1 / 11, alpha=1e-4)
