"""``bench/run``: time and memory of ``minshare apply`` and ``scan`` against bare pyarrow,
and against presidio-structured doing the same job.

Progress goes to stderr; the table (or, with ``--json``, one JSON document) to stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from agency_data import POLICY

from perfbench.processes import (
    Commands,
    Finished,
    ProcessFailed,
    interpreter,
    make_extract,
    measure,
    own_peak_mb,
    versions,
)
from perfbench.report import (
    KIND,
    KINDS,
    Measurement,
    PeerResult,
    PeerRun,
    Report,
    Run,
    next_peer_rows,
    one_two_five,
    render_text,
    report_json,
)

DEFAULT_ROWS = (1_000_000, 2_000_000, 5_000_000)
DEFAULT_REPEAT = 3
PEER_START = 10_000
PEER_BUDGET = 180.0  # seconds one presidio-structured run may be predicted to take
PEER_NOT_INSTALLED = 3  # peer_presidio.py's exit status


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def positive_ints(text: str) -> list[int]:
    try:
        values = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of whole numbers: {text!r}") from None
    if not values or any(value <= 0 for value in values):
        raise argparse.ArgumentTypeError("give one or more positive row counts")
    return values


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bench/run",
        description=(
            "Time and peak memory of 'minshare apply' (CSV -> Parquet) and 'minshare scan "
            "--json' on synthetic agency extracts, against bare pyarrow measured in the same "
            "run, and presidio-structured doing the same job. See bench/README.md."
        ),
    )
    parser.add_argument(
        "--rows",
        type=positive_ints,
        help="extract sizes, comma-separated (default 1000000,2000000,5000000)",
    )
    parser.add_argument(
        "--repeat", type=int, help=f"alternating runs per size (default {DEFAULT_REPEAT})"
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="1,000,000 rows, 1 run, presidio-structured on 10,000 rows only",
    )
    parser.add_argument(
        "--peer-budget",
        type=float,
        default=PEER_BUDGET,
        metavar="SECONDS",
        help="try the next presidio-structured size only if predicted within this "
        f"(default {PEER_BUDGET:.0f})",
    )
    parser.add_argument(
        "--no-peer", action="store_true", help="skip presidio-structured altogether"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document instead")
    args = parser.parse_args(argv)
    if args.rows is None:
        args.rows = [1_000_000] if args.quick else list(DEFAULT_ROWS)
    if args.repeat is None:
        args.repeat = 1 if args.quick else DEFAULT_REPEAT
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    args.rows = sorted(set(args.rows))
    return args


def checked(what: str, done: Finished) -> Finished:
    if done.status != 0:
        raise ProcessFailed(what, done.status, done.stderr)
    return done


def measure_sizes(commands: Commands, extracts: dict[int, Path], repeat: int) -> list[Measurement]:
    """Every kind at every size; the kinds alternate within each repeat."""
    measurements = []
    for rows, data in extracts.items():
        runs: dict[str, list[Run]] = {kind.key: [] for kind in KINDS}
        for attempt in range(1, repeat + 1):
            for kind in KINDS:
                commands.clear_outputs()
                done = checked(
                    f"{kind.label} on {rows:,} rows", measure(commands.of(kind.key, data))
                )
                runs[kind.key].append(
                    Run(
                        seconds=done.seconds,
                        peak_mb=done.peak_mb,
                        user_seconds=done.user_seconds,
                        system_seconds=done.system_seconds,
                        largest_process_mb=done.largest_process_mb,
                        rss_sum_mb=done.rss_sum_mb,
                        process_peaks_mb=done.process_peaks_mb,
                    )
                )
                progress(
                    f"  {rows:>11,} rows  run {attempt}/{repeat}  {kind.label:30} "
                    f"{done.seconds:7.2f} s {done.peak_mb:7.0f} MB  "
                    f"(user {done.user_seconds:.1f} s, sys {done.system_seconds:.1f} s)"
                )
        measurements.extend(
            Measurement(KIND[key], rows, tuple(found)) for key, found in runs.items()
        )
    commands.clear_outputs()
    return measurements


def measure_peer(
    commands: Commands, data: Path, limit: int, ladder: list[int], budget: float
) -> PeerResult:
    """presidio-structured on growing prefixes of ``data`` until the next would take too long."""
    result = PeerResult()
    steps = [rows for rows in ladder if rows <= limit]
    while (rows := next_peer_rows(steps, result.runs, budget)) is not None:
        progress(f"  presidio-structured on {rows:,} rows ...")
        # a runaway run is stopped well past what the last one predicted
        done = measure(commands.peer(data, rows), timeout=max(2 * budget, 60.0))
        commands.clear_outputs()
        if done.timed_out:
            result.note = f"{rows:,} rows: stopped after {done.seconds:.0f} s."
            return result
        if done.status == PEER_NOT_INSTALLED:
            result.note = f"not run: {done.stderr.strip()}; pip install -e '.[bench]'."
            return result
        if done.status != 0:
            result.note = f"{rows:,} rows: {ProcessFailed('failed', done.status, done.stderr)}"
            return result
        found = json.loads(done.stdout)
        run = PeerRun(rows, done.seconds, done.peak_mb, dict(found["seconds"]))
        result.runs.append(run)
        result.analysis_mapping = dict(found["analysis_mapping"])
        result.anonymised_columns = dict(found["anonymised_columns"])
        progress(f"  presidio-structured on {rows:,} rows: {done.seconds:.1f} s")
    bigger = [rows for rows in steps if result.runs and rows > result.runs[-1].rows]
    if bigger and result.runs:
        predicted = result.runs[-1].extrapolate(bigger[0])
        result.note = (
            f"Next, {bigger[0]:,} rows, predicted {predicted:,.0f} s > {budget:.0f} s budget."
        )
    return result


def run(args: argparse.Namespace) -> Report:
    python = interpreter()
    extracts = {}
    for rows in args.rows:
        progress(f"extract: {rows:,} rows (made once, cached in bench/out/)")
        extracts[rows] = make_extract(python, rows)
    load_before = os.getloadavg()[0]
    work = Path(tempfile.mkdtemp(prefix="minshare-bench-"))
    try:
        commands = Commands.prepare(python, work, POLICY)
        measurements = measure_sizes(commands, extracts, args.repeat)
        peer = None
        if not args.no_peer:
            smallest = min(extracts)
            ladder = [PEER_START] if args.quick else one_two_five(PEER_START, smallest)
            peer = measure_peer(commands, extracts[smallest], smallest, ladder, args.peer_budget)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    environment: dict[str, Any] = {
        **versions(python),
        "cores": os.cpu_count(),
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "runner_peak_mb": own_peak_mb(),
    }
    inputs = {rows: (path.name, path.stat().st_size / 1e6) for rows, path in extracts.items()}
    return Report(measurements, args.repeat, inputs, environment, peer)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        report = run(args)
    except (ProcessFailed, FileNotFoundError) as exc:
        print(f"bench/run: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(report_json(report), indent=2))
    else:
        print(render_text(report))
    return 0
