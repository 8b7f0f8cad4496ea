"""Every kind of broken input: the documented exit code, one line naming where, no value, nothing left.

The corpus is in tests/data/bad/ (made by make_corpus.py); every value in it carries the
marker ``ZZMARK``, which must never reach stdout or stderr.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import Cli, Keys
from minshare.keys import init_recipient_keys, init_sender_keys
from support import listing

CORPUS = Path(__file__).resolve().parent / "data" / "bad"
MARK = "ZZMARK"


@dataclass(frozen=True)
class Place:
    """The corpus copied into a test folder, with keys beside it."""

    root: Path
    keys: Keys

    def __truediv__(self, name: str) -> Path:
        return self.root / name

    def apply(
        self, data: str, policy: str = "policy-good.yaml", *extra: str | Path
    ) -> list[str | Path]:
        out = self.root / "out" / "release.csv"
        return ["apply", data if data == "-" else self / data, "--policy", self / policy, "--purpose", "research", "-o", out,
                "--keys", self.keys.sender, *extra]  # fmt: skip


@dataclass(frozen=True)
class Case:
    id: str
    argv: Callable[[Place], list[str | Path]]
    exit_code: int
    fragments: tuple[str, ...] = ()


def jsonl(name: str, policy: str = "policy-jsonl.yaml") -> Callable[[Place], list[str | Path]]:
    return lambda p: p.apply(name, policy)


CASES = [
    # -- data files: exit 4, naming the file and, where there is one, the line or column
    Case("empty file", lambda p: p.apply("empty.csv"), 4, ("empty.csv", "empty")),
    Case("blank lines only", lambda p: p.apply("blank-lines.csv"), 4, ("blank-lines.csv", "empty")),
    Case("ragged row, extra field", lambda p: p.apply("ragged-more.csv"), 4, ("line 4", "expected 3 fields, found 4")),
    Case("ragged row, missing field", lambda p: p.apply("ragged-fewer.csv"), 4, ("line 5", "expected 3 fields, found 2")),
    Case("unclosed quote", lambda p: p.apply("unclosed-quote.csv"), 4, ("unclosed-quote.csv", "quoted field")),
    Case("UTF-16 cut mid-character", lambda p: p.apply("utf16-truncated.csv"), 4, ("utf16-truncated.csv", "not valid UTF-16")),
    Case("invalid UTF-8", lambda p: p.apply("invalid-utf8.csv"), 4, ("line 4", "column email", "not valid UTF-8", "--encoding")),
    Case("latin-1 without --encoding", lambda p: p.apply("latin1.csv"), 4, ("latin1.csv", "line 2", "not valid UTF-8")),
    Case("duplicate column names", lambda p: p.apply("duplicate-names.csv"), 4, ("line 1", "columns 1 and 3 have the same name")),
    Case("empty column name", lambda p: p.apply("empty-name.csv"), 4, ("line 1", "column 2 has no name")),
    Case("header of delimiters", lambda p: p.apply("only-delimiters.csv"), 4, ("line 1", "column 1 has no name")),
    Case("NUL bytes", lambda p: p.apply("nul-bytes.csv"), 4, ("nul-bytes.csv", "binary data")),
    Case("binary garbage named .csv", lambda p: p.apply("garbage.csv"), 4, ("garbage.csv",)),
    Case("truncated Parquet", lambda p: p.apply("truncated.parquet"), 4, ("truncated.parquet", "Parquet")),
    Case("corrupt Parquet", lambda p: p.apply("corrupt.parquet"), 4, ("corrupt.parquet", "Parquet")),
    Case("text named .parquet", lambda p: p.apply("text.parquet"), 4, ("text.parquet", "Parquet")),
    Case("truncated Arrow", lambda p: p.apply("truncated.arrow"), 4, ("truncated.arrow", "Arrow")),
    Case("JSON Lines, broken line", jsonl("broken-line.jsonl"), 4, ("broken-line.jsonl", "JSON")),
    Case("JSON Lines, mixed types", jsonl("mixed-types.jsonl"), 4, ("mixed-types.jsonl", "changes type")),
    Case("JSON Lines, empty", jsonl("empty.jsonl"), 4, ("empty.jsonl", "empty")),
    Case("JSON Lines, not JSON", jsonl("not-json.jsonl"), 4, ("not-json.jsonl", "JSON")),
    Case("JSON Lines, UTF-16 cut mid-character", jsonl("utf16-truncated.jsonl"), 4, ("utf16-truncated.jsonl", "line 1", "JSON")),
    Case("scan of UTF-16 cut mid-character", lambda p: ["scan", p / "utf16-truncated.jsonl"], 4, ("utf16-truncated.jsonl", "JSON")),
    Case("truncated gzip", lambda p: p.apply("truncated.csv.gz"), 4, ("truncated.csv.gz",)),
    Case("plain text named .gz", lambda p: p.apply("not-gzip.csv.gz"), 4, ("not-gzip.csv.gz", "gzip")),
    Case("no such data file", lambda p: p.apply("missing.csv"), 4, ("missing.csv", "no such file")),
    Case("data path is a folder", lambda p: p.apply("folder.csv"), 4, ("folder.csv", "is a folder")),
    Case("nested column pseudonymised", jsonl("nested.jsonl", "policy-nested.yaml"), 1, ("address", "struct")),
    # -- policies: exit 3, naming the file, the line and the key
    Case("policy YAML syntax", lambda p: p.apply("header-only.csv", "policy-yaml-syntax.yaml"), 3, ("policy-yaml-syntax.yaml:", "not valid YAML")),
    Case("policy with tabs", lambda p: p.apply("header-only.csv", "policy-tabs.yaml"), 3, ("policy-tabs.yaml:8", "not valid YAML")),
    Case("policy unknown key", lambda p: p.apply("header-only.csv", "policy-unknown-key.yaml"), 3, ("policy-unknown-key.yaml:11", "purposes.research.retention")),
    Case("policy unknown action", lambda p: p.apply("header-only.csv", "policy-unknown-action.yaml"), 3, (":8", "purposes.research.columns.name.action", "'shred'")),
    Case("policy bad option", lambda p: p.apply("header-only.csv", "policy-bad-option.yaml"), 3, (":8", "columns.name.show_last", "at least 0")),
    Case("policy column twice", lambda p: p.apply("header-only.csv", "policy-column-twice.yaml"), 3, (":11", "columns.name", "given twice")),
    Case("policy precluded basis", lambda p: p.apply("header-only.csv", "policy-precluded-basis.yaml"), 3, (":4", "basis", "precluded")),
    Case("policy empty", lambda p: p.apply("header-only.csv", "policy-empty.yaml"), 3, ("policy-empty.yaml:1", "empty")),
    Case("policy not UTF-8", lambda p: p.apply("header-only.csv", "policy-not-utf8.yaml"), 3, ("policy-not-utf8.yaml:11", "UTF-8")),
    Case("policy missing", lambda p: p.apply("header-only.csv", "nowhere.yaml"), 3, ("nowhere.yaml", "no such file")),
    Case("purpose not in policy", lambda p: [*p.apply("header-only.csv")[:5], "reserch", *p.apply("header-only.csv")[6:]], 3, ("no purpose 'reserch'", "did you mean 'research'")),
    Case("encrypt without a recipient key", lambda p: p.apply("good.csv.gz", "policy-encrypt-no-key.yaml"), 3, ("policy-encrypt-no-key.yaml:6", "purposes.research.recipient", "'key'")),
    # -- keys: exit 5
    Case("recipient key file missing", lambda p: p.apply("good.csv.gz", "policy-encrypt-missing-key.yaml"), 5, ("recipient.pub", "no such key file")),
    Case("no key folder", lambda p: [*p.apply("header-only.csv")[:-1], p / "no-keys"], 5, ("no-keys", "no such key folder")),
    Case("signing key missing", lambda p: [*p.apply("header-only.csv")[:-1], p / "keys-no-signing"], 5, ("signing.key", "no such key file")),
    Case("signing key is a folder", lambda p: [*p.apply("header-only.csv")[:-1], p / "keys-folder"], 5, ("signing.key", "is a folder")),
    Case("signing key of the wrong type", lambda p: [*p.apply("header-only.csv")[:-1], p / "keys-wrong-type"], 5, ("signing.key", "X25519")),
    Case("signing key readable by others", lambda p: [*p.apply("header-only.csv")[:-1], p / "keys-open"], 5, ("signing.key", "chmod 600")),
    Case("pseudonym secret too short", lambda p: [*p.apply("header-only.csv", "policy-pseudonymise.yaml")[:-1], p / "keys-short-secret"], 5, ("pseudonym.secret", "32 bytes")),
    # -- outputs and usage: exit 2
    Case("output over the input", lambda p: [*p.apply("good.csv.gz")[:7], p / "good.csv.gz", *p.apply("good.csv.gz")[8:]], 2, ("overwrite the input",)),
    Case("output in a missing folder", lambda p: [*p.apply("good.csv.gz")[:7], p / "nowhere" / "out.csv", *p.apply("good.csv.gz")[8:]], 2, ("does not exist",)),
    Case("output to stdout without a manifest", lambda p: [*p.apply("good.csv.gz")[:7], "-", *p.apply("good.csv.gz")[8:], "--output-format", "csv"], 2, ("--manifest",)),
    Case("stdin without a format", lambda p: p.apply("-"), 2, ("--input-format",)),
    Case("unknown output extension", lambda p: [*p.apply("good.csv.gz")[:7], p / "out" / "release.xlsx", *p.apply("good.csv.gz")[8:]], 2, ("cannot tell the format",)),
    Case("unknown encoding", lambda p: p.apply("latin1.csv", "policy-good.yaml", "--encoding", "klingon"), 2, ("unknown encoding",)),
]  # fmt: skip


@pytest.fixture
def place(tmp_path: Path) -> Place:
    root = tmp_path / "case"
    shutil.copytree(CORPUS, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    (root / "out").mkdir()
    (root / "folder.csv").mkdir()
    init_sender_keys(root / "keys")
    init_recipient_keys(root / "recipient")
    for name in (
        "keys-no-signing",
        "keys-folder",
        "keys-wrong-type",
        "keys-open",
        "keys-short-secret",
    ):
        shutil.copytree(root / "keys", root / name)
    (root / "keys-no-signing" / "signing.key").unlink()
    (root / "keys-folder" / "signing.key").unlink()
    (root / "keys-folder" / "signing.key").mkdir()
    shutil.copy2(root / "recipient" / "recipient.key", root / "keys-wrong-type" / "signing.key")
    os.chmod(root / "keys-open" / "signing.key", 0o644)
    (root / "keys-short-secret" / "pseudonym.secret").write_bytes(b"short")
    return Place(root, Keys(root / "keys", root / "recipient"))


def assert_clean_failure(result: object, code: int, fragments: tuple[str, ...]) -> None:
    exit_code, stdout, stderr = result.exit_code, result.stdout, result.stderr  # type: ignore[attr-defined]
    assert exit_code == code, stderr
    assert "Traceback" not in stderr
    assert MARK not in stdout and MARK not in stderr
    if code in (1, 3, 4, 5):
        lines = stderr.strip().splitlines()
        assert len(lines) == 1, stderr
        assert lines[0].startswith("minshare: error: ")
    for fragment in fragments:
        assert fragment in stderr, (fragment, stderr)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input(case: Case, place: Place, run_cli: Cli) -> None:
    before = listing(place.root)
    result = run_cli(*case.argv(place))
    assert_clean_failure(result, case.exit_code, case.fragments)
    assert listing(place.root) == before  # no output, manifest or temporary file left behind


def test_the_corpus_is_big_enough() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize(
    ("data", "extra"),
    [
        ("header-only.csv", ()),
        ("latin1.csv", ("--encoding", "latin-1")),
        ("cp1252.csv", ("--encoding", "cp1252")),
        ("utf16-bom.csv", ()),
        ("utf8-bom-crlf.csv", ()),
        ("good.csv.gz", ()),
    ],
)
def test_inputs_that_are_awkward_but_fine(
    place: Place, run_cli: Cli, data: str, extra: tuple[str, ...]
) -> None:
    result = run_cli(*place.apply(data, "policy-good.yaml", *extra))
    assert result.exit_code == 0, result.stderr
    out = place / "out" / "release.csv"
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == '"postcode"'
    assert all(line.startswith('"2') for line in lines[1:])


def test_nested_columns_can_be_kept(place: Place, run_cli: Cli) -> None:
    out = place / "out" / "nested.jsonl"
    result = run_cli(
        *place.apply("nested.jsonl", "policy-nested-keep.yaml")[:7],
        out,
        "--keys",
        place.keys.sender,
    )
    assert result.exit_code == 0, result.stderr
    assert '"street":"ZZMARK1 King St"' in out.read_text()


def test_a_50_mb_field_needs_a_larger_row_limit(place: Place, run_cli: Cli) -> None:
    big = place / "big-field.csv"
    with open(big, "w") as fh:
        fh.write("name,email,postcode\n")
        fh.write(f'"{MARK}{"x" * (50 << 20)}",a@b.c,2600\n')
        fh.write("b,c@d.e,2601\n")
    before = listing(place.root)
    refused = run_cli(*place.apply("big-field.csv"))
    assert_clean_failure(
        refused, 4, ("big-field.csv", "longer than 1,048,576 bytes", "--max-row-bytes")
    )
    assert listing(place.root) == before
    accepted = run_cli(*place.apply("big-field.csv", "policy-good.yaml", "--max-row-bytes", "64M"))
    assert accepted.exit_code == 0, accepted.stderr
    assert (place / "out" / "release.csv").read_text().splitlines()[1:] == ['"26"', '"26"']


def test_a_field_that_first_appears_after_the_first_block(place: Place, run_cli: Cli) -> None:
    late = place / "late-field.jsonl"
    lines = [f'{{"name":"{MARK}{i}","n":{i}}}\n' for i in range(40_000)]
    late.write_text("".join(lines) + f'{{"name":"{MARK}x","n":1,"extra":"{MARK}y"}}\n')
    before = listing(place.root)
    result = run_cli(*place.apply("late-field.jsonl", "policy-jsonl.yaml"))
    assert_clean_failure(result, 4, ("late-field.jsonl", "field the first lines do not have"))
    assert listing(place.root) == before


def test_standard_input_and_output(place: Place, run_cli: Cli) -> None:
    manifest = place / "out" / "stdout.manifest.json"
    data = (place / "utf8-bom-crlf.csv").read_bytes()
    argv = place.apply("-")
    argv[7] = "-"
    result = run_cli(
        *argv, "--input-format", "csv", "--output-format", "csv", "--manifest", manifest, input=data
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == ['"postcode"', '"20"', '"20"', '"20"']
    assert "standard output" in result.stderr
    import minshare

    (place / "out" / "stdout.csv").write_text(result.stdout)
    report = minshare.verify(
        manifest, data=place / "out" / "stdout.csv", signer_key=place.keys.signing_pub
    )
    assert report.ok, report.checks


def test_a_file_without_a_header_is_never_read_as_names(place: Place, run_cli: Cli) -> None:
    rows = [
        f"{MARK}{i},{MARK}{i}@example.com,19{50 + i % 40}-0{1 + i % 9}-1{i % 9},2{i % 900:03d}"
        for i in range(300)
    ]
    headerless = place / "headerless.csv"
    headerless.write_text("\n".join(rows) + "\n")
    before = listing(place.root)
    refused = run_cli(*place.apply("headerless.csv"))
    assert_clean_failure(refused, 4, ("headerless.csv", "line 1", "--no-header"))
    assert listing(place.root) == before
    scanned = run_cli("scan", headerless, "--json")
    assert scanned.exit_code == 0 and MARK not in scanned.stdout + scanned.stderr
    import json

    document = json.loads(scanned.stdout)
    assert document["dataset"]["header"] is False and document["dataset"]["rows_total"] == 300
    assert [c["name"] for c in document["columns"]] == [
        "column_1",
        "column_2",
        "column_3",
        "column_4",
    ]
    policy = place / "policy-positions.yaml"
    policy.write_text(
        "minshare: 1\npurposes:\n  research:\n    basis: research-and-development\n    agreement: A\n"
        "    recipient: {name: R}\n    columns:\n      column_1: drop\n      column_2: drop\n"
        "      column_3: {action: generalise, to: year}\n      column_4: {action: generalise, prefix: 2}\n"
    )
    applied = run_cli(*place.apply("headerless.csv", "policy-positions.yaml", "--no-header"))
    assert applied.exit_code == 0, applied.stderr
    lines = (place / "out" / "release.csv").read_text().splitlines()
    assert lines[0] == '"column_3","column_4"' and len(lines) == 301
