"""Start the processes ``bench/run`` measures, and measure them.

Peak memory comes from two places (see ``measure``): the child's ``ru_maxrss`` from
``os.wait4``, and its process tree's resident memory sampled from /proc. A child starts
as a copy of this process (fork or vfork, then exec), and Linux carries the parent's
resident high-water mark into the child's ``ru_maxrss``. So this process stays small: it
imports no pyarrow (``measure`` refuses to run if anything has), and the extracts are
made by a child of their own (``make_extract``).
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1]
REPO = BENCH.parent

# the references: the same file through pyarrow alone, nothing else imported
PYARROW_COPY = """\
import sys
try:
    import pyarrow.csv, pyarrow.parquet
    pyarrow.parquet.write_table(pyarrow.csv.read_csv(sys.argv[1]), sys.argv[2])
except Exception as exc:  # a message could quote a cell: the type only
    sys.exit(f"pyarrow copy failed: {type(exc).__name__}")
"""
PYARROW_READ = """\
import sys
try:
    import pyarrow.csv
    pyarrow.csv.read_csv(sys.argv[1])
except Exception as exc:
    sys.exit(f"pyarrow read failed: {type(exc).__name__}")
"""

VERSIONS = """\
import json, platform
from importlib import metadata
found = {"python": platform.python_version()}
for name in ("minshare", "pyarrow", "pandas", "presidio-structured", "presidio-analyzer"):
    try:
        found[name] = metadata.version(name)
    except metadata.PackageNotFoundError:
        found[name] = "not installed"
print(json.dumps(found))
"""


class ProcessFailed(Exception):
    """A measured command did not succeed; says which, and how it ended."""

    def __init__(self, what: str, status: int, stderr: str) -> None:
        self.what, self.status, self.stderr = what, status, stderr
        how = f"signal {-status}" if status < 0 else f"exit status {status}"
        tail = "\n".join(stderr.strip().splitlines()[-5:])
        super().__init__(f"{what}: {how}" + (f"\n{tail}" if tail else ""))


@dataclass(frozen=True)
class Finished:
    """How one child process went. Memory figures are in 10^6 bytes; see ``measure``."""

    seconds: float  # wall time, start to exit
    peak_mb: float  # the process tree's peak memory, shared pages split between users
    largest_process_mb: float  # wait4's ru_maxrss: the largest single process's peak
    rss_sum_mb: float  # the tree's peak summed VmRSS: shared pages once per process
    process_peaks_mb: float  # the sum of each process's own peak: a bound from above
    user_seconds: float  # CPU time in user mode, its waited-for children included
    system_seconds: float  # and in the kernel (page faults: first touch of new memory)
    status: int  # exit status; minus the signal number when killed by one
    stdout: str
    stderr: str
    timed_out: bool = False


SAMPLE_SECONDS = 0.05  # how often the process tree's VmRSS is read while it runs
# and its Pss every this many samples: reading Pss briefly locks each process's memory map
PSS_EVERY = 5


def parent_pid(stat: bytes) -> int:
    """The parent's id from a ``/proc/PID/stat`` line (the name may hold spaces and ')')."""
    return int(stat[stat.rindex(b")") + 2 :].split()[1])


def proc_kb(text: str, *keys: str) -> tuple[int, ...]:
    """The kB figures named ``keys`` in a ``/proc/PID/status`` or ``smaps_rollup`` text;
    0 for any not there (a zombie has none)."""
    found = dict.fromkeys(keys, 0)
    for line in text.splitlines():
        key, _, rest = line.partition(":")
        if key in found:
            found[key] = int(rest.split()[0])
    return tuple(found[key] for key in keys)


def descendants(root: int) -> list[int]:
    """``root`` and every process below it, from one pass over /proc."""
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as stat:
                children.setdefault(parent_pid(stat.read()), []).append(int(name))
        except (OSError, ValueError):  # gone since the listing
            continue
    tree, stack = [], [root]
    while stack:
        pid = stack.pop()
        tree.append(pid)
        stack.extend(children.get(pid, ()))
    return tree


def _read(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as file:
            return file.read()
    except OSError:  # exited since the scan
        return ""


@dataclass
class TreeMemory:
    """A process tree's resident memory, sampled while it runs.

    Processes of one tree share pages (the interpreter, pyarrow's libraries), so a sum
    of their VmRSS counts those once per process and errs high. Pss splits each shared
    page between the processes mapping it, so the summed Pss is the tree's own physical
    memory; reading it takes each process's memory-map lock briefly, so it is read
    every ``PSS_EVERY`` samples only. ``hwm_kb`` keeps each process's own high-water
    mark as last seen: their sum bounds the tree's peak from above.
    """

    rss_peak_kb: int = 0
    pss_peak_kb: int = 0
    hwm_kb: dict[int, int] = field(default_factory=dict)
    samples: int = 0

    def sample(self, root: int) -> None:
        proportional = self.samples % PSS_EVERY == 0
        self.samples += 1
        rss_total = pss_total = 0
        for pid in descendants(root):
            rss, hwm = proc_kb(_read(f"/proc/{pid}/status"), "VmRSS", "VmHWM")
            rss_total += rss
            self.hwm_kb[pid] = max(self.hwm_kb.get(pid, 0), hwm)
            if proportional:
                pss_total += proc_kb(_read(f"/proc/{pid}/smaps_rollup"), "Pss")[0]
        self.rss_peak_kb = max(self.rss_peak_kb, rss_total)
        self.pss_peak_kb = max(self.pss_peak_kb, pss_total)


def own_peak_mb() -> float:
    """This process's max RSS so far: a floor under every child's ``ru_maxrss``."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6


def measure(cmd: list[str], *, timeout: float | None = None) -> Finished:
    """Run ``cmd`` as a fresh process; its wall time, peak memory and output.

    Memory: a command may start workers of its own (``minshare apply`` does, on large
    inputs), and ``ru_maxrss`` is the largest single process's peak, not their total. So
    the tree is also sampled while it runs (``TreeMemory``): ``peak_mb`` is the larger of
    its peak summed Pss and ``ru_maxrss``. The wait itself is on a pidfd, so the wall
    time ends when the child exits, not at the next sample.

    Past ``timeout`` seconds the child is killed (it is still unreaped then, so the
    signal cannot reach another process that took its id).
    """
    if "pyarrow" in sys.modules:
        raise RuntimeError("the runner imported pyarrow: children would inherit its memory")
    memory = TreeMemory()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        pidfd = os.pidfd_open(proc.pid)
        timed_out = False
        try:
            poller = select.poll()
            poller.register(pidfd, select.POLLIN)
            while not poller.poll(SAMPLE_SECONDS * 1000):
                memory.sample(proc.pid)
                if timeout is not None and time.perf_counter() - start > timeout:
                    proc.kill()
                    timed_out = True
                    break
        finally:
            os.close(pidfd)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped: Popen must not wait
        out.seek(0)
        err.seek(0)
        largest = usage.ru_maxrss * 1024 / 1e6  # ru_maxrss is KiB on Linux
        return Finished(
            seconds=seconds,
            peak_mb=max(memory.pss_peak_kb * 1024 / 1e6, largest),
            largest_process_mb=largest,
            rss_sum_mb=max(memory.rss_peak_kb * 1024 / 1e6, largest),
            process_peaks_mb=max(sum(memory.hwm_kb.values()) * 1024 / 1e6, largest),
            user_seconds=usage.ru_utime,
            system_seconds=usage.ru_stime,
            status=proc.returncode,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
            timed_out=timed_out,
        )


def interpreter() -> Path:
    """The Python that has minshare installed: this one, or the checkout's .venv."""
    here = Path(sys.executable)
    if (here.parent / "minshare").exists():
        return here
    venv = REPO / ".venv" / "bin" / "python"
    return venv if venv.exists() else here


def minshare_command(python: Path) -> str:
    """The ``minshare`` console script beside ``python``, or the one on PATH."""
    beside = python.parent / "minshare"
    if beside.exists():
        return str(beside)
    found = shutil.which("minshare")
    if found is None:
        raise FileNotFoundError("minshare is not installed: pip install -e .")
    return found


def versions(python: Path) -> dict[str, str]:
    """The Python and package versions the measured processes run with."""
    done = subprocess.run(
        [str(python), "-c", VERSIONS], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise ProcessFailed("reading package versions", done.returncode, done.stderr)
    found: dict[str, str] = json.loads(done.stdout)
    return found


def make_extract(python: Path, rows: int) -> Path:
    """The cached synthetic extract of ``rows`` rows, made by a child process."""
    done = subprocess.run(
        [str(python), str(BENCH / "agency_data.py"), str(rows)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise ProcessFailed(f"making the {rows:,}-row extract", done.returncode, done.stderr)
    return Path(done.stdout.strip())


@dataclass(frozen=True)
class Commands:
    """The command lines of one benchmark run, sharing a work folder."""

    python: Path
    minshare: str
    work: Path

    @classmethod
    def prepare(cls, python: Path, work: Path, policy: str) -> Commands:
        """Keys, a recipient and the policy in ``work``, ready for ``apply``."""
        minshare = minshare_command(python)
        for step in (["keys", "init", "keys"], ["keys", "recipient", "recipient"]):
            done = subprocess.run(
                [minshare, *step[:2], str(work / step[2])],
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode != 0:
                raise ProcessFailed(f"minshare {' '.join(step[:2])}", done.returncode, done.stderr)
        (work / "policy.yaml").write_text(policy, encoding="utf-8")
        return cls(python, minshare, work)

    def release(self) -> Path:
        return self.work / "release.parquet"

    def clear_outputs(self) -> None:
        """Remove the last run's outputs, so each run writes afresh."""
        for name in ("release.parquet", "release.parquet.manifest.json", "copy.parquet"):
            (self.work / name).unlink(missing_ok=True)
        for peer in self.work.glob("peer-*.parquet"):
            peer.unlink()

    def of(self, kind: str, data: Path) -> list[str]:
        """The command line of one kind of measurement (``report.KINDS``) on ``data``."""
        if kind == "copy":
            return [
                str(self.python),
                "-c",
                PYARROW_COPY,
                str(data),
                str(self.work / "copy.parquet"),
            ]
        if kind == "read":
            return [str(self.python), "-c", PYARROW_READ, str(data)]
        if kind == "apply":
            return [
                self.minshare,
                "apply",
                str(data),
                "--policy",
                str(self.work / "policy.yaml"),
                "--purpose",
                "bench",
                "-o",
                str(self.release()),
                "--keys",
                str(self.work / "keys"),
            ]
        if kind == "scan":
            return [self.minshare, "scan", "--json", str(data)]
        raise ValueError(f"unknown measurement {kind!r}")

    def peer(self, data: Path, rows: int) -> list[str]:
        """presidio-structured's apply-equivalent on the first ``rows`` rows of ``data``."""
        output = self.work / f"peer-{rows}.parquet"
        return [
            str(self.python),
            str(BENCH / "peer_presidio.py"),
            str(data),
            str(rows),
            str(output),
        ]
