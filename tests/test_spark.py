"""minshare.spark on a real local Spark (local[2]): the CLI's release, verified and decrypted.

One SparkSession serves the module; the Spark release and the CLI release of the same
input are made once and compared column by column.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from pyspark.sql import SparkSession

from conftest import Cli, Keys
from minshare.errors import DataError, Refusal, UsageError
from minshare.io import file_sha256, open_reader
from minshare.keys import load_secret
from minshare.manifest import read_manifest
from minshare.policy import load_policy
from minshare.spark import apply_policy, prepare, release
from support import SAMPLES, listing

pytestmark = pytest.mark.filterwarnings(
    # pyspark 4 warns that pandas 3 is newer than it knows; mapInArrow does not use pandas
    "ignore:PySpark does not yet fully support pandas:FutureWarning"
)

ROWS = 900
PARTS = 3

POLICY = """\
minshare: 1
dataset: Client payments extract (Spark)
purposes:
  research:
    basis: research-and-development
    agreement: DSA-SPARK-1
    recipient: {name: Spark Recipient, key: recipient.pub}
    columns:
      ROW_NO:        keep
      CRN:           {action: pseudonymise, domain: client, normalise: alnum}
      EMAIL_ADDR:    {action: pseudonymise}
      GIVEN_NM:      drop
      FAMILY_NM:     {action: encrypt}
      TFN:           {action: encrypt, deterministic: true}
      BIRTH_DT:      {action: generalise, to: age-band, bands: [0, 18, 35, 65], as_of: 2026-06-30}
      DOB:           {action: generalise, to: year}
      PMT_DT:        {action: generalise, to: month}
      PMT_AMT:       {action: generalise, bins: [0, 250, 500, 750, 1000]}
      RES_PCODE:     {action: generalise, prefix: 2}
      MOB_NO:        {action: mask, show_last: 3}
      SEX_CD:        {action: keep, justification: "the study design stratifies by sex"}
      RES_ADDR:      drop
      RES_SUBURB:    drop
      RES_STATE:     {action: keep, justification: "the study compares states"}
      INDIG_STATUS:  {action: keep, justification: "outcomes are reported by Indigenous status"}
      CASE_NOTE_TXT: {action: redact}
"""


def read_table(path: Path) -> pa.Table:
    reader = open_reader(path, "parquet" if path.is_dir() else None)
    try:
        return pa.Table.from_batches(list(reader.batches()), schema=reader.schema)
    finally:
        reader.close()


def by_row(table: pa.Table) -> pa.Table:
    return table.sort_by("ROW_NO")


@dataclass(frozen=True)
class Case:
    folder: Path
    source: pa.Table  # the input, sorted by ROW_NO
    extract: Path  # a folder of Parquet parts: the input of both Spark and the CLI
    policy: Path
    keys: Keys


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    # the executors import minshare: run them on this Python, not the first python3 on PATH
    # (PySpark's default), which need not have minshare installed
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("minshare-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.session.timeZone", "UTC")
        # several Arrow batches per partition, so row numbers count across batches
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "128")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory, session_keys: Keys) -> Case:
    folder = tmp_path_factory.mktemp("spark")
    reader = open_reader(SAMPLES / "clients.csv")
    try:
        clients = pa.Table.from_batches(list(reader.batches()), schema=reader.schema)
    finally:
        reader.close()
    clients = clients.slice(0, ROWS)
    source = clients.add_column(0, "ROW_NO", pa.array(range(1, ROWS + 1), pa.int64()))
    dob = pc.cast(pc.strptime(clients.column("BIRTH_DT"), "%Y-%m-%d", "s"), pa.date32())
    source = source.append_column("DOB", dob)
    extract = folder / "extract"
    extract.mkdir()
    step = ROWS // PARTS
    for i in range(PARTS):
        pq.write_table(source.slice(i * step, step), extract / f"part-{i:05d}.parquet")
    shutil.copy2(session_keys.recipient_pub, folder / "recipient.pub")
    policy = folder / "policy.yaml"
    policy.write_text(POLICY, encoding="utf-8")
    return Case(folder, by_row(source), extract, policy, session_keys)


@pytest.fixture(scope="module")
def spark_release(spark: SparkSession, case: Case) -> Path:
    done = release(
        spark.read.parquet(str(case.extract)),
        policy=case.policy,
        purpose="research",
        keys=case.keys.sender,
        output_dir=case.folder / "spark-release",
    )
    assert done.rows == ROWS and done.parts >= 2
    assert done.manifest_path == case.folder / "spark-release.manifest.json"
    return done.output_path


@pytest.fixture(scope="module")
def cli_release(case: Case) -> Path:
    from click.testing import CliRunner

    out = case.folder / "cli-release.parquet"
    result = Cli(CliRunner())(
        "apply", case.extract, "--policy", case.policy, "--purpose", "research",
        "-o", out, "--keys", case.keys.sender,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    return out


def test_spark_gives_the_clis_tokens_generalisations_masks_and_redactions(
    spark_release: Path, cli_release: Path, case: Case
) -> None:
    from_spark, from_cli = by_row(read_table(spark_release)), by_row(read_table(cli_release))
    assert from_spark.schema == from_cli.schema  # the same columns, in order, with the same types
    assert from_spark.num_rows == from_cli.num_rows == ROWS
    rules = load_policy(case.policy).purpose("research").columns
    compared = set()
    for name in from_spark.column_names:
        spark_values, cli_values = from_spark.column(name), from_cli.column(name)
        if rules[name].action == "encrypt":
            # a fresh data key per release: equal only once decrypted (below)
            assert spark_values.is_null().equals(case.source.column(name).is_null()), name
            continue
        assert spark_values.equals(cli_values), name
        compared.add(rules[name].action)
    assert compared == {"keep", "pseudonymise", "generalise", "mask", "redact"}
    assert from_spark.column("DOB").type == pa.int32()  # a date column's year is a number
    # the values really were transformed, not copied
    assert from_spark.column("MOB_NO").to_pylist()[0].startswith("*")
    assert from_spark.column("CRN").to_pylist()[0] != case.source.column("CRN").to_pylist()[0]
    assert any("<PERSON>" in (v or "") for v in from_spark.column("CASE_NOTE_TXT").to_pylist())


def test_minshare_decrypt_reads_the_spark_release_back(
    spark_release: Path, case: Case, run_cli: Cli, tmp_path: Path
) -> None:
    plain = tmp_path / "plain.parquet"
    manifest = case.folder / "spark-release.manifest.json"
    result = run_cli(
        "decrypt", spark_release, "--key", case.keys.recipient_key, "--manifest", manifest,
        "-o", plain, "--signer-key", case.keys.signing_pub, "--json",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["decrypted"] == ["FAMILY_NM", "TFN"]
    decrypted = by_row(pq.read_table(plain))
    for name in ("FAMILY_NM", "TFN"):  # AES-GCM and AES-SIV cells
        assert decrypted.column(name).equals(case.source.column(name)), name
    # deterministic cells keep equality: equal numbers, equal ciphertexts
    released = by_row(read_table(spark_release))
    numbers, cells = case.source.column("TFN").to_pylist(), released.column("TFN").to_pylist()
    pairs = set(zip(numbers, cells, strict=True))
    assert len(pairs) == len({t for t, _ in pairs}) == len({c for _, c in pairs})


def test_the_manifest_lists_every_part_by_name_and_sha256(spark_release: Path, case: Case) -> None:
    manifest = read_manifest(case.folder / "spark-release.manifest.json")
    parts = sorted(p.name for p in spark_release.glob("part-*.parquet"))
    assert manifest.subjects == [(name, file_sha256(spark_release / name)) for name in parts]
    assert all(not name.startswith(("_", ".")) for name, _ in manifest.subjects)
    predicate = manifest.predicate
    assert predicate["output"]["layout"] == "parts"
    assert predicate["output"]["name"] == "spark-release"
    assert predicate["output"]["rows"] == predicate["rows"]["in"] == ROWS
    assert predicate["input"] == {
        "name": "extract",
        "sha256": None,
        "format": "spark",
        "rows": ROWS,
        "columns": [{"name": f.name, "type": str(f.type)} for f in case.source.schema],
    }
    assert predicate["tool"]["engine"]["name"] == "spark"
    assert predicate["encryption"]["columns"] == {
        "FAMILY_NM": {"cipher": "AES-256-GCM", "original_type": "string"},
        "TFN": {"cipher": "AES-SIV-512", "original_type": "string"},
    }
    assert predicate["keys"]["pseudonymisation"]["domains"] == ["EMAIL_ADDR", "client"]
    secret = load_secret(case.keys.sender / "pseudonym.secret")
    assert secret.hex() not in manifest.payload.decode()


def test_minshare_verify_accepts_the_spark_release(
    spark_release: Path, case: Case, run_cli: Cli
) -> None:
    manifest = case.folder / "spark-release.manifest.json"
    for data in ([], ["--data", spark_release]):
        result = run_cli(
            "verify", manifest, *data, "--signer-key", case.keys.signing_pub,
            "--policy", case.policy, "--json",
        )  # fmt: skip
        assert result.exit_code == 0, result.stdout
        checks = {c["name"]: c for c in json.loads(result.stdout)["checks"]}
        assert list(checks) == ["signature", "data-hash", "rows", "columns", "rescan", "policy"]
        assert checks["rows"]["detail"] == f"{ROWS} rows, as signed"
        assert "parts, each with its signed sha256" in checks["data-hash"]["detail"]


def copy_release(case: Case, spark_release: Path, tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "spark-release"
    shutil.copytree(spark_release, folder)
    manifest = tmp_path / "spark-release.manifest.json"
    shutil.copy2(case.folder / "spark-release.manifest.json", manifest)
    return folder, manifest


def failed_checks(run_cli: Cli, manifest: Path, case: Case) -> dict[str, str]:
    result = run_cli(
        "verify", manifest, "--signer-key", case.keys.signing_pub, "--no-rescan", "--json"
    )
    checks = json.loads(result.stdout)["checks"]
    failed = {c["name"]: c["detail"] for c in checks if not c["ok"]}
    assert (result.exit_code == 1) == bool(failed)
    return failed


def test_minshare_verify_rejects_a_changed_part(
    spark_release: Path, case: Case, run_cli: Cli, tmp_path: Path
) -> None:
    folder, manifest = copy_release(case, spark_release, tmp_path)
    part = sorted(folder.glob("part-*.parquet"))[-1]
    data = bytearray(part.read_bytes())
    data[len(data) // 2] ^= 0x01
    part.write_bytes(bytes(data))
    assert f"{part.name}: sha256" in failed_checks(run_cli, manifest, case)["data-hash"]


def test_minshare_verify_rejects_a_part_added_removed_or_a_stray_file(
    spark_release: Path, case: Case, run_cli: Cli, tmp_path: Path
) -> None:
    folder, manifest = copy_release(case, spark_release, tmp_path)
    first = sorted(folder.glob("part-*.parquet"))[0]
    # what Spark and Hadoop hide is not part of the release
    (folder / "_SUCCESS").write_text("")
    (folder / f".{first.name}.crc").write_bytes(b"crc")
    assert failed_checks(run_cli, manifest, case) == {}

    extra = folder / "part-99999-extra.parquet"
    shutil.copy2(first, extra)
    failed = failed_checks(run_cli, manifest, case)
    assert "part-99999-extra.parquet: a part that is not signed" in failed["data-hash"]
    assert "rows" in failed  # the extra part's rows are counted too
    extra.unlink()

    (folder / "notes.txt").write_text("not data")
    assert "notes.txt: not a Parquet part" in failed_checks(run_cli, manifest, case)["data-hash"]
    (folder / "notes.txt").unlink()

    first.unlink()
    assert "a signed part is missing" in failed_checks(run_cli, manifest, case)["data-hash"]
    shutil.rmtree(folder)
    assert "no such folder of Parquet parts" in failed_checks(run_cli, manifest, case)["data-hash"]


def test_minshare_decrypt_refuses_a_changed_release(
    spark_release: Path, case: Case, run_cli: Cli, tmp_path: Path
) -> None:
    folder, manifest = copy_release(case, spark_release, tmp_path)
    sorted(folder.glob("part-*.parquet"))[0].unlink()
    plain = tmp_path / "plain.parquet"
    result = run_cli(
        "decrypt", folder, "--key", case.keys.recipient_key, "--manifest", manifest, "-o", plain
    )
    assert result.exit_code == 1 and "not the folder of parts the manifest signs" in result.stderr
    assert not plain.exists()
    result = run_cli(
        "decrypt", folder, "--key", case.keys.recipient_key, "--manifest", manifest,
        "-o", folder / "plain.parquet",
    )  # fmt: skip
    assert result.exit_code == 2 and "inside the release's folder" in result.stderr


def test_apply_policy_matches_the_cli_without_a_manifest(
    spark: SparkSession, case: Case, cli_release: Path
) -> None:
    text = POLICY.replace("{action: encrypt}", "drop").replace(
        "{action: encrypt, deterministic: true}", "drop"
    )
    policy = case.folder / "no-encryption.yaml"
    policy.write_text(text, encoding="utf-8")
    frame = apply_policy(
        spark.read.parquet(str(case.extract)), policy, "research", case.keys.sender
    )
    assert "FAMILY_NM" not in frame.columns and "GIVEN_NM" not in frame.columns
    minimised = by_row(frame.toArrow())
    expected = by_row(read_table(cli_release)).drop_columns(["FAMILY_NM", "TFN"])
    assert minimised.column_names == expected.column_names
    for name in minimised.column_names:
        assert minimised.column(name).to_pylist() == expected.column(name).to_pylist(), name


def test_apply_policy_refuses_to_encrypt_without_a_manifest(
    spark: SparkSession, case: Case
) -> None:
    frame = spark.read.parquet(str(case.extract))
    with pytest.raises(UsageError, match=r"encrypts columns.*release\(\)"):
        apply_policy(frame, case.policy, "research", case.keys.sender)


def test_executors_get_derived_keys_only(spark: SparkSession, case: Case) -> None:
    frame = spark.read.parquet(str(case.extract))
    with prepare(frame, policy=case.policy, purpose="research", keys=case.keys.sender) as prepared:
        shipped = pickle.dumps(prepared._job.value)
        assert load_secret(case.keys.sender / "pseudonym.secret") not in shipped
        assert prepared._keys.data_key is not None
        assert prepared._keys.data_key not in shipped
        # no key in a log line either
        assert "key=" not in repr(prepared._job.value) and "key=" not in repr(prepared)


def test_the_guard_and_the_policy_refuse_before_anything_is_written(
    spark: SparkSession, case: Case, tmp_path: Path
) -> None:
    frame = spark.read.parquet(str(case.extract))

    def attempt(policy_text: str) -> None:
        policy = tmp_path / "policy.yaml"
        policy.write_text(policy_text, encoding="utf-8")
        shutil.copy2(case.folder / "recipient.pub", tmp_path / "recipient.pub")
        release(
            frame, policy=policy, purpose="research", keys=case.keys.sender,
            output_dir=tmp_path / "out",
        )  # fmt: skip

    before = listing(tmp_path)
    with pytest.raises(Refusal, match="TFN' is kept without a justification but scans as AU_TFN"):
        attempt(POLICY.replace("{action: encrypt, deterministic: true}", "keep"))
    with pytest.raises(Refusal, match="column 'SEX_CD' is not in the policy"):
        attempt("".join(line for line in POLICY.splitlines(True) if "SEX_CD:" not in line))
    with pytest.raises(UsageError, match="privacy target"):
        attempt(POLICY + "    privacy: {k_anonymity: 5, quasi_identifiers: [SEX_CD]}\n")
    assert listing(tmp_path) == sorted([*before, "policy.yaml", "recipient.pub"])


def test_a_value_a_rule_cannot_take_names_its_column_and_leaves_nothing(
    spark: SparkSession, case: Case, tmp_path: Path
) -> None:
    bad = case.source.set_column(
        case.source.schema.get_field_index("PMT_DT"),
        "PMT_DT",
        pa.array(["2025-01-01"] * (ROWS - 1) + ["01/13/2025"], pa.string()),
    )
    extract = tmp_path / "bad"
    extract.mkdir()
    pq.write_table(bad, extract / "part-00000.parquet")
    with pytest.raises(DataError) as info:
        release(
            spark.read.parquet(str(extract)), policy=case.policy, purpose="research",
            keys=case.keys.sender, output_dir=tmp_path / "out",
        )  # fmt: skip
    message = str(info.value)
    assert "column PMT_DT: not an ISO date" in message
    assert f"row {ROWS:,} of Spark partition 0" in message
    assert "01/13/2025" not in message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad"]


def test_a_release_is_never_written_over(
    spark: SparkSession, case: Case, spark_release: Path
) -> None:
    with pytest.raises(UsageError, match="already exists"):
        release(
            spark.read.parquet(str(case.extract)), policy=case.policy, purpose="research",
            keys=case.keys.sender, output_dir=spark_release,
        )  # fmt: skip


def test_any_column_name_and_an_empty_frame(
    spark: SparkSession, case: Case, tmp_path: Path, run_cli: Cli
) -> None:
    head = POLICY.split("    columns:", maxsplit=1)[0]
    policy = tmp_path / "policy.yaml"
    policy.write_text(
        head.replace("recipient.pub", str(case.folder / "recipient.pub"))
        + "    columns:\n"
        + '      "CLIENT.ID": {action: pseudonymise}\n'
        + '      "mobile no": {action: mask, show_last: 3}\n'
        + "      E: {action: encrypt}\n",
        encoding="utf-8",
    )
    frame = spark.createDataFrame(
        [("C1", "0412345678", "a"), ("C2", None, None)],
        "`CLIENT.ID` string, `mobile no` string, E string",
    )
    for name, rows in (("named", frame), ("empty", frame.limit(0))):
        done = release(
            rows, policy=policy, purpose="research", keys=case.keys.sender,
            output_dir=tmp_path / name,
        )  # fmt: skip
        assert done.parts >= 1
        released = read_table(done.output_path)
        assert released.column_names == ["CLIENT.ID", "mobile no", "E"]
        assert released.num_rows == done.rows == (2 if name == "named" else 0)
        # no rescan of the empty one: with no values, the name 'mobile no' alone reads as a phone
        rescan = [] if name == "named" else ["--no-rescan"]
        result = run_cli(
            "verify", done.manifest_path, "--signer-key", case.keys.signing_pub, *rescan
        )
        assert result.exit_code == 0, result.stdout
    assert read_table(tmp_path / "named").column("mobile no").to_pylist() == ["*******678", None]


# -- folders of Parquet parts, without Spark ---------------------------------------------------


def test_a_folder_of_parts_reads_in_order_and_hashes_as_its_listing(case: Case) -> None:
    table = read_table(case.extract)
    assert table.equals(case.source)  # the parts in sorted order: the rows in order
    listing_text = "".join(
        f"{file_sha256(p)}  {p.name}\n" for p in sorted(case.extract.glob("part-*.parquet"))
    )
    assert file_sha256(case.extract) == hashlib.sha256(listing_text.encode()).hexdigest()


def test_parts_that_differ_or_a_folder_without_parts_is_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="holding no Parquet part files"):
        open_reader(tmp_path, "parquet")
    pq.write_table(pa.table({"a": [1]}), tmp_path / "part-00000.parquet")
    pq.write_table(pa.table({"a": ["x"]}), tmp_path / "part-00001.parquet")
    with pytest.raises(DataError, match=r"part-00001\.parquet has other columns or types"):
        open_reader(tmp_path)
