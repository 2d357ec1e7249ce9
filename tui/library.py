"""The library: the documents given on the command line, to pick one to read.

``dramatis a.txt b.md`` or ``dramatis folder/`` opens it first; ``l`` in the reader
returns to it. It dismisses with the index of the chosen document, a
``FolderChoice`` (an article to open on an actor's first mention, chosen in the
actors across the library), or None (escape). Titles and file names are shown as
plain ``Text``, never parsed as markup.

With a ``FolderAnalysis`` (the app gives its own) the library analyses every
document in the background, shows the progress in its heading, and offers the
actors across all the articles (``A``) and a fuzzy jump to any of them (``/``).
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from dramatis.document import Document, is_mostly_latin
from dramatis.tui import keys
from dramatis.tui.folder import FolderAnalysis, FolderChoice
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static


def _words(document: Document) -> int:
    return len(document.text.split())


def size_label(document: Document) -> str:
    """'1,234 words' — what a reader wants to know of a document's length.

    Scripts written without spaces (Chinese, Japanese, Thai) count characters.
    """
    if not is_mostly_latin(document.text[:20_000]):
        count, unit = len(document.text), "character"
    else:
        count, unit = _words(document), "word"
    return f"{count:,} {unit}{'s' if count != 1 else ''}"


def _common_folder(documents: list[Document]) -> str | None:
    """The folder every document comes from, if they share one (then shown once)."""
    folders = {str(Path(d.source).parent) for d in documents if d.source != "-"}
    if len(folders) == 1 and all(d.source != "-" for d in documents):
        return folders.pop()
    return None


def _one_line(text: str, width: int) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


POLL_SECONDS = 0.25


class LibraryScreen(Screen[int | FolderChoice | None]):
    """A table of the open documents: title, source, size and format."""

    BINDINGS: ClassVar[list[BindingType]] = keys.LIBRARY_BINDINGS

    def __init__(
        self,
        documents: list[Document],
        *,
        current: int | None = None,
        folder: FolderAnalysis | None = None,
    ) -> None:
        super().__init__()
        self.documents = list(documents)
        self.current = current
        self.folder = _common_folder(self.documents)
        self.folder_analysis = folder
        self.shown_version = -1

    def compose(self) -> ComposeResult:
        with Vertical(id="library-box"):
            yield Static(Text(self._heading()), id="library-heading")
            yield DataTable(id="library-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def _heading(self) -> str:
        count = len(self.documents)
        total = sum(_words(d) for d in self.documents)
        heading = f"Library — {count} document{'s' if count != 1 else ''}, {total:,} words"
        if self.folder not in (None, "."):
            heading += f" · in {self.folder}"
        if self.folder_analysis is not None:
            heading += f" · {self.folder_analysis.snapshot.progress_label()}"
        return heading

    def _poll(self) -> None:
        assert self.folder_analysis is not None
        snapshot = self.folder_analysis.snapshot
        if snapshot.version != self.shown_version:
            self.shown_version = snapshot.version
            self.query_one("#library-heading", Static).update(Text(self._heading()))

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns(Text("#"), Text("Title"), Text("Source"), Text("Size"), Text("Format"))
        source_width = 40 if self.app.size.width >= 100 else 22
        sources = [
            _one_line(self._source_label(document), source_width) for document in self.documents
        ]
        formats = [f"{document.format} · {document.encoding}" for document in self.documents]
        # The title takes what the other columns (and their cell padding) leave, so
        # that every column fits the screen.
        others = 4 + max(map(len, sources)) + 10 + max(map(len, formats)) + 12
        if len(self.documents) > self.app.size.height - 6:
            others += 2  # the table's scrollbar
        title_width = max(16, min(60, self.app.size.width - others))
        for index, document in enumerate(self.documents):
            table.add_row(
                Text(str(index + 1), justify="right"),
                Text(_one_line(document.title, title_width), style="bold"),
                Text(sources[index]),
                Text(size_label(document), justify="right"),
                Text(formats[index]),
                key=str(index),
            )
        if self.current is not None and 0 <= self.current < len(self.documents):
            table.move_cursor(row=self.current)
        table.focus()
        if self.folder_analysis is not None:
            self.folder_analysis.start(self.app)
            self.set_interval(POLL_SECONDS, self._poll)
            if self.folder_analysis.view == "actors":
                # Back from an article opened from the actors: back to them.
                self.call_after_refresh(self.action_actors, None, True)

    def _source_label(self, document: Document) -> str:
        if document.source == "-":
            return "standard input"
        return Path(document.source).name if self.folder is not None else document.source

    @property
    def table(self) -> DataTable:
        return self.query_one(DataTable)

    @property
    def highlighted(self) -> int:
        """Index of the document under the cursor."""
        return self.table.cursor_row

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.dismiss(int(event.row_key.value or 0))

    def action_open(self) -> None:
        if self.documents:
            self.dismiss(self.highlighted)

    def action_close(self) -> None:
        self.dismiss(None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Without a background analysis there are no actors across the documents.
        if action in ("actors", "jump"):
            return self.folder_analysis is not None
        return True

    def action_actors(self, entity_id: str | None = None, focus_articles: bool = False) -> None:
        from dramatis.tui.folder_actors import FolderActorsScreen

        if self.folder_analysis is None or self.app.screen is not self:
            return
        self.folder_analysis.view = "actors"

        def chosen(choice: FolderChoice | None) -> None:
            if choice is not None:
                self.dismiss(choice)

        screen = FolderActorsScreen(
            self.folder_analysis,
            entity_id=entity_id or self.folder_analysis.entity_id,
            focus_articles=focus_articles,
        )
        self.app.push_screen(screen, chosen)

    def action_jump(self) -> None:
        from dramatis.tui.folder_jump import FolderJumpScreen

        if self.folder_analysis is None:
            return

        def chosen(entity_id: str | None) -> None:
            if entity_id is not None:
                self.action_actors(entity_id, focus_articles=True)

        self.app.push_screen(FolderJumpScreen(self.folder_analysis), chosen)

    def action_cursor_down(self) -> None:
        self.table.action_cursor_down()

    def action_cursor_up(self) -> None:
        self.table.action_cursor_up()

    def action_first(self) -> None:
        self.table.move_cursor(row=0)

    def action_last(self) -> None:
        self.table.move_cursor(row=len(self.documents) - 1)
