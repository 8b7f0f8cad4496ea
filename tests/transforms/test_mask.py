"""mask: show the first or last few characters, never a whole value."""

from __future__ import annotations

import pyarrow as pa
from hypothesis import given
from hypothesis import strategies as st

from minshare.transforms.mask import MaskColumn


def test_show_last_and_first() -> None:
    values = pa.array(["0412 345 678", None, ""])
    assert MaskColumn(show_last=3)(values).to_pylist() == ["*********678", None, ""]
    assert MaskColumn(show_first=2, char="#")(values).to_pylist() == ["04##########", None, ""]
    assert MaskColumn(show_first=1, show_last=1)(pa.array(["abcd"])).to_pylist() == ["a**d"]


def test_a_short_value_is_masked_entirely() -> None:
    assert MaskColumn(show_last=4)(pa.array(["abc", "abcd", "abcde"])).to_pylist() == [
        "***",
        "****",
        "*bcde",
    ]


def test_numbers_are_masked_as_text() -> None:
    out = MaskColumn(show_last=2)(pa.array([123456, None], pa.int64()))
    assert out.to_pylist() == ["****56", None]


@given(
    st.lists(st.one_of(st.none(), st.text(max_size=20)), max_size=30),
    st.integers(0, 5),
    st.integers(0, 5),
)
def test_length_is_kept_and_only_the_shown_ends_survive(
    values: list[str | None], first: int, last: int
) -> None:
    out = MaskColumn(show_first=first, show_last=last)(pa.array(values, pa.string())).to_pylist()
    for value, masked in zip(values, out, strict=True):
        if value is None:
            assert masked is None
            continue
        assert len(masked) == len(value)
        if len(value) <= first + last:
            assert set(masked) <= {"*"}
        else:
            assert masked[:first] == value[:first]
            assert masked[len(value) - last :] == value[len(value) - last :]
            assert set(masked[first : len(value) - last]) <= {"*"}
