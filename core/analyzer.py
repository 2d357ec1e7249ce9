"""From a Document to an Analysis: runs spaCy over the paragraphs, then the layers.

spaCy sees one paragraph at a time (long ones cut at sentence ends), in batches,
and each parsed Doc is reduced to plain data by the actor and claim layers at
once, so that memory stays flat on a book. Consolidation runs over the collected
data at the end, and (for progressive reading) on what has been collected so far.

Two ways to run it:

- ``iter_analysis`` parses in this process with a pipeline already loaded (what
  ``dramatis.analyze`` and ``analyze_document`` use: nothing to start for an article).
- ``stream`` parses in worker processes (``dramatis.workers``) that send back only
  the plain data the layers collect (what the reader and ``dramatis analyze`` use, through the cache).
  spaCy holds the GIL for whole batches: run in the reader's thread it delays a key
  press by about two seconds (benchmarks/bench_latency.py). In a worker it cannot;
  the workers die with this process, and with ``jobs=2`` two of them parse in
  parallel without shipping spaCy ``Doc``s back the way ``nlp.pipe(n_process=2)``
  does.
"""

from __future__ import annotations

import contextlib
import functools
import subprocess
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any

from dramatis.analysis import Analysis, renumber
from dramatis.document import Document, from_text
from dramatis.pipeline import (
    ALL_ANNOTATIONS,
    ModelUnavailable,
    choose_model,
    describe,
    disabled_for,
    load_pipeline,
)
from dramatis.text import SENTENCE_END
from dramatis.workers import Worker

if TYPE_CHECKING:
    from types import ModuleType

    from spacy.language import Language

# spaCy's parser is quadratic-ish in sentence length and its default max_length is
# 1,000,000 characters; paragraphs longer than this are cut at sentence ends.
MAX_CHUNK = 5_000

# Paragraphs sent to a worker at a time: about half a second of parsing, so that
# progress moves smoothly and two workers share the load evenly, yet some 60 book
# paragraphs, where spaCy's throughput levels off (batches of 16 paragraphs parse
# about 15% slower than 64, 32 about 7%).
BATCH_CHARS = 16_000
# How long ``stream`` may wait for a worker before yielding an unchanged Progress, so
# that a consumer looping over it can notice it was cancelled and stop promptly.
HEARTBEAT_SECONDS = 0.1
# Building a partial analysis runs consolidation over everything read so far, which
# grows with the text: never let partials take more than this share of the time.
PARTIAL_BUDGET = 0.05


class AnalysisFailed(RuntimeError):
    """A worker process failed or died; the message is one line for the user."""


class WorkersUnavailable(AnalysisFailed):
    """No worker process could be started here; ``stream`` then parses in process."""


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
        start = 0
        # Index into the paragraph rather than re-slicing it, so a 1 MB line costs
        # one pass, not one copy per piece.
        while len(text) - start > MAX_CHUNK:
            window_end = start + MAX_CHUNK
            cut = 0
            for match in SENTENCE_END.finditer(text, start, window_end):
                cut = match.end()
            if cut <= start:
                space = text.rfind(" ", start, window_end)
                cut = space + 1 if space > start else window_end
            pieces.append((text[start:cut], paragraph.start + start))
            start = cut
        rest = text[start:]
        if rest.strip():
            pieces.append((rest, paragraph.start + start))
    return pieces


@functools.cache
def _layers() -> tuple[ModuleType, ModuleType]:
    """The actor and claim layers, imported on first use: the reader imports this
    module (for Progress and ``stream``) on its start-up path, and the layers' tables
    and libraries would delay the first page; with ``stream`` they load in the worker."""
    from dramatis import actors, claims

    return actors, claims


def needed_annotations() -> frozenset[str]:
    """What the layers read from spaCy; a layer that does not say gets everything."""
    needs: frozenset[str] = frozenset()
    for layer in _layers():
        needs |= frozenset(getattr(layer, "SPACY_NEEDS", ALL_ANNOTATIONS))
    return needs


def _collect(doc: Any, offset: int) -> tuple[list[Any], list[Any]]:
    """One parsed paragraph as the layers' plain data: (mentions, raw claims).

    The claim layer reads the paragraph first: the sources it finds speaking by name
    are passed to the actor layer, which recovers those NER missed while it still has
    the tokens (one recovery path, ``dramatis.actors.recover``)."""
    actor_layer, claim_layer = _layers()
    raw_claims = claim_layer.collect(doc, offset)
    speakers = claim_layer.named_sources(raw_claims)
    return actor_layer.collect(doc, offset, speakers), raw_claims


class _Collector:
    """Plain data gathered from parsed paragraphs, turned into an Analysis on demand."""

    def __init__(self, document: Document, model: str) -> None:
        self.document = document
        self.model = model
        self.mentions: list[Any] = []
        self.raw_claims: list[Any] = []

    def add(self, doc: Any, offset: int) -> None:
        mentions, raw_claims = _collect(doc, offset)
        self.extend(mentions, raw_claims)

    def extend(self, mentions: Sequence[Any], raw_claims: Sequence[Any]) -> None:
        self.mentions.extend(mentions)
        self.raw_claims.extend(raw_claims)

    def analysis(self) -> Analysis:
        actor_layer, claim_layer = _layers()
        text = self.document.text
        actors = actor_layer.consolidate(text, self.mentions)
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


class _PartialSchedule:
    """When to build a partial analysis: at most every ``interval`` seconds, and only
    while the partials built so far cost at most ``budget`` of the elapsed time.

    Consolidating everything read so far costs more as the text grows, so on a book
    partials space out by themselves instead of adding a quadratic term.
    """

    def __init__(self, interval: float | None, started: float, budget: float = PARTIAL_BUDGET):
        self.interval = interval
        self.started = started
        self.budget = budget
        self.last = started
        self.spent = 0.0

    def due(self, now: float) -> bool:
        if self.interval is None or now - self.last < self.interval:
            return False
        return self.spent <= self.budget * (now - self.started)

    def build(self, collector: _Collector) -> Analysis:
        began = time.perf_counter()
        result = collector.analysis()
        self.last = time.perf_counter()
        self.spent += self.last - began
        return result


def iter_analysis(
    document: Document,
    nlp: Language,
    *,
    jobs: int = 1,
    batch_size: int = 64,
    partial_every: float | None = None,
) -> Iterator[Progress]:
    """Analyse ``document`` in this process, yielding progress; the last item is final.

    With ``partial_every`` (seconds), intermediate items carry the analysis of what
    has been read so far, at most that often and within PARTIAL_BUDGET of the time.
    ``jobs`` > 1 uses spaCy's own ``n_process`` (``stream`` is faster: its workers
    do not send Docs back).
    """
    started = time.perf_counter()
    pieces = chunks(document)
    total = sum(len(t) for t, _ in pieces)
    collector = _Collector(document, describe(nlp))
    schedule = _PartialSchedule(partial_every, started)
    done = 0
    yield Progress(0, total, None, elapsed=0.0)
    docs = nlp.pipe(
        pieces,
        as_tuples=True,
        batch_size=batch_size,
        n_process=max(1, jobs),
        disable=disabled_for(nlp, needed_annotations()),
    )
    for doc, offset in docs:
        collector.add(doc, offset)
        done += len(doc.text)
        del doc  # nothing of spaCy's outlives the paragraph
        now = time.perf_counter()
        partial = schedule.build(collector) if schedule.due(now) else None
        yield Progress(done, total, partial, elapsed=now - started)
    final = collector.analysis()
    yield Progress(total, total, final, finished=True, elapsed=time.perf_counter() - started)


# --- worker processes -------------------------------------------------------------
#
# The processes themselves (entry point, pipes, lifeline) are in dramatis.workers;
# here they are pooled and fed batches.


class _Workers:
    """``jobs`` parse workers for one model."""

    def __init__(self, model: str, jobs: int) -> None:
        self.model = model
        self.jobs = jobs
        self.workers: list[Worker] = []
        self.description: str | None = None
        self.ready: set[int] = set()
        try:
            for _ in range(jobs):
                self.workers.append(Worker(model))
        except (OSError, ValueError) as exc:  # ValueError: no pass_fds on this platform
            self.close()
            raise WorkersUnavailable(f"cannot start a spaCy worker process ({exc})") from None

    def alive(self) -> bool:
        return all(w.alive() for w in self.workers)

    def close(self) -> None:
        for worker in self.workers:
            worker.close()


# Idle workers from a finished stream, kept so that the next document (the reader's
# library, or a second `analyze` file) does not pay for starting spaCy again.
_idle_workers: dict[tuple[str, int], _Workers] = {}
_idle_lock = threading.Lock()


def _acquire_workers(model: str, jobs: int) -> _Workers:
    with _idle_lock:
        workers = _idle_workers.pop((model, jobs), None)
    if workers is not None and workers.alive():
        return workers
    if workers is not None:
        workers.close()
    return _Workers(model, jobs)


def _release_workers(workers: _Workers, *, reusable: bool) -> None:
    if reusable and workers.alive():
        with _idle_lock:
            previous = _idle_workers.pop((workers.model, workers.jobs), None)
            _idle_workers[(workers.model, workers.jobs)] = workers
        if previous is not None:
            previous.close()
    else:
        workers.close()


def shutdown_workers() -> None:
    """Stop idle workers now (they also stop by themselves when this process exits)."""
    with _idle_lock:
        idle = list(_idle_workers.values())
        _idle_workers.clear()
    for workers in idle:
        workers.close()


def _batches(pieces: Sequence[tuple[str, int]], size: int) -> list[list[tuple[str, int]]]:
    batches: list[list[tuple[str, int]]] = []
    current: list[tuple[str, int]] = []
    chars = 0
    for piece in pieces:
        current.append(piece)
        chars += len(piece[0])
        if chars >= size:
            batches.append(current)
            current, chars = [], 0
    if current:
        batches.append(current)
    return batches


class _WorkerRun:
    """One document's batches over a pool of workers: each worker kept two batches
    ahead, results taken into the collector in batch order as they arrive."""

    def __init__(
        self,
        document: Document,
        workers: _Workers,
        batches: list[list[tuple[str, int]]],
        schedule: _PartialSchedule,
    ) -> None:
        self.document = document
        self.workers = workers
        self.batches = batches
        self.schedule = schedule
        self.total = sum(len(t) for batch in batches for t, _ in batch)
        self.collector: _Collector | None = None
        self.in_flight = [0] * workers.jobs
        self.inboxes = [w.inbox for w in workers.workers]
        self.results: dict[int, tuple[int, list[Any], list[Any]]] = {}
        self.next_to_send = self.next_to_take = self.done = 0
        self.parse_start = time.perf_counter()

    def until_collected(self) -> Iterator[Progress]:
        """Progress items until every batch is collected (the final one is the caller's)."""
        for worker in self.workers.ready:
            self._send_work(worker)
        while self.next_to_take < len(self.batches) or self.collector is None:
            for conn in wait(self.inboxes, timeout=HEARTBEAT_SECONDS):
                worker = self.inboxes.index(conn)
                self._handle(worker, self._receive(worker, conn))
                self._send_work(worker)
            self._start_collecting_when_ready()
            moved = self._take_in_order()
            now = time.perf_counter()
            partial = None
            if moved and self.collector is not None and self.schedule.due(now):
                partial = self.schedule.build(self.collector)
            # An unchanged item when nothing arrived: the consumer gets control back.
            yield Progress(self.done, self.total, partial, elapsed=now - self.parse_start)

    def final(self) -> Progress:
        assert self.collector is not None
        final = self.collector.analysis()
        elapsed = time.perf_counter() - self.parse_start
        return Progress(self.total, self.total, final, finished=True, elapsed=elapsed)

    def _send_work(self, worker: int) -> None:
        # Two batches queued per worker: it never waits for us between batches.
        while self.in_flight[worker] < 2 and self.next_to_send < len(self.batches):
            batch = self.batches[self.next_to_send]
            self.workers.workers[worker].send((self.next_to_send, batch))
            self.in_flight[worker] += 1
            self.next_to_send += 1

    def _receive(self, worker: int, conn: Connection) -> Any:
        """The worker's next message; raises if it died or could not do its work."""
        try:
            message = conn.recv()
        except (EOFError, OSError):
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.workers.workers[worker].process.wait(timeout=2)
            raise AnalysisFailed(self.workers.workers[worker].failure()) from None
        kind = message[0]
        if kind == "unavailable":
            raise ModelUnavailable(message[1])
        if kind == "error":
            raise AnalysisFailed(f"analysis failed in a spaCy worker: {message[2]}")
        return message

    def _handle(self, worker: int, message: Any) -> None:
        if message[0] == "ready":
            self.workers.description = message[1]
            self.workers.ready.add(worker)
            return
        _, batch_id, mentions, raw_claims = message
        chars = sum(len(t) for t, _ in self.batches[batch_id])
        self.results[batch_id] = (chars, mentions, raw_claims)
        self.in_flight[worker] -= 1

    def _start_collecting_when_ready(self) -> None:
        if self.collector is None and self.workers.description is not None:
            self.collector = _Collector(self.document, self.workers.description)
            # The estimate of time left counts parsing only, not the worker's start.
            self.parse_start = time.perf_counter()

    def _take_in_order(self) -> bool:
        """Collect the results that are next in batch order; whether any were."""
        moved = False
        while self.next_to_take in self.results and self.collector is not None:
            chars, mentions, raw_claims = self.results.pop(self.next_to_take)
            self.collector.extend(mentions, raw_claims)
            self.done += chars
            self.next_to_take += 1
            moved = True
        return moved


def _iter_in_workers(
    document: Document, model: str, jobs: int, partial_every: float | None
) -> Iterator[Progress]:
    pieces = chunks(document)
    total = sum(len(t) for t, _ in pieces)
    batches = _batches(pieces, BATCH_CHARS)
    clock_start = time.perf_counter()
    yield Progress(0, total, None, elapsed=0.0)
    try:
        workers = _acquire_workers(model, jobs)
    except WorkersUnavailable:
        # Slower for the interface (spaCy then shares this process's GIL) but it works.
        yield from iter_analysis(
            document, load_pipeline(model), jobs=jobs, partial_every=partial_every
        )
        return
    finished = False
    try:
        run = _WorkerRun(document, workers, batches, _PartialSchedule(partial_every, clock_start))
        yield from run.until_collected()
        final = run.final()
        finished = True
        yield final
    finally:
        # Abandoned mid-way (the reader moved on or quit): the workers may be busy
        # with batches nobody wants, so stop them rather than keep them.
        _release_workers(workers, reusable=finished)


def stream(
    document: Document,
    *,
    model: str | None = None,
    jobs: int = 1,
    partial_every: float | None = None,
    in_process: bool = False,
) -> Iterator[Progress]:
    """Analyse ``document`` yielding progress; the last item carries the final analysis.

    The parsing runs in ``jobs`` worker processes (``in_process=True``: in this one),
    which start with the pipeline loaded, the slow first step. Items keep coming at
    least every HEARTBEAT_SECONDS, so a consumer can stop at any time; closing the
    iterator stops the workers. Raises ModelUnavailable on the first item when no
    model is installed, and before any progress when the model cannot be loaded;
    AnalysisFailed if a worker fails.
    """
    name = choose_model(model)
    if in_process:
        yield from iter_analysis(
            document, load_pipeline(model), jobs=jobs, partial_every=partial_every
        )
        return
    yield from _iter_in_workers(document, name, max(1, jobs), partial_every)


def analyze_document(
    document: Document,
    *,
    model: str | None = None,
    jobs: int = 1,
    on_progress: Callable[[Progress], None] | None = None,
) -> Analysis:
    """Analyse a Document with the chosen (or best installed) pipeline.

    One job parses in this process (no worker to start for an article); more use
    worker processes.
    """
    progress_items = (
        iter_analysis(document, load_pipeline(model))
        if jobs <= 1
        else stream(document, model=model, jobs=jobs)
    )
    result: Analysis | None = None
    for progress in progress_items:
        if on_progress is not None:
            on_progress(progress)
        if progress.finished:
            result = progress.analysis
    assert result is not None
    return result


def analyze(text: str, model: str | None = None, *, source: str = "-") -> Analysis:
    """Analyse a text: the library entry point, ``dramatis.analyze``."""
    return analyze_document(from_text(text, source), model=model)
