"""Key files: layout and modes of DESIGN.md, safe loading, fingerprints and derivation."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519

from minshare.errors import ExitStatus, KeyFileError
from minshare.keys import (
    init_recipient_keys,
    init_sender_keys,
    keys_folder,
    load_recipient_private_key,
    load_recipient_public_key,
    load_secret,
    load_sender_keys,
    load_signer_public_key,
    pseudonym_key,
    public_key_id,
    secret_key_id,
)


def test_init_writes_the_sender_set_with_safe_modes(tmp_path: Path) -> None:
    written = init_sender_keys(tmp_path / "k")
    assert sorted(p.name for p in written) == ["pseudonym.secret", "signing.key", "signing.pub"]
    assert (tmp_path / "k" / "signing.key").stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "k" / "pseudonym.secret").stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "k" / "signing.pub").stat().st_mode & 0o777 == 0o644
    assert len((tmp_path / "k" / "pseudonym.secret").read_bytes()) == 32
    pem = (tmp_path / "k" / "signing.key").read_bytes()
    assert pem.startswith(b"-----BEGIN PRIVATE KEY-----")  # PKCS#8
    assert isinstance(serialization.load_pem_private_key(pem, None), ed25519.Ed25519PrivateKey)
    keys = load_sender_keys(tmp_path / "k")
    assert keys.signer_id == public_key_id(load_signer_public_key(tmp_path / "k" / "signing.pub"))


def test_recipient_pair_is_x25519(tmp_path: Path) -> None:
    init_recipient_keys(tmp_path)
    private = load_recipient_private_key(tmp_path / "recipient.key")
    public = load_recipient_public_key(tmp_path / "recipient.pub")
    assert isinstance(private, x25519.X25519PrivateKey)
    assert public_key_id(private.public_key()) == public_key_id(public)
    assert (tmp_path / "recipient.key").stat().st_mode & 0o777 == 0o600


def test_existing_keys_are_never_overwritten(tmp_path: Path) -> None:
    init_sender_keys(tmp_path)
    before = (tmp_path / "signing.key").read_bytes()
    with pytest.raises(KeyFileError, match="refusing to overwrite"):
        init_sender_keys(tmp_path)
    assert (tmp_path / "signing.key").read_bytes() == before


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o660, 0o644])
def test_private_files_open_to_others_are_refused(tmp_path: Path, mode: int) -> None:
    init_sender_keys(tmp_path)
    os.chmod(tmp_path / "signing.key", mode)
    with pytest.raises(KeyFileError, match=r"open to other users.*chmod 600") as info:
        load_sender_keys(tmp_path)
    assert info.value.exit_status == ExitStatus.KEY
    os.chmod(tmp_path / "signing.key", 0o600)
    os.chmod(tmp_path / "pseudonym.secret", mode)
    with pytest.raises(KeyFileError, match=r"pseudonym\.secret"):
        load_sender_keys(tmp_path)


def test_load_errors_say_what_is_wrong(tmp_path: Path) -> None:
    init_sender_keys(tmp_path / "s")
    init_recipient_keys(tmp_path / "r")
    with pytest.raises(KeyFileError, match="no such key file"):
        load_signer_public_key(tmp_path / "nope.pub")
    with pytest.raises(KeyFileError, match="holds an X25519 public key, expected an Ed25519"):
        load_signer_public_key(tmp_path / "r" / "recipient.pub")
    with pytest.raises(KeyFileError, match="is a private key; give the public one"):
        load_recipient_public_key(tmp_path / "r" / "recipient.key")
    with pytest.raises(KeyFileError, match="holds an Ed25519 private key, expected an X25519"):
        load_recipient_private_key(tmp_path / "s" / "signing.key")
    garbage = tmp_path / "garbage.key"
    garbage.write_bytes(b"not a key")
    garbage.chmod(0o600)
    with pytest.raises(KeyFileError, match="not a PEM private key"):
        load_recipient_private_key(garbage)
    short = tmp_path / "short.secret"
    short.write_bytes(b"x" * 16)
    short.chmod(0o600)
    with pytest.raises(KeyFileError, match="exactly 32 bytes, holds 16"):
        load_secret(short)
    with pytest.raises(KeyFileError, match="is a folder"):
        load_secret(tmp_path / "s")


def test_a_password_protected_key_is_refused_clearly(tmp_path: Path) -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    path = tmp_path / "signing.key"
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(b"pw"),
        )
    )
    path.chmod(0o600)
    with pytest.raises(KeyFileError, match="protected by a password"):
        load_sender_keys(tmp_path, need_secret=False)


def test_key_folder_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MINSHARE_KEYS", raising=False)
    with pytest.raises(KeyFileError, match="pass --keys DIR or set MINSHARE_KEYS"):
        keys_folder(None)
    monkeypatch.setenv("MINSHARE_KEYS", str(tmp_path))
    assert keys_folder(None) == tmp_path
    with pytest.raises(KeyFileError, match="no such key folder"):
        keys_folder(tmp_path / "missing")


def test_key_id_is_the_sha256_of_the_der_public_key(tmp_path: Path) -> None:
    init_sender_keys(tmp_path)
    pub = load_signer_public_key(tmp_path / "signing.pub")
    der = pub.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    assert public_key_id(pub) == hashlib.sha256(der).hexdigest()


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")
def test_openssl_reads_the_keys_and_gives_the_same_key_id(tmp_path: Path) -> None:
    init_sender_keys(tmp_path / "s")
    init_recipient_keys(tmp_path / "r")
    for private, public in (
        ("s/signing.key", "s/signing.pub"),
        ("r/recipient.key", "r/recipient.pub"),
    ):
        subprocess.run(["openssl", "pkey", "-in", tmp_path / private, "-noout"], check=True)
        der = subprocess.run(
            ["openssl", "pkey", "-pubin", "-in", tmp_path / public, "-outform", "DER"],
            check=True,
            capture_output=True,
        ).stdout
        loaded = serialization.load_pem_public_key((tmp_path / public).read_bytes())
        assert hashlib.sha256(der).hexdigest() == public_key_id(loaded)  # type: ignore[arg-type]


def test_pseudonym_keys_differ_by_agreement_recipient_and_domain() -> None:
    secret = b"s" * 32
    base = pseudonym_key(secret, agreement="A", recipient="R", domain="client")
    assert base == pseudonym_key(secret, agreement="A", recipient="R", domain="client")
    others = {
        pseudonym_key(secret, agreement="B", recipient="R", domain="client"),
        pseudonym_key(secret, agreement="A", recipient="S", domain="client"),
        pseudonym_key(secret, agreement="A", recipient="R", domain="patient"),
        pseudonym_key(b"t" * 32, agreement="A", recipient="R", domain="client"),
        # fields are length-prefixed: moving a boundary changes the key
        pseudonym_key(secret, agreement="AR", recipient="", domain="client"),
    }
    assert base not in others and len(others) == 5


def test_secret_key_id_does_not_reveal_the_secret() -> None:
    secret = bytes(range(32))
    key_id = secret_key_id(secret)
    assert len(key_id) == 64
    assert secret.hex() not in key_id
    assert key_id != hashlib.sha256(secret).hexdigest()
