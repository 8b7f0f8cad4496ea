#!/usr/bin/env python3
"""Time and peak memory of ``minshare risk`` with three quasi-identifiers, against pyarrow.

    .venv/bin/python bench/risk.py                      # 1M and 5M rows, median of 3
    .venv/bin/python bench/risk.py --rows 1000000 --repeat 1
    .venv/bin/python bench/risk.py --json

The data is the synthetic extract of ``bench/agency_data.py`` (cached in ``bench/out/``).
Each size measures, in turn and ``--repeat`` times:

* ``minshare risk DATA -q BIRTH_DT,PCODE,PROGRAM_CD --json``: k-anonymity, class sizes,
  uniques and prosecutor risk, streaming the CSV;
* the same with ``-s AMOUNT``: l-diversity of AMOUNT too, which counts (class, value)
  pairs as well as classes;
* the reference: pyarrow reads the whole CSV and counts the classes with its hash
  aggregation (``Table.group_by(...).aggregate([...count...])``): the same classes, the
  least a tool could do, holding the whole table in memory as most tools do.

Every run is a fresh process measured as ``bench/run`` measures (``perfbench.processes``:
wall time from start to exit, imports included; the peak memory of the process tree).
In the raw extract nearly every record is unique on full date of birth, postcode and
program (4.75 million classes in 5 million rows): the worst case, since minshare's memory
grows with the number of classes, not rows. minshare and pyarrow must agree on the number
of classes and the smallest class: the script checks that and says so.
Nothing printed quotes a cell.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from perfbench.processes import (  # noqa: E402
    Finished,
    ProcessFailed,
    interpreter,
    make_extract,
    measure,
    minshare_command,
)

QUASI = ("BIRTH_DT", "PCODE", "PROGRAM_CD")
SENSITIVE = "AMOUNT"

# the reference: every column as text, as minshare reads a CSV, then one hash aggregation
PYARROW_CLASSES = """\
import json, sys
try:
    import pyarrow as pa, pyarrow.csv
    quasi = sys.argv[2].split(",")
    with open(sys.argv[1], "rb") as handle:
        header = handle.readline().decode("utf-8").rstrip("\\r\\n").split(",")
    table = pyarrow.csv.read_csv(
        sys.argv[1],
        convert_options=pyarrow.csv.ConvertOptions(
            column_types={name: pa.string() for name in header},
            strings_can_be_null=False, quoted_strings_can_be_null=False,
        ),
    )
    counts = table.group_by(quasi).aggregate([([], "count_all")])["count_all"]
    print(json.dumps({"classes": len(counts), "k": pa.compute.min(counts).as_py()}))
except Exception as exc:  # a message could quote a cell: the type only
    sys.exit(f"pyarrow group_by failed: {type(exc).__name__}")
"""


LINES = (
    ("minshare risk", "minshare_risk"),
    (f"minshare risk -s {SENSITIVE}", "minshare_risk_sensitive"),
    ("pyarrow read + group_by", "pyarrow_group_by"),
)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--rows",
        default="1000000,5000000",
        help="comma-separated row counts (default 1000000,5000000)",
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs of each (median)")
    parser.add_argument("--json", action="store_true", help="one JSON document on stdout")
    return parser.parse_args()


def checked(what: str, done: Finished) -> Finished:
    if done.status != 0:
        raise ProcessFailed(what, done.status, done.stderr)
    return done


def summary(runs: list[Finished]) -> dict[str, float]:
    return {
        "wall_seconds": statistics.median(r.seconds for r in runs),
        "peak_mb": max(r.peak_mb for r in runs),
        "user_seconds": statistics.median(r.user_seconds for r in runs),
    }


def main() -> int:
    args = parse_args()
    try:
        sizes = [int(part.replace("_", "")) for part in args.rows.split(",") if part]
    except ValueError:
        print(f"bench/risk.py: --rows: not a list of numbers: {args.rows!r}", file=sys.stderr)
        return 2
    python = interpreter()
    minshare = minshare_command(python)
    load_before = os.getloadavg()[0]
    results = []
    for rows in sizes:
        print(f"making the {rows:,}-row extract (cached in bench/out/)", file=sys.stderr)
        data = make_extract(python, rows)
        risk_cmd = [minshare, "risk", str(data), "-q", ",".join(QUASI), "--json", "--quiet"]
        commands = {
            "minshare_risk": risk_cmd,
            "minshare_risk_sensitive": [*risk_cmd, "-s", SENSITIVE],
            "pyarrow_group_by": [str(python), "-c", PYARROW_CLASSES, str(data), ",".join(QUASI)],
        }
        runs: dict[str, list[Finished]] = {key: [] for key in commands}
        for run in range(1, args.repeat + 1):
            for key, command in commands.items():
                runs[key].append(checked(key, measure(command)))
            print(
                f"{rows:,} rows, run {run}: "
                + "; ".join(
                    f"{key} {found[-1].seconds:.1f} s {found[-1].peak_mb:,.0f} MB"
                    for key, found in runs.items()
                ),
                file=sys.stderr,
            )
        reports = [
            json.loads(runs[key][-1].stdout) for key in commands if key != "pyarrow_group_by"
        ]
        reference = json.loads(runs["pyarrow_group_by"][-1].stdout.strip().splitlines()[-1])
        results.append(
            {
                "rows": rows,
                **{key: summary(found) for key, found in runs.items()},
                "k_anonymity": reports[0]["k_anonymity"],
                "classes": reports[0]["classes"],
                "agrees_with_pyarrow": all(
                    r["k_anonymity"] == reference["k"] and r["classes"] == reference["classes"]
                    for r in reports
                ),
            }
        )
    document = {
        "version": 1,
        "quasi_identifiers": list(QUASI),
        "sensitive": [SENSITIVE],
        "runs": args.repeat,
        "load_average": {"start": load_before, "end": os.getloadavg()[0]},
        "sizes": results,
    }
    print(json.dumps(document, indent=2) if args.json else render(document))
    return 0


def render(document: dict[str, object]) -> str:
    load = document["load_average"]
    assert isinstance(load, dict)
    lines = [
        f"minshare risk -q {','.join(QUASI)}; median of {document['runs']} "
        f"runs; load average {load['start']:.2f} at the start, {load['end']:.2f} at the end",
        f"{'rows':>10} {'line':<28} {'wall s':>8} {'rows/s':>11} {'peak MB':>8}  classes, k",
    ]
    sizes = document["sizes"]
    assert isinstance(sizes, list)
    for size in sizes:
        rows = size["rows"]
        for name, key in LINES:
            figures = size[key]
            lines.append(
                f"{rows:>10,} {name:<28} {figures['wall_seconds']:>8.2f} "
                f"{rows / figures['wall_seconds']:>11,.0f} {figures['peak_mb']:>8,.0f}"
                + (
                    f"  {size['classes']:,}, k={size['k_anonymity']}"
                    if key == "minshare_risk"
                    else ""
                )
            )
        ratio = size["minshare_risk"]["wall_seconds"] / size["pyarrow_group_by"]["wall_seconds"]
        agree = "agree" if size["agrees_with_pyarrow"] else "DISAGREE"
        lines.append(f"{'':>10} time ratio {ratio:.2f}x; classes and k {agree} with pyarrow")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
