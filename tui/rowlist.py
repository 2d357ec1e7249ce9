"""A one-line-per-row list drawn with Textual's Line API, for the side panel's tabs."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from dramatis.tui import keys
from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets.option_list import OptionDoesNotExist


class Row:
    """One line of a list: an id (None for a group header) and its text, built on demand."""

    __slots__ = ("_make", "_prompt", "disabled", "id")

    def __init__(self, id: str | None, make: Callable[[], Text]) -> None:
        self.id = id
        self.disabled = id is None
        self._make = make
        self._prompt: Text | None = None

    @property
    def prompt(self) -> Text:
        if self._prompt is None:
            self._prompt = self._make()
        return self._prompt


class RowList(ScrollView, can_focus=True):
    """A one-line-per-row list drawn with the Line API.

    Textual's OptionList measures every option whenever its options change, which
    costs seconds for the thousands of actors and claims of a book, every time a
    partial analysis arrives. Here a rebuild only stores row builders; a row's
    text is made when it is first drawn. The API follows OptionList's names.
    """

    BINDINGS = keys.LIST_BINDINGS
    COMPONENT_CLASSES: ClassVar[set[str]] = {"rowlist--cursor", "rowlist--header"}

    class OptionHighlighted(Message):
        def __init__(self, row_list: RowList, option: Row) -> None:
            super().__init__()
            self.row_list = row_list
            self.option = option

        @property
        def control(self) -> RowList:
            return self.row_list

    class OptionSelected(OptionHighlighted):
        pass

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: list[Row] = []
        self._index: dict[str, int] = {}
        self._highlighted: int | None = None

    # ----- OptionList-like API ------------------------------------------------

    @property
    def option_count(self) -> int:
        return len(self._rows)

    def get_option_at_index(self, index: int) -> Row:
        return self._rows[index]

    def get_option_index(self, option_id: str) -> int:
        try:
            return self._index[option_id]
        except KeyError:
            raise OptionDoesNotExist(option_id) from None

    @property
    def highlighted_option(self) -> Row | None:
        return None if self._highlighted is None else self._rows[self._highlighted]

    @property
    def highlighted(self) -> int | None:
        return self._highlighted

    @highlighted.setter
    def highlighted(self, index: int | None) -> None:
        if self.move_quietly(index) and self._highlighted is not None:
            self.post_message(self.OptionHighlighted(self, self._rows[self._highlighted]))

    def move_quietly(self, index: int | None) -> bool:
        """Move the cursor without telling anyone (to follow a selection made elsewhere);
        whether it moved."""
        if index is not None:
            index = max(0, min(index, len(self._rows) - 1)) if self._rows else None
        if index == self._highlighted:
            return False
        self._highlighted = index
        self.refresh()
        if index is not None:
            self._scroll_into_view(index)
        return True

    def set_rows(self, rows: list[Row], keep: str | None = None) -> None:
        """Replace the rows; the row with id ``keep`` stays highlighted, quietly."""
        self._rows = rows
        self._index = {row.id: i for i, row in enumerate(rows) if row.id is not None}
        self._highlighted = self._index.get(keep) if keep is not None else None
        self.virtual_size = Size(self.scrollable_content_region.width, len(rows))
        if self._highlighted is not None:
            self._scroll_into_view(self._highlighted)
        self.refresh()

    # ----- movement -----------------------------------------------------------

    def _scroll_into_view(self, index: int) -> None:
        height = max(1, self.scrollable_content_region.height)
        top = int(self.scroll_y)
        if index < top:
            self.scroll_to(y=index, animate=False, immediate=True)
        elif index >= top + height:
            self.scroll_to(y=index - height + 1, animate=False, immediate=True)

    def _move(self, start: int, step: int) -> None:
        """Highlight the first selectable row from ``start`` going ``step``."""
        i = start
        while 0 <= i < len(self._rows):
            if not self._rows[i].disabled:
                self.highlighted = i
                return
            i += step

    def action_cursor_down(self) -> None:
        self._move(0 if self._highlighted is None else self._highlighted + 1, 1)

    def action_cursor_up(self) -> None:
        if self._highlighted is None:
            self.action_last()
        else:
            self._move(self._highlighted - 1, -1)

    def action_first(self) -> None:
        self._move(0, 1)

    def action_last(self) -> None:
        self._move(len(self._rows) - 1, -1)

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def action_page_down(self) -> None:
        target = min(len(self._rows) - 1, (self._highlighted or 0) + self._page())
        self._move(target, 1) if target < len(self._rows) - 1 else self.action_last()

    def action_page_up(self) -> None:
        target = max(0, (self._highlighted or 0) - self._page())
        self._move(target, -1) if target > 0 else self.action_first()

    def action_select(self) -> None:
        row = self.highlighted_option
        if row is not None and not row.disabled:
            self.post_message(self.OptionSelected(self, row))

    def on_click(self, event: events.Click) -> None:
        index = int(self.scroll_y) + event.y
        if 0 <= index < len(self._rows) and not self._rows[index].disabled:
            self.highlighted = index
            self.action_select()

    # ----- drawing ------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        index = int(self.scroll_y) + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if not 0 <= index < len(self._rows):
            return Strip.blank(width, base)
        row = self._rows[index]
        style = base
        if index == self._highlighted:
            style = base + self.get_component_rich_style("rowlist--cursor", partial=True)
        elif row.disabled:
            style = base + self.get_component_rich_style("rowlist--header", partial=True)
        text = row.prompt.copy()
        text.stylize_before(style)
        text.end = ""
        segments = list(text.render(self.app.console))
        return Strip(segments).adjust_cell_length(width, style).apply_offsets(0, index)
