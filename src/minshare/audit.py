"""The auditor's check of a release: signature, data file, columns and policy, each reported.

:func:`verify` never stops at the first failure: it runs every check it can and says
what each found, so an audit file shows the whole picture.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from minshare.errors import DataError, MinshareError, UsageError
from minshare.io import detect_format, display_name, input_sha256, is_database, open_reader
from minshare.keys import load_signer_public_key, public_key_id
from minshare.manifest import ReleaseManifest, read_manifest
from minshare.policy import Policy, load_policy
from minshare.progress import ProgressCallback, tracked


@dataclass(frozen=True)
class Check:
    """One named check and what it found."""

    name: str
    ok: bool
    detail: str

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "ok": self.ok, "detail": self.detail}


@dataclass
class VerificationReport:
    """Every check :func:`verify` ran; ``ok`` only when all passed."""

    manifest_path: Path
    checks: list[Check] = field(default_factory=list)
    signer_pinned: bool = False

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks)

    def add(self, name: str, ok: bool, detail: str) -> None:
        self.checks.append(Check(name, ok, detail))


def _check_signature(
    report: VerificationReport, manifest: ReleaseManifest, signer_key: str | Path | None
) -> None:
    if signer_key is not None:
        key = load_signer_public_key(signer_key)
        key_id = public_key_id(key)
        report.signer_pinned = True
        if manifest.signed_by(key):
            report.add("signature", True, f"signed by the pinned key {key_id[:16]}")
        else:
            report.add("signature", False, f"not signed by the pinned key {key_id[:16]}")
        return
    embedded = manifest.embedded_signer()
    if embedded is None:
        report.add(
            "signature", False, "no --signer-key given and no signer key recorded in the manifest"
        )
        return
    key_id = public_key_id(embedded)
    if manifest.signed_by(embedded):
        report.add(
            "signature",
            True,
            f"signed by key {key_id[:16]} as recorded in the manifest (unpinned: "
            "pass --signer-key to check who signed)",
        )
    else:
        report.add(
            "signature", False, f"the signature does not match the recorded key {key_id[:16]}"
        )


def _data_path(manifest: ReleaseManifest, data: str | Path | None) -> Path:
    if data is not None:
        return Path(data)
    return manifest.path.parent / Path(manifest.data_name()).name


def _count_rows(
    path: Path, fmt: str, progress: ProgressCallback | None = None
) -> tuple[int, list[dict[str, str]]]:
    reader = open_reader(path, fmt)
    try:
        columns = [{"name": f.name, "type": str(f.type)} for f in reader.schema]
        rows = sum(batch.num_rows for batch in tracked(reader, progress))
    finally:
        reader.close()
    return rows, columns


def _check_privacy(
    report: VerificationReport, manifest: ReleaseManifest, path: str | Path, fmt: str | None
) -> None:
    """Recompute k-anonymity (and l-diversity) on the data file and hold it to the target."""
    from minshare.risk import risk

    privacy = manifest.predicate["privacy"]
    target = privacy.get("target") or {}
    measured = privacy.get("measured_on") or {}
    qis = measured.get("quasi_identifiers") or []
    sensitive = measured.get("sensitive") or []
    try:
        figures = risk(str(path), quasi_identifiers=qis, sensitive=sensitive, input_format=fmt)
    except MinshareError as exc:
        report.add("privacy", False, f"cannot measure the privacy target: {exc}")
        return
    k_target, l_target = target.get("k_anonymity"), target.get("l_diversity")
    problems = []
    if k_target and figures.rows and figures.k_anonymity < k_target:
        problems.append(f"k-anonymity is {figures.k_anonymity}, below the target {k_target}")
    if l_target:
        for name, ell in figures.l_diversity.items():
            if figures.rows and ell < l_target:
                problems.append(f"l-diversity of {name} is {ell}, below the target {l_target}")
    if problems:
        report.add("privacy", False, "; ".join(problems))
    else:
        ells = ", ".join(f"l={v} for {k}" for k, v in figures.l_diversity.items())
        detail = f"k-anonymity {figures.k_anonymity} over {', '.join(qis)}" + (
            f"; {ells}" if ells else ""
        )
        report.add(
            "privacy",
            True,
            detail + f" (target k={k_target}" + (f", l={l_target})" if l_target else ")"),
        )


_RESCANNED = ("keep", "generalise", "mask", "redact")


def _check_rescan(
    report: VerificationReport, manifest: ReleaseManifest, path: str | Path, fmt: str | None
) -> None:
    """Scan the released file: no column that leaves in the clear may hold a direct identifier.

    A column kept with a justification is exempt (the steward released it on purpose,
    and the manifest records why); a redacted column must not still read as free text
    holding personal information, nor hold a direct identifier inside its text (a phone
    in clinical notes).
    """
    from minshare.detect import scan

    records = {
        c.get("output"): c for c in manifest.predicate.get("columns") or [] if c.get("output")
    }
    result = scan(path, input_format=fmt)
    leaks = []
    for found in result.columns:
        record = records.get(found.name)
        if record is None or record.get("action") not in _RESCANNED or found.best is None:
            continue
        if record.get("action") == "keep" and record.get("justification"):
            continue
        redacted = record.get("action") == "redact"
        if found.category == "direct_identifier" or (redacted and found.category == "free_text"):
            leaks.append(f"{found.name} ({record.get('action')}) scans as {found.best.type}")
        elif redacted and found.identifiers_in_text:
            # notes that read as health first may still hold a phone
            held = ", ".join(found.identifiers_in_text)
            leaks.append(f"{found.name} (redact) still holds {held} in its text")
    checked = sum(1 for c in records.values() if c.get("action") in _RESCANNED)
    if leaks:
        report.add("rescan", False, "direct identifiers left in the clear: " + "; ".join(leaks))
    else:
        report.add(
            "rescan", True, f"no direct identifier in the {checked} columns that leave in the clear"
        )


def _check_table(
    report: VerificationReport,
    manifest: ReleaseManifest,
    data: str | Path | None,
    rescan: bool,
    progress: ProgressCallback | None = None,
) -> None:
    """A release written to a database table: its digest, rows and columns, read back."""
    try:
        table = manifest.release_table(data)
    except UsageError as exc:
        report.add("data-hash", False, str(exc))
        return
    reader = open_reader(table)
    try:
        for _ in tracked(reader, progress):
            pass
        digest, rows = input_sha256(reader), int(getattr(reader, "rows", 0))
        columns = [{"name": f.name, "type": str(f.type)} for f in reader.schema]
    finally:
        reader.close()
    expected = manifest.subject[1]
    if digest == expected:
        report.add("data-hash", True, f"{reader.path}: table digest {expected[:16]} matches")
    else:
        report.add(
            "data-hash",
            False,
            f"{reader.path}: table digest {digest[:16]} is not the signed {expected[:16]}",
        )
    _check_contents(report, manifest, rows, columns, (table, None), rescan=rescan)


def _check_data(
    report: VerificationReport,
    manifest: ReleaseManifest,
    data: str | Path | None,
    rescan: bool,
    progress: ProgressCallback | None = None,
) -> None:
    if manifest.database is not None:
        _check_table(report, manifest, data, rescan, progress)
        return
    if data is not None and is_database(data):
        report.add(
            "data-hash",
            False,
            f"{display_name(data)}: the release is a file ({manifest.data_name()}), not a table",
        )
        return
    path = _data_path(manifest, data)
    output = manifest.predicate.get("output") or {}
    if not (path.is_dir() if manifest.is_parts else path.is_file()):
        kind = "folder of Parquet parts" if manifest.is_parts else "data file"
        report.add("data-hash", False, f"{path}: no such {kind}")
        return
    problems = manifest.subject_problems(path)
    if problems:
        report.add("data-hash", False, "; ".join(problems))
    elif manifest.is_parts:
        count = len(manifest.subjects)
        parts = "1 part with its" if count == 1 else f"{count} parts, each with its"
        report.add("data-hash", True, f"{path.name}: {parts} signed sha256")
    else:
        report.add("data-hash", True, f"{path.name}: sha256 {manifest.subject[1][:16]} matches")
    try:
        fmt = detect_format(path, output.get("format"))
        rows, columns = _count_rows(path, fmt, progress)
    except MinshareError as exc:
        report.add("rows", False, f"the data file cannot be read: {exc}")
        report.add("columns", False, "not checked: the data file cannot be read")
        return
    _check_contents(report, manifest, rows, columns, (path, fmt), rescan=rescan)


def _check_contents(
    report: VerificationReport,
    manifest: ReleaseManifest,
    rows: int,
    columns: list[dict[str, str]],
    source: tuple[str | Path, str | None],
    *,
    rescan: bool,
) -> None:
    """The rows and columns read back from a release (a file or a table, with the format it is
    read in), then its privacy target and its re-scan."""
    expected_rows = (manifest.predicate.get("output") or {}).get("rows")
    if rows == expected_rows:
        report.add("rows", True, f"{rows:,} rows, as signed")
    else:
        report.add("rows", False, f"{rows:,} rows, but the manifest says {expected_rows}")
    _check_columns(report, manifest, columns)
    if manifest.predicate.get("privacy"):
        _check_privacy(report, manifest, *source)
    if rescan:
        _check_rescan(report, manifest, *source)


def _check_columns(
    report: VerificationReport, manifest: ReleaseManifest, columns: list[dict[str, str]]
) -> None:
    predicate = manifest.predicate
    expected = (predicate.get("output") or {}).get("columns") or []
    leaving = [c.get("output") for c in predicate.get("columns") or [] if c.get("output")]
    names = [c["name"] for c in columns]
    problems = []
    if names != [c.get("name") for c in expected]:
        extra = sorted(set(names) - {c.get("name") for c in expected})
        missing = [c.get("name") for c in expected if c.get("name") not in names]
        if extra:
            problems.append(f"columns not in the manifest: {', '.join(extra)}")
        if missing:
            problems.append(f"columns missing: {', '.join(str(m) for m in missing)}")
        if not extra and not missing:
            problems.append("the columns are in another order")
    else:
        for actual, signed in zip(columns, expected, strict=True):
            if actual["type"] != signed.get("type"):
                problems.append(
                    f"column {actual['name']} is {actual['type']}, signed as {signed.get('type')}"
                )
    if names != leaving and not problems:
        problems.append("the columns differ from those the column records say leave")
    if problems:
        report.add("columns", False, "; ".join(problems))
    else:
        report.add("columns", True, f"{len(names)} columns with the signed names and types")


def _check_policy(
    report: VerificationReport, manifest: ReleaseManifest, policy: Policy | str | Path
) -> None:
    policy_obj = policy if isinstance(policy, Policy) else load_policy(policy)
    recorded: Mapping[str, Any] = manifest.predicate.get("policy") or {}
    purpose = (manifest.predicate.get("purpose") or {}).get("name")
    if policy_obj.sha256 != recorded.get("sha256"):
        report.add(
            "policy", False, f"the policy's sha256 {policy_obj.sha256[:16]} is not the recorded one"
        )
    elif purpose not in policy_obj.purposes:
        report.add("policy", False, f"the policy does not define the recorded purpose {purpose!r}")
    else:
        report.add(
            "policy", True, f"the policy hashes to the recorded sha256 and defines {purpose!r}"
        )


def verify(
    manifest: str | Path,
    *,
    data: str | Path | None = None,
    signer_key: str | Path | None = None,
    policy: Policy | str | Path | None = None,
    rescan: bool = True,
    progress: ProgressCallback | None = None,
) -> VerificationReport:
    """Check a release against its manifest.

    ``data`` defaults to the subject's file name beside the manifest; for a release
    written to a database table, to the URI (without credentials: libpq finds them) and
    table recorded, and a URI given without ``#TABLE`` reads the recorded table. A signer key
    that cannot be loaded, or a policy that is invalid, raises; every other problem
    is a failed check in the report. ``rescan`` scans the released data for direct
    identifiers left in the clear (the only check that loads the detection engine).
    """
    envelope = read_manifest(manifest)
    report = VerificationReport(manifest_path=Path(manifest))
    _check_signature(report, envelope, signer_key)
    try:
        _check_data(report, envelope, data, rescan, progress)
    except DataError as exc:
        report.add("data", False, str(exc))
    if policy is not None:
        _check_policy(report, envelope, policy)
    return report
