#!/usr/bin/env python3
"""presidio-structured doing the work of bench/run's ``minshare apply``, in its own process.

    .venv/bin/python bench/peer_presidio.py bench/out/extract-1000000.csv 10000 out.parquet

Reads the first ROWS rows of the agency extract (every value as text, as minshare reads
CSV), runs presidio-structured's default analysis over them, anonymises the columns the
benchmark policy (``agency_data.POLICY``) transforms with presidio-anonymizer's nearest
operators, and writes Parquet. Prints one JSON object on stdout: the seconds of each
phase, the column -> entity mapping presidio's own analysis produced, and the columns
anonymised. Names only: nothing printed quotes a cell.

The analysis is presidio-structured's default: ``PandasAnalysisBuilder(analyzer=...)
.generate_analysis(df)``, which analyses every row (``n=None``) and picks each column's
most common entity. The analyser is bench/detect's (``detectbench.engines``): Presidio's
no-op NLP engine (no spaCy model, so no names or places), the default English
recognisers plus the Australian ones, offline.

The anonymisation is ``StructuredEngine(PandasDataProcessor()).anonymize(df, analysis,
operators)``. presidio-structured picks an operator by entity type, and its own analysis
maps this table's columns to types that would send the policy's operators to the wrong
columns (with the no-op engine it finds no names or addresses at all, and calls the
postcode and the amount phone numbers), so the analysis given to ``anonymize`` is the
policy's own column -> entity mapping (``EQUIVALENT``), as a user who knows the schema
would write it. Presidio's mapping is reported beside it.

Exit status: 0 done, 3 presidio-structured is not installed, 1 anything else (stderr
says the exception's type, never its message, which could quote a value).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from detectbench.cli import forbid_network  # noqa: E402
from detectbench.engines import offline_tldextract, presidio_analyzer  # noqa: E402

EXIT_NOT_INSTALLED = 3

# agency_data.POLICY, column by column, as presidio-structured's column -> entity mapping
EQUIVALENT = {
    "CLIENT_ID": "ID",  # pseudonymise -> hash (salted SHA-256, fixed salt: deterministic)
    "FULL_NM": "PERSON",  # drop -> redact
    "EMAIL": "EMAIL_ADDRESS",  # encrypt -> encrypt (AES-CBC)
    "MOBILE": "PHONE_NUMBER",  # mask, show_last 3 -> mask all but the last 3 of 10 digits
    "ADDRESS": "LOCATION",  # drop -> redact
    "BIRTH_DT": "DATE_OF_BIRTH",  # generalise to year -> custom: the first 4 characters
    "PCODE": "AU_POSTCODE",  # generalise, prefix 2 -> custom: the first 2 characters
    "NOTES": "FREE_TEXT",  # drop -> redact
    # AMOUNT, PROGRAM_CD: keep -> not in the mapping, left as they are
}


def operators() -> dict[str, Any]:
    """presidio-anonymizer operators for the entity types of ``EQUIVALENT``."""
    from presidio_anonymizer.entities import OperatorConfig

    return {
        "ID": OperatorConfig("hash", {"hash_type": "sha256", "salt": b"minshare-bench-salt-0001"}),
        "PERSON": OperatorConfig("redact"),
        "EMAIL_ADDRESS": OperatorConfig("encrypt", {"key": b"minshare-bench-k"}),  # AES-128
        "PHONE_NUMBER": OperatorConfig(
            "mask", {"masking_char": "*", "chars_to_mask": 7, "from_end": False}
        ),
        "LOCATION": OperatorConfig("redact"),
        "DATE_OF_BIRTH": OperatorConfig("custom", {"lambda": lambda value: value[:4]}),
        "AU_POSTCODE": OperatorConfig("custom", {"lambda": lambda value: value[:2]}),
        "FREE_TEXT": OperatorConfig("redact"),
    }


def run(data: Path, rows: int, output: Path) -> dict[str, Any]:
    """Read, analyse, anonymise and write; the seconds of each phase and what was found."""
    seconds: dict[str, float] = {}
    start = time.perf_counter()
    offline_tldextract()  # before presidio_structured imports presidio_analyzer
    import pandas as pd
    from presidio_structured import (
        PandasAnalysisBuilder,
        PandasDataProcessor,
        StructuredAnalysis,
        StructuredEngine,
    )

    builder = PandasAnalysisBuilder(analyzer=presidio_analyzer())
    engine = StructuredEngine(data_processor=PandasDataProcessor())
    seconds["setup"] = time.perf_counter() - start

    mark = time.perf_counter()
    frame = pd.read_csv(data, dtype=str, nrows=rows, keep_default_na=False)
    seconds["read"] = time.perf_counter() - mark

    mark = time.perf_counter()
    found = builder.generate_analysis(frame)
    seconds["analyse"] = time.perf_counter() - mark

    mark = time.perf_counter()
    anonymised = engine.anonymize(
        frame, StructuredAnalysis(entity_mapping=dict(EQUIVALENT)), operators=operators()
    )
    seconds["anonymise"] = time.perf_counter() - mark

    mark = time.perf_counter()
    anonymised.to_parquet(output, index=False)
    seconds["write"] = time.perf_counter() - mark

    # value-free checks that the operators ran on every row
    dropped = [name for name, entity in EQUIVALENT.items() if entity in {"PERSON", "LOCATION"}]
    if not all((anonymised[name] == "").all() for name in dropped):
        raise AssertionError("a redacted column still holds text")
    if not anonymised["MOBILE"].str.startswith("*******").all():
        raise AssertionError("the phone column is not masked")
    return {
        "rows": len(frame),
        "seconds": seconds,
        "analysis_mapping": dict(found.entity_mapping),
        "anonymised_columns": dict(EQUIVALENT),
    }


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: peer_presidio.py DATA.csv ROWS OUTPUT.parquet", file=sys.stderr)
        return 2
    forbid_network()
    try:
        result = run(Path(argv[0]), int(argv[1]), Path(argv[2]))
    except ImportError as exc:
        print(f"presidio-structured cannot run: no module {exc.name}", file=sys.stderr)
        return EXIT_NOT_INSTALLED
    except Exception as exc:  # a message could quote a cell: say the type only
        print(f"presidio-structured failed: {type(exc).__name__}", file=sys.stderr)
        return 1
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
