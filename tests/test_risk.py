"""Re-identification risk: every figure cross-checked against pycanon, and privacy targets held."""

from __future__ import annotations

import json
import random
import subprocess
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pa_csv
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import minshare
from conftest import Cli, Keys
from minshare.errors import DataError, Refusal
from minshare.risk import RiskCounter, measure, risk
from support import REPO, SAMPLES, listing

PYCANON = REPO / ".venv-pycanon" / "bin" / "python"
needs_pycanon = pytest.mark.skipif(
    not PYCANON.exists(), reason="pycanon lives in .venv-pycanon, which 'make test' creates"
)

# pycanon pins its own numpy and pandas, so it runs in a venv of its own
PYCANON_SCRIPT = r"""
import json, sys
import pandas as pd
from pycanon import anonymity
from pycanon.anonymity.utils.aux_anonymity import get_equiv_class

out = []
for job in json.loads(sys.stdin.read()):
    df = pd.read_csv(job["path"], dtype=str, keep_default_na=False)
    qi = job["qi"]
    sizes = [len(c) for c in get_equiv_class(df, qi)]
    n = len(df)
    out.append({
        "k_anonymity": int(anonymity.k_anonymity(df, qi)),
        "classes": len(sizes),
        "sample_uniques": sum(1 for s in sizes if s == 1),
        "records_in_classes_below": {str(t): sum(s for s in sizes if s < t) for t in (2, 5, 10)},
        "prosecutor_risk": {
            "max": round(1 / min(sizes), 6),
            "average": round(sum(s * (1 / s) for s in sizes) / n, 6),
        },
        "l_diversity": {s: int(anonymity.l_diversity(df, qi, [s])) for s in job["sensitive"]},
    })
print(json.dumps(out))
"""


def pycanon_figures(jobs: list[dict[str, object]]) -> list[dict[str, object]]:
    result = subprocess.run(
        [str(PYCANON), "-c", PYCANON_SCRIPT],
        input=json.dumps(jobs),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def ours(path: Path, qi: list[str], sensitive: list[str]) -> dict[str, object]:
    document = risk(str(path), quasi_identifiers=qi, sensitive=sensitive).as_dict()
    return {
        key: document[key]
        for key in (
            "k_anonymity",
            "classes",
            "sample_uniques",
            "records_in_classes_below",
            "prosecutor_risk",
            "l_diversity",
        )
    }


def random_table(rng: random.Random, path: Path) -> tuple[list[str], list[str]]:
    rows = rng.randint(1, 400)
    columns = {
        "age": [str(rng.randint(0, rng.choice([3, 10, 90]))) for _ in range(rows)],
        "sex": [rng.choice("MFX") for _ in range(rows)],
        "pcode": [f"{rng.randint(2000, 2000 + rng.choice([2, 20, 200])):04d}" for _ in range(rows)],
        "diag": [
            rng.choice(["J18", "I21", "E11", "F32"][: rng.randint(1, 4)]) for _ in range(rows)
        ],
    }
    pa_csv.write_csv(pa.table(columns), path)
    qi = rng.sample(["age", "sex", "pcode"], rng.randint(1, 3))
    return qi, ["diag"]


@needs_pycanon
def test_every_figure_matches_pycanon_on_the_samples_and_random_tables(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    episodes = tmp_path / "episodes.csv"
    pa_csv.write_csv(
        pq.read_table(SAMPLES / "episodes.parquet").select(
            ["DOB", "PCODE", "WARD", "PRINCIPAL_DIAG", "LOS_DAYS"]
        ),
        episodes,
    )
    jobs = [
        {
            "path": str(SAMPLES / "clients.csv"),
            "qi": ["BIRTH_DT", "SEX_CD", "RES_PCODE"],
            "sensitive": ["INDIG_STATUS"],
        },
        {
            "path": str(SAMPLES / "clients.csv"),
            "qi": ["SEX_CD", "RES_STATE"],
            "sensitive": ["INDIG_STATUS", "SEX_CD"],
        },
        {"path": str(episodes), "qi": ["DOB", "PCODE", "WARD"], "sensitive": ["PRINCIPAL_DIAG"]},
        {"path": str(episodes), "qi": ["WARD"], "sensitive": ["PRINCIPAL_DIAG", "LOS_DAYS"]},
    ]
    rng = random.Random(11)
    for i in range(25):
        path = tmp_path / f"random{i}.csv"
        qi, sensitive = random_table(rng, path)
        jobs.append({"path": str(path), "qi": qi, "sensitive": sensitive})
    expected = pycanon_figures(jobs)
    for job, theirs in zip(jobs, expected, strict=True):
        assert ours(Path(str(job["path"])), job["qi"], job["sensitive"]) == theirs, job  # type: ignore[arg-type]


small = st.lists(
    st.tuples(
        st.sampled_from("abc"), st.one_of(st.none(), st.sampled_from("xy")), st.sampled_from("pqr")
    ),
    min_size=1,
    max_size=60,
)


@settings(max_examples=80, deadline=None)
@given(rows=small, size=st.integers(1, 9))
def test_batches_of_any_size_give_the_same_figures(
    rows: list[tuple[str, str | None, str]], size: int
) -> None:
    table = pa.table(
        {"a": [r[0] for r in rows], "b": [r[1] for r in rows], "s": [r[2] for r in rows]}
    )
    whole = measure(table.to_batches(), table.schema, ["a", "b"], ["s"])
    pieces = measure(table.to_batches(max_chunksize=size), table.schema, ["a", "b"], ["s"])
    assert whole == pieces
    # by hand: nulls are a value, so None forms a class of its own
    classes: dict[tuple[str, str | None], set[str]] = {}
    counts: dict[tuple[str, str | None], int] = {}
    for a, b, s in rows:
        classes.setdefault((a, b), set()).add(s)
        counts[(a, b)] = counts.get((a, b), 0) + 1
    assert whole.classes == len(counts) and whole.k_anonymity == min(counts.values())
    assert whole.l_diversity == {"s": min(len(v) for v in classes.values())}
    assert whole.sample_uniques == sum(1 for c in counts.values() if c == 1)
    assert whole.prosecutor_risk_average == pytest.approx(len(counts) / len(rows))


def test_merging_partial_counts_keeps_memory_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("minshare.risk._MERGE_EVERY", 5)
    table = pa.table({"a": [str(i % 7) for i in range(500)], "s": [str(i % 3) for i in range(500)]})
    counter = RiskCounter(["a"], ["s"])
    for batch in table.to_batches(max_chunksize=10):
        counter.add(batch)
        assert sum(t.num_rows for t in counter._counts) <= 7 + 7  # merged as it goes
    assert counter.report().k_anonymity == 71


def test_many_classes_are_merged_a_logarithmic_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # every row its own class: re-grouping the whole merged table on every batch once it
    # passed the threshold made 5 million rows take minutes instead of seconds
    monkeypatch.setattr("minshare.risk._MERGE_EVERY", 8)
    merges = 0
    merge = RiskCounter._merge

    def counted(self: RiskCounter) -> None:
        nonlocal merges
        merges += 1
        merge(self)

    monkeypatch.setattr(RiskCounter, "_merge", counted)
    counter = RiskCounter(["a"])
    for batch in pa.table({"a": [str(i) for i in range(4096)]}).to_batches(max_chunksize=4):
        counter.add(batch)
    assert merges <= 12  # log2(4096 / 8) + a few, where re-merging every batch made ~1000
    assert counter.report().classes == 4096


def test_the_cli_follows_the_json_contract(run_cli: Cli) -> None:
    result = run_cli(
        "risk",
        SAMPLES / "clients.csv",
        "--quasi-identifiers",
        "BIRTH_DT,SEX_CD,RES_PCODE",
        "--sensitive",
        "INDIG_STATUS",
        "--json",
    )
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["version"] == 1 and document["rows"] == 3000
    assert set(document) >= {
        "rows",
        "quasi_identifiers",
        "k_anonymity",
        "classes",
        "sample_uniques",
        "records_in_classes_below",
        "prosecutor_risk",
        "l_diversity",
    }
    assert set(document["records_in_classes_below"]) == {"2", "5", "10"}
    human = run_cli("risk", SAMPLES / "clients.csv", "-q", "SEX_CD")
    assert "k-anonymity" in human.stdout and "classes over SEX_CD" in human.stdout
    missing = run_cli("risk", SAMPLES / "clients.csv", "-q", "NOPE")
    assert missing.exit_code == 4 and "has no column 'NOPE'" in missing.stderr


PRIVACY = """\
minshare: 1
purposes:
  research:
    basis: research-and-development
    agreement: DSA-9
    recipient: {{name: AIHW}}
    unlisted: drop
    columns:
      DOB: {{action: generalise, to: age-band, bands: [0, 18, 45, 65, 85], as_of: 2026-06-30}}
      PCODE: {{action: generalise, prefix: {prefix}}}
      WARD: {{action: keep, justification: "demand is planned by ward"}}
      LOS_DAYS: keep
    privacy:
      k_anonymity: 5
      l_diversity: 2
      quasi_identifiers: [{qis}]
      sensitive: [LOS_DAYS]
      max_suppression: 0.05
"""


def test_a_target_met_by_suppressing_records(tmp_path: Path, keys: Keys) -> None:
    policy = tmp_path / "p.yaml"
    policy.write_text(PRIVACY.format(prefix=1, qis="DOB, PCODE"))
    release = minshare.apply(
        SAMPLES / "episodes.parquet",
        policy=policy,
        purpose="research",
        output=tmp_path / "out.csv",
        keys=keys.sender,
    )
    assert release.rows_in == 4000 and 0 < 4000 - release.rows_out <= 200
    from minshare.manifest import read_manifest

    predicate = read_manifest(release.manifest_path).predicate
    privacy = predicate["privacy"]
    assert privacy["suppressed"] == 4000 - release.rows_out == predicate["rows"]["suppressed"]
    assert privacy["before"]["k_anonymity"] < 5 <= privacy["after"]["k_anonymity"]
    assert privacy["after"]["l_diversity"]["LOS_DAYS"] >= 2
    report = minshare.verify(release.manifest_path, signer_key=keys.signing_pub)
    checks = {c.name: c for c in report.checks}
    assert report.ok and checks["privacy"].ok
    # the output itself, measured afresh, meets the target
    measured = risk(
        str(release.output_path), quasi_identifiers=["DOB", "PCODE"], sensitive=["LOS_DAYS"]
    )
    assert (
        measured.k_anonymity >= 5
        and measured.l_diversity["LOS_DAYS"] >= 2
        and measured.rows == release.rows_out
    )


def test_a_target_too_costly_is_refused_naming_what_to_generalise(
    tmp_path: Path, keys: Keys
) -> None:
    policy = tmp_path / "p.yaml"
    policy.write_text(PRIVACY.format(prefix=2, qis="DOB, PCODE, WARD"))
    (tmp_path / "out").mkdir()
    with pytest.raises(
        Refusal,
        match=r"would suppress [\d,]+ of 4,000 records .* generalise '(PCODE|WARD|DOB)' further",
    ):
        minshare.apply(
            SAMPLES / "episodes.parquet",
            policy=policy,
            purpose="research",
            output=tmp_path / "out" / "x.parquet",
            keys=keys.sender,
        )
    assert listing(tmp_path / "out") == []
    report = minshare.check(SAMPLES / "episodes.parquet", policy=policy, purpose="research")
    assert not report.ok and [f.rule for f in report.findings if f.severity == "error"] == [
        "privacy-target"
    ]


def test_verify_fails_a_release_below_its_target(tmp_path: Path, keys: Keys) -> None:
    from minshare.keys import load_sender_keys
    from minshare.manifest import envelope_bytes, read_manifest, sign

    policy = tmp_path / "p.yaml"
    policy.write_text(PRIVACY.format(prefix=1, qis="DOB, PCODE"))
    release = minshare.apply(
        SAMPLES / "episodes.parquet",
        policy=policy,
        purpose="research",
        output=tmp_path / "out.parquet",
        keys=keys.sender,
    )
    statement = json.loads(json.dumps(read_manifest(release.manifest_path).statement))
    statement["predicate"]["privacy"]["target"]["k_anonymity"] = 10_000
    release.manifest_path.write_bytes(
        envelope_bytes(
            sign(statement, load_sender_keys(keys.sender, need_secret=False).signing_key)
        )
    )
    checks = {
        c.name: c
        for c in minshare.verify(
            release.manifest_path, signer_key=keys.signing_pub, rescan=False
        ).checks
    }
    assert not checks["privacy"].ok and "below the target 10000" in checks["privacy"].detail


def test_unknown_columns_are_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="has no column 'X'"):
        risk(str(SAMPLES / "clients.csv"), quasi_identifiers=["X"])
