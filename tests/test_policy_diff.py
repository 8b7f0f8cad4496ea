"""policy diff: every kind of weakening, what strengthens, git: paths, and the output formats."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from conftest import Cli
from minshare.policy import parse_policy
from minshare.policydiff import diff_policies

HEAD = """\
minshare: 1
purposes:
  research:
    basis: research-and-development
    agreement: DSA-1
    recipient: {name: AIHW, key: aihw.pub}
    unlisted: error
    columns:
"""


def policy(columns: str, head: str = HEAD, extra: str = "") -> str:
    return head + "".join(f"      {line}\n" for line in columns.strip().splitlines()) + extra


def changes(old: str, new: str) -> list[tuple[str | None, bool, str]]:
    return [
        (c.column, c.weakening, c.reason)
        for c in diff_policies(parse_policy(old), parse_policy(new))
    ]


@pytest.mark.parametrize(
    ("before", "after", "reason"),
    [
        ("A: drop", "A: keep", "drop to keep shows more"),
        ("A: drop", "A: {action: pseudonymise}", "drop to pseudonymise shows more"),
        ("A: {action: pseudonymise}", "A: keep", "pseudonymise to keep shows more"),
        ("A: {action: pseudonymise}", "A: {action: mask, show_last: 2}", "pseudonymise to mask shows more"),
        ("A: {action: encrypt}", "A: keep", "encrypt to keep shows more"),
        ("A: {action: encrypt}", "A: {action: mask, show_last: 2}", "shows something different, not less"),
        ("A: {action: pseudonymise}", "A: {action: encrypt}", "pseudonymise to encrypt shows more"),
        ("A: {action: generalise, to: year}", "A: {action: generalise, to: month}", "to the month instead of the year"),
        ("A: {action: generalise, prefix: 2}", "A: {action: generalise, prefix: 3}", "the prefix keeps more characters"),
        ("A: {action: generalise, bins: [0, 100]}", "A: {action: generalise, bins: [0, 50, 100]}", "the bins are finer"),
        ("A: {action: generalise, to: age-band, bands: [0, 65], as_of: 2026-01-01}",
         "A: {action: generalise, to: age-band, bands: [0, 18, 65], as_of: 2026-01-01}", "the age bands are finer"),
        ("A: {action: generalise, to: year}", "A: {action: generalise, prefix: 4}", "may not be coarser"),
        ("A: {action: mask, show_last: 2}", "A: {action: mask, show_last: 4}", "shows more characters"),
        ("A: {action: encrypt}", "A: {action: encrypt, deterministic: true}", "shows which values are equal"),
        ("A: {action: pseudonymise, domain: x}", "A: {action: pseudonymise, domain: y}", "another domain"),
        ("A: {action: redact}", "A: {action: redact, entities: [PERSON]}", "fewer kinds"),
    ],
)  # fmt: skip
def test_each_weakening(before: str, after: str, reason: str) -> None:
    [(column, weakening, why)] = changes(policy(before), policy(after))
    assert column == "A" and weakening and reason in why


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("A: keep", "A: drop"),
        ("A: keep", "A: {action: pseudonymise}"),
        ("A: {action: encrypt}", "A: {action: pseudonymise}"),
        ("A: {action: generalise, to: month}", "A: {action: generalise, to: year}"),
        ("A: {action: generalise, prefix: 3}", "A: {action: generalise, prefix: 2}"),
        ("A: {action: generalise, bins: [0, 50, 100]}", "A: {action: generalise, bins: [0, 100]}"),
        ("A: {action: mask, show_last: 4}", "A: {action: mask, show_last: 2}"),
        ("A: {action: encrypt, deterministic: true}", "A: {action: encrypt}"),
        ("A: {action: redact, entities: [PERSON]}", "A: {action: redact}"),
        ("A: keep", 'A: {action: keep, justification: "the study needs it"}'),
    ],
)
def test_what_is_not_a_weakening(before: str, after: str) -> None:
    [(column, weakening, _)] = changes(policy(before), policy(after))
    assert column == "A" and not weakening


def test_new_and_removed_columns() -> None:
    assert changes(policy("A: drop"), policy("A: drop\nB: keep")) == [
        ("B", True, "a new column leaves; it was refused (unlisted)")
    ]
    assert changes(policy("A: drop"), policy("A: drop\nB: drop")) == [
        ("B", False, "a new column, dropped")
    ]
    assert changes(policy("A: drop\nB: keep"), policy("A: drop")) == [
        ("B", False, "the rule is removed; the column is now unlisted")
    ]
    assert changes(policy("A: keep"), policy("A: keep")) == []


def test_purpose_level_weakenings() -> None:
    base = policy("A: drop")
    cases = {
        "unlisted: error": ("unlisted: drop", "unlisted columns are dropped instead of refused"),
        "agreement: DSA-1": ("agreement: DSA-2", "a new data sharing agreement"),
        "recipient: {name: AIHW, key: aihw.pub}": (
            "recipient: {name: ABS, key: aihw.pub}",
            "a new recipient",
        ),
        "key: aihw.pub": ("key: other.pub", "the recipient's key changes"),
        "basis: research-and-development": (
            "basis: informing-policy-and-programs",
            "the legal basis changes",
        ),
    }
    for old, (new, reason) in cases.items():
        assert changes(base, base.replace(old, new)) == [(None, True, reason)]
    two = base + base[base.index("  research:") :].replace("research:", "second:")
    assert changes(base, two) == [(None, True, "a new purpose releases data")]
    assert changes(two, base) == [(None, False, "the purpose is removed")]


def test_privacy_targets() -> None:
    privacy = "    privacy: {{k_anonymity: {k}, quasi_identifiers: [A]}}\n"
    low, high = (
        policy("A: keep", extra=privacy.format(k=3)),
        policy("A: keep", extra=privacy.format(k=10)),
    )
    assert changes(high, low) == [(None, True, "the privacy target is lowered")]
    assert changes(low, high) == [(None, False, "the privacy target is raised")]
    assert changes(high, policy("A: keep")) == [(None, True, "the privacy target is removed")]


def test_the_cli_exit_codes_and_formats(tmp_path: Path, run_cli: Cli) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(policy("A: drop\nB: {action: generalise, to: year}"))
    new.write_text(policy("A: keep\nB: {action: generalise, to: month}"))
    text = run_cli("policy", "diff", old, new)
    assert text.exit_code == 1
    assert "WEAKENING research A: drop -> keep (drop to keep shows more)" in text.stdout
    assert text.stdout.splitlines()[-1] == "2 changes, 2 weakening"
    assert run_cli("policy", "diff", old, new, "--allow-weakening").exit_code == 0
    document = json.loads(run_cli("policy", "diff", old, new, "--json").stdout)
    assert document["version"] == 1 and document["weakening"] is True
    assert document["changes"][0] == {
        "purpose": "research", "column": "A", "from": "drop", "to": "keep",
        "weakening": True, "reason": "drop to keep shows more",
    }  # fmt: skip
    github = run_cli("policy", "diff", old, new, "--format", "github").stdout.splitlines()
    assert github == [
        f"::error file={new},line=9,title=minshare weakening::purpose 'research': drop to keep shows more (drop -> keep)",
        f"::error file={new},line=10,title=minshare weakening::purpose 'research': dates are kept to the month instead of the year (generalise(to=year) -> generalise(to=month))",
    ]  # fmt: skip
    assert run_cli("policy", "diff", new, old).exit_code == 0


def test_git_revisions(tmp_path: Path, run_cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    def git(*args: str) -> None:
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
            cwd=tmp_path,
            check=True,
            capture_output=True,
        )

    (tmp_path / "policies").mkdir()
    target = tmp_path / "policies" / "p.yaml"
    target.write_text(policy("A: drop"))
    git("init", "-q")
    git("add", ".")
    git("commit", "-q", "-m", "first")
    target.write_text(policy("A: {action: mask, show_last: 2}"))
    git("commit", "-q", "-am", "second")
    monkeypatch.chdir(tmp_path)
    result = run_cli("policy", "diff", "git:HEAD~1:policies/p.yaml", "git:HEAD:policies/p.yaml")
    assert result.exit_code == 1 and "drop -> mask(show_last=2)" in result.stdout
    assert (
        run_cli("policy", "diff", "git:HEAD:policies/p.yaml", "policies/p.yaml").stdout.strip()
        == "no changes"
    )
    missing = run_cli("policy", "diff", "git:HEAD~5:policies/p.yaml", "policies/p.yaml")
    assert missing.exit_code == 3 and "cannot read it from git" in missing.stderr
    assert run_cli("policy", "diff", "git:HEAD", "policies/p.yaml").exit_code == 2
