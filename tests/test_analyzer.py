"""Orchestration: chunking, progress, partial analyses, and the parse worker processes."""

from __future__ import annotations

import os
import select
import subprocess
import sys

import pytest
from dramatis import analyzer
from dramatis.analyzer import MAX_CHUNK, Progress, chunks, iter_analysis, stream
from dramatis.document import from_text, load_path
from dramatis.pipeline import ModelUnavailable

from tests.conftest import CORPUS, ROOT, SEED

SENTENCE = "The minister said on Tuesday that the talks in Geneva would resume. "


def assert_pieces_cover(document, pieces):
    """Each piece is the document text at its offset (newlines read as spaces), no piece
    is longer than MAX_CHUNK, and together they are every analysable paragraph."""
    for text, offset in pieces:
        assert 0 < len(text) <= MAX_CHUNK
        assert document.text[offset : offset + len(text)].replace("\n", " ") == text
    for paragraph in document.analysable:
        inside = sorted((o, t) for t, o in pieces if paragraph.start <= o < paragraph.end)
        position = paragraph.start
        for offset, text in inside:
            assert offset == position, "pieces follow one another without gaps"
            position += len(text)
        assert position == paragraph.end


def test_a_long_paragraph_is_cut_at_sentence_ends_with_offsets_right():
    body = SENTENCE * 300  # about 20,000 characters in one paragraph
    document = from_text(f"A title\n\n{body}\n\nA last paragraph, short.\n")
    pieces = chunks(document)
    assert len(pieces) > 4
    assert_pieces_cover(document, pieces)
    body_start, body_end = document.text.index(body[:20]), document.text.index("A last")
    long_pieces = [t for t, o in pieces if body_start <= o < body_end]
    assert all(t.endswith(". ") for t in long_pieces[:-1]), "cuts fall after a sentence"


def test_a_one_megabyte_line_never_reaches_spacy_in_one_piece(nlp):
    words = ("word " * 200_000).strip()  # 1 MB, no sentence end at all
    unbroken = "x" * 1_000_000  # 1 MB, not even a space
    document = from_text(f"{words}\n\n{unbroken}\n")
    pieces = chunks(document)
    assert_pieces_cover(document, pieces)
    assert max(len(t) for t, _ in pieces) <= min(MAX_CHUNK, nlp.max_length)
    word_pieces = [t for t, o in pieces if o < len(words)]
    assert all(t.endswith(" ") for t in word_pieces[:-1]), "cut between words when it can"


def test_a_long_line_is_analysed_with_spans_inside_the_text(nlp):
    line = " ".join(f"Angela Merkel met Emmanuel Macron in Paris, visit {i}" for i in range(400))
    document = from_text(line)
    assert len(chunks(document)) > 1
    final = list(iter_analysis(document, nlp))[-1].analysis
    assert final is not None
    names = {a.name for a in final.actors}
    assert any("Merkel" in n for n in names) and any("Macron" in n for n in names)
    for actor in final.actors:
        for mention in actor.mentions:
            assert document.text[mention.start : mention.end] == mention.text


def assert_progress_well_formed(items: list[Progress]) -> None:
    assert items, "at least the final item"
    assert [i.finished for i in items].count(True) == 1 and items[-1].finished
    totals = {i.total for i in items}
    assert len(totals) == 1
    done = [i.done for i in items]
    assert done == sorted(done), "progress never goes back"
    assert items[0].done == 0 and items[-1].done == items[-1].total
    assert items[-1].fraction == 1.0 and items[-1].remaining_seconds == 0.0
    assert all(0.0 <= i.fraction <= 1.0 for i in items)
    assert items[-1].analysis is not None


def test_in_process_progress_is_monotonic_with_partials_and_a_final_analysis(nlp):
    document = load_path(CORPUS / "008-house-subpoena-pompeo-ukraine.txt")
    items = list(iter_analysis(document, nlp, partial_every=0.0))
    assert_progress_well_formed(items)
    partials = [i for i in items if i.analysis is not None and not i.finished]
    assert partials, "partial analyses while the text is read"
    final = items[-1].analysis
    assert len(partials[0].analysis.actors) <= len(final.actors)
    middle = [i for i in items if 0 < i.done < i.total]
    assert middle and all(i.remaining_seconds is not None for i in middle)


def test_partials_stay_within_their_share_of_the_time():
    schedule = analyzer._PartialSchedule(0.5, started=0.0, budget=0.05)
    assert not schedule.due(0.4), "not before the interval"
    assert schedule.due(0.6)
    schedule.last, schedule.spent = 0.6, 1.0  # a partial that took a whole second
    assert not schedule.due(10.0), "1 s of partials in 10 s is over 5%"
    assert schedule.due(20.5)
    assert not analyzer._PartialSchedule(None, started=0.0).due(100.0)


def test_workers_stream_the_same_analysis_as_the_process(nlp, monkeypatch):
    document = load_path(SEED)
    expected = list(iter_analysis(document, nlp))[-1].analysis
    # Small batches so that two workers each get several, out of order.
    monkeypatch.setattr(analyzer, "BATCH_CHARS", 600)
    for jobs in (1, 2):
        items = list(stream(document, jobs=jobs, partial_every=0.0))
        assert_progress_well_formed(items)
        assert items[-1].analysis == expected, f"jobs={jobs}"
    analyzer.shutdown_workers()


def test_closing_a_stream_stops_its_workers(monkeypatch):
    started = []
    real = analyzer._acquire_workers

    def acquire(model, jobs):
        workers = real(model, jobs)
        started.append(workers)
        return workers

    monkeypatch.setattr(analyzer, "_acquire_workers", acquire)
    monkeypatch.setattr(analyzer, "BATCH_CHARS", 300)
    document = load_path(SEED)
    items = stream(document, jobs=1)
    next(items)
    next(items)  # the worker is starting or parsing
    assert started and started[0].alive()
    items.close()
    assert not started[0].alive()
    assert not analyzer._idle_workers, "an abandoned stream's workers are not kept"


def test_a_model_that_fails_in_the_worker_raises_model_unavailable(monkeypatch):
    # Installed as far as choose_model can tell, but the worker cannot load it.
    monkeypatch.setattr(analyzer, "choose_model", lambda model=None: "en_core_web_nonexistent")
    with pytest.raises(ModelUnavailable) as caught:
        list(stream(from_text("Angela Merkel spoke."), jobs=1))
    assert "'en_core_web_nonexistent'" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_workers_die_with_the_process_that_started_them():
    """However the reader ends (even SIGKILL), its parse workers do not linger."""
    probe = (
        "import os, sys\n"
        "from dramatis import analyzer\n"
        "from dramatis.document import load_path\n"
        "pids = []\n"
        "real = analyzer._Workers.__init__\n"
        "def spy(self, *args):\n"
        "    real(self, *args)\n"
        "    pids.extend(w.process.pid for w in self.workers)\n"
        "analyzer._Workers.__init__ = spy\n"
        "items = analyzer.stream(load_path(sys.argv[1]), jobs=2)\n"
        "next(items); next(items)\n"
        "print(' '.join(map(str, pids)), flush=True)\n"
        "os.kill(os.getpid(), 9)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(SEED)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    pids = [int(p) for p in result.stdout.split()]
    assert len(pids) == 2, result.stderr
    for pid in pids:
        try:
            handle = os.pidfd_open(pid)
        except ProcessLookupError:
            continue  # already gone
        try:
            # Readable once the process has exited; no sleeping, a generous deadline.
            ready, _, _ = select.select([handle], [], [], 30)
            assert ready, f"worker {pid} outlived its parent"
        finally:
            os.close(handle)


def test_a_worker_that_dies_mid_analysis_is_a_one_line_failure(monkeypatch):
    started = []
    real = analyzer._acquire_workers

    def acquire(model, jobs):
        workers = real(model, jobs)
        started.append(workers)
        return workers

    monkeypatch.setattr(analyzer, "_acquire_workers", acquire)
    items = stream(load_path(SEED), jobs=1)
    next(items)
    next(items)
    started[0].workers[0].process.kill()
    with pytest.raises(analyzer.AnalysisFailed) as caught:
        for _ in items:
            pass
    assert "worker process stopped unexpectedly" in str(caught.value)
    assert "\n" not in str(caught.value)
    assert not analyzer._idle_workers


def test_without_worker_processes_the_stream_parses_in_process(nlp, monkeypatch):
    def no_workers(model, jobs):
        raise analyzer.WorkersUnavailable("cannot start a spaCy worker process (test)")

    monkeypatch.setattr(analyzer, "_acquire_workers", no_workers)
    document = load_path(SEED)
    items = list(stream(document, jobs=1, partial_every=0.0))
    assert_progress_well_formed(items)
    assert items[-1].analysis == list(iter_analysis(document, nlp))[-1].analysis
