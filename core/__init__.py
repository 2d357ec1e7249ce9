"""dramatis' analysis library: who is who and who claims what in a text.

``core.analyze(text)`` returns an ``Analysis``; nothing here imports Textual, and
spaCy is imported only when an analysis actually runs.
"""

from __future__ import annotations

from core.analysis import Actor, Analysis, Claim, Source, Span

__version__ = "0.1.0"
# Bumped whenever the analysis output can change for the same text and model, so
# that cached analyses from an older analyser are not served.
ANALYZER_VERSION = "1"

__all__ = ["ANALYZER_VERSION", "Actor", "Analysis", "Claim", "Source", "Span", "analyze"]


def analyze(text: str, model: str | None = None) -> Analysis:
    """Analyse ``text`` with spaCy model ``model`` (default: the best installed one)."""
    from core.analyzer import analyze as _analyze

    return _analyze(text, model)
