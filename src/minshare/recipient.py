"""The recipient's side: turn a release's encrypted columns back into their values.

Before anything is decrypted, the manifest's signature and the data file's hash (for a
release written to a database table, the table's digest) are checked: a recipient never
decrypts data that is not the release it was sent.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
from cryptography.exceptions import InvalidTag

from minshare.errors import DataError, KeyFileError, OutputError, Refusal, UsageError
from minshare.io import (
    STDOUT,
    DatabaseTable,
    TableReader,
    TableWriter,
    arrow_type,
    database_destination,
    detect_format,
    input_sha256,
    is_database,
    open_reader,
    open_writer,
    same_file,
    stage,
)
from minshare.keys import load_recipient_private_key, load_signer_public_key, public_key_id
from minshare.manifest import ReleaseManifest, read_manifest
from minshare.progress import ProgressCallback, tracked
from minshare.transforms import CellError
from minshare.transforms.encrypt import (
    CELL_SIV,
    DecryptColumn,
    column_key,
    data_key_info,
    unwrap_data_key,
)


@dataclass(frozen=True)
class Decryption:
    """What :func:`decrypt` wrote: ``output_path`` is the file, or for a database the table
    (its URI without credentials, ``#``, the table's name)."""

    output_path: Path | str
    rows: int
    columns: list[str]


def _check_signature(manifest: ReleaseManifest, signer_key: str | Path | None) -> None:
    key = (
        load_signer_public_key(signer_key) if signer_key is not None else manifest.embedded_signer()
    )
    if key is None or not manifest.signed_by(key):
        raise Refusal(
            [f"{manifest.path}: the manifest's signature does not verify; not decrypting"]
        )


def _check_table(manifest: ReleaseManifest, table: str, signer_key: str | Path | None) -> None:
    """A release written to a database table: the signature, then the table's digest."""
    _check_signature(manifest, signer_key)
    reader = open_reader(table)
    try:
        for _ in reader.batches():
            pass
        digest = input_sha256(reader)
    finally:
        reader.close()
    if digest != manifest.subject[1]:
        raise Refusal(
            [f"{reader.path}: not the table the manifest signs (digest differs); not decrypting"]
        )


def _check_release(manifest: ReleaseManifest, data: Path, signer_key: str | Path | None) -> None:
    _check_signature(manifest, signer_key)
    if manifest.subject_problems(data):
        what = "folder of parts" if manifest.is_parts else "data file"
        raise Refusal(
            [f"{data}: not the {what} the manifest signs (sha256 differs); not decrypting"]
        )


def _decryptors(manifest: ReleaseManifest, key_path: str | Path) -> dict[str, DecryptColumn]:
    encryption = manifest.predicate.get("encryption")
    if not encryption:
        return {}
    private = load_recipient_private_key(key_path)
    key_id = public_key_id(private.public_key())
    wanted = encryption.get("recipient_key_id")
    if key_id != wanted:
        raise KeyFileError(
            f"this key ({key_id[:16]}) is not the one the release was encrypted for "
            f"({str(wanted)[:16]})",
            path=key_path,
        )
    purpose = manifest.predicate.get("purpose") or {}
    info = data_key_info(
        str(purpose.get("agreement")), str((purpose.get("recipient") or {}).get("name"))
    )
    try:
        data_key = unwrap_data_key(base64.b64decode(encryption["wrapped_data_key"]), private, info)
    except (InvalidTag, binascii.Error, ValueError, KeyError):
        raise KeyFileError(
            "cannot unwrap the release's data key with this key", path=key_path
        ) from None
    out = {}
    for column, spec in (encryption.get("columns") or {}).items():
        deterministic = spec.get("cipher") == CELL_SIV
        try:
            original = arrow_type(str(spec.get("original_type", "string")))
        except ValueError as exc:
            raise DataError(f"column {column}: {exc}", path=manifest.path) from None
        out[column] = DecryptColumn(
            column_key(data_key, column, deterministic), column, deterministic, original
        )
    return out


def _plain_batches(
    reader: TableReader,
    decryptors: dict[str, DecryptColumn],
    schema: pa.Schema,
    progress: ProgressCallback | None = None,
) -> Iterator[pa.RecordBatch]:
    rows_before = 0
    for batch in tracked(reader, progress):
        arrays = []
        for f in reader.schema:
            values = batch.column(f.name)
            if f.name in decryptors:
                try:
                    values = decryptors[f.name](values)
                except CellError as exc:
                    raise DataError(
                        exc.problem,
                        path=reader.path,
                        row=rows_before + exc.index + 1,
                        column=f.name,
                    ) from None
            arrays.append(values)
        rows_before += batch.num_rows
        yield pa.RecordBatch.from_arrays(arrays, schema=schema)


def _open_release(
    release: ReleaseManifest,
    data: str | Path,
    output: str | Path,
    *,
    key: str | Path,
    signer_key: str | Path | None,
) -> tuple[TableReader, dict[str, DecryptColumn]]:
    """A reader of the release, once its signature and hash are checked, and its decryptors."""
    if release.database is not None or is_database(data):
        table = release.release_table(data)
        _check_table(release, table, signer_key)
        decryptors = _decryptors(release, key)
        return open_reader(table), decryptors
    data_path, out_path = Path(data), Path(output)
    if (
        not is_database(output)
        and str(out_path) != STDOUT
        and (same_file(data_path, out_path) or data_path.resolve() == out_path.resolve())
    ):
        raise UsageError(f"{out_path}: the output would overwrite the input")
    if (
        data_path.is_dir()
        and not is_database(output)
        and (data_path.resolve() in out_path.resolve().parents)
    ):
        raise UsageError(f"{out_path}: the output would be written inside the release's folder")
    if not (data_path.is_dir() if release.is_parts else data_path.is_file()):
        raise DataError("no such folder" if release.is_parts else "no such file", path=data_path)
    _check_release(release, data_path, signer_key)
    decryptors = _decryptors(release, key)
    recorded_format = (release.predicate.get("output") or {}).get("format")
    return open_reader(data_path, recorded_format), decryptors


def _decrypt_to_table(
    batches: Iterator[pa.RecordBatch],
    destination: DatabaseTable,
    schema: pa.Schema,
    *,
    replace: bool,
) -> int:
    """Write the plaintext into a new table (or one replacing it), committed only when all is in."""
    from minshare.io.dbtables import DatabaseWriter

    with DatabaseWriter(destination, schema, replace=replace) as table:
        for batch in batches:
            table.write(batch)
        table.close()
        rows = table.rows
        table.commit()
    return rows


def decrypt(
    data: str | Path,
    *,
    key: str | Path,
    manifest: str | Path,
    output: str | Path,
    signer_key: str | Path | None = None,
    output_format: str | None = None,
    escape_formulas: bool = False,
    progress: ProgressCallback | None = None,
    replace: bool = False,
) -> Decryption:
    """Decrypt the encrypted columns of the release ``data`` into ``output`` (``-``: stdout).

    ``data`` is the released file, or the folder of a release of Parquet parts (as
    Spark writes them), whose parts are read in order into the one ``output``; or, for a
    release written to a database table, its database's URI (with ``#TABLE``, or the
    table the manifest records). ``output`` may be a database table, ``URI#TABLE``:
    created (or, with ``replace``, replaced) in one transaction, committed at the end.
    """
    release = read_manifest(manifest)
    destination = database_destination(str(output)) if is_database(output) else None
    if destination is not None:
        if output_format is not None:
            raise UsageError("--output-format is for files; a database URI says what it is")
        from minshare.io.dbtables import check_destination

        check_destination(destination, replace=replace)
    reader, decryptors = _open_release(release, data, output, key=key, signer_key=signer_key)
    try:
        if destination is not None and reader.path == destination.label:
            raise UsageError(f"{destination.label}: the output would overwrite the input")
        missing = [c for c in decryptors if c not in reader.schema.names]
        if missing:
            raise DataError(
                f"the encrypted column {missing[0]!r} is not in the release", path=reader.path
            )
        schema = pa.schema(
            [
                pa.field(f.name, decryptors[f.name].original_type) if f.name in decryptors else f
                for f in reader.schema
            ]
        )
        batches = _plain_batches(reader, decryptors, schema, progress)
        if destination is not None:
            rows = _decrypt_to_table(batches, destination, schema, replace=replace)
            return Decryption(destination.label, rows, sorted(decryptors))
        out_path = Path(output)
        out_format = detect_format(out_path, output_format)
        staged = stage(out_path, f".{out_format}" if str(out_path) == STDOUT else None)
        rows = 0
        try:
            writer: TableWriter = open_writer(
                staged.temp, out_format, schema, escape_formulas=escape_formulas
            )
            try:
                for batch in batches:
                    writer.write(batch)
                    rows += batch.num_rows
            finally:
                writer.close()
            staged.commit()
        except OSError as exc:
            raise OutputError(
                f"cannot write the output: {exc.strerror or exc}", path=out_path
            ) from None
        finally:
            staged.discard()
    finally:
        reader.close()
    return Decryption(output_path=out_path, rows=rows, columns=sorted(decryptors))
