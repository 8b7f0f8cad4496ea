"""The command line: exit codes, stdout for data, stderr for people, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import Cli, Keys
from support import listing


def apply_args(
    workdir: Path, keys: Keys, purpose: str = "research", policy: str | Path = "clients.yaml"
) -> list[str | Path]:
    policy_path = policy if isinstance(policy, Path) else workdir / "policies" / policy
    return [
        "apply",
        workdir / "samples" / "clients.csv",
        "--policy",
        policy_path,
        "--purpose",
        purpose,
        "-o",
        workdir / "out" / "clients.parquet",
        "--keys",
        keys.sender,
    ]


def assert_one_line_error(stderr: str, *fragments: str) -> None:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("minshare: error: ")
    assert "Traceback" not in stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_apply_verify_decrypt_through_the_cli(run_cli: Cli, workdir: Path, keys: Keys) -> None:
    result = run_cli(*apply_args(workdir, keys, "service-delivery"), "--json")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["version"] == 1 and document["rows_out"] == 3000
    manifest = document["manifest"]
    assert manifest.endswith("clients.parquet.manifest.json")

    result = run_cli("verify", manifest, "--signer-key", keys.signing_pub, "--json")
    assert result.exit_code == 0
    checks = json.loads(result.stdout)
    assert checks["ok"] is True and {c["name"] for c in checks["checks"]} >= {
        "signature",
        "data-hash",
        "rows",
        "columns",
    }

    human = run_cli("verify", manifest)
    assert human.exit_code == 0
    assert "verified" in human.stdout and "not pinned" in human.stderr

    out = workdir / "out" / "plain.csv"
    result = run_cli(
        "decrypt",
        workdir / "out" / "clients.parquet",
        "--key",
        keys.recipient_key,
        "--manifest",
        manifest,
        "-o",
        out,
    )
    assert result.exit_code == 0, result.stderr
    assert "decrypted: BIRTH_DT, CRN, EMAIL_ADDR" in result.stdout
    assert out.read_text().splitlines()[1].split(",")[0] == '"256546358T"'


def test_unlisted_column_exits_1_and_writes_nothing(
    run_cli: Cli, workdir: Path, keys: Keys
) -> None:
    policy = workdir / "policies" / "trimmed.yaml"
    policy.write_text(
        (workdir / "policies" / "clients.yaml")
        .read_text()
        .replace("      TFN:           drop\n", "")
    )
    before = listing(workdir)
    result = run_cli(*apply_args(workdir, keys, "research", policy))
    assert result.exit_code == 1
    assert_one_line_error(result.stderr, "refused", "'TFN'", "unlisted: drop")
    assert result.stdout == ""
    assert listing(workdir) == before


def test_a_precluded_basis_exits_3(run_cli: Cli, workdir: Path, keys: Keys) -> None:
    policy = workdir / "policies" / "enforcement.yaml"
    policy.write_text(
        (workdir / "policies" / "clients.yaml")
        .read_text()
        .replace("basis: research-and-development", "basis: enforcement")
    )
    before = listing(workdir)
    result = run_cli(*apply_args(workdir, keys, "research", policy))
    assert result.exit_code == 3
    assert_one_line_error(
        result.stderr, "enforcement.yaml:", "purposes.research.basis", "precluded"
    )
    assert listing(workdir) == before


@pytest.mark.parametrize(
    ("change", "code", "fragments"),
    [
        (lambda a: [*a[:5], "nope", *a[6:]], 3, ["no purpose 'nope'"]),
        (lambda a: [*a[:-1], "/nonexistent-keys"], 5, ["no such key folder"]),
        (lambda a: [a[0], "missing.csv", *a[2:]], 4, ["missing.csv", "no such file"]),
        (lambda a: [*a[:7], "out.xlsx", *a[8:]], 2, ["cannot tell the format"]),
        (lambda a: [*a[:7], "/nonexistent/out.csv", *a[8:]], 2, ["does not exist"]),
    ],
)
def test_errors_map_to_their_exit_codes(
    run_cli: Cli, workdir: Path, keys: Keys, change, code: int, fragments: list[str]
) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(*change([str(a) for a in apply_args(workdir, keys)]))
    assert result.exit_code == code
    assert_one_line_error(result.stderr, *fragments)


def test_output_over_the_input_is_refused(run_cli: Cli, workdir: Path, keys: Keys) -> None:
    args = [str(a) for a in apply_args(workdir, keys)]
    args[7] = str(workdir / "samples" / "clients.csv")
    result = run_cli(*args)
    assert result.exit_code == 2
    assert_one_line_error(result.stderr, "overwrite the input")


def test_click_usage_errors_exit_2(run_cli: Cli) -> None:
    assert run_cli("apply").exit_code == 2
    assert run_cli("frobnicate").exit_code == 2
    assert run_cli("--version").stdout.startswith("minshare, version")


def test_check_reports_findings_as_json(run_cli: Cli, workdir: Path) -> None:
    policy = workdir / "policies" / "trimmed.yaml"
    text = (
        (workdir / "policies" / "clients.yaml")
        .read_text()
        .replace("      TFN:           drop\n", "")
    )
    policy.write_text(text + "      NOT_IN_DATA:   drop\n")
    before = listing(workdir)
    result = run_cli(
        "check",
        workdir / "samples" / "clients.csv",
        "--policy",
        policy,
        "--purpose",
        "research",
        "--json",
    )
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert document["version"] == 1 and document["ok"] is False
    by_rule = {f["rule"]: f for f in document["findings"]}
    assert (
        by_rule["unlisted-column"]["column"] == "TFN"
        and by_rule["unlisted-column"]["severity"] == "error"
    )
    assert by_rule["missing-column"]["severity"] == "warning"
    assert listing(workdir) == before
    ok = run_cli(
        "check",
        workdir / "samples" / "clients.csv",
        "--policy",
        workdir / "policies" / "clients.yaml",
        "--purpose",
        "research",
    )
    assert ok.exit_code == 0 and "apply would run" in ok.stdout


def test_check_reads_the_values_a_rule_must_parse(
    run_cli: Cli, workdir: Path, write_policy
) -> None:  # type: ignore[no-untyped-def]
    data = workdir / "dates.csv"
    data.write_text("id,dob\n1,1984-03-21\n2,21/03/1984\n")
    policy = write_policy(
        "minshare: 1\npurposes:\n  r:\n    basis: research-and-development\n    agreement: A\n"
        "    recipient: {name: R}\n    columns:\n      id: keep\n"
        "      dob: {action: generalise, to: year}\n"
    )
    result = run_cli("check", data, "--policy", policy, "--purpose", "r")
    assert result.exit_code == 4
    assert_one_line_error(result.stderr, "dates.csv", "row 2", "column dob", "not an ISO date")
    assert "21/03/1984" not in result.stderr


def test_decrypt_with_the_wrong_key_exits_5(
    run_cli: Cli, workdir: Path, keys: Keys, tmp_path: Path
) -> None:
    assert run_cli(*apply_args(workdir, keys, "service-delivery")).exit_code == 0
    assert run_cli("keys", "recipient", tmp_path / "other").exit_code == 0
    out = workdir / "out" / "plain.csv"
    result = run_cli(
        "decrypt",
        workdir / "out" / "clients.parquet",
        "--key",
        tmp_path / "other" / "recipient.key",
        "--manifest",
        workdir / "out" / "clients.parquet.manifest.json",
        "-o",
        out,
    )
    assert result.exit_code == 5
    assert_one_line_error(result.stderr, "not the one the release was encrypted for")
    assert not out.exists()


def test_decrypt_refuses_data_the_manifest_does_not_sign(
    run_cli: Cli, workdir: Path, keys: Keys
) -> None:
    assert run_cli(*apply_args(workdir, keys, "service-delivery")).exit_code == 0
    data = workdir / "out" / "clients.parquet"
    data.write_bytes(data.read_bytes()[:-1] + b"\x00")
    result = run_cli(
        "decrypt",
        data,
        "--key",
        keys.recipient_key,
        "--manifest",
        f"{data}.manifest.json",
        "-o",
        workdir / "out" / "p.csv",
    )
    assert result.exit_code == 1
    assert_one_line_error(result.stderr, "not the data file the manifest signs")


def test_keys_commands(run_cli: Cli, tmp_path: Path) -> None:
    result = run_cli("keys", "init", tmp_path / "k", "--json")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert len(document["key_id"]) == 64 and len(document["files"]) == 3
    again = run_cli("keys", "init", tmp_path / "k")
    assert again.exit_code == 5
    assert_one_line_error(again.stderr, "refusing to overwrite")


def test_policy_lint(run_cli: Cli, workdir: Path) -> None:
    policies = sorted((workdir / "policies").glob("*.yaml"))
    result = run_cli("policy", "lint", *policies)
    assert result.exit_code == 0 and result.stdout.splitlines()[-1] == "ok: 3 policies"
    bad = workdir / "policies" / "bad.yaml"
    bad.write_text(
        "minshare: 1\npurposes:\n  r:\n    basis: research-and-development\n    agreement: A\n"
        "    recipient: {name: R}\n    columns:\n      X: {action: pseudonymize}\n"
    )
    result = run_cli("policy", "lint", bad)
    assert result.exit_code == 3
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"{bad}:8: error: invalid-policy: ")
    assert "purposes.r.columns.X.action" in first and "did you mean 'pseudonymise'" in first


def test_an_unexpected_error_is_one_line_and_exit_70(
    run_cli: Cli, monkeypatch: pytest.MonkeyPatch, workdir: Path, keys: Keys
) -> None:
    import minshare.pipeline

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret cell value 0412 345 678")

    monkeypatch.setattr(minshare.pipeline, "apply", boom)
    result = run_cli(*apply_args(workdir, keys))
    assert result.exit_code == 70
    assert_one_line_error(result.stderr, "unexpected RuntimeError", "--traceback")
    assert "0412" not in result.stderr
    verbose = run_cli("--traceback", *apply_args(workdir, keys))
    assert verbose.exit_code == 70 and "Traceback" in verbose.stderr


def test_a_privacy_target_that_cannot_be_met_is_refused(
    run_cli: Cli, workdir: Path, keys: Keys
) -> None:
    policy = workdir / "policies" / "private.yaml"
    text = (workdir / "policies" / "clients.yaml").read_text()
    policy.write_text(
        text + "    privacy: {k_anonymity: 5, quasi_identifiers: [BIRTH_DT, RES_PCODE]}\n"
    )
    before = listing(workdir)
    result = run_cli(*apply_args(workdir, keys, "research", policy))
    assert result.exit_code == 1
    assert_one_line_error(
        result.stderr, "privacy target (k=5)", "more than max_suppression", "generalise 'BIRTH_DT'"
    )
    assert listing(workdir) == before
