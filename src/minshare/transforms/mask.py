"""``mask``: every character but the first or last few becomes the mask character."""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from minshare.transforms._arrays import as_text, require_flat

_EMPTY = pa.scalar("", pa.string())


@dataclass(frozen=True)
class MaskColumn:
    """Masks text, never revealing a whole value.

    A value no longer than the characters it would show is masked entirely, so
    ``show_last: 4`` cannot print a 3-character value in clear.
    """

    show_first: int = 0
    show_last: int = 0
    char: str = "*"

    def output_type(self, input_type: pa.DataType) -> pa.DataType:
        require_flat(input_type, "mask")
        return pa.string()

    def __call__(self, values: pa.Array) -> pa.Array:
        text = as_text(values)
        length = pc.utf8_length(text)
        shown = self.show_first + self.show_last
        reveal = pc.greater(length, shown)
        first: pa.Array | pa.Scalar = _EMPTY
        last: pa.Array | pa.Scalar = _EMPTY
        if self.show_first:
            first = pc.if_else(reveal, pc.utf8_slice_codeunits(text, 0, self.show_first), _EMPTY)
        if self.show_last:
            last = pc.if_else(reveal, pc.utf8_slice_codeunits(text, -self.show_last), _EMPTY)
        hidden = pc.if_else(reveal, pc.subtract(length, shown), length)
        stars = pc.binary_repeat(pa.scalar(self.char, pa.string()), hidden)
        return pc.binary_join_element_wise(first, stars, last, "")
