"""Fixtures shared by the test suite: key sets, sample files, policies and a CLI runner."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import settings

from minshare.cli import run
from minshare.keys import init_recipient_keys, init_sender_keys
from support import POLICIES, SAMPLES

# Property tests check what is true, never how fast: a loaded two-core machine must not fail
# an example for taking longer than Hypothesis's default 200 ms.
settings.register_profile("minshare", deadline=None)
settings.load_profile("minshare")


@dataclass(frozen=True)
class Keys:
    sender: Path
    recipient: Path

    @property
    def signing_pub(self) -> Path:
        return self.sender / "signing.pub"

    @property
    def recipient_key(self) -> Path:
        return self.recipient / "recipient.key"

    @property
    def recipient_pub(self) -> Path:
        return self.recipient / "recipient.pub"


@pytest.fixture(scope="session")
def session_keys(tmp_path_factory: pytest.TempPathFactory) -> Keys:
    base = tmp_path_factory.mktemp("keys")
    init_sender_keys(base / "sender")
    init_recipient_keys(base / "recipient")
    return Keys(base / "sender", base / "recipient")


@pytest.fixture
def keys(session_keys: Keys) -> Keys:
    return session_keys


@pytest.fixture
def workdir(tmp_path: Path, session_keys: Keys) -> Path:
    """A folder laid out as the repo is: samples/, policies/ and the demo's recipient keys."""
    shutil.copytree(SAMPLES, tmp_path / "samples", ignore=shutil.ignore_patterns("*.py"))
    shutil.copytree(POLICIES, tmp_path / "policies")
    for name in ("services-australia", "ato"):
        target = tmp_path / "demo" / "keys" / name
        target.mkdir(parents=True)
        for file in ("recipient.key", "recipient.pub"):
            shutil.copy2(session_keys.recipient / file, target / file)
    (tmp_path / "out").mkdir()
    return tmp_path


@pytest.fixture
def write_policy(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write policy text to a file in the test's folder and return its path."""

    def write(text: str, name: str = "policy.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


@dataclass(frozen=True)
class CliResult:
    exit_code: int
    stdout: str
    stderr: str


@dataclass
class Cli:
    runner: CliRunner

    def __call__(
        self, *args: str | Path, input: str | bytes | None = None, env: dict[str, str] | None = None
    ) -> CliResult:
        # through run(), as the console script does, so errors map to exit codes
        with self.runner.isolation(input=input, env=env) as (out, err, _):
            code = run([str(a) for a in args])
            return CliResult(code, out.getvalue().decode(), err.getvalue().decode())


@pytest.fixture
def run_cli() -> Cli:
    """Run ``minshare`` in-process; stdout and stderr are kept apart."""
    return Cli(CliRunner())
