"""CSV formula injection: values leave as they came unless --escape-formulas is asked for."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa

from conftest import Cli, Keys
from minshare.io import escape_formulas, formula_like

CELLS = [
    '=HYPERLINK("http://x","click")',
    "+61 2 9876 5432",
    "-12.50",
    "@SUM(A1:A9)",
    "+cmd|' /C calc'!A0",
    "\tleading tab",
    "plain text",
    "-",
    None,
    "",
]


def test_which_cells_look_like_formulas() -> None:
    found = formula_like(pa.array(CELLS)).to_pylist()
    assert found == [True, False, False, True, True, True, False, False, None, False]


def test_escaping_adds_an_apostrophe_to_formulas_only() -> None:
    batch = pa.record_batch([pa.array(CELLS), pa.array(range(len(CELLS)))], names=["text", "n"])
    out = escape_formulas(batch)
    assert out.column(0).to_pylist() == [
        '\'=HYPERLINK("http://x","click")',
        "+61 2 9876 5432",
        "-12.50",
        "'@SUM(A1:A9)",
        "'+cmd|' /C calc'!A0",
        "'\tleading tab",
        "plain text",
        "-",
        None,
        "",
    ]
    assert out.column(1).equals(batch.column(1))


def test_the_cli_escapes_on_request_and_warns_otherwise(
    tmp_path: Path, keys: Keys, run_cli: Cli
) -> None:
    data = tmp_path / "in.csv"
    data.write_text('code,comment\n1,=HYPERLINK("http://x")\n2,+61 2 9876 5432\n3,-12.50\n')
    policy = tmp_path / "p.yaml"
    policy.write_text(
        "minshare: 1\npurposes:\n  r:\n    basis: research-and-development\n    agreement: A\n"
        "    recipient: {name: R}\n    columns:\n      code: keep\n      comment: keep\n"
    )
    checked = run_cli("check", data, "--policy", policy, "--purpose", "r", "--json")
    assert checked.exit_code == 0
    [warning] = json.loads(checked.stdout)["findings"]
    assert warning["rule"] == "formula-like" and warning["column"] == "comment"
    assert warning["severity"] == "warning" and "1 of 3" in warning["reason"]

    plain = run_cli(
        "apply",
        data,
        "--policy",
        policy,
        "--purpose",
        "r",
        "-o",
        tmp_path / "a.csv",
        "--keys",
        keys.sender,
    )
    assert plain.exit_code == 0 and "formula" in plain.stderr
    assert '"=HYPERLINK(""http://x"")"' in (tmp_path / "a.csv").read_text()

    escaped = run_cli(
        "apply",
        data,
        "--policy",
        policy,
        "--purpose",
        "r",
        "-o",
        tmp_path / "b.csv",
        "--keys",
        keys.sender,
        "--escape-formulas",
    )
    assert escaped.exit_code == 0
    lines = (tmp_path / "b.csv").read_text().splitlines()
    assert lines[1:] == [
        '"1","\'=HYPERLINK(""http://x"")"',
        '"2","+61 2 9876 5432"',
        '"3","-12.50"',
    ]
