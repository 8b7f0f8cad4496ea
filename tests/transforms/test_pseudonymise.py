"""pseudonymise: keyed, deterministic, key-dependent, normalised, nulls kept."""

from __future__ import annotations

import hmac

import pyarrow as pa
from hypothesis import given
from hypothesis import strategies as st

from minshare.transforms.pseudonymise import PseudonymiseColumn, normalise

KEY = b"k" * 32
texts = st.lists(st.one_of(st.none(), st.text(max_size=30)), max_size=40)


def test_a_token_is_the_hmac_of_the_normal_form() -> None:
    out = PseudonymiseColumn(KEY, "default", 32)(pa.array(["  Mary   ANN ", None, ""]))
    expected = hmac.new(KEY, b"mary ann", "sha256").hexdigest()[:32]
    assert out.to_pylist() == [expected, None, ""]


def test_normalisations() -> None:
    fullwidth_a = "\uff21"  # NFKC makes it a plain A
    values = pa.array([f"  {fullwidth_a}bc-12 3 ", "ÉCOLE  Rd"])
    assert normalise(values, "exact").to_pylist() == [f"  {fullwidth_a}bc-12 3 ", "ÉCOLE  Rd"]
    assert normalise(values, "default").to_pylist() == ["abc-12 3", "école rd"]
    assert normalise(values, "alnum").to_pylist() == ["abc123", "écolerd"]


def test_length_and_non_text_columns() -> None:
    out = PseudonymiseColumn(KEY, "default", 16)(pa.array([123, None, 123], pa.int64()))
    assert out.type == pa.string()
    assert out[0].as_py() == out[2].as_py() and len(out[0].as_py()) == 16
    assert out[1].as_py() is None


@given(texts)
def test_deterministic_and_row_for_row(values: list[str | None]) -> None:
    column = PseudonymiseColumn(KEY, "exact", 32)
    first = column(pa.array(values, pa.string())).to_pylist()
    assert first == column(pa.array(values, pa.string())).to_pylist()
    for value, token in zip(values, first, strict=True):
        assert (token is None) == (value is None)
        if value:
            assert token == column(pa.array([value])).to_pylist()[0]
            assert value not in token or len(value) < 4


@given(st.text(min_size=1, max_size=30).filter(str.strip), st.binary(min_size=32, max_size=32))
def test_another_key_gives_another_token(value: str, other: bytes) -> None:
    a = PseudonymiseColumn(KEY, "default", 32)(pa.array([value])).to_pylist()
    b = PseudonymiseColumn(other, "default", 32)(pa.array([value])).to_pylist()
    assert (a == b) == (other == KEY)


@given(
    st.lists(
        st.text(min_size=1, max_size=12).filter(str.strip), min_size=2, max_size=30, unique=True
    )
)
def test_distinct_normal_forms_give_distinct_tokens(values: list[str]) -> None:
    column = PseudonymiseColumn(KEY, "exact", 32)
    assert len(set(column(pa.array(values)).to_pylist())) == len(values)
