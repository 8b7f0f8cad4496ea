"""Faults: interrupted, killed, out of disk space, run twice. Nothing half-done is left."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import minshare
from conftest import Cli, Keys
from minshare.errors import ExitStatus, OutputError
from support import SAMPLES, listing


def big_extract(folder: Path, copies: int = 200) -> Path:
    """The clients sample repeated, for a run that lasts long enough to interrupt."""
    lines = (SAMPLES / "clients.csv").read_text().splitlines(keepends=True)
    path = folder / "big.csv"
    with open(path, "w") as fh:
        fh.write(lines[0])
        for _ in range(copies):
            fh.writelines(lines[1:])
    return path


def start_apply(workdir: Path, keys: Keys, data: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "minshare",
            "apply",
            str(data),
            "--policy",
            str(workdir / "policies" / "clients.yaml"),
            "--purpose",
            "research",
            "-o",
            str(workdir / "out" / "big.parquet"),
            "--keys",
            str(keys.sender),
            "--jobs",
            "0",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def wait_until_writing(workdir: Path, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if any(
            p.name.endswith(".parquet") and ".partial" in p.name
            for p in (workdir / "out").iterdir()
        ):
            time.sleep(0.3)
            return
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        time.sleep(0.05)
    raise AssertionError("the run never started writing")


def test_ctrl_c_leaves_nothing(workdir: Path, keys: Keys) -> None:
    data = big_extract(workdir)
    proc = start_apply(workdir, keys, data)
    wait_until_writing(workdir, proc)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == ExitStatus.INTERRUPTED, stderr
    assert stderr.decode().strip().splitlines() == [
        "minshare: error: interrupted; nothing was written"
    ]
    assert listing(workdir / "out") == []


def test_sigkill_leaves_no_output_and_the_next_run_clears_its_traces(
    workdir: Path, keys: Keys
) -> None:
    data = big_extract(workdir)
    proc = start_apply(workdir, keys, data)
    wait_until_writing(workdir, proc)
    proc.kill()
    proc.communicate(timeout=60)
    left = listing(workdir / "out")
    assert "big.parquet" not in left and "big.parquet.manifest.json" not in left
    assert all(name.startswith(".big.parquet") and ".partial" in name for name in left)
    release = minshare.apply(
        workdir / "samples" / "clients.csv",
        policy=workdir / "policies" / "clients.yaml",
        purpose="research",
        output=workdir / "out" / "big.parquet",
        keys=keys.sender,
    )
    assert listing(workdir / "out") == ["big.parquet", "big.parquet.manifest.json"]
    assert minshare.verify(release.manifest_path, signer_key=keys.signing_pub).ok


def test_a_full_disk_fails_cleanly(
    workdir: Path, keys: Keys, run_cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    from minshare.io import writers

    real = writers._ParquetWriter.write
    written = 0

    def fill_up(self: object, batch: object) -> None:
        nonlocal written
        written += 1
        if written > 1:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(self, batch)  # type: ignore[arg-type]

    monkeypatch.setattr(writers._ParquetWriter, "write", fill_up)
    monkeypatch.setattr("minshare.io.columnar.PARQUET_BATCH_ROWS", 1000)
    data = big_extract(workdir, copies=2)
    with pytest.raises(OutputError, match="No space left on device"):
        minshare.apply(
            data,
            policy=workdir / "policies" / "clients.yaml",
            purpose="research",
            output=workdir / "out" / "full.parquet",
            keys=keys.sender,
            workers=0,
        )
    assert listing(workdir / "out") == []
    written = 0
    result = run_cli(
        "apply",
        data,
        "--policy",
        workdir / "policies" / "clients.yaml",
        "--purpose",
        "research",
        "-o",
        workdir / "out" / "full.parquet",
        "--keys",
        keys.sender,
        "--jobs",
        "0",
    )
    assert result.exit_code == ExitStatus.IO
    assert result.stderr.count("\n") == 1 and "No space left on device" in result.stderr
    assert listing(workdir / "out") == []


@pytest.mark.parametrize("ext", ["csv", "jsonl", "parquet", "arrow", "csv.gz"])
def test_running_twice_gives_the_same_bytes(workdir: Path, keys: Keys, ext: str) -> None:
    outputs = []
    for attempt in range(2):
        release = minshare.apply(
            workdir / "samples" / "clients.csv",
            policy=workdir / "policies" / "clients.yaml",
            purpose="policy-and-programs",
            output=workdir / "out" / f"run{attempt}.{ext}",
            keys=keys.sender,
        )
        outputs.append(release.output_path.read_bytes())
    assert outputs[0] == outputs[1]


def test_encrypted_runs_differ_only_in_encrypted_cells(workdir: Path, keys: Keys) -> None:
    import pyarrow.parquet as pq

    tables = []
    for attempt in range(2):
        release = minshare.apply(
            workdir / "samples" / "episodes.parquet",
            policy=workdir / "policies" / "episodes.yaml",
            purpose="service-delivery",
            output=workdir / "out" / f"e{attempt}.parquet",
            keys=keys.sender,
        )
        tables.append(pq.read_table(release.output_path))
    first, second = tables
    for column in first.column_names:
        same = first.column(column).equals(second.column(column))
        # a fresh data key per release: even deterministic ciphertexts change between releases
        assert same == (column not in ("MEDICARE_NO", "IHI", "DOB")), column
