"""An offline Presidio analyzer: minshare's recognizers and Presidio's, with no model to fetch.

The engine runs Presidio's no-op NLP engine, so nothing is loaded from a model hub, and a
chosen set of recognizers: Presidio's own for e-mail addresses, URLs, IP addresses, payment
cards, IBANs and US SSNs, and minshare's (:mod:`minshare.detect.text`)
for Australian identifiers, addresses, names and identifiers named by a context word. When a
spaCy English model happens to be installed, it runs too and adds the names and places its
NER finds; none is ever downloaded.

Presidio's e-mail recognizer asks ``tldextract`` whether a domain is real, and tldextract
fetches the Public Suffix List over the network unless told not to: the environment variable
is set before Presidio is imported, and the already-made extractor is told the same.

Importing Presidio takes a second or more (it imports spaCy), so this module is imported only
when free text is analysed, never by ``import minshare.detect``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

from minshare.detect.text import FINDERS, Span

# Each trigger is a cheap test for whether a text may hold what a recognizer finds; the
# recognizer runs only on texts that pass it.
_TRIGGERS: dict[str, re.Pattern[str]] = {
    "EMAIL_ADDRESS": re.compile(r"@"),
    "URL": re.compile(r"(?i:https?://|ftp://|\bwww\.)"),
    "IP_ADDRESS": re.compile(
        r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}"
    ),
    "CREDIT_CARD": re.compile(r"\d(?:[ -]?\d){11,18}"),
    "IBAN_CODE": re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z0-9]{4}"),
    "US_SSN": re.compile(r"\d{3}-\d{2}-\d{4}"),
}
_OWN_TRIGGERS: dict[str, re.Pattern[str]] = {
    "identifiers": re.compile(r"\d(?:\s?\d){7,}"),
    "phones": re.compile(r"\d(?:[\s().-]*\d){7,}"),
    "addresses": re.compile(
        r"(?i:\b(?:street|st|road|rd|avenue|ave|drive|dr|crescent|cres|court|ct|place|pl|parade|"
        r"pde|close|cl|terrace|tce|highway|hwy|way|lane|ln|boulevard|blvd|circuit|cct|esplanade|"
        r"grove|square|walk|mews|rise|row|loop|link|heights|parkway|promenade|quay|vista|view|"
        r"chase|gardens|ridge|circle|alley|arcade|trail|broadway|box|bag)\b)"
    ),
    "announced": re.compile(
        r"(?i:licen[cs]e|\bDL\b|passport|\bBSB\b|\bacc(?:oun)?t|\bDOB\b|d\.o\.b|birth|\bborn\b|"
        r"names?\s*[:=])"
    ),
    # two capitalised words in a row, or one after a lower-case word: a sentence's first
    # word alone ("Reviewed income statement.") does not trigger the name finder
    "names": re.compile(
        r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'\u2019-]+\s+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]|[a-zà-öø-ÿ0-9,;:)]\s+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]"
    ),
}
_OWN_ENTITIES = {
    "identifiers": ["AU_TFN", "AU_ABN", "AU_MEDICARE", "AU_CRN", "AU_IHI"],
    "phones": ["PHONE_NUMBER"],
    "addresses": ["ADDRESS"],
    "announced": [
        "AU_DRIVERS_LICENCE",
        "AU_PASSPORT",
        "AU_BSB",
        "BANK_ACCOUNT",
        "DATE_OF_BIRTH",
        "PERSON",
    ],
    "names": ["PERSON"],
}
SPACY_MODELS = ("en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_trf")


def installed_spacy_model() -> str | None:
    """The name of an installed spaCy English model, or None (nothing is downloaded)."""
    import importlib.util

    if importlib.util.find_spec("spacy") is None:
        return None
    import spacy.util

    for name in SPACY_MODELS:
        if spacy.util.is_package(name):
            return name
    return None


def _offline_tldextract() -> None:
    os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""
    import tldextract.tldextract as tld

    # an extractor made before the variable was set still has the default URLs
    tld.TLD_EXTRACTOR.suffix_list_urls = ()


class _Engine:
    """An AnalyzerEngine and the names of the recognizers that each trigger selects."""

    def __init__(self, spacy_model: str | None) -> None:
        _offline_tldextract()
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NlpEngine, NoOpNlpEngine
        from presidio_analyzer.predefined_recognizers import (
            CreditCardRecognizer,
            EmailRecognizer,
            IbanRecognizer,
            IpRecognizer,
            UrlRecognizer,
            UsSsnRecognizer,
        )

        registry = RecognizerRegistry(supported_languages=["en"])
        for recognizer in (
            EmailRecognizer(),
            UrlRecognizer(),
            IpRecognizer(),
            CreditCardRecognizer(),
            IbanRecognizer(),
            UsSsnRecognizer(),
        ):
            registry.add_recognizer(recognizer)
        for finder, entities in _OWN_ENTITIES.items():
            registry.add_recognizer(_own_recognizer(finder, entities))
        nlp_engine: NlpEngine
        self.spacy_model = spacy_model
        if spacy_model is not None:
            from presidio_analyzer.nlp_engine import SpacyNlpEngine
            from presidio_analyzer.predefined_recognizers import SpacyRecognizer

            nlp_engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": spacy_model}])
            registry.add_recognizer(SpacyRecognizer(supported_entities=["PERSON", "LOCATION"]))
        else:
            nlp_engine = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}])
        nlp_engine.load()
        self.analyzer = AnalyzerEngine(
            registry=registry, nlp_engine=nlp_engine, supported_languages=["en"]
        )

    def entities_for(self, text: str) -> list[str]:
        """The entities worth asking the analyzer for in ``text``, by the cheap triggers."""
        wanted = [entity for entity, trigger in _TRIGGERS.items() if trigger.search(text)]
        if self.spacy_model is not None and _OWN_TRIGGERS["names"].search(text):
            wanted.extend(("PERSON", "LOCATION"))
        return wanted

    def analyze(self, text: str) -> list[Span]:
        """Every span found in ``text``, overlaps resolved.

        minshare's own finders are called directly (they are registered in the analyzer
        too, for anyone who uses it whole); the analyzer runs only when a trigger says one
        of Presidio's recognizers may match, since each call costs more than the finders.
        """
        spans = [
            span
            for finder, trigger in _OWN_TRIGGERS.items()
            if trigger.search(text)
            for span in FINDERS[finder](text)
        ]
        entities = self.entities_for(text)
        if entities:
            results = self.analyzer.analyze(text, language="en", entities=entities)
            spans.extend(Span(r.start, r.end, r.entity_type, float(r.score)) for r in results)
        return resolve_overlaps([s for s in spans if _keep(text, s)])


def _keep(text: str, span: Span) -> bool:
    """Drop the matches that are not personal information in running text."""
    found = text[span.start : span.end]
    if span.entity == "URL":
        # Presidio also matches bare domains ("outlook.com", "e.g"); only links are kept
        return bool(re.match(r"(?i:https?://|ftp://|www\.)", found))
    if span.entity == "PHONE_NUMBER":
        return span.score >= 0.4 and sum(ch.isdigit() for ch in found) >= 8
    return span.score >= 0.4


def _own_recognizer(finder: str, entities: list[str]) -> Any:
    from presidio_analyzer import EntityRecognizer, RecognizerResult

    find = FINDERS[finder]

    class OwnRecognizer(EntityRecognizer):
        def load(self) -> None:
            pass

        def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[Any]:
            return [
                RecognizerResult(span.entity, span.start, span.end, span.score)
                for span in find(text)
                if span.entity in entities
            ]

    return OwnRecognizer(supported_entities=entities, name=f"minshare_{finder}")


@cache
def engine() -> _Engine:
    """The process's analyzer, made on first use."""
    return _Engine(installed_spacy_model())


def analyze_text(text: str) -> list[Span]:
    """Every stretch of personal information in ``text``, overlaps resolved."""
    return engine().analyze(text)


def analyze_texts(texts: Sequence[str]) -> Iterator[list[Span]]:
    """:func:`analyze_text` for each text."""
    eng = engine()
    for text in texts:
        yield eng.analyze(text)


_PRIORITY = {"EMAIL_ADDRESS": 3, "URL": 2, "ADDRESS": 2, "CREDIT_CARD": 2, "IBAN_CODE": 2}


def resolve_overlaps(spans: Sequence[Span]) -> list[Span]:
    """Keep, of overlapping spans, the longest (then the surest); sorted by position."""
    ranked = sorted(
        spans,
        key=lambda s: (-(s.end - s.start), -_PRIORITY.get(s.entity, 1), -s.score, s.start),
    )
    kept: list[Span] = []
    for span in ranked:
        if all(span.end <= k.start or k.end <= span.start for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)
