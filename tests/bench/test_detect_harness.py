"""The detection benchmark's scoring: label mapping, matching and the arithmetic.

Pure Python on hand-made examples; no detector is imported or run.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from detectbench.blind import blind_copy, blind_labels, blind_names  # noqa: E402
from detectbench.cli import Dataset, blind_dataset  # noqa: E402
from detectbench.labels import (  # noqa: E402
    LabelError,
    LabelledColumn,
    accepted_entities,
    by_file,
    normalise_label,
    read_labels,
)
from detectbench.scoring import (  # noqa: E402
    ColumnPrediction,
    Judgement,
    Scores,
    judge,
    judge_all,
    match,
    ratio,
)
from detectbench.tables import sniff  # noqa: E402

LABELS = """\
file,column,label,tier
people.csv,NM,PERSON,direct
people.csv,F1,DATE_OF_BIRTH,quasi
people.csv,TAX_FILE,AU_TFN,direct
people.csv,DX,HEALTH,sensitive
people.csv,NOTES,FREE_TEXT,free_text
people.csv,phone,NONE,none
people.csv,AMT,NONE,none
people.csv,ADM_DT,DATE_TIME,ambiguous
people.csv,STATUS,NONE,none
"""

# NM right; F1 flagged with the wrong type; TAX_FILE missed; DX right; NOTES flagged
# (untyped); phone a false positive; AMT and STATUS right to be left; ADM_DT ambiguous.
PREDICTED = [
    ColumnPrediction("NM", True, "PERSON"),
    ColumnPrediction("F1", True, "DATE_TIME"),
    ColumnPrediction("TAX_FILE", False),
    ColumnPrediction("DX", True, "health"),
    ColumnPrediction("NOTES", True, "PERSON"),
    ColumnPrediction("phone", True, "PHONE_NUMBER"),
    ColumnPrediction("AMT", False),
    ColumnPrediction("ADM_DT", True, "DATE_TIME"),
    ColumnPrediction("STATUS", False),
]


@pytest.fixture
def labelled(tmp_path: Path) -> list[LabelledColumn]:
    path = tmp_path / "labels.csv"
    path.write_text(LABELS, encoding="utf-8")
    return read_labels(path)


def test_counts_precision_recall_f1(labelled: list[LabelledColumn]) -> None:
    scores = Scores.of(judge(labelled, PREDICTED))

    assert (scores.tp, scores.fp, scores.fn, scores.tn) == (4, 1, 1, 2)
    assert scores.columns == 8
    assert scores.excluded == 1
    assert scores.precision == pytest.approx(4 / 5)
    assert scores.recall == pytest.approx(4 / 5)
    assert scores.f1 == pytest.approx(2 * 4 / (2 * 4 + 1 + 1))


def test_type_accuracy_counts_flagged_personal_typed_columns_only(
    labelled: list[LabelledColumn],
) -> None:
    scores = Scores.of(judge(labelled, PREDICTED))

    # typed and flagged: NM (right), F1 (DATE_TIME is not DATE_OF_BIRTH), DX (right,
    # case-insensitive); NOTES is untyped, TAX_FILE was not flagged, phone is not personal
    assert (scores.typed, scores.typed_correct) == (3, 2)
    assert scores.type_accuracy == pytest.approx(2 / 3)


def test_direct_caught(labelled: list[LabelledColumn]) -> None:
    scores = Scores.of(judge(labelled, PREDICTED))

    assert (scores.direct, scores.direct_caught) == (2, 1)  # NM caught, TAX_FILE missed
    assert scores.direct_recall == pytest.approx(0.5)


def test_ambiguous_columns_count_neither_way(labelled: list[LabelledColumn]) -> None:
    flagged = Scores.of(judge(labelled, PREDICTED))
    unflagged_predictions = [
        ColumnPrediction(p.name, False) if p.name == "ADM_DT" else p for p in PREDICTED
    ]
    unflagged = Scores.of(judge(labelled, unflagged_predictions))

    assert flagged == unflagged
    ambiguous = next(c for c in labelled if c.name == "ADM_DT")
    assert Judgement(ambiguous, PREDICTED[7]).outcome == "excluded"
    assert Judgement(ambiguous, PREDICTED[7]).type_correct is None


def test_a_failed_file_counts_as_nothing_flagged(labelled: list[LabelledColumn]) -> None:
    scores = Scores.of(judge_all(by_file(labelled), {}))

    assert (scores.tp, scores.fp, scores.fn, scores.tn) == (0, 0, 5, 3)
    assert scores.unmatched == 8
    assert scores.precision is None  # nothing flagged: undefined, not zero
    assert scores.recall == 0.0
    assert scores.f1 == 0.0


def test_ratio_of_nothing_is_undefined() -> None:
    assert ratio(0, 0) is None
    assert ratio(1, 4) == 0.25
    assert Scores().type_accuracy is None


@pytest.mark.parametrize(
    ("label", "entity", "right"),
    [
        ("PERSON_NAME", "PERSON", True),
        ("EMAIL", "EMAIL_ADDRESS", True),
        ("PHONE", "PHONE_NUMBER", True),
        ("STREET_ADDRESS", "LOCATION", True),
        ("STREET_ADDRESS", "PERSON", False),
        ("POSTCODE", "AU_POSTCODE", True),
        ("NATIONAL_ID", "US_SSN", True),
        ("DATE_OF_BIRTH", "DATE_OF_BIRTH", True),
        ("DATE_OF_BIRTH", "DATE_TIME", False),
        ("AU_DRIVERS_LICENCE", "US_DRIVER_LICENSE", True),
        ("AU_TFN", "AU_ABN", False),
        ("CRIMINAL_RECORD", "CRIMINAL_RECORD", True),
        ("VULNERABILITY", "HEALTH", False),
    ],
)
def test_label_mapping(label: str, entity: str, right: bool) -> None:
    accepted = accepted_entities(label)

    assert accepted is not None
    assert (entity in accepted) is right


def test_untyped_and_unknown_labels() -> None:
    assert accepted_entities("JOB_TITLE") is None
    assert accepted_entities("FREE_TEXT_WITH_PII") is None
    assert normalise_label(" None (Big List of Naughty Strings) ") == "NONE"
    with pytest.raises(LabelError, match="no mapping"):
        accepted_entities("SHOE_SIZE")


def test_real_vocabulary_with_index_and_headerless(tmp_path: Path) -> None:
    path = tmp_path / "LABELS.csv"
    path.write_text(
        "file,col_index,column,header_in_file,label,tier,note\n"
        "a.csv,1,email,no,EMAIL,direct,\n"
        "a.csv,0,first_name,no,PERSON_NAME,direct,\n"
        "a.csv,2,comments,no,NONE (naughty strings),none,\n",
        encoding="utf-8",
    )
    columns = read_labels(path)
    # headerless: matched by position whatever the detector called the columns
    predicted = [
        ColumnPrediction("column_1", True, "PERSON"),
        ColumnPrediction("column_2", True, "EMAIL_ADDRESS"),
        ColumnPrediction("column_3", False),
    ]
    scores = Scores.of(judge(columns, predicted))

    assert [(c.index, c.header_in_file, c.label) for c in columns] == [
        (1, False, "EMAIL"),
        (0, False, "PERSON_NAME"),
        (2, False, "NONE"),
    ]
    assert (scores.tp, scores.tn, scores.typed_correct, scores.typed) == (2, 1, 2, 2)


def test_unknown_tier_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "labels.csv"
    path.write_text("file,column,label,tier\nx.csv,A,PERSON,personal\n", encoding="utf-8")

    with pytest.raises(LabelError, match="unknown tier"):
        read_labels(path)


def test_match_by_loose_name_then_position() -> None:
    columns = [
        LabelledColumn("f.csv", 0, "Time", "NONE", "none"),
        LabelledColumn("f.csv", 1, "Activity", "NONE", "none"),
    ]
    # a byte-order mark and a trailing space on the header names
    loose = match(
        columns, [ColumnPrediction("\ufefftime", False), ColumnPrediction("Activity ", True)]
    )
    assert loose[0] is not None and loose[0].name == "\ufefftime"
    assert loose[1] is not None and loose[1].personal

    renamed = [ColumnPrediction("x", False), ColumnPrediction("y", True)]
    assert match(columns, renamed)[1] == renamed[1]  # same count: by position
    assert match(columns, renamed[:1]) == {0: None, 1: None}  # neither name nor count


def test_sniff_skips_a_title_line_and_finds_the_delimiter() -> None:
    lines = ["Activity Sheet", "Time@Activity@Notes", "6am@Breakfast@", '7am@"Play, books"@x']

    assert sniff(lines) == ("@", 1)
    assert sniff(["a,b", '"Smith, J",2', "c,d"]) == (",", 0)


def test_committed_synthetic_labels_are_complete() -> None:
    columns = read_labels(BENCH / "detect_data" / "labels.csv")
    files = by_file(columns)
    tiers = {c.tier for c in columns}

    assert tiers == {"direct", "quasi", "sensitive", "free_text", "none", "ambiguous"}
    assert all((BENCH / "detect_data" / f).is_file() for f in files)
    assert any(not c.header_in_file for c in columns)
    for file, cols in files.items():
        assert [c.index for c in cols] == list(range(len(cols))), file


# -- --names-blind: renamed copies and renamed labels -------------------------------------


def test_blind_names_are_padded_to_the_widest() -> None:
    assert blind_names(3) == ["c01", "c02", "c03"]
    assert blind_names(120)[0] == "c001"
    assert blind_names(120)[-1] == "c120"


def test_blind_labels_follow_the_names_and_leave_the_rest() -> None:
    columns = [
        LabelledColumn("f.csv", 0, "NM", "PERSON", "direct"),
        LabelledColumn("f.csv", 1, "dob ", "DATE_OF_BIRTH", "quasi"),  # loose match
        LabelledColumn("f.csv", 2, "NOT_IN_FILE", "NONE", "none"),
    ]
    renamed = [("NM", "c01"), ("DOB", "c02"), ("AMT", "c03")]

    blind = blind_labels(columns, renamed)

    assert [(c.name, c.index, c.label) for c in blind] == [
        ("c01", 0, "PERSON"),
        ("c02", 1, "DATE_OF_BIRTH"),
        ("NOT_IN_FILE", 2, "NONE"),  # left for match() to pair by position, as before
    ]
    headerless = [LabelledColumn("h.csv", 0, "NM", "PERSON", "direct", header_in_file=False)]
    assert blind_labels(headerless, [("NM", "c01")]) == headerless


def test_blind_copy_rewrites_only_the_header_of_text_files(tmp_path: Path) -> None:
    data = (
        b"\xef\xbb\xbfTitle of the extract\r\n"  # byte-order mark and a title line
        b'CLNT_NM,"DOB, as given",AMT\r\n'
        b'"TRAN, Minh",01/02/1980,12.50\r\n'
        b"Mundine J,1975-11-30,\r\n"
    )
    source = tmp_path / "in" / "people.csv"
    source.parent.mkdir()
    source.write_bytes(data)
    target = tmp_path / "out" / "sub" / "people.csv"

    renamed = blind_copy(source, target, header=True)

    assert renamed == [("CLNT_NM", "c01"), ("DOB, as given", "c02"), ("AMT", "c03")]
    assert target.read_bytes() == (
        b"\xef\xbb\xbfTitle of the extract\r\nc01,c02,c03\r\n"
        b'"TRAN, Minh",01/02/1980,12.50\r\nMundine J,1975-11-30,\r\n'
    )
    tsv = tmp_path / "in" / "t.tsv"
    tsv.write_bytes("Given\tFamily\nĐức\tNguyễn\n".encode("utf-16"))
    assert blind_copy(tsv, tmp_path / "out" / "t.tsv", header=True)[1] == ("Family", "c02")
    assert (tmp_path / "out" / "t.tsv").read_bytes() == "c01\tc02\nĐức\tNguyễn\n".encode("utf-16")


def test_blind_copy_leaves_a_headerless_file_as_it_is(tmp_path: Path) -> None:
    source = tmp_path / "h.csv"
    source.write_bytes(b"Yunupingu G,0412 345 678\n")

    assert blind_copy(source, tmp_path / "out" / "h.csv", header=False) == []
    assert (tmp_path / "out" / "h.csv").read_bytes() == source.read_bytes()


def test_blind_copy_renames_parquet_and_arrow_keeping_types(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    ipc = pytest.importorskip("pyarrow.ipc")
    table = pa.table(
        {"givenName": ["Aroha", None], "amt": [1.5, 2.0], "dob": pa.array([0, 1], pa.date32())}
    ).replace_schema_metadata({"pandas": '{"columns": ["givenName"]}'})
    pq.write_table(table, tmp_path / "t.parquet")
    with (
        pa.OSFile(str(tmp_path / "t.arrow"), "wb") as sink,
        ipc.new_stream(sink, table.schema) as w,
    ):
        w.write_table(table)

    for name in ("t.parquet", "t.arrow"):
        renamed = blind_copy(tmp_path / name, tmp_path / "out" / name, header=True)
        assert renamed == [("givenName", "c01"), ("amt", "c02"), ("dob", "c03")]
    blind = pq.read_table(tmp_path / "out" / "t.parquet")
    assert blind.column_names == ["c01", "c02", "c03"]
    assert blind.schema.types == table.schema.types
    assert blind.schema.metadata is None  # pandas metadata would repeat the real names
    assert blind.column("c01").to_pylist() == ["Aroha", None]
    with pa.memory_map(str(tmp_path / "out" / "t.arrow")) as handle:
        streamed = ipc.open_stream(handle).read_all()  # stream format kept
    assert streamed.column_names == ["c01", "c02", "c03"]
    assert streamed.column("c03").equals(table.column("dob"))


def test_blind_copy_renames_json_keys_at_every_level(tmp_path: Path) -> None:
    source = tmp_path / "t.jsonl"
    source.write_text(
        '{"id": "Salote Taufa", "addr": {"pcode": "0870", "st": "NT"}, "n": 3}\n'
        "\n"
        '{"n": 4, "extra": true, "id": "Nikos Papadopoulos"}\n',
        encoding="utf-8",
    )
    target = tmp_path / "out" / "t.jsonl"

    renamed = blind_copy(source, target, header=True)

    assert renamed == [
        ("id", "c01"),
        ("addr.pcode", "c02.c01"),
        ("addr.st", "c02.c02"),
        ("n", "c03"),
        ("extra", "c04"),
    ]
    assert target.read_text(encoding="utf-8").splitlines() == [
        '{"c01": "Salote Taufa", "c02": {"c01": "0870", "c02": "NT"}, "c03": 3}',
        "",
        '{"c03": 4, "c04": true, "c01": "Nikos Papadopoulos"}',
    ]


def test_blind_dataset_points_at_the_copies_and_remembers_the_names(tmp_path: Path) -> None:
    root = tmp_path / "set"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.csv").write_text("CLNT_SURNM,fld_12\nWaititi,0400 000 000\n")
    (root / "h.csv").write_text("Waititi,0400 000 000\n")
    labels = by_file(
        [
            LabelledColumn("sub/a.csv", 0, "CLNT_SURNM", "PERSON", "direct"),
            LabelledColumn("sub/a.csv", 1, "fld_12", "PHONE_NUMBER", "direct"),
            LabelledColumn("h.csv", 0, "NM", "PERSON", "direct", header_in_file=False),
            LabelledColumn("gone.csv", 0, "X", "NONE", "none"),  # missing: fails as before
        ]
    )

    blind = blind_dataset(Dataset("set", root, labels), tmp_path / "blind")

    assert blind.blind and blind.name == "set" and blind.root == tmp_path / "blind"
    assert [c.name for c in blind.labels["sub/a.csv"]] == ["c01", "c02"]
    assert (blind.root / "sub" / "a.csv").read_text().startswith("c01,c02\n")
    assert blind.labels["h.csv"] == labels["h.csv"]
    assert not (blind.root / "gone.csv").exists()
    assert blind.shown_name(blind.labels["sub/a.csv"][1]) == "fld_12 [as c02]"
    assert blind.shown_name(blind.labels["h.csv"][0]) == "NM"
