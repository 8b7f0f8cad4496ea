"""encrypt: HPKE-wrapped data key, AEAD cells, decrypt is the inverse."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric import x25519
from hypothesis import given, settings
from hypothesis import strategies as st

from minshare.transforms import CellError
from minshare.transforms.encrypt import (
    DecryptColumn,
    EncryptColumn,
    column_key,
    data_key_info,
    new_data_key,
    unwrap_data_key,
    wrap_data_key,
)

DATA_KEY = bytes(range(32))
texts = st.lists(st.one_of(st.none(), st.text(max_size=40)), max_size=40)


def pair(
    column: str, deterministic: bool, original: pa.DataType | None = None
) -> tuple[EncryptColumn, DecryptColumn]:
    key = column_key(DATA_KEY, column, deterministic)
    return EncryptColumn(key, column, deterministic), DecryptColumn(
        key, column, deterministic, original or pa.string()
    )


@settings(max_examples=60)
@given(texts, st.booleans())
def test_decrypt_inverts_encrypt(values: list[str | None], deterministic: bool) -> None:
    enc, dec = pair("EMAIL", deterministic)
    sealed = enc(pa.array(values, pa.string()))
    assert sealed.type == pa.string()
    assert [v is None for v in sealed.to_pylist()] == [v is None for v in values]
    assert dec(sealed).to_pylist() == values


def test_randomised_cells_differ_deterministic_ones_repeat() -> None:
    values = pa.array(["same", "same"])
    gcm, _ = pair("C", deterministic=False)
    siv, _ = pair("C", deterministic=True)
    a, b = gcm(values).to_pylist()
    assert a != b
    c, d = siv(values).to_pylist()
    assert c == d


def test_cells_are_bound_to_their_column() -> None:
    key = column_key(DATA_KEY, "A", False)
    sealed = EncryptColumn(key, "A")(pa.array(["x"]))
    with pytest.raises(CellError, match="cannot be decrypted"):
        DecryptColumn(key, "B", False, pa.string())(sealed)


def test_altered_cells_fail_and_are_located() -> None:
    enc, dec = pair("C", deterministic=False)
    sealed = enc(pa.array(["a", "b", "c"])).to_pylist()
    first = "B" if sealed[2][0] == "A" else "A"  # always a different byte
    tampered = [*sealed[:2], first + sealed[2][1:]]
    with pytest.raises(CellError) as info:
        dec(pa.array(tampered))
    assert info.value.index == 2


def test_types_come_back_as_they_were() -> None:
    values = pa.array([dt.date(1984, 3, 21), None, dt.date(2001, 1, 1)], pa.date32())
    enc, dec = pair("DOB", deterministic=False, original=pa.date32())
    assert dec(enc(values)).equals(values)
    ints = pa.array([5, None, -2], pa.int64())
    enc, dec = pair("N", deterministic=True, original=pa.int64())
    assert dec(enc(ints)).equals(ints)


def test_data_key_wrap_is_bound_to_recipient_and_release() -> None:
    recipient = x25519.X25519PrivateKey.generate()
    info = data_key_info("DSA-1", "Services Australia")
    key = new_data_key()
    wrapped = wrap_data_key(key, recipient.public_key(), info)
    assert unwrap_data_key(wrapped, recipient, info) == key
    with pytest.raises(InvalidTag):
        unwrap_data_key(wrapped, x25519.X25519PrivateKey.generate(), info)
    with pytest.raises(InvalidTag):
        unwrap_data_key(wrapped, recipient, data_key_info("DSA-2", "Services Australia"))


def test_an_independent_hpke_opens_the_wrapped_key() -> None:
    pyhpke = pytest.importorskip("pyhpke")
    from cryptography.hazmat.primitives import serialization

    recipient = x25519.X25519PrivateKey.generate()
    info = data_key_info("DSA-1", "AIHW")
    key = new_data_key()
    wrapped = wrap_data_key(key, recipient.public_key(), info)
    suite = pyhpke.CipherSuite.new(
        pyhpke.KEMId.DHKEM_X25519_HKDF_SHA256, pyhpke.KDFId.HKDF_SHA256, pyhpke.AEADId.AES256_GCM
    )
    raw = recipient.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    skr = suite.kem.deserialize_private_key(raw)
    enc, ciphertext = wrapped[:32], wrapped[32:]
    context = suite.create_recipient_context(enc, skr, info=info)
    assert context.open(ciphertext) == key
