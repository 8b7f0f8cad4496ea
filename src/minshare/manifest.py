"""The release manifest: an in-toto Statement (v1) signed with Ed25519 in a DSSE envelope.

The envelope is the standard one, so in-toto and DSSE tooling can check the signature
without minshare::

    {"payloadType": "application/vnd.in-toto+json",
     "payload": "<base64 of the Statement>",
     "signatures": [{"keyid": "<sha256 of the signer's SubjectPublicKeyInfo>", "sig": "<base64>"}]}

The Statement's subject is the output file, or each Parquet part of an output folder
(as Spark writes them: ``predicate.output.layout`` is then ``parts``); its predicate
(``PREDICATE_TYPE``) records what was released and how. ``docs/manifest.md`` describes
every field.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from minshare.errors import DataError, UsageError
from minshare.io import file_sha256, is_database, part_files, stray_files
from minshare.keys import public_key_id

PAYLOAD_TYPE = "application/vnd.in-toto+json"
STATEMENT_TYPE = "https://in-toto.io/Statement/v1"
PREDICATE_TYPE = "https://minshare.dev/release/v1"
#: ``predicate.output.layout`` of a release that is a folder of Parquet parts
LAYOUT_PARTS = "parts"


def pae(payload_type: str, payload: bytes) -> bytes:
    """DSSE's pre-authentication encoding: what is actually signed."""
    kind = payload_type.encode("utf-8")
    return b"DSSEv1 %d %s %d %s" % (len(kind), kind, len(payload), payload)


def statement(
    subject_name: str, subject_sha256: str, predicate: Mapping[str, Any]
) -> dict[str, Any]:
    """An in-toto Statement about one output file."""
    return statement_of([(subject_name, subject_sha256)], predicate)


def statement_of(
    subjects: Sequence[tuple[str, str]], predicate: Mapping[str, Any]
) -> dict[str, Any]:
    """An in-toto Statement about the files of a release: ``(name, sha256)`` each."""
    return {
        "_type": STATEMENT_TYPE,
        "subject": [{"name": name, "digest": {"sha256": sha}} for name, sha in subjects],
        "predicateType": PREDICATE_TYPE,
        "predicate": dict(predicate),
    }


def release_subjects(path: str | Path) -> list[tuple[str, str]]:
    """The subjects of the release at ``path``: the file, or each part of a folder of parts.

    A folder's parts (``part-*.parquet``) are named relative to the folder, in sorted
    order; what Spark and Hadoop hide (``_SUCCESS``, ``.crc`` files) is left out. A
    folder with anything else in it is refused, since a reader would take it for data.
    """
    path = Path(path)
    if not path.is_dir():
        return [(path.name, file_sha256(path))]
    strays = stray_files(path)
    if strays:
        raise DataError(
            f"holds {strays[0].name}, which is not a Parquet part (part-*.parquet)", path=path
        )
    parts = part_files(path)
    if not parts:
        raise DataError("is a folder holding no Parquet part files (part-*.parquet)", path=path)
    return [(part.name, file_sha256(part)) for part in parts]


def canonical_json(value: Any) -> bytes:
    """Stable JSON bytes: sorted keys, no insignificant space, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def sign(statement_: Mapping[str, Any], key: ed25519.Ed25519PrivateKey) -> dict[str, Any]:
    """A DSSE envelope holding ``statement_``, signed with ``key``."""
    payload = canonical_json(statement_)
    signature = key.sign(pae(PAYLOAD_TYPE, payload))
    return {
        "payloadType": PAYLOAD_TYPE,
        "payload": base64.b64encode(payload).decode("ascii"),
        "signatures": [
            {
                "keyid": public_key_id(key.public_key()),
                "sig": base64.b64encode(signature).decode("ascii"),
            }
        ],
    }


def envelope_bytes(envelope: Mapping[str, Any]) -> bytes:
    """The manifest file's bytes."""
    return (json.dumps(envelope, indent=2) + "\n").encode("utf-8")


@dataclass(frozen=True)
class Signature:
    keyid: str
    sig: bytes


@dataclass(frozen=True)
class ReleaseManifest:
    """A manifest read from disk: the envelope's parts and the Statement inside it."""

    path: Path
    payload_type: str
    payload: bytes
    signatures: tuple[Signature, ...]
    statement: Mapping[str, Any]

    @property
    def predicate(self) -> Mapping[str, Any]:
        value = self.statement.get("predicate")
        return value if isinstance(value, Mapping) else {}

    @property
    def subject(self) -> tuple[str, str]:
        """The output file's recorded name and sha256 (the first part's, for a folder)."""
        subjects = self.subjects
        return subjects[0] if subjects else ("", "")

    @property
    def subjects(self) -> list[tuple[str, str]]:
        """Every subject's recorded name and sha256, in the signed order."""
        subjects = self.statement.get("subject")
        if not isinstance(subjects, list):
            return []
        return [
            (str(s.get("name", "")), str((s.get("digest") or {}).get("sha256", "")))
            for s in subjects
            if isinstance(s, Mapping)
        ]

    @property
    def is_parts(self) -> bool:
        """Whether the release is a folder of Parquet parts rather than one file."""
        output = self.predicate.get("output")
        return isinstance(output, Mapping) and output.get("layout") == LAYOUT_PARTS

    @property
    def database(self) -> Mapping[str, Any] | None:
        """For a release written to a database table, where: ``{uri, table, row_column,
        digest}`` (the URI without credentials); None for a file or folder."""
        output = self.predicate.get("output")
        found = output.get("database") if isinstance(output, Mapping) else None
        return found if isinstance(found, Mapping) else None

    def release_table(self, data: str | Path | None = None) -> str:
        """The database table of a release written to one: ``data`` (a URI, with or
        without ``#TABLE``: credentials go there), else the URI and table recorded."""
        recorded = self.database
        if recorded is None:
            raise UsageError(f"{self.path}: the release is a file, not a database table")
        uri = str(data) if data is not None else str(recorded.get("uri", ""))
        if not is_database(uri):
            raise UsageError(
                f"{uri}: the release is the database table {recorded.get('table')}; "
                "give its database's URI (postgresql://... or sqlite:...)"
            )
        return uri if "#" in uri else f"{uri}#{recorded.get('table')}"

    def data_name(self) -> str:
        """The released file's or folder's name, as the manifest records it."""
        if self.is_parts:
            return str((self.predicate.get("output") or {}).get("name", ""))
        return self.subject[0]

    def subject_problems(self, path: str | Path) -> list[str]:
        """How the release at ``path`` differs from the signed subjects; empty when it does not.

        A folder release must hold exactly the signed parts, each with its signed
        sha256; nothing is said about a part's values.
        """
        path = Path(path)
        if not self.is_parts:
            if not path.is_file():
                return [f"{path}: not a data file"]
            actual, (_, expected) = file_sha256(path), self.subject
            if actual != expected:
                return [f"{path.name}: sha256 {actual[:16]} is not the signed {expected[:16]}"]
            return []
        if not path.is_dir():
            return [f"{path}: not a folder of Parquet parts"]
        signed = dict(self.subjects)
        present = {p.name: p for p in part_files(path)}
        problems = [f"{name}: a signed part is missing" for name in signed if name not in present]
        problems += [f"{name}: a part that is not signed" for name in present if name not in signed]
        problems += [f"{p.name}: not a Parquet part, and not signed" for p in stray_files(path)]
        for name, part in present.items():
            if name in signed and (actual := file_sha256(part)) != signed[name]:
                problems.append(
                    f"{name}: sha256 {actual[:16]} is not the signed {signed[name][:16]}"
                )
        return problems

    def embedded_signer(self) -> ed25519.Ed25519PublicKey | None:
        """The signer's public key as the predicate records it (unpinned: anyone can embed one)."""
        pem = ((self.predicate.get("keys") or {}).get("signer") or {}).get("public_key")
        if not isinstance(pem, str):
            return None
        try:
            key = serialization.load_pem_public_key(pem.encode("ascii"))
        except (ValueError, UnicodeEncodeError):
            return None
        return key if isinstance(key, ed25519.Ed25519PublicKey) else None

    def signed_by(self, key: ed25519.Ed25519PublicKey) -> bool:
        """Whether any signature on the envelope is ``key``'s over the payload."""
        message = pae(self.payload_type, self.payload)
        for signature in self.signatures:
            try:
                key.verify(signature.sig, message)
            except InvalidSignature:
                continue
            return True
        return False


def read_manifest(path: str | Path) -> ReleaseManifest:
    """Parse a manifest file; a malformed one is a :class:`DataError` saying what is wrong."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataError("no such manifest file", path=path) from None
    except OSError as exc:
        raise DataError(f"cannot read the manifest: {exc.strerror}", path=path) from None
    try:
        envelope = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        line = getattr(exc, "lineno", None)
        raise DataError("the manifest is not valid JSON", path=path, line=line) from None
    if not isinstance(envelope, dict):
        raise DataError("the manifest is not a DSSE envelope (a JSON object)", path=path)
    payload_type = envelope.get("payloadType")
    if payload_type != PAYLOAD_TYPE:
        raise DataError(f"the manifest's payloadType is not {PAYLOAD_TYPE}", path=path)
    try:
        payload = base64.b64decode(str(envelope.get("payload", "")), validate=True)
        signatures = tuple(
            Signature(str(s["keyid"]), base64.b64decode(str(s["sig"]), validate=True))
            for s in envelope.get("signatures") or []
        )
        body = json.loads(payload)
    except (binascii.Error, KeyError, TypeError, ValueError):
        raise DataError(
            "the manifest's payload or signatures are not well formed", path=path
        ) from None
    if not isinstance(body, dict) or body.get("_type") != STATEMENT_TYPE:
        raise DataError("the manifest's payload is not an in-toto Statement v1", path=path)
    if body.get("predicateType") != PREDICATE_TYPE:
        raise DataError(f"the manifest's predicateType is not {PREDICATE_TYPE}", path=path)
    return ReleaseManifest(
        path=path,
        payload_type=payload_type,
        payload=payload,
        signatures=signatures,
        statement=body,
    )
