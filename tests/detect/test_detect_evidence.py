"""Evidence says how many values matched what, and never what a value was."""

from __future__ import annotations

import random

import pyarrow as pa
import pytest
from detect_support import SAMPLES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minshare.detect import ScanResult, scan, scan_table
from minshare.identifiers import make_abn, make_crn, make_ihi, make_medicare, make_tfn


def _telling(value: str) -> bool:
    """A value whose appearance in evidence would leak it: not a lone common word ("Street")."""
    return len(value) >= 4 and not (value.isalpha() and value.isascii())


def _leaks(result: ScanResult, values: set[str]) -> list[tuple[str, str]]:
    """(column, value) for every telling value quoted in any evidence."""
    found = []
    for column in result.columns:
        for entity in column.entities:
            found.extend((column.name, v) for v in values if _telling(v) and v in entity.evidence)
    return found


def _seeded(make: object) -> st.SearchStrategy[str]:
    return st.integers(min_value=0, max_value=10**6).map(lambda s: make(random.Random(s)))  # type: ignore[operator]


WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=8)
VALUES = st.one_of(
    _seeded(make_tfn),
    _seeded(make_abn),
    _seeded(make_crn),
    _seeded(make_medicare),
    _seeded(make_ihi),
    st.builds(lambda a, b: f"{a}.{b}@example.com.au", WORDS, WORDS),
    st.builds(
        lambda a, b: f"{a.title()} {b.title()}",
        st.sampled_from(["mia", "liam", "olivia", "arjun"]),
        WORDS,
    ),
    st.builds(lambda n: f"04{n:08d}", st.integers(min_value=0, max_value=10**8 - 1)),
    st.builds(
        lambda n, w: f"{n} {w.title()} Street", st.integers(min_value=1, max_value=999), WORDS
    ),
    st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", min_size=8, max_size=12),
)
COLUMN_NAMES = st.sampled_from(
    ["TFN", "GIVEN_NM", "email", "MOB_NO", "RES_ADDR", "column_1", "CRN", "notes", "X7", "dob"]
)


@given(
    columns=st.dictionaries(
        COLUMN_NAMES,
        st.lists(st.one_of(st.none(), VALUES), min_size=1, max_size=40),
        min_size=1,
        max_size=4,
    )
)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_evidence_never_quotes_a_value(columns: dict[str, list[str | None]]) -> None:
    width = max(len(v) for v in columns.values())
    table = pa.table(
        {name: pa.array(v + [None] * (width - len(v)), pa.string()) for name, v in columns.items()}
    )
    values = {v for vs in columns.values() for v in vs if v is not None}
    result = scan_table(table)
    assert _leaks(result, values) == []
    for column in result.columns:
        for entity in column.entities:
            assert "\n" not in entity.evidence


@pytest.mark.parametrize("name", ["clients.csv", "episodes.parquet", "businesses.jsonl"])
def test_sample_evidence_quotes_no_value(name: str) -> None:
    import pyarrow.csv as pa_csv
    import pyarrow.json as pa_json
    import pyarrow.parquet as pq

    path = SAMPLES / name
    if name.endswith(".csv"):
        table = pa_csv.read_csv(
            path, convert_options=pa_csv.ConvertOptions(strings_can_be_null=True)
        )
    elif name.endswith(".parquet"):
        table = pq.read_table(path)
    else:
        table = pa_json.read_json(path)
    values = {str(v) for column in table.columns for v in column.to_pylist() if v is not None}
    assert _leaks(scan(path), values) == []


TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


@given(
    names=st.lists(st.text(min_size=1, max_size=20), min_size=1, max_size=3, unique=True),
    data=st.data(),
)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_text_can_be_scanned(names: list[str], data: st.DataObject) -> None:
    names = [n.replace("\x00", "") or "x" for n in names]
    if len(set(names)) != len(names):
        return
    rows = data.draw(st.integers(min_value=0, max_value=30))
    table = pa.table(
        {
            n: pa.array(
                data.draw(st.lists(st.one_of(st.none(), TEXT), min_size=rows, max_size=rows)),
                pa.string(),
            )
            for n in names
        }
    )
    result = scan_table(table)
    assert [c.name for c in result.columns] == names
    for column in result.columns:
        assert column.personal == (column.category != "none")
        assert all(0.0 <= e.score <= 1.0 for e in column.entities)
        assert 0.0 <= column.null_fraction <= 1.0
