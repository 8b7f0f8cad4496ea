"""The release path: read batches, plan each column from the policy, transform, write, sign.

:func:`apply` is the whole path; :func:`check` is everything :func:`apply` checks,
writing nothing. Output and manifest go to temporary files beside their targets and
are renamed into place only when both are complete: a failed or refused run leaves
nothing behind.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import difflib
import secrets
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.compute as pc
from cryptography.hazmat.primitives import serialization

from minshare import __version__
from minshare.detect import RowSample, ScanResult, scan_sample
from minshare.detect.scan import first_row_is_data, warm_up
from minshare.errors import DataError, KeyFileError, OutputError, PolicyError, Refusal, UsageError
from minshare.findings import Finding
from minshare.io import (
    STDOUT,
    DatabaseTable,
    Format,
    ReadOptions,
    StagedFile,
    TableReader,
    TableWriter,
    database_destination,
    detect_format,
    file_sha256,
    formula_like,
    input_sha256,
    input_size,
    is_database,
    open_reader,
    open_writer,
    same_file,
    stage,
)
from minshare.keys import (
    SenderKeys,
    load_recipient_public_key,
    load_sender_keys,
    public_key_id,
    secret_key_id,
)
from minshare.manifest import envelope_bytes, sign, statement
from minshare.parallel import CellFailure, ColumnJob, auto_workers, transform_batches
from minshare.policy import ColumnRule, Policy, PurposeRules, load_policy
from minshare.privacy import (
    PrivacyOutcome,
    columns_of,
    counter_for,
    hold_to_target,
    refusal_reason,
    shortfall,
)
from minshare.progress import ProgressCallback, tracked
from minshare.risk import RiskCounter
from minshare.transforms import ColumnTransform, ReleaseContext, build_transform
from minshare.transforms._arrays import UnsupportedType
from minshare.transforms.encrypt import (
    CELL_GCM,
    CELL_SIV,
    HPKE_SUITE,
    data_key_info,
    new_data_key,
    wrap_data_key,
)

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from minshare.io.dbtables import WrittenTable

DEFAULT_SAMPLE_SIZE = 1000

OBLIGATION_NO_REIDENTIFICATION = (
    "The recipient must not re-identify, or try to re-identify, any person from this data."
)
OBLIGATION_ONSHORE = (
    "The data includes personal information: "
    "the recipient must store and access it only in Australia."
)


@dataclass(frozen=True)
class ColumnPlan:
    """One input column, the rule that applies to it and what it becomes."""

    name: str
    input_type: pa.DataType
    rule: ColumnRule
    transform: ColumnTransform | None = None
    output_type: pa.DataType | None = None


@dataclass(frozen=True)
class Plan:
    columns: list[ColumnPlan]
    findings: list[Finding]

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    def uses(self, action: str) -> bool:
        return any(c.rule.action == action for c in self.columns)

    @property
    def output_schema(self) -> pa.Schema:
        return pa.schema(
            [pa.field(c.name, c.output_type) for c in self.columns if c.transform is not None]
        )


@dataclass(frozen=True)
class CheckReport:
    """The result of :func:`check`: ``ok`` when nothing would stop :func:`apply`."""

    findings: list[Finding]

    @property
    def ok(self) -> bool:
        return not any(f.severity == "error" for f in self.findings)


@dataclass(frozen=True)
class Release:
    """What :func:`apply` wrote: ``output_path`` is the file, or for a database the table
    (its URI without credentials, ``#``, the table's name)."""

    output_path: Path | str
    manifest_path: Path
    rows_in: int
    rows_out: int
    columns: list[ColumnPlan]
    warnings: list[Finding] = field(default_factory=list)
    statement: dict[str, Any] = field(default_factory=dict)


# -- planning ----------------------------------------------------------------------------------


def plan_columns(schema: pa.Schema, rules: PurposeRules) -> Plan:
    """Match every input column to its rule; say what does not fit."""
    columns: list[ColumnPlan] = []
    findings: list[Finding] = []
    absent = [name for name in rules.columns if name not in schema.names]
    for f in schema:
        rule = rules.rule_for(f.name)
        if rule is None:
            # a policy name the data lacks, close to this one, is probably a misspelling
            close = difflib.get_close_matches(f.name, absent, n=1, cutoff=0.6)
            hint = f"; the policy names {close[0]!r}, which the data does not have" if close else ""
            findings.append(
                Finding(
                    f.name,
                    "unlisted-column",
                    "error",
                    f"column {f.name!r} is not in the policy for purpose {rules.name!r} "
                    f"(add a rule for it, or set 'unlisted: drop'){hint}",
                    line=rules.columns_line,
                )
            )
            continue
        columns.append(ColumnPlan(f.name, f.type, rule))
    if len(schema) == 0:
        findings.append(Finding(None, "no-columns", "error", "the data has no columns"))
    if columns and all(c.rule.action == "drop" for c in columns):
        findings.append(
            Finding(
                None,
                "nothing-leaves",
                "error",
                f"purpose {rules.name!r} drops every column",
                line=rules.line,
            )
        )
    present = set(schema.names)
    for name, rule in rules.columns.items():
        if name not in present:
            findings.append(
                Finding(
                    name,
                    "missing-column",
                    "warning",
                    f"the policy names column {name!r} (line {rule.line}), "
                    "which the data does not have",
                    line=rule.line,
                )
            )
    return Plan(columns, findings)


def _build(plan: Plan, context: ReleaseContext) -> Plan:
    """The plan with each column's transform and output type; findings where a type does not fit."""
    built: list[ColumnPlan] = []
    findings = list(plan.findings)
    for column in plan.columns:
        transform = build_transform(column.rule, context)
        output_type = None
        if transform is not None:
            try:
                output_type = transform.output_type(column.input_type)
            except UnsupportedType as exc:
                findings.append(
                    Finding(
                        column.name,
                        "unsupported-type",
                        "error",
                        f"column {column.name!r}: {exc}",
                        line=column.rule.line,
                    )
                )
                continue
        built.append(
            ColumnPlan(column.name, column.input_type, column.rule, transform, output_type)
        )
    return Plan(built, findings)


# -- running -------------------------------------------------------------------------------------


def _transformed(
    reader: TableReader,
    columns: Sequence[ColumnPlan],
    context: ReleaseContext,
    sample: RowSample,
    *,
    workers: int = 0,
    progress: ProgressCallback | None = None,
) -> Iterator[tuple[int, pa.RecordBatch]]:
    """Each input batch's row count and its transformed batch, the input sampled on the way.

    A value a transform rejects stops the run, located by row and column.
    """

    def sampled() -> Iterator[pa.RecordBatch]:
        for batch in tracked(reader, progress):
            sample.add(batch)
            yield batch

    schema = pa.schema([pa.field(c.name, c.output_type) for c in columns])
    transforms = [(c.name, c.transform) for c in columns if c.transform is not None]
    job = ColumnJob(tuple(c.rule for c in columns), context, schema)
    rows_before = 0
    try:
        for batch, out in transform_batches(sampled(), transforms, job, workers=workers):
            rows_before += batch.num_rows
            yield batch.num_rows, out
    except CellFailure as exc:
        raise DataError(
            exc.problem, path=reader.path, row=rows_before + exc.index + 1, column=exc.column
        ) from None


def formula_warnings(plan: Plan, sample: RowSample) -> list[Finding]:
    """A warning for each kept text column whose sampled cells a spreadsheet would run."""
    table = sample.table()
    findings = []
    for column in plan.columns:
        if column.rule.action != "keep" or column.name not in table.column_names:
            continue
        values = table.column(column.name)
        if not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)):
            continue
        count = pc.sum(pc.cast(formula_like(values), pa.int64())).as_py() or 0
        if count:
            findings.append(
                Finding(
                    column.name,
                    "formula-like",
                    "warning",
                    f"column {column.name!r} is kept and {count} of {len(values)} sampled cells "
                    "start like a spreadsheet formula (=, +, -, @); pass --escape-formulas when "
                    "the CSV output may be opened in a spreadsheet",
                    line=column.rule.line,
                )
            )
    return findings


def _privacy_findings(counter: RiskCounter, rules: PurposeRules) -> list[Finding]:
    """Whether apply would meet the privacy target, by suppressing records or not at all."""
    assert rules.privacy is not None
    _, records = shortfall(counter, rules.privacy)
    reason = refusal_reason(counter, rules.privacy, records)
    if reason is not None:
        return [Finding(None, "privacy-target", "error", reason, line=rules.line)]
    if records:
        return [
            Finding(
                None,
                "privacy-suppression",
                "warning",
                f"to meet the privacy target, apply would suppress {records:,} of "
                f"{counter.rows:,} records",
                line=rules.line,
            )
        ]
    return []


def refuse_data_as_header(reader: TableReader) -> None:
    """Stop before a CSV whose first row is values is read as if they were column names.

    Its "names" would otherwise appear in findings, messages and the manifest.
    """
    head_rows = getattr(reader, "head_rows", None)
    if head_rows is None or not getattr(reader, "options", ReadOptions()).header:
        return
    first, rows = head_rows()
    if first_row_is_data(first, rows):
        raise DataError(
            "the first row looks like a row of values, not column names; if the file has no "
            "header row, pass --no-header (its columns are then column_1, column_2...)",
            path=reader.path,
            line=1,
        )


def _in_policy(findings: list[Finding], rules: PurposeRules) -> list[Finding]:
    """The findings, each with a line pointing into the policy file."""
    return [
        dataclasses.replace(f, path=rules.path) if f.line is not None and f.path is None else f
        for f in findings
    ]


def guard(plan: Plan, scan: ScanResult) -> list[Finding]:
    """The minimum-necessary guard: a kept column that scans as personal needs a justification."""
    findings = []
    for column in plan.columns:
        rule = column.rule
        if rule.action != "keep" or rule.justification:
            continue
        found = next((c for c in scan.columns if c.name == column.name), None)
        if found is None or not found.personal or found.best is None:
            continue
        best = found.best
        findings.append(
            Finding(
                column.name,
                "keep-personal",
                "error",
                f"column {column.name!r} is kept without a justification but scans as {best.type} "
                f"({found.category}, score {best.score:.2f}: {best.evidence}); drop or transform "
                "it, or say in 'justification' why the purpose needs it",
                line=rule.line,
            )
        )
    return findings


def _load_recipient(rules: PurposeRules, policy: Policy) -> Any:
    if rules.recipient.key_path is None:
        raise PolicyError(
            "the purpose encrypts columns, so its recipient needs 'key' (its public key file)",
            path=policy.path,
            line=rules.recipient.line,
            key=f"purposes.{rules.name}.recipient",
        )
    return load_recipient_public_key(rules.recipient.key_path)


def _policy_of(policy: Policy | str | Path) -> Policy:
    return policy if isinstance(policy, Policy) else load_policy(policy)


def check(
    data: str | Path,
    *,
    policy: Policy | str | Path,
    purpose: str,
    input_format: str | None = None,
    keys: str | Path | None = None,
    read: ReadOptions | None = None,
    sample_size: int = DEFAULT_SAMPLE_SIZE,
    progress: ProgressCallback | None = None,
) -> CheckReport:
    """Everything :func:`apply` would check, writing nothing.

    The data is read once: sampled for the minimum-necessary guard, and in full for
    the values a rule must parse (dates to generalise, numbers to bin). Keys are
    checked when ``keys`` is given (a CI runner usually has none); the recipient's
    public key, which the policy names, always is.
    """
    policy_obj = _policy_of(policy)
    rules = policy_obj.purpose(purpose)
    reader = open_reader(data, input_format, read)
    try:
        refuse_data_as_header(reader)
        plan = plan_columns(reader.schema, rules)
        findings = list(plan.findings)
        if plan.uses("encrypt"):
            try:
                _load_recipient(rules, policy_obj)
            except (KeyFileError, PolicyError) as exc:
                findings.append(
                    Finding(None, "recipient-key", "error", str(exc), line=rules.recipient.line)
                )
        if keys is not None:
            try:
                load_sender_keys(keys, need_secret=plan.uses("pseudonymise"))
            except KeyFileError as exc:
                findings.append(Finding(None, "sender-keys", "error", str(exc)))
        # throwaway keys: the dry run only needs types and the values rules must parse
        context = ReleaseContext(
            rules.agreement, rules.recipient.name, secrets.token_bytes(32), new_data_key()
        )
        built = _build(Plan(plan.columns, findings), context)
        counter = None if built.errors else counter_for(rules.privacy, built.output_schema)
        measured = set(columns_of(counter)) if counter is not None else set()
        # run what can reject a value, and what the privacy target is measured on
        running = [
            c
            for c in built.columns
            if not built.errors and (c.rule.action == "generalise" or c.name in measured)
        ]
        sample = RowSample(reader.schema, sample_size)
        for _, out in _transformed(reader, running, context, sample, progress=progress):
            if counter is not None:
                counter.add(out.select(columns_of(counter)))
        scanned = scan_sample(sample, path=reader.path, format=reader.format)
        found = [*built.findings, *guard(plan, scanned), *formula_warnings(plan, sample)]
        if counter is not None and rules.privacy is not None:
            found.extend(_privacy_findings(counter, rules))
        return CheckReport(_in_policy(found, rules))
    finally:
        reader.close()


def _output_columns(path: Path, fmt: Format) -> list[dict[str, str]]:
    """The output's columns as minshare reads them back: what ``verify`` will compare."""
    reader = open_reader(path, fmt)
    try:
        return [{"name": f.name, "type": str(f.type)} for f in reader.schema]
    finally:
        reader.close()


def _targets(
    data: str | Path, output: str | Path, manifest: str | Path | None
) -> tuple[Path, Path]:
    """The output and manifest paths, refused when one would overwrite the input or the other.

    A database output is staged in a hidden file beside the manifest, which it needs.
    """
    if is_database(output):
        if manifest is None:
            raise UsageError("writing to a database needs --manifest FILE for the manifest")
        manifest_path = Path(manifest)
        if not is_database(data) and str(data) != "-" and same_file(data, manifest_path):
            raise UsageError(f"{manifest_path}: the manifest would overwrite the input")
        return manifest_path.with_name(manifest_path.name + "-table.arrow"), manifest_path
    out_path = Path(output)
    if str(output) == STDOUT:
        if manifest is None:
            raise UsageError("writing to standard output needs --manifest FILE for the manifest")
        return out_path, Path(manifest)
    manifest_path = (
        Path(manifest) if manifest else out_path.with_name(out_path.name + ".manifest.json")
    )
    for target in (out_path, manifest_path):
        if (
            str(data) != "-"
            and not is_database(data)
            and (same_file(data, target) or Path(data).resolve() == target.resolve())
        ):
            raise UsageError(f"{target}: the output would overwrite the input")
    if out_path.resolve() == manifest_path.resolve():
        raise UsageError(f"{manifest_path}: the manifest would overwrite the output")
    return out_path, manifest_path


@dataclass(frozen=True)
class ReleaseKeys:
    """The keys a release is made with (shared with minshare.spark, which builds the same)."""

    sender: SenderKeys
    recipient: Any  # X25519PublicKey when the purpose encrypts
    data_key: bytes | None = field(repr=False)
    context: ReleaseContext


def prepare_release(
    schema: pa.Schema, policy: Policy, rules: PurposeRules, keys: str | Path | None
) -> tuple[Plan, ReleaseKeys]:
    """The built plan and the keys it needs; a refusal when the policy does not cover the data."""
    plan = plan_columns(schema, rules)
    if plan.errors:
        raise Refusal([f.reason for f in plan.errors])
    sender = load_sender_keys(keys, need_secret=plan.uses("pseudonymise"))
    recipient = _load_recipient(rules, policy) if plan.uses("encrypt") else None
    data_key = new_data_key() if recipient is not None else None
    context = ReleaseContext(
        rules.agreement, rules.recipient.name, sender.pseudonym_secret, data_key
    )
    plan = _build(plan, context)
    if plan.errors:
        raise Refusal([f.reason for f in plan.errors])
    return plan, ReleaseKeys(sender, recipient, data_key, context)


def _write(
    reader: TableReader,
    plan: Plan,
    *,
    context: ReleaseContext,
    sample: RowSample,
    workers: int,
    writer: TableWriter,
    risk: RiskCounter | None = None,
    progress: ProgressCallback | None = None,
) -> int:
    """Stream every batch through the plan into ``writer``; the rows written.

    ``risk`` counts the output's classes on the way, for the privacy target.
    """
    leaving = [c for c in plan.columns if c.transform is not None]
    rows = 0
    try:
        for count, batch in _transformed(
            reader, leaving, context, sample, workers=workers, progress=progress
        ):
            writer.write(batch)
            if risk is not None:
                risk.add(batch.select(columns_of(risk)))
            rows += count
    finally:
        writer.close()
    return rows


def _commit(output: StagedFile, manifest: StagedFile) -> None:
    """Put output and manifest in place together: if the second fails, take the first back.

    Standard output cannot be taken back, so there the manifest goes first.
    """
    first, second = (manifest, output) if output.to_stdout else (output, manifest)
    first.commit()
    try:
        second.commit()
    except OSError:
        first.target.unlink(missing_ok=True)
        raise


PredicateBuilder = Callable[[tuple[str, str, list[dict[str, str]]]], dict[str, Any]]


def _publish(
    staged_out: StagedFile,
    staged_manifest: StagedFile,
    out_format: Format,
    destination: DatabaseTable | None,
    rows: int,
    *,
    replace: bool,
    predicate_for: PredicateBuilder,
    signing_key: Ed25519PrivateKey,
) -> dict[str, Any]:
    """Sign the staged release and put it and its manifest in place, together (or neither)."""
    if destination is not None:
        return _to_database(
            destination, staged_out, staged_manifest, rows, replace=replace,
            sign_release=_database_signer(destination, predicate_for, signing_key),
        )  # fmt: skip
    name = staged_out.target.name
    predicate = predicate_for((name, out_format, _output_columns(staged_out.temp, out_format)))
    signed = sign(statement(name, file_sha256(staged_out.temp), predicate), signing_key)
    staged_manifest.temp.write_bytes(envelope_bytes(signed))
    _commit(staged_out, staged_manifest)
    return signed


def _destination(
    output: str | Path, out_path: Path, output_format: str | None, *, replace: bool
) -> tuple[DatabaseTable | None, Format]:
    """The database table to write (None for a file) and the format to stage the output in.

    A database output is checked first, before any work: a table that exists (without
    ``replace``), or credentials that do not work, stop the run at once.
    """
    if not is_database(output):
        return None, detect_format(out_path, output_format)
    if output_format is not None:
        raise UsageError("--output-format is for files; a database URI says what it is")
    from minshare.io.dbtables import check_destination

    destination = database_destination(str(output))
    check_destination(destination, replace=replace)
    return destination, "arrow"  # staged beside the manifest, then ingested


def _database_signer(
    destination: DatabaseTable,
    predicate_for: PredicateBuilder,
    signing_key: Ed25519PrivateKey,
) -> Callable[[WrittenTable], dict[str, Any]]:
    """Signs a release written to a table: its subject is the table, digested as read back."""

    def sign_release(written: WrittenTable) -> dict[str, Any]:
        output = (str(destination.table), destination.database.kind, written.columns)
        predicate = predicate_for(output)
        predicate["output"]["database"] = database_output_record(destination)
        return sign(statement(destination.label, written.sha256, predicate), signing_key)

    return sign_release


def _to_database(
    destination: DatabaseTable,
    staged_out: StagedFile,
    staged_manifest: StagedFile,
    rows: int,
    *,
    replace: bool,
    sign_release: Callable[[WrittenTable], dict[str, Any]],
) -> dict[str, Any]:
    """Put the staged release into its table and the manifest in place, together.

    In one transaction: create the table (or replace it), ingest the rows, read them back
    to digest them, sign; then the manifest is put in place and the transaction committed.
    If the commit fails the manifest is taken back; if anything before it fails, the
    transaction is rolled back and no table is left.
    """
    from minshare.io.dbtables import DatabaseWriter

    staged = open_reader(staged_out.temp, "arrow")
    try:
        with DatabaseWriter(destination, staged.schema, replace=replace) as table:
            for batch in staged.batches():
                table.write(batch)
            written = table.read_back()
            if written.rows != rows:
                raise OutputError(
                    f"the table holds {written.rows:,} rows after writing {rows:,}",
                    path=destination.label,
                )
            signed = sign_release(written)
            staged_manifest.temp.write_bytes(envelope_bytes(signed))
            staged_manifest.commit()
            try:
                table.commit()
            except BaseException:
                staged_manifest.target.unlink(missing_ok=True)
                raise
    finally:
        staged.close()
    return signed


def apply(
    data: str | Path,
    *,
    policy: Policy | str | Path,
    purpose: str,
    output: str | Path,
    keys: str | Path | None = None,
    manifest: str | Path | None = None,
    input_format: str | None = None,
    output_format: str | None = None,
    read: ReadOptions | None = None,
    escape_formulas: bool = False,
    sample_size: int = DEFAULT_SAMPLE_SIZE,
    workers: int | None = None,
    progress: ProgressCallback | None = None,
    replace: bool = False,
) -> Release:
    """Minimise ``data`` for ``purpose`` and write ``output`` with its signed manifest.

    ``data`` may be ``-`` (standard input, CSV or JSON Lines) and ``output`` may be
    ``-`` (standard output, written only once the run has succeeded; ``manifest`` is
    then required). ``read`` sets the input's encoding and longest row;
    ``escape_formulas`` guards CSV cells a spreadsheet would run. ``workers``
    processes share the per-value work (None: as many as pays for the input's size;
    0: none); the output is the same either way.

    Either may be a database (``docs/databases.md``): ``data`` a URI with ``#TABLE``, or
    with ``read.table`` or ``read.query``; ``output`` a URI with ``#TABLE``, which is
    created (or, with ``replace``, replaced) in one transaction committed only once the
    manifest (then required) is in place.

    Raises :class:`~minshare.errors.Refusal` (nothing written) when the policy does not
    cover the data, and the other :class:`~minshare.errors.MinshareError` kinds for bad
    policies, data and keys.
    """
    policy_obj = _policy_of(policy)
    rules = policy_obj.purpose(purpose)
    out_path, manifest_path = _targets(data, output, manifest)
    destination, out_format = _destination(output, out_path, output_format, replace=replace)
    reader = open_reader(data, input_format, read)
    hashing = ThreadPoolExecutor(max_workers=1)
    try:
        if destination is not None and reader.path == destination.label:
            raise UsageError(f"{destination.label}: the output would overwrite the input")
        # hash the input file while its batches are transformed
        input_hash: Future[str] | None = (
            hashing.submit(file_sha256, reader.path)
            if str(data) != "-" and not is_database(data)
            else None
        )
        refuse_data_as_header(reader)
        plan, release_keys = prepare_release(reader.schema, policy_obj, rules, keys)
        schema = plan.output_schema
        staged_out = stage(out_path, f".{out_format}" if str(out_path) == STDOUT else None)
        staged_manifest = stage(manifest_path)
        try:
            sample = RowSample(reader.schema, sample_size)
            if workers is None:
                workers = auto_workers(input_size(reader))
            if workers:
                # this process mostly waits on the workers: load the scan's lists meanwhile
                threading.Thread(target=warm_up, daemon=True).start()
            writer = open_writer(
                staged_out.temp, out_format, schema, escape_formulas=escape_formulas
            )
            counter = counter_for(rules.privacy, schema)
            rows_in = rows = _write(
                reader,
                plan,
                context=release_keys.context,
                sample=sample,
                workers=workers,
                writer=writer,
                risk=counter,
                progress=progress,
            )
            # the guard decides on the sample taken while writing; refusing discards the output
            scanned = scan_sample(sample, path=reader.path, format=reader.format)
            refused = guard(plan, scanned)
            warnings = formula_warnings(plan, sample)
            if refused:
                raise Refusal([f.reason for f in refused])
            outcome = None
            if counter is not None and rules.privacy is not None:
                staged_out, rows, outcome = hold_to_target(
                    staged_out, out_format, schema, counter, rules.privacy,
                    escape_formulas=escape_formulas,
                )  # fmt: skip
            input_digest = input_hash.result() if input_hash else input_sha256(reader)

            def predicate_for(output: tuple[str, str, list[dict[str, str]]]) -> dict[str, Any]:
                return release_predicate(
                    reader=reader,
                    input_sha256=input_digest,
                    policy=policy_obj,
                    rules=rules,
                    plan=plan,
                    rows=(rows_in, rows),
                    output=output,
                    keys=release_keys,
                    scan=scanned,
                    privacy=outcome,
                )

            signed = _publish(
                staged_out, staged_manifest, out_format, destination, rows,
                replace=replace, predicate_for=predicate_for,
                signing_key=release_keys.sender.signing_key,
            )  # fmt: skip
        except OSError as exc:
            where = out_path if destination is None else manifest_path.parent
            raise OutputError(
                f"cannot write the output: {exc.strerror or exc}", path=where
            ) from None
        finally:
            staged_out.discard()
            staged_manifest.discard()
    finally:
        hashing.shutdown(wait=True, cancel_futures=True)
        reader.close()
    return Release(
        output_path=out_path if destination is None else destination.label,
        manifest_path=manifest_path,
        rows_in=rows_in,
        rows_out=rows,
        columns=plan.columns,
        warnings=_in_policy(
            [*(f for f in plan.findings if f.severity == "warning"), *warnings], rules
        ),
        statement=signed,
    )


def database_output_record(target: DatabaseTable) -> dict[str, Any]:
    """What a manifest records of a database output: where, which table, and how to read
    and digest it (``docs/manifest.md``)."""
    from minshare.io.dbtables import ROW_COLUMN
    from minshare.io.digest import TABLE_DIGEST

    return {**target.record(), "row_column": ROW_COLUMN, "digest": TABLE_DIGEST}


# -- the manifest's predicate ----------------------------------------------------------------------


def _column_record(column: ColumnPlan) -> dict[str, Any]:
    leaves = column.transform is not None
    return {
        "name": column.name,
        "type": str(column.input_type),
        "action": column.rule.action,
        "options": dict(column.rule.options),
        "justification": column.rule.justification,
        "output": column.name if leaves else None,
        "output_type": str(column.output_type) if leaves else None,
    }


def _personal_information_included(plan: Plan) -> bool:
    """Whether personal information leaves, as far as the policy says.

    Encrypted, pseudonymised and masked columns are still personal information for
    whoever can link them; a kept column with a justification was kept because it is.
    """
    for column in plan.columns:
        action = column.rule.action
        if action in ("encrypt", "pseudonymise", "mask"):
            return True
        if action == "keep" and column.rule.justification:
            return True
    return False


def _input_record(reader: TableReader, sha256: str, rows: int) -> dict[str, Any]:
    """The input: a file by its name, a database by its URI (no credentials) and table or query."""
    source = getattr(reader, "source", None)
    database = source if isinstance(source, DatabaseTable) else None
    if database is not None:
        name = str(database.table) if database.table is not None else "(query)"
    else:
        name = Path(reader.path).name if reader.path != "-" else "-"
    record: dict[str, Any] = {
        "name": name,
        "sha256": sha256,
        "format": reader.format,
        "rows": rows,
        "columns": [{"name": f.name, "type": str(f.type)} for f in reader.schema],
    }
    if database is not None:
        record["database"] = database.record()
    return record


def release_predicate(
    *,
    reader: TableReader,
    input_sha256: str,
    policy: Policy,
    rules: PurposeRules,
    plan: Plan,
    rows: tuple[int, int],
    output: tuple[str, str, list[dict[str, str]]],
    keys: ReleaseKeys,
    scan: ScanResult,
    privacy: PrivacyOutcome | None,
) -> dict[str, Any]:
    """The manifest predicate of a release: one builder for the CLI and for Spark."""
    rows_in, rows_out = rows
    output_name, output_format, output_columns = output
    sender, recipient_key, data_key = keys.sender, keys.recipient, keys.data_key
    signer_public = sender.signing_key.public_key()
    personal = _personal_information_included(plan)
    encryption = None
    if recipient_key is not None and data_key is not None:
        info = data_key_info(rules.agreement, rules.recipient.name)
        encryption = {
            "hpke_suite": HPKE_SUITE,
            "recipient_key_id": public_key_id(recipient_key),
            "wrapped_data_key": base64.b64encode(
                wrap_data_key(data_key, recipient_key, info)
            ).decode("ascii"),
            "columns": {
                c.name: {
                    "cipher": CELL_SIV if c.rule.options["deterministic"] else CELL_GCM,
                    "original_type": str(c.input_type),
                }
                for c in plan.columns
                if c.rule.action == "encrypt"
            },
        }
    domains = sorted(
        {c.rule.options["domain"] for c in plan.columns if c.rule.action == "pseudonymise"}
    )
    return {
        "tool": {"name": "minshare", "version": __version__},
        "created": dt.datetime.now(dt.UTC)
        .replace(microsecond=0)
        .isoformat()
        .replace("+00:00", "Z"),
        "input": _input_record(reader, input_sha256, rows_in),
        "output": {
            "name": output_name,
            "format": output_format,
            "rows": rows_out,
            "columns": output_columns,
        },
        "policy": {
            "name": policy.path.name if policy.path is not None else None,
            "sha256": policy.sha256,
            "dataset": policy.dataset,
            "custodian": policy.custodian,
        },
        "purpose": {
            "name": rules.name,
            "basis": rules.basis,
            "agreement": rules.agreement,
            "recipient": {
                "name": rules.recipient.name,
                "key_id": public_key_id(recipient_key) if recipient_key is not None else None,
            },
        },
        "columns": [_column_record(c) for c in plan.columns],
        "rows": {"in": rows_in, "out": rows_out, "suppressed": rows_in - rows_out},
        "scan": {
            "rows_sampled": scan.rows_sampled,
            "columns": [c.as_dict() for c in scan.columns],
        },
        "privacy": privacy.as_dict() if privacy is not None else None,
        "keys": {
            "signer": {
                "key_id": sender.signer_id,
                "public_key": signer_public.public_bytes(
                    serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
                ).decode("ascii"),
            },
            "pseudonymisation": (
                {"key_id": secret_key_id(sender.pseudonym_secret), "domains": domains}
                if domains and sender.pseudonym_secret is not None
                else None
            ),
            "recipient": public_key_id(recipient_key) if recipient_key is not None else None,
        },
        "encryption": encryption,
        "personal_information": personal,
        "obligations": [OBLIGATION_NO_REIDENTIFICATION]
        + ([OBLIGATION_ONSHORE] if personal else []),
    }
