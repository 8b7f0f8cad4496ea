"""Constants and helpers the tests import (fixtures live in conftest.py)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
POLICIES = REPO / "policies"
REAL_DATA = (REPO / ".." / "shared" / "data" / "real").resolve()


def listing(folder: Path) -> list[str]:
    """Every file under ``folder``, relative, sorted (for 'nothing was written' checks)."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
