"""Detection on the release path: scan, draft policies, the guard, redact and verify's re-scan."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import minshare
from conftest import Cli, Keys
from minshare.manifest import read_manifest
from support import listing

SAMPLES = [("clients", "csv"), ("episodes", "parquet"), ("businesses", "jsonl")]


def test_scan_json_follows_the_contract(run_cli: Cli, workdir: Path) -> None:
    result = run_cli("scan", workdir / "samples" / "clients.csv", "--json")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["version"] == 1
    assert document["dataset"]["format"] == "csv" and document["dataset"]["rows_sampled"] == 1000
    columns = {c["name"]: c for c in document["columns"]}
    assert len(columns) == 16
    tfn = columns["TFN"]
    assert tfn["personal"] is True and tfn["category"] == "direct_identifier"
    assert tfn["entities"][0]["type"] == "AU_TFN" and 0 < tfn["entities"][0]["score"] <= 1
    assert 0.1 < tfn["null_fraction"] < 0.2
    assert columns["PMT_AMT"]["personal"] is False and columns["PMT_AMT"]["category"] == "none"
    assert set(columns["CRN"]) == {
        "name",
        "data_type",
        "personal",
        "category",
        "entities",
        "null_fraction",
    }


def test_scan_prints_a_table_and_never_a_value(run_cli: Cli, workdir: Path) -> None:
    result = run_cli("scan", workdir / "samples" / "clients.csv", "--sample-size", "200")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert "200 of 3,000 rows sampled" in lines[0]
    assert any(line.startswith("TFN") and "AU_TFN" in line for line in lines)
    for value in ("256546358T", "Winters", "0406 674 999", "ruby.winters@outlook.com"):
        assert value not in result.stdout + result.stderr


@pytest.mark.parametrize(("name", "ext"), SAMPLES)
def test_a_draft_policy_passes_check_and_apply_unchanged(
    run_cli: Cli, workdir: Path, keys: Keys, name: str, ext: str
) -> None:
    data = workdir / "samples" / f"{name}.{ext}"
    draft = workdir / f"{name}-draft.yaml"
    result = run_cli("scan", data, "--draft-policy", draft, "--purpose", "research")
    assert result.exit_code == 0, result.stderr
    assert "review it before use" in result.stderr
    text = draft.read_text()
    rules = minshare.load_policy(draft).purpose("research")
    assert rules.basis == "research-and-development"
    scan = json.loads(run_cli("scan", data, "--json").stdout)
    for column in scan["columns"]:
        action = rules.columns[column["name"]].action
        if column["category"] == "none":
            assert action == "keep", column["name"]
        else:
            assert action in ("drop", "generalise"), column["name"]
    assert run_cli("check", data, "--policy", draft, "--purpose", "research").exit_code == 0
    out = workdir / "out" / f"{name}.{ext}"
    applied = run_cli(
        "apply", data, "--policy", draft, "--purpose", "research", "-o", out, "--keys", keys.sender
    )
    assert applied.exit_code == 0, applied.stderr
    assert minshare.verify(f"{out}.manifest.json", signer_key=keys.signing_pub).ok
    assert draft.read_text() == text


def test_draft_generalises_dates_of_birth_and_postcodes(run_cli: Cli, workdir: Path) -> None:
    draft = workdir / "draft.yaml"
    assert (
        run_cli(
            "scan",
            workdir / "samples" / "clients.csv",
            "--draft-policy",
            draft,
            "--purpose",
            "policy",
        ).exit_code
        == 0
    )
    rules = minshare.load_policy(draft).purpose("policy")
    assert rules.basis == "informing-policy-and-programs"
    assert dict(rules.columns["BIRTH_DT"].options) == {"to": "year"}
    assert dict(rules.columns["RES_PCODE"].options) == {"prefix": 2}
    assert rules.columns["TFN"].action == "drop"


def test_draft_needs_a_basis_it_can_tell_and_never_overwrites(run_cli: Cli, workdir: Path) -> None:
    data = workdir / "samples" / "clients.csv"
    result = run_cli("scan", data, "--draft-policy", workdir / "d.yaml", "--purpose", "audit")
    assert result.exit_code == 2 and "pass --basis" in result.stderr
    assert not (workdir / "d.yaml").exists()
    ok = run_cli(
        "scan",
        data,
        "--draft-policy",
        workdir / "d.yaml",
        "--purpose",
        "audit",
        "--basis",
        "research-and-development",
    )
    assert ok.exit_code == 0
    again = run_cli("scan", data, "--draft-policy", workdir / "d.yaml", "--purpose", "audit")
    assert again.exit_code == 2 and "--force" in again.stderr
    assert run_cli("scan", data, "--draft-policy", workdir / "d.yaml").exit_code == 2


def keep_everything(workdir: Path, name: str = "clients") -> Path:
    """The clients policy with TFN kept (and no justification) for research."""
    policy = workdir / "policies" / "keep-tfn.yaml"
    text = (workdir / "policies" / f"{name}.yaml").read_text()
    policy.write_text(text.replace("      TFN:           drop\n", "      TFN:           keep\n"))
    return policy


def test_the_guard_refuses_a_kept_personal_column(run_cli: Cli, workdir: Path, keys: Keys) -> None:
    policy = keep_everything(workdir)
    before = listing(workdir)
    args = ["--policy", policy, "--purpose", "research"]
    result = run_cli(
        "apply",
        workdir / "samples" / "clients.csv",
        *args,
        "-o",
        workdir / "out" / "x.csv",
        "--keys",
        keys.sender,
    )
    assert result.exit_code == 1
    error = result.stderr.strip()
    assert (
        "'TFN' is kept without a justification" in error
        and "AU_TFN" in error
        and "checksum" in error
    )
    assert listing(workdir) == before
    checked = run_cli("check", workdir / "samples" / "clients.csv", *args, "--json")
    assert checked.exit_code == 1
    [finding] = json.loads(checked.stdout)["findings"]
    assert (
        finding["column"] == "TFN"
        and finding["rule"] == "keep-personal"
        and finding["severity"] == "error"
    )
    assert "AU_TFN" in finding["reason"]
    justified = workdir / "policies" / "justified.yaml"
    justified.write_text(
        policy.read_text().replace(
            "TFN:           keep", 'TFN:           {action: keep, justification: "tax matching"}'
        )
    )
    assert (
        run_cli(
            "check",
            workdir / "samples" / "clients.csv",
            "--policy",
            justified,
            "--purpose",
            "research",
        ).exit_code
        == 0
    )


def test_redact_through_apply(workdir: Path, keys: Keys) -> None:
    policy = workdir / "policies" / "redact.yaml"
    text = (workdir / "policies" / "clients.yaml").read_text()
    policy.write_text(
        text.replace("      CASE_NOTE_TXT: drop\n", "      CASE_NOTE_TXT: {action: redact}\n")
    )
    release = minshare.apply(
        workdir / "samples" / "clients.csv",
        policy=policy,
        purpose="research",
        output=workdir / "out" / "redacted.parquet",
        keys=keys.sender,
    )
    notes = pq.read_table(release.output_path).column("CASE_NOTE_TXT").to_pylist()
    assert any(note and "<PERSON>" in note for note in notes)
    assert any(note and "<PHONE_NUMBER>" in note for note in notes)
    assert not any(note and "@" in note for note in notes)
    report = minshare.verify(release.manifest_path, signer_key=keys.signing_pub)
    assert report.ok and any(c.name == "rescan" and c.ok for c in report.checks)


def test_verify_rescan_fails_when_an_identifier_leaves_in_the_clear(
    workdir: Path, keys: Keys
) -> None:
    # a generalisation that keeps every character is no generalisation
    policy = workdir / "policies" / "weak.yaml"
    text = (workdir / "policies" / "clients.yaml").read_text()
    policy.write_text(
        text.replace(
            "      TFN:           drop\n", "      TFN:           {action: generalise, prefix: 9}\n"
        )
    )
    release = minshare.apply(
        workdir / "samples" / "clients.csv",
        policy=policy,
        purpose="research",
        output=workdir / "out" / "weak.csv",
        keys=keys.sender,
    )
    report = minshare.verify(release.manifest_path, signer_key=keys.signing_pub)
    rescan = {c.name: c for c in report.checks}["rescan"]
    assert not report.ok and not rescan.ok
    assert "TFN (generalise) scans as AU_TFN" in rescan.detail
    quick = minshare.verify(release.manifest_path, signer_key=keys.signing_pub, rescan=False)
    assert quick.ok and "rescan" not in {c.name for c in quick.checks}


def test_verify_finds_a_phone_left_in_notes_that_read_as_health(workdir: Path, keys: Keys) -> None:
    data = workdir / "visits.csv"
    conditions = ["Asthma review, inhaler technique checked.", "Anxiety, referred to a GP."]
    notes = [
        conditions[i % 2] + (f" Call her daughter on 0412 {i:03d} 678." if i % 4 == 0 else "")
        for i in range(200)
    ]
    data.write_text(
        "VISIT_ID,clinical_notes\n" + "".join(f'{i},"{n}"\n' for i, n in enumerate(notes))
    )
    rule = "{action: redact, entities: [PERSON], justification: notes inform the review}"
    policy = workdir / "policies" / "visits.yaml"
    policy.write_text(
        "minshare: 1\npurposes:\n  research:\n    basis: research-and-development\n"
        "    agreement: A\n    recipient: {name: R}\n    columns:\n      VISIT_ID: keep\n"
        f"      clinical_notes: {rule}\n"
    )
    release = minshare.apply(
        data, policy=policy, purpose="research", output=workdir / "out" / "v.csv", keys=keys.sender
    )
    report = minshare.verify(release.manifest_path, signer_key=keys.signing_pub)
    rescan = {c.name: c for c in report.checks}["rescan"]
    assert not rescan.ok
    assert rescan.detail.endswith("clinical_notes (redact) still holds PHONE_NUMBER in its text")
    assert "0412" not in rescan.detail
    policy.write_text(policy.read_text().replace("entities: [PERSON]", "entities: [PHONE_NUMBER]"))
    release = minshare.apply(
        data, policy=policy, purpose="research", output=workdir / "out" / "w.csv", keys=keys.sender
    )
    assert minshare.verify(release.manifest_path, signer_key=keys.signing_pub).ok


def test_the_manifest_records_the_scan(workdir: Path, keys: Keys) -> None:
    release = minshare.apply(
        workdir / "samples" / "episodes.parquet",
        policy=workdir / "policies" / "episodes.yaml",
        purpose="research",
        output=workdir / "out" / "e.parquet",
        keys=keys.sender,
    )
    scan = read_manifest(release.manifest_path).predicate["scan"]
    by_name = {c["name"]: c for c in scan["columns"]}
    assert scan["rows_sampled"] == 1000
    assert by_name["MEDICARE_NO"]["entities"][0]["type"] == "AU_MEDICARE"
    assert by_name["LOS_DAYS"]["personal"] is False


def test_a_drafts_date_of_death_applies_as_a_year(run_cli: Cli, workdir: Path, keys: Keys) -> None:
    data = workdir / "estates.csv"
    names = ["Mary Smith", "John Tran", "Ali Khan", "Sue Lee"] * 25
    rows = [
        f"{name},{1930 + i % 50}-0{1 + i % 9}-1{i % 10},2023-0{1 + i % 9}-2{i % 10},{2000 + i}"
        for i, name in enumerate(names)
    ]
    data.write_text("DECEASED_NAME,DOB,DATE_OF_DEATH,POSTCODE\n" + "\n".join(rows) + "\n")
    draft = workdir / "estates.yaml"
    scanned = run_cli("scan", data, "--draft-policy", draft, "--purpose", "research")
    assert scanned.exit_code == 0, scanned.stderr
    rules = minshare.load_policy(draft).purpose("research")
    assert rules.columns["DATE_OF_DEATH"].action == "generalise"
    assert dict(rules.columns["DATE_OF_DEATH"].options) == {"to": "year"}
    out = workdir / "out" / "estates.csv"
    applied = run_cli(
        "apply", data, "--policy", draft, "--purpose", "research", "-o", out, "--keys", keys.sender
    )
    assert applied.exit_code == 0, applied.stderr
    released = list(csv.DictReader(out.read_text().splitlines()))
    assert {row["DATE_OF_DEATH"] for row in released} == {"2023"}
    assert "DECEASED_NAME" not in released[0]
