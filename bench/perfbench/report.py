"""What ``bench/run`` measured, and how it is shown: medians, ratios, targets, the table.

Pure Python: no process is started and nothing heavy is imported here.
"""

from __future__ import annotations

import statistics
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

JSON_VERSION = 1
NOTE_WIDTH = 100


@dataclass(frozen=True)
class Run:
    """One fresh process (and any it starts): wall time, peak memory, CPU time.

    ``peak_mb`` is the process tree's peak memory (summed Pss, or the largest process's
    max RSS when higher). The JSON adds the largest single process's max RSS, the peak
    summed VmRSS (shared pages counted once per process), the sum of each process's own
    peak (a bound from above), and the CPU time in user mode and in the kernel, which on
    a busy or virtual machine say what the wall time hides.
    """

    seconds: float
    peak_mb: float
    user_seconds: float = 0.0
    system_seconds: float = 0.0
    largest_process_mb: float = 0.0
    rss_sum_mb: float = 0.0
    process_peaks_mb: float = 0.0


@dataclass(frozen=True)
class Kind:
    """A thing measured, and the reference it is compared with in the same run."""

    key: str
    label: str
    reference: str | None = None


KINDS = (
    Kind("copy", "pyarrow read_csv+write_table"),
    Kind("apply", "minshare apply -> parquet", reference="copy"),
    Kind("read", "pyarrow read_csv"),
    Kind("scan", "minshare scan --json", reference="read"),
)
KIND = {kind.key: kind for kind in KINDS}


@dataclass(frozen=True)
class Target:
    """A figure a measurement should stay within; ``scale`` is per-row time against the
    smallest size (1.0 is perfectly linear)."""

    kind: str
    figure: str  # "ratio", "peak_mb" or "scale"
    limit: float
    text: str

    def met(self, value: float) -> bool:
        return value < self.limit if self.figure == "peak_mb" else value <= self.limit


LINEAR_TOLERANCE = 1.25  # per-row time may grow this much from the smallest size
TARGETS = (
    Target("apply", "ratio", 1.5, "<=1.5x"),
    Target("apply", "peak_mb", 600, "<600MB"),
    Target("apply", "scale", LINEAR_TOLERANCE, "linear"),
    Target("scan", "ratio", 2.0, "<=2x"),
    Target("scan", "scale", LINEAR_TOLERANCE, "linear"),
)


def median(values: Iterable[float]) -> float:
    """The median; an empty input is an error, not zero."""
    items = list(values)
    if not items:
        raise ValueError("median of no values")
    return statistics.median(items)


def ratio(value: float, reference: float) -> float:
    """``value / reference``; a reference of zero or less is an error."""
    if reference <= 0:
        raise ValueError("reference time must be positive")
    return value / reference


@dataclass(frozen=True)
class Measurement:
    """Every run of one kind at one size."""

    kind: Kind
    rows: int
    runs: tuple[Run, ...]

    @property
    def seconds(self) -> float:
        return median(run.seconds for run in self.runs)

    @property
    def peak_mb(self) -> float:
        return max(run.peak_mb for run in self.runs)

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds


@dataclass(frozen=True)
class Figures:
    """A measurement with what it is compared against worked out."""

    measurement: Measurement
    ratio: float | None  # to its reference at the same size, same run
    scale: float | None  # per-row time against the smallest size; None there
    checks: tuple[tuple[Target, float], ...]  # each applicable target, with the value

    @property
    def misses(self) -> list[Target]:
        return [target for target, value in self.checks if not target.met(value)]


def figures(measurements: Sequence[Measurement]) -> list[Figures]:
    """Ratios, linear scale and target checks for every measurement, in the given order."""
    by_key = {(m.kind.key, m.rows): m for m in measurements}
    smallest: dict[str, Measurement] = {}
    for m in measurements:
        if m.kind.key not in smallest or m.rows < smallest[m.kind.key].rows:
            smallest[m.kind.key] = m
    result = []
    for m in measurements:
        reference = by_key.get((m.kind.reference, m.rows)) if m.kind.reference else None
        value_ratio = ratio(m.seconds, reference.seconds) if reference else None
        base = smallest[m.kind.key]
        scale = None
        if base.rows != m.rows:
            scale = ratio(m.seconds / m.rows, base.seconds / base.rows)
        values = {"ratio": value_ratio, "peak_mb": m.peak_mb, "scale": scale}
        checks = tuple(
            (target, value)
            for target in TARGETS
            if target.kind == m.kind.key and (value := values[target.figure]) is not None
        )
        result.append(Figures(m, value_ratio, scale, checks))
    return result


@dataclass(frozen=True)
class PeerRun:
    """One presidio-structured process on the first ``rows`` rows."""

    rows: int
    seconds: float  # the process's wall time
    peak_mb: float
    phases: dict[str, float]  # seconds of setup, read, analyse, anonymise, write

    @property
    def row_seconds(self) -> float:
        """The part of the time that grows with the rows (all but the setup)."""
        return sum(value for name, value in self.phases.items() if name != "setup")

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds

    def extrapolate(self, rows: int) -> float:
        """Wall seconds for ``rows`` rows: the fixed part once, the rest per row."""
        fixed = self.seconds - self.row_seconds
        return fixed + self.row_seconds * rows / self.rows


def one_two_five(start: int, stop: int) -> list[int]:
    """``start``, 2x, 5x, 10x ... up to ``stop`` inclusive: 10k, 20k, 50k, 100k ..."""
    sizes, decade = [], start
    while decade <= stop:
        sizes.extend(size for size in (decade, 2 * decade, 5 * decade) if size <= stop)
        decade *= 10
    return sizes


def next_peer_rows(ladder: Sequence[int], done: Sequence[PeerRun], budget: float) -> int | None:
    """The next size to try: the first step above the last run, if the last run predicts
    it within ``budget`` seconds; the first step when nothing has run."""
    last = done[-1] if done else None
    steps = [rows for rows in ladder if last is None or rows > last.rows]
    if not steps:
        return None
    if last is not None and last.extrapolate(steps[0]) > budget:
        return None
    return steps[0]


@dataclass
class PeerResult:
    """presidio-structured's runs, and why there are no more."""

    runs: list[PeerRun] = field(default_factory=list)
    note: str = ""
    analysis_mapping: dict[str, str] = field(default_factory=dict)
    anonymised_columns: dict[str, str] = field(default_factory=dict)

    @property
    def largest(self) -> PeerRun | None:
        return max(self.runs, key=lambda run: run.rows) if self.runs else None


@dataclass
class Report:
    """Everything one ``bench/run`` measured."""

    measurements: list[Measurement]
    repeat: int
    inputs: dict[int, tuple[str, float]]  # rows -> (file name, MB)
    environment: dict[str, Any]
    peer: PeerResult | None = None

    def apply_at(self, rows: int) -> Measurement | None:
        return next(
            (m for m in self.measurements if m.kind.key == "apply" and m.rows == rows), None
        )

    def peer_comparison(self) -> tuple[int, float, float] | None:
        """(rows, presidio-structured's extrapolated seconds, its ratio to minshare apply)
        at 1,000,000 rows, or at the smallest size measured when 1M was not."""
        if self.peer is None or self.peer.largest is None:
            return None
        sizes = sorted({m.rows for m in self.measurements if m.kind.key == "apply"})
        if not sizes:
            return None
        rows = 1_000_000 if 1_000_000 in sizes else sizes[0]
        apply = self.apply_at(rows)
        assert apply is not None
        estimate = self.peer.largest.extrapolate(rows)
        return rows, estimate, ratio(estimate, apply.seconds)


def format_seconds(seconds: float) -> str:
    if seconds >= 1000:
        return f"{seconds:,.0f}"
    if seconds >= 100:
        return f"{seconds:.1f}"
    return f"{seconds:.2f}"


def format_checks(checks: Sequence[tuple[Target, float]]) -> str:
    return ", ".join(
        f"{target.text} {'ok' if target.met(value) else 'MISS'}" for target, value in checks
    )


HEADER = ("rows", "measurement", "wall s", "ratio", "to", "peak MB", "rows/s", "scale", "targets")
PEER_LABEL = "presidio-structured"


def table_rows(report: Report) -> list[tuple[str, ...]]:
    """The table's cells, header first: one row per measurement, then presidio-structured's
    runs and its extrapolation."""
    rows: list[tuple[str, ...]] = [HEADER]
    for f in figures(report.measurements):
        m = f.measurement
        rows.append(
            (
                f"{m.rows:,}",
                m.kind.label,
                format_seconds(m.seconds),
                "1.00" if m.kind.reference is None else f"{f.ratio:.2f}",
                m.kind.reference or "",
                f"{m.peak_mb:,.0f}",
                f"{m.rows_per_second:,.0f}",
                "" if f.scale is None else f"{f.scale:.2f}",
                format_checks(f.checks),
            )
        )
    peer = report.peer
    if peer is None:
        return rows
    for run in peer.runs:
        rows.append(
            (
                f"{run.rows:,}",
                PEER_LABEL,
                format_seconds(run.seconds),
                "",
                "",
                f"{run.peak_mb:,.0f}",
                f"{run.rows_per_second:,.0f}",
                "",
                "",
            )
        )
    comparison = report.peer_comparison()
    if comparison is not None:
        size, estimate, times = comparison
        rows.append(
            (
                f"{size:,}",
                f"{PEER_LABEL} (extrapolated)",
                format_seconds(estimate),
                f"{times:,.0f}" if times >= 100 else f"{times:.1f}",
                "apply",
                "",
                f"{size / estimate:,.0f}",
                "",
                "",
            )
        )
    return rows


_LEFT = {1, 4, 8}  # measurement, to, targets: text; the rest are numbers


def render_table(rows: Sequence[Sequence[str]]) -> str:
    """Columns padded to their widest cell: text left, numbers right; no trailing spaces."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [
            cell.ljust(width) if i in _LEFT else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def render_text(report: Report) -> str:
    """The one table, with a heading that says what was run and notes on what it means."""
    env = report.environment
    runs = "1 run" if report.repeat == 1 else f"median of {report.repeat} alternating runs"
    load = " -> ".join(f"{value:.2f}" for value in env.get("load_average", [])) or "?"
    inputs = "; ".join(
        f"{rows:,} rows = {name} ({mb:,.0f} MB)" for rows, (name, mb) in report.inputs.items()
    )
    notes = [
        "ratio: wall time over the reference named in 'to', measured in the same run; "
        "scale: time per row over that at the smallest size (1.00 = linear).",
        "peak MB: the highest, over the runs, of the command's peak memory with its worker "
        "processes (10^6 bytes): their summed Pss, sampled, or the largest single process's "
        "max RSS when higher (the runner's own, "
        f"{env.get('runner_peak_mb', 0):.0f} MB, is a floor under that).",
    ]
    peer = report.peer
    if peer is not None:
        tried = ", ".join(f"{run.rows:,}" for run in peer.runs) or "none"
        notes.append(f"{PEER_LABEL}: rows tried {tried}. {peer.note}".rstrip())
        if peer.largest is not None:
            phases = ", ".join(
                f"{name} {seconds:.1f} s" for name, seconds in peer.largest.phases.items()
            )
            notes.append(f"Its {peer.largest.rows:,}-row run: {phases}.")
        if peer.analysis_mapping:
            found = ", ".join(f"{k}={v}" for k, v in peer.analysis_mapping.items())
            notes.append(
                f"Its own analysis mapped {found}; the columns were anonymised as the "
                "policy says instead."
            )
    return "\n".join(
        [
            f"minshare {env.get('minshare', '?')}, pyarrow {env.get('pyarrow', '?')}, "
            f"presidio-structured {env.get('presidio-structured', '?')}; "
            f"{env.get('cores', '?')} cores, load average {load}; {runs}, each a fresh process",
            f"input: {inputs}",
            "",
            render_table(table_rows(report)),
            "",
            *(textwrap.fill(note, width=NOTE_WIDTH, subsequent_indent="  ") for note in notes),
        ]
    )


def report_json(report: Report) -> dict[str, Any]:
    """The report as one JSON-ready document (``version`` first)."""
    measured = []
    for f in figures(report.measurements):
        m = f.measurement
        measured.append(
            {
                "kind": m.kind.key,
                "label": m.kind.label,
                "rows": m.rows,
                "seconds": m.seconds,
                "peak_mb": m.peak_mb,
                "rows_per_second": m.rows_per_second,
                "reference": m.kind.reference,
                "ratio": f.ratio,
                "scale": f.scale,
                "targets": [
                    {
                        "target": target.text,
                        "figure": target.figure,
                        "limit": target.limit,
                        "value": value,
                        "met": target.met(value),
                    }
                    for target, value in f.checks
                ],
                "runs": [
                    {
                        "seconds": r.seconds,
                        "peak_mb": r.peak_mb,
                        "largest_process_mb": r.largest_process_mb,
                        "rss_sum_mb": r.rss_sum_mb,
                        "process_peaks_mb": r.process_peaks_mb,
                        "user_seconds": r.user_seconds,
                        "system_seconds": r.system_seconds,
                    }
                    for r in m.runs
                ],
            }
        )
    document: dict[str, Any] = {
        "version": JSON_VERSION,
        "environment": report.environment,
        "repeat": report.repeat,
        "inputs": [
            {"rows": rows, "file": name, "mb": mb} for rows, (name, mb) in report.inputs.items()
        ],
        "measurements": measured,
        "peer": None,
    }
    peer = report.peer
    if peer is not None:
        comparison = report.peer_comparison()
        document["peer"] = {
            "name": PEER_LABEL,
            "runs": [
                {
                    "rows": run.rows,
                    "seconds": run.seconds,
                    "peak_mb": run.peak_mb,
                    "rows_per_second": run.rows_per_second,
                    "phases": run.phases,
                }
                for run in peer.runs
            ],
            "extrapolated": None
            if comparison is None
            else {
                "rows": comparison[0],
                "seconds": comparison[1],
                "rows_per_second": comparison[0] / comparison[1],
                "ratio_to_minshare_apply": comparison[2],
            },
            "note": peer.note,
            "analysis_mapping": peer.analysis_mapping,
            "anonymised_columns": peer.anonymised_columns,
        }
    return document
