"""``encrypt``: cells only the recipient can read.

Each release has a fresh 32-byte data key, wrapped for the recipient's X25519 public
key with HPKE (RFC 9180, base mode). Each encrypted column gets its own key derived
from the data key. Cells are AES-256-GCM with a random nonce, or AES-SIV when the
policy asks for ``deterministic: true`` (equal values, equal ciphertexts, so joins
still work). A cell is written as base64 of ``nonce || ciphertext || tag`` (GCM) or
``tag || ciphertext`` (SIV), and is bound to its column name as associated data.
"""

from __future__ import annotations

import base64
import binascii
import os
import secrets
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import x25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, AESSIV

from minshare.keys import context_info, hkdf
from minshare.policy import ColumnRule
from minshare.transforms._arrays import (
    CellError,
    Memo,
    as_text,
    first_true,
    map_distinct,
    require_flat,
)

HPKE_SUITE = "DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM"
CELL_GCM = "AES-256-GCM"
CELL_SIV = "AES-SIV-512"
DATA_KEY_BYTES = 32
_NONCE = 12


def _suite() -> hpke.Suite:
    return hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


def data_key_info(agreement: str, recipient: str) -> bytes:
    """The HPKE ``info`` that binds a wrapped data key to its agreement and recipient."""
    return context_info("minshare/data-key/v1", agreement, recipient)


def new_data_key() -> bytes:
    """A fresh random data key for one release."""
    return secrets.token_bytes(DATA_KEY_BYTES)


def wrap_data_key(data_key: bytes, recipient: x25519.X25519PublicKey, info: bytes) -> bytes:
    """HPKE-seal ``data_key`` for ``recipient``: the encapsulated key, then the ciphertext."""
    return _suite().encrypt(data_key, recipient, info=info)


def unwrap_data_key(wrapped: bytes, key: x25519.X25519PrivateKey, info: bytes) -> bytes:
    """Open a wrapped data key; raises ``InvalidTag`` when the key or info is wrong."""
    return _suite().decrypt(wrapped, key, info=info)


def column_key(data_key: bytes, column: str, deterministic: bool) -> bytes:
    """The cell key of one column: AES-SIV takes 64 bytes, AES-GCM 32."""
    mode = "siv" if deterministic else "gcm"
    return hkdf(data_key, "minshare/encrypt/v1", column, mode, length=64 if deterministic else 32)


@dataclass(frozen=True)
class EncryptColumn:
    """Encrypts every non-null value of a column as text."""

    key: bytes = field(repr=False)
    column: str
    deterministic: bool = False
    _sealed: Memo = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        siv = AESSIV(self.key) if self.deterministic else None
        aad = [self.column.encode("utf-8")]

        def seal(value: str) -> str:
            assert siv is not None
            return binascii.b2a_base64(
                siv.encrypt(value.encode("utf-8"), aad), newline=False
            ).decode()

        object.__setattr__(self, "_sealed", Memo(seal))

    @classmethod
    def from_rule(cls, rule: ColumnRule, data_key: bytes) -> EncryptColumn:
        deterministic = bool(rule.options["deterministic"])
        return cls(column_key(data_key, rule.column, deterministic), rule.column, deterministic)

    def output_type(self, input_type: pa.DataType) -> pa.DataType:
        require_flat(input_type, "encrypt")
        return pa.string()

    def __call__(self, values: pa.Array) -> pa.Array:
        text = as_text(values)
        if self.deterministic:
            return map_distinct(text, self._sealed, pa.string())
        aad = self.column.encode("utf-8")
        # a random nonce per cell: equal values must not give equal ciphertexts
        seal_gcm = AESGCM(self.key).encrypt
        b64 = binascii.b2a_base64
        cells = text.cast(pa.binary()).to_pylist()
        nonces = os.urandom(_NONCE * len(cells))
        sealed = [
            None
            if value is None
            else b64(
                (n := nonces[i * _NONCE : (i + 1) * _NONCE]) + seal_gcm(n, value, aad),
                newline=False,
            )
            for i, value in enumerate(cells)
        ]
        # base64 is ASCII, so the cast to text is a formality done once per batch
        return pa.array(sealed, pa.binary()).cast(pa.string())


@dataclass(frozen=True)
class DecryptColumn:
    """The recipient's inverse of :class:`EncryptColumn`, back to the original type."""

    key: bytes = field(repr=False)
    column: str
    deterministic: bool
    original_type: pa.DataType

    def __call__(self, values: pa.Array) -> pa.Array:
        aad = self.column.encode("utf-8")
        opener = AESSIV(self.key) if self.deterministic else AESGCM(self.key)

        def open_cell(cell: str) -> str | None:
            try:
                raw = base64.b64decode(cell, validate=True)
                if isinstance(opener, AESSIV):
                    return opener.decrypt(raw, [aad]).decode("utf-8")
                return opener.decrypt(raw[:_NONCE], raw[_NONCE:], aad).decode("utf-8")
            except (InvalidTag, binascii.Error, ValueError, UnicodeDecodeError):
                return None  # a failure: only null cells may decrypt to null

        plain = map_distinct(values, open_cell, pa.string())
        bad = pc.and_(plain.is_null(), values.is_valid())
        if pc.any(bad).as_py():
            raise CellError(
                first_true(bad), "cannot be decrypted: wrong key, or the cell was altered"
            )
        if self.original_type == pa.string():
            return plain
        try:
            return pc.cast(plain, self.original_type)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            raise CellError(
                0, f"decrypted text does not convert back to {self.original_type}"
            ) from None
