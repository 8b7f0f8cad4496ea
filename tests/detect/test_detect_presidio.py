"""The offline Presidio engine: no model by default, a local spaCy model when one is there."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from minshare.detect import presidio


@pytest.fixture
def fresh_engine() -> Iterator[None]:
    presidio.engine.cache_clear()
    yield
    presidio.engine.cache_clear()


def test_default_engine_is_no_op_and_offline(
    fresh_engine: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from presidio_analyzer.nlp_engine import NoOpNlpEngine

    monkeypatch.setattr(presidio, "installed_spacy_model", lambda: None)
    engine = presidio.engine()
    assert isinstance(engine.analyzer.nlp_engine, NoOpNlpEngine)
    assert os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] == ""
    import tldextract.tldextract as tld

    assert tld.TLD_EXTRACTOR.suffix_list_urls == ()


def test_the_engine_holds_minshare_recognizers_too(fresh_engine: None) -> None:
    analyzer = presidio.engine().analyzer
    results = analyzer.analyze("Spoke with Mia Nguyen on 0412 345 678.", language="en")
    assert {r.entity_type for r in results} >= {"PERSON", "PHONE_NUMBER"}


def test_an_installed_spacy_model_adds_its_names_and_places(
    fresh_engine: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import spacy

    # a tiny local pipeline stands in for an installed English model: nothing is downloaded
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [{"label": "PERSON", "pattern": "Qxzyl Brvonk"}, {"label": "GPE", "pattern": "Wagga Wagga"}]
    )
    nlp.to_disk(tmp_path / "model")
    monkeypatch.setattr(presidio, "installed_spacy_model", lambda: str(tmp_path / "model"))
    text = "We met Qxzyl Brvonk today in Wagga Wagga."
    found = {(text[s.start : s.end], s.entity) for s in presidio.analyze_text(text)}
    assert found == {("Qxzyl Brvonk", "PERSON"), ("Wagga Wagga", "LOCATION")}


def test_without_a_model_unknown_names_need_the_dictionaries(
    fresh_engine: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(presidio, "installed_spacy_model", lambda: None)
    assert presidio.analyze_text("We met Qxzyl Brvonk today.") == []
