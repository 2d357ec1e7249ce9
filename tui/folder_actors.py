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

from dramatis.entities import Entity
from dramatis.tui import keys
from dramatis.tui.folder import FolderAnalysis, FolderChoice, FolderSnapshot
from dramatis.tui.jump import kind_style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

POLL_SECONDS = 0.25
SORTS = ("articles", "mentions", "name")
KIND_LABELS = {
    "person": "per",
    "organization": "org",
    "place": "loc",
    "group": "grp",
    "other": "oth",
}


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
        self.focus_articles = focus_articles
        self.order = SORTS[0]
        self.shown_version = -1
        self.snapshot: FolderSnapshot = folder.snapshot
        self.entity_rows: list[str] = []  # entity id per row of the actor table
        self.article_rows: list[tuple[int, str, str]] = []  # (library position, actor id, name)

    def compose(self) -> ComposeResult:
        with Vertical(id="folder-box"):
            yield Static(id="folder-heading", markup=False)
            yield DataTable(id="folder-entities", cursor_type="row", zebra_stripes=True)
            yield Static(id="folder-detail", markup=False)
            yield DataTable(id="folder-articles", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_from_snapshot()
        if self.focus_articles and self.article_rows:
            opened = [row[0] for row in self.article_rows]
            if self.folder.article in opened:  # back from it: on it again
                self.articles.move_cursor(row=opened.index(self.folder.article))
            self.articles.focus()
        else:
            self.entities.focus()
        self.set_interval(POLL_SECONDS, self.refresh_from_snapshot)

    @property
    def entities(self) -> DataTable:
        return self.query_one("#folder-entities", DataTable)

    @property
    def articles(self) -> DataTable:
        return self.query_one("#folder-articles", DataTable)

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
        count = len(snapshot.analyses)
        heading = f"Actors across the library — {snapshot.progress_label()} · by {self.order}"
        if count == 0 and not snapshot.finished:
            heading += " (the articles are being analysed; actors appear as they are)"
        self.query_one("#folder-heading", Static).update(Text(heading))
        self._fill_entities()

    def _same_entity(self, previous: Entity) -> str | None:
        if self.snapshot.entity(previous.id) and self.snapshot.entity(previous.id).name == (
            previous.name
        ):
            return previous.id
        for entity in self.snapshot.index.entities:
            if entity.name == previous.name and entity.kind == previous.kind:
                return entity.id
        return None

    def _widths(self) -> tuple[int, int]:
        width = max(40, self.app.size.width)
        name = max(16, width - 5 - 8 - 8 - 6 - 14)
        title = max(16, min(50, (width - 3 - 8 - 6 - 14) // 2))
        return name, title

    def _fill_entities(self) -> None:
        table = self.entities
        name_width, _ = self._widths()
        if not table.columns:
            table.add_column(Text("kind"), width=4)
            table.add_column(Text("actor"), width=name_width)
            table.add_column(Text("articles", justify="right"), width=8)
            table.add_column(Text("mentions", justify="right"), width=8)
            table.add_column(Text("claims", justify="right"), width=6)
        dark = self.app.current_theme.dark
        ordered = sort_entities(list(self.snapshot.index.entities), self.order)
        table.clear()
        self.entity_rows = [entity.id for entity in ordered]
        table.add_rows(
            (
                Text(KIND_LABELS.get(e.kind, "oth"), style=kind_style(e.kind, dark)),
                Text(one_line(e.name, name_width), style="bold"),
                Text(str(e.documents), justify="right"),
                Text(str(e.mentions), justify="right"),
                Text(str(e.claims), justify="right"),
            )
            for e in ordered
        )
        if self.entity_id not in self.entity_rows:
            self.entity_id = self.entity_rows[0] if self.entity_rows else None
        if self.entity_id is not None:
            table.move_cursor(row=self.entity_rows.index(self.entity_id), scroll=True)
        self._fill_articles()

    def _fill_articles(self) -> None:
        table = self.articles
        _, title_width = self._widths()
        claim_width = max(16, self.app.size.width - title_width - 3 - 8 - 6 - 14)
        if not table.columns:
            table.add_column(Text("#", justify="right"), width=3)
            table.add_column(Text("article"), width=title_width)
            table.add_column(Text("mentions", justify="right"), width=8)
            table.add_column(Text("claims", justify="right"), width=6)
            table.add_column(Text("first claim"), width=claim_width)
        cursor = table.cursor_row
        table.clear()
        entity = self.highlighted_entity
        detail = self.query_one("#folder-detail", Static)
        self.article_rows = []
        if entity is None:
            detail.update(Text("No actors yet." if not self.snapshot.finished else "No actors."))
            return
        detail.update(self._detail(entity))
        documents = self.folder.documents
        for appearance in entity.appearances:
            position = self.snapshot.document_of(appearance.document)
            self.article_rows.append((position, appearance.actor_id, appearance.name))
            claim = appearance.first_claim
            first = (
                Text(one_line(f"{claim.cue.text} — {claim.content.text}", claim_width))
                if claim
                else Text("—", style="dim")
            )
            table.add_row(
                Text(str(position + 1), justify="right"),
                Text(one_line(documents[position].title, title_width), style="bold"),
                Text(str(appearance.mentions), justify="right"),
                Text(str(appearance.claims), justify="right"),
                first,
            )
        if self.article_rows:
            table.move_cursor(row=min(cursor, len(self.article_rows) - 1))

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

    @on(DataTable.RowHighlighted, "#folder-entities")
    def _entity_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        if event.cursor_row != self.entities.cursor_row:
            return  # stale: the cursor has moved on (a rebuild puts it back on its actor)
        if 0 <= event.cursor_row < len(self.entity_rows):
            entity_id = self.entity_rows[event.cursor_row]
            if entity_id != self.entity_id or not self.article_rows:
                self.entity_id = entity_id
                self.folder.entity_id = entity_id
                self.articles.move_cursor(row=0)
                self._fill_articles()

    @on(DataTable.RowSelected, "#folder-entities")
    def _entity_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if self.article_rows:
            self.articles.focus()

    @on(DataTable.RowSelected, "#folder-articles")
    def _article_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self._open(event.cursor_row)

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.article_rows):
            position, actor_id, name = self.article_rows[row]
            self.folder.article = position
            self.dismiss(FolderChoice(position, actor_id, name))

    def action_choose(self) -> None:
        if self.articles.has_focus:
            self._open(self.articles.cursor_row)
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
                self.entity_id = entity_id
                self.entities.move_cursor(row=self.entity_rows.index(entity_id), scroll=True)
                self._fill_articles()
                if self.article_rows:
                    self.articles.focus()

        self.app.push_screen(FolderJumpScreen(self.folder), chosen)

    def _focused_table(self) -> DataTable:
        return self.articles if self.articles.has_focus else self.entities

    def action_cursor_down(self) -> None:
        self._focused_table().action_cursor_down()

    def action_cursor_up(self) -> None:
        self._focused_table().action_cursor_up()

    def action_first(self) -> None:
        self._focused_table().move_cursor(row=0)

    def action_last(self) -> None:
        table = self._focused_table()
        table.move_cursor(row=max(0, table.row_count - 1))
