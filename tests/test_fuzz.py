"""Whatever bytes or policy arrive, the outcome is a result or a MinshareError, never a crash."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import minshare
from conftest import Cli, Keys
from minshare.errors import MinshareError
from minshare.policy import ACTIONS, parse_policy

POLICY = """\
minshare: 1
purposes:
  r:
    basis: research-and-development
    agreement: A
    recipient: {name: R}
    unlisted: drop
    columns:
      a: {action: pseudonymise}
      b: {action: generalise, to: year}
      c: {action: mask, show_last: 2}
      d: keep
"""

cells = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", '"', '""', "a,b", "x\ny", "\r", "=1+1", "1984-03-21", "\x00", "é"]),
)
csv_text = st.lists(st.lists(cells, min_size=0, max_size=5), max_size=8).map(
    lambda rows: "\n".join(",".join(row) for row in [["a", "b", "c", "d"], *rows])
)
raw_bytes = st.binary(max_size=400)
json_lines = st.lists(
    st.dictionaries(
        st.sampled_from(["a", "b", "c", "d", "e"]),
        st.one_of(
            st.none(), st.integers(), st.text(max_size=8), st.booleans(), st.floats(allow_nan=False)
        ),
        max_size=5,
    ),
    max_size=6,
).map(lambda rows: "\n".join(__import__("json").dumps(r) for r in rows))

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def outcome(path: Path, policy: Path, keys: Keys, out: Path) -> None:
    try:
        minshare.check(path, policy=policy, purpose="r")
        minshare.apply(path, policy=policy, purpose="r", output=out, keys=keys.sender, workers=0)
    except MinshareError:
        pass
    finally:
        out.unlink(missing_ok=True)
        Path(f"{out}.manifest.json").unlink(missing_ok=True)


@SETTINGS
@given(data=st.one_of(csv_text.map(str.encode), raw_bytes))
def test_any_csv_bytes(tmp_path: Path, keys: Keys, data: bytes) -> None:
    (tmp_path / "p.yaml").write_text(POLICY)
    (tmp_path / "in.csv").write_bytes(data)
    outcome(tmp_path / "in.csv", tmp_path / "p.yaml", keys, tmp_path / "out.csv")


@SETTINGS
@given(data=st.one_of(json_lines.map(str.encode), raw_bytes))
def test_any_json_lines_bytes(tmp_path: Path, keys: Keys, data: bytes) -> None:
    (tmp_path / "p.yaml").write_text(POLICY)
    (tmp_path / "in.jsonl").write_bytes(data)
    outcome(tmp_path / "in.jsonl", tmp_path / "p.yaml", keys, tmp_path / "out.parquet")


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 100),
    st.text(max_size=10),
    st.sampled_from(list(ACTIONS)),
)
keys_ = st.sampled_from(
    ["minshare", "purposes", "basis", "agreement", "recipient", "name", "key", "columns", "action",
     "to", "bins", "prefix", "show_last", "domain", "unlisted", "privacy", "r", "a", "x"]
)  # fmt: skip
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys_, inner, max_size=5)),
    max_leaves=25,
)


@settings(max_examples=150, deadline=None)
@given(documents)
def test_any_policy_document(document: object) -> None:
    with contextlib.suppress(MinshareError):
        parse_policy(yaml.safe_dump(document))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_policy_text(text: str) -> None:
    with contextlib.suppress(MinshareError):
        parse_policy(text)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.one_of(csv_text.map(str.encode), raw_bytes), document=documents)
def test_the_cli_never_crashes(
    tmp_path: Path, keys: Keys, run_cli: Cli, data: bytes, document: object
) -> None:
    (tmp_path / "in.csv").write_bytes(data)
    (tmp_path / "p.yaml").write_text(
        yaml.safe_dump(document) if not isinstance(document, str) else POLICY
    )
    for argv in (
        ["check", tmp_path / "in.csv", "--policy", tmp_path / "p.yaml", "--purpose", "r"],
        ["scan", tmp_path / "in.csv"],
        ["apply", tmp_path / "in.csv", "--policy", tmp_path / "p.yaml", "--purpose", "r",
         "-o", tmp_path / "out.csv", "--keys", keys.sender, "--jobs", "0"],
    ):  # fmt: skip
        result = run_cli(*argv)
        assert result.exit_code in (0, 1, 2, 3, 4, 5), result.stderr
        assert "Traceback" not in result.stderr
        (tmp_path / "out.csv").unlink(missing_ok=True)
        (tmp_path / "out.csv.manifest.json").unlink(missing_ok=True)


def test_fuzzing_would_notice_a_crash(
    tmp_path: Path, keys: Keys, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the harness itself: an unexpected exception escapes outcome()
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(minshare.pipeline, "check", boom)
    monkeypatch.setattr(minshare, "check", boom, raising=False)
    (tmp_path / "p.yaml").write_text(POLICY)
    (tmp_path / "in.csv").write_text("a\n1\n")
    with pytest.raises(RuntimeError):
        outcome(tmp_path / "in.csv", tmp_path / "p.yaml", keys, tmp_path / "out.csv")
