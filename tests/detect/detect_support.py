"""Helpers for the detection tests: read the real-world tables as they are, and their labels.

The tables in ``shared/data/real`` are read in place, never copied into the repository.
Several are not files minshare's readers accept (a preamble line, an ``@`` delimiter,
UTF-16, nested JSON, ``.txt``); each is read here into an Arrow table of text columns named
as ``LABELS.csv`` names them.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from minshare.detect import ColumnFinding, scan_table

REPO = Path(__file__).resolve().parents[2]
REAL = (REPO / ".." / "shared" / "data" / "real").resolve()
SAMPLES = REPO / "samples"


@dataclass(frozen=True)
class Label:
    file: str
    index: int
    column: str
    label: str
    tier: str  # direct | quasi | none | ambiguous

    @property
    def personal(self) -> bool:
        return self.tier in ("direct", "quasi")


def labels() -> list[Label]:
    with (REAL / "LABELS.csv").open(encoding="utf-8", newline="") as fh:
        return [
            Label(r["file"], int(r["col_index"]), r["column"], r["label"], r["tier"])
            for r in csv.DictReader(fh)
        ]


def _text_table(rows: list[list[str]], names: list[str]) -> pa.Table:
    width = len(names)
    columns: list[list[str | None]] = [[] for _ in range(width)]
    for row in rows:
        cells = (row + [""] * width)[:width]
        for i, cell in enumerate(cells):
            columns[i].append(cell if cell != "" else None)
    return pa.table(
        {name: pa.array(col, type=pa.string()) for name, col in zip(names, columns, strict=True)}
    )


def _delimited(
    text: str, names: list[str], *, delimiter: str = ",", skip: int = 0, strip: bool = False
) -> pa.Table:
    lines = text.splitlines()[skip:]
    rows = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter))[1:]
    if strip:
        rows = [[cell.strip() for cell in row] for row in rows]
    return _text_table([row for row in rows if any(cell.strip() for cell in row)], names)


def _one_column(text: str, names: list[str]) -> pa.Table:
    rows = [[line.strip()] for line in text.splitlines()[1:]]
    return _text_table(rows, names)


def _nested_users(text: str, names: list[str]) -> pa.Table:
    users = json.loads(text)["users"]
    rows = [
        [str(u["id"]), u["name"], u["email"], u["address"]["street"], u["address"]["city"],
         u["address"]["state"], u["address"]["non_pii"]]
        for u in users
    ]  # fmt: skip
    return _text_table(rows, names)


def read_real(file: str, names: list[str]) -> pa.Table:
    """One real table, its columns named ``names`` (the labels' names, in file order)."""
    path = REAL / file
    if path.suffix == ".parquet":
        table = pq.read_table(path)
        return table.rename_columns(names)
    raw = path.read_bytes()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16")
    else:
        text = raw.decode("utf-8-sig")
    if path.suffix == ".json":
        return _nested_users(text, names)
    if file.endswith("names-col.txt") or file.endswith("names-col-empty.txt"):
        return _one_column(text, names)
    if file.endswith("sparse-first-and-last-column-header-and-author.txt"):
        return _delimited(text, names, skip=1, strip=True)
    if file.endswith("daily-activity-sheet-@.csv"):
        return _delimited(text, names, delimiter="@", skip=1)
    return _delimited(text, names)


def real_tables() -> Iterator[tuple[str, pa.Table, list[Label]]]:
    """Every labelled real table with its labels, in LABELS.csv order."""
    by_file: dict[str, list[Label]] = {}
    for label in labels():
        by_file.setdefault(label.file, []).append(label)
    for file, file_labels in by_file.items():
        ordered = sorted(file_labels, key=lambda lab: lab.index)
        yield file, read_real(file, [lab.column for lab in ordered]), ordered


def headerless(table: pa.Table) -> pa.Table:
    """The same table with its names replaced by ``column_1``, ``column_2``...: values only."""
    return table.rename_columns([f"column_{i}" for i in range(1, table.num_columns + 1)])


@dataclass(frozen=True)
class Scores:
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(pairs: list[tuple[bool, bool]]) -> Scores:
    """Precision and recall of (predicted personal, labelled personal) pairs."""
    tp = sum(p and t for p, t in pairs)
    fp = sum(p and not t for p, t in pairs)
    fn = sum(t and not p for p, t in pairs)
    tn = sum(not p and not t for p, t in pairs)
    return Scores(tp, fp, fn, tn)


def kind(finding: ColumnFinding) -> str | None:
    """The best entity of a finding, or None."""
    return finding.best.type if finding.best else None


def found(columns: Mapping[str, list[Any]]) -> dict[str, ColumnFinding]:
    """Each column's finding, by name, when ``columns`` are scanned as one table."""
    return {c.name: c for c in scan_table(pa.table(dict(columns))).columns}


def names_hidden(columns: Mapping[str, list[Any]]) -> dict[str, list[Any]]:
    """The same columns under names that say nothing (``c01``, ``c02``...), as
    ``bench/detect --names-blind`` hides them: what the values alone say."""
    return {f"c{i:02d}": values for i, values in enumerate(columns.values(), start=1)}
