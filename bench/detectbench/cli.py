"""``bench/detect``: run each detector on the labelled sets and print how it did.

Each engine runs in its own Python process (``--worker``), so one engine's imports
neither speed up nor slow down another's, a crash is reported rather than fatal, and
wall time is that process's own. The parent reads the labels, scores, and prints.
Output names files, columns and labels, never a cell value.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detectbench.blind import blind_copy, blind_labels
from detectbench.engines import DEFAULT_ENGINES, ENGINES, Unavailable
from detectbench.labels import LabelError, LabelledColumn, by_file, read_labels
from detectbench.scoring import ColumnPrediction, Judgement, Scores, judge_all

BENCH = Path(__file__).resolve().parents[1]
REPO = BENCH.parent
SCRIPT = BENCH / "detect"
SYNTHETIC = BENCH / "detect_data"
REAL = (REPO / ".." / "shared" / "data" / "real").resolve()
JSON_VERSION = 1
ERROR_CHARS = 200


@dataclass(frozen=True)
class Dataset:
    name: str
    root: Path
    labels: dict[str, list[LabelledColumn]]
    blind: bool = False  # column names replaced by c01, c02, ... (--names-blind)
    # when blind: (file, label index) -> the column's real name, for the details
    original_names: dict[tuple[str, int], str] = field(default_factory=dict)

    def shown_name(self, column: LabelledColumn) -> str:
        """The column's name for a person reading the report (its real name when blind)."""
        original = self.original_names.get((column.file, column.index))
        return column.name if original is None else f"{original} [as {column.name}]"


@dataclass
class EngineRun:
    """What one engine's worker process reported."""

    engine: str
    available: bool
    reason: str | None = None
    setup_seconds: float = 0.0
    # (dataset, file) -> predictions, or None when the file failed
    predictions: dict[tuple[str, str], list[ColumnPrediction] | None] = field(default_factory=dict)
    seconds: dict[tuple[str, str], float] = field(default_factory=dict)
    errors: dict[tuple[str, str], str] = field(default_factory=dict)


# -- the worker: one engine, in its own process -----------------------------------------


def _one_line(exc: BaseException) -> str:
    """The exception in one line. Only minshare's errors (which never quote a value, by
    design) and OS errors (a path) keep their message: another library's message may
    quote a cell, and the report must not."""
    name = type(exc).__name__
    if not (type(exc).__module__.startswith("minshare") or isinstance(exc, OSError)):
        return f"{name} (message withheld: it may quote data; run the engine directly)"
    text = str(exc).strip().splitlines()
    return f"{name}: {text[0] if text else ''}".rstrip(": ")[:ERROR_CHARS]


def forbid_network() -> None:
    """Make any attempt to reach the network fail loudly: the benchmark runs offline."""

    def refuse(self: socket.socket, *args: object) -> None:
        if self.family != socket.AF_UNIX:
            raise OSError("bench/detect runs offline: a network connection was attempted")

    def refuse_connection(*args: object, **kwargs: object) -> socket.socket:
        raise OSError("bench/detect runs offline: a network connection was attempted")

    socket.socket.connect = refuse  # type: ignore[method-assign,assignment]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign,assignment]
    socket.create_connection = refuse_connection


def run_worker(plan: dict[str, Any]) -> dict[str, Any]:
    """Set up one engine and scan every file of the plan; timings included."""
    engine = ENGINES[plan["engine"]]()
    report: dict[str, Any] = {"engine": engine.name, "available": True, "files": []}
    started = time.perf_counter()
    try:
        engine.setup(plan["sample_size"])
    except Unavailable as exc:
        return {**report, "available": False, "reason": str(exc)}
    report["setup_seconds"] = time.perf_counter() - started
    for item in plan["files"]:
        entry: dict[str, Any] = {"dataset": item["dataset"], "file": item["file"]}
        started = time.perf_counter()
        try:
            columns = engine.scan_file(Path(item["path"]), header=item["header"])
            entry["columns"] = [vars(c) for c in columns]
        except Exception as exc:  # a detector's failure on one file is a finding
            entry["error"] = _one_line(exc)
        entry["seconds"] = time.perf_counter() - started
        report["files"].append(entry)
    return report


def worker_main() -> int:
    plan = json.load(sys.stdin)
    forbid_network()
    real_stdout = sys.stdout
    with contextlib.redirect_stdout(sys.stderr):  # stray prints must not corrupt the JSON
        report = run_worker(plan)
    json.dump(report, real_stdout)
    return 0


# -- the parent ----------------------------------------------------------------------------


def load_dataset(name: str, root: Path, labels_file: str | Path) -> Dataset:
    labels = by_file(read_labels(root / labels_file))  # an absolute labels_file wins
    return Dataset(name, root, labels)


def blind_dataset(dataset: Dataset, folder: Path) -> Dataset:
    """The dataset with every labelled file copied to ``folder`` under blind column names
    (``c01``, ``c02``, ...; see ``blind.py``) and its labels renamed to match."""
    labels: dict[str, list[LabelledColumn]] = {}
    originals: dict[tuple[str, int], str] = {}
    for file, columns in dataset.labels.items():
        source, target = dataset.root / file, folder / file
        renamed: list[tuple[str, str]] = []
        if source.is_file():
            try:
                renamed = blind_copy(source, target, header=columns[0].header_in_file)
            except Exception as exc:  # not copied: its detectors fail on it, visibly
                target.unlink(missing_ok=True)
                print(
                    f"names-blind: {dataset.name}/{file} not renamed, so not scanned: "
                    f"{_one_line(exc)}",
                    file=sys.stderr,
                )
        labels[file] = blind_labels(columns, renamed)
        for old, new in zip(columns, labels[file], strict=True):
            if old.name != new.name:
                originals[(file, new.index)] = old.name
    return Dataset(dataset.name, folder, labels, blind=True, original_names=originals)


def plan_for(engine: str, datasets: Sequence[Dataset], sample_size: int) -> dict[str, Any]:
    files = [
        {
            "dataset": d.name,
            "file": file,
            "path": str(d.root / file),
            "header": columns[0].header_in_file,
        }
        for d in datasets
        for file, columns in d.labels.items()
    ]
    return {"engine": engine, "sample_size": sample_size, "files": files}


def run_engine(
    engine: str, datasets: Sequence[Dataset], sample_size: int, timeout: float
) -> EngineRun:
    plan = plan_for(engine, datasets, sample_size)
    try:
        done = subprocess.run(
            [sys.executable, str(SCRIPT), "--worker"],
            input=json.dumps(plan),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return EngineRun(engine, False, f"did not finish within {timeout:.0f} s")
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or ["no message"]
        return EngineRun(engine, False, f"worker exited {done.returncode}: {tail[0][:ERROR_CHARS]}")
    report = json.loads(done.stdout)
    run = EngineRun(engine, report["available"], report.get("reason"))
    run.setup_seconds = report.get("setup_seconds", 0.0)
    for entry in report.get("files", []):
        key = (entry["dataset"], entry["file"])
        run.seconds[key] = entry["seconds"]
        if "error" in entry:
            run.errors[key] = entry["error"]
            run.predictions[key] = None
        else:
            run.predictions[key] = [ColumnPrediction(**c) for c in entry["columns"]]
    return run


@dataclass(frozen=True)
class Result:
    dataset: Dataset
    run: EngineRun
    judgements: list[Judgement]

    @property
    def scores(self) -> Scores:
        return Scores.of(self.judgements)

    @property
    def wall_seconds(self) -> float:
        return sum(s for (d, _), s in self.run.seconds.items() if d == self.dataset.name)

    @property
    def failed(self) -> dict[str, str]:
        return {f: e for (d, f), e in self.run.errors.items() if d == self.dataset.name}


def evaluate(dataset: Dataset, run: EngineRun) -> Result:
    predictions = {f: p for (d, f), p in run.predictions.items() if d == dataset.name}
    return Result(dataset, run, judge_all(dataset.labels, predictions))


# -- output ------------------------------------------------------------------------------


def _fixed(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _fraction(value: float | None, num: int, den: int) -> str:
    return f"{_fixed(value)} ({num}/{den})"


HEADINGS = (
    "dataset", "engine", "cols", "precision", "recall", "F1", "type acc",
    "direct caught", "scan s", "failed",
)  # fmt: skip


def table_rows(results: Sequence[Result]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for r in results:
        s = r.scores
        rows.append(
            (
                f"{r.dataset.name} (names-blind)" if r.dataset.blind else r.dataset.name,
                r.run.engine,
                str(s.columns),
                _fixed(s.precision),
                _fixed(s.recall),
                _fixed(s.f1),
                _fraction(s.type_accuracy, s.typed_correct, s.typed),
                _fraction(s.direct_recall, s.direct_caught, s.direct),
                f"{r.wall_seconds:.2f}",
                f"{len(r.failed)}/{len(r.dataset.labels)}",
            )
        )
    return rows


def render_table(rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(row[i]) for row in [HEADINGS, *rows]) for i in range(len(HEADINGS))]
    left = {0, 1}

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c.ljust(w) if i in left else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    return "\n".join([line(HEADINGS), line(["-" * w for w in widths]), *map(line, rows)])


def render_human(
    results: Sequence[Result], runs: Sequence[EngineRun], sample_size: int, details: bool
) -> str:
    out = [
        "Column-level detection: personal vs not personal",
        f"(up to {sample_size} sampled rows per table; ambiguous columns left out; "
        "each engine in its own process)",
        "",
        render_table(table_rows(results)) if results else "(no engine ran)",
        "",
        "type acc: best entity right, over truly personal columns that were flagged and have"
        " a typed label",
        "direct caught: direct-tier columns flagged personal; scan s: reading + scanning"
        " every table of the set",
    ]
    if any(r.dataset.blind for r in results):
        out.append(
            "names-blind: every column name replaced by c01, c02, ... before the engines"
            " saw the tables (headerless files as they were)"
        )
    ran = [r for r in runs if r.available]
    if ran:
        setups = ", ".join(f"{r.engine} {r.setup_seconds:.2f} s" for r in ran)
        out.append(f"setup (imports + engine construction, once per process): {setups}")
    for run in runs:
        if not run.available:
            out.append(f"not run: {run.engine}: {run.reason}")
    failures = [(r, f, e) for r in results for f, e in sorted(r.failed.items())]
    if failures:
        out += ["", "files a detector could not read (their columns count as not flagged):"]
        out += [f"  {r.dataset.name}/{f}  [{r.run.engine}] {e}" for r, f, e in failures]
    if details:
        out += ["", render_details(results)]
    return "\n".join(out)


MARKS = {"tp": "ok", "tn": "ok", "fp": "FP", "fn": "MISS", "excluded": "(ambiguous)"}


def render_details(results: Sequence[Result]) -> str:
    lines = ["per column: tier label | engine: verdict entity"]
    for r in results:
        lines.append(f"\n== {r.dataset.name} / {r.run.engine}")
        for j in r.judgements:
            entity = j.prediction.entity if j.prediction is not None else None
            said = "unmatched" if j.prediction is None else (entity or "-")
            typed = {True: "", False: " WRONG-TYPE", None: ""}[j.type_correct]
            lines.append(
                f"  {j.column.file}:{r.dataset.shown_name(j.column)}"
                f"  {j.column.tier} {j.column.label}"
                f"  -> {MARKS[j.outcome]} {said}{typed}"
            )
    return "\n".join(lines)


def result_json(r: Result, details: bool) -> dict[str, Any]:
    s = r.scores
    doc: dict[str, Any] = {
        "dataset": r.dataset.name,
        "names_blind": r.dataset.blind,
        "engine": r.run.engine,
        "columns": s.columns,
        "excluded": s.excluded,
        "tp": s.tp,
        "fp": s.fp,
        "fn": s.fn,
        "tn": s.tn,
        "precision": s.precision,
        "recall": s.recall,
        "f1": s.f1,
        "type_accuracy": s.type_accuracy,
        "typed_columns": s.typed,
        "typed_correct": s.typed_correct,
        "direct_columns": s.direct,
        "direct_caught": s.direct_caught,
        "direct_recall": s.direct_recall,
        "unmatched_columns": s.unmatched,
        "files": len(r.dataset.labels),
        "failed_files": [{"file": f, "error": e} for f, e in sorted(r.failed.items())],
        "wall_seconds": r.wall_seconds,
    }
    if details:
        doc["judgements"] = [judgement_json(r.dataset, j) for j in r.judgements]
    return doc


def judgement_json(dataset: Dataset, j: Judgement) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "file": j.column.file,
        "column": dataset.original_names.get((j.column.file, j.column.index), j.column.name),
    }
    if dataset.blind:
        doc["blind_column"] = j.column.name  # the name the engines saw
    return doc | {
        "label": j.column.label,
        "tier": j.column.tier,
        "outcome": j.outcome,
        "entity": j.prediction.entity if j.prediction else None,
        "category": j.prediction.category if j.prediction else None,
        "type_correct": j.type_correct,
    }


def render_json(
    results: Sequence[Result], runs: Sequence[EngineRun], sample_size: int, details: bool
) -> str:
    doc = {
        "version": JSON_VERSION,
        "sample_size": sample_size,
        "engines": {
            r.engine: {
                "available": r.available,
                "reason": r.reason,
                "setup_seconds": r.setup_seconds if r.available else None,
            }
            for r in runs
        },
        "results": [result_json(r, details) for r in results],
    }
    return json.dumps(doc, indent=2)


# -- command line ------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bench/detect",
        description="Compare minshare's column detection with presidio-structured on "
        "labelled synthetic and real tables, or on any labelled folder (--data).",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument(
        "--engine",
        action="append",
        choices=sorted(ENGINES),
        help=f"engine to run; repeatable (default: {', '.join(DEFAULT_ENGINES)})",
    )
    parser.add_argument(
        "--dataset",
        action="append",
        choices=("synthetic", "real"),
        help="built-in labelled set to score; repeatable (default: both, unless --data)",
    )
    parser.add_argument(
        "--data",
        type=Path,
        metavar="DIR",
        help="score this labelled folder (files named in the labels are relative to it); "
        "alone, instead of the built-in sets",
    )
    parser.add_argument(
        "--labels",
        type=Path,
        metavar="FILE",
        help="the labels for --data: file,column,label,tier[,col_index,header_in_file] "
        "(default: DIR/labels.csv)",
    )
    parser.add_argument(
        "--name", help="the --data set's name in the report (default: the folder's name)"
    )
    parser.add_argument(
        "--names-blind",
        action="store_true",
        help="replace every column name by c01, c02, ... before the engines see the tables "
        "(renamed copies in a temporary folder), to score what values alone achieve",
    )
    parser.add_argument("--sample-size", type=int, default=1000, help="rows per table")
    parser.add_argument("--synthetic-dir", type=Path, default=SYNTHETIC)
    parser.add_argument("--real-dir", type=Path, default=REAL)
    parser.add_argument("--details", action="store_true", help="add every column's verdict")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per engine")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.sample_size < 1:
        parser.error("--sample-size must be at least 1")
    if (args.labels or args.name) and not args.data:
        parser.error("--labels and --name go with --data")
    if args.data and not args.data.is_dir():
        parser.error(f"--data {args.data}: not a folder")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker:
        return worker_main()
    wanted = args.dataset or ([] if args.data else ["synthetic", "real"])
    datasets: list[Dataset] = []
    try:
        if args.data:
            name = args.name or args.data.resolve().name
            labels = args.labels or args.data / "labels.csv"
            datasets.append(load_dataset(name, args.data, labels.resolve()))
        if "synthetic" in wanted:
            datasets.append(load_dataset("synthetic", args.synthetic_dir, "labels.csv"))
        if "real" in wanted:
            if (args.real_dir / "LABELS.csv").is_file() or args.dataset:
                datasets.append(load_dataset("real", args.real_dir, "LABELS.csv"))
            else:
                print(f"skipping the real set: no {args.real_dir}/LABELS.csv", file=sys.stderr)
    except (OSError, LabelError) as exc:
        print(f"bench/detect: cannot read labels: {exc}", file=sys.stderr)
        return 4
    if len({d.name for d in datasets}) < len(datasets):
        print("bench/detect: two sets have the same name; give --name", file=sys.stderr)
        return 2
    blind = args.names_blind
    scratch_dir = tempfile.TemporaryDirectory(prefix="bench-detect-") if blind else None
    with scratch_dir or contextlib.nullcontext() as scratch:
        if scratch is not None:  # --names-blind: the engines scan renamed copies
            print("renaming columns (names-blind) ...", file=sys.stderr)
            datasets = [blind_dataset(d, Path(scratch) / f"set{i}") for i, d in enumerate(datasets)]
        runs = []
        for engine in args.engine or DEFAULT_ENGINES:
            print(f"running {engine} ...", file=sys.stderr)
            runs.append(run_engine(engine, datasets, args.sample_size, args.timeout))
    results = [evaluate(d, run) for d in datasets for run in runs if run.available]
    render = render_json if args.json else render_human
    print(render(results, runs, args.sample_size, args.details))
    return 0
