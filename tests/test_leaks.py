"""No value from the data ever reaches a message, a report or a manifest.

Every cell of the dataset below carries a marker. The sweep runs every command down
its success and error paths and fails if a marker shows up anywhere but in the data
that was meant to leave.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import Cli, Keys
from minshare.identifiers import make_crn, make_tfn

MARK = "QQLEAK"


def marked_dataset(folder: Path) -> Path:
    import random

    rng = random.Random(5)
    lines = ["CRN,GIVEN_NM,TFN,BIRTH_DT,NOTE,CODE"]
    for i in range(400):
        # identifiers stay valid so detection treats them as what they are
        lines.append(
            f"{make_crn(rng)},{MARK}Given{i},{make_tfn(rng)},1984-03-{i % 28 + 1:02d},"
            f'"Call {MARK}{i} on 0412 345 {i % 1000:03d}",{MARK}C{i % 7}'
        )
    path = folder / "marked.csv"
    path.write_text("\n".join(lines) + "\n")
    return path


POLICY = """\
minshare: 1
purposes:
  r:
    basis: research-and-development
    agreement: DSA-LEAK
    recipient: {name: Leak Test, key: recipient/recipient.pub}
    columns:
      CRN: {action: pseudonymise}
      GIVEN_NM: {action: encrypt}
      TFN: drop
      BIRTH_DT: {action: generalise, to: year}
      NOTE: {action: redact}
      CODE: {action: keep, justification: "program codes are needed"}
"""


@pytest.fixture
def place(tmp_path: Path, keys: Keys) -> Path:
    import shutil

    marked_dataset(tmp_path)
    shutil.copytree(keys.recipient, tmp_path / "recipient")
    (tmp_path / "policy.yaml").write_text(POLICY)
    return tmp_path


def no_mark(*texts: str) -> None:
    for text in texts:
        assert MARK not in text, text[:500]


def test_the_sweep(place: Path, keys: Keys, run_cli: Cli) -> None:
    data, policy = place / "marked.csv", place / "policy.yaml"
    outputs: list[str] = []

    def run(*argv: str | Path, expect: int | None = None) -> None:
        result = run_cli(*argv)
        if expect is not None:
            assert result.exit_code == expect, result.stderr
        outputs.extend([result.stdout, result.stderr])

    # success paths
    run("scan", data, expect=0)
    run("scan", data, "--json", expect=0)
    run("scan", data, "--draft-policy", place / "draft.yaml", "--purpose", "research", expect=0)
    run("check", data, "--policy", policy, "--purpose", "r", "--json", expect=0)
    out = place / "out.csv"
    run(
        "apply",
        data,
        "--policy",
        policy,
        "--purpose",
        "r",
        "-o",
        out,
        "--keys",
        keys.sender,
        "--json",
        expect=0,
    )
    run("verify", f"{out}.manifest.json", "--signer-key", keys.signing_pub, "--json", expect=0)
    run("verify", f"{out}.manifest.json", expect=0)
    plain = place / "plain.csv"
    run(
        "decrypt",
        out,
        "--key",
        keys.recipient_key,
        "--manifest",
        f"{out}.manifest.json",
        "-o",
        plain,
        expect=0,
    )
    outputs.append((place / "draft.yaml").read_text())
    outputs.append(Path(f"{out}.manifest.json").read_text())
    manifest = json.loads(Path(f"{out}.manifest.json").read_text())
    outputs.append(__import__("base64").b64decode(manifest["payload"]).decode())

    # refusal and error paths
    keep_tfn = place / "keep.yaml"
    keep_tfn.write_text(POLICY.replace("TFN: drop", "TFN: keep"))
    run("check", data, "--policy", keep_tfn, "--purpose", "r", expect=1)
    run("check", data, "--policy", keep_tfn, "--purpose", "r", "--json", expect=1)
    run(
        "apply",
        data,
        "--policy",
        keep_tfn,
        "--purpose",
        "r",
        "-o",
        place / "x.csv",
        "--keys",
        keys.sender,
        expect=1,
    )
    bad_dates = place / "bad-dates.csv"
    bad_dates.write_text(data.read_text().replace("1984-03-05", f"{MARK}-03-05"))
    run("check", bad_dates, "--policy", policy, "--purpose", "r", expect=4)
    run(
        "apply",
        bad_dates,
        "--policy",
        policy,
        "--purpose",
        "r",
        "-o",
        place / "y.csv",
        "--keys",
        keys.sender,
        expect=4,
    )
    ragged = place / "ragged.csv"
    ragged.write_text(data.read_text() + f"{MARK},{MARK}\n")
    run(
        "apply",
        ragged,
        "--policy",
        policy,
        "--purpose",
        "r",
        "-o",
        place / "z.csv",
        "--keys",
        keys.sender,
        expect=4,
    )
    run("scan", ragged)
    tampered = place / "tampered.csv"
    text = out.read_text().splitlines()
    row = text[5].split(",")
    row[1] = '"' + "A" * (len(row[1]) - 2) + '"'
    tampered.write_text("\n".join([*text[:5], ",".join(row), *text[6:]]) + "\n")
    run("verify", f"{out}.manifest.json", "--data", tampered, expect=1)
    run(
        "decrypt",
        tampered,
        "--key",
        keys.recipient_key,
        "--manifest",
        f"{out}.manifest.json",
        "-o",
        place / "p2.csv",
        expect=1,
    )
    wrong_type = place / "wrong.yaml"
    wrong_type.write_text(
        POLICY.replace(
            '{action: keep, justification: "program codes are needed"}',
            "{action: generalise, bins: [1, 2]}",
        )
    )
    run(
        "apply",
        data,
        "--policy",
        wrong_type,
        "--purpose",
        "r",
        "-o",
        place / "w.csv",
        "--keys",
        keys.sender,
        expect=4,
    )
    run(
        "--traceback",
        "apply",
        data,
        "--policy",
        wrong_type,
        "--purpose",
        "r",
        "-o",
        place / "w.csv",
        "--keys",
        keys.sender,
    )

    no_mark(*outputs)
    # and the released data itself holds a marker only where the policy kept or encrypted it
    released = out.read_text()
    assert f"{MARK}Given" not in released  # encrypted
    assert f"{MARK}C1" in released  # CODE was kept, with a justification


def test_keys_never_show_in_reprs(place: Path, keys: Keys) -> None:
    import minshare
    from minshare.keys import load_sender_keys

    release = minshare.apply(
        place / "marked.csv",
        policy=place / "policy.yaml",
        purpose="r",
        output=place / "o.parquet",
        keys=keys.sender,
    )
    secret = (keys.sender / "pseudonym.secret").read_bytes()
    shown = repr(release) + repr(load_sender_keys(keys.sender))
    assert repr(secret) not in shown and secret.hex() not in shown
    assert "key=b" not in shown and "data_key=b" not in shown
