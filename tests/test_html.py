"""The HTML reports: self-contained, escaped, and readable in a real browser (headless Chromium)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import Cli, Keys
from support import REPO

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is missing; 'make test' installs it"
)
ARTIFACTS = REPO / "test-artifacts"


def chromium(*args: str, user_data: Path) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={user_data}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def make_reports(workdir: Path, keys: Keys, run_cli: Cli) -> tuple[Path, Path, Path]:
    scan_page, good_page, bad_page = (
        workdir / "scan.html",
        workdir / "verify.html",
        workdir / "bad.html",
    )
    assert run_cli("scan", workdir / "samples" / "clients.csv", "--html", scan_page).exit_code == 0
    out = workdir / "out" / "clients.csv"
    apply = [
        "apply",
        workdir / "samples" / "clients.csv",
        "--policy",
        workdir / "policies" / "clients.yaml",
        "--purpose",
        "service-delivery",
        "-o",
        out,
        "--keys",
        keys.sender,
    ]
    assert run_cli(*apply).exit_code == 0
    manifest = f"{out}.manifest.json"
    assert (
        run_cli("verify", manifest, "--signer-key", keys.signing_pub, "--html", good_page).exit_code
        == 0
    )
    out.write_text(out.read_text().replace("QLD", "NSW", 1))
    assert (
        run_cli("verify", manifest, "--signer-key", keys.signing_pub, "--html", bad_page).exit_code
        == 1
    )
    return scan_page, good_page, bad_page


def test_the_pages_are_self_contained_and_hold_no_values(
    workdir: Path, keys: Keys, run_cli: Cli
) -> None:
    for page in make_reports(workdir, keys, run_cli):
        html = page.read_text()
        assert html.startswith("<!doctype html>")
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html), page
        assert "<link" not in html and "<script" not in html and "@import" not in html
        for value in ("256546358T", "Winters", "0406 674 999", "ruby.winters@outlook.com"):
            assert value not in html, (page, value)


@needs_chromium
def test_chromium_renders_the_reports(
    workdir: Path, keys: Keys, run_cli: Cli, tmp_path: Path
) -> None:
    scan_page, good_page, bad_page = make_reports(workdir, keys, run_cli)
    expected = {
        scan_page: [
            "minshare scan",
            "TFN",
            "AU_TFN",
            "direct identifier",
            "checksum",
            "CASE_NOTE_TXT",
        ],
        good_page: [
            "Verified: every check passed",
            "signature",
            "data-hash",
            "rescan",
            "delivery-of-government-services",
            "Services Australia",
            "DSA-2026-0142",
            "encrypt",
            "must not re-identify",
        ],
        bad_page: ["Not verified: a check failed", "FAIL", "data-hash"],
    }
    ARTIFACTS.mkdir(exist_ok=True)
    for page, fragments in expected.items():
        dom = chromium("--dump-dom", page.as_uri(), user_data=tmp_path / "profile")
        assert dom.returncode == 0, dom.stderr
        text = re.sub(r"<[^>]+>", " ", dom.stdout)
        for fragment in fragments:
            assert fragment in text or fragment in dom.stdout, (page.name, fragment)
        shot = ARTIFACTS / f"{page.stem}-report.png"
        shot.unlink(missing_ok=True)
        taken = chromium(
            f"--screenshot={shot}",
            "--window-size=1280,1600",
            page.as_uri(),
            user_data=tmp_path / "profile",
        )
        assert taken.returncode == 0, taken.stderr
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
