"""Column transforms: one per policy action, each a function from Arrow array to Arrow array.

:func:`build_transform` turns a policy's :class:`~minshare.policy.ColumnRule` into a
:class:`ColumnTransform`, which knows the type it produces before it sees data (so a
writer can be opened first) and then maps each batch's array. Work that is per value
(hashing, deterministic encryption, parsing) is done once per distinct value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import pyarrow as pa

from minshare.policy import ColumnRule
from minshare.transforms._arrays import CellError
from minshare.transforms.encrypt import EncryptColumn
from minshare.transforms.generalise import build_generalise
from minshare.transforms.mask import MaskColumn
from minshare.transforms.pseudonymise import PseudonymiseColumn
from minshare.transforms.redact import RedactColumn

__all__ = ["CellError", "ColumnTransform", "ReleaseContext", "build_transform"]


class ColumnTransform(Protocol):
    """An action applied to one column, batch after batch."""

    def output_type(self, input_type: pa.DataType) -> pa.DataType:
        """The Arrow type the action produces from ``input_type``."""
        ...

    def __call__(self, values: pa.Array) -> pa.Array:
        """The column's values after the action, row for row, nulls kept null."""
        ...


@dataclass(frozen=True)
class ReleaseContext:
    """What a transform may need beyond its rule: who the release is for, and keys."""

    agreement: str
    recipient: str
    # secrets stay out of reprs, logs and tracebacks
    pseudonym_secret: bytes | None = field(default=None, repr=False)
    data_key: bytes | None = field(default=None, repr=False)


class KeepColumn:
    """``keep``: the values leave exactly as they came."""

    def output_type(self, input_type: pa.DataType) -> pa.DataType:
        return input_type

    def __call__(self, values: pa.Array) -> pa.Array:
        return values


def _keep(rule: ColumnRule, context: ReleaseContext) -> ColumnTransform:
    return KeepColumn()


def _pseudonymise(rule: ColumnRule, context: ReleaseContext) -> ColumnTransform:
    if context.pseudonym_secret is None:
        raise ValueError("pseudonymise needs the pseudonymisation secret")
    return PseudonymiseColumn.from_rule(
        rule, context.pseudonym_secret, context.agreement, context.recipient
    )


def _encrypt(rule: ColumnRule, context: ReleaseContext) -> ColumnTransform:
    if context.data_key is None:
        raise ValueError("encrypt needs the release's data key")
    return EncryptColumn.from_rule(rule, context.data_key)


def _generalise(rule: ColumnRule, context: ReleaseContext) -> ColumnTransform:
    return build_generalise(rule.options)


def _mask(rule: ColumnRule, context: ReleaseContext) -> ColumnTransform:
    return MaskColumn(
        show_first=rule.options["show_first"],
        show_last=rule.options["show_last"],
        char=rule.options["char"],
    )


def _redact(rule: ColumnRule, context: ReleaseContext) -> ColumnTransform:
    entities = rule.options.get("entities")
    return RedactColumn(tuple(entities) if entities else None)


_BUILDERS: dict[str, Callable[[ColumnRule, ReleaseContext], ColumnTransform]] = {
    "keep": _keep,
    "pseudonymise": _pseudonymise,
    "encrypt": _encrypt,
    "generalise": _generalise,
    "mask": _mask,
    "redact": _redact,
}


def build_transform(rule: ColumnRule, context: ReleaseContext) -> ColumnTransform | None:
    """The transform for ``rule``, or None when the column is dropped."""
    if rule.action == "drop":
        return None
    try:
        builder = _BUILDERS[rule.action]
    except KeyError:
        raise NotImplementedError(rule.action) from None
    return builder(rule, context)
