"""The mention map: a one-column strip beside the article's scrollbar.

Like an editor's search hits on its scrollbar, it marks where the focused actor
is mentioned (``━``) and where its claims are (``◆``), scaled to the whole
document: a mark's row is its visual line (through the article's wrap index) over
all visual lines. The marks differ by shape, not only by colour, so that they
read in 16 colours too.

All the work happens when the focus, the analysis, the wrap or the height
changes: the rows are computed once per actor (and kept until one of those
changes), and ``render_line`` only picks one of four prebuilt strips. A click on
the strip, or enter on its cursor (``m`` moves the focus here), asks the screen
to go to the actor's mention nearest that place.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import ClassVar

from dramatis.analysis import ACTOR_KINDS, Analysis
from dramatis.queries import claim_starts_of, mention_starts
from dramatis.tui import keys
from dramatis.tui.article import WrapIndex
from dramatis.tui.selection import NOTHING, Selection
from rich.segment import Segment
from textual import events
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

# What a row of the strip holds, and how it is drawn.
EMPTY, MENTION, CLAIM = 0, 1, 2
GLYPHS = {EMPTY: " ", MENTION: "━", CLAIM: "◆", MENTION | CLAIM: "◆"}


def rows_of(
    offsets: Sequence[int], height: int, text_length: int, index: WrapIndex | None
) -> set[int]:
    """The strip rows (0 .. height-1) that the sorted document ``offsets`` fall on.

    Through the wrap index once it is complete (a row per share of visual lines);
    before that, by share of characters, which is close and costs no wrapping.
    """
    if height <= 0:
        return set()
    if index is not None and index.complete and len(index):
        starts, total = index.starts, len(index)
        return {min(height - 1, (bisect_right(starts, o) - 1) * height // total) for o in offsets}
    total = max(1, text_length)
    return {min(height - 1, max(0, o) * height // total) for o in offsets}


class MentionMap(Widget, can_focus=True):
    """Where the focused actor is, over the whole document, one row per stretch of it."""

    BINDINGS = keys.MAP_BINDINGS
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *(f"mentionmap--{kind}" for kind in ACTOR_KINDS),
        "mentionmap--claim",
        "mentionmap--cursor",
    }

    selection: reactive[Selection] = reactive(NOTHING, init=False)

    class Picked(Message):
        """Go to the focused actor's mention nearest ``offset`` (``preview``: only say which)."""

        def __init__(self, offset: int, preview: bool = False) -> None:
            super().__init__()
            self.offset = offset
            self.preview = preview

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.analysis: Analysis | None = None
        self.index: WrapIndex | None = None
        self.cursor: int | None = None  # the keyboard's row, while the strip has focus
        self._codes: list[int] = []
        self._by_actor: dict[str, list[int]] = {}  # rows per actor, at the current layout
        self._strips: dict[tuple[int, bool], Strip] = {}

    # ----- what to show (set by the screen) -------------------------------------

    def set_analysis(self, analysis: Analysis | None) -> None:
        self.analysis = analysis
        self._relayout()

    def set_index(self, index: WrapIndex | None) -> None:
        """The article's wrap index changed (new width, or wrapping finished)."""
        self.index = index
        self._relayout()

    def watch_selection(self, old: Selection, new: Selection) -> None:
        if old.actor != new.actor:
            self._update_codes()

    def on_resize(self) -> None:
        self._relayout()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()

    def _relayout(self) -> None:
        self._by_actor.clear()
        self._strips.clear()
        self._update_codes()

    def codes_for(self, actor_id: str) -> list[int]:
        """Per row: EMPTY, MENTION, CLAIM or both, for one actor (computed once per layout)."""
        codes = self._by_actor.get(actor_id)
        if codes is not None:
            return codes
        height = self.size.height
        codes = [EMPTY] * height
        actor = self.analysis.actor(actor_id) if self.analysis else None
        if actor is not None and self.analysis is not None:
            length = len(self.analysis.text)
            for row in rows_of(mention_starts(actor), height, length, self.index):
                codes[row] |= MENTION
            claims = claim_starts_of(self.analysis, actor_id)
            for row in rows_of(claims, height, length, self.index):
                codes[row] |= CLAIM
        self._by_actor[actor_id] = codes
        return codes

    def _update_codes(self) -> None:
        actor = self.selection.actor
        self._codes = self.codes_for(actor) if actor else []
        self._strips.clear()  # the mention colour is the actor's kind's
        self.refresh()

    # ----- drawing ----------------------------------------------------------------

    def _strip(self, code: int, cursor: bool) -> Strip:
        strip = self._strips.get((code, cursor))
        if strip is None:
            style = self.rich_style
            if code & CLAIM:
                style += self.get_component_rich_style("mentionmap--claim", partial=True)
            elif code & MENTION and self.analysis is not None:
                actor = self.analysis.actor(self.selection.actor)
                kind = actor.kind if actor else "other"
                style += self.get_component_rich_style(f"mentionmap--{kind}", partial=True)
            if cursor:
                style += self.get_component_rich_style("mentionmap--cursor", partial=True)
            strip = Strip([Segment(GLYPHS[code], style)], 1).adjust_cell_length(
                self.size.width, style
            )
            self._strips[(code, cursor)] = strip
        return strip

    def render_line(self, y: int) -> Strip:
        code = self._codes[y] if 0 <= y < len(self._codes) else EMPTY
        return self._strip(code, self.has_focus and y == self.cursor)

    def watch_has_focus(self, focused: bool) -> None:
        if focused and self.cursor is None:
            self.cursor = 0
        self.refresh()

    # ----- choosing a place -----------------------------------------------------

    def offset_at(self, row: int) -> int:
        """The document offset in the middle of the stretch that ``row`` stands for."""
        height = max(1, self.size.height)
        row = max(0, min(height - 1, row))
        index = self.index
        if index is not None and index.complete and len(index):
            line = min(len(index) - 1, (2 * row + 1) * len(index) // (2 * height))
            return index.starts[line]
        length = len(self.analysis.text) if self.analysis else 0
        return (2 * row + 1) * length // (2 * height)

    def on_click(self, event: events.Click) -> None:
        self.post_message(self.Picked(self.offset_at(event.y)))

    def _move(self, row: int) -> None:
        self.cursor = max(0, min(self.size.height - 1, row))
        self.refresh()
        self.post_message(self.Picked(self.offset_at(self.cursor), preview=True))

    def action_cursor(self, step: int) -> None:
        self._move((self.cursor or 0) + step)

    def action_cursor_to(self, where: str) -> None:
        self._move(0 if where == "top" else self.size.height - 1)

    def action_pick(self) -> None:
        self.post_message(self.Picked(self.offset_at(self.cursor or 0)))
