#!/usr/bin/env python3
"""Benchmark: minshare apply on a million rows read from PostgreSQL, against PostgreSQL's own COPY.

    bench/database.py                    # 1M rows, each measurement once; a table on stdout
    bench/database.py --rows 200000 --repeat 3 --json

Starts a throw-away PostgreSQL cluster (tests/pgcluster.py: needs initdb and pg_ctl, as
`make test` installs them), loads the synthetic extract of bench/agency_data.py (made
once and cached in bench/out/) into a table of text columns with psql's \\copy, and times,
each in a fresh process:

* the reference: `psql -c "COPY extract TO STDOUT (FORMAT csv)" > extract.csv`, the export a
  steward would otherwise make of the raw table;
* `minshare apply postgresql://...#extract` with agency_data.POLICY to a Parquet file;
* the same to a PostgreSQL table (`-o postgresql://...#release`, one transaction);
* the same extract read from the CSV file, for comparison with a file input.

Wall time runs from start to exit (Python start-up and imports included); peak MB is the
measured process's own peak resident memory (`ru_maxrss`; apply's worker processes, which
it starts for inputs of 32 MB or more, are not in it). The figures are printed, nothing is
asserted. Stops the cluster and removes everything it made at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(REPO / "tests"))

from agency_data import OUT, POLICY  # noqa: E402

from pgcluster import Cluster  # noqa: E402

COLUMNS = [
    "CLIENT_ID", "FULL_NM", "EMAIL", "MOBILE", "ADDRESS", "BIRTH_DT", "PCODE", "AMOUNT",
    "PROGRAM_CD", "NOTES",
]  # fmt: skip


def _python() -> str:
    venv = REPO / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def _measure(command: list[str], *, stdout: Path | None = None, env: dict[str, str]) -> dict:  # type: ignore[type-arg]
    """Run a command to its end: wall seconds and peak resident MB (its own, not its children's)."""
    sink = open(stdout, "wb") if stdout is not None else subprocess.DEVNULL  # noqa: SIM115
    try:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.PIPE, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        error = process.stderr.read().decode(errors="replace") if process.stderr else ""
    finally:
        if stdout is not None:
            sink.close()  # type: ignore[union-attr]
    if process.returncode != 0:
        raise SystemExit(f"{command[0]} failed ({process.returncode}): {error.strip()[:300]}")
    return {"wall_s": wall, "peak_mb": usage.ru_maxrss * 1024 / 1e6}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each (median shown)")
    parser.add_argument("--json", action="store_true", help="one JSON document on stdout")
    args = parser.parse_args()

    python = _python()
    # the extract is made by a child, so this process stays free of pyarrow
    extract = OUT / f"extract-{args.rows}.csv"
    if not extract.exists():
        print(f"making {extract.name}...", file=sys.stderr)
        subprocess.run([python, str(BENCH / "agency_data.py"), str(args.rows)], check=True)

    work = Path(tempfile.mkdtemp(prefix="minshare-bench-db-"))
    cluster = Cluster.create()
    try:
        print(f"loading {args.rows:,} rows into PostgreSQL...", file=sys.stderr)
        columns = ", ".join(f'"{c}" text' for c in COLUMNS)
        cluster.psql(f"CREATE TABLE extract ({columns})")
        cluster.psql(f"\\copy extract FROM '{extract}' WITH (FORMAT csv, HEADER true)")
        cluster.psql("VACUUM ANALYZE extract")
        size = int(cluster.psql("SELECT pg_total_relation_size('extract')").strip())
        version = cluster.psql("SHOW server_version").strip()

        minshare = [python, "-m", "minshare"]
        subprocess.run([*minshare, "keys", "init", str(work / "sender")], check=True,
                       capture_output=True)  # fmt: skip
        subprocess.run([*minshare, "keys", "recipient", str(work / "recipient")], check=True,
                       capture_output=True)  # fmt: skip
        (work / "policy.yaml").write_text(POLICY)
        env = {**os.environ, "PGPASSWORD": cluster.password}
        uri = cluster.uri(password=False)
        apply = [*minshare, "apply", "--policy", str(work / "policy.yaml"), "--purpose", "bench",
                 "--keys", str(work / "sender"), "--quiet"]  # fmt: skip
        psql = shutil.which("psql") or str(cluster.bin / "psql")
        kinds = {
            "COPY extract TO STDOUT (FORMAT csv), by psql, to a file": (
                [psql, "-X", "-q", "-h", "127.0.0.1", "-p", str(cluster.port), "-U", "postgres",
                 "-d", "agency", "-c", "COPY extract TO STDOUT (FORMAT csv)"],
                work / "copy.csv",
            ),
            "minshare apply, PostgreSQL table -> Parquet": (
                [*apply, f"{uri}#extract", "-o", str(work / "release.parquet")], None),
            "minshare apply, PostgreSQL table -> PostgreSQL table": (
                [*apply, f"{uri}#extract", "-o", f"{uri}#release", "--replace",
                 "--manifest", str(work / "release.manifest.json")], None),
            "minshare apply, CSV file -> Parquet (the same rows)": (
                [*apply, str(extract), "-o", str(work / "file.parquet")], None),
        }  # fmt: skip
        runs: dict[str, list[dict]] = {name: [] for name in kinds}  # type: ignore[type-arg]
        for round_ in range(args.repeat):
            for name, (command, stdout) in kinds.items():
                print(f"[{round_ + 1}/{args.repeat}] {name}...", file=sys.stderr)
                runs[name].append(_measure(command, stdout=stdout, env=env))
        copy_bytes = (work / "copy.csv").stat().st_size
    finally:
        cluster.destroy()
        shutil.rmtree(work, ignore_errors=True)

    figures = {
        name: {
            "wall_s": round(statistics.median(r["wall_s"] for r in found), 2),
            "peak_mb": round(statistics.median(r["peak_mb"] for r in found), 1),
        }
        for name, found in runs.items()
    }
    reference = next(iter(figures.values()))["wall_s"]
    for found in figures.values():
        found["x_copy"] = round(found["wall_s"] / reference, 1) if reference else None
    if args.json:
        print(json.dumps({"version": 1, "rows": args.rows, "postgresql": version,
                          "table_bytes": size, "cores": os.cpu_count(), "repeat": args.repeat,
                          "figures": figures}, indent=2))  # fmt: skip
        return 0
    print(
        f"bench/database.py: {args.rows:,} rows, 10 columns; PostgreSQL {version}, table "
        f"{size / 1e6:.0f} MB, CSV export {copy_bytes / 1e6:.0f} MB; {os.cpu_count()} cores; "
        f"median of {args.repeat}"
    )
    width = max(len(name) for name in figures)
    print(f"{'':<{width}}  {'wall s':>7}  {'peak MB':>8}  {'x COPY':>6}")
    for name, found in figures.items():
        print(
            f"{name:<{width}}  {found['wall_s']:>7.2f}  {found['peak_mb']:>8.1f}  "
            f"{found['x_copy']:>6.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
