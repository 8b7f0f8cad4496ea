"""verify: every check, tampering of any kind, and an independent DSSE verifier."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import minshare
from conftest import Keys
from minshare.errors import DataError, KeyFileError
from minshare.keys import init_sender_keys, load_sender_keys
from minshare.manifest import envelope_bytes, read_manifest, sign


@pytest.fixture
def release(workdir: Path, keys: Keys) -> minshare.Release:
    return minshare.apply(
        workdir / "samples" / "clients.csv",
        policy=workdir / "policies" / "clients.yaml",
        purpose="research",
        output=workdir / "out" / "clients.csv",
        keys=keys.sender,
    )


def failed(report: minshare.VerificationReport) -> dict[str, str]:
    return {c.name: c.detail for c in report.checks if not c.ok}


def test_a_good_release_passes_every_check(
    release: minshare.Release, keys: Keys, workdir: Path
) -> None:
    report = minshare.verify(
        release.manifest_path,
        signer_key=keys.signing_pub,
        policy=workdir / "policies" / "clients.yaml",
    )
    assert report.ok and report.signer_pinned and not failed(report)


def test_without_a_signer_key_the_signature_is_reported_unpinned(release: minshare.Release) -> None:
    report = minshare.verify(release.manifest_path)
    assert report.ok and not report.signer_pinned
    assert "unpinned" in report.checks[0].detail


def test_a_flipped_byte_in_the_data_fails(release: minshare.Release, keys: Keys) -> None:
    data = bytearray(release.output_path.read_bytes())
    data[len(data) // 2] ^= 0x01
    release.output_path.write_bytes(bytes(data))
    report = minshare.verify(release.manifest_path, signer_key=keys.signing_pub)
    assert not report.ok and "data-hash" in failed(report)


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(position=st.floats(0, 1, exclude_max=True), bit=st.integers(0, 7))
def test_any_flipped_byte_in_the_data_fails(
    release: minshare.Release, keys: Keys, position: float, bit: int
) -> None:
    original = release.output_path.read_bytes()
    data = bytearray(original)
    data[int(position * len(data))] ^= 1 << bit
    try:
        release.output_path.write_bytes(bytes(data))
        assert not minshare.verify(release.manifest_path, signer_key=keys.signing_pub).ok
    finally:
        release.output_path.write_bytes(original)


def test_an_edited_payload_fails(release: minshare.Release, keys: Keys) -> None:
    envelope = json.loads(release.manifest_path.read_text())
    statement = json.loads(base64.b64decode(envelope["payload"]))
    statement["predicate"]["purpose"]["basis"] = "research-and-development-and-more"
    envelope["payload"] = base64.b64encode(json.dumps(statement).encode()).decode()
    release.manifest_path.write_text(json.dumps(envelope))
    for signer in (keys.signing_pub, None):
        report = minshare.verify(release.manifest_path, signer_key=signer)
        assert not report.ok and "signature" in failed(report)


def test_the_wrong_signer_key_fails(release: minshare.Release, tmp_path: Path) -> None:
    init_sender_keys(tmp_path / "other")
    report = minshare.verify(release.manifest_path, signer_key=tmp_path / "other" / "signing.pub")
    assert not report.ok and "not signed by the pinned key" in failed(report)["signature"]


def test_a_re_signed_forgery_is_caught_only_by_pinning(
    release: minshare.Release, keys: Keys, tmp_path: Path
) -> None:
    # an attacker who changes the data can re-sign with their own key and embed it
    init_sender_keys(tmp_path / "attacker")
    attacker = load_sender_keys(tmp_path / "attacker", need_secret=False).signing_key
    manifest = read_manifest(release.manifest_path)
    statement = json.loads(json.dumps(manifest.statement))
    from cryptography.hazmat.primitives import serialization

    statement["predicate"]["keys"]["signer"]["public_key"] = (
        attacker.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    release.manifest_path.write_bytes(envelope_bytes(sign(statement, attacker)))
    assert minshare.verify(release.manifest_path).ok  # unpinned: internally consistent
    assert not minshare.verify(release.manifest_path, signer_key=keys.signing_pub).ok


def test_columns_that_differ_from_the_signed_ones_fail(
    release: minshare.Release, keys: Keys
) -> None:
    signing = load_sender_keys(keys.sender, need_secret=False).signing_key
    statement = json.loads(json.dumps(read_manifest(release.manifest_path).statement))
    statement["predicate"]["output"]["columns"][0]["type"] = "int64"
    statement["predicate"]["output"]["columns"].pop()
    release.manifest_path.write_bytes(envelope_bytes(sign(statement, signing)))
    report = minshare.verify(release.manifest_path, signer_key=keys.signing_pub)
    assert "columns" in failed(report)
    assert "columns not in the manifest: INDIG_STATUS" in failed(report)["columns"]


def test_rows_and_missing_data(release: minshare.Release, keys: Keys, tmp_path: Path) -> None:
    moved = tmp_path / "elsewhere.csv"
    shutil.move(release.output_path, moved)
    report = minshare.verify(release.manifest_path, signer_key=keys.signing_pub)
    assert "no such data file" in failed(report)["data-hash"]
    assert minshare.verify(release.manifest_path, data=moved, signer_key=keys.signing_pub).ok
    lines = moved.read_text().splitlines(keepends=True)
    moved.write_text("".join(lines[:-1]))
    report = minshare.verify(release.manifest_path, data=moved, signer_key=keys.signing_pub)
    assert "2,999 rows, but the manifest says 3000" in failed(report)["rows"]


def test_another_policy_fails(release: minshare.Release, keys: Keys, workdir: Path) -> None:
    report = minshare.verify(
        release.manifest_path,
        signer_key=keys.signing_pub,
        policy=workdir / "policies" / "episodes.yaml",
    )
    assert "is not the recorded one" in failed(report)["policy"]


def test_an_unreadable_manifest_or_key_is_an_error(
    release: minshare.Release, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(DataError, match="not valid JSON"):
        minshare.verify(bad)
    bad.write_text(json.dumps({"payloadType": "text/plain", "payload": "", "signatures": []}))
    with pytest.raises(DataError, match="payloadType"):
        minshare.verify(bad)
    with pytest.raises(KeyFileError, match="no such key file"):
        minshare.verify(release.manifest_path, signer_key=tmp_path / "missing.pub")


def test_securesystemslib_verifies_the_envelope(release: minshare.Release, keys: Keys) -> None:
    from securesystemslib.dsse import Envelope
    from securesystemslib.exceptions import VerificationError
    from securesystemslib.signer import SSlibKey

    from minshare.keys import load_signer_public_key

    envelope = Envelope.from_dict(json.loads(release.manifest_path.read_text()))
    public = load_signer_public_key(keys.signing_pub)
    key = SSlibKey.from_crypto(
        public, keyid=read_manifest(release.manifest_path).signatures[0].keyid
    )
    assert key.keyid in envelope.verify([key], 1)
    assert (
        json.loads(envelope.pae()[envelope.pae().index(b"{") :])["_type"]
        == "https://in-toto.io/Statement/v1"
    )

    other = SSlibKey.from_crypto(ed25519.Ed25519PrivateKey.generate().public_key(), keyid=key.keyid)
    with pytest.raises(VerificationError):
        envelope.verify([other], 1)
