"""Synthetic agency extracts of any size for the benchmarks, and the policy they use.

Values repeat as they do in real extracts (people recur, suburbs and amounts come from
pools), so per-distinct-value work is measured fairly. Files are cached under
``bench/out/`` by row count.
"""

from __future__ import annotations

import random
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"

POLICY = """\
minshare: 1
dataset: Benchmark extract
purposes:
  bench:
    basis: research-and-development
    agreement: DSA-BENCH
    recipient: {name: Bench Recipient, key: recipient/recipient.pub}
    columns:
      CLIENT_ID:  {action: pseudonymise, domain: client}
      FULL_NM:    drop
      EMAIL:      {action: encrypt}
      MOBILE:     {action: mask, show_last: 3}
      ADDRESS:    drop
      BIRTH_DT:   {action: generalise, to: year}
      PCODE:      {action: generalise, prefix: 2}
      AMOUNT:     keep
      PROGRAM_CD: keep
      NOTES:      drop
"""

_GIVEN = [
    "Olivia",
    "Noah",
    "Amelia",
    "Oliver",
    "Isla",
    "Leo",
    "Mia",
    "Jack",
    "Charlotte",
    "William",
    "Ava",
    "Henry",
    "Grace",
    "Lucas",
]
_FAMILY = [
    "Smith",
    "Jones",
    "Williams",
    "Brown",
    "Wilson",
    "Taylor",
    "Nguyen",
    "Johnson",
    "Martin",
    "White",
    "Anderson",
    "Singh",
]
_STREETS = [
    "King",
    "George",
    "Queen",
    "Elizabeth",
    "Victoria",
    "Church",
    "High",
    "Station",
    "Park",
    "Bridge",
    "Mill",
]
_TYPES = ["St", "Rd", "Ave", "Dr", "Ct", "Pl", "Cres"]
_NOTES = [
    "Client called about rent assistance.",
    "Reviewed income statement, no change.",
    "Identity documents sighted at service centre.",
    "Change of circumstances processed.",
    "Referred to financial counselling.",
]


def _people(rng: random.Random, count: int) -> list[tuple[str, ...]]:
    people = []
    for i in range(count):
        given, family = rng.choice(_GIVEN), rng.choice(_FAMILY)
        people.append(
            (
                f"C{1_000_000 + i}",
                f"{given} {family}",
                f"{given.lower()}.{family.lower()}{i % 97}@example.com.au",
                f"04{rng.randrange(10**8):08d}",
                f"{rng.randrange(1, 200)} {rng.choice(_STREETS)} {rng.choice(_TYPES)}",
                f"{rng.randrange(1930, 2008)}-{rng.randrange(1, 13):02d}"
                f"-{rng.randrange(1, 29):02d}",
                f"{rng.randrange(800, 7999):04d}",
            )
        )
    return people


def make_extract(rows: int, seed: int = 7) -> Path:
    """A CSV of ``rows`` rows and ten columns (made once, then cached)."""
    # imported here, not at the top: bench/run imports POLICY, and its process must stay
    # free of pyarrow, since every child it starts inherits its peak resident memory
    import pyarrow as pa
    import pyarrow.csv as pa_csv

    OUT.mkdir(exist_ok=True)
    path = OUT / f"extract-{rows}.csv"
    if path.exists():
        return path
    rng = random.Random(seed)
    people = _people(rng, max(rows // 4, 1))  # each person appears about four times
    picks = [rng.randrange(len(people)) for _ in range(rows)]
    columns = list(zip(*(people[i] for i in picks), strict=True))
    names = ["CLIENT_ID", "FULL_NM", "EMAIL", "MOBILE", "ADDRESS", "BIRTH_DT", "PCODE"]
    table = pa.table(
        {name: pa.array(col, pa.string()) for name, col in zip(names, columns, strict=True)}
    )
    amounts = [f"{rng.randrange(2000, 120000) / 100:.2f}" for _ in range(rows)]
    table = table.append_column("AMOUNT", pa.array(amounts, pa.string()))
    table = table.append_column(
        "PROGRAM_CD", pa.array([str(rng.randrange(1, 40)) for _ in range(rows)])
    )
    table = table.append_column("NOTES", pa.array([rng.choice(_NOTES) for _ in range(rows)]))
    partial = path.with_suffix(".partial")
    pa_csv.write_csv(table, partial)
    partial.replace(path)
    return path


if __name__ == "__main__":
    import sys

    print(make_extract(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000))
