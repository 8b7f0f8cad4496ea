"""docs/ci.md runs as written: its GitHub and GitLab commands pass on the samples and catch a weakening."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from support import POLICIES, REPO, SAMPLES

DOC = REPO / "docs" / "ci.md"


def yaml_blocks() -> list[object]:
    return [
        yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", DOC.read_text(), re.S)
    ]


def github_steps() -> list[tuple[str, dict[str, str]]]:
    workflow = next(b for b in yaml_blocks() if isinstance(b, dict) and "jobs" in b)
    steps = workflow["jobs"]["gate"]["steps"]
    return [
        (s["run"], s.get("env", {})) for s in steps if "run" in s and "pip install" not in s["run"]
    ]


def gitlab_script() -> list[str]:
    job = next(b for b in yaml_blocks() if isinstance(b, dict) and "minshare-gate" in b)
    return [line for line in job["minshare-gate"]["script"] if "pip install" not in line]


@pytest.fixture
def repo(tmp_path: Path, session_keys: object) -> Path:
    """A git repository laid out as the docs assume, with origin/main at its first commit."""
    root = tmp_path / "repo"
    shutil.copytree(SAMPLES, root / "samples", ignore=shutil.ignore_patterns("*.py"))
    shutil.copytree(POLICIES, root / "policies")
    from minshare.keys import init_recipient_keys

    for name in ("services-australia", "ato"):
        init_recipient_keys(root / "demo" / "keys" / name)

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "add", "samples", "policies")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "base")
    git("update-ref", "refs/remotes/origin/main", "HEAD")
    return root


def run_shell(script: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    return subprocess.run(
        ["bash", "-e", "-c", script],
        cwd=cwd,
        env={**os.environ, "PATH": path, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_docs_hold_both_examples() -> None:
    assert len(github_steps()) == 3
    assert len(gitlab_script()) == 3


def test_the_github_workflow_passes_and_then_catches_a_weakening(repo: Path) -> None:
    env = {"BASE_REF": "main"}
    for script, _ in github_steps():
        result = run_shell(script.replace("${{ github.base_ref }}", "main"), repo, env)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "::error" not in result.stdout
    policy = repo / "policies" / "clients.yaml"
    policy.write_text(
        policy.read_text().replace("      TFN:           drop\n", "      TFN:           keep\n", 1)
    )
    _, check, diff = (script for script, _ in github_steps())
    checked = run_shell(check, repo, env)
    assert checked.returncode == 1
    assert re.search(
        r"^::error file=policies/clients.yaml,line=\d+,title=minshare keep-personal::column 'TFN'",
        checked.stdout,
        re.M,
    )
    diffed = run_shell(diff, repo, env)
    assert diffed.returncode == 1
    assert (
        "::error file=policies/clients.yaml,line=25,title=minshare weakening::purpose 'service-delivery': drop to keep shows more (drop -> keep)"
        in diffed.stdout
    )


def test_the_gitlab_job_passes(repo: Path) -> None:
    env = {"CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main"}
    for line in gitlab_script():
        result = run_shell(line, repo, env)
        assert result.returncode == 0, result.stdout + result.stderr
    import json

    assert json.loads((repo / "check.json").read_text())["ok"] is True


def test_the_pre_commit_hook_runs_the_lint(repo: Path) -> None:
    [hook] = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "minshare-policy-lint"
    assert re.search(hook["files"], "policies/clients.yaml") and not re.search(
        hook["files"], "samples/x.yaml"
    )
    result = run_shell(f"{hook['entry']} policies/clients.yaml policies/episodes.yaml", repo, {})
    assert result.returncode == 0, result.stdout + result.stderr
