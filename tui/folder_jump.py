"""The library's fuzzy jump (``/``): find an actor of any article in a few keystrokes.

Ranked with the reader's jump ranking (``dramatis.search``) over the entities of the
library (``dramatis.entity_search``); each row shows the kind colour, the name, the
alias that matched and in how many articles and mentions the actor appears. Enter
dismisses with the entity id (the library then lists that actor's articles),
escape with None. While the folder is analysed the list follows new snapshots.
"""

from __future__ import annotations

from dramatis.entity_search import EntityMatch, rank
from dramatis.tui.folder import FolderAnalysis
from dramatis.tui.jump import JumpScreen
from dramatis.tui.theme import kind_style
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

MAX_ACTORS = 30
POLL_SECONDS = 0.25


def _row(match: EntityMatch) -> Content:
    entity = match.entity
    parts: list[str | tuple[str, str]] = [
        ("● ", kind_style(entity.kind)),
        (" ".join(entity.name.split()), "bold"),
    ]
    if match.alias != entity.name:
        parts.append((f"  “{' '.join(match.alias.split())}”", "italic"))
    articles = f"{entity.documents} article{'s' * (entity.documents != 1)}"
    mentions = f"{entity.mentions} mention{'s' * (entity.mentions != 1)}"
    parts.append((f"  {entity.kind} · {articles} · {mentions}", "$text-muted"))
    return Content.assemble(*parts)


class FolderJumpScreen(ModalScreen[str | None]):
    """Fuzzy-find an actor across the library; dismiss with its entity id."""

    # The reader's overlay's keys (and ids), so that one keymap entry remaps both.
    BINDINGS = JumpScreen.BINDINGS

    def __init__(self, folder: FolderAnalysis) -> None:
        super().__init__()
        self.folder = folder
        self.shown_version = -1
        self.query_text = ""
        self.matches: list[EntityMatch] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="folder-jump-box"):
            yield Input(placeholder="Jump to an actor of any article…", id="folder-jump-input")
            results = OptionList(id="folder-jump-results", markup=False)
            results.can_focus = False
            yield results
            yield Static(id="folder-jump-hint", markup=False)

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self._search("")
        self.set_interval(POLL_SECONDS, self._poll)

    def _poll(self) -> None:
        if self.folder.snapshot.version != self.shown_version:
            self._search(self.query_text)

    @on(Input.Changed, "#folder-jump-input")
    def _typed(self, event: Input.Changed) -> None:
        self._search(event.value)

    def _search(self, query: str) -> None:
        snapshot = self.folder.snapshot
        self.shown_version = snapshot.version
        self.query_text = query
        if snapshot.search is None:
            self.matches = []
        else:
            self.matches = rank(snapshot.search, snapshot.index, query, MAX_ACTORS)
        results = self.query_one("#folder-jump-results", OptionList)
        results.set_options([Option(_row(match)) for match in self.matches])
        if self.matches:
            results.highlighted = 0
        if not snapshot.finished:
            hint = f"{snapshot.progress_label()}: more actors to come"
        elif query.strip() and not self.matches:
            hint = "No actor matches."
        else:
            hint = "↑↓ choose · enter: the actor's articles · esc close"
        self.query_one("#folder-jump-hint", Static).update(hint)

    def action_move(self, step: int) -> None:
        results = self.query_one("#folder-jump-results", OptionList)
        if not self.matches:
            return
        current = results.highlighted or 0
        results.highlighted = max(0, min(len(self.matches) - 1, current + step))
        results.scroll_to_highlight()

    @property
    def chosen(self) -> str | None:
        highlighted = self.query_one("#folder-jump-results", OptionList).highlighted
        if highlighted is None or not 0 <= highlighted < len(self.matches):
            return None
        return self.matches[highlighted].entity.id

    @on(Input.Submitted, "#folder-jump-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.chosen is not None:
            self.dismiss(self.chosen)
        else:
            self.app.bell()

    @on(OptionList.OptionSelected, "#folder-jump-results")
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.matches):
            self.dismiss(self.matches[event.option_index].entity.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
