"""Policies: the format of DESIGN.md, and errors that name the file, line and key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from minshare.errors import ExitStatus, PolicyError
from minshare.policy import ACTIONS, PERMITTED_BASES, load_policy, parse_policy
from support import POLICIES

BASE = """\
minshare: 1
dataset: Clients
purposes:
  research:
    basis: research-and-development
    agreement: DSA-1
    recipient: {name: AIHW}
    columns:
"""


def policy_with(columns: str) -> str:
    return BASE + "".join(f"      {line}\n" for line in columns.strip().splitlines())


def error_of(text: str) -> PolicyError:
    with pytest.raises(PolicyError) as info:
        parse_policy(text, path=Path("p.yaml"))
    return info.value


def test_the_example_policies_load() -> None:
    for path in sorted(POLICIES.glob("*.yaml")):
        policy = load_policy(path)
        assert set(policy.purposes) == {"service-delivery", "policy-and-programs", "research"}
        assert {p.basis for p in policy.purposes.values()} == set(PERMITTED_BASES)


def test_the_design_example_parses() -> None:
    text = """\
minshare: 1
dataset: Client payments extract
custodian: Department of Social Services
purposes:
  service-delivery:
    basis: delivery-of-government-services
    agreement: DSA-2026-0142
    recipient: {name: Services Australia, key: keys/services-australia.pub}
    unlisted: error
    columns:
      CRN:          {action: pseudonymise, domain: client}
      GIVEN_NM:     drop
      BIRTH_DT:     {action: generalise, to: year}
      RES_PCODE:    {action: keep, justification: "regional service planning needs postcode"}
      MOB_NO:       {action: mask, show_last: 3}
      EMAIL_ADDR:   {action: encrypt}
      CASE_NOTE_TXT: {action: redact}
      PMT_AMT:      keep
    privacy: {k_anonymity: 5, quasi_identifiers: [BIRTH_DT, RES_PCODE]}
"""
    policy = parse_policy(text, path=Path("/agency/policy.yaml"))
    rules = policy.purpose("service-delivery")
    assert rules.recipient.name == "Services Australia"
    assert rules.recipient.key_path == Path("/agency/keys/services-australia.pub")
    assert rules.columns["CRN"].options == {
        "domain": "client",
        "normalise": "default",
        "length": 32,
    }
    assert rules.columns["MOB_NO"].options == {"show_first": 0, "show_last": 3, "char": "*"}
    assert rules.columns["RES_PCODE"].justification == "regional service planning needs postcode"
    assert rules.columns["GIVEN_NM"].action == "drop"
    assert rules.columns["MOB_NO"].line == 15
    assert rules.privacy is not None and rules.privacy.k_anonymity == 5


def test_defaults_of_each_action() -> None:
    policy = parse_policy(
        policy_with(
            """
A: {action: pseudonymise}
B: {action: encrypt}
C: {action: generalise, prefix: 3}
D: {action: mask, show_first: 2}
"""
        )
    )
    cols = policy.purpose("research").columns
    assert cols["A"].options == {"domain": "A", "normalise": "default", "length": 32}
    assert cols["B"].options == {"deterministic": False}
    assert cols["C"].options == {"prefix": 3}
    assert cols["D"].options == {"show_first": 2, "show_last": 0, "char": "*"}


def test_age_band_needs_bands_and_as_of() -> None:
    good = parse_policy(
        policy_with(
            "DOB: {action: generalise, to: age-band, bands: [0, 18, 65], as_of: 2026-07-01}"
        )
    )
    assert good.purpose("research").columns["DOB"].options == {
        "to": "age-band",
        "bands": [0, 18, 65],
        "as_of": "2026-07-01",
    }
    assert "needs 'bands'" in str(
        error_of(policy_with("DOB: {action: generalise, to: age-band, as_of: 2026-07-01}"))
    )
    assert "needs 'as_of'" in str(
        error_of(policy_with("DOB: {action: generalise, to: age-band, bands: [0, 18]}"))
    )


@pytest.mark.parametrize(
    ("column_line", "key", "fragment"),
    [
        ("X: {action: pseudonymize}", "columns.X.action", "did you mean 'pseudonymise'"),
        ("X: {action: shred}", "columns.X.action", "unknown action 'shred'"),
        ("X: {action: keep, colour: red}", "columns.X.colour", "unknown key for keep"),
        ("X: {action: mask, show_last: -1}", "columns.X.show_last", "at least 0"),
        ("X: {action: mask, show_last: three}", "columns.X.show_last", "whole number"),
        ("X: {action: mask, char: '**'}", "columns.X.char", "single character"),
        (
            "X: {action: encrypt, deterministic: yes please}",
            "columns.X.deterministic",
            "true or false",
        ),
        (
            "X: {action: pseudonymise, normalise: upper}",
            "columns.X.normalise",
            "one of default, exact, alnum",
        ),
        ("X: {action: pseudonymise, length: 8}", "columns.X.length", "from 16 to 64"),
        ("X: {action: generalise}", "columns.X", "exactly one of"),
        ("X: {action: generalise, to: year, prefix: 2}", "columns.X", "exactly one of"),
        ("X: {action: generalise, to: decade}", "columns.X.to", "year, month, age-band"),
        ("X: {action: generalise, bins: [10, 5]}", "columns.X.bins", "strictly increasing"),
        ("X: {action: generalise, bins: []}", "columns.X.bins", "non-empty list"),
        (
            "X: {action: generalise, bins: [0, 1], format: '%Y'}",
            "columns.X.format",
            "only to dates",
        ),
        (
            "X: {action: generalise, to: year, bands: [1]}",
            "columns.X.bands",
            "only to 'to: age-band'",
        ),
        ("X: {action: generalise, prefix: 0}", "columns.X.prefix", "at least 1"),
        (
            "X: {action: generalise, to: age-band, bands: [0, 18], as_of: someday}",
            "columns.X.as_of",
            "a date",
        ),
        (
            "X: {action: generalise, to: age-band, bands: [-5, 18], as_of: 2026-01-01}",
            "columns.X.bands",
            "negative",
        ),
        ("X: [drop]", "columns.X", "an action name or a mapping"),
        ("X: {justification: why}", "columns.X", "missing required key 'action'"),
    ],
)
def test_bad_column_rules_name_the_line_and_key(column_line: str, key: str, fragment: str) -> None:
    error = error_of(policy_with(column_line))
    assert error.key == f"purposes.research.{key}"
    assert error.line == 9
    assert fragment in str(error)
    assert str(error).startswith("p.yaml:9: purposes.research.")
    assert error.exit_status == ExitStatus.POLICY


def test_a_column_named_twice_is_an_error() -> None:
    error = error_of(policy_with("A: drop\nB: keep\nA: keep"))
    assert error.line == 11
    assert error.key == "purposes.research.columns.A"
    assert "given twice (first on line 9)" in str(error)


@pytest.mark.parametrize(
    ("basis", "fragment"),
    [
        ("enforcement", "enforcement-related purposes are precluded"),
        ("national-security", "national security purposes are precluded"),
        ("marketing", "not one of the purposes the DATA Act permits"),
        ("research-and-developement", "did you mean 'research-and-development'"),
    ],
)
def test_only_the_three_permitted_purposes(basis: str, fragment: str) -> None:
    error = error_of(BASE.replace("research-and-development", basis) + "      A: drop\n")
    assert error.key == "purposes.research.basis"
    assert error.line == 5
    assert fragment in str(error)


@pytest.mark.parametrize(
    ("text", "line", "key", "fragment"),
    [
        ("", 1, None, "empty"),
        ("minshare: 2\npurposes: {}\n", 1, "minshare", "unsupported policy version"),
        ("purposes: {}\n", 1, None, "missing required key 'minshare'"),
        ("minshare: 1\npurposes: {}\n", 2, "purposes", "defines no purposes"),
        ("minshare: 1\npurpose: {}\n", 2, "purpose", "did you mean 'purposes'"),
        ("minshare: 1\npurposes: [a, b]\n", 2, "purposes", "expected a mapping"),
        (
            "minshare: 1\npurposes:\n  r: {basis: research-and-development}\n",
            3,
            "purposes.r",
            "'agreement'",
        ),
        ("minshare: 1\npurposes:\n  r: {\n", 4, None, "not valid YAML"),
        ("minshare: 1\n\tpurposes: x\n", 2, None, "not valid YAML"),
    ],
)
def test_document_level_errors(text: str, line: int, key: str | None, fragment: str) -> None:
    error = error_of(text)
    assert error.line == line
    assert error.key == key
    assert fragment in str(error)


def test_purpose_level_errors() -> None:
    assert "unlisted" in str(
        error_of(
            BASE.replace("    columns:\n", "    unlisted: keep\n    columns:\n") + "      A: drop\n"
        )
    )
    no_recipient = BASE.replace("    recipient: {name: AIHW}\n", "") + "      A: drop\n"
    assert "missing required key 'recipient'" in str(error_of(no_recipient))
    assert "names no columns" in str(error_of(BASE.replace("    columns:\n", "    columns: {}\n")))
    privacy = BASE + "      A: drop\n    privacy: {k_anonymity: 5, quasi_identifiers: [B]}\n"
    assert "names column 'B'" in str(error_of(privacy))


def test_unknown_purpose_suggests_the_closest() -> None:
    policy = parse_policy(policy_with("A: drop"))
    with pytest.raises(PolicyError, match=r"no purpose 'reserch'.*did you mean 'research'"):
        policy.purpose("reserch")


def test_load_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="no such file"):
        load_policy(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"minshare: 1\ndataset: \xff\n")
    with pytest.raises(PolicyError) as info:
        load_policy(bad)
    assert info.value.line == 2 and "UTF-8" in str(info.value)


def test_sha256_is_of_the_file_bytes(write_policy: Callable[[str], Path]) -> None:
    import hashlib

    path = write_policy(policy_with("A: drop"))
    assert load_policy(path).sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


_names = st.text(alphabet=st.characters(categories=["Lu", "Ll", "Nd"]), min_size=1, max_size=12)


@given(
    st.dictionaries(
        _names, st.sampled_from([a for a in ACTIONS if a not in ("generalise",)]), min_size=1
    )
)
def test_a_policy_round_trips_through_yaml(columns: dict[str, str]) -> None:
    document = yaml.safe_load(BASE + "      PLACEHOLDER: drop\n")
    document["purposes"]["research"]["columns"] = dict(columns)
    parsed = parse_policy(yaml.safe_dump(document, sort_keys=False))
    again = parse_policy(yaml.safe_dump(document, sort_keys=True))
    rules, rules_again = parsed.purpose("research"), again.purpose("research")
    assert {c: r.action for c, r in rules.columns.items()} == columns
    assert {c: (r.action, dict(r.options)) for c, r in rules.columns.items()} == {
        c: (r.action, dict(r.options)) for c, r in rules_again.columns.items()
    }
