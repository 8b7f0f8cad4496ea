"""Worker processes change how fast a release is made, never what it holds."""

from __future__ import annotations

from pathlib import Path

import pytest

import minshare
from conftest import Keys
from minshare.errors import DataError
from minshare.manifest import read_manifest
from minshare.parallel import PARALLEL_MIN_BYTES, auto_workers


@pytest.mark.parametrize(
    ("name", "ext", "purpose", "out_ext"),
    [
        ("clients", "csv", "research", "csv"),
        ("episodes", "parquet", "research", "parquet"),
        ("businesses", "jsonl", "research", "jsonl"),
        ("clients", "csv", "policy-and-programs", "parquet"),
    ],
)
def test_outputs_are_byte_for_byte_the_same_with_and_without_workers(
    workdir: Path, keys: Keys, name: str, ext: str, purpose: str, out_ext: str
) -> None:
    outputs = []
    for workers in (0, 2):
        release = minshare.apply(
            workdir / "samples" / f"{name}.{ext}",
            policy=workdir / "policies" / f"{name}.yaml",
            purpose=purpose,
            output=workdir / "out" / f"{name}-{workers}.{out_ext}",
            keys=keys.sender,
            workers=workers,
        )
        outputs.append(release.output_path.read_bytes())
        predicate = dict(read_manifest(release.manifest_path).predicate)
        predicate.pop("created")
        predicate["output"] = {k: v for k, v in predicate["output"].items() if k != "name"}
        outputs.append(predicate)
    assert outputs[0] == outputs[2]
    assert outputs[1] == outputs[3]


def test_encrypted_columns_decrypt_the_same_with_workers(workdir: Path, keys: Keys) -> None:
    release = minshare.apply(
        workdir / "samples" / "episodes.parquet",
        policy=workdir / "policies" / "episodes.yaml",
        purpose="service-delivery",
        output=workdir / "out" / "e.parquet",
        keys=keys.sender,
        workers=2,
    )
    plain = workdir / "out" / "plain.parquet"
    minshare.decrypt(
        release.output_path, key=keys.recipient_key, manifest=release.manifest_path, output=plain
    )
    import pyarrow.parquet as pq

    source, decrypted = (
        pq.read_table(workdir / "samples" / "episodes.parquet"),
        pq.read_table(plain),
    )
    for column in ("MEDICARE_NO", "IHI", "DOB"):
        assert decrypted.column(column).equals(source.column(column))


def test_a_bad_value_is_located_the_same_with_workers(
    workdir: Path, keys: Keys, write_policy
) -> None:  # type: ignore[no-untyped-def]
    data = workdir / "dates.csv"
    data.write_text(
        "id,dob\n" + "".join(f"{i},1984-03-21\n" for i in range(5000)) + "5000,21/03/1984\n"
    )
    policy = write_policy(
        "minshare: 1\npurposes:\n  r:\n    basis: research-and-development\n    agreement: A\n"
        "    recipient: {name: R}\n    columns:\n      id: drop\n"
        "      dob: {action: generalise, to: year}\n"
    )
    for workers in (0, 2):
        with pytest.raises(DataError) as info:
            minshare.apply(
                data,
                policy=policy,
                purpose="r",
                output=workdir / "out" / "x.csv",
                keys=keys.sender,
                workers=workers,
            )
        assert (info.value.row, info.value.column) == (5001, "dob")
    assert sorted(p.name for p in (workdir / "out").iterdir()) == []


def test_workers_start_only_for_large_inputs() -> None:
    assert auto_workers(None) == 0
    assert auto_workers(PARALLEL_MIN_BYTES - 1) == 0
    import os

    cores = os.cpu_count() or 1
    assert auto_workers(PARALLEL_MIN_BYTES) == (min(cores - 1, 4) if cores >= 3 else 0)


@pytest.mark.parametrize(("cores", "workers"), [(1, 0), (2, 0), (3, 2), (4, 3), (8, 4), (64, 4)])
def test_the_main_process_keeps_a_core_of_its_own(
    monkeypatch: pytest.MonkeyPatch, cores: int, workers: int
) -> None:
    monkeypatch.setattr("os.cpu_count", lambda: cores)
    assert auto_workers(PARALLEL_MIN_BYTES) == workers


def test_workers_that_die_lose_no_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    import pyarrow as pa

    from minshare import parallel
    from minshare.policy import ColumnRule
    from minshare.transforms import ReleaseContext
    from minshare.transforms.mask import MaskColumn

    class DyingPool:
        """Runs two batches, then breaks like a pool whose workers were killed."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            self.submitted = 0

        def submit(self, fn: object, batch: pa.RecordBatch) -> Future[pa.RecordBatch]:
            self.submitted += 1
            future: Future[pa.RecordBatch] = Future()
            if self.submitted <= 2:
                future.set_result(
                    parallel._transform([("a", MaskColumn(show_last=1))], schema, batch)
                )
            else:
                future.set_exception(BrokenProcessPool("workers died"))
            return future

        def shutdown(self, **kwargs: object) -> None:
            pass

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", DyingPool)
    schema = pa.schema([("a", pa.string())])
    batches = [pa.record_batch([pa.array([f"{i}ab", f"{i}cd"])], schema=schema) for i in range(7)]
    rule = ColumnRule("a", "mask", {"show_first": 0, "show_last": 1, "char": "*"})
    job = parallel.ColumnJob((rule,), ReleaseContext("A", "R"), schema)
    out = list(
        parallel.transform_batches(batches, [("a", MaskColumn(show_last=1))], job, workers=2)
    )
    assert [b for b, _ in out] == batches
    assert [o.column(0).to_pylist() for _, o in out] == [["**b", "**d"]] * 7
