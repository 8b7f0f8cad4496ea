"""Minimise a Spark DataFrame with the same policy, keys and transforms as the CLI.

::

    from minshare.spark import release

    done = release(spark.read.parquet("extract/"), policy="policies/clients.yaml",
                   purpose="research", keys="keys/", output_dir="out/clients-research")

writes ``out/clients-research/part-*.parquet`` with Spark and
``out/clients-research.manifest.json`` beside it, which ``minshare verify`` checks and
``minshare decrypt`` reads. The columns are minimised by minshare's own transforms, one
Arrow batch at a time, through ``mapInArrow``: the same value, key and policy give the
same pseudonym, generalisation and mask as the CLI.

Everything that decides is done once, on the driver: the policy is matched to the
DataFrame's columns, the keys are loaded, the minimum-necessary guard scans a sample,
and each keyed transform gets its own derived key. The executors receive, in one
broadcast, only those derived keys (an HMAC key per pseudonymisation domain, a cell key
per encrypted column), never the pseudonymisation secret or the release's data key,
which is wrapped for the recipient on the driver when the manifest is signed.

This is the only module that imports pyspark (``pip install minshare[spark]``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import glob
import json
import os
import re
import secrets
import shutil
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from types import TracebackType
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urlparse

import pyarrow as pa
import pyarrow.parquet as pq
from pyspark import TaskContext
from pyspark import __version__ as spark_version
from pyspark.sql import DataFrame
from pyspark.sql import functions as F  # pyspark's own convention
from pyspark.sql.pandas.types import from_arrow_type
from pyspark.sql.types import StructField, StructType

from minshare.detect import ScanResult, scan_batches
from minshare.errors import DataError, OutputError, Refusal, UsageError
from minshare.io import open_reader, part_files, stage
from minshare.manifest import LAYOUT_PARTS, envelope_bytes, release_subjects, sign, statement_of
from minshare.pipeline import (
    DEFAULT_SAMPLE_SIZE,
    ColumnPlan,
    Plan,
    ReleaseKeys,
    guard,
    prepare_release,
    release_predicate,
)
from minshare.policy import Policy, PurposeRules, load_policy
from minshare.transforms import CellError, ColumnTransform

if TYPE_CHECKING:
    from minshare.io import TableReader

__all__ = ["PreparedRelease", "SparkRelease", "apply_policy", "prepare", "release"]

#: Spark writes Parquet as the CLI does: zstd
PARQUET_COMPRESSION = "zstd"


# -- what the executors get ------------------------------------------------------------------


@dataclass(frozen=True)
class _PortableTransform:
    """One leaving column's transform as an executor rebuilds it: its class and arguments.

    Every transform is a frozen dataclass (or takes no arguments) whose init fields say
    all it does; a keyed one holds the derived key of its own column, never the secret
    or the data key it was derived from. The arguments stay out of ``repr``.
    """

    column: str
    kind: type[Any]
    arguments: Mapping[str, Any] = field(repr=False)

    @classmethod
    def of(cls, column: str, transform: ColumnTransform) -> _PortableTransform:
        arguments: dict[str, Any] = {}
        if dataclasses.is_dataclass(transform):
            arguments = {
                f.name: getattr(transform, f.name) for f in dataclasses.fields(transform) if f.init
            }
        return cls(column, type(transform), arguments)

    def build(self) -> ColumnTransform:
        return cast("ColumnTransform", self.kind(**self.arguments))


@dataclass(frozen=True)
class _ExecutorJob:
    """What every executor needs: the leaving columns' transforms and the output's schema."""

    token: str  # names this release in each Python worker's cache of built transforms
    columns: tuple[_PortableTransform, ...]
    schema: pa.Schema  # of the output batches, whose columns are named by position (_positional)


# built transforms, per Python worker process: a reused worker keeps its memo of tokens
_BUILT: dict[str, list[tuple[str, ColumnTransform]]] = {}
_BUILT_LIMIT = 4
_CELL_FAILURE = "minshare-cell-failure:"


def _transforms(job: _ExecutorJob) -> list[tuple[str, ColumnTransform]]:
    built = _BUILT.get(job.token)
    if built is None:
        if len(_BUILT) >= _BUILT_LIMIT:
            _BUILT.clear()
        built = _BUILT[job.token] = [(c.column, c.build()) for c in job.columns]
    return built


def _cell_failure(column: str, row: int, problem: str) -> RuntimeError:
    """An executor's report of a value a transform rejected (``problem`` never quotes it)."""
    context = TaskContext.get()
    partition = context.partitionId() if context is not None else None
    where = {"column": column, "partition": partition, "row": row, "problem": problem}
    return RuntimeError(f"{_CELL_FAILURE}{json.dumps(where)}")


def _minimiser(job_ref: Any) -> Callable[[Iterator[pa.RecordBatch]], Iterator[pa.RecordBatch]]:
    """The ``mapInArrow`` function: every batch of a partition through the transforms."""

    def minimise(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        job: _ExecutorJob = job_ref.value
        transforms = _transforms(job)
        rows = 0
        for batch in batches:
            arrays = []
            for i, ((name, transform), target) in enumerate(
                zip(transforms, job.schema, strict=True)
            ):
                try:
                    values = transform(batch.column(i))
                except CellError as exc:
                    raise _cell_failure(name, rows + exc.index + 1, exc.problem) from None
                if values.type != target.type:  # a kept string arriving as large_string
                    values = values.cast(target.type)
                arrays.append(values)
            rows += batch.num_rows
            yield pa.RecordBatch.from_arrays(arrays, schema=job.schema)

    return minimise


def _data_error(exc: BaseException, input_name: str) -> DataError | None:
    """The :class:`DataError` an executor's cell failure stands for, if ``exc`` carries one."""
    found = re.search(re.escape(_CELL_FAILURE) + r"(\{[^\n]*\})", str(exc))
    if found is None:
        return None
    where = json.loads(found.group(1))
    partition = where.get("partition")
    at = f" (row {where['row']:,} of Spark partition {partition})" if partition is not None else ""
    return DataError(f"{where['problem']}{at}", path=input_name, column=where["column"])


# -- on the driver ----------------------------------------------------------------------------


def _quoted(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def _positional(index: int) -> str:
    # mapInArrow cannot resolve a column whose name holds a dot (Spark 4.x), so the
    # columns cross to Python named by position and get their names back after
    return f"minshare_{index}"


def _input_name(df: DataFrame) -> str:
    """A name for the DataFrame's input: its one file or folder, else ``DataFrame``."""
    try:
        files = [PurePosixPath(urlparse(f).path) for f in df.inputFiles()]
    except Exception:  # a frame with no files behind it (made in memory)
        files = []
    if len(files) == 1:
        return files[0].name
    folders = {f.parent for f in files}
    return folders.pop().name if len(folders) == 1 else "DataFrame"


def _arrow(df: DataFrame) -> pa.Table:
    """``df`` collected on the driver as Arrow (the uniform sample of the guard is one
    ``orderBy(rand).limit(n)``: a single pass that holds ``n`` rows per partition)."""
    return df.toArrow()


@dataclass(frozen=True)
class _InputDescription:
    """The DataFrame as the manifest's predicate builder sees an input (no file behind it)."""

    path: str
    schema: pa.Schema
    format: str = "spark"


@dataclass(frozen=True)
class SparkRelease:
    """What :func:`release` (or :meth:`PreparedRelease.sign`) wrote."""

    output_path: Path
    manifest_path: Path
    rows: int
    parts: int
    columns: list[ColumnPlan] = field(repr=False)  # their transforms hold derived keys
    statement: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass
class PreparedRelease:
    """A purpose's rules matched to a DataFrame's columns, with one release's keys.

    Made by :func:`prepare`. :meth:`apply` gives the minimised DataFrame (lazily, as
    Spark does); :meth:`sign` writes the signed manifest for the folder of Parquet
    parts that DataFrame was written to. :meth:`close` (or leaving a ``with`` block)
    destroys the broadcast that holds the derived keys on the executors.
    """

    policy: Policy
    rules: PurposeRules
    plan: Plan = field(repr=False)  # its transforms hold derived keys
    scan: ScanResult = field(repr=False)
    input_name: str
    input_schema: StructType
    _arrow_schema: pa.Schema = field(repr=False)
    _keys: ReleaseKeys = field(repr=False)
    _job: Any = field(repr=False)  # the broadcast _ExecutorJob

    @property
    def leaving(self) -> list[ColumnPlan]:
        return [c for c in self.plan.columns if c.transform is not None]

    @property
    def output_schema(self) -> StructType:
        """The minimised DataFrame's schema, from the transforms' output types."""
        fields = []
        for column in self.leaving:
            if column.rule.action == "keep":
                fields.append(self.input_schema[column.name])
            else:
                fields.append(StructField(column.name, from_arrow_type(column.output_type), True))
        return StructType(fields)

    def _positional_schema(self) -> StructType:
        return StructType(
            [
                StructField(_positional(i), f.dataType, f.nullable)
                for i, f in enumerate(self.output_schema.fields)
            ]
        )

    def apply(self, df: DataFrame) -> DataFrame:
        """``df`` minimised: dropped columns never reach Python, the rest go batch by batch."""
        if df.schema != self.input_schema:
            raise UsageError(
                "the DataFrame's columns are not those of the one this release was prepared for"
            )
        columns = [F.col(_quoted(c.name)).alias(_positional(i)) for i, c in enumerate(self.leaving)]
        minimised = df.select(*columns).mapInArrow(_minimiser(self._job), self._positional_schema())
        return minimised.toDF(*[c.name for c in self.leaving])

    def write(self, df: DataFrame, folder: str | Path) -> None:
        """Write ``df`` minimised as Parquet parts into ``folder`` (which must not exist).

        A value a rule cannot take (a date to generalise that does not parse) is a
        :class:`~minshare.errors.DataError` naming the column and Spark partition.
        """
        target = Path(folder).resolve()
        writer = self.apply(df).write.option("compression", PARQUET_COMPRESSION)
        try:
            writer.parquet(target.as_uri())
        except Exception as exc:
            failure = _data_error(exc, self.input_name)
            if failure is not None:
                raise failure from None
            raise

    def sign(
        self, folder: str | Path, *, manifest: str | Path | None = None, name: str | None = None
    ) -> SparkRelease:
        """Write the signed manifest of a folder of Parquet parts this release wrote.

        ``manifest`` defaults to ``FOLDER.manifest.json`` beside the folder; ``name``
        (default: the folder's) is the name the manifest records for it. The folder
        must hold exactly the parts (``part-*.parquet``) with the columns the policy
        lets leave; the driver reads their footers and hashes them.
        """
        folder = Path(folder)
        name = name or folder.name
        manifest_path = Path(manifest) if manifest else folder.with_name(f"{name}.manifest.json")
        _outside(manifest_path, folder)
        envelope, rows, parts = self._envelope(folder, name)
        staged = stage(manifest_path)
        try:
            staged.temp.write_bytes(envelope_bytes(envelope))
            staged.commit()
        except OSError as exc:
            raise OutputError(
                f"cannot write the manifest: {exc.strerror or exc}", path=manifest_path
            ) from None
        finally:
            staged.discard()
        return SparkRelease(folder, manifest_path, rows, parts, self.plan.columns, envelope)

    def _envelope(self, folder: Path, name: str) -> tuple[dict[str, Any], int, int]:
        """The signed manifest of ``folder`` (recorded as ``name``), its rows and parts."""
        subjects = release_subjects(folder)
        rows, columns = _parts_rows_and_columns(folder)
        expected = [c.name for c in self.leaving]
        if [c["name"] for c in columns] != expected:
            raise DataError(
                f"the parts do not hold the columns this release writes ({', '.join(expected)})",
                path=folder,
            )
        arrow_input = _InputDescription(self.input_name, self._arrow_schema)
        predicate = release_predicate(
            reader=cast("TableReader", arrow_input),
            input_sha256="",
            policy=self.policy,
            rules=self.rules,
            plan=self.plan,
            rows=(rows, rows),  # mapInArrow gives one row for each row: none suppressed
            output=(name, "parquet", columns),
            keys=self._keys,
            scan=self.scan,
            privacy=None,
        )
        predicate["tool"]["engine"] = {"name": "spark", "version": spark_version}
        # a DataFrame has no one file to hash: its name and columns are what is known
        predicate["input"]["format"] = "spark"
        predicate["input"]["sha256"] = None
        predicate["output"]["layout"] = LAYOUT_PARTS
        signed = sign(statement_of(subjects, predicate), self._keys.sender.signing_key)
        return signed, rows, len(subjects)

    def close(self) -> None:
        """Destroy the broadcast holding the derived keys (the prepared release is then spent)."""
        if self._job is not None:
            with contextlib.suppress(Exception):  # already destroyed, or the session is gone
                self._job.destroy()
            self._job = None

    def __enter__(self) -> PreparedRelease:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _outside(manifest: Path, folder: Path) -> None:
    # a file inside the folder would be taken for data by its readers, and fail verify
    if manifest.resolve().is_relative_to(folder.resolve()):
        raise UsageError(f"{manifest}: the manifest would be written inside the release's folder")


def _parts_rows_and_columns(folder: Path) -> tuple[int, list[dict[str, str]]]:
    """Rows (from the footers) and columns, as minshare reads the parts back."""
    reader = open_reader(folder, "parquet")
    try:
        columns = [{"name": f.name, "type": str(f.type)} for f in reader.schema]
    finally:
        reader.close()
    rows = 0
    for part in part_files(folder):
        with pq.ParquetFile(part) as file:
            rows += file.metadata.num_rows
    return rows, columns


def prepare(
    df: DataFrame,
    *,
    policy: Policy | str | Path,
    purpose: str,
    keys: str | Path | None = None,
    input_name: str | None = None,
    sample_size: int = DEFAULT_SAMPLE_SIZE,
) -> PreparedRelease:
    """Check ``df`` against the purpose's rules, load the keys, and get the executors ready.

    Everything :func:`minshare.apply` checks before writing is checked here, on the
    driver: the policy must name every column (or drop the unlisted ones), each action
    must fit its column's type, and a column kept without a justification must not scan
    as personal (the guard scans a uniform sample of ``sample_size`` rows, one Spark
    job). ``keys`` is the sender's key folder (default ``$MINSHARE_KEYS``).

    Raises :class:`~minshare.errors.Refusal` when the policy does not cover the data,
    and :class:`~minshare.errors.UsageError` for a purpose with a ``privacy`` target,
    which needs the whole output in one place (use the CLI for those).
    """
    policy_obj = policy if isinstance(policy, Policy) else load_policy(policy)
    rules = policy_obj.purpose(purpose)
    if rules.privacy is not None:
        raise UsageError(
            f"purpose {rules.name!r} sets a privacy target, which minshare.spark does not "
            "measure or enforce yet; release it with 'minshare apply'"
        )
    name = input_name or _input_name(df)
    # the columns as mapInArrow hands them over; refusals and key problems before any job
    arrow_schema = _arrow(df.limit(0)).schema.remove_metadata()
    plan, release_keys = prepare_release(arrow_schema, policy_obj, rules, keys)
    sample = _arrow(df.orderBy(F.rand(seed=0)).limit(sample_size))
    scanned = scan_batches(
        arrow_schema,
        (pa.RecordBatch.from_arrays(b.columns, schema=arrow_schema) for b in sample.to_batches()),
        path=name,
        format="spark",
        sample_size=sample_size,
    )
    refused = guard(plan, scanned)
    if refused:
        raise Refusal([f.reason for f in refused])
    leaving = [c for c in plan.columns if c.transform is not None]
    job = _ExecutorJob(
        token=secrets.token_hex(16),
        columns=tuple(_PortableTransform.of(c.name, c.transform) for c in leaving if c.transform),
        schema=pa.schema([pa.field(_positional(i), c.output_type) for i, c in enumerate(leaving)]),
    )
    shared = df.sparkSession.sparkContext.broadcast(job)
    return PreparedRelease(
        policy=policy_obj,
        rules=rules,
        plan=plan,
        scan=scanned,
        input_name=name,
        input_schema=df.schema,
        _arrow_schema=arrow_schema,
        _keys=release_keys,
        _job=shared,
    )


def apply_policy(
    df: DataFrame,
    policy: Policy | str | Path,
    purpose: str,
    keys: str | Path | None = None,
    *,
    input_name: str | None = None,
    sample_size: int = DEFAULT_SAMPLE_SIZE,
) -> DataFrame:
    """``df`` minimised for ``purpose``: the same tokens, generalisations and masks as the CLI.

    The checks of :func:`prepare` run first (one sampling job). A purpose that encrypts
    is refused here: its data key must reach a manifest, or the encrypted columns could
    never be read; use :func:`release`, or :func:`prepare` and keep the
    :class:`PreparedRelease` to :meth:`~PreparedRelease.sign` what it wrote.
    """
    prepared = prepare(
        df,
        policy=policy,
        purpose=purpose,
        keys=keys,
        input_name=input_name,
        sample_size=sample_size,
    )
    if prepared.plan.uses("encrypt"):
        prepared.close()
        raise UsageError(
            f"purpose {purpose!r} encrypts columns, and only a manifest carries the data key "
            "to the recipient: use minshare.spark.release(), or prepare() and sign()"
        )
    return prepared.apply(df)


def release(
    df: DataFrame,
    *,
    policy: Policy | str | Path,
    purpose: str,
    keys: str | Path | None = None,
    output_dir: str | Path,
    manifest: str | Path | None = None,
    input_name: str | None = None,
    sample_size: int = DEFAULT_SAMPLE_SIZE,
) -> SparkRelease:
    """Minimise ``df`` for ``purpose`` into ``output_dir`` and sign it: the CLI's ``apply``.

    Spark writes ``output_dir/part-*.parquet``; the manifest (default
    ``OUTPUT_DIR.manifest.json`` beside it) lists every part with its sha256. The
    folder must be one the driver can read and every executor can write, by the same
    path: a local folder in local mode, a shared mount on a cluster. Both appear
    together or not at all: Spark writes into a hidden folder beside ``output_dir``,
    renamed into place once the manifest is signed. An existing ``output_dir`` is
    never written over.
    """
    target = Path(output_dir)
    manifest_path = Path(manifest) if manifest else target.with_name(f"{target.name}.manifest.json")
    if not target.parent.is_dir():
        raise UsageError(f"{target}: the folder {target.parent} does not exist")
    if target.exists():
        raise UsageError(f"{target}: already exists; a release is never written over")
    _outside(manifest_path, target)
    # what a run killed outright left behind (Spark cannot clean up after a lost driver)
    for stale in target.parent.glob(f".{glob.escape(target.name)}.*.partial"):
        shutil.rmtree(stale, ignore_errors=True)
    staging = target.with_name(f".{target.name}.{secrets.token_hex(6)}.partial")
    with prepare(
        df,
        policy=policy,
        purpose=purpose,
        keys=keys,
        input_name=input_name,
        sample_size=sample_size,
    ) as prepared:
        try:
            prepared.write(df, staging)
            envelope, rows, parts = prepared._envelope(staging, target.name)
            staged = stage(manifest_path)
            try:
                staged.temp.write_bytes(envelope_bytes(envelope))
                os.replace(staging, target)
                try:
                    staged.commit()
                except OSError:
                    shutil.rmtree(target, ignore_errors=True)
                    raise
            finally:
                staged.discard()
        except OSError as exc:
            raise OutputError(
                f"cannot write the release: {exc.strerror or exc}", path=target
            ) from None
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return SparkRelease(target, manifest_path, rows, parts, prepared.plan.columns, envelope)
