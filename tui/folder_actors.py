"""Actors across the library (``A``): who appears where, and what they say there.

The upper table lists one row per real-world actor over all the library's articles
(``dramatis.entities``), most articles first; the lower table lists the articles
that mention the highlighted actor, with its mention and claim counts there and its
first claim. Enter on an actor moves to its articles; enter on an article dismisses
with a ``FolderChoice``, which opens the article on the actor's first mention.

The tables follow ``FolderAnalysis.snapshot`` while the folder is analysed: a timer
looks for a new snapshot and redraws, keeping the highlighted actor. Every string
from an article goes into a ``rich.text.Text``, never parsed as markup.
"""

from __future__ import annotations

from functools import partial

from dramatis.analysis import ACTOR_KINDS
from dramatis.entities import Entity
from dramatis.tui import keys
from dramatis.tui.folder import FolderAnalysis, FolderChoice, FolderSnapshot

# The reader's lazy one-line list: a row's text is made when it is first drawn, so a
# folder's thousands of actors cost nothing until they are on screen.
from dramatis.tui.panel import KIND_TAG
from dramatis.tui.rowlist import Row, RowList
from dramatis.tui.theme import kind_variable
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static

POLL_SECONDS = 0.25
SORTS = ("articles", "mentions", "name")
COUNTS = ((8, "articles"), (9, "mentions"), (7, "claims"))  # (width, header)
ARTICLE_COUNTS = ((9, "mentions"), (7, "claims"))


def one_line(text: str, width: int) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: max(1, width - 1)].rstrip() + "…"


def sort_entities(entities: list[Entity], order: str) -> list[Entity]:
    def number(entity: Entity) -> int:
        return int(entity.id[1:])

    if order == "mentions":
        return sorted(entities, key=lambda e: (-e.mentions, -e.documents, number(e)))
    if order == "name":
        return sorted(entities, key=lambda e: (e.name.casefold(), number(e)))
    return sorted(entities, key=lambda e: (-e.documents, -e.mentions, number(e)))


class FolderActorsScreen(Screen[FolderChoice | None]):
    """The actors of every article of the library, and the articles of each actor."""

    BINDINGS = keys.FOLDER_ACTORS_BINDINGS

    def __init__(
        self,
        folder: FolderAnalysis,
        *,
        entity_id: str | None = None,
        focus_articles: bool = False,
    ) -> None:
        super().__init__()
        self.folder = folder
        self.entity_id = entity_id
        # Until the reader picks an actor, the list stays at its top as actors arrive.
        self.picked = entity_id is not None
        self.focus_articles = focus_articles
        self.order = SORTS[0]
        self.shown_version = -1
        self.snapshot: FolderSnapshot = folder.snapshot
        self.entity_rows: list[str] = []  # entity id per row of the actor table
        self.article_rows: list[tuple[int, str, str]] = []  # (library position, actor id, name)

    def compose(self) -> ComposeResult:
        with Vertical(id="folder-box"):
            yield Static(id="folder-heading", markup=False)
            yield Static(id="folder-entities-header", markup=False, classes="folder-header")
            yield RowList(id="folder-entities")
            yield Static(id="folder-detail", markup=False)
            yield Static(id="folder-articles-header", markup=False, classes="folder-header")
            yield RowList(id="folder-articles")
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_from_snapshot()
        if self.focus_articles and self.article_rows:
            opened = [row[0] for row in self.article_rows]
            if self.folder.article in opened:  # back from it: on it again
                self.articles.highlighted = opened.index(self.folder.article)
            self.articles.focus()
        else:
            self.entities.focus()
        self.set_interval(POLL_SECONDS, self.refresh_from_snapshot)
        self.call_after_refresh(self._scroll_to_picked)

    def _scroll_to_picked(self) -> None:
        """Once the lists have a size: the highlighted actor in the middle of its list."""
        row = self.entities.highlighted
        if row is not None:
            height = self.entities.scrollable_content_region.height
            self.entities.scroll_to(y=max(0, row - height // 2), animate=False)

    def on_resize(self) -> None:
        # Rows are laid out for a width: lay them out again for the new one.
        self.refresh_from_snapshot(force=True)
        self.call_after_refresh(self._scroll_to_picked)

    @property
    def entities(self) -> RowList:
        return self.query_one("#folder-entities", RowList)

    @property
    def articles(self) -> RowList:
        return self.query_one("#folder-articles", RowList)

    @property
    def highlighted_entity(self) -> Entity | None:
        return self.snapshot.entity(self.entity_id)

    # ----- drawing ----------------------------------------------------------------

    def refresh_from_snapshot(self, force: bool = False) -> None:
        snapshot = self.folder.snapshot
        if snapshot.version == self.shown_version and not force:
            return
        previous = self.snapshot.entity(self.entity_id)
        self.snapshot, self.shown_version = snapshot, snapshot.version
        if self.entity_id is not None and previous is not None:
            # Ids follow first appearance and can move while the folder is analysed.
            self.entity_id = self._same_entity(previous)
        heading = f"Actors across the library — {snapshot.progress_label()} · by {self.order}"
        if not snapshot.analyses and not snapshot.finished:
            heading += " (actors appear as the articles are analysed)"
        self.query_one("#folder-heading", Static).update(Text(heading))
        self._fill_entities()

    def _same_entity(self, previous: Entity) -> str | None:
        same = self.snapshot.entity(previous.id)
        if same is not None and same.name == previous.name:
            return previous.id
        for entity in self.snapshot.index.entities:
            if entity.name == previous.name and entity.kind == previous.kind:
                return entity.id
        return None

    def _width(self) -> int:
        return max(40, self.app.size.width - 4)  # the box's padding, the scrollbar, a gap

    def _fill_entities(self) -> None:
        width = self._width()
        name_width = width - 5 - sum(w for w, _ in COUNTS)
        header = Text(f"{'kind':<4} {'actor':<{name_width}}", no_wrap=True)
        for count_width, label in COUNTS:
            header.append(label.rjust(count_width))
        self.query_one("#folder-entities-header", Static).update(header)
        # Rows are Rich Text: take the kind colours from the theme's variables.
        variables = self.app.get_css_variables()
        colours = {kind: variables.get(kind_variable(kind), "") for kind in ACTOR_KINDS}
        ordered = sort_entities(list(self.snapshot.index.entities), self.order)
        self.entity_rows = [entity.id for entity in ordered]
        if not self.picked or self.entity_id not in self.entity_rows:
            self.entity_id = self.entity_rows[0] if self.entity_rows else None
        self.entities.set_rows(
            [Row(e.id, partial(_entity_line, e, name_width, colours)) for e in ordered],
            keep=self.entity_id,
        )
        self._fill_articles()

    def _fill_articles(self) -> None:
        width = self._width()
        title_width = max(16, min(50, (width - 4 - 16) // 2))
        claim_width = max(12, width - 4 - title_width - sum(w for w, _ in ARTICLE_COUNTS) - 2)
        header = Text(f"{'#':>3} {'article':<{title_width}}", no_wrap=True)
        for count_width, label in ARTICLE_COUNTS:
            header.append(label.rjust(count_width))
        header.append("  first claim")
        self.query_one("#folder-articles-header", Static).update(header)
        previous = self.articles.highlighted
        entity = self.highlighted_entity
        detail = self.query_one("#folder-detail", Static)
        self.article_rows = []
        if entity is None:
            detail.update(Text("No actors yet." if not self.snapshot.finished else "No actors."))
            self.articles.set_rows([])
            return
        detail.update(self._detail(entity))
        documents = self.folder.documents
        rows = []
        for appearance in entity.appearances:
            position = self.snapshot.document_of(appearance.document)
            self.article_rows.append((position, appearance.actor_id, appearance.name))
            title = documents[position].title
            make = partial(_article_line, position, title, appearance, title_width, claim_width)
            rows.append(Row(str(position), make))
        keep = None
        if previous is not None and self.article_rows:
            keep = rows[min(previous, len(rows) - 1)].id
        self.articles.set_rows(rows, keep=keep or (rows[0].id if rows else None))

    def _detail(self, entity: Entity) -> Text:
        articles = f"{entity.documents} article{'s' * (entity.documents != 1)}"
        mentions = f"{entity.mentions} mention{'s' * (entity.mentions != 1)}"
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(" ".join(entity.name.split()), style="bold")
        claims = f"{entity.claims} claim{'s' * (entity.claims != 1)}"
        text.append(f" · {entity.kind} · {articles} · {mentions} · {claims}")
        others = [a for a in entity.aliases if a != entity.name][:3]
        if others:
            text.append(" · also " + ", ".join(f"“{' '.join(a.split())}”" for a in others))
        return text

    # ----- events and actions --------------------------------------------------------

    @on(RowList.OptionHighlighted, "#folder-entities")
    def _entity_highlighted(self, event: RowList.OptionHighlighted) -> None:
        event.stop()
        entity_id = event.option.id
        self.picked = True
        if entity_id is not None and entity_id != self.entity_id:
            self.entity_id = entity_id
            self.folder.entity_id = entity_id
            self.articles.set_rows([])  # the next actor's articles start at the top
            self._fill_articles()

    @on(RowList.OptionSelected, "#folder-entities")
    def _entity_selected(self, event: RowList.OptionSelected) -> None:
        event.stop()
        if self.article_rows:
            self.articles.focus()

    @on(RowList.OptionSelected, "#folder-articles")
    def _article_selected(self, event: RowList.OptionSelected) -> None:
        event.stop()
        self._open(self.articles.highlighted)

    def _open(self, row: int | None) -> None:
        if row is not None and 0 <= row < len(self.article_rows):
            position, actor_id, name = self.article_rows[row]
            self.folder.article = position
            self.dismiss(FolderChoice(position, actor_id, name))

    def action_choose(self) -> None:
        if self.articles.has_focus:
            self._open(self.articles.highlighted)
        elif self.article_rows:
            self.articles.focus()

    def action_switch_list(self) -> None:
        if self.entities.has_focus and self.article_rows:
            self.articles.focus()
        else:
            self.entities.focus()

    def action_back(self) -> None:
        if self.articles.has_focus:
            self.entities.focus()
        else:
            self.folder.view = "articles"
            self.dismiss(None)

    def action_sort(self) -> None:
        self.order = SORTS[(SORTS.index(self.order) + 1) % len(SORTS)]
        self.refresh_from_snapshot(force=True)

    def action_jump(self) -> None:
        from dramatis.tui.folder_jump import FolderJumpScreen

        def chosen(entity_id: str | None) -> None:
            if entity_id is not None and entity_id in self.entity_rows:
                self.entity_id, self.picked = entity_id, True
                self.folder.entity_id = entity_id
                self.articles.set_rows([])
                self._fill_entities()
                if self.article_rows:
                    self.articles.focus()

        self.app.push_screen(FolderJumpScreen(self.folder), chosen)


def _entity_line(entity: Entity, name_width: int, colours: dict[str, str]) -> Text:
    line = Text(no_wrap=True, end="")
    line.append(f"{KIND_TAG.get(entity.kind, 'oth'):<4} ", style=colours.get(entity.kind, ""))
    line.append(one_line(entity.name, name_width).ljust(name_width), style="bold")
    for (width, _), value in zip(
        COUNTS, (entity.documents, entity.mentions, entity.claims), strict=True
    ):
        line.append(str(value).rjust(width))
    return line


def _article_line(
    position: int, title: str, appearance, title_width: int, claim_width: int
) -> Text:
    line = Text(no_wrap=True, end="")
    line.append(f"{position + 1:>3} ")
    line.append(one_line(title, title_width).ljust(title_width), style="bold")
    for (width, _), value in zip(
        ARTICLE_COUNTS, (appearance.mentions, appearance.claims), strict=True
    ):
        line.append(str(value).rjust(width))
    claim = appearance.first_claim
    line.append("  ")
    if claim is None:
        line.append("—", style="dim")
    else:
        line.append(one_line(f"{claim.cue.text} — {claim.content.text}", claim_width))
    return line
