"""generalise: years, months, age bands, bins with top and bottom coding, prefixes."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st

from minshare.transforms import CellError
from minshare.transforms._arrays import UnsupportedType
from minshare.transforms.generalise import bin_labels, build_generalise


def gen(**options: object) -> object:
    return build_generalise(options)


def test_year_and_month_from_text_and_dates() -> None:
    text = pa.array(["1984-03-21", "2001-12-31T23:59:59", "", None])
    assert gen(to="year")(text).to_pylist() == ["1984", "2001", "", None]  # type: ignore[operator]
    assert gen(to="month")(text).to_pylist() == ["1984-03", "2001-12", "", None]  # type: ignore[operator]
    dates = pa.array([dt.date(1984, 3, 21), None], pa.date32())
    year = gen(to="year")
    assert year.output_type(pa.date32()) == pa.int32()  # type: ignore[attr-defined]
    assert year(dates).to_pylist() == [1984, None]  # type: ignore[operator]
    stamps = pa.array([dt.datetime(1999, 5, 6, 7, 8)], pa.timestamp("ms"))
    assert gen(to="month")(stamps).to_pylist() == ["1999-05"]  # type: ignore[operator]


def test_a_format_reads_other_date_forms() -> None:
    out = gen(to="year", format="%d/%m/%Y")(pa.array(["21/03/1984", None]))  # type: ignore[operator]
    assert out.to_pylist() == ["1984", None]


def test_a_value_that_is_not_a_date_stops_the_run_at_its_row() -> None:
    with pytest.raises(CellError) as info:
        gen(to="year")(pa.array(["1984-03-21", "1999-01-01", "21/03/1984"]))  # type: ignore[operator]
    assert info.value.index == 2
    assert "21/03/1984" not in str(info.value)


def test_age_bands_count_whole_years_to_as_of() -> None:
    band = gen(to="age-band", bands=[0, 18, 30, 65], as_of="2026-07-01")
    born = [
        "2008-07-01",
        "2008-07-02",
        "1996-07-01",
        "1961-07-02",
        "1961-07-01",
        "2027-01-01",
        None,
    ]
    assert band(pa.array(born)).to_pylist() == [
        "18-29",
        "0-17",
        "30-64",
        "30-64",
        "65+",
        "<0",
        None,
    ]  # type: ignore[operator]


def test_bins_label_ranges_with_top_and_bottom_coding() -> None:
    assert bin_labels([0, 100, 1000]) == ["<0", "0-99", "100-999", "1000+"]
    assert bin_labels([0.5, 1.5]) == ["<0.5", "0.5-<1.5", "1.5+"]
    bins = gen(bins=[0, 100, 1000])
    text = pa.array(["5", "100", "999.99", "-3", "1e4", " 42 ", None, ""])
    assert bins(text).to_pylist() == ["0-99", "100-999", "100-999", "<0", "1000+", "0-99", None, ""]  # type: ignore[operator]
    numbers = pa.array([5, 1000, None], pa.int64())
    assert bins(numbers).to_pylist() == ["0-99", "1000+", None]  # type: ignore[operator]
    with pytest.raises(CellError) as info:
        bins(pa.array(["12", "twelve"]))  # type: ignore[operator]
    assert info.value.index == 1


def test_prefix_keeps_the_first_characters() -> None:
    out = gen(prefix=2)(pa.array(["0800", "2", None, ""]))  # type: ignore[operator]
    assert out.to_pylist() == ["08", "2", None, ""]
    assert gen(prefix=3)(pa.array([123456], pa.int64())).to_pylist() == ["123"]  # type: ignore[operator]


def test_types_a_rule_cannot_take_are_refused() -> None:
    with pytest.raises(UnsupportedType, match="needs dates or text"):
        gen(to="year").output_type(pa.int64())  # type: ignore[attr-defined]
    with pytest.raises(UnsupportedType, match="needs numbers or text"):
        gen(bins=[1, 2]).output_type(pa.date32())  # type: ignore[attr-defined]


@given(
    st.lists(st.floats(-1e6, 1e6, allow_nan=False), min_size=1, max_size=50),
    st.lists(st.integers(-1000, 1000), min_size=1, max_size=6, unique=True),
)
def test_every_value_lands_in_the_bin_that_contains_it(
    values: list[float], edges: list[int]
) -> None:
    edges = sorted(edges)
    labels = bin_labels(edges)
    out = gen(bins=edges)(pa.array(values, pa.float64())).to_pylist()  # type: ignore[operator]
    for value, label in zip(values, out, strict=True):
        index = labels.index(label)
        if index == 0:
            assert value < edges[0]
        elif index == len(edges):
            assert value >= edges[-1]
        else:
            assert edges[index - 1] <= value < edges[index]


@given(st.lists(st.dates(dt.date(1900, 1, 1), dt.date(2030, 12, 31)), min_size=1, max_size=40))
def test_years_months_and_ages_bound_the_date(dates: list[dt.date]) -> None:
    as_of = dt.date(2026, 7, 1)
    array = pa.array(dates, pa.date32())
    years = gen(to="year")(array).to_pylist()  # type: ignore[operator]
    months = gen(to="month")(array).to_pylist()  # type: ignore[operator]
    bands = gen(to="age-band", bands=[0, 18, 65], as_of=as_of.isoformat())(array).to_pylist()  # type: ignore[operator]
    for day, year, month, band in zip(dates, years, months, bands, strict=True):
        assert year == day.year
        assert month == f"{day.year:04d}-{day.month:02d}"
        age = as_of.year - day.year - ((day.month, day.day) > (as_of.month, as_of.day))
        expected = "<0" if age < 0 else "0-17" if age < 18 else "18-64" if age < 65 else "65+"
        assert band == expected
