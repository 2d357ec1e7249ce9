"""The fuzzy jump overlay (``/``): type a few letters of any actor, press enter.

An input and a ranked list that is rebuilt on every keystroke. Each actor row
shows the kind colour, the canonical name, the alias that matched and the number
of mentions; under the highlighted actor its mentions follow as one-line context
snippets, starting from the reading position. When no actor matches well (or the
analysis is still running) a plain fuzzy text search over the sentences follows,
so ``/`` is never a dead end.

The input keeps the focus: up/down (and page keys) move the highlight in the
list, enter jumps, escape dismisses with None. Article text is only ever put on
screen as ``Content`` built from plain strings, never parsed as markup.

On a book (thousands of actors, tens of thousands of mentions) the overlay must
open within a frame or two, so it does a bounded amount of work per keystroke: at
most ``MAX_ACTORS`` actor rows, snippets only for the highlighted actor. The one
costly step, building the ``ActorIndex`` of a new analysis (about 50 ms on a book,
and every partial analysis is new), never runs on the UI thread: the reader builds
it in its analysis thread once the analysis is final, and an overlay opened on an
analysis without one shows the index of the previous analysis of the same text
(its offsets index the same text) or the text search, and builds it in a thread.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import ClassVar

from dramatis.analysis import Actor, Analysis
from dramatis.search import (
    ActorIndex,
    ActorMatch,
    TextHit,
    context_snippet,
    first_mention_after,
    index_for,
    mentions_after,
    search_sentences,
)
from dramatis.tui.theme import kind_style
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

# Actor rows in the list, however many actors match: the list shows about 24 rows,
# so more would only cost time on every keystroke; typing narrows it.
MAX_ACTORS = 30
MAX_MENTIONS = 12  # snippets under the highlighted actor; n/N in the reader reach the rest
MAX_TEXT_HITS = 12
# Below this best actor score the matches are only typos, so text hits are offered too.
GOOD_ACTOR_SCORE = 90
SNIPPET_WIDTH = 70
# Opened while the analysis runs: how often to look whether it has finished.
ANALYSIS_POLL_SECONDS = 0.5


# The last ActorIndex built, shared by every overlay: an index is built once per
# analysis, in a thread, and an overlay never builds one on the UI thread.
_index_lock = threading.Lock()
_last_index: list[tuple[Analysis, ActorIndex]] = []


def ready_index(analysis: Analysis) -> ActorIndex | None:
    """The index of exactly ``analysis`` if it has been built, without building it."""
    last = _last_index[:1]
    return last[0][1] if last and last[0][0] is analysis else None


def previous_index(text: str) -> ActorIndex | None:
    """The last index built for an analysis of ``text`` (maybe an earlier, partial one)."""
    last = _last_index[:1]
    return last[0][1] if last and last[0][0].text == text else None


def prepare_index(analysis: Analysis) -> ActorIndex:
    """Build (once) and keep the index of ``analysis``. Slow on a book: call it in a thread."""
    with _index_lock:  # two threads asking for the same analysis build it once
        index = ready_index(analysis)
        if index is None:
            index = index_for(analysis)
            _last_index[:] = [(analysis, index)]
        return index


@dataclass(frozen=True, slots=True)
class JumpTarget:
    """Where to go: a mention of an actor, or (actor_id None) a plain-text hit."""

    actor_id: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Row:
    """One line of the list: an actor, one of its mentions, a text hit, or a heading."""

    kind: str  # "actor", "mention", "text" or "heading"
    target: JumpTarget | None = None
    actor: Actor | None = None


def default_target(
    actor: Actor, reading_offset: int, written_as: str | None = None
) -> JumpTarget | None:
    """Where enter on an actor goes: its next mention from the reading position
    (wrapping round), preferring one written as the alias the query matched."""
    span = first_mention_after(actor, reading_offset, written_as)
    return JumpTarget(actor.id, span.start, span.end) if span is not None else None


def _snippet_content(text: str, start: int, end: int, mark_style: str, indent: str) -> Content:
    snippet = context_snippet(text, start, end, SNIPPET_WIDTH)
    return Content.assemble(
        indent,
        (snippet.text[: snippet.mark_start], "$text-muted"),
        (snippet.text[snippet.mark_start : snippet.mark_end], mark_style),
        (snippet.text[snippet.mark_end :], "$text-muted"),
    )


def _actor_content(match: ActorMatch) -> Content:
    actor = match.actor
    count = len(actor.mentions)
    parts: list[str | tuple[str, str]] = [
        ("● ", kind_style(actor.kind)),
        (actor.name, "bold"),
    ]
    if match.alias != actor.name:
        parts.append((f"  “{match.alias}”", "italic"))
    parts.append((f"  {actor.kind} · {count} mention{'s' * (count != 1)}", "$text-muted"))
    return Content.assemble(*parts)


class JumpScreen(ModalScreen[JumpTarget | None]):
    """Fuzzy-find an actor (or, failing that, some text) and dismiss with where to go."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Close", show=False, id="dramatis.jump.close"),
        Binding("up", "move(-1)", "Up", show=False, priority=True, id="dramatis.jump.up"),
        Binding("down", "move(1)", "Down", show=False, priority=True, id="dramatis.jump.down"),
        Binding("ctrl+p", "move(-1)", "Up", show=False, id="dramatis.jump.previous"),
        Binding("ctrl+n", "move(1)", "Down", show=False, id="dramatis.jump.next"),
        Binding("pageup", "move(-10)", "Page up", show=False, id="dramatis.jump.page_up"),
        Binding("pagedown", "move(10)", "Page down", show=False, id="dramatis.jump.page_down"),
    ]

    # Texts longer than this (characters) are searched in a thread, off the keystroke.
    SYNC_TEXT_LIMIT = 300_000
    # The index of an analysis with more actors than this is built in a thread: about
    # 5 ms for 200 actors, 50 ms for a book's 1,900.
    SYNC_INDEX_ACTORS = 400

    def __init__(self, text: str, analysis: Analysis | None, reading_offset: int) -> None:
        super().__init__()
        self.text = text
        self.analysis = analysis
        self.reading_offset = reading_offset
        # Set in on_mount: the index of this analysis if built, else a stand-in.
        self.index: ActorIndex | None = None
        self.query_text = ""
        self.matches: list[ActorMatch] = []
        self.text_hits: list[TextHit] = []
        self.expanded: Actor | None = None
        self.rows: list[_Row] = []
        self.text_pending = False  # a text search is running in a thread
        self.cursor: int | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="jump-box"):
            yield Input(placeholder="Jump to an actor, or search the text…", id="jump-input")
            results = OptionList(id="jump-results", markup=False)
            results.can_focus = False
            yield results
            yield Static(id="jump-hint", markup=False)

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        if self.analysis is not None:
            self._use_index_of(self.analysis)
        self._search("")
        if self.analysis is None:
            self.set_interval(ANALYSIS_POLL_SECONDS, self._poll_analysis)

    def _use_index_of(self, analysis: Analysis) -> None:
        """Take the analysis's index if it is built; else show the previous one and build it."""
        index = ready_index(analysis)
        if index is None and len(analysis.actors) <= self.SYNC_INDEX_ACTORS:
            index = prepare_index(analysis)  # an article's: a few milliseconds
        if index is not None:
            self.index = index
            return
        self.index = previous_index(self.text)
        # After the first paint: a build holds the GIL for ~50 ms on a book.
        self.call_after_refresh(self._build_index, analysis)

    @work(thread=True, exclusive=True, group="jump-index")
    def _build_index(self, analysis: Analysis) -> None:
        index = prepare_index(analysis)
        self.app.call_from_thread(self._index_built, analysis, index)

    def _index_built(self, analysis: Analysis, index: ActorIndex) -> None:
        if analysis is not self.analysis or not self.is_attached:
            return  # closed, or a newer analysis was taken up meanwhile
        self.index = index
        self._search(self.query_text)

    # -- searching ----------------------------------------------------------------

    def _adopt_newer_analysis(self) -> bool:
        """Take up the app's analysis if it arrived while the overlay was open."""
        if self.analysis is not None:
            return False
        newer = getattr(self.app, "analysis", None)
        if not isinstance(newer, Analysis) or newer.text != self.text:
            return False
        self.analysis = newer
        self._use_index_of(newer)
        return True

    def _poll_analysis(self) -> None:
        if self._adopt_newer_analysis():
            self._search(self.query_text)

    @on(Input.Changed, "#jump-input")
    def _typed(self, event: Input.Changed) -> None:
        self._adopt_newer_analysis()
        self._search(event.value)

    def _search(self, query: str) -> None:
        self.query_text = query
        if self.index is None:
            self.matches = []
        elif query.strip():
            self.matches = self.index.rank(query, MAX_ACTORS)
        else:
            self.matches = self.index.most_mentioned(MAX_ACTORS)
        # An empty query searches no text (nothing would match).
        weak = bool(query.strip()) and (
            not self.matches or self.matches[0].score < GOOD_ACTOR_SCORE
        )
        self.text_hits = []
        self.text_pending = False
        self.expanded = self.matches[0].actor if self.matches else None
        if weak and len(self.text) > self.SYNC_TEXT_LIMIT:
            self.text_pending = True
            # On a book the text search takes longer than a keystroke: run it in a
            # thread, the newest query replacing any older one still running.
            self._search_text_in_background(query)
        elif weak:
            self.text_hits = search_sentences(self.text, query, MAX_TEXT_HITS)
        self._rebuild(prefer=0)
        self._update_hint()

    @work(thread=True, exclusive=True, group="jump-text-search")
    def _search_text_in_background(self, query: str) -> None:
        hits = search_sentences(self.text, query, MAX_TEXT_HITS)
        self.app.call_from_thread(self._show_text_hits, query, hits)

    def _show_text_hits(self, query: str, hits: list[TextHit]) -> None:
        if query != self.query_text or not self.text_pending or not self.is_attached:
            return  # typed on since, searched again without text, or closed
        self.text_hits = hits
        self.text_pending = False
        self._rebuild(prefer=self.cursor if self.cursor is not None else 0)
        self._update_hint()

    def _update_hint(self) -> None:
        if self.analysis is not None and self.index is None:
            status = "Indexing the actors…"
        elif self.analysis is None:
            status = "Actors appear when the analysis is ready; searching the text meanwhile."
        elif self.text_pending:
            status = "Searching the text…"
        elif self.query_text.strip() and not self.matches:
            status = "No actor matches; text matches below." if self.text_hits else "No matches."
        else:
            status = "↑↓ choose · enter jump · esc close"
        self.query_one("#jump-hint", Static).update(status)

    # -- the list -------------------------------------------------------------------

    def _rebuild(self, prefer: int | None) -> None:
        """Lay out the rows for the current matches and expanded actor; highlight row ``prefer``."""
        rows: list[_Row] = []
        options: list[Option] = []
        for match in self.matches:
            actor = match.actor
            target = default_target(actor, self.reading_offset, match.alias)
            rows.append(_Row("actor", target, actor))
            options.append(Option(_actor_content(match)))
            if actor is self.expanded:
                style = f"bold underline {kind_style(actor.kind)}"
                for span in mentions_after(actor, self.reading_offset)[:MAX_MENTIONS]:
                    rows.append(_Row("mention", JumpTarget(actor.id, span.start, span.end), actor))
                    options.append(
                        Option(_snippet_content(self.text, span.start, span.end, style, "    "))
                    )
        if self.text_hits:
            rows.append(_Row("heading"))
            heading = Content.assemble(
                ("Text matches for ", "$text-muted"), (self.query_text.strip(), "italic")
            )
            options.append(Option(heading, disabled=True))
            for hit in self.text_hits:
                rows.append(_Row("text", JumpTarget(None, hit.start, hit.end)))
                options.append(
                    Option(_snippet_content(self.text, hit.start, hit.end, "bold reverse", "  "))
                )
        self.rows = rows
        results = self.query_one("#jump-results", OptionList)
        results.set_options(options)
        self.cursor = None
        if prefer is not None:
            selectable = [i for i, row in enumerate(rows) if row.target is not None]
            if selectable:
                self._highlight(min(selectable, key=lambda i: (i < prefer, abs(i - prefer))))

    def _highlight(self, index: int) -> None:
        self.cursor = index
        results = self.query_one("#jump-results", OptionList)
        results.highlighted = index
        results.scroll_to_highlight()

    def action_move(self, step: int) -> None:
        if self.cursor is None:
            return
        selectable = [i for i, row in enumerate(self.rows) if row.target is not None]
        position = selectable.index(self.cursor) if self.cursor in selectable else 0
        new = selectable[max(0, min(len(selectable) - 1, position + step))]
        row = self.rows[new]
        if row.kind == "actor" and row.actor is not self.expanded:
            # Moving onto another actor opens its mentions and closes the previous ones.
            self.expanded = row.actor
            actor_position = sum(1 for r in self.rows[:new] if r.kind == "actor")
            self._rebuild(prefer=None)
            self._highlight(self._actor_row(actor_position))
        else:
            self._highlight(new)

    def _actor_row(self, actor_position: int) -> int:
        actor_rows = [i for i, row in enumerate(self.rows) if row.kind == "actor"]
        return actor_rows[actor_position]

    # -- choosing ---------------------------------------------------------------------

    @property
    def chosen(self) -> JumpTarget | None:
        """Where enter would go now."""
        if self.cursor is None or not 0 <= self.cursor < len(self.rows):
            return None
        return self.rows[self.cursor].target

    @on(Input.Submitted, "#jump-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        target = self.chosen
        if target is not None:
            self.dismiss(target)
        else:
            self.app.bell()

    @on(OptionList.OptionSelected, "#jump-results")
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        target = (
            self.rows[event.option_index].target if event.option_index < len(self.rows) else None
        )
        if target is not None:
            self.dismiss(target)

    def action_cancel(self) -> None:
        self.dismiss(None)
