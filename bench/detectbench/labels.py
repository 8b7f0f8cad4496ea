"""Labelled columns, and what each label accepts as a detector's best entity.

Two label files feed the benchmark, in two vocabularies:

* ``bench/detect_data/labels.csv`` (synthetic) labels columns with the entity names of
  DESIGN.md (``PERSON``, ``AU_TFN``, ``DATE_OF_BIRTH``...), tiers ``direct``, ``quasi``,
  ``sensitive``, ``free_text``, ``none`` and ``ambiguous``;
* ``shared/data/real/LABELS.csv`` (real tables) uses its own names (``PERSON_NAME``,
  ``EMAIL``, ``STREET_ADDRESS``...), tiers ``direct``, ``quasi``, ``none``, ``ambiguous``.

Both are read into ``LabelledColumn``. ``accepted_entities`` maps a label of either
vocabulary to the set of entity types counted as a right answer (``LABEL_ENTITIES``
below is the documented mapping table; ``bench/README.md`` repeats it). A label with no
entry is *untyped*: the column counts for detection but not for entity-type accuracy.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

PERSONAL_TIERS = frozenset({"direct", "quasi", "sensitive", "free_text"})
NOT_PERSONAL_TIERS = frozenset({"none"})
EXCLUDED_TIERS = frozenset({"ambiguous"})
TIERS = PERSONAL_TIERS | NOT_PERSONAL_TIERS | EXCLUDED_TIERS

# label -> entity types accepted as the best entity. The first is the exact answer; the
# others are near-equivalents in Presidio's vocabulary (a driver licence recogniser built
# for another country still found a driver licence). DATE_OF_BIRTH accepts only itself:
# telling a birth date from any other date is the point of the label.
LABEL_ENTITIES: dict[str, frozenset[str]] = {
    # DESIGN.md vocabulary (synthetic labels)
    "PERSON": frozenset({"PERSON"}),
    "EMAIL_ADDRESS": frozenset({"EMAIL_ADDRESS"}),
    "PHONE_NUMBER": frozenset({"PHONE_NUMBER"}),
    "ADDRESS": frozenset({"ADDRESS", "LOCATION"}),
    "LOCATION": frozenset({"LOCATION"}),
    "AU_POSTCODE": frozenset({"AU_POSTCODE", "LOCATION"}),
    "DATE_OF_BIRTH": frozenset({"DATE_OF_BIRTH"}),
    "GENDER": frozenset({"GENDER"}),
    "AU_TFN": frozenset({"AU_TFN"}),
    "AU_ABN": frozenset({"AU_ABN"}),
    "AU_ACN": frozenset({"AU_ACN"}),
    "AU_MEDICARE": frozenset({"AU_MEDICARE"}),
    "AU_CRN": frozenset({"AU_CRN"}),
    "AU_IHI": frozenset({"AU_IHI"}),
    "AU_BSB": frozenset({"AU_BSB"}),
    "BANK_ACCOUNT": frozenset({"BANK_ACCOUNT", "US_BANK_NUMBER"}),
    "AU_PASSPORT": frozenset({"AU_PASSPORT", "US_PASSPORT"}),
    "AU_DRIVERS_LICENCE": frozenset({"AU_DRIVERS_LICENCE", "US_DRIVER_LICENSE"}),
    "IP_ADDRESS": frozenset({"IP_ADDRESS"}),
    "CREDIT_CARD": frozenset({"CREDIT_CARD"}),
    "IBAN_CODE": frozenset({"IBAN_CODE"}),
    "URL": frozenset({"URL"}),
    "DATE_TIME": frozenset({"DATE_TIME"}),
    "ETHNICITY": frozenset({"ETHNICITY"}),
    "HEALTH": frozenset({"HEALTH"}),
    "RELIGION": frozenset({"RELIGION"}),
    "SEXUAL_ORIENTATION": frozenset({"SEXUAL_ORIENTATION"}),
    "CRIMINAL_RECORD": frozenset({"CRIMINAL_RECORD"}),
    "VULNERABILITY": frozenset({"VULNERABILITY"}),
    "TRADE_UNION": frozenset({"TRADE_UNION"}),
    # a label's ID is any per-person identifier with no type of its own: a client number,
    # a staff code, a login (minshare calls a login made of its holder's names USERNAME)
    "ID": frozenset({"ID", "USERNAME"}),
    # shared/data/real/LABELS.csv vocabulary
    "PERSON_NAME": frozenset({"PERSON"}),
    "EMAIL": frozenset({"EMAIL_ADDRESS"}),
    "PHONE": frozenset({"PHONE_NUMBER"}),
    "STREET_ADDRESS": frozenset({"ADDRESS", "LOCATION"}),
    "CITY": frozenset({"LOCATION"}),
    "STATE": frozenset({"LOCATION"}),
    "COUNTRY": frozenset({"LOCATION"}),
    "POSTCODE": frozenset({"AU_POSTCODE", "LOCATION"}),
    "NATIONAL_ID": frozenset({"ID", "US_SSN", "UK_NINO", "UK_NHS", "US_ITIN"}),
    "ETHNICITY_HINT": frozenset({"ETHNICITY"}),
    "HEALTH_BLOOD_TYPE": frozenset({"HEALTH"}),
}
# Labels with no entity in either vocabulary, named so a typo is not silently untyped.
UNTYPED_LABELS = frozenset(
    {
        "FREE_TEXT", "FREE_TEXT_WITH_PII", "AGE", "INCOME", "JOB_TITLE", "USERNAME",
        "PASSWORD", "USER_AGENT", "ZODIAC", "HONORIFIC", "CARD_CVV", "CARD_EXPIRY",
        "VEHICLE_MODEL", "WEIGHT", "HEIGHT", "PERSON_NAME_INITIAL", "TRACKING_NUMBER",
        "TRANSACTION_ID", "DOMAIN", "RECORD_UUID", "GEO_COORDINATE", "ROW_ID", "DATETIME",
        "INT", "YEAR", "CURRENCY", "CARD_BRAND", "PHONE_COUNTRY_CODE", "ORGANISATION",
        "TIME_RANGE", "NONE",
    }
)  # fmt: skip


class LabelError(ValueError):
    """A label file that cannot be scored: a missing column, an unknown tier."""


@dataclass(frozen=True)
class LabelledColumn:
    """One labelled column of one file."""

    file: str  # relative to the dataset folder
    index: int  # 0-based position in the file
    name: str  # header name, or the upstream schema's name when headerless
    label: str  # normalised: upper case, NONE for "NONE (anything)"
    tier: str
    header_in_file: bool = True

    @property
    def scored(self) -> bool:
        return self.tier not in EXCLUDED_TIERS

    @property
    def personal(self) -> bool:
        """The truth: whether a detector should flag this column as personal."""
        return self.tier in PERSONAL_TIERS

    @property
    def direct(self) -> bool:
        return self.tier == "direct"


def normalise_label(label: str) -> str:
    """``'NONE (Big List of Naughty Strings)'`` -> ``NONE``; others upper-cased, trimmed."""
    text = label.strip().upper()
    if text == "NONE" or text.startswith("NONE "):
        return "NONE"
    return text


def accepted_entities(label: str) -> frozenset[str] | None:
    """The entity types counted right for ``label``, or None when the label is untyped."""
    text = normalise_label(label)
    if text in LABEL_ENTITIES:
        return LABEL_ENTITIES[text]
    if text in UNTYPED_LABELS:
        return None
    raise LabelError(
        f"label {label!r} is in no mapping; add it to LABEL_ENTITIES or UNTYPED_LABELS"
    )


def read_labels(path: Path) -> list[LabelledColumn]:
    """Read a label file of either vocabulary.

    Needs ``file``, ``column``, ``label`` and ``tier``; ``col_index`` defaults to the
    row's order within its file and ``header_in_file`` to ``yes``.
    """
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {"file", "column", "label", "tier"} - set(reader.fieldnames or ())
        if missing:
            raise LabelError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
        return list(_columns(path, reader))


def _columns(path: Path, rows: Iterable[dict[str, str]]) -> Iterable[LabelledColumn]:
    seen: dict[str, int] = {}
    for line, row in enumerate(rows, start=2):
        file, tier = row["file"].strip(), row["tier"].strip().lower()
        if tier not in TIERS:
            raise LabelError(f"{path}:{line}: unknown tier {row['tier']!r}")
        position = seen.get(file, 0)
        seen[file] = position + 1
        index_text = (row.get("col_index") or "").strip()
        header = (row.get("header_in_file") or "yes").strip().lower()
        label = normalise_label(row["label"])
        accepted_entities(label)  # fail here, not halfway through scoring
        yield LabelledColumn(
            file=file,
            index=int(index_text) if index_text else position,
            name=row["column"],
            label=label,
            tier=tier,
            header_in_file=header not in ("no", "false", "0"),
        )


def by_file(columns: Iterable[LabelledColumn]) -> dict[str, list[LabelledColumn]]:
    """Labelled columns grouped by file, in file order of first appearance."""
    grouped: dict[str, list[LabelledColumn]] = {}
    for column in columns:
        grouped.setdefault(column.file, []).append(column)
    return grouped
