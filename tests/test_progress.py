"""Progress: the library reports it batch by batch; the CLI draws it only on a terminal."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

import minshare
from conftest import Keys
from minshare.cli.progress import ProgressBar
from minshare.detect import scan
from minshare.progress import Progress
from minshare.risk import risk
from support import SAMPLES


def big_csv(folder: Path) -> Path:
    lines = (SAMPLES / "clients.csv").read_text().splitlines(keepends=True)
    path = folder / "big.csv"
    path.write_text(lines[0] + "".join(lines[1:]) * 6)
    return path


@pytest.mark.parametrize("name", ["clients.csv", "episodes.parquet", "businesses.jsonl"])
def test_the_library_reports_rows_and_how_far_it_has_read(
    tmp_path: Path, keys: Keys, name: str
) -> None:
    data = big_csv(tmp_path) if name == "clients.csv" else SAMPLES / name
    reports: list[Progress] = []
    policy = SAMPLES.parent / "policies" / f"{name.split('.', maxsplit=1)[0]}.yaml"
    minshare.apply(
        data,
        policy=policy,
        purpose="research",
        output=tmp_path / "o.parquet",
        keys=keys.sender,
        progress=reports.append,
    )
    rows = [r.rows for r in reports]
    assert rows == sorted(rows) and rows[-1] > 0
    fractions = [r.fraction for r in reports]
    assert all(f is not None and 0 < f <= 1 for f in fractions)
    assert fractions[-1] == pytest.approx(1.0, abs=0.35)
    for measure in (
        lambda cb: scan(data, progress=cb),
        lambda cb: risk(str(data), quasi_identifiers=[_first(data)], progress=cb),
    ):
        seen: list[Progress] = []
        measure(seen.append)
        assert seen and seen[-1].rows == rows[-1]


def _first(path: Path) -> str:
    from minshare.io import open_reader

    reader = open_reader(path)
    try:
        return str(reader.schema.names[0])
    finally:
        reader.close()


def test_standard_input_reports_rows_without_a_fraction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO((SAMPLES / "clients.csv").read_bytes()))
    )
    seen: list[Progress] = []
    risk("-", quasi_identifiers=["SEX_CD"], input_format="csv", progress=seen.append)
    assert seen[-1].rows == 3000 and seen[-1].fraction is None


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_draws_on_a_terminal_and_clears_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with ProgressBar("apply", delay=0) as bar:
        bar(Progress(50_000, 0.5))
        bar(Progress(100_000, None))
    drawn = terminal.getvalue()
    assert "apply  ############------------   50%  50,000 rows" in drawn
    assert "left" in drawn and "100,000 rows" in drawn
    assert drawn.endswith("\r\x1b[K")


def test_the_bar_stays_hidden_when_quiet_or_piped(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with ProgressBar("apply", quiet=True, delay=0) as bar:
        bar(Progress(1, 0.1))
    with ProgressBar("apply", delay=3600) as bar:  # a run shorter than the delay
        bar(Progress(1, 0.1))
    piped = io.StringIO()
    monkeypatch.setattr(sys, "stderr", piped)
    with ProgressBar("apply", delay=0) as bar:
        bar(Progress(1, 0.1))
    assert terminal.getvalue() == "" and piped.getvalue() == ""
