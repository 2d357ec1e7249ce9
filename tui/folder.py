"""The library's background work: analyse every document, then link their actors.

``FolderAnalysis`` belongs to the app (it outlives the library screen, which is
closed whenever an article opens). ``start`` runs one thread worker on the app that
analyses the documents in order through ``dramatis.cache.stream`` (the reader's
path: parsing runs in worker processes, so this thread never holds the GIL for
long; a cached analysis is one read), links the finished ones into an
``EntityIndex`` and publishes an immutable ``FolderSnapshot``. Screens poll
``snapshot`` (a reference swap, no lock needed to read it) and redraw when its
``version`` moves. While a reader is analysing its own article the worker waits
between documents, so the article the user opened comes first.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from dramatis import cache
from dramatis.analysis import Analysis
from dramatis.document import Document
from dramatis.entities import Entity, EntityIndex, link
from dramatis.entity_search import search_index
from dramatis.search import ActorIndex
from textual.app import App
from textual.worker import Worker, get_current_worker

# Publish a new snapshot at most this often while documents keep arriving (and at
# least this many times the cost of the last linking, so that linking a large
# folder never takes more than a small share of the time).
PUBLISH_SECONDS = 0.5
PUBLISH_COST_FACTOR = 5
WAIT_SECONDS = 0.1


@dataclass(frozen=True, slots=True)
class FolderChoice:
    """Open the library's document at ``document`` on the first mention of this actor."""

    document: int
    actor_id: str
    actor_name: str


@dataclass(frozen=True, slots=True)
class FolderSnapshot:
    """What is known of the folder at one moment."""

    version: int = 0
    total: int = 0
    done: int = 0  # documents analysed or failed
    positions: tuple[int, ...] = ()  # library position of each linked analysis
    analyses: tuple[Analysis, ...] = ()  # the linked analyses, in library order
    index: EntityIndex = field(default_factory=EntityIndex)
    search: ActorIndex | None = None  # the entities as ActorIndex rows, for the jump
    failures: tuple[tuple[int, str], ...] = ()  # (library position, reason)
    problem: str | None = None  # why the whole analysis stopped (no model)
    link_seconds: float = 0.0

    @property
    def finished(self) -> bool:
        return self.problem is not None or (self.total > 0 and self.done >= self.total)

    def document_of(self, entity_document: int) -> int:
        """The library position of an entity appearance's document."""
        return self.positions[entity_document]

    def analysis_at(self, position: int) -> Analysis | None:
        """The analysis of the library's document at ``position``, if it is done."""
        try:
            return self.analyses[self.positions.index(position)]
        except ValueError:
            return None

    def entity(self, entity_id: str | None) -> Entity | None:
        return self.index.entity(entity_id)

    def progress_label(self) -> str:
        if self.problem:
            return f"analysis stopped: {self.problem}"
        count = len(self.index.entities)
        actors = f"{count:,} actor{'s' * (count != 1)}"
        if not self.finished:
            return f"analysing {self.done}/{self.total} · {actors} so far"
        failed = f" · {len(self.failures)} failed" if self.failures else ""
        return f"{actors} across {len(self.analyses)} articles{failed}"


def _reader_is_analysing(app: App) -> bool:
    reader = getattr(app, "reader", None)
    return getattr(reader, "analysis_state", "ready") in ("loading", "analysing")


class FolderAnalysis:
    """The analyses of the library's documents and their actors, built in the background."""

    def __init__(
        self,
        documents: Sequence[Document],
        *,
        model: str | None = None,
        jobs: int = 1,
        use_cache: bool = True,
    ) -> None:
        self.documents = list(documents)
        self.model = model
        self.jobs = jobs
        self.use_cache = use_cache
        self.snapshot = FolderSnapshot(total=len(self.documents))
        self.worker: Worker[None] | None = None
        # Where the library was, so that coming back from an article returns there.
        self.view = "articles"
        self.entity_id: str | None = None
        self.article: int | None = None  # the library position last opened from the actors
        self._analyses: dict[int, Analysis] = {}
        self._failures: dict[int, str] = {}
        self._lock = threading.Lock()

    def start(self, app: App, busy: Callable[[], bool] | None = None) -> None:
        """Start the background analysis once (on the app: it outlives every screen)."""
        if self.worker is not None:
            return
        wait = busy if busy is not None else lambda: _reader_is_analysing(app)
        self.worker = app.run_worker(
            lambda: self._run(wait),
            name="folder-analysis",
            group="folder-analysis",
            thread=True,
            exclusive=True,
            exit_on_error=False,
        )

    def _run(self, busy: Callable[[], bool]) -> None:
        worker = get_current_worker()
        last_publish = 0.0
        for position, document in enumerate(self.documents):
            while busy() and not worker.is_cancelled:
                time.sleep(WAIT_SECONDS)
            if worker.is_cancelled:
                return
            try:
                analysis = self._analyse(document, worker)
            except Exception as exc:  # one bad article must not stop the others
                from dramatis.pipeline import ModelUnavailable

                if isinstance(exc, ModelUnavailable):
                    self._publish(problem=str(exc))
                    return
                self._failures[position] = " ".join(str(exc).split()) or type(exc).__name__
                analysis = None
            if worker.is_cancelled:
                return
            if analysis is not None:
                self._analyses[position] = analysis
            interval = max(PUBLISH_SECONDS, PUBLISH_COST_FACTOR * self.snapshot.link_seconds)
            last = position == len(self.documents) - 1
            if last or time.monotonic() - last_publish >= interval:
                self._publish(done=position + 1)
                last_publish = time.monotonic()

    def _analyse(self, document: Document, worker: Worker[None]) -> Analysis | None:
        for progress in cache.stream(
            document, model=self.model, jobs=self.jobs, use_cache=self.use_cache
        ):
            if worker.is_cancelled:
                return None
            if progress.finished:
                return progress.analysis
        return None

    def _publish(self, *, done: int | None = None, problem: str | None = None) -> None:
        """Link what is analysed so far and swap in a new snapshot."""
        with self._lock:
            positions = tuple(sorted(self._analyses))
            analyses = tuple(self._analyses[p] for p in positions)
            started = time.perf_counter()
            index = link(analyses)
            search = search_index(index)
            seconds = time.perf_counter() - started
            previous = self.snapshot
            self.snapshot = FolderSnapshot(
                version=previous.version + 1,
                total=len(self.documents),
                done=previous.done if done is None else done,
                positions=positions,
                analyses=analyses,
                index=index,
                search=search,
                failures=tuple(sorted(self._failures.items())),
                problem=problem,
                link_seconds=seconds,
            )
