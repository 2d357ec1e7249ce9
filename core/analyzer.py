"""From a Document to an Analysis: runs spaCy over the paragraphs, then the layers.

spaCy sees one paragraph at a time (long ones cut at sentence ends), in batches,
and each parsed Doc is reduced to plain data by the actor and claim layers at
once, so that memory stays flat on a book. Consolidation runs over the collected
data at the end, and (for progressive reading) on what has been collected so far.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from core import actors as actor_layer
from core import claims as claim_layer
from core.analysis import Analysis, renumber
from core.document import Document, from_text
from core.pipeline import describe, load_pipeline

if TYPE_CHECKING:
    from spacy.language import Language

# spaCy's parser is quadratic-ish in sentence length and its default max_length is
# 1,000,000 characters; paragraphs longer than this are cut at sentence ends.
MAX_CHUNK = 5_000
_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+")


@dataclass(frozen=True, slots=True)
class Progress:
    """How far an analysis has got; ``analysis`` is the result so far (or final)."""

    done: int
    total: int
    analysis: Analysis | None
    finished: bool = False
    elapsed: float = 0.0

    @property
    def fraction(self) -> float:
        return 1.0 if self.total == 0 else min(1.0, self.done / self.total)

    @property
    def remaining_seconds(self) -> float | None:
        if self.finished:
            return 0.0
        if self.done <= 0 or self.elapsed <= 0:
            return None
        return self.elapsed * (self.total - self.done) / self.done


def chunks(document: Document) -> list[tuple[str, int]]:
    """(text, offset) pieces to parse: paragraphs, long ones cut at sentence ends."""
    pieces: list[tuple[str, int]] = []
    for paragraph in document.analysable:
        text = document.paragraph_text(paragraph)
        offset = paragraph.start
        while len(text) > MAX_CHUNK:
            cut = 0
            for match in _SENTENCE_BREAK.finditer(text, 0, MAX_CHUNK):
                cut = match.end()
            if cut == 0:
                cut = text.rfind(" ", 0, MAX_CHUNK) + 1 or MAX_CHUNK
            pieces.append((text[:cut], offset))
            text, offset = text[cut:], offset + cut
        if text.strip():
            pieces.append((text, offset))
    return pieces


class _Collector:
    """Plain data gathered from parsed paragraphs, turned into an Analysis on demand."""

    def __init__(self, document: Document, model: str) -> None:
        self.document = document
        self.model = model
        self.mentions: list[Any] = []
        self.raw_claims: list[Any] = []

    def add(self, doc: Any, offset: int) -> None:
        self.mentions.extend(actor_layer.collect(doc, offset))
        self.raw_claims.extend(claim_layer.collect(doc, offset))

    def analysis(self) -> Analysis:
        text = self.document.text
        hints = claim_layer.source_hints(self.raw_claims)
        actors = actor_layer.consolidate(text, self.mentions, hints)
        claims, extra_actors = claim_layer.resolve(text, self.raw_claims, actors)
        all_actors, all_claims = renumber([*actors, *extra_actors], claims)
        return Analysis(
            source=self.document.source,
            title=self.document.title,
            text=text,
            model=self.model,
            actors=all_actors,
            claims=all_claims,
        )


def iter_analysis(
    document: Document,
    nlp: Language,
    *,
    jobs: int = 1,
    batch_size: int = 64,
    partial_every: float | None = None,
) -> Iterator[Progress]:
    """Analyse ``document``, yielding progress; the last item carries the final analysis.

    With ``partial_every`` (seconds), intermediate items carry the analysis of what
    has been read so far, at most that often, for progressive display.
    """
    started = time.perf_counter()
    pieces = chunks(document)
    total = sum(len(t) for t, _ in pieces)
    collector = _Collector(document, describe(nlp))
    done = 0
    last_partial = started
    yield Progress(0, total, None, elapsed=0.0)
    docs = nlp.pipe(pieces, as_tuples=True, batch_size=batch_size, n_process=max(1, jobs))
    for doc, offset in docs:
        collector.add(doc, offset)
        done += len(doc.text)
        now = time.perf_counter()
        partial = None
        if partial_every is not None and now - last_partial >= partial_every:
            partial = collector.analysis()
            last_partial = time.perf_counter()
        yield Progress(done, total, partial, elapsed=now - started)
    yield Progress(total, total, collector.analysis(), finished=True, elapsed=time.perf_counter() - started)


def stream(
    document: Document,
    *,
    model: str | None = None,
    jobs: int = 1,
    partial_every: float | None = None,
) -> Iterator[Progress]:
    """Load the pipeline (the slow first step) and analyse ``document``, yielding progress.

    Raises ModelUnavailable before the first item when no pipeline can be loaded.
    """
    nlp = load_pipeline(model)
    yield from iter_analysis(document, nlp, jobs=jobs, partial_every=partial_every)


def analyze_document(
    document: Document,
    *,
    model: str | None = None,
    jobs: int = 1,
    on_progress: Callable[[Progress], None] | None = None,
) -> Analysis:
    """Analyse a Document with the chosen (or best installed) pipeline."""
    nlp = load_pipeline(model)
    result: Analysis | None = None
    for progress in iter_analysis(document, nlp, jobs=jobs):
        if on_progress is not None:
            on_progress(progress)
        if progress.finished:
            result = progress.analysis
    assert result is not None
    return result


def analyze(text: str, model: str | None = None, *, source: str = "-") -> Analysis:
    """Analyse a text: the library entry point, ``core.analyze``."""
    return analyze_document(from_text(text, source), model=model)
