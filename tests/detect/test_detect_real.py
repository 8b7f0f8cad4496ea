"""Real-world tables nobody on the project wrote (``shared/data/real``, read in place).

The labelled direct identifiers must be caught; the personal / not-personal call must reach
F1 0.9; and with the header taken away the classic direct identifiers must still be found
from their values alone.
"""

from __future__ import annotations

import pytest
from detect_support import REAL, headerless, real_tables, score

from minshare.detect import scan, scan_table

pytestmark = pytest.mark.skipif(
    not (REAL / "LABELS.csv").is_file(),
    reason=f"the real-world tables are not here ({REAL}); they live in shared/data/real",
)

# Kinds of direct identifier whose values say what they are, header or not.
SELF_EVIDENT = {
    "PERSON_NAME",
    "EMAIL",
    "PHONE",
    "STREET_ADDRESS",
    "CREDIT_CARD",
    "IP_ADDRESS",
    "DATE_OF_BIRTH",
}


def _verdicts(*, drop_header: bool) -> list[tuple[str, str, str, bool]]:
    rows = []
    for file, table, labels in real_tables():
        result = scan_table(headerless(table) if drop_header else table, name=file)
        for label, finding in zip(labels, result.columns, strict=True):
            if label.tier != "ambiguous":
                rows.append((f"{file}:{label.column}", label.label, label.tier, finding.personal))
    return rows


def test_every_direct_identifier_is_caught() -> None:
    missed = [
        name
        for name, _, tier, personal in _verdicts(drop_header=False)
        if tier == "direct" and not personal
    ]
    assert missed == []


def test_no_column_labelled_no_ones_is_reported() -> None:
    # (a job's employment type, FT or PT, once was: the job's, not a circumstance of a person)
    flagged = [
        name
        for name, _, tier, personal in _verdicts(drop_header=False)
        if tier == "none" and personal
    ]
    assert flagged == []


def test_personal_or_not_reaches_f1_of_0_9() -> None:
    verdicts = _verdicts(drop_header=False)
    scores = score([(personal, tier != "none") for _, _, tier, personal in verdicts])
    assert scores.f1 >= 0.9, scores
    assert scores.precision >= 0.9, scores


def test_without_headers_values_alone_find_the_self_evident_identifiers() -> None:
    verdicts = _verdicts(drop_header=True)
    missed = [
        name for name, label, tier, personal in verdicts if label in SELF_EVIDENT and not personal
    ]
    assert missed == []
    wrongly = [name for name, _, tier, personal in verdicts if tier == "none" and personal]
    assert wrongly == []


def test_kylo_parquet_and_csv_agree() -> None:
    csv = scan(REAL / "kylo" / "userdata1.csv")
    parquet = scan(REAL / "kylo" / "userdata1.parquet")
    assert [c.personal for c in csv.columns] == [c.personal for c in parquet.columns]


def test_the_naughty_strings_column_is_not_personal() -> None:
    result = scan(REAL / "kylo" / "userdata1.csv")
    assert not {c.name: c for c in result.columns}["comments"].personal


@pytest.mark.parametrize(
    "file",
    [
        "dataprofiler/daily-activity-sheet-@.csv",
        "dataprofiler/iris-utf-16.csv",
        "dataprofiler/sparse-first-and-last-column-header-and-author.txt",
        "presidio/test_structured_complex.json",
    ],
)
def test_messy_real_files_can_be_scanned(file: str) -> None:
    fmt = "csv" if file.endswith(".txt") else None
    result = scan(REAL / file, input_format=fmt)
    assert len(result.columns) >= 4 or file.endswith(".txt")
