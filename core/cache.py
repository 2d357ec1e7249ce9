"""On-disk cache of analyses. (First slice: no caching; issue 7 adds it.)"""

from __future__ import annotations

from core.analysis import Analysis
from core.analyzer import analyze_document
from core.document import Document


def analyze_cached(
    document: Document, *, model: str | None = None, jobs: int = 1, use_cache: bool = True
) -> Analysis:
    return analyze_document(document, model=model, jobs=jobs)
