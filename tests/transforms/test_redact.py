"""redact: the transform wraps detection's redaction, text in and text out."""

from __future__ import annotations

import pyarrow as pa
import pytest

from minshare.transforms._arrays import UnsupportedType
from minshare.transforms.redact import RedactColumn


def test_personal_details_in_text_become_tags() -> None:
    notes = pa.array(
        [
            "Landlord Arjun Buckley called on 0416 733 868 to confirm tenancy.",
            None,
            "Reviewed income statement, no change.",
            "",
        ]
    )
    out = RedactColumn()(notes).to_pylist()
    assert out[0] == "Landlord <PERSON> called on <PHONE_NUMBER> to confirm tenancy."
    assert out[1:] == [None, "Reviewed income statement, no change.", ""]


def test_entities_limit_what_is_replaced() -> None:
    note = pa.array(["E-mail jo.smith@example.com or call 0416 733 868."])
    out = RedactColumn(("EMAIL_ADDRESS",))(note).to_pylist()[0]
    assert "<EMAIL_ADDRESS>" in out and "0416 733 868" in out


def test_only_text_can_be_redacted() -> None:
    with pytest.raises(UnsupportedType, match="redact needs text"):
        RedactColumn().output_type(pa.int64())
