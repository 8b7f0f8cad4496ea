#!/usr/bin/env python3
"""Time and memory of ``minshare apply`` on a synthetic CSV, against a bare pyarrow copy.

    .venv/bin/python bench/apply.py                  # 1,000,000 rows
    .venv/bin/python bench/apply.py --rows 5000000   # and any other size

Each run is a fresh process, so peak memory (max RSS) is the command's own. The
reference is ``pyarrow.csv.read_csv`` + ``pyarrow.parquet.write_table`` of the same
file in its own process. Reports the median of ``--repeat`` alternating runs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from agency_data import POLICY

BIN = Path(sys.executable).parent

PYARROW_COPY = """
import sys, pyarrow.csv as c, pyarrow.parquet as pq
pq.write_table(c.read_csv(sys.argv[1]), sys.argv[2])
"""


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident MB of one command."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        assert proc.stderr is not None
        sys.exit(f"failed: {' '.join(cmd)}\n{proc.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024  # ru_maxrss is KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--output", default="parquet", choices=["parquet", "csv"])
    args = parser.parse_args()

    # made in another process: a fork inherits this one's peak memory, so keep it small
    made = subprocess.run(
        [sys.executable, Path(__file__).with_name("agency_data.py"), str(args.rows)],
        check=True,
        capture_output=True,
        text=True,
    )
    data = Path(made.stdout.strip())
    work = Path(tempfile.mkdtemp(prefix="minshare-bench-"))
    try:
        subprocess.run(
            [BIN / "minshare", "keys", "init", work / "keys"], check=True, capture_output=True
        )
        subprocess.run(
            [BIN / "minshare", "keys", "recipient", work / "recipient"],
            check=True,
            capture_output=True,
        )
        (work / "policy.yaml").write_text(POLICY)
        out = work / f"out.{args.output}"
        apply_cmd = [
            str(BIN / "minshare"),
            "apply",
            str(data),
            "--policy",
            str(work / "policy.yaml"),
            "--purpose",
            "bench",
            "-o",
            str(out),
            "--keys",
            str(work / "keys"),
        ]
        copy_cmd = [sys.executable, "-c", PYARROW_COPY, str(data), str(work / "copy.parquet")]
        minshare_runs, copy_runs = [], []
        for _ in range(args.repeat):
            copy_runs.append(timed(copy_cmd))
            out.unlink(missing_ok=True)
            minshare_runs.append(timed(apply_cmd))
        size_mb = data.stat().st_size / 1e6
        ms_time = statistics.median(t for t, _ in minshare_runs)
        ref_time = statistics.median(t for t, _ in copy_runs)
        print(f"input: {data.name}, {args.rows:,} rows, {size_mb:,.0f} MB, {os.cpu_count()} cores")
        print(f"{'':28}{'wall s':>8}{'ratio':>8}{'peak MB':>10}{'rows/s':>12}")
        for label, seconds, runs in (
            ("pyarrow read_csv+parquet", ref_time, copy_runs),
            (f"minshare apply -> {args.output}", ms_time, minshare_runs),
        ):
            peak = max(m for _, m in runs)
            print(
                f"{label:28}{seconds:8.2f}{seconds / ref_time:8.2f}{peak:10.0f}"
                f"{args.rows / seconds:12,.0f}"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
