"""On-disk cache of analyses. (First slice: no caching yet; issue 7 adds it.)

``stream`` is what the reader's worker and the command line consume: progress
items, the last one carrying the final analysis; from the cache that is a single
finished item.
"""

from __future__ import annotations

from collections.abc import Iterator

from core import analyzer
from core.analysis import Analysis
from core.analyzer import Progress
from core.document import Document


def stream(
    document: Document,
    *,
    model: str | None = None,
    jobs: int = 1,
    use_cache: bool = True,
    partial_every: float | None = None,
) -> Iterator[Progress]:
    yield from analyzer.stream(document, model=model, jobs=jobs, partial_every=partial_every)


def analyze_cached(
    document: Document, *, model: str | None = None, jobs: int = 1, use_cache: bool = True
) -> Analysis:
    result = None
    for progress in stream(document, model=model, jobs=jobs, use_cache=use_cache):
        if progress.finished:
            result = progress.analysis
    assert result is not None
    return result
