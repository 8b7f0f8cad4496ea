"""Databases as sources and destinations, against a real PostgreSQL server and SQLite files.

One throw-away PostgreSQL cluster serves the session (``pgcluster.py``): started in a
temporary folder on a free port, loaded with the samples by psql's ``\\copy`` and by the
ADBC driver itself, and stopped at the end. Tables minshare wrote are read back with the
driver directly, not through minshare.
"""

from __future__ import annotations

import base64
import csv
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import adbc_driver_postgresql.dbapi as postgresql
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

import minshare
from conftest import Cli, Keys
from minshare.errors import DataError, OutputError
from minshare.io import dbtables
from minshare.io.database import parse_table_name, redact_uri
from minshare.io.digest import TableDigest, table_digest
from minshare.progress import Progress
from pgcluster import Cluster, free_port
from support import POLICIES, REPO, SAMPLES, listing

CLIENT_COLUMNS = (SAMPLES / "clients.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
CLIENTS_IN_FILE_ORDER = (
    "SELECT " + ", ".join(f'"{c}"' for c in CLIENT_COLUMNS) + " FROM clients_numbered "
    "ORDER BY row_no"
)
OUTSIDER_PASSWORD = "outsider-pw-1234"


def _load_samples(cluster: Cluster) -> None:
    columns = ", ".join(f'"{c}" text' for c in CLIENT_COLUMNS)
    names = ", ".join(f'"{c}"' for c in CLIENT_COLUMNS)
    clients = SAMPLES / "clients.csv"
    cluster.psql(f"CREATE TABLE clients ({columns})")
    cluster.psql(f"\\copy clients FROM '{clients}' WITH (FORMAT csv, HEADER true)")
    # the server's order is not the file's: a numbered copy says what the file's order was
    cluster.psql(
        f"CREATE TABLE clients_numbered (row_no bigint GENERATED ALWAYS AS IDENTITY, {columns})"
    )
    cluster.psql(
        f"\\copy clients_numbered ({names}) FROM '{clients}' WITH (FORMAT csv, HEADER true)"
    )
    with postgresql.connect(cluster.uri()) as conn, conn.cursor() as cursor:
        cursor.adbc_ingest("episodes", pq.read_table(SAMPLES / "episodes.parquet"), mode="create")
        conn.commit()
    cluster.psql(
        "CREATE SCHEMA shared; CREATE TABLE secret (x text); INSERT INTO secret VALUES ('s'); "
        f"CREATE ROLE outsider LOGIN PASSWORD '{OUTSIDER_PASSWORD}'"
    )


@pytest.fixture(scope="session")
def pg() -> Iterator[Cluster]:
    cluster = Cluster.create()
    try:
        _load_samples(cluster)
        yield cluster
    finally:
        cluster.destroy()


@pytest.fixture(scope="module")
def cli() -> Cli:
    return Cli(CliRunner())


def read_table(cluster: Cluster, table: str) -> pa.Table:
    """A table minshare wrote, read with the driver alone, in its rows' order."""
    with postgresql.connect(cluster.uri()) as conn, conn.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {table} ORDER BY _minshare_row")
        found = cursor.fetch_arrow_table()
    return found.drop_columns(["_minshare_row"]).replace_schema_metadata(None)


def table_exists(cluster: Cluster, table: str) -> bool:
    return cluster.psql(f"SELECT to_regclass('{table}') IS NOT NULL").strip() == "t"


def statement_of(manifest: Path) -> dict:  # type: ignore[type-arg]
    envelope = json.loads(manifest.read_text())
    return json.loads(base64.b64decode(envelope["payload"]))  # type: ignore[no-any-return]


def plain(table: pa.Table) -> pa.Table:
    """Without field metadata (the driver's type names), for comparing values and types."""
    return pa.table({name: table.column(name) for name in table.column_names})


def apply_args(keys: Keys, policy: Path, purpose: str) -> list[str | Path]:
    return ["--policy", policy, "--purpose", purpose, "--keys", keys.sender]


# -- PostgreSQL to files and back ------------------------------------------------------------------


def test_a_postgresql_table_gives_the_pseudonyms_the_csv_gives(
    pg: Cluster, cli: Cli, keys: Keys, tmp_path: Path
) -> None:
    policy = apply_args(keys, POLICIES / "clients.yaml", "research")
    ordered = cli("apply", pg.uri(), "--query", CLIENTS_IN_FILE_ORDER, *policy,
                  "-o", tmp_path / "db.parquet")  # fmt: skip
    by_table = cli("apply", f"{pg.uri()}#clients", *policy, "-o", tmp_path / "table.parquet")
    from_file = cli("apply", SAMPLES / "clients.csv", *policy, "-o", tmp_path / "file.parquet")
    assert (ordered.exit_code, by_table.exit_code, from_file.exit_code) == (0, 0, 0), (
        ordered.stderr + by_table.stderr
    )
    file_rows = pq.read_table(tmp_path / "file.parquet")
    assert pq.read_table(tmp_path / "db.parquet").equals(file_rows)
    # in the server's own order, the same rows
    key = [(name, "ascending") for name in file_rows.column_names]
    assert pq.read_table(tmp_path / "table.parquet").sort_by(key).equals(file_rows.sort_by(key))

    verified = cli("verify", tmp_path / "db.parquet.manifest.json", "--signer-key",
                   keys.signing_pub, "--policy", POLICIES / "clients.yaml")  # fmt: skip
    assert verified.exit_code == 0, verified.stdout
    manifest = (tmp_path / "db.parquet.manifest.json").read_text()
    assert pg.password not in manifest and "postgres@" not in manifest
    recorded = statement_of(tmp_path / "db.parquet.manifest.json")["predicate"]["input"]
    assert recorded["format"] == "postgresql" and recorded["rows"] == 3000
    assert recorded["database"] == {
        "uri": f"postgresql://127.0.0.1:{pg.port}/agency",
        "query": CLIENTS_IN_FILE_ORDER,
    }
    table_input = statement_of(tmp_path / "table.parquet.manifest.json")["predicate"]["input"]
    assert table_input["name"] == "clients" and table_input["database"]["table"] == "clients"
    for result in (ordered, by_table, verified):
        assert pg.password not in result.stdout + result.stderr


def test_parquet_to_a_postgresql_table_gives_the_file_run_s_pseudonyms(
    pg: Cluster, cli: Cli, keys: Keys, tmp_path: Path
) -> None:
    policy = apply_args(keys, POLICIES / "episodes.yaml", "research")
    episodes = SAMPLES / "episodes.parquet"
    manifest = tmp_path / "episodes.manifest.json"
    to_table = cli("apply", episodes, *policy, "-o", f"{pg.uri()}#shared.episodes_research",
                   "--manifest", manifest)  # fmt: skip
    to_file = cli("apply", episodes, *policy, "-o", tmp_path / "file.parquet")
    assert (to_table.exit_code, to_file.exit_code) == (0, 0), to_table.stderr
    assert to_table.stdout.startswith(
        f"wrote postgresql://127.0.0.1:{pg.port}/agency#shared.episodes_research (4,000 rows"
    )
    assert plain(read_table(pg, "shared.episodes_research")).equals(
        pq.read_table(tmp_path / "file.parquet")
    )
    # with the credentials given...
    given = cli("verify", manifest, "--signer-key", keys.signing_pub, "--data", pg.uri())
    assert given.exit_code == 0, given.stdout
    # ...or found where libpq looks, for the URI and table the manifest records
    env = {"PGUSER": "postgres", "PGPASSWORD": pg.password}
    found = cli("verify", manifest, "--signer-key", keys.signing_pub, "--no-rescan", env=env)
    assert found.exit_code == 0, found.stdout
    assert "table digest" in found.stdout

    statement = statement_of(manifest)
    assert statement["subject"][0]["name"] == (
        f"postgresql://127.0.0.1:{pg.port}/agency#shared.episodes_research"
    )
    assert statement["predicate"]["output"]["database"] == {
        "uri": f"postgresql://127.0.0.1:{pg.port}/agency",
        "table": "shared.episodes_research",
        "row_column": "_minshare_row",
        "digest": "minshare-table-sha256-v1",
    }
    assert pg.password not in manifest.read_text()

    # the digest is the documented one, over the rows read back in order
    rows = read_table(pg, "shared.episodes_research")
    assert (
        table_digest(rows.to_batches(), rows.column_names)
        == statement["subject"][0]["digest"]["sha256"]
    )
    # a changed cell fails it
    pg.psql("UPDATE shared.episodes_research SET \"WARD\" = 'X' WHERE _minshare_row = 7")
    tampered = cli("verify", manifest, "--data", pg.uri(), "--no-rescan")
    assert tampered.exit_code == 1
    assert "FAIL  data-hash" in tampered.stdout


def test_a_typed_postgresql_table_releases_as_its_parquet_file_does(
    pg: Cluster, cli: Cli, keys: Keys, tmp_path: Path
) -> None:
    policy = apply_args(keys, POLICIES / "episodes.yaml", "policy-and-programs")
    ordered = 'SELECT * FROM episodes ORDER BY "EPISODE_ID"'
    from_db = cli("apply", pg.uri(), "--query", ordered, *policy, "-o", tmp_path / "db.parquet")
    from_file = cli("apply", SAMPLES / "episodes.parquet", *policy, "-o", tmp_path / "f.parquet")
    assert (from_db.exit_code, from_file.exit_code) == (0, 0), from_db.stderr
    assert pq.read_table(tmp_path / "db.parquet").equals(pq.read_table(tmp_path / "f.parquet"))
    recorded = statement_of(tmp_path / "db.parquet.manifest.json")["predicate"]["input"]
    assert [c["type"] for c in recorded["columns"]] == [
        "int64", "string", "string", "date32[day]", "string", "string", "int32", "string",
        "date32[day]",
    ]  # fmt: skip


def test_a_release_to_a_table_decrypts_to_a_file_and_to_a_table(
    pg: Cluster, cli: Cli, keys: Keys, workdir: Path
) -> None:
    policy = apply_args(keys, workdir / "policies" / "episodes.yaml", "service-delivery")
    manifest = workdir / "out" / "episodes.manifest.json"
    released = cli("apply", SAMPLES / "episodes.parquet", *policy,
                   "-o", f"{pg.uri()}#episodes_services", "--manifest", manifest)  # fmt: skip
    assert released.exit_code == 0, released.stderr
    key = workdir / "demo" / "keys" / "services-australia" / "recipient.key"
    to_file = cli("decrypt", pg.uri(), "--key", key, "--manifest", manifest,
                  "-o", workdir / "out" / "plain.parquet")  # fmt: skip
    to_table = cli("decrypt", pg.uri(), "--key", key, "--manifest", manifest,
                   "-o", f"sqlite:///{workdir}/plain.db#episodes")  # fmt: skip
    assert (to_file.exit_code, to_table.exit_code) == (0, 0), to_file.stderr + to_table.stderr
    original = pq.read_table(SAMPLES / "episodes.parquet")
    plain_file = pq.read_table(workdir / "out" / "plain.parquet")
    for column in ("EPISODE_ID", "MEDICARE_NO", "IHI", "DOB", "ADMIT_DT", "LOS_DAYS"):
        assert plain_file.column(column).equals(original.column(column)), column
    with sqlite3.connect(workdir / "plain.db") as db:
        first = db.execute(
            'SELECT "MEDICARE_NO", "DOB" FROM episodes ORDER BY _minshare_row LIMIT 1'
        ).fetchone()
    assert first == (original.column("MEDICARE_NO")[0].as_py(), "1972-06-29")
    # a release that is not the signed one is not decrypted
    pg.psql('UPDATE episodes_services SET "LOS_DAYS" = 99 WHERE _minshare_row = 1')
    refused = cli("decrypt", pg.uri(), "--key", key, "--manifest", manifest,
                  "-o", workdir / "out" / "again.parquet")  # fmt: skip
    assert refused.exit_code == 1
    assert "not the table the manifest signs" in refused.stderr


# -- SQLite ----------------------------------------------------------------------------------------


def test_sqlite_in_and_out(
    cli: Cli, keys: Keys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "agency.db"
    with (
        open(SAMPLES / "clients.csv", newline="", encoding="utf-8") as fh,
        sqlite3.connect(source) as db,
    ):
        rows = csv.reader(fh)
        names = next(rows)
        db.execute(f"CREATE TABLE clients ({', '.join(f'{n} TEXT' for n in names)})")
        # an unquoted empty field is null in a CSV read by minshare: the same here
        db.executemany(
            f"INSERT INTO clients VALUES ({', '.join('?' for _ in names)})",
            ([v if v != "" else None for v in row] for row in rows),
        )
    policy = apply_args(keys, POLICIES / "clients.yaml", "research")
    manifest = tmp_path / "clients.manifest.json"
    to_sqlite = cli("apply", f"sqlite:///{source}#clients", *policy,
                    "-o", f"sqlite:///{tmp_path}/shared.db#clients_research",
                    "--manifest", manifest)  # fmt: skip
    to_file = cli("apply", SAMPLES / "clients.csv", *policy, "-o", tmp_path / "file.parquet")
    assert (to_sqlite.exit_code, to_file.exit_code) == (0, 0), to_sqlite.stderr
    with sqlite3.connect(tmp_path / "shared.db") as db:
        crns = [
            r[0] for r in db.execute('SELECT "CRN" FROM clients_research ORDER BY _minshare_row')
        ]
    assert crns == pq.read_table(tmp_path / "file.parquet").column("CRN").to_pylist()
    verified = cli("verify", manifest, "--signer-key", keys.signing_pub)
    assert verified.exit_code == 0, verified.stdout
    assert statement_of(manifest)["predicate"]["input"]["database"] == {
        "uri": f"sqlite:///{source}",
        "table": "clients",
    }
    # a relative path, and the table given apart
    monkeypatch.chdir(tmp_path)
    risk = cli("risk", "sqlite:agency.db", "--table", "clients", "-q", "SEX_CD,RES_STATE")
    assert risk.exit_code == 0, risk.stderr
    assert risk.stdout.startswith("sqlite:agency.db#clients: 3,000 rows")


def test_a_failed_run_to_a_new_sqlite_file_leaves_no_file(
    cli: Cli, keys: Keys, tmp_path: Path
) -> None:
    table = pa.table({"ID": [f"C{i}" for i in range(10)], "BIRTH_DT": ["1980-01-01"] * 9 + ["?"]})
    pq.write_table(table, tmp_path / "in.parquet")
    policy = _dates_policy(tmp_path)
    result = cli("apply", tmp_path / "in.parquet", "--policy", policy, "--purpose", "research",
                 "--keys", keys.sender, "-o", f"sqlite:///{tmp_path}/new.db#out",
                 "--manifest", tmp_path / "m.json")  # fmt: skip
    assert result.exit_code == 4, result.stderr
    assert listing(tmp_path) == ["in.parquet", "policy.yaml"]


# -- all or nothing --------------------------------------------------------------------------------


def _dates_policy(folder: Path) -> Path:
    path = folder / "policy.yaml"
    path.write_text(
        "minshare: 1\ndataset: t\npurposes:\n  research:\n    basis: research-and-development\n"
        "    agreement: DSA-T\n    recipient: {name: R}\n    columns:\n"
        "      ID: {action: pseudonymise}\n      BIRTH_DT: {action: generalise, to: year}\n"
        "      NOTE: {action: keep}\n"
    )
    return path


def test_a_bad_cell_in_the_last_batch_leaves_no_table_and_no_manifest(
    pg: Cluster, cli: Cli, keys: Keys, tmp_path: Path
) -> None:
    rows = 150_000  # three batches; the bad date is the last row of the last
    query = (
        "SELECT 'C' || g AS \"ID\", CASE WHEN g < 150000 THEN '1980-01-01' ELSE '01/02/1980' "
        'END AS "BIRTH_DT", \'note\' AS "NOTE" FROM generate_series(1, 150000) g ORDER BY g'
    )
    manifest = tmp_path / "out.manifest.json"
    result = cli("apply", pg.uri(), "--query", query, "--policy", _dates_policy(tmp_path),
                 "--purpose", "research", "--keys", keys.sender,
                 "-o", f"{pg.uri()}#half_way", "--manifest", manifest)  # fmt: skip
    assert result.exit_code == 4
    assert result.stderr == (
        f"minshare: error: postgresql://127.0.0.1:{pg.port}/agency (query): row {rows:,}, "
        "column BIRTH_DT: not an ISO date such as 1984-03-21 (set 'format' for other forms)\n"
    )
    assert not table_exists(pg, "half_way")
    assert listing(tmp_path) == ["policy.yaml"]


def test_a_value_the_database_refuses_mid_write_leaves_no_table(
    pg: Cluster, cli: Cli, keys: Keys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dbtables, "BATCH_ROWS", 1000)  # several ingests, the last one refused
    notes = ["fine"] * 2999 + ["a NUL \x00 byte"]  # text that PostgreSQL cannot hold
    table = pa.table({"ID": [f"C{i}" for i in range(3000)], "BIRTH_DT": ["1980-01-01"] * 3000,
                      "NOTE": notes})  # fmt: skip
    pq.write_table(table, tmp_path / "in.parquet")
    args = ["--policy", _dates_policy(tmp_path), "--purpose", "research", "--keys", keys.sender]
    manifest = tmp_path / "m.json"
    result = cli("apply", tmp_path / "in.parquet", *args, "-o", f"{pg.uri()}#refused",
                 "--manifest", manifest)  # fmt: skip
    assert result.exit_code == 4
    assert result.stderr == (
        f"minshare: error: postgresql://127.0.0.1:{pg.port}/agency#refused: a text value holds "
        "a byte the database cannot store as text (a NUL byte) (SQLSTATE 22021)\n"
    )
    assert not table_exists(pg, "refused")
    assert listing(tmp_path) == ["in.parquet", "policy.yaml"]

    # replacing a table: a run that fails keeps the old one, whole
    pg.psql("CREATE TABLE kept AS SELECT 1 AS one")
    again = cli("apply", tmp_path / "in.parquet", *args, "-o", f"{pg.uri()}#kept",
                "--manifest", manifest, "--replace")  # fmt: skip
    assert again.exit_code == 4
    assert pg.psql("SELECT one FROM kept").strip() == "1"
    exists = cli("apply", tmp_path / "in.parquet", *args, "-o", f"{pg.uri()}#kept",
                 "--manifest", manifest)  # fmt: skip
    assert exists.exit_code == 2
    assert exists.stderr == (
        f"minshare: error: postgresql://127.0.0.1:{pg.port}/agency#kept: the table exists; "
        "pass --replace to replace it\n"
    )


def test_the_server_stopping_mid_write_leaves_no_table_and_no_manifest(
    pg: Cluster, keys: Keys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dbtables, "BATCH_ROWS", 500)  # a COPY per 500 rows
    ingest = dbtables.DatabaseWriter._ingest
    calls = []

    def stop_midway(self: dbtables.DatabaseWriter, data: pa.Table, mode: str) -> None:
        calls.append(mode)
        if len(calls) == 4:  # the table made, 1,000 rows in: the server stops
            pg.stop("immediate")
        ingest(self, data, mode)

    monkeypatch.setattr(dbtables.DatabaseWriter, "_ingest", stop_midway)
    manifest = tmp_path / "m.json"
    try:
        with pytest.raises(OutputError) as failed:  # exit 74: the output could not be written
            minshare.apply(
                SAMPLES / "clients.csv", policy=POLICIES / "clients.yaml", purpose="research",
                output=f"{pg.uri()}#stopped", manifest=manifest, keys=keys.sender,
            )  # fmt: skip
    finally:
        pg.start()
    assert calls == ["create", "append", "append", "append"]
    assert str(failed.value) == (
        f"postgresql://127.0.0.1:{pg.port}/agency#stopped: lost the connection to the "
        "database server"
    )
    assert not table_exists(pg, "stopped")
    assert listing(tmp_path) == []


def test_the_server_stopping_mid_read_leaves_nothing(
    pg: Cluster, keys: Keys, tmp_path: Path
) -> None:
    # more than the driver fetches at once (16 MB), so the read is still going when it stops
    pg.psql(
        "CREATE TABLE wide AS SELECT 'C' || g AS \"ID\", '1980-01-01' AS \"BIRTH_DT\", "
        "repeat('n', 200) AS \"NOTE\" FROM generate_series(1, 200000) g"
    )
    stopped = []

    def stop_once(progress: Progress) -> None:
        if not stopped:
            stopped.append(progress.rows)
            pg.stop("immediate")

    try:
        with pytest.raises(DataError) as failed:
            minshare.apply(
                f"{pg.uri()}#wide", policy=_dates_policy(tmp_path), purpose="research",
                output=tmp_path / "out.parquet", keys=keys.sender, progress=stop_once,
            )  # fmt: skip
    finally:
        pg.start()
    assert stopped
    assert str(failed.value) == (
        f"postgresql://127.0.0.1:{pg.port}/agency#wide: lost the connection to the database server"
    )
    assert listing(tmp_path) == ["policy.yaml"]


# -- errors and credentials ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "problem"),
    [
        ("refused", "cannot connect: connection refused (is the server running there?)"),
        ("password", "authentication failed (check the user and password: in the URI, "
                     "PGPASSWORD, ~/.pgpass or the PGSERVICE entry)"),
        ("database", "no such database"),
        ("table", "no such table (SQLSTATE 42P01)"),
        ("syntax", "the query is not valid SQL (a syntax error) (SQLSTATE 42601)"),
        ("value", "the database could not convert or store a value (SQLSTATE 22P02)"),
        ("permission", "permission denied (SQLSTATE 42501)"),
    ],
)  # fmt: skip
def test_database_failures_are_one_line_without_credentials_or_values(
    pg: Cluster, cli: Cli, case: str, problem: str
) -> None:
    where = f"postgresql://127.0.0.1:{pg.port}/agency"
    nobody = free_port()  # nothing listens there
    args: list[str] = {
        "refused": [pg.uri().replace(str(pg.port), str(nobody)), "--table", "clients"],
        "password": [pg.uri().replace(pg.password, "wrong-secret"), "--table", "clients"],
        "database": [pg.uri("nosuchdb"), "--table", "clients"],
        "table": [pg.uri(), "--table", "nosuch"],
        "syntax": [pg.uri(), "--query", "SELEC * FROM clients WHERE x = 'a-cell-value'"],
        "value": [pg.uri(), "--query", "SELECT 'a-cell-value'::integer AS x"],
        "permission": [pg.uri(user="outsider").replace(pg.password, OUTSIDER_PASSWORD),
                       "--table", "secret"],
    }[case]  # fmt: skip
    result = cli("risk", *args, "-q", "x")
    assert result.exit_code == 4
    label = {
        "refused": where.replace(str(pg.port), str(nobody)),
        "database": where.replace("agency", "nosuchdb"),
    }.get(case, where)
    suffix = " (query)" if "--query" in args else f"#{args[-1]}"
    assert result.stderr == f"minshare: error: {label}{suffix}: {problem}\n"
    for secret in (pg.password, "wrong-secret", OUTSIDER_PASSWORD, "a-cell-value", "SELEC"):
        assert secret not in result.stderr


def test_a_destination_the_user_may_not_write_is_refused_before_any_work(
    pg: Cluster, cli: Cli, keys: Keys, tmp_path: Path
) -> None:
    outsider = pg.uri(user="outsider").replace(pg.password, OUTSIDER_PASSWORD)
    policy = apply_args(keys, POLICIES / "clients.yaml", "research")
    result = cli("apply", SAMPLES / "clients.csv", *policy, "-o", f"{outsider}#public.mine",
                 "--manifest", tmp_path / "m.json")  # fmt: skip
    assert result.exit_code == 4
    assert result.stderr == (
        f"minshare: error: postgresql://127.0.0.1:{pg.port}/agency#public.mine: permission "
        "denied: the user may not create tables in schema public\n"
    )
    assert OUTSIDER_PASSWORD not in result.stderr
    assert listing(tmp_path) == []


def test_credentials_come_from_where_libpq_looks(
    pg: Cluster, cli: Cli, keys: Keys, tmp_path: Path
) -> None:
    bare = f"postgresql://127.0.0.1:{pg.port}/agency#clients"
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{pg.port}:agency:postgres:{pg.password}\n")
    pgpass.chmod(0o600)
    services = tmp_path / "services"
    services.write_text(
        f"[agency]\nhost=127.0.0.1\nport={pg.port}\ndbname=agency\nuser=postgres\n"
        f"password={pg.password}\n"
    )
    for uri, env in [
        (bare, {"PGUSER": "postgres", "PGPASSWORD": pg.password}),
        (bare, {"PGUSER": "postgres", "PGPASSFILE": str(pgpass)}),
        ("postgresql://#clients", {"PGSERVICEFILE": str(services), "PGSERVICE": "agency"}),
    ]:
        result = cli("risk", uri, "-q", "SEX_CD", env=env)
        assert result.exit_code == 0, (env, result.stderr)
    # a password in the URI's parameters is left out of the manifest too
    uri = f"postgresql://127.0.0.1:{pg.port}/agency?user=postgres&password={pg.password}"
    released = cli("apply", uri, "--table", "clients", *apply_args(keys, POLICIES /
                   "clients.yaml", "research"), "-o", tmp_path / "out.csv")  # fmt: skip
    assert released.exit_code == 0, released.stderr
    text = (tmp_path / "out.csv.manifest.json").read_text()
    assert pg.password not in text and "password" not in text
    assert (
        statement_of(tmp_path / "out.csv.manifest.json")["predicate"]["input"]["database"]["uri"]
        == f"postgresql://127.0.0.1:{pg.port}/agency"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["apply", "{csv}", "--table", "clients", "-o", "{tmp}/o.csv"],
         "--table and --query are for database input (postgresql://... or sqlite:...)"),
        (["apply", "{uri}", "--table", "clients", "--query", "SELECT 1", "-o", "{tmp}/o.csv"],
         "postgresql://127.0.0.1:{port}/agency: both a table and a query; a database input "
         "needs one of --table NAME, --query SQL or URI#TABLE"),
        (["apply", "{uri}", "-o", "{tmp}/o.csv"],
         "postgresql://127.0.0.1:{port}/agency: no table; a database input needs one of "
         "--table NAME, --query SQL or URI#TABLE"),
        (["apply", "{csv}", "-o", "{uri}#x"],
         "writing to a database needs --manifest FILE for the manifest"),
        (["apply", "{csv}", "-o", "{uri}", "--manifest", "{tmp}/m.json"],
         "postgresql://127.0.0.1:{port}/agency: name the table to write after a #: "
         "postgresql://127.0.0.1:{port}/agency#SCHEMA.TABLE"),
        (["apply", "{uri}#clients", "-o", "{uri}#clients", "--manifest", "{tmp}/m.json",
          "--replace"],
         "postgresql://127.0.0.1:{port}/agency#clients: the output would overwrite the input"),
        (["apply", "{uri}#clients", "--input-format", "csv", "-o", "{tmp}/o.csv"],
         "--input-format is for files; a database URI says what it is"),
        (["apply", "{csv}", "-o", "{uri}#x", "--output-format", "csv", "--manifest",
          "{tmp}/m.json"],
         "--output-format is for files; a database URI says what it is"),
        (["apply", "{csv}", "-o", "{uri}#\"unclosed", "--manifest", "{tmp}/m.json"],
         "table name '\"unclosed': a double quote is not closed"),
    ],
)  # fmt: skip
def test_database_usage_errors(
    pg: Cluster, cli: Cli, keys: Keys, tmp_path: Path, args: list[str], message: str
) -> None:
    fill = {"csv": str(SAMPLES / "clients.csv"), "tmp": str(tmp_path), "uri": pg.uri()}
    argv = [a.format(**fill) for a in args]
    result = cli(*argv, *apply_args(keys, POLICIES / "clients.yaml", "research"))
    assert result.exit_code == 2, result.stderr
    assert result.stderr == f"minshare: error: {message.format(port=pg.port)}\n"
    assert listing(tmp_path) == []


def test_scan_check_and_a_draft_policy_from_a_table(pg: Cluster, cli: Cli, tmp_path: Path) -> None:
    scanned = cli("scan", pg.uri(), "--table", "clients", "--json",
                  "--draft-policy", tmp_path / "draft.yaml", "--purpose", "research")  # fmt: skip
    assert scanned.exit_code == 0, scanned.stderr
    document = json.loads(scanned.stdout)
    assert document["dataset"]["path"] == f"postgresql://127.0.0.1:{pg.port}/agency#clients"
    assert document["dataset"]["format"] == "postgresql"
    categories = {c["name"]: c["category"] for c in document["columns"]}
    assert categories["CRN"] == "direct_identifier" and categories["TFN"] == "direct_identifier"
    checked = cli("check", f"{pg.uri()}#clients", "--policy", tmp_path / "draft.yaml",
                  "--purpose", "research")  # fmt: skip
    assert checked.exit_code == 0, checked.stdout
    refused = cli("check", pg.uri(), "--table", "clients", "--policy", POLICIES / "episodes.yaml",
                  "--purpose", "research")  # fmt: skip
    assert refused.exit_code == 1
    assert pg.password not in scanned.stdout + checked.stdout + refused.stdout


# -- names, URIs and the digest --------------------------------------------------------------------


def test_uris_lose_their_credentials() -> None:
    given = "postgresql://bob:pw@db.example:5432/agency?sslmode=require&password=pw&user=bob"
    assert redact_uri(given) == "postgresql://db.example:5432/agency?sslmode=require"
    assert redact_uri("postgres://bob@h1:1,h2:2/agency") == "postgres://h1:1,h2:2/agency"
    assert redact_uri("postgresql:///agency?host=/var/run/postgresql") == (
        "postgresql:///agency?host=/var/run/postgresql"
    )
    assert redact_uri("postgresql://b%40b:p%40ss@host/db") == "postgresql://host/db"


def test_table_names_read_as_sql_reads_them() -> None:
    assert parse_table_name("Clients", "postgresql").sql() == '"clients"'
    assert parse_table_name("Shared.Clients", "postgresql").sql() == '"shared"."clients"'
    assert parse_table_name('"Client List"', "postgresql").sql() == '"Client List"'
    assert parse_table_name('a."b.c"', "postgresql").sql() == '"a"."b.c"'
    assert parse_table_name("Clients", "sqlite").sql() == '"Clients"'


def test_the_table_digest_does_not_depend_on_batches_or_layout() -> None:
    values = [None if i % 7 == 0 else f"v{i}" * (i % 5) for i in range(5000)]
    table = pa.table({"s": values, "n": [None if i % 3 == 0 else i for i in range(5000)]})
    names = table.column_names
    whole = table_digest(table.to_batches(), names)
    assert table_digest(table.to_batches(max_chunksize=333), names) == whole
    assert table_digest(table.slice(17).to_batches(), names) != whole
    wide = table.cast(pa.schema([("s", pa.large_string()), ("n", pa.int64())]))
    assert table_digest(wide.to_batches(max_chunksize=1000), names) == whole
    # a null and an empty string differ, and so does the order of rows
    assert table_digest([pa.record_batch({"s": [None]})], ["s"]) != table_digest(
        [pa.record_batch({"s": [""]})], ["s"]
    )
    reversed_ = table.take(pa.array(range(4999, -1, -1)))
    assert table_digest(reversed_.to_batches(), names) != whole


def test_the_digest_recipe_in_the_docs_is_the_digest() -> None:
    text = (REPO / "docs" / "databases.md").read_text()
    recipe = text.split("```python\n")[1].split("```")[0]
    table = pa.table({"CRN": ["a", None, ""], "YEAR": [1980, None, 2001]})
    scope: dict[str, object] = {}
    exec(recipe, scope)  # the docs' own code: defines digest(table)
    digest = TableDigest(table.column_names)
    digest.add(table.to_batches()[0])
    assert scope["digest"](table) == digest.hexdigest()  # type: ignore[operator]
