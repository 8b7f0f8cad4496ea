"""Find personal information in a table, column by column, and redact it from free text.

::

    from minshare.detect import scan, redact_values

    result = scan("clients.csv")
    for column in result.columns:
        print(column.name, column.category, [e.type for e in column.entities])
    print(result.as_dict())            # the scan --json document

Detection works offline and with no downloaded model: check digits compared with chance,
value forms, name dictionaries, column-name hints and the shape of each column together
(:mod:`minshare.detect.columns`). Free text goes through an offline Presidio engine
(:mod:`minshare.detect.presidio`), which is imported only when free text is met, so
``import minshare.detect`` stays light.
"""

from __future__ import annotations

from minshare.detect.findings import (
    CATEGORIES,
    ENTITY_TYPES,
    Category,
    ColumnFinding,
    EntityFinding,
    ScanResult,
)
from minshare.detect.redact import redact_text, redact_values
from minshare.detect.sample import RowSample
from minshare.detect.scan import scan, scan_batches, scan_sample, scan_table

__all__ = [
    "CATEGORIES",
    "ENTITY_TYPES",
    "Category",
    "ColumnFinding",
    "EntityFinding",
    "RowSample",
    "ScanResult",
    "redact_text",
    "redact_values",
    "scan",
    "scan_batches",
    "scan_sample",
    "scan_table",
]
