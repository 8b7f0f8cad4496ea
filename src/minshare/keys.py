"""Key files: make them, load them safely, name them by fingerprint, derive per-use keys.

A sender's key set (``keys init``) is a folder holding ``signing.key`` (Ed25519,
PKCS#8 PEM), ``signing.pub`` (SubjectPublicKeyInfo PEM) and ``pseudonym.secret``
(32 raw bytes). A recipient's (``keys recipient``) holds ``recipient.key`` and
``recipient.pub`` (X25519, PEM). Private files are created with mode 0600 and
refused when anyone but the owner may read or write them.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from minshare.errors import KeyFileError

SIGNING_KEY = "signing.key"
SIGNING_PUB = "signing.pub"
PSEUDONYM_SECRET = "pseudonym.secret"
RECIPIENT_KEY = "recipient.key"
RECIPIENT_PUB = "recipient.pub"
SECRET_BYTES = 32
KEYS_ENV = "MINSHARE_KEYS"

_Key = TypeVar("_Key")


# -- fingerprints and derivation ---------------------------------------------------------


def public_key_id(key: ed25519.Ed25519PublicKey | x25519.X25519PublicKey) -> str:
    """The key id of a public key: SHA-256 of its DER SubjectPublicKeyInfo, in hex.

    The same figure comes from ``openssl pkey -pubin -in KEY.pub -outform DER | sha256sum``.
    """
    der = key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(der).hexdigest()


def context_info(label: str, *fields: str) -> bytes:
    """A KDF context: the label, then each field length-prefixed.

    Length prefixes keep ("ab", "c") and ("a", "bc") apart.
    """
    out = bytearray(label.encode("ascii"))
    for value in fields:
        encoded = value.encode("utf-8")
        out += len(encoded).to_bytes(4, "big") + encoded
    return bytes(out)


def hkdf(secret: bytes, label: str, *fields: str, length: int = 32) -> bytes:
    """HKDF-SHA-256 of ``secret`` for the use named by ``label`` and ``fields``."""
    return HKDF(
        algorithm=hashes.SHA256(), length=length, salt=None, info=context_info(label, *fields)
    ).derive(secret)


def pseudonym_key(secret: bytes, *, agreement: str, recipient: str, domain: str) -> bytes:
    """The HMAC key for one agreement, recipient and domain.

    Tokens made under different agreements or for different recipients cannot be
    linked; columns sharing a domain share tokens, so records still join.
    """
    return hkdf(secret, "minshare/pseudonymise/v1", agreement, recipient, domain)


def secret_key_id(secret: bytes) -> str:
    """A key id for a secret: SHA-256 of a value derived from it, never the secret."""
    return hashlib.sha256(hkdf(secret, "minshare/key-id/v1")).hexdigest()


# -- the sender's key set ----------------------------------------------------------------


@dataclass(frozen=True)
class SenderKeys:
    """A sender's loaded keys."""

    folder: Path
    signing_key: ed25519.Ed25519PrivateKey
    pseudonym_secret: bytes | None = field(repr=False)

    @property
    def signer_id(self) -> str:
        return public_key_id(self.signing_key.public_key())

    def require_pseudonym_secret(self) -> bytes:
        if self.pseudonym_secret is None:
            raise KeyFileError(
                "no pseudonymisation secret; 'minshare keys init' makes one",
                path=self.folder / PSEUDONYM_SECRET,
            )
        return self.pseudonym_secret


def keys_folder(folder: str | Path | None) -> Path:
    """The key folder: the one given, else ``$MINSHARE_KEYS``, else an error."""
    if folder is None:
        folder = os.environ.get(KEYS_ENV)
    if not folder:
        raise KeyFileError(f"no key folder: pass --keys DIR or set {KEYS_ENV}")
    path = Path(folder)
    if not path.is_dir():
        raise KeyFileError("no such key folder", path=path)
    return path


def load_sender_keys(folder: str | Path | None, *, need_secret: bool = True) -> SenderKeys:
    """Load the signing key and (when ``need_secret``) the pseudonymisation secret."""
    path = keys_folder(folder)
    signing = load_private_key(
        path / SIGNING_KEY, ed25519.Ed25519PrivateKey, "an Ed25519 signing key"
    )
    secret = load_secret(path / PSEUDONYM_SECRET) if need_secret else None
    return SenderKeys(folder=path, signing_key=signing, pseudonym_secret=secret)


# -- loading -------------------------------------------------------------------------------


def _check_private_mode(path: Path) -> None:
    if os.name != "posix":
        return
    mode = path.stat().st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise KeyFileError(
            f"is open to other users (mode {stat.S_IMODE(mode):04o}); run 'chmod 600 {path}'",
            path=path,
        )


def _read(path: Path, *, private: bool) -> bytes:
    if path.is_dir():
        raise KeyFileError("is a folder, not a key file", path=path)
    try:
        if private:
            _check_private_mode(path)
        return path.read_bytes()
    except FileNotFoundError:
        raise KeyFileError("no such key file", path=path) from None
    except IsADirectoryError:
        raise KeyFileError("is a folder, not a key file", path=path) from None
    except PermissionError:
        raise KeyFileError("cannot read the key file: permission denied", path=path) from None
    except OSError as exc:
        raise KeyFileError(f"cannot read the key file: {exc.strerror}", path=path) from None


def load_private_key(path: str | Path, kind: type[_Key], what: str) -> _Key:
    """Load a PEM private key of type ``kind`` (described as ``what`` in errors)."""
    path = Path(path)
    data = _read(path, private=True)
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except TypeError:
        raise KeyFileError(
            "the key is protected by a password, which minshare does not take", path=path
        ) from None
    except (ValueError, UnsupportedAlgorithm):
        raise KeyFileError(f"not a PEM private key; expected {what}", path=path) from None
    if not isinstance(key, kind):
        raise KeyFileError(f"holds {_describe(key)}, expected {what}", path=path)
    return key


def load_public_key(path: str | Path, kind: type[_Key], what: str) -> _Key:
    """Load a PEM public key of type ``kind``."""
    path = Path(path)
    data = _read(path, private=False)
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, UnsupportedAlgorithm):
        if b"PRIVATE KEY" in data:
            raise KeyFileError(
                f"is a private key; give the public one ({what})", path=path
            ) from None
        raise KeyFileError(f"not a PEM public key; expected {what}", path=path) from None
    if not isinstance(key, kind):
        raise KeyFileError(f"holds {_describe(key)}, expected {what}", path=path)
    return key


def load_secret(path: str | Path) -> bytes:
    """Load a raw 32-byte secret."""
    path = Path(path)
    data = _read(path, private=True)
    if len(data) != SECRET_BYTES:
        raise KeyFileError(f"must hold exactly {SECRET_BYTES} bytes, holds {len(data)}", path=path)
    return data


def load_signer_public_key(path: str | Path) -> ed25519.Ed25519PublicKey:
    return load_public_key(path, ed25519.Ed25519PublicKey, "an Ed25519 signing public key")


def load_recipient_public_key(path: str | Path) -> x25519.X25519PublicKey:
    return load_public_key(path, x25519.X25519PublicKey, "an X25519 recipient public key")


def load_recipient_private_key(path: str | Path) -> x25519.X25519PrivateKey:
    return load_private_key(path, x25519.X25519PrivateKey, "an X25519 recipient private key")


def _describe(key: object) -> str:
    names = {
        ed25519.Ed25519PrivateKey: "an Ed25519 private key",
        ed25519.Ed25519PublicKey: "an Ed25519 public key",
        x25519.X25519PrivateKey: "an X25519 private key",
        x25519.X25519PublicKey: "an X25519 public key",
    }
    for kind, name in names.items():
        if isinstance(key, kind):
            return name
    return f"a {type(key).__name__.removeprefix('_')}"


# -- making keys -----------------------------------------------------------------------------


def _pem_private(key: ed25519.Ed25519PrivateKey | x25519.X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def _pem_public(key: ed25519.Ed25519PublicKey | x25519.X25519PublicKey) -> bytes:
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _write_new_files(folder: Path, files: dict[str, tuple[bytes, int]]) -> list[Path]:
    """Write each file (name -> content, mode) only if none exists yet; all or nothing."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise KeyFileError(f"cannot make the key folder: {exc.strerror}", path=folder) from None
    existing = [name for name in files if (folder / name).exists()]
    if existing:
        raise KeyFileError(
            f"already holds {', '.join(existing)}; refusing to overwrite keys", path=folder
        )
    written: list[Path] = []
    try:
        for name, (content, mode) in files.items():
            target = folder / name
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
            written.append(target)
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
            os.chmod(target, mode)  # the umask may have taken bits from the mode asked
    except OSError as exc:
        for path in written:
            path.unlink(missing_ok=True)
        raise KeyFileError(f"cannot write keys: {exc.strerror}", path=folder) from None
    return written


def init_sender_keys(folder: str | Path) -> list[Path]:
    """Make a sender's key set in ``folder``; returns the files written."""
    signing = ed25519.Ed25519PrivateKey.generate()
    return _write_new_files(
        Path(folder),
        {
            SIGNING_KEY: (_pem_private(signing), 0o600),
            SIGNING_PUB: (_pem_public(signing.public_key()), 0o644),
            PSEUDONYM_SECRET: (secrets.token_bytes(SECRET_BYTES), 0o600),
        },
    )


def init_recipient_keys(folder: str | Path) -> list[Path]:
    """Make a recipient's X25519 key pair in ``folder``; returns the files written."""
    key = x25519.X25519PrivateKey.generate()
    return _write_new_files(
        Path(folder),
        {
            RECIPIENT_KEY: (_pem_private(key), 0o600),
            RECIPIENT_PUB: (_pem_public(key.public_key()), 0o644),
        },
    )
