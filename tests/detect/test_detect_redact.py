"""Redaction: personal information in free text becomes ``<TYPE>``; everything else stays."""

from __future__ import annotations

import random

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minshare.detect import redact_text, redact_values
from minshare.identifiers import make_crn, make_medicare, make_tfn


@pytest.mark.parametrize(
    ("note", "redacted"),
    [
        (
            "Client called from 0412 345 678; spoke with daughter Mia Nguyen.",
            "Client called from <PHONE_NUMBER>; spoke with daughter <PERSON>.",
        ),
        (
            "Emailed payment summary to ruby.winters@outlook.com at client's request.",
            "Emailed payment summary to <EMAIL_ADDRESS> at client's request.",
        ),
        (
            "Client moved to Unit 4/27 King Rd, Redfern NSW 2016; address updated.",
            "Client moved to <ADDRESS>; address updated.",
        ),
        (
            "Landlord Joseph Cox called on (02) 9876 5432.",
            "Landlord <PERSON> called on <PHONE_NUMBER>.",
        ),
        ("GP Dr Okafor sent a certificate.", "GP Dr <PERSON> sent a certificate."),
        ("Card 4111 1111 1111 1111 declined.", "Card <CREDIT_CARD> declined."),
        ("Logged in from 203.0.113.7 twice.", "Logged in from <IP_ADDRESS> twice."),
        ("Licence number AC432223 sighted.", "Licence number <AU_DRIVERS_LICENCE> sighted."),
        ("Staying at PO Box 118 for now.", "Staying at <ADDRESS> for now."),
    ],
)
def test_personal_information_is_replaced_by_tags(note: str, redacted: str) -> None:
    assert redact_values(pa.array([note])).to_pylist() == [redacted]


@pytest.mark.parametrize("seed", range(5))
def test_australian_identifiers_are_replaced(seed: int) -> None:
    rng = random.Random(seed)
    tfn, crn, medicare = make_tfn(rng), make_crn(rng), make_medicare(rng)
    note = f"TFN {tfn} and CRN {crn}, Medicare {medicare}."
    assert redact_text(note) == "TFN <AU_TFN> and CRN <AU_CRN>, Medicare <AU_MEDICARE>."


NOT_PERSONAL = [
    "Reviewed income statement, no change.",
    "Payment of $250.00 processed on 12/03/2025 for FY2025.",
    "Carer allowance review completed, payment continues.",
    "Rent assistance recalculated after new lease uploaded.",
    "Medical certificate received, exemption applied until review.",
    "Appointment rescheduled at client's request.",
    "No contact for 6 weeks, compliance letter sent.",
    "Centrepay deduction for electricity added.",
    "",
]


@pytest.mark.parametrize("note", NOT_PERSONAL)
def test_text_without_personal_information_is_untouched(note: str) -> None:
    assert redact_values(pa.array([note])).to_pylist() == [note]


def test_nulls_stay_null_and_the_length_and_type_are_kept() -> None:
    values = pa.array([None, "Call Mia Nguyen on 0412 345 678.", None, "", "No change."])
    out = redact_values(values)
    assert out.type == pa.string()
    assert out.to_pylist() == [None, "Call <PERSON> on <PHONE_NUMBER>.", None, "", "No change."]
    large = redact_values(values.cast(pa.large_string()))
    assert large.type == pa.large_string()
    assert large.to_pylist() == out.to_pylist()


def test_dictionary_and_chunked_input() -> None:
    note = "Emailed ruby.winters@outlook.com."
    encoded = pa.array([note, note, None]).dictionary_encode()
    assert redact_values(encoded).to_pylist() == [
        "Emailed <EMAIL_ADDRESS>.",
        "Emailed <EMAIL_ADDRESS>.",
        None,
    ]
    chunked = pa.chunked_array([[note], [None, "ok"]])
    assert redact_values(chunked).to_pylist() == ["Emailed <EMAIL_ADDRESS>.", None, "ok"]
    assert redact_values(pa.chunked_array([], pa.string())).to_pylist() == []


def test_entities_limit_what_is_replaced() -> None:
    note = "Call Mia Nguyen on 0412 345 678."
    assert redact_values(pa.array([note]), entities=["PHONE_NUMBER"]).to_pylist() == [
        "Call Mia Nguyen on <PHONE_NUMBER>."
    ]


def test_only_text_can_be_redacted() -> None:
    with pytest.raises(TypeError):
        redact_values(pa.array([1, 2, 3]))


def test_each_distinct_value_is_analysed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from minshare.detect import redact

    seen: list[str] = []
    real = redact.redact_text

    def counting(text: str, *, entities: object = None) -> str:
        seen.append(text)
        return real(text, entities=entities)  # type: ignore[arg-type]

    monkeypatch.setattr(redact, "redact_text", counting)
    note = "Call Mia Nguyen on 0412 345 678."
    redact.redact_values(pa.array([note] * 1000 + ["No change."] * 1000))
    assert seen == [note]


@given(st.lists(st.one_of(st.none(), st.text(max_size=80)), max_size=30))
@settings(max_examples=60, deadline=None)
def test_redaction_keeps_length_nulls_and_is_idempotent(values: list[str | None]) -> None:
    once = redact_values(pa.array(values, pa.string()))
    assert len(once) == len(values)
    assert [v is None for v in once.to_pylist()] == [v is None for v in values]
    assert redact_values(once).to_pylist() == once.to_pylist()
