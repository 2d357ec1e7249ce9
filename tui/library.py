"""The library: the documents given on the command line, to pick one to read.

``dramatis a.txt b.md`` or ``dramatis folder/`` opens it first; ``l`` in the reader
returns to it. It dismisses with the index of the chosen document, or None (escape).
Titles and file names are shown as plain ``Text``, never parsed as markup.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from dramatis.document import Document, is_mostly_latin
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
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


class LibraryScreen(Screen[int | None]):
    """A table of the open documents: title, source, size and format."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", id="dramatis.library.open"),
        Binding("escape", "close", "Back", id="dramatis.library.close"),
        Binding("q", "app.quit", "Quit", id="dramatis.library.quit"),
        Binding("j", "cursor_down", "Down", show=False, id="dramatis.library.down"),
        Binding("k", "cursor_up", "Up", show=False, id="dramatis.library.up"),
        Binding("g,home", "first", "First", show=False, id="dramatis.library.first"),
        Binding("G,end", "last", "Last", show=False, id="dramatis.library.last"),
    ]

    def __init__(self, documents: list[Document], *, current: int | None = None) -> None:
        super().__init__()
        self.documents = list(documents)
        self.current = current
        self.folder = _common_folder(self.documents)

    def compose(self) -> ComposeResult:
        with Vertical(id="library-box"):
            count = len(self.documents)
            total = sum(_words(d) for d in self.documents)
            heading = f"Library — {count} document{'s' if count != 1 else ''}, {total:,} words"
            if self.folder not in (None, "."):
                heading += f" · in {self.folder}"
            yield Static(Text(heading), id="library-heading")
            yield DataTable(id="library-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

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

    def action_cursor_down(self) -> None:
        self.table.action_cursor_down()

    def action_cursor_up(self) -> None:
        self.table.action_cursor_up()

    def action_first(self) -> None:
        self.table.move_cursor(row=0)

    def action_last(self) -> None:
        self.table.move_cursor(row=len(self.documents) - 1)
