"""Scanning files: the samples offline, sampling across the whole file, messy files."""

from __future__ import annotations

import json
import random
import socket
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pa_csv
import pytest
from detect_support import SAMPLES

from minshare.detect import scan, scan_batches, scan_table
from minshare.detect.sample import sample_rows
from minshare.io import ReadOptions

EXPECTED = {
    "clients.csv": {
        "CRN": "AU_CRN", "GIVEN_NM": "PERSON", "FAMILY_NM": "PERSON", "BIRTH_DT": "DATE_OF_BIRTH",
        "SEX_CD": "GENDER", "RES_ADDR": "ADDRESS", "RES_SUBURB": "LOCATION",
        "RES_STATE": "LOCATION",
        "RES_PCODE": "AU_POSTCODE", "MOB_NO": "PHONE_NUMBER", "EMAIL_ADDR": "EMAIL_ADDRESS",
        "TFN": "AU_TFN", "PMT_AMT": None, "PMT_DT": None, "INDIG_STATUS": "ETHNICITY",
        "CASE_NOTE_TXT": "PERSON",
    },
    "episodes.parquet": {
        "EPISODE_ID": None, "MEDICARE_NO": "AU_MEDICARE", "IHI": "AU_IHI", "ADMIT_DT": None,
        "PRINCIPAL_DIAG": "HEALTH", "WARD": None, "LOS_DAYS": None, "PCODE": "AU_POSTCODE",
        "DOB": "DATE_OF_BIRTH",
    },
    "businesses.jsonl": {
        "abn": "AU_ABN", "acn": "AU_ACN", "business_name": None, "contact_person": "PERSON",
        "contact_phone": "PHONE_NUMBER", "address": "ADDRESS", "anzsic_code": None,
        "headcount": None, "registered_dt": None,
    },
}  # fmt: skip


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to reach the network fails the test (Presidio, tldextract, spaCy...)."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkUsed("detection tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    # start from a fresh analyzer and suffix list, so that their first use happens here
    from minshare.detect import presidio

    presidio.engine.cache_clear()
    import tldextract.tldextract as tld

    monkeypatch.setattr(tld.TLD_EXTRACTOR, "_extractor", None)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_samples_scan_offline(name: str, no_network: None) -> None:
    result = scan(SAMPLES / name)
    found = {c.name: (c.best.type if c.best else None) for c in result.columns}
    assert found == EXPECTED[name]
    notes = {c.name: c for c in result.columns}.get("CASE_NOTE_TXT")
    if notes is not None:
        assert notes.category == "free_text"
        assert {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS"} <= {
            e.type for e in notes.entities
        }


def test_presidio_email_recognizer_runs_offline(no_network: None) -> None:
    from minshare.detect.presidio import analyze_text

    spans = analyze_text("write to ruby.winters@outlook.com or see https://www.example.org/x")
    assert {s.entity for s in spans} == {"EMAIL_ADDRESS", "URL"}


def test_the_engine_uses_no_model_unless_one_is_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy.util

    from minshare.detect import presidio

    monkeypatch.setattr(spacy.util, "is_package", lambda name: False)
    assert presidio.installed_spacy_model() is None
    monkeypatch.setattr(spacy.util, "is_package", lambda name: name == "en_core_web_sm")
    assert presidio.installed_spacy_model() == "en_core_web_sm"


def test_importing_detect_does_not_import_presidio_or_spacy() -> None:
    import subprocess
    import sys

    code = (
        "import sys, minshare.detect\n"
        "heavy = [m for m in ('presidio_analyzer', 'spacy', 'phonenumbers') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_scan_json_round_trips() -> None:
    document = scan(SAMPLES / "clients.csv", sample_size=200).as_dict()
    assert json.loads(json.dumps(document)) == document
    assert document["dataset"] == {
        "path": str(SAMPLES / "clients.csv"),
        "format": "csv",
        "rows_sampled": 200,
        "header": True,
        "rows_total": 3000,
    }


def test_the_sample_covers_the_whole_file_not_its_head() -> None:
    # the e-mail addresses only begin in the second half of the file
    n = 20_000
    emails = [None] * (n // 2) + [f"person{i}@example.com.au" for i in range(n // 2)]
    table = pa.table({"id": list(range(n)), "contact": emails})
    batches = table.to_batches(max_chunksize=1000)
    result = scan_batches(table.schema, batches, path="<t>", format="arrow", sample_size=500)
    contact = result.columns[1]
    assert contact.best is not None and contact.best.type == "EMAIL_ADDRESS"
    assert contact.null_fraction == 0.5
    assert result.rows_total == n and result.rows_sampled == 500


def test_reservoir_is_uniform_and_in_file_order() -> None:
    n = 50_000
    table = pa.table({"row": list(range(n))})
    sample = sample_rows(table.schema, table.to_batches(max_chunksize=777), 2000, seed=3)
    rows = sample.table().column("row").to_pylist()
    assert rows == sorted(rows) and len(set(rows)) == 2000
    # each tenth of the file holds about a tenth of the sample
    tenths = [sum(1 for r in rows if k * n // 10 <= r < (k + 1) * n // 10) for k in range(10)]
    assert all(140 <= t <= 260 for t in tenths), tenths


def test_reservoir_is_deterministic_for_a_seed() -> None:
    table = pa.table({"row": list(range(10_000))})

    def draw(seed: int) -> list[int]:
        sample = sample_rows(table.schema, table.to_batches(max_chunksize=512), 100, seed=seed)
        return list(sample.table().column("row").to_pylist())

    assert draw(1) == draw(1)
    assert draw(1) != draw(2)


def test_small_tables_are_sampled_whole() -> None:
    result = scan_table(pa.table({"a": ["x", "y", None]}))
    assert result.rows_sampled == 3 and result.rows_total == 3


def test_messy_text_files_are_read_leniently(tmp_path: Path) -> None:
    preamble = tmp_path / "with-title.csv"
    preamble.write_text(
        "Client list exported 2026-01-01\n"
        "NAME,EMAIL\nOlivia Smith,olivia@example.com\nLiam Nguyen,liam@example.com\n",
        encoding="utf-8",
    )
    result = scan(preamble)
    assert [c.name for c in result.columns] == ["NAME", "EMAIL"]
    assert [c.best.type if c.best else None for c in result.columns] == ["PERSON", "EMAIL_ADDRESS"]
    at_signs = tmp_path / "at.csv"
    at_signs.write_text("Title\nNAME@PHONE\nOlivia Smith@0412 345 678\nLiam Nguyen@0499 111 222\n")
    assert [c.name for c in scan(at_signs).columns] == ["NAME", "PHONE"]
    utf16 = tmp_path / "utf16.csv"
    utf16.write_bytes("EMAIL,N\r\nolivia@example.com,1\r\nliam@example.com,2\r\n".encode("utf-16"))
    assert scan(utf16).columns[0].personal
    document = tmp_path / "users.json"
    document.write_text(json.dumps({"users": [{"id": 1, "contact": {"email": "a@example.com"}}]}))
    result = scan(document)
    assert result.format == "json"
    assert [c.name for c in result.columns] == ["users[].id", "users[].contact.email"]
    assert result.columns[1].personal
    changing = tmp_path / "calls.jsonl"  # an age that is a number, then text: apply refuses it
    changing.write_text(
        "".join(
            json.dumps({"age": age, "caller": name, "phone": phone}) + "\n"
            for age, name, phone in [
                (12, "Olivia Smith", "0412 345 678"),
                ("~1", "Liam Nguyen", "0499 111 222"),
                (40, "Ava Brown", "0433 222 111"),
            ]
        )
    )
    result = scan(changing)
    assert result.format == "jsonl"
    assert [c.name for c in result.columns] == ["age", "caller", "phone"]
    assert [c.best.type if c.best else None for c in result.columns][1:] == [
        "PERSON",
        "PHONE_NUMBER",
    ]


def test_a_csv_split_by_pipes_with_a_comma_in_each_name_is_read_by_its_pipes(
    tmp_path: Path,
) -> None:
    # every row has one comma (in the name) and four pipes: both split the rows alike
    piped = tmp_path / "payroll.csv"
    rows = [
        ("00795501", "ZENG,LI NA", "1978-05-29", "F", "li.zeng@example.com"),
        ("00714426", "COOPER,DARREN", "2005-04-16", "M", "darren.cooper@example.com"),
        ("00291468", "RUSSO,JAMIE R", "1981-02-10", "M", "jamie.russo@example.com"),
    ]
    piped.write_text("".join("|".join(r) + "\n" for r in rows))  # no header
    result = scan(piped, read=ReadOptions(header=False))
    assert len(result.columns) == 5
    assert result.columns[4].best is not None and result.columns[4].best.type == "EMAIL_ADDRESS"
    # a comma-separated file with a pipe or two in its notes stays comma-separated
    commas = tmp_path / "notes.csv"
    commas.write_text("ID,NOTE\n1,a|b\n2,plain\n3,c|d|e\n")
    assert [c.name for c in scan(commas).columns] == ["ID", "NOTE"]


def test_unreadable_binary_files_still_fail(tmp_path: Path) -> None:
    from minshare.errors import DataError

    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 not really")
    with pytest.raises(DataError):
        scan(broken)


def test_scanning_a_csv_reads_text_as_text(tmp_path: Path) -> None:
    path = tmp_path / "pcodes.csv"
    pa_csv.write_csv(pa.table({"PCODE": ["0800", "0810", "2000"] * 10}), path)
    finding = scan(path).columns[0]
    assert finding.data_type == "string" and finding.best is not None
    assert finding.best.type == "AU_POSTCODE"


def test_nested_columns_speak_through_their_fields() -> None:
    rows = [
        {"email": f"p{i}@example.com", "n": i, "home": {"street": f"{i} King Street"}}
        for i in range(50)
    ]
    finding = scan_table(pa.table({"contact": pa.array([*rows, None])})).columns[0]
    assert finding.category == "direct_identifier"
    assert [e.type for e in finding.entities] == ["EMAIL_ADDRESS", "ADDRESS"]
    assert finding.entities[0].evidence.startswith("field 'email': ")


def test_every_arrow_type_can_be_scanned() -> None:
    import datetime as dt
    import decimal

    table = pa.table(
        {
            "items": pa.array([[1, 2], None]),
            "blob": pa.array([b"\x00\x01", None]),
            "flag": pa.array([True, False]),
            "amount": pa.array([decimal.Decimal("1.50"), None]),
            "at": pa.array(
                [dt.datetime(2020, 1, 1, tzinfo=dt.UTC), None], pa.timestamp("us", tz="UTC")
            ),
            "coded": pa.array(["M", "F"]).dictionary_encode(),
            "nothing": pa.array([None, None], pa.null()),
            "ratio": pa.array([1.5, float("nan")]),
            "clock": pa.array([dt.time(1, 2), None]),
        }
    )
    result = scan_table(table)
    assert [c.personal for c in result.columns] == [False] * 5 + [True] + [False] * 3
    assert scan_table(pa.table({"a": pa.array([], pa.string())})).rows_total == 0


def test_a_first_row_of_data_that_repeats_a_value_is_read_as_data(tmp_path: Path) -> None:
    # a household's members, headerless: the first row's "1" twice, and blank cells, are no
    # header the strict reader takes; every row is still counted and read
    rng = random.Random("household")
    rows = [
        f"{i},T{1000000 + i},{rng.choice(['Child', 'Partner'])},{rng.choice('12')},"
        f"{rng.choice(['', 'G6HND22HN2'])},{rng.choice(['-', 'F32.1'])},"
        f'"{rng.randint(1, 2):d},{rng.randint(0, 999):03d}.{rng.randint(0, 99):02d}"'
        for i in range(1, 301)
    ]
    rows[0] = "MBR_SEQ,TNT_ID,RELSHP,SEX,USI,ATTR3,FN_INC"
    named = tmp_path / "named.csv"
    named.write_text("\n".join(rows) + "\n", encoding="utf-8")
    rows[0] = '1,T1000001,Child,1,,-,"1,098.70"'
    path = tmp_path / "members.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = scan(path)
    assert result.header is False
    assert result.rows_total == 300
    assert [c.name for c in result.columns] == [f"column_{i}" for i in range(1, 8)]
    assert scan(named).header is not False
    # a header that gives a name twice stays a header, and is read leniently
    rows[0] = "MBR_SEQ,TNT_ID,RELSHP,SEX,USI,SEX,FN_INC"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert scan(path).header is not False


def test_a_file_without_its_header_is_classified_from_values(tmp_path: Path) -> None:
    lines = (SAMPLES / "clients.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    headerless = tmp_path / "clients-no-header.csv"
    headerless.write_text("".join(lines[1:]), encoding="utf-8")
    named = [c.best.type if c.best else None for c in scan(SAMPLES / "clients.csv").columns]
    unnamed = [c.best.type if c.best else None for c in scan(headerless).columns]
    assert unnamed == named
