"""dramatis' analysis library: who is who and who claims what in a text.

``dramatis.analyze(text)`` returns an ``Analysis``; nothing here imports Textual, and
spaCy is imported only when an analysis actually runs.
"""

from __future__ import annotations

from dramatis.analysis import Actor, Analysis, Claim, Source, Span

__version__ = "0.1.0"


def _source_digest() -> str:
    # Any change to the analysis code can change its output for the same text and
    # model, so the cache key carries a digest of core's own sources: a cached
    # analysis from another analyser build is never served.
    import hashlib
    from pathlib import Path

    package = Path(__file__).parent
    # In a wheel the reader (tui/) and the bundled articles (seeds/, installed as bundled_seeds/) sit inside this
    # package; neither changes an analysis. Everything else does, data files included.
    not_analysis = {"tui", "bundled_seeds", "__pycache__"}
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        relative = path.relative_to(package)
        if not path.is_file() or not_analysis & set(relative.parts) or path.suffix == ".pyc":
            continue
        digest.update(relative.as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


ANALYZER_VERSION = f"{__version__}+{_source_digest()}"

__all__ = ["ANALYZER_VERSION", "Actor", "Analysis", "Claim", "Source", "Span", "analyze"]


def analyze(text: str, model: str | None = None) -> Analysis:
    """Analyse ``text`` with spaCy model ``model`` (default: the best installed one)."""
    from dramatis.analyzer import analyze as _analyze

    return _analyze(text, model)
