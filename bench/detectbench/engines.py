"""The detectors under test, each behind one small protocol.

* ``minshare``: ``minshare.detect.scan(path, input_format=..., sample_size=...)``; it
  reads the file itself.
* ``presidio-structured``: Microsoft's ``PandasAnalysisBuilder`` with the ``mixed``
  selection strategy, Presidio's no-op NLP engine (no spaCy model, no network), the
  default English pattern recognisers, the four Australian recognisers (TFN, ABN, ACN,
  Medicare) that the default registry leaves disabled, and ``AU`` added to the phone
  recogniser's regions. Any entity for a column means personal.
* ``header-keywords``: a floor, and the stand-in used before ``minshare.detect``
  existed: it looks at column names only.

``setup`` holds the one-off cost (imports, building the analyser) so that it can be
timed apart from scanning.
"""

from __future__ import annotations

import os
import re
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from detectbench.scoring import ColumnPrediction
from detectbench.tables import read_table


class Engine(Protocol):
    name: str

    def setup(self, sample_size: int) -> None:
        """Import and build what scanning needs."""

    def scan_file(self, path: Path, *, header: bool) -> list[ColumnPrediction]:
        """What the detector says about each column of one file, in file order."""


class Unavailable(Exception):
    """The detector cannot run here (not installed, wrong version); says why."""


# minshare picks a format by extension; these are what a user would pass for the rest.
MINSHARE_FORMATS = {".txt": "csv"}


class MinshareEngine:
    name = "minshare"

    def __init__(self) -> None:
        self._scan: Callable[..., Any] | None = None
        self._sample_size = 1000

    def setup(self, sample_size: int) -> None:
        try:
            from minshare.detect import scan
        except ImportError as exc:
            raise Unavailable(f"minshare.detect cannot be imported: {exc}") from exc
        self._scan, self._sample_size = scan, sample_size

    def scan_file(self, path: Path, *, header: bool) -> list[ColumnPrediction]:
        del header  # scan() has no header option; headerless files are matched by position
        if self._scan is None:
            raise RuntimeError("setup() first")
        fmt = MINSHARE_FORMATS.get(path.suffix.lower())
        result = self._scan(path, input_format=fmt, sample_size=self._sample_size)
        return [
            ColumnPrediction(
                name=str(column.name),
                personal=bool(column.personal),
                entity=column.entities[0].type if column.entities else None,
                category=column.category,
            )
            for column in result.columns
        ]


def offline_tldextract() -> None:
    """Keep tldextract (Presidio's e-mail recogniser uses it) off the network.

    tldextract fetches the Public Suffix List unless told not to, and its module-level
    extractor reads the setting when tldextract is first imported: so the variable is
    set before any Presidio import, and an extractor made earlier is told directly.
    It then uses the suffix list snapshot it ships with.
    """
    os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""
    module = sys.modules.get("tldextract.tldextract")
    if module is not None:
        module.TLD_EXTRACTOR.suffix_list_urls = ()


def presidio_analyzer() -> Any:
    """Presidio's AnalyzerEngine, set up for Australian data with no NLP model."""
    offline_tldextract()
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NoOpNlpEngine
    from presidio_analyzer.predefined_recognizers import (
        AuAbnRecognizer,
        AuAcnRecognizer,
        AuMedicareRecognizer,
        AuTfnRecognizer,
        PhoneRecognizer,
    )

    nlp_engine = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "no_op"}])
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp_engine)
    for recognizer in (AuTfnRecognizer, AuAbnRecognizer, AuAcnRecognizer, AuMedicareRecognizer):
        registry.add_recognizer(recognizer())
    registry.remove_recognizer("PhoneRecognizer")
    regions = (*PhoneRecognizer.DEFAULT_SUPPORTED_REGIONS, "AU")
    registry.add_recognizer(PhoneRecognizer(supported_regions=regions))
    with warnings.catch_warnings():
        # the no-op engine cannot feed context words to the enhancer; Presidio warns so
        warnings.simplefilter("ignore", UserWarning)
        return AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=["en"])


class PresidioStructuredEngine:
    name = "presidio-structured"
    selection_strategy = "mixed"

    def __init__(self) -> None:
        self._builder: Any = None
        self._dataframe: Callable[..., Any] | None = None
        self._sample_size = 1000

    def setup(self, sample_size: int) -> None:
        offline_tldextract()
        try:
            import pandas as pd
            from presidio_structured import PandasAnalysisBuilder
        except ImportError as exc:
            raise Unavailable(
                f"presidio-structured is not installed ({exc}); "
                "pip install 'presidio-structured' 'presidio-analyzer>=2.2.366'"
            ) from exc
        try:
            analyzer = presidio_analyzer()
        except ImportError as exc:  # an older presidio-analyzer has no NoOpNlpEngine
            raise Unavailable(f"presidio-analyzer too old for a no-op NLP engine: {exc}") from exc
        self._builder = PandasAnalysisBuilder(analyzer=analyzer)
        self._dataframe = pd.DataFrame
        self._sample_size = sample_size

    def scan_file(self, path: Path, *, header: bool) -> list[ColumnPrediction]:
        if self._builder is None or self._dataframe is None:
            raise RuntimeError("setup() first")
        table = read_table(path, header=header)
        frame = self._dataframe(table.rows, columns=table.names, dtype=object)
        mapping: dict[str, str] = {}
        if len(frame):
            analysis = self._builder.generate_analysis(
                frame, n=self._sample_size, selection_strategy=self.selection_strategy
            )
            mapping = dict(analysis.entity_mapping)
        return [
            ColumnPrediction(name=name, personal=name in mapping, entity=mapping.get(name))
            for name in table.names
        ]


# (pattern over the column name, entity): first match wins. Deliberately naive.
_KEYWORDS: tuple[tuple[str, str], ...] = (
    (r"e-?mail", "EMAIL_ADDRESS"),
    (r"phone|mobile|\bmob\b|^ph$|telephone|contact", "PHONE_NUMBER"),
    (r"birth|dob", "DATE_OF_BIRTH"),
    (r"tfn|tax.?file", "AU_TFN"),
    (r"\babn\b", "AU_ABN"),
    (r"\bacn\b", "AU_ACN"),
    (r"medicare|mcare", "AU_MEDICARE"),
    (r"\bcrn\b", "AU_CRN"),
    (r"\bihi\b", "AU_IHI"),
    (r"passport", "AU_PASSPORT"),
    (r"licen[cs]e", "AU_DRIVERS_LICENCE"),
    (r"\bbsb\b", "AU_BSB"),
    (r"acc(oun)?t", "BANK_ACCOUNT"),
    (r"\bcc\b|card", "CREDIT_CARD"),
    (r"\bip\b|ip.?addr", "IP_ADDRESS"),
    (r"addr|street", "ADDRESS"),
    (r"post.?code|pcode|zip", "AU_POSTCODE"),
    (r"suburb|city|town", "LOCATION"),
    (r"gender|\bsex\b", "GENDER"),
    (r"indig|ethnic", "ETHNICITY"),
    (r"name|\bnm\b|surname", "PERSON"),
)


class HeaderKeywordEngine:
    name = "header-keywords"

    def setup(self, sample_size: int) -> None:
        del sample_size

    def scan_file(self, path: Path, *, header: bool) -> list[ColumnPrediction]:
        table = read_table(path, header=header)
        predictions = []
        for name in table.names:
            words = re.sub(r"[_.\-\[\]]+", " ", name).lower() if header else ""
            entity = next((e for pattern, e in _KEYWORDS if re.search(pattern, words)), None)
            predictions.append(ColumnPrediction(name, entity is not None, entity))
        return predictions


ENGINES: dict[str, Callable[[], Engine]] = {
    MinshareEngine.name: MinshareEngine,
    PresidioStructuredEngine.name: PresidioStructuredEngine,
    HeaderKeywordEngine.name: HeaderKeywordEngine,
}
DEFAULT_ENGINES = (MinshareEngine.name, PresidioStructuredEngine.name)
