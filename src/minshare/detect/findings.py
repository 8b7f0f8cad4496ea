"""What a scan says about a table: one finding per column, in the ``scan --json`` shape.

The entity types follow Presidio's names where Presidio has one and DESIGN.md's additions
elsewhere. Each type belongs to one category; a column's category is its best entity's.
A date of birth is a quasi-identifier here, as DESIGN.md lists it: it identifies in
combination with postcode and sex, and is generalised (to a year or an age band) rather than
dropped by the sample policies. It is still personal, so every policy must say what to do
with it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal

Category = Literal["direct_identifier", "quasi_identifier", "sensitive", "free_text", "none"]
CATEGORIES: tuple[Category, ...] = (
    "direct_identifier",
    "quasi_identifier",
    "sensitive",
    "free_text",
    "none",
)

DIRECT_IDENTIFIER: Category = "direct_identifier"
QUASI_IDENTIFIER: Category = "quasi_identifier"
SENSITIVE: Category = "sensitive"
FREE_TEXT: Category = "free_text"
NONE: Category = "none"

_DIRECT = (
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "ADDRESS",
    "IP_ADDRESS",
    "CREDIT_CARD",
    "IBAN_CODE",
    "AU_TFN",
    "AU_ABN",
    "AU_ACN",
    "AU_MEDICARE",
    "AU_CRN",
    "AU_IHI",
    "BANK_ACCOUNT",
    "AU_PASSPORT",
    "AU_DRIVERS_LICENCE",
    "US_SSN",
    "ID",
    "URL",
    "USERNAME",
    "PASSWORD",
)
_QUASI = (
    "DATE_OF_BIRTH",
    "DATE_OF_DEATH",
    "AU_POSTCODE",
    "GENDER",
    "LOCATION",
    "AGE",
    "OCCUPATION",
    "INCOME",
    "CONCESSION",
    "AU_BSB",
    "MARITAL_STATUS",
    "HONORIFIC",
    "ZODIAC_SIGN",
    "BODY_MEASUREMENT",
    "VEHICLE",
    "USER_AGENT",
    "HOUSEHOLD",
    "RESIDENCY",
    "EDUCATION",
    "EMPLOYMENT",
)
_SENSITIVE = (
    "HEALTH",
    "ETHNICITY",
    "RELIGION",
    "SEXUAL_ORIENTATION",
    "CRIMINAL_RECORD",
    "VULNERABILITY",
    "TRADE_UNION",
)

ENTITY_CATEGORY: dict[str, Category] = {
    **dict.fromkeys(_DIRECT, DIRECT_IDENTIFIER),
    **dict.fromkeys(_QUASI, QUASI_IDENTIFIER),
    **dict.fromkeys(_SENSITIVE, SENSITIVE),
}
ENTITY_TYPES: tuple[str, ...] = tuple(ENTITY_CATEGORY)


def category_of(entity: str) -> Category:
    """The category a column whose best entity is ``entity`` falls in."""
    return ENTITY_CATEGORY.get(entity, DIRECT_IDENTIFIER)


# How evidence begins when the column's name alone decided
NAME_ALONE = "decided by the column name"


@dataclass(frozen=True)
class EntityFinding:
    """One kind of personal information a column holds, how sure we are, and why.

    ``evidence`` is one line made of counts and of words from minshare's own hint and
    vocabulary lists; it never quotes a value from the data.
    """

    type: str
    score: float
    evidence: str
    in_text: bool = False  # found inside free text, in some values, not as the values

    def as_dict(self) -> dict[str, Any]:
        return {"type": self.type, "score": round(self.score, 3), "evidence": self.evidence}

    @property
    def by_name_alone(self) -> bool:
        """Whether the column's name decided, its values giving no support."""
        return self.evidence.startswith(NAME_ALONE)


@dataclass(frozen=True)
class ColumnFinding:
    """What a scan decided about one column."""

    name: str
    data_type: str
    personal: bool
    category: Category
    entities: tuple[EntityFinding, ...]
    null_fraction: float

    @property
    def best(self) -> EntityFinding | None:
        """The most likely entity, or None for a column with no personal information."""
        return self.entities[0] if self.entities else None

    def found_as(self, entity: EntityFinding) -> ColumnFinding:
        """This column found personal by what its table says: ``entity`` alone, and the
        category that entity's type has."""
        return replace(self, personal=True, category=category_of(entity.type), entities=(entity,))

    def not_personal(self) -> ColumnFinding:
        """This column found to hold no one's information (a thing's place, a business's
        number)."""
        return replace(self, personal=False, category=NONE, entities=())

    @property
    def identifiers_in_text(self) -> tuple[str, ...]:
        """The direct identifiers found inside this column's free text (a phone in a note)."""
        return tuple(
            e.type for e in self.entities if e.in_text and category_of(e.type) == DIRECT_IDENTIFIER
        )

    @property
    def kind(self) -> str | None:
        """The most likely entity's type, or None for a column found not personal."""
        return self.entities[0].type if self.personal and self.entities else None

    def as_dict(self) -> dict[str, Any]:
        """The column's object in ``scan --json`` (DESIGN.md)."""
        return {
            "name": self.name,
            "data_type": self.data_type,
            "personal": self.personal,
            "category": self.category,
            "entities": [entity.as_dict() for entity in self.entities],
            "null_fraction": round(self.null_fraction, 4),
        }


@dataclass(frozen=True)
class ScanResult:
    """A scan of one table: where it came from, how much was read, and every column."""

    path: str
    format: str
    rows_sampled: int
    rows_total: int | None
    columns: tuple[ColumnFinding, ...]
    header: bool | None = None  # for CSV/TSV: whether the first row named the columns

    def column(self, name: str) -> ColumnFinding:
        """The finding for the column called ``name``."""
        for finding in self.columns:
            if finding.name == name:
                return finding
        raise KeyError(name)

    @property
    def personal_columns(self) -> tuple[ColumnFinding, ...]:
        return tuple(finding for finding in self.columns if finding.personal)

    def as_dict(self) -> dict[str, Any]:
        """The ``scan --json`` document (DESIGN.md), with ``rows_total`` added."""
        dataset: dict[str, Any] = {
            "path": self.path,
            "format": self.format,
            "rows_sampled": self.rows_sampled,
        }
        if self.header is not None:
            dataset["header"] = self.header
        if self.rows_total is not None:
            dataset["rows_total"] = self.rows_total
        return {
            "version": 1,
            "dataset": dataset,
            "columns": [finding.as_dict() for finding in self.columns],
        }
