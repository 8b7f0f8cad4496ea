"""End to end on every sample: keys, apply, decrypt, verify; outputs read by DuckDB and Polars."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import minshare
from conftest import Keys
from minshare.io import open_reader
from minshare.manifest import read_manifest
from support import listing

SAMPLES = [("clients", "csv"), ("episodes", "parquet"), ("businesses", "jsonl")]
PURPOSES = ["service-delivery", "policy-and-programs", "research"]


def read_table(path: Path) -> pa.Table:
    reader = open_reader(path)
    try:
        return pa.Table.from_batches(list(reader.batches()), schema=reader.schema)
    finally:
        reader.close()


def apply_sample(
    workdir: Path, keys: Keys, name: str, ext: str, purpose: str, out_ext: str | None = None
) -> minshare.Release:
    return minshare.apply(
        workdir / "samples" / f"{name}.{ext}",
        policy=workdir / "policies" / f"{name}.yaml",
        purpose=purpose,
        output=workdir / "out" / f"{name}-{purpose}.{out_ext or ext}",
        keys=keys.sender,
    )


@pytest.mark.parametrize(("name", "ext"), SAMPLES)
@pytest.mark.parametrize("purpose", PURPOSES)
def test_every_sample_and_purpose_round_trips(
    workdir: Path, keys: Keys, name: str, ext: str, purpose: str
) -> None:
    release = apply_sample(workdir, keys, name, ext, purpose)
    report = minshare.verify(
        release.manifest_path,
        signer_key=keys.signing_pub,
        policy=workdir / "policies" / f"{name}.yaml",
    )
    assert report.ok, [c for c in report.checks if not c.ok]
    assert [c.name for c in report.checks] == [
        "signature",
        "data-hash",
        "rows",
        "columns",
        "rescan",
        "policy",
    ]

    source = read_table(workdir / "samples" / f"{name}.{ext}")
    released = read_table(release.output_path)
    assert released.num_rows == source.num_rows == release.rows_out
    rules = minshare.load_policy(workdir / "policies" / f"{name}.yaml").purpose(purpose)
    leaving = [c for c in source.schema.names if rules.columns[c].action != "drop"]
    assert released.schema.names == leaving

    for column in leaving:
        action = rules.columns[column].action
        before, after = source.column(column), released.column(column)
        # nulls stay null, whatever the action
        assert before.is_null().equals(after.is_null()), column
        if action == "keep":
            assert after.equals(before), column

    plain = workdir / "out" / f"{name}-{purpose}.plain.{ext}"
    minshare.decrypt(
        release.output_path, key=keys.recipient_key, manifest=release.manifest_path, output=plain
    )
    decrypted = read_table(plain)
    for column in leaving:
        if rules.columns[column].action == "encrypt":
            assert decrypted.column(column).equals(source.column(column)), column


def test_outputs_are_read_by_duckdb_and_polars(workdir: Path, keys: Keys) -> None:
    csv_release = apply_sample(workdir, keys, "clients", "csv", "research")
    parquet_release = apply_sample(workdir, keys, "episodes", "parquet", "research")
    jsonl_release = apply_sample(workdir, keys, "businesses", "jsonl", "research")

    def query(sql: str) -> tuple[list[tuple[object, ...]], list[str]]:
        with duckdb.connect() as con:
            cursor = con.execute(sql)
            return cursor.fetchall(), [d[0] for d in cursor.description]

    # DuckDB guesses types, so read every CSV column as text
    [(count, _, shortest, postcode)], _ = query(
        f"select count(*), count(distinct CRN), min(length(CRN)), max(RES_PCODE) "
        f"from read_csv('{csv_release.output_path}', all_varchar=true)"
    )
    assert count == 3000 and shortest == 32 and len(str(postcode)) == 2
    rows, columns = query(f"select * from read_parquet('{parquet_release.output_path}')")
    assert len(rows) == 4000
    assert set(columns) == {
        "MEDICARE_NO",
        "ADMIT_DT",
        "PRINCIPAL_DIAG",
        "WARD",
        "LOS_DAYS",
        "PCODE",
        "DOB",
    }
    rows, _ = query(
        f"select count(*) from read_json('{jsonl_release.output_path}', format='newline_delimited')"
    )
    assert rows == [(2500,)]

    frame = pl.read_csv(csv_release.output_path, infer_schema=False)
    assert frame.height == 3000 and frame["BIRTH_DT"].str.len_chars().max() == 4
    episodes = pl.read_parquet(parquet_release.output_path)
    assert episodes["LOS_DAYS"].dtype == pl.Int32  # kept columns keep their Parquet type
    assert episodes["DOB"].dtype == pl.Int32  # a date generalised to a year becomes a whole number
    assert 1900 < episodes["DOB"].min() <= episodes["DOB"].max() <= 2026  # type: ignore[operator]
    businesses = pl.read_ndjson(jsonl_release.output_path)
    assert businesses["contact_phone"].drop_nulls().str.contains(r"^.{2}\*+$").all()


def test_pseudonyms_join_within_an_agreement_and_not_across(
    workdir: Path, keys: Keys, write_policy
) -> None:  # type: ignore[no-untyped-def]
    def tokens(agreement: str, recipient: str, domain: str, output: str) -> list[str | None]:
        policy = write_policy(
            f"""minshare: 1
purposes:
  research:
    basis: research-and-development
    agreement: {agreement}
    recipient: {{name: {recipient}}}
    unlisted: drop
    columns:
      CRN: {{action: pseudonymise, domain: {domain}}}
""",
            f"{output}.yaml",
        )
        release = minshare.apply(
            workdir / "samples" / "clients.csv",
            policy=policy,
            purpose="research",
            output=workdir / "out" / f"{output}.parquet",
            keys=keys.sender,
        )
        return pq.read_table(release.output_path).column("CRN").to_pylist()

    first = tokens("DSA-1", "AIHW", "client", "a")
    again = tokens("DSA-1", "AIHW", "client", "b")
    assert first == again
    crns = read_table(workdir / "samples" / "clients.csv").column("CRN").to_pylist()
    # the same client always gets the same token, different clients different ones
    assert len(set(zip(crns, first, strict=True))) == len(set(crns)) == len(set(first))
    for other in (
        tokens("DSA-2", "AIHW", "client", "c"),
        tokens("DSA-1", "ABS", "client", "d"),
        tokens("DSA-1", "AIHW", "person", "e"),
    ):
        assert not set(other) & set(first)


def test_a_column_the_policy_does_not_name_refuses_and_writes_nothing(
    workdir: Path, keys: Keys, write_policy
) -> None:  # type: ignore[no-untyped-def]
    text = (
        (workdir / "policies" / "clients.yaml")
        .read_text()
        .replace("      TFN:           drop\n", "", 1)
    )
    policy = write_policy(text.replace("../demo", str(workdir / "demo")))
    before = listing(workdir)
    with pytest.raises(minshare.MinshareError) as info:
        minshare.apply(
            workdir / "samples" / "clients.csv",
            policy=policy,
            purpose="service-delivery",
            output=workdir / "out" / "x.csv",
            keys=keys.sender,
        )
    assert info.value.exit_status == 1
    assert "TFN" in str(info.value)
    assert listing(workdir) == before


def test_unlisted_drop_drops_and_records_it(workdir: Path, keys: Keys) -> None:
    release = apply_sample(workdir, keys, "episodes", "parquet", "policy-and-programs")
    predicate = read_manifest(release.manifest_path).predicate
    assert predicate["purpose"]["basis"] == "informing-policy-and-programs"
    records = {c["name"]: c for c in predicate["columns"]}
    assert records["EPISODE_ID"]["action"] == "drop" and records["EPISODE_ID"]["output"] is None


def test_the_manifest_records_what_design_md_lists(workdir: Path, keys: Keys) -> None:
    release = apply_sample(workdir, keys, "clients", "csv", "service-delivery")
    manifest = read_manifest(release.manifest_path)
    statement = manifest.statement
    assert statement["_type"] == "https://in-toto.io/Statement/v1"
    assert statement["subject"][0]["name"] == "clients-service-delivery.csv"
    p = manifest.predicate
    assert p["tool"]["name"] == "minshare" and p["tool"]["version"] == minshare.__version__
    assert p["created"].endswith("Z")
    assert (
        p["input"]["name"] == "clients.csv"
        and p["input"]["rows"] == 3000
        and len(p["input"]["columns"]) == 16
    )
    assert (
        p["input"]["sha256"]
        == __import__("hashlib")
        .sha256((workdir / "samples" / "clients.csv").read_bytes())
        .hexdigest()
    )
    assert (
        p["policy"]["sha256"] == minshare.load_policy(workdir / "policies" / "clients.yaml").sha256
    )
    assert p["purpose"] == {
        "name": "service-delivery",
        "basis": "delivery-of-government-services",
        "agreement": "DSA-2026-0142",
        "recipient": {"name": "Services Australia", "key_id": p["keys"]["recipient"]},
    }
    assert p["rows"] == {"in": 3000, "out": 3000, "suppressed": 0}
    assert p["keys"]["signer"]["key_id"] == manifest.signatures[0].keyid
    assert (
        p["encryption"]["wrapped_data_key"]
        and p["encryption"]["columns"]["CRN"]["cipher"] == "AES-SIV-512"
    )
    assert p["encryption"]["columns"]["EMAIL_ADDR"]["cipher"] == "AES-256-GCM"
    assert p["personal_information"] is True and len(p["obligations"]) == 2
    kept = {c["name"]: c for c in p["columns"]}["RES_PCODE"]
    assert kept["justification"] == "letters are addressed to the client's postcode"
    # manifests carry key ids, never secrets
    secret = (keys.sender / "pseudonym.secret").read_bytes()
    text = release.manifest_path.read_text()
    assert secret.hex() not in text and "PRIVATE KEY" not in text
    json.loads(text)


def test_formats_convert_on_the_way_out(workdir: Path, keys: Keys) -> None:
    for out_ext in ("parquet", "arrow", "tsv", "jsonl"):
        release = apply_sample(workdir, keys, "clients", "csv", "research", out_ext)
        assert minshare.verify(release.manifest_path, signer_key=keys.signing_pub).ok
        assert read_table(release.output_path).num_rows == 3000


def test_same_input_same_keys_same_output_apart_from_time(workdir: Path, keys: Keys) -> None:
    a = apply_sample(workdir, keys, "episodes", "parquet", "research")
    first = a.output_path.read_bytes()
    b = apply_sample(workdir, keys, "episodes", "parquet", "research")
    assert b.output_path.read_bytes() == first
