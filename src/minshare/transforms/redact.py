"""``redact``: free text with the personal information inside it replaced by ``<TYPE>`` tags."""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

from minshare.transforms._arrays import UnsupportedType, as_text


@dataclass(frozen=True)
class RedactColumn:
    """Redacts each distinct text once; ``entities`` limits the types replaced (None: all)."""

    entities: tuple[str, ...] | None = None

    def output_type(self, input_type: pa.DataType) -> pa.DataType:
        text = pa.types.is_string(input_type) or pa.types.is_large_string(input_type)
        if not (text or pa.types.is_string_view(input_type)):
            raise UnsupportedType(f"redact needs text, not {input_type}")
        return pa.string()

    def __call__(self, values: pa.Array) -> pa.Array:
        # detection is imported only when a column is redacted
        from minshare.detect import redact_values

        return redact_values(as_text(values), entities=self.entities)
