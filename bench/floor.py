#!/usr/bin/env python3
"""The floor under ``minshare apply``: the per-value work of the benchmark policy's two
cryptographic actions alone, against the pyarrow copy ``apply`` is measured against.

    .venv/bin/python bench/floor.py                     # 1M rows, median of 3
    .venv/bin/python bench/floor.py --rows 5000000 --repeat 1

``bench/run`` holds ``apply`` to 1.5 times a bare pyarrow copy (``read_csv`` then
``write_table``) of the same extract. This script measures, in one process and in turn,
``--repeat`` times:

* the copy itself;
* pseudonymising CLIENT_ID with minshare's own transform (HMAC-SHA-256 once per distinct
  value, remembered across batches), batch by batch as ``apply`` streams them;
* encrypting EMAIL with minshare's own transform: AES-GCM under a fresh nonce for every
  cell, so that equal addresses give different ciphertexts (the randomised mode the policy
  asks for; DESIGN.md), each cell then written in base64.

Both transforms hold the interpreter lock for every value, so they run on one core
whatever the threads around them, and nothing else ``apply`` must do (parse, write, hash
the input, sample for the guard) is counted. Pseudonymising includes what surrounds the
HMAC per value (normalising the text, finding the distinct values of each batch, looking
them up, building the output); encrypting is one AES-GCM call and one base64 encoding per
cell. When this floor alone exceeds the budget, the 1.5x target cannot be met by this
design on this machine: the figure says by how much. The columns are read before any
timing; nothing printed quotes a cell.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from perfbench.processes import interpreter, make_extract  # noqa: E402

if TYPE_CHECKING:
    import pyarrow as pa

BATCH_ROWS = 1 << 16
TARGET = 1.5


def _copy_seconds(data: Path, out: Path) -> float:
    import pyarrow.csv as pa_csv
    import pyarrow.parquet as pq

    start = time.perf_counter()
    pq.write_table(pa_csv.read_csv(data), out)
    return time.perf_counter() - start


def _transform_seconds(transform: Callable[[pa.Array], pa.Array], column: pa.ChunkedArray) -> float:
    """The time of ``transform`` over ``column`` in batches of ``apply``'s size."""
    whole = column.combine_chunks()
    batches = [whole.slice(i, BATCH_ROWS) for i in range(0, len(whole), BATCH_ROWS)]
    start = time.perf_counter()
    for batch in batches:
        transform(batch)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    import pyarrow.csv as pa_csv

    from minshare.transforms.encrypt import EncryptColumn, column_key
    from minshare.transforms.pseudonymise import PseudonymiseColumn

    data = make_extract(interpreter(), args.rows)
    print(f"reading {data.name} ...", file=sys.stderr)
    read = pa_csv.ConvertOptions(include_columns=["CLIENT_ID", "EMAIL"])
    table = pa_csv.read_csv(data, convert_options=read)
    ids, emails = table.column("CLIENT_ID"), table.column("EMAIL")
    copies, tokens, sealed = [], [], []
    with tempfile.TemporaryDirectory() as work:
        for run in range(1, args.repeat + 1):
            print(f"  run {run} of {args.repeat}", file=sys.stderr)
            copies.append(_copy_seconds(data, Path(work) / "copy.parquet"))
            # a new transform each run: its memory of tokens starts empty, as in a new apply
            pseudonymise = PseudonymiseColumn(key=os.urandom(32))
            tokens.append(_transform_seconds(pseudonymise, ids))
            encrypt = EncryptColumn(column_key(os.urandom(32), "EMAIL", False), "EMAIL")
            sealed.append(_transform_seconds(encrypt, emails))
    copy, token, seal = (statistics.median(x) for x in (copies, tokens, sealed))
    budget = TARGET * copy
    floor = token + seal
    distinct = ids.unique()
    rows = [
        ("pyarrow read_csv + write_table (the reference)", copy),
        (f"pseudonymise CLIENT_ID ({len(distinct):,} distinct values)", token),
        ("encrypt EMAIL (AES-GCM, a nonce per cell)", seal),
        ("the two together", floor),
    ]
    print(f"bench/floor.py: {args.rows:,} rows ({data.name}), median of {args.repeat}")
    for what, seconds in rows:
        print(f"  {what:<52} {seconds:6.2f} s  {seconds / copy:5.2f}x the copy")
    print(f"  {'the budget of apply at ' + str(TARGET) + 'x':<52} {budget:6.2f} s")
    verdict = "exceeds" if floor > budget else "fits within"
    print(f"  the per-value work alone {verdict} the budget, before any reading or writing")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
