#!/usr/bin/env python3
"""Rows per second through minshare.spark on a local Spark against the CLI, on the same extract.

    .venv/bin/python bench/spark.py                 # 1M rows, median of 3; one table on stdout
    .venv/bin/python bench/spark.py --rows 200000 --repeat 1 --master 'local[2]'
    .venv/bin/python bench/spark.py --json

Both sides release the synthetic extract of ``bench/agency_data.py`` under its POLICY:

* ``minshare apply DATA --policy ... -o release.parquet --keys ...`` (the CLI, which starts
  worker processes on inputs this size on 3 cores or more; on 2, it runs in one process);
* a Python process that starts a SparkSession (``--master``, default ``local[2]``), reads
  the CSV with Spark (every column as text, as the CLI reads it) and calls
  ``minshare.spark.release(...)``: the guard's sampling job, the ``mapInArrow`` pass that
  writes the Parquet parts, and the manifest.

Each is a fresh process, measured as ``bench/run`` measures (``perfbench.processes``:
wall time from start to exit, peak memory of the whole process tree, the JVM included).
The Spark line's wall time includes starting the JVM and the session; the line under it
is the ``release()`` call alone, as a long-running Spark application would see it. The
last Spark release is then checked with ``minshare verify --no-rescan``. Needs the spark
extra (``pip install -e '.[spark]'``) and Java 17 or newer. Nothing printed quotes a cell.
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
sys.path.insert(0, str(BENCH))

from agency_data import POLICY  # noqa: E402
from perfbench.processes import (  # noqa: E402
    Commands,
    Finished,
    ProcessFailed,
    interpreter,
    make_extract,
    measure,
)

SPARK_RELEASE = "spark-release"


def spark_child(data: str, work: str, master: str) -> None:
    """In the measured child: start Spark, release the extract, print the timings as JSON."""
    import warnings

    warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas")
    started = time.perf_counter()
    from pyspark.sql import SparkSession

    from minshare.spark import release

    # the executors import minshare: this Python, not the first python3 on PATH
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

    spark = (
        SparkSession.builder.master(master)
        .appName("minshare-bench")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.memory", "2g")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    session_ready = time.perf_counter()
    frame = spark.read.option("header", True).csv(data)  # every column as text
    done = release(
        frame,
        policy=Path(work) / "policy.yaml",
        purpose="bench",
        keys=Path(work) / "keys",
        output_dir=Path(work) / SPARK_RELEASE,
    )
    finished = time.perf_counter()
    spark.stop()
    print(
        json.dumps(
            {
                "session_seconds": session_ready - started,
                "release_seconds": finished - session_ready,
                "rows": done.rows,
                "parts": done.parts,
            }
        )
    )


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows of the extract")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each side (median)")
    parser.add_argument("--master", default="local[2]", help="the Spark master")
    parser.add_argument("--json", action="store_true", help="one JSON document on stdout")
    parser.add_argument(
        "--child", nargs=3, metavar=("DATA", "WORK", "MASTER"), help=argparse.SUPPRESS
    )
    return parser.parse_args()


def checked(what: str, done: Finished) -> Finished:
    if done.status != 0:
        raise ProcessFailed(what, done.status, done.stderr)
    return done


def main() -> int:
    args = parse_args()
    if args.child:
        spark_child(*args.child)
        return 0
    python = interpreter()
    print(f"making the {args.rows:,}-row extract (cached in bench/out/)", file=sys.stderr)
    data = make_extract(python, args.rows)
    work = Path(tempfile.mkdtemp(prefix="minshare-spark-bench-"))
    load_before = os.getloadavg()[0]
    try:
        commands = Commands.prepare(python, work, POLICY)
        cli_runs: list[Finished] = []
        spark_runs: list[tuple[Finished, dict[str, float]]] = []
        for run in range(1, args.repeat + 1):
            commands.clear_outputs()
            shutil.rmtree(work / SPARK_RELEASE, ignore_errors=True)
            (work / f"{SPARK_RELEASE}.manifest.json").unlink(missing_ok=True)
            cli = checked("minshare apply", measure(commands.of("apply", data)))
            cli_runs.append(cli)
            print(f"run {run}: minshare apply {cli.seconds:.1f} s", file=sys.stderr)
            child = [str(python), str(Path(__file__).resolve()), "--child"]
            spark = checked("minshare.spark", measure([*child, str(data), str(work), args.master]))
            timings = json.loads(spark.stdout.strip().splitlines()[-1])
            spark_runs.append((spark, timings))
            print(
                f"run {run}: minshare.spark {spark.seconds:.1f} s "
                f"(session {timings['session_seconds']:.1f} s, "
                f"release() {timings['release_seconds']:.1f} s, {timings['parts']} parts)",
                file=sys.stderr,
            )
        verified = subprocess.run(
            [commands.minshare, "verify", str(work / f"{SPARK_RELEASE}.manifest.json"),
             "--no-rescan", "--json"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        report = {
            "version": 1,
            "rows": args.rows,
            "runs": args.repeat,
            "master": args.master,
            "cli": {
                "wall_seconds": statistics.median(r.seconds for r in cli_runs),
                "peak_mb": max(r.peak_mb for r in cli_runs),
            },
            "spark": {
                "wall_seconds": statistics.median(r.seconds for r, _ in spark_runs),
                "release_seconds": statistics.median(t["release_seconds"] for _, t in spark_runs),
                "session_seconds": statistics.median(t["session_seconds"] for _, t in spark_runs),
                "peak_mb": max(r.peak_mb for r, _ in spark_runs),
                "parts": spark_runs[-1][1]["parts"],
            },
            "spark_release_verifies": verified.returncode == 0,
            # other work on the machine slows both sides; the ratio, measured side by side, less
            "load_average": {"start": load_before, "end": os.getloadavg()[0]},
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(render(report))
    return 0


def render(report: dict[str, object]) -> str:
    rows = int(report["rows"])  # type: ignore[call-overload]
    cli, spark = report["cli"], report["spark"]
    assert isinstance(cli, dict) and isinstance(spark, dict)
    load = report["load_average"]
    assert isinstance(load, dict)
    lines = [
        f"{rows:,} rows, median of {report['runs']} runs, Spark master {report['master']}, "
        f"load average {load['start']:.2f} at the start, {load['end']:.2f} at the end",
        f"{'line':<44} {'wall s':>8} {'rows/s':>10} {'peak MB':>8}",
    ]

    def line(name: str, seconds: float, peak: float | None) -> str:
        peak_text = f"{peak:>8,.0f}" if peak is not None else f"{'':>8}"
        return f"{name:<44} {seconds:>8.1f} {rows / seconds:>10,.0f} {peak_text}"

    lines.append(line("minshare apply -> parquet (CLI)", cli["wall_seconds"], cli["peak_mb"]))
    lines.append(
        line("minshare.spark release (process, JVM start)", spark["wall_seconds"], spark["peak_mb"])
    )
    lines.append(line("  of which release() in a running session", spark["release_seconds"], None))
    lines.append(
        f"spark process / CLI: {spark['wall_seconds'] / cli['wall_seconds']:.2f}x; "
        f"release() / CLI: {spark['release_seconds'] / cli['wall_seconds']:.2f}x; "
        f"{spark['parts']} parts; the Spark release "
        + ("verifies" if report["spark_release_verifies"] else "does NOT verify")
    )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
