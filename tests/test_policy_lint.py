"""policy lint: what a valid policy can still get wrong, in every output format."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import Cli, Keys
from support import SAMPLES

HEAD = """\
minshare: 1
purposes:
  research:
    basis: research-and-development
    agreement: DSA-1
    recipient: {name: AIHW}
    columns:
"""


def write(folder: Path, name: str, columns: str, head: str = HEAD) -> Path:
    path = folder / name
    path.write_text(head + "".join(f"      {line}\n" for line in columns.strip().splitlines()))
    return path


def lint_json(run_cli: Cli, *args: str | Path) -> tuple[int, dict[str, object]]:
    result = run_cli("policy", "lint", *args, "--json")
    return result.exit_code, json.loads(result.stdout)


def test_the_example_policies_lint_with_warnings_only(run_cli: Cli, workdir: Path) -> None:
    # in a copy of the repo's layout with the recipients' keys, which a fresh clone lacks
    # until 'make demo' has made them
    code, document = lint_json(run_cli, *sorted((workdir / "policies").glob("*.yaml")))
    assert code == 0 and document["ok"] is True
    assert {f["severity"] for f in document["findings"]} <= {"warning"}  # type: ignore[union-attr, index]


def test_placeholder_justifications_and_kept_identifiers(tmp_path: Path, run_cli: Cli) -> None:
    path = write(
        tmp_path,
        "p.yaml",
        """
TAX_FILE_NO: keep
CLIENT_EMAIL: {action: keep, justification: "n/a"}
MOBILE_NO: {action: keep, justification: "the recipient rings clients about payments"}
AMOUNT: keep
""",
    )
    code, document = lint_json(run_cli, path)
    assert code == 1
    found = {(f["column"], f["rule"], f["severity"]) for f in document["findings"]}  # type: ignore[index, union-attr]
    assert found == {
        ("TAX_FILE_NO", "keep-identifier-name", "error"),
        ("CLIENT_EMAIL", "justification-placeholder", "error"),
        ("CLIENT_EMAIL", "keep-identifier-name", "warning"),
        ("MOBILE_NO", "keep-identifier-name", "warning"),
    }
    lines = {
        f["column"]: f["line"] for f in document["findings"] if f["rule"] == "keep-identifier-name"
    }  # type: ignore[index, union-attr]
    assert lines == {"TAX_FILE_NO": 8, "CLIENT_EMAIL": 9, "MOBILE_NO": 10}


def test_recipient_keys_must_load(tmp_path: Path, run_cli: Cli, keys: Keys) -> None:
    missing = write(
        tmp_path,
        "a.yaml",
        "A: {action: encrypt}",
        HEAD.replace("{name: AIHW}", "{name: AIHW, key: none.pub}"),
    )
    code, document = lint_json(run_cli, missing)
    assert code == 1 and document["findings"][0]["rule"] == "recipient-key"  # type: ignore[index]
    assert "no such key file" in document["findings"][0]["reason"]  # type: ignore[index]
    no_key = write(tmp_path, "b.yaml", "A: {action: encrypt}")
    assert lint_json(run_cli, no_key)[0] == 1
    good = write(
        tmp_path,
        "c.yaml",
        "A: {action: encrypt}",
        HEAD.replace("{name: AIHW}", f"{{name: AIHW, key: {keys.recipient_pub}}}"),
    )
    assert lint_json(run_cli, good) == (
        0,
        {"version": 1, "ok": True, "policies": [str(good)], "findings": []},
    )


def test_a_domain_no_other_column_shares(tmp_path: Path, run_cli: Cli) -> None:
    write(tmp_path, "one.yaml", "ID: {action: pseudonymise, domain: client}")
    write(
        tmp_path,
        "two.yaml",
        "CRN: {action: pseudonymise, domain: client}\nREF: {action: pseudonymise, domain: cleint}",
    )
    code, document = lint_json(run_cli, tmp_path / "two.yaml")
    assert code == 0
    [finding] = document["findings"]  # type: ignore[misc]
    assert (
        finding["rule"] == "lonely-domain"
        and finding["column"] == "REF"
        and "'cleint'" in finding["reason"]
    )


def test_data_columns_against_the_policy(tmp_path: Path, run_cli: Cli) -> None:
    path = write(tmp_path, "p.yaml", "CRN: drop\nNOT_THERE: drop")
    code, document = lint_json(run_cli, path, "--data", SAMPLES / "clients.csv")
    assert code == 1
    rules = {(f["rule"], f["column"]) for f in document["findings"]}  # type: ignore[index, union-attr]
    assert ("unknown-column", "NOT_THERE") in rules and ("unlisted-column", "TFN") in rules


def test_an_invalid_file_exits_3_and_the_others_are_still_linted(
    tmp_path: Path, run_cli: Cli
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(HEAD + "      A: {action: shred}\n")
    good = write(tmp_path, "good.yaml", "A: keep")
    result = run_cli("policy", "lint", bad, good, "--format", "github")
    assert result.exit_code == 3
    assert result.stdout.splitlines()[0] == (
        f"::error file={bad},line=8,title=minshare invalid-policy::{bad}:8: purposes.research.columns.A.action: "
        "unknown action 'shred'; actions: keep, drop, pseudonymise, encrypt, generalise, mask, redact"
    )
    assert result.stdout.splitlines()[-1] == "not ok: a policy file is not valid"


def test_data_read_as_the_source_options_say(tmp_path: Path, run_cli: Cli) -> None:
    import sqlite3

    path = write(tmp_path, "p.yaml", "CRN: drop\nNOT_THERE: drop")
    database = tmp_path / "agency.db"
    with sqlite3.connect(database) as db:
        db.execute('CREATE TABLE clients ("CRN" TEXT, "TFN" TEXT)')
    code, document = lint_json(
        run_cli, path, "--data", f"sqlite:///{database}", "--table", "clients"
    )
    assert code == 1
    rules = {(f["rule"], f["column"]) for f in document["findings"]}  # type: ignore[index, union-attr]
    assert rules >= {("unknown-column", "NOT_THERE"), ("unlisted-column", "TFN")}
    headless = tmp_path / "clients.csv"
    headless.write_text("201234567K,123456782\n")
    code, document = lint_json(run_cli, path, "--data", headless, "--no-header")
    unknown = {f["column"] for f in document["findings"] if f["rule"] == "unknown-column"}  # type: ignore[index, union-attr]
    assert unknown == {"CRN", "NOT_THERE"}  # the columns are column_1 and column_2
