"""Shared fixtures: the seed, the corpus, a loaded pipeline, and isolated user dirs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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


@pytest.fixture(scope="session")
def seed_analysis(nlp):
    from dramatis.analyzer import analyze_document
    from dramatis.document import load_path

    return analyze_document(load_path(SEED))


def corpus_paths() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))
