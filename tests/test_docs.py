"""The docs stay true: the CLI reference matches --help, and the guides run as written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from minshare.cli.reference import render
from support import REPO


def test_the_cli_reference_is_generated_from_the_code() -> None:
    written = (REPO / "docs" / "cli.md").read_text()
    assert written == render(), "docs/cli.md is stale: run 'make docs'"


def test_every_command_has_an_example_in_its_help() -> None:
    text = render()
    for section in text.split("\n## ")[2:]:
        name = section.splitlines()[0]
        if name in ("minshare keys", "minshare policy"):
            continue  # groups: their commands carry the examples
        assert "Example" in section, name


def test_shell_completion_scripts_come_from_the_command(tmp_path: Path) -> None:
    minshare = Path(sys.executable).parent / "minshare"
    for shell in ("bash", "zsh", "fish"):
        result = subprocess.run(
            [str(minshare)],
            env={**os.environ, "_MINSHARE_COMPLETE": f"{shell}_source"},
            capture_output=True,
            text=True,
            check=True,
        )
        assert "_MINSHARE_COMPLETE" in result.stdout, shell
    completed = subprocess.run(
        [str(minshare)],
        env={
            **os.environ,
            "_MINSHARE_COMPLETE": "bash_complete",
            "COMP_WORDS": "minshare ap",
            "COMP_CWORD": "1",
        },
        capture_output=True,
        text=True,
        check=True,
    )
    assert "apply" in completed.stdout


def test_the_user_guide_mentions_every_command() -> None:
    guide = (REPO / "docs" / "user-guide.md").read_text()
    for command in (
        "scan",
        "apply",
        "check",
        "verify",
        "decrypt",
        "risk",
        "keys init",
        "keys recipient",
        "policy lint",
        "policy diff",
    ):
        assert f"minshare {command}" in guide, command


def test_the_audit_guide_runs_as_written(tmp_path: Path) -> None:
    import re
    import shutil

    import minshare
    from minshare.keys import init_sender_keys
    from support import POLICIES, SAMPLES

    init_sender_keys(tmp_path / "keys")
    shutil.copy(POLICIES / "clients.yaml", tmp_path / "clients.yaml")
    minshare.apply(
        SAMPLES / "clients.csv",
        policy=tmp_path / "clients.yaml",
        purpose="research",
        output=tmp_path / "clients.parquet",
        keys=tmp_path / "keys",
    )
    shutil.copy(tmp_path / "keys" / "signing.pub", tmp_path / "signing.pub")
    guide = (REPO / "docs" / "audit.md").read_text()
    bindir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ['PATH']}"}
    for block in re.findall(r"```sh\n(.*?)```", guide, re.S):
        result = subprocess.run(
            ["bash", "-e", "-o", "pipefail", "-c", block.replace("\\\n", " ")],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, (block, result.stdout, result.stderr)
        # a block that prints two digests prints the same one twice: recorded, and recomputed
        digests = [line.split()[0] for line in result.stdout.splitlines() if line.strip()]
        if len(digests) == 2 and all(re.fullmatch(r"[0-9a-f]{64}", d) for d in digests):
            assert digests[0] == digests[1], block
    for block in re.findall(r"```python\n(.*?)```", guide, re.S):
        result = subprocess.run(
            [sys.executable, "-c", block], cwd=tmp_path, capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, (block, result.stderr)


def test_the_user_guide_lists_every_entity_type_under_its_category() -> None:
    from minshare.detect.findings import ENTITY_CATEGORY

    guide = (REPO / "docs" / "user-guide.md").read_text()
    rows = {
        line.split("|")[1].strip(" `"): line.split("|")[2]
        for line in guide.splitlines()
        if line.startswith("| `")
    }
    listed = {
        entity: category
        for category, cell in rows.items()
        for entity in (part.split("`")[1] for part in cell.split(", ") if "`" in part)
    }
    assert listed == ENTITY_CATEGORY
