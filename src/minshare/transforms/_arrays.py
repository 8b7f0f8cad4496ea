"""Helpers the transforms share: text views of arrays and per-distinct-value mapping."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc


class CellError(Exception):
    """A value a transform cannot handle, at ``index`` in the batch it was given.

    The pipeline turns it into a :class:`~minshare.errors.DataError` naming the row
    and the column; ``problem`` must never quote the value.
    """

    def __init__(self, index: int, problem: str) -> None:
        super().__init__(problem)
        self.index = index
        self.problem = problem


def as_text(values: pa.Array) -> pa.Array:
    """The values as UTF-8 strings (numbers and dates in their canonical Arrow text)."""
    if pa.types.is_string(values.type):
        return values
    if pa.types.is_large_string(values.type) or pa.types.is_string_view(values.type):
        return values.cast(pa.string())
    if pa.types.is_dictionary(values.type):
        return as_text(values.dictionary_decode())
    return pc.cast(values, pa.string())


class Memo:
    """Results of a deterministic per-value function, remembered across batches.

    Values recur across a file (a client in many rows), not only within a batch.
    The memo is emptied when it reaches ``limit`` entries, so memory stays bounded: a
    quarter of a million entries of short identifiers and their tokens hold about 50 MB,
    and a column of as many distinct people, a large extract's, is hashed once per value.
    """

    def __init__(self, fn: Callable[[str], Any], limit: int = 1 << 18) -> None:
        self.fn = fn
        self.limit = limit
        self.results: dict[str, Any] = {}

    def map(self, values: list[str]) -> list[Any]:
        """``fn`` of each value; ``fn`` must never return None."""
        results = self.results
        out = list(map(results.get, values))  # the lookups run at C speed
        missing = [i for i, result in enumerate(out) if result is None]
        if len(results) + len(missing) > self.limit:
            results.clear()
        fn = self.fn
        for i in missing:
            value = values[i]
            out[i] = results[value] = fn(value)
        return out


def map_distinct(
    values: pa.Array, fn: Memo | Callable[[str], Any], result_type: pa.DataType
) -> pa.Array:
    """Apply ``fn`` once per distinct non-null value and spread the results back."""
    encoded = pc.dictionary_encode(values)
    distinct = encoded.dictionary.to_pylist()
    results = fn.map(distinct) if isinstance(fn, Memo) else [fn(v) for v in distinct]
    return pc.take(pa.array(results, type=result_type), encoded.indices)


def first_true(mask: pa.Array) -> int:
    """The index of the first true value of a boolean array (nulls are false)."""
    return int(pc.index(pc.fill_null(mask, False), True).as_py())


class UnsupportedType(Exception):
    """An action cannot work on a column of this Arrow type (a policy problem)."""


def require_flat(input_type: pa.DataType, action: str) -> None:
    """Refuse nested types (structs, lists, maps) for actions that work on text."""
    if pa.types.is_nested(input_type) or (
        pa.types.is_dictionary(input_type) and pa.types.is_nested(input_type.value_type)
    ):
        raise UnsupportedType(
            f"{action} works on single values, not on {input_type}; drop or keep the column, "
            "or flatten it first"
        )
