"""The dramatis reader: the article beside its actors and claims.

``DramatisApp`` opens one ``ReaderScreen`` per document (or the library first,
when there are several). The screen shows the text at once and runs the analysis
in a thread worker that streams progress from ``dramatis.cache.stream``; each partial
or final analysis is handed to the UI thread, which re-highlights the article and
rebuilds the lists without moving the reader's selection.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gc
import os
import signal
import threading
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from dramatis import cache, queries
from dramatis.analysis import Analysis, Claim
from dramatis.analyzer import Progress
from dramatis.document import Document
from dramatis.tui import keys, state
from dramatis.tui.article import ArticleView
from dramatis.tui.help import HelpScreen
from dramatis.tui.mention_map import MentionMap
from dramatis.tui.palette import ActorCommands
from dramatis.tui.panel import SidePanel, one_line
from dramatis.tui.selection import NOTHING, Selection
from dramatis.tui.status import StatusLine, format_eta
from dramatis.tui.theme import KindColours
from textual import on, work
from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer
from textual.worker import get_current_worker

if TYPE_CHECKING:
    from dramatis.tui.folder import FolderAnalysis, FolderChoice
    from dramatis.tui.jump import JumpTarget


def _folder_choice(choice: object) -> tuple[int | None, FolderChoice | None]:
    """(document index, actor to open it on) from what the library dismissed with."""
    from dramatis.tui.folder import FolderChoice

    if isinstance(choice, FolderChoice):
        return choice.document, choice
    return (choice if isinstance(choice, int) else None), None


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


class ReaderScreen(Screen[None]):
    """One document: article pane, side panel, status line and footer.

    The screen owns the reader's ``selection`` (focused actor, current mention,
    selected claim); the article and the panel are bound to it and only draw it.
    Their messages (a list cursor moved, a mention clicked) come up here, and the
    screen answers by replacing the selection.
    """

    BINDINGS = keys.READER_BINDINGS

    selection: reactive[Selection] = reactive(NOTHING, init=False)

    def __init__(
        self, document: Document, *, model: str | None, jobs: int, use_cache: bool
    ) -> None:
        super().__init__()
        self.document = document
        self.model = model
        self.jobs = jobs
        self.use_cache = use_cache
        self.analysis: Analysis | None = None
        self.analysis_state = "loading"
        self._save_timer: Timer | None = None
        self._mailbox_lock = threading.Lock()
        self._latest_progress: Progress | None = None
        self._latest_analysis: Analysis | None = None
        self._update_posted = False
        self._pending_actor: tuple[str, str] | None = None
        # Kept as attributes (not queried) so that they stay reachable while the
        # screen unmounts, when the position is saved for the last time.
        self.article = ArticleView(document, id="article")
        self.mention_map = MentionMap(id="mention-map")
        self.panel = SidePanel(document, id="panel")
        self.status = StatusLine(id="status")

    def compose(self) -> ComposeResult:
        with Horizontal(id="body"):
            yield self.article.data_bind(ReaderScreen.selection)
            yield self.mention_map.data_bind(ReaderScreen.selection)
            yield self.panel.data_bind(ReaderScreen.selection)
        yield self.status
        yield Footer()

    def on_mount(self) -> None:
        saved = state.load_position(self.document.source, self.document.text)
        if saved:
            self.article.restore(saved)
        self.article.focus()
        self.status.state = "loading model…"
        self._update_position()
        self.analyse()

    def on_unmount(self) -> None:
        self.save_position()

    # ----- analysis -----------------------------------------------------------

    class AnalysisUpdate(Message):
        """New progress is waiting in the screen's mailbox (see ``_deliver``)."""

    class AnalysisFailure(Message):
        def __init__(self, reason: str) -> None:
            super().__init__()
            self.reason = reason

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def analyse(self) -> None:
        worker = get_current_worker()
        try:
            for progress in cache.stream(
                self.document,
                model=self.model,
                jobs=self.jobs,
                use_cache=self.use_cache,
                partial_every=0.5,
            ):
                if worker.is_cancelled:
                    return
                self._deliver(progress)
                if progress.finished and progress.analysis is not None:
                    # Here rather than when `/` is pressed: on a book the actor index
                    # takes ~50 ms, which the jump overlay must not spend opening.
                    from dramatis.tui.jump import prepare_index

                    prepare_index(progress.analysis)
        except Exception as exc:  # the article still reads; the status says why
            if not worker.is_cancelled:
                self.post_message(self.AnalysisFailure(_reason(exc)))

    def _deliver(self, progress: Progress) -> None:
        """Hand progress to the UI thread without waiting for it, coalescing a burst.

        On a book the analyser yields thousands of items; the worker never blocks on
        the UI, and the UI handles only the latest progress (and the latest analysis)
        when it gets to it, so a busy moment costs one update, not a queue of them.
        """
        with self._mailbox_lock:
            self._latest_progress = progress
            if progress.analysis is not None:
                self._latest_analysis = progress.analysis
            if self._update_posted:
                return
            self._update_posted = True
        self.post_message(self.AnalysisUpdate())

    @on(AnalysisUpdate)
    def _take_update(self) -> None:
        with self._mailbox_lock:
            progress, analysis = self._latest_progress, self._latest_analysis
            self._latest_analysis = None
            self._update_posted = False
        if analysis is not None:
            self.apply_analysis(analysis)
        if progress is not None:
            self.on_progress(progress)

    @on(AnalysisFailure)
    def _take_failure(self, event: AnalysisFailure) -> None:
        self.on_failure(event.reason)

    def on_progress(self, progress: Progress) -> None:
        if progress.finished:
            self.analysis_state = "ready"
            n_actors = len(self.analysis.actors) if self.analysis else 0
            n_claims = len(self.analysis.claims) if self.analysis else 0
            self.status.state = f"ready · {n_actors} actors · {n_claims} claims"
            self._open_at_pending_actor()
        elif progress.done == 0 and progress.analysis is None:
            # Workers announce themselves before the model has loaded: nothing parsed yet.
            self.status.state = "loading model…"
        else:
            self.analysis_state = "analysing"
            eta = format_eta(progress.remaining_seconds)
            self.status.state = f"analysing {progress.fraction:.0%}" + (f" {eta}" if eta else "")

    def on_failure(self, reason: str) -> None:
        self.analysis_state = "failed"
        self.status.failed = True
        self.status.state = f"analysis failed: {reason}"

    def apply_analysis(self, analysis: Analysis) -> None:
        previous = self.analysis
        self.analysis = analysis
        selection = self.selection
        actor = selection.actor and queries.same_actor(previous, analysis, selection.actor)
        claim = selection.claim if queries.find_claim(analysis, selection.claim) else None
        self.article.set_analysis(analysis)
        self.mention_map.set_analysis(analysis)
        self.panel.set_analysis(analysis)
        self.selection = replace(selection, actor=actor or None, claim=claim)
        # A book's analysis is a few hundred thousand long-lived objects; moving them
        # out of the collector's generations keeps each later full collection (which
        # the next rebuild triggers) from walking them all: 150 ms -> 60 ms an update.
        gc.freeze()

    # ----- opened from the actors across the library ----------------------------

    def open_at_actor(self, actor_id: str, name: str) -> None:
        """Go to the first mention of this actor once the analysis is final."""
        self._pending_actor = (actor_id, name)
        if self.analysis_state == "ready":
            self._open_at_pending_actor()

    def _open_at_pending_actor(self) -> None:
        pending, self._pending_actor = self._pending_actor, None
        if pending is None or self.analysis is None:
            return
        actor_id, name = pending
        actor = self.analysis.actor(actor_id)
        if actor is None or actor.name != name:  # re-analysed since: find it by name
            actor = next((a for a in self.analysis.actors if a.name == name), None)
        if actor is None or not actor.mentions:
            return
        first = actor.mentions[0]
        self.selection = replace(self.selection, claim=None)
        self.call_after_refresh(self.go_to_mention, actor.id, first.start, first.end)

    # ----- position -----------------------------------------------------------

    @on(ArticleView.PositionChanged)
    def _position_changed(self) -> None:
        self._update_position()
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(1.0, self.save_position)

    def _update_position(self) -> None:
        article = self.article
        total = max(1, len(self.document.paragraphs))
        if article.index is not None and article.scroll_y >= article.max_scroll_y:
            percent = 100
        else:
            percent = int(100 * article.reading_offset / max(1, len(self.document.text)))
        self.status.position = f"{percent}% · ¶ {article.top_paragraph + 1}/{total}"

    def save_position(self) -> None:
        state.save_position(self.document.source, self.document.text, self.article.reading_offset)

    def say(self, message: str) -> None:
        self.status.message = message

    # ----- actors -------------------------------------------------------------

    def _mention_message(self, actor_id: str, start: int, wrapped: bool = False) -> None:
        actor = self.analysis.actor(actor_id) if self.analysis else None
        if actor is None:
            return
        k = queries.mention_number(actor, start)
        # The count first: on a narrow screen the name is what gets cut.
        note = ", wrapped" if wrapped else ""
        self.say(f"mention {k} of {len(actor.mentions)}{note} · {one_line(actor.name)}")

    def go_to_mention(self, actor_id: str, start: int, end: int, wrapped: bool = False) -> None:
        """Focus the actor on this mention of it, show it and say which it is."""
        self.selection = replace(self.selection, actor=actor_id, mention=(start, end))
        self.article.show_offset(start, end)
        self._mention_message(actor_id, start, wrapped)

    def jump_to(self, target: JumpTarget) -> None:
        if target.actor_id is not None and self.analysis and self.analysis.actor(target.actor_id):
            self.go_to_mention(target.actor_id, target.start, target.end)
        else:
            self.article.show_offset(target.start, target.end)
            self.selection = replace(self.selection, mention=(target.start, target.end))
            self.say("text match")

    def choose_actor(self, actor_id: str) -> None:
        """Focus an actor and go to its first mention at or after the reading position."""
        actor = self.analysis.actor(actor_id) if self.analysis else None
        mention = actor and queries.first_mention_from(actor, self.article.reading_offset)
        if mention is None:
            return
        self.selection = replace(self.selection, claim=None)
        self.go_to_mention(actor_id, mention.start, mention.end)

    def step_mention(self, step: int) -> None:
        actor = self.analysis.actor(self.selection.actor) if self.analysis else None
        if actor is None or not actor.mentions:
            self.say("no actor selected: pick one in the panel (tab) or jump with /")
            return
        starts = queries.mention_starts(actor)
        span = self.selection.mention
        # From the current mention while it is on screen; after scrolling away, from
        # where the reader is now.
        on_screen = span is not None and span[0] in starts and self.article.is_visible(span[0])
        landed = queries.step_through(
            starts,
            step,
            offset=self.article.reading_offset,
            current=starts.index(span[0]) if on_screen and span else None,
        )
        assert landed is not None
        mention = actor.mentions[landed.index]
        self.go_to_mention(actor.id, mention.start, mention.end, landed.wrapped)

    @on(SidePanel.ActorHighlighted)
    def _actor_highlighted(self, event: SidePanel.ActorHighlighted) -> None:
        self.selection = replace(self.selection, actor=event.actor_id, mention=None)

    @on(SidePanel.ActorChosen)
    def _actor_chosen(self, event: SidePanel.ActorChosen) -> None:
        self.choose_actor(event.actor_id)

    @on(ArticleView.MentionClicked)
    def _mention_clicked(self, event: ArticleView.MentionClicked) -> None:
        self.selection = replace(
            self.selection, actor=event.actor_id, mention=(event.start, event.end)
        )
        self._mention_message(event.actor_id, event.start)

    @on(ArticleView.Wrapped)
    def _wrapped(self) -> None:
        self.mention_map.set_index(self.article.index)

    @on(MentionMap.Picked)
    def _map_picked(self, event: MentionMap.Picked) -> None:
        actor = self.analysis.actor(self.selection.actor) if self.analysis else None
        if actor is None or not actor.mentions:
            self.say("no actor selected: the map shows the focused actor's mentions")
            return
        mention = actor.mentions[queries.nearest(queries.mention_starts(actor), event.offset) or 0]
        percent = 100 * event.offset // max(1, len(self.document.text))
        if event.preview:
            number = queries.mention_number(actor, mention.start)
            self.say(f"map {percent}% · enter: mention {number} of {len(actor.mentions)}")
            return
        self.go_to_mention(actor.id, mention.start, mention.end)

    # ----- claims -------------------------------------------------------------

    def choose_claim(self, claim: Claim) -> None:
        assert self.analysis is not None
        self.selection = replace(self.selection, claim=claim.id)
        self.article.show_offset(claim.start, claim.end)
        number = queries.claim_number(self.analysis, claim.id)
        who = one_line(claim.source.text) if claim.source else "unattributed"
        self.say(
            f"claim {number} of {len(self.analysis.claims)}: {who} — {one_line(claim.cue.text)}"
        )

    def step_claim(self, step: int) -> None:
        claims = queries.claims_in_order(self.analysis) if self.analysis else []
        if not claims:
            self.say("no claims found" if self.analysis_state == "ready" else "no claims yet")
            return
        ids = [c.id for c in claims]
        current = queries.find_claim(self.analysis, self.selection.claim)
        on_screen = current is not None and self.article.is_visible(current.start)
        landed = queries.step_through(
            [c.start for c in claims],
            step,
            offset=self.article.reading_offset,
            current=ids.index(current.id) if on_screen and current else None,
            include_at_offset=True,
        )
        assert landed is not None
        self.panel.show_tab("claims")
        self.choose_claim(claims[landed.index])

    @on(SidePanel.ClaimHighlighted)
    def _claim_highlighted(self, event: SidePanel.ClaimHighlighted) -> None:
        if queries.find_claim(self.analysis, event.claim_id) is not None:
            self.selection = replace(self.selection, claim=event.claim_id)

    @on(SidePanel.ClaimChosen)
    def _claim_chosen(self, event: SidePanel.ClaimChosen) -> None:
        claim = queries.find_claim(self.analysis, event.claim_id)
        if claim is not None:
            self.choose_claim(claim)

    # ----- actions ------------------------------------------------------------

    def action_toggle_focus(self) -> None:
        if self.article.has_focus or not self.panel.display:
            if not self.panel.display:
                self.panel.display = True
            self.panel.focus_list()
        else:
            self.article.focus()

    def action_show_tab(self, tab: str) -> None:
        self.panel.display = True
        self.panel.show_tab(tab)
        self.panel.focus_list()

    def action_export(self) -> None:
        from dramatis.export import default_base
        from dramatis.tui.export_dialog import ExportScreen

        if self.analysis is None or self.analysis_state != "ready":
            self.notify("Nothing to export until the analysis is ready.", severity="warning")
            return
        analysis = self.analysis
        base = default_base(self.document.source, self.document.title, Path.cwd())

        def written(paths: dict[str, Path] | None) -> None:
            if paths:
                self.notify(
                    f"{len(analysis.claims)} claims → {paths['claims']}\n"
                    f"{len(analysis.actors)} actors → {paths['actors']}",
                    title="Exported",
                    markup=False,
                )

        self.app.push_screen(ExportScreen(analysis, base, self.document.source), written)

    def action_copy(self) -> None:
        from dramatis.export import claim_quote

        quote = claim_quote(self.analysis, self.selection.claim) if self.analysis else None
        if quote is not None and self.selection.claim is not None:
            what = f"claim {queries.claim_number(self.analysis, self.selection.claim)}"
        else:
            number = self.article.top_paragraph
            paragraph = self.document.paragraphs[number] if self.document.paragraphs else None
            if paragraph is None:
                self.notify("Nothing to copy.", severity="warning")
                return
            quote = self.document.text[paragraph.start : paragraph.end]
            what = f"paragraph {number + 1}"
        self.app.copy_to_clipboard(quote)
        self.notify(f"Copied {what} ({len(quote):,} characters).", markup=False)

    def action_focus_map(self) -> None:
        if self.selection.actor is None:
            self.say("no actor selected: pick one (a, or /) to see its mentions on the map")
        self.mention_map.focus()

    def action_focus_article(self) -> None:
        self.article.focus()
        self.say("")  # the map's "enter: mention k of n" is no longer true

    def action_clear_marks(self) -> None:
        self.selection = NOTHING
        self.say("")

    def action_toggle_panel(self) -> None:
        self.panel.display = not self.panel.display
        if not self.panel.display:
            self.article.focus()

    def action_next_mention(self) -> None:
        self.step_mention(+1)

    def action_previous_mention(self) -> None:
        self.step_mention(-1)

    def action_next_claim(self) -> None:
        self.step_claim(+1)

    def action_previous_claim(self) -> None:
        self.step_claim(-1)

    def action_sort_actors(self) -> None:
        order = self.panel.cycle_sort()
        self.say(f"actors by {'mentions' if order == 'mentions' else 'first appearance'}")

    def action_filter_actors(self) -> None:
        kind = self.panel.cycle_filter()
        self.say(f"showing {'all actors' if kind is None else kind + ' actors'}")

    def action_jump(self) -> None:
        from dramatis.tui.jump import JumpScreen

        def done(target: JumpTarget | None) -> None:
            if target is not None:
                self.jump_to(target)

        self.app.push_screen(
            JumpScreen(self.document.text, self.analysis, self.article.reading_offset), done
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # With one document there is no library: keep the key out of the footer.
        if action == "library":
            app = self.app
            return isinstance(app, DramatisApp) and len(app.documents) > 1
        return True

    def action_library(self) -> None:
        app = self.app
        if isinstance(app, DramatisApp):
            app.open_library()


class DramatisApp(KindColours, App[None]):
    """The reader. ``documents``: what to read; several open the library first."""

    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "dramatis"
    BINDINGS = keys.APP_BINDINGS
    COMMANDS = App.COMMANDS | {ActorCommands}

    def __init__(
        self,
        documents: list[Document],
        model: str | None = None,
        jobs: int = 1,
        use_cache: bool = True,
    ) -> None:
        super().__init__()
        if not documents:
            raise ValueError("DramatisApp needs at least one document")
        self.documents = list(documents)
        self.model = model
        self.jobs = jobs
        self.use_cache = use_cache

    # Signals that mean the terminal (or the user's session) is gone: a reader left
    # running without a terminal would keep its analysis workers busy for nothing.
    EXIT_SIGNALS = (signal.SIGHUP, signal.SIGTERM)
    # If a clean exit has not finished by then (a hung-up terminal can stall the
    # final writes), the process ends anyway; the workers follow via their lifeline.
    FORCED_EXIT_SECONDS = 5.0

    def on_mount(self) -> None:
        if not self.is_headless:
            # Headless (tests) runs share the test runner's loop: no handlers there.
            self._handle_exit_signals()
        if len(self.documents) > 1 and self._library_screen() is not None:
            self.open_library(first=True)
        else:
            self.push_screen(self._reader_for(0))

    def _handle_exit_signals(self) -> None:
        loop = asyncio.get_running_loop()
        for signum in self.EXIT_SIGNALS:
            # Not on every platform, and only from the main thread.
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(signum, self.exit_on_signal, signum)

    def exit_on_signal(self, signum: int) -> None:
        """Leave cleanly (position saved, analysis cancelled) when hung up or terminated."""
        code = 128 + signum
        watchdog = threading.Timer(self.FORCED_EXIT_SECONDS, os._exit, args=(code,))
        watchdog.daemon = True
        watchdog.start()
        reader = self.reader
        if reader is not None:
            reader.save_position()
        for worker in self.workers:
            worker.cancel()
        self.exit(return_code=code)

    def _reader_for(self, index: int) -> ReaderScreen:
        return ReaderScreen(
            self.documents[index], model=self.model, jobs=self.jobs, use_cache=self.use_cache
        )

    @staticmethod
    def _library_screen():
        try:
            from dramatis.tui.library import LibraryScreen
        except ImportError:
            return None
        return LibraryScreen

    def open_library(self, first: bool = False) -> None:
        library = self._library_screen()
        if library is None or len(self.documents) < 2:
            if self.reader is not None:
                self.reader.say("only one document is open")
            return

        def chosen(choice: object) -> None:
            index, actor = _folder_choice(choice)
            if index is None:
                if first:
                    self.exit()
                return
            current = self.reader
            if current is not None and current.document is self.documents[index]:
                if actor is not None:
                    current.open_at_actor(actor.actor_id, actor.actor_name)
                return
            reader = self._reader_for(index)
            if actor is not None:
                reader.open_at_actor(actor.actor_id, actor.actor_name)
            if current is not None:
                current.save_position()
                self.switch_screen(reader)
            else:
                self.push_screen(reader)

        current = self.reader
        index = next(
            (i for i, doc in enumerate(self.documents) if current and doc is current.document), None
        )
        try:
            screen = library(self.documents, current=index, folder=self.folder)
        except TypeError:  # a library without a cursor to restore or a folder analysis
            try:
                screen = library(self.documents, current=index)
            except TypeError:
                screen = library(self.documents)
        self.push_screen(screen, chosen)

    @functools.cached_property
    def folder(self) -> FolderAnalysis:
        """The library's background analysis of every document and their actors across."""
        from dramatis.tui.folder import FolderAnalysis

        return FolderAnalysis(
            self.documents, model=self.model, jobs=self.jobs, use_cache=self.use_cache
        )

    @property
    def reader(self) -> ReaderScreen | None:
        """The reading screen in use (under any overlay), if one is open."""
        for screen in reversed(self.screen_stack):
            if isinstance(screen, ReaderScreen):
                return screen
        return None

    @property
    def analysis(self) -> Analysis | None:
        reader = self.reader
        return reader.analysis if reader else None

    @property
    def reading_offset(self) -> int:
        reader = self.reader
        return reader.article.reading_offset if reader else 0

    def jump_to(self, target: JumpTarget) -> None:
        reader = self.reader
        if reader is not None:
            reader.jump_to(target)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    async def action_quit(self) -> None:
        reader = self.reader
        if reader is not None:
            reader.save_position()
        for worker in self.workers:
            worker.cancel()
        self.exit()
