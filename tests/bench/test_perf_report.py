"""bench/run's arithmetic and report: medians, ratios, targets, the presidio-structured
ladder and extrapolation, the table and the JSON document; and how /proc is read.

Pure Python on hand-made figures; nothing is timed here. Three checks start small child
Pythons: the runner must import no pyarrow, a child past its time limit is killed, and
the memory of a child's own workers is counted.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from perfbench.cli import parse_args, positive_ints  # noqa: E402
from perfbench.processes import parent_pid, proc_kb  # noqa: E402
from perfbench.report import (  # noqa: E402
    HEADER,
    JSON_VERSION,
    KIND,
    Measurement,
    PeerResult,
    PeerRun,
    Report,
    Run,
    figures,
    median,
    next_peer_rows,
    one_two_five,
    ratio,
    render_table,
    render_text,
    report_json,
    table_rows,
)


def measured(kind: str, rows: int, *seconds: float, peak: float = 100.0) -> Measurement:
    return Measurement(KIND[kind], rows, tuple(Run(s, peak) for s in seconds))


def peer_run(rows: int, wall: float, setup: float = 2.0) -> PeerRun:
    return PeerRun(rows, wall, 250.0, {"setup": setup, "analyse": wall - setup})


@pytest.fixture
def report() -> Report:
    measurements = [
        measured("copy", 1_000_000, 3.0, 2.0, 4.0),
        measured("apply", 1_000_000, 4.0, 5.0, 3.0, peak=300.0),
        measured("read", 1_000_000, 1.0, 1.0, 1.0),
        measured("scan", 1_000_000, 2.5, 2.5, 2.5),
        measured("copy", 2_000_000, 6.0, 6.0, 6.0),
        measured("apply", 2_000_000, 9.0, 9.0, 9.0, peak=650.0),
        measured("read", 2_000_000, 2.0, 2.0, 2.0),
        measured("scan", 2_000_000, 3.0, 3.0, 3.0),
    ]
    peer = PeerResult(
        runs=[peer_run(10_000, 52.0), peer_run(20_000, 102.0)],
        note="Next, 50,000 rows, predicted 252 s > 180 s budget.",
        analysis_mapping={"EMAIL": "URL"},
        anonymised_columns={"EMAIL": "EMAIL_ADDRESS"},
    )
    return Report(
        measurements,
        repeat=3,
        inputs={1_000_000: ("extract-1000000.csv", 160.6), 2_000_000: ("x.csv", 321.2)},
        environment={"minshare": "0.1.0", "pyarrow": "26", "cores": 2, "runner_peak_mb": 20.0},
        peer=peer,
    )


def test_median_of_odd_and_even_counts() -> None:
    assert median([3.0, 1.0, 2.0]) == 2.0
    assert median([4.0, 1.0, 2.0, 3.0]) == 2.5
    with pytest.raises(ValueError):
        median([])


def test_ratio_refuses_a_zero_reference() -> None:
    assert ratio(3.0, 2.0) == 1.5
    with pytest.raises(ValueError):
        ratio(1.0, 0.0)


def test_a_measurement_is_its_median_time_and_its_highest_peak() -> None:
    m = Measurement(KIND["apply"], 1_000, (Run(3.0, 10.0), Run(1.0, 30.0), Run(2.0, 20.0)))

    assert (m.seconds, m.peak_mb, m.rows_per_second) == (2.0, 30.0, 500.0)


def test_ratios_are_to_the_reference_at_the_same_size(report: Report) -> None:
    found = {(f.measurement.kind.key, f.measurement.rows): f for f in figures(report.measurements)}

    assert found["apply", 1_000_000].ratio == pytest.approx(4.0 / 3.0)
    assert found["scan", 1_000_000].ratio == pytest.approx(2.5)
    assert found["apply", 2_000_000].ratio == pytest.approx(1.5)
    assert found["copy", 1_000_000].ratio is None


def test_scale_is_time_per_row_against_the_smallest_size(report: Report) -> None:
    found = {(f.measurement.kind.key, f.measurement.rows): f for f in figures(report.measurements)}

    assert found["apply", 1_000_000].scale is None
    assert found["apply", 2_000_000].scale == pytest.approx((9.0 / 2) / 4.0)
    assert found["scan", 2_000_000].scale == pytest.approx(0.6)


def test_targets_say_which_figure_missed(report: Report) -> None:
    found = {(f.measurement.kind.key, f.measurement.rows): f for f in figures(report.measurements)}

    assert found["apply", 1_000_000].misses == []
    assert [t.text for t in found["scan", 1_000_000].misses] == ["<=2x"]
    # 1.5x is within "at most 1.5x"; 650 MB is over 600; 4.5 s/M against 4.0 is linear enough
    assert [t.text for t in found["apply", 2_000_000].misses] == ["<600MB"]
    assert found["copy", 1_000_000].checks == ()


def test_one_two_five_ladder() -> None:
    assert one_two_five(10_000, 1_000_000) == [
        10_000,
        20_000,
        50_000,
        100_000,
        200_000,
        500_000,
        1_000_000,
    ]
    assert one_two_five(10_000, 30_000) == [10_000, 20_000]
    assert one_two_five(10_000, 5_000) == []


def test_extrapolation_counts_the_setup_once() -> None:
    run = PeerRun(10_000, 50.0, 200.0, {"setup": 2.0, "read": 1.0, "analyse": 45.0, "write": 1.0})

    assert run.row_seconds == 47.0
    assert run.rows_per_second == 200.0
    # 1 s outside the phases (interpreter start) and 2 s of setup are paid once
    assert run.extrapolate(1_000_000) == pytest.approx(3.0 + 47.0 * 100)


def test_the_ladder_stops_before_a_run_predicted_over_budget() -> None:
    ladder = [10_000, 20_000, 50_000]

    assert next_peer_rows(ladder, [], budget=180) == 10_000
    assert next_peer_rows(ladder, [peer_run(10_000, 52.0)], budget=180) == 20_000
    # 20k rows took 102 s: 50k would take about 252 s
    done = [peer_run(10_000, 52.0), peer_run(20_000, 102.0)]
    assert next_peer_rows(ladder, done, budget=180) is None
    assert next_peer_rows(ladder, done, budget=300) == 50_000
    assert next_peer_rows([10_000], [peer_run(10_000, 1.0)], budget=180) is None


def test_presidio_is_compared_with_apply_at_one_million_rows(report: Report) -> None:
    comparison = report.peer_comparison()

    assert comparison is not None
    rows, estimate, times = comparison
    assert rows == 1_000_000
    assert estimate == pytest.approx(2.0 + 100.0 * 50)  # the 20k run, setup once
    assert times == pytest.approx(estimate / 4.0)


def test_without_one_million_rows_the_smallest_size_is_used(report: Report) -> None:
    report.measurements = [m for m in report.measurements if m.rows == 2_000_000]

    comparison = report.peer_comparison()

    assert comparison is not None
    assert comparison[0] == 2_000_000


def test_table_has_a_row_per_measurement_then_presidio(report: Report) -> None:
    rows = table_rows(report)

    assert rows[0] == HEADER
    assert len(rows) == 1 + 8 + 2 + 1
    assert rows[2][:5] == ("1,000,000", "minshare apply -> parquet", "4.00", "1.33", "copy")
    assert rows[2][-1] == "<=1.5x ok, <600MB ok"
    assert rows[-1][1] == "presidio-structured (extrapolated)"
    assert rows[-1][3:5] == ("1,250", "apply")


def test_rendered_table_aligns_columns_without_trailing_spaces(report: Report) -> None:
    lines = render_table(table_rows(report)).splitlines()

    assert all(line == line.rstrip() for line in lines)
    wall = lines[0].index("wall s") + len("wall s")
    assert lines[2][wall - 4 : wall] == "4.00"  # numbers end under their heading


def test_text_report_names_the_inputs_and_why_presidio_stopped(report: Report) -> None:
    text = render_text(report)

    assert "median of 3 alternating runs" in text
    assert "extract-1000000.csv" in text
    assert "predicted 252 s > 180 s budget" in text
    assert "EMAIL=URL" in text


def test_json_document_has_a_version_and_every_run(report: Report) -> None:
    document = json.loads(json.dumps(report_json(report)))

    assert document["version"] == JSON_VERSION
    first = document["measurements"][1]
    assert first["kind"] == "apply"
    assert [r["seconds"] for r in first["runs"]] == [4.0, 5.0, 3.0]
    assert first["targets"][0] == {
        "target": "<=1.5x",
        "figure": "ratio",
        "limit": 1.5,
        "value": pytest.approx(4.0 / 3.0),
        "met": True,
    }
    assert document["peer"]["extrapolated"]["rows"] == 1_000_000
    assert len(document["peer"]["runs"]) == 2


def test_quick_means_one_million_rows_once() -> None:
    args = parse_args(["--quick"])

    assert (args.rows, args.repeat) == ([1_000_000], 1)
    args = parse_args(["--rows", "5000000,1_000_000", "--repeat", "2"])
    assert (args.rows, args.repeat) == ([1_000_000, 5_000_000], 2)


@pytest.mark.parametrize("text", ["", "1,x", "0", "-5"])
def test_row_counts_must_be_positive_numbers(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match=r"row counts|whole numbers"):
        positive_ints(text)


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(BENCH)!r})\n{code}"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def test_the_runner_imports_no_pyarrow() -> None:
    done = run_python("import perfbench.cli\nprint('pyarrow' in sys.modules)")

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_a_child_past_its_time_limit_is_killed() -> None:
    done = run_python(
        "from perfbench.processes import measure\n"
        "r = measure([sys.executable, '-c', 'import time; time.sleep(30)'], timeout=0.5)\n"
        "print(r.timed_out, r.status, r.seconds < 10, r.peak_mb > 0)"
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "-9", "True", "True"]


def test_parent_pid_survives_odd_process_names() -> None:
    assert parent_pid(b"4242 (python3) S 17 4242 17 0 -1") == 17
    assert parent_pid(b"4242 (a b) c) R 99 4242 17 0 -1") == 99


def test_resident_memory_from_proc_status() -> None:
    status = "Name:\tpython\nVmHWM:\t  300512 kB\nVmRSS:\t  290960 kB\nThreads:\t3\n"

    assert proc_kb(status, "VmRSS", "VmHWM") == (290960, 300512)
    assert proc_kb("Name:\tzombie\nState:\tZ (zombie)\n", "VmRSS", "VmHWM") == (0, 0)
    assert proc_kb("Rss:  1200 kB\nPss:  800 kB\nPss_Anon:  700 kB\n", "Pss") == (800,)


HOLD = "data = b'x' * 150_000_000\nimport time\ntime.sleep(1.0)\n"


def test_the_memory_of_a_childs_own_workers_is_counted(tmp_path: Path) -> None:
    # a child holding 150 MB starts a worker holding 150 MB: the tree holds 300 MB at once,
    # while ru_maxrss, the largest single process, says about half that
    (tmp_path / "worker.py").write_text(HOLD)
    child = tmp_path / "child.py"
    child.write_text(
        "import subprocess, sys\n"
        f"worker = subprocess.Popen([sys.executable, {str(tmp_path / 'worker.py')!r}])\n"
        f"{HOLD}worker.wait()\n"
    )
    done = run_python(
        "from perfbench.processes import measure\n"
        f"r = measure([sys.executable, {str(child)!r}])\n"
        "print(r.status, round(r.peak_mb), round(r.largest_process_mb), "
        "round(r.rss_sum_mb), round(r.process_peaks_mb))"
    )

    assert done.returncode == 0, done.stderr
    status, tree, largest, rss_sum, bound = map(int, done.stdout.split())
    assert status == 0
    assert 150 <= largest < 250
    assert 300 <= tree <= rss_sum <= bound
