"""Shared fixtures: the seed, the corpus, a loaded pipeline, isolated user dirs, and
``analyze`` for tests written as one article body."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from dramatis.analysis import Analysis

# Before Textual is imported anywhere: no animations, so screens settle at once.
os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "azerbaijan-abraham-accords.txt"
CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Each test gets its own cache, state and config dirs (platformdirs honours XDG_*)."""
    base = tmp_path_factory.mktemp("xdg")
    for var in ("XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        path = base / var.lower()
        path.mkdir()
        monkeypatch.setenv(var, str(path))
    return base


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def nlp():
    from dramatis.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="module")
def analyze(nlp):
    """Analyse a test's own sentences as the body of an article (behind a title line)."""
    from dramatis.analyzer import analyze

    def run(body: str) -> Analysis:
        return analyze("A test article\n\n" + body)

    return run


@pytest.fixture(scope="session")
def seed_analysis(nlp):
    from dramatis.analyzer import analyze_document
    from dramatis.document import load_path

    return analyze_document(load_path(SEED))


@pytest.fixture
def seed_doc():
    from dramatis.document import load_path

    return load_path(SEED)


@pytest.fixture
def fixed_stream(monkeypatch):
    """Replace the analysis with the hand-made one of the seed (tests/test_app.py): a start
    item, then the final analysis."""
    import dramatis.cache
    from dramatis.analyzer import Progress

    from tests.test_app import seed_analysis_fixed

    def stream(document, **kwargs):
        yield Progress(0, 10, None)
        yield Progress(10, 10, seed_analysis_fixed(document), finished=True, elapsed=0.1)

    monkeypatch.setattr(dramatis.cache, "stream", stream)
    return stream


def corpus_paths() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))
