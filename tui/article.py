"""The article pane: the document drawn line by line with Textual's Line API.

A 3 MB book has about 50,000 screen lines, so nothing here builds one widget or
one renderable for the whole text. ``WrapIndex`` wraps the paragraphs once per
width into three flat lists (paragraph, start offset, end offset of each screen
line); ``ArticleView.render_line`` draws only the lines on screen, looks up the
highlights of a line by bisecting the sorted mention starts, and keeps the drawn
strips in an LRU cache until the highlights, the width or the theme change.

Article text only ever reaches the screen as ``rich.text.Text`` built from plain
strings with style spans: it is never parsed as markup, so ``[bold]`` in an
article shows as written.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from dramatis.analysis import ACTOR_KINDS, Analysis, Claim, nested_mentions
from dramatis.document import Document
from dramatis.queries import find_claim
from dramatis.tui import keys
from dramatis.tui.selection import NOTHING, Selection
from rich.cells import get_character_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Span as StyleSpan
from rich.text import Text
from textual import events
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

# A comfortable reading measure: about 70-80 characters a line, like a book page.
MAX_MEASURE = 78
MIN_MEASURE = 12
# Extra cells before each line of a paragraph kind: quotes get a bar, lists a bullet.
INDENT = {"quote": 2, "list": 2}
# Paragraphs wrapped per event-loop turn after the first screen: about 10 ms each.
WRAP_SLICE = 1500
_LIST_MARKERS = ("-", "*", "•", "–", "·")


def _is_narrow(text: str) -> bool:
    """True when every character takes exactly one cell, so offsets equal columns."""
    if text.isascii():  # control characters were removed when the document was loaded
        return True
    return all(get_character_cell_size(ch) == 1 for ch in set(text))


def wrap_narrow(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of single-cell text: (start, end) of each line.

    One ``str.rfind`` per line keeps this fast enough to wrap a book in a blink.
    Spaces at a break are dropped; a word longer than the line is cut.
    """
    n = len(text)
    lines: list[tuple[int, int]] = []
    pos = 0
    while pos < n and text[pos] == " ":
        pos += 1
    while pos < n:
        if n - pos <= width:
            lines.append((pos, n))
            break
        if text[pos + width] == " ":
            end = pos + width
        else:
            end = text.rfind(" ", pos + 1, pos + width)
            if end <= pos:
                end = pos + width
        lines.append((pos, end))
        pos = end
        while pos < n and text[pos] == " ":
            pos += 1
    return lines


def wrap_cells(text: str, width: int) -> list[tuple[int, int]]:
    """Word wrap by terminal cells, for text with wide or zero-width characters."""
    widths = [get_character_cell_size(ch) for ch in text]
    n = len(text)
    lines: list[tuple[int, int]] = []
    pos = 0
    while pos < n:
        cells = 0
        i = pos
        last_space = -1
        while i < n and cells + widths[i] <= width:
            if text[i] == " ":
                last_space = i
            cells += widths[i]
            i += 1
        if i >= n:
            lines.append((pos, n))
            break
        if text[i] == " ":
            end = i
        elif last_space > pos:
            end = last_space
        else:
            end = max(i, pos + 1)
        lines.append((pos, end))
        pos = end
        while pos < n and text[pos] == " ":
            pos += 1
    return lines


class WrapIndex:
    """Every screen line of a document at one width, with its document offsets.

    Paragraphs are separated by one blank line (paragraph -1, empty span at the
    next paragraph's start; list items are not), so ``starts`` never decreases and an offset's line is
    a bisection away. The index can be built incrementally (``eager=False``): the
    reader wraps what the first screen needs and the rest a slice at a time, so a
    book's text appears before all of it is wrapped; anything that needs a line
    not wrapped yet (``line_of``, ``ensure``) wraps up to it first.
    """

    __slots__ = ("_document", "_next", "ends", "first_line", "paragraph", "starts", "width")

    def __init__(self, document: Document, width: int, *, eager: bool = True) -> None:
        self.width = width
        self._document = document
        self._next = 0  # the first paragraph not wrapped yet
        self.paragraph: list[int] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.first_line: list[int] = []
        if eager:
            self.extend()

    @property
    def complete(self) -> bool:
        return self._next >= len(self._document.paragraphs)

    def extend(self, paragraphs: int | None = None, *, until_offset: int | None = None) -> None:
        """Wrap the next ``paragraphs`` (all by default), or up to ``until_offset``."""
        doc = self._document
        pars = doc.paragraphs
        stop = len(pars) if paragraphs is None else min(len(pars), self._next + paragraphs)
        if until_offset is not None:
            stop = max(self._next, min(len(pars), bisect_right(self._par_starts(), until_offset)))
        text = doc.text
        paragraph, starts, ends = self.paragraph, self.starts, self.ends
        for number in range(self._next, stop):
            par = pars[number]
            # A blank line between paragraphs, except between the items of a list.
            if number and not (par.kind == "list" and pars[number - 1].kind == "list"):
                paragraph.append(-1)
                starts.append(par.start)
                ends.append(par.start)
            self.first_line.append(len(starts))
            if par.kind == "separator":
                paragraph.append(number)
                starts.append(par.start)
                ends.append(par.end)
                continue
            body = text[par.start : par.end].replace("\n", " ")
            room = max(MIN_MEASURE, self.width - INDENT.get(par.kind, 0))
            pieces = wrap_narrow(body, room) if _is_narrow(body) else wrap_cells(body, room)
            for start, end in pieces or [(0, 0)]:
                paragraph.append(number)
                starts.append(par.start + start)
                ends.append(par.start + end)
        self._next = max(self._next, stop)

    def _par_starts(self) -> _ParagraphStarts:
        return _ParagraphStarts(self._document)

    def ensure(self, line: int) -> None:
        """Wrap until ``line`` exists (or the document ends)."""
        while line >= len(self.starts) and not self.complete:
            self.extend(max(64, (line - len(self.starts)) // 2))

    def estimated_lines(self) -> int:
        """Lines of the whole document: exact once complete, else extrapolated."""
        if self.complete or not self.starts:
            return (
                len(self.starts)
                if self.complete
                else max(1, len(self._document.text) // self.width)
            )
        done = self._document.paragraphs[self._next - 1].end
        rest = len(self._document.text) - done
        return len(self.starts) + int(rest * len(self.starts) / max(1, done))

    def __len__(self) -> int:
        return len(self.starts)

    def line_of(self, offset: int) -> int:
        """The screen line that shows document offset ``offset`` (or the nearest)."""
        if not self.complete:
            self.extend(until_offset=offset)
            self.extend(1)  # the paragraph after, so that a gap resolves to text
        if not self.starts:
            return 0
        line = bisect_right(self.starts, offset) - 1
        line = max(0, line)
        # A blank line shares its start with the next paragraph: show the text.
        while line + 1 < len(self.starts) and self.paragraph[line] < 0:
            line += 1
        return line


class _ParagraphStarts(Sequence[int]):
    """The start offsets of a document's paragraphs, as a sequence for bisection."""

    __slots__ = ("_paragraphs",)

    def __init__(self, document: Document) -> None:
        self._paragraphs = document.paragraphs

    def __len__(self) -> int:
        return len(self._paragraphs)

    def __getitem__(self, index):  # type: ignore[override]
        return self._paragraphs[index].start


@dataclass(frozen=True, slots=True)
class _Mentions:
    """All mentions of an analysis sorted by start, for bisection per line.

    A mention may hold another actor's ("Minnesota" in "University of Minnesota"):
    the longer one comes first (by start, then longest first), so that the nested
    one is drawn over it and a click or a bisection from the right finds it first.
    """

    starts: list[int]
    ends: list[int]
    actors: list[str]
    kinds: list[str]
    nested: list[bool]
    longest: int

    @classmethod
    def of(cls, analysis: Analysis | None) -> _Mentions:
        rows: list[tuple[int, int, str, str]] = []
        inside: frozenset[tuple[str, int, int]] = frozenset()
        if analysis is not None:
            for actor in analysis.actors:
                rows.extend((m.start, -m.end, actor.id, actor.kind) for m in actor.mentions)
            inside = nested_mentions(analysis.actors)
        rows.sort()
        return cls(
            [r[0] for r in rows],
            [-r[1] for r in rows],
            [r[2] for r in rows],
            [r[3] for r in rows],
            [(r[2], r[0], -r[1]) in inside for r in rows],
            max((-r[1] - r[0] for r in rows), default=0),
        )


class ArticleView(ScrollView, can_focus=True):
    """The document, wrapped to a reading measure, with actors highlighted by kind.

    What is marked follows ``selection``, which the reading screen sets (the view
    never changes it); a click on a mention is reported up as ``MentionClicked``.
    """

    BINDINGS = keys.ARTICLE_BINDINGS

    selection: reactive[Selection] = reactive(NOTHING, init=False)

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article--title",
        "article--heading",
        "article--quote",
        "article--list",
        "article--separator",
        *(f"article--{kind}" for kind in ACTOR_KINDS),
        "article--nested",
        "article--focus",
        "article--current",
        "article--claim-source",
        "article--claim-cue",
        "article--claim-content",
    }

    class PositionChanged(Message):
        """The top of the view moved to another place in the document."""

    class Wrapped(Message):
        """The wrap index was replaced (a new width) or has finished wrapping."""

    class MentionClicked(Message):
        def __init__(self, actor_id: str, start: int, end: int) -> None:
            super().__init__()
            self.actor_id = actor_id
            self.start = start
            self.end = end

    def __init__(self, document: Document, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.document = document
        self.index: WrapIndex | None = None
        self._mentions = _Mentions.of(None)
        self._analysis: Analysis | None = None
        self._claim: Claim | None = None  # the selected claim, looked up once
        self._strips: LRUCache[int, Strip] = LRUCache(1024)
        self._pending_offset: int | None = None
        self._margin = 1

    # ----- layout -------------------------------------------------------------

    @property
    def measure(self) -> int:
        return self.index.width if self.index else 0

    def _rewrap(self, width: int) -> None:
        anchor = self._pending_offset
        if anchor is None and self.index is not None:
            anchor = self.reading_offset
        measure = max(MIN_MEASURE, min(MAX_MEASURE, width - 2))
        self._margin = max(1, (width - measure) // 2)
        if self.index is None or self.index.width != measure:
            # Wrap what the first screen needs now, the rest in slices (``_wrap_more``).
            self.index = WrapIndex(self.document, measure, eager=False)
            self.index.extend(until_offset=anchor or 0)
            self.index.ensure(self.index.line_of(anchor or 0) + 2 * max(24, self.size.height))
            self.call_after_refresh(self._wrap_more, self.index)
            self.post_message(self.Wrapped())
        self._strips.clear()
        self._sync_height(width)
        if anchor is not None:
            self._pending_offset = None
            self.scroll_to(y=self.index.line_of(anchor), animate=False, immediate=True)
        self.refresh()

    def _sync_height(self, width: int | None = None) -> None:
        if self.index is not None:
            width = width if width is not None else self.virtual_size.width
            self.virtual_size = Size(width, self.index.estimated_lines())

    def _wrap_more(self, index: WrapIndex) -> None:
        """Wrap the next slice of paragraphs, then yield to the event loop and go on."""
        if index is not self.index:
            return
        if not index.complete:
            index.extend(WRAP_SLICE)
            self._sync_height()
        if index.complete:
            # Also when a jump far ahead wrapped the rest: the map needs the whole index.
            self.post_message(self.Wrapped())
        else:
            self.call_after_refresh(self._wrap_more, index)

    def wrap_all(self) -> None:
        """Finish wrapping now (before going to the end, say)."""
        if self.index is not None and not self.index.complete:
            self.index.extend()
            self._sync_height()
            self.post_message(self.Wrapped())

    def on_resize(self, event: events.Resize) -> None:
        width = self.scrollable_content_region.width
        if width <= 0:
            return
        if self.index is None or self.virtual_size.width != width:
            self._rewrap(width)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()

    # ----- position -----------------------------------------------------------

    @property
    def top_line(self) -> int:
        return int(self.scroll_y)

    def _top_text_line(self) -> int | None:
        """The first wrapped line at or below the top of the view that holds text
        (blank lines between paragraphs belong to none), or None before layout."""
        if not self.index:
            return None
        self.index.ensure(self.top_line + 1)
        if not len(self.index):
            return None
        line = min(self.top_line, len(self.index) - 1)
        while line + 1 < len(self.index) and self.index.paragraph[line] < 0:
            line += 1
        return line

    @property
    def reading_offset(self) -> int:
        """Document offset of the first text at the top of the view."""
        if self._pending_offset is not None:
            return self._pending_offset
        line = self._top_text_line()
        return 0 if line is None else self.index.starts[line]

    @property
    def top_paragraph(self) -> int:
        """Index of the paragraph at the top of the view (0-based)."""
        line = self._top_text_line()
        return 0 if line is None else max(0, self.index.paragraph[line])

    def restore(self, offset: int) -> None:
        """Put ``offset`` at the top of the view (now, or once the view is laid out)."""
        if self.index is None:
            self._pending_offset = offset
        else:
            self.scroll_to(y=self.index.line_of(offset), animate=False, immediate=True)

    def is_visible(self, offset: int) -> bool:
        """Whether the line showing ``offset`` is on screen."""
        if self.index is None:
            return False
        line = self.index.line_of(offset)
        return self.top_line <= line < self.top_line + max(1, self.scrollable_content_region.height)

    def show_offset(self, start: int, end: int | None = None) -> None:
        """Scroll so that the span is visible; if it already is, stay still."""
        if self.index is None:
            self._pending_offset = start
            return
        first = self.index.line_of(start)
        last = self.index.line_of(max(start, (end or start) - 1))
        height = max(1, self.scrollable_content_region.height)
        top = self.top_line
        if top <= first and last < top + height:
            return
        # A third of the way down: the reader sees what leads up to the target.
        self.scroll_to(y=max(0, first - height // 3), animate=False, immediate=True)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if round(old_value) != round(new_value):
            self.post_message(self.PositionChanged())

    # ----- highlights ---------------------------------------------------------

    def _changed(self) -> None:
        self._strips.clear()
        self.refresh()

    def set_analysis(self, analysis: Analysis | None) -> None:
        self._analysis = analysis
        self._mentions = _Mentions.of(analysis)
        self._claim = find_claim(analysis, self.selection.claim)
        self._changed()

    def watch_selection(self, old: Selection, new: Selection) -> None:
        if new.claim != old.claim:
            self._claim = find_claim(self._analysis, new.claim)
        self._changed()

    @property
    def focused_actor(self) -> str | None:
        return self.selection.actor

    @property
    def current_span(self) -> tuple[int, int] | None:
        return self.selection.mention

    @property
    def claim(self) -> Claim | None:
        return self._claim

    def mention_at(self, offset: int) -> tuple[str, int, int] | None:
        """The mention (actor id, start, end) covering ``offset``, if any: of two
        nested mentions, the inner one ("Minnesota", not "University of Minnesota")."""
        m = self._mentions
        i = bisect_right(m.starts, offset) - 1
        while i >= 0 and m.starts[i] >= offset - m.longest:
            if m.starts[i] <= offset < m.ends[i]:
                return m.actors[i], m.starts[i], m.ends[i]
            i -= 1
        return None

    # ----- scrolling actions --------------------------------------------------

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - 2)

    def action_line_down(self) -> None:
        self.scroll_to(y=self.scroll_y + 1, animate=False, immediate=True)

    def action_line_up(self) -> None:
        self.scroll_to(y=self.scroll_y - 1, animate=False, immediate=True)

    def action_page_down(self) -> None:
        self.scroll_to(y=self.scroll_y + self._page(), animate=False, immediate=True)

    def action_page_up(self) -> None:
        self.scroll_to(y=self.scroll_y - self._page(), animate=False, immediate=True)

    def action_top(self) -> None:
        self.scroll_to(y=0, animate=False, immediate=True)

    def action_bottom(self) -> None:
        self.wrap_all()
        self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)

    # ----- mouse --------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        if self.index is None:
            return
        line = self.top_line + event.y
        self.index.ensure(line)
        if not 0 <= line < len(self.index) or self.index.paragraph[line] < 0:
            return
        kind = self.document.paragraphs[self.index.paragraph[line]].kind
        column = event.x - self._margin - INDENT.get(kind, 0)
        start, end = self.index.starts[line], self.index.ends[line]
        if not 0 <= column < end - start:
            return
        hit = self.mention_at(start + column)
        if hit is not None:
            self.post_message(self.MentionClicked(*hit))

    # ----- drawing ------------------------------------------------------------

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"article--{name}", partial=True)

    def _spans(self, start: int, end: int) -> list[StyleSpan]:
        """Style spans (relative to ``start``) for the document range of one line."""
        spans: list[StyleSpan] = []
        claim = self.claim
        if claim is not None and claim.content.start < end and claim.content.end > start:
            spans.append(
                StyleSpan(
                    max(0, claim.content.start - start),
                    min(end, claim.content.end) - start,
                    self._style("claim-content"),
                )
            )
        m = self._mentions
        i = bisect_left(m.starts, start - m.longest)
        focus_style = self._style("focus")
        nested_style = self._style("nested")
        while i < len(m.starts) and m.starts[i] < end:
            if m.ends[i] > start:
                a, b = max(0, m.starts[i] - start), min(end, m.ends[i]) - start
                style = self._style(m.kinds[i])
                # A name in a longer name: its own actor's colour, underlined, over
                # the longer name's colour (which runs on around it).
                spans.append(StyleSpan(a, b, style + nested_style if m.nested[i] else style))
                if m.actors[i] == self.focused_actor:
                    spans.append(StyleSpan(a, b, focus_style))
            i += 1
        if claim is not None:
            marks: list[tuple[int, int, str]] = [(claim.cue.start, claim.cue.end, "claim-cue")]
            if claim.source is not None:
                marks.append((claim.source.start, claim.source.end, "claim-source"))
            for s, e, name in marks:
                if s < end and e > start:
                    spans.append(
                        StyleSpan(max(0, s - start), min(end, e) - start, self._style(name))
                    )
        if self.current_span is not None:
            s, e = self.current_span
            if s < end and e > start:
                spans.append(
                    StyleSpan(max(0, s - start), min(end, e) - start, self._style("current"))
                )
        return spans

    def _draw(self, y: int, width: int) -> Strip:
        base = self.rich_style
        index = self.index
        if index is not None:
            index.ensure(y)
        if index is None or not 0 <= y < len(index) or index.paragraph[y] < 0:
            return Strip.blank(width, base)
        par = self.document.paragraphs[index.paragraph[y]]
        start, end = index.starts[y], index.ends[y]
        segments: list[Segment] = []
        if self._margin:
            segments.append(Segment(" " * self._margin, base))
        if par.kind == "separator":
            rule = "─" * min(9, index.width)
            pad = (index.width - len(rule)) // 2
            segments.append(Segment(" " * pad, base))
            segments.append(Segment(rule, base + self._style("separator")))
            return Strip(segments).adjust_cell_length(width, base)
        kind_style = base
        if par.kind in ("title", "heading", "quote", "list"):
            kind_style = base + self._style(par.kind)
        if par.kind == "quote":
            segments.append(Segment("│ ", kind_style))
        elif par.kind == "list":
            body = self.document.text[par.start : par.end].lstrip()
            first = y == index.first_line[index.paragraph[y]]
            bullet = (
                "• "
                if first and not body.startswith(_LIST_MARKERS) and not body[:1].isdigit()
                else "  "
            )
            segments.append(Segment(bullet, kind_style))
        line_text = self.document.text[start:end].replace("\n", " ")
        text = Text(line_text, style=kind_style, spans=self._spans(start, end), end="")
        segments.extend(text.render(self.app.console))
        return Strip(segments).adjust_cell_length(width, base)

    def render_line(self, y: int) -> Strip:
        line = self.top_line + y
        width = self.scrollable_content_region.width
        strip = self._strips.get(line)
        if strip is None or strip.cell_length != width:
            strip = self._draw(line, width)
            self._strips[line] = strip
        return strip.apply_offsets(0, line)

    # ----- text of the view (for tests and the status line) -------------------

    def visible_lines(self) -> Sequence[str]:
        """The plain text of the lines now on screen (for tests and debugging)."""
        if self.index is None:
            return []
        height = self.scrollable_content_region.height
        self.index.ensure(self.top_line + height)
        rows = []
        for line in range(self.top_line, min(len(self.index), self.top_line + height)):
            start, end = self.index.starts[line], self.index.ends[line]
            rows.append(self.document.text[start:end].replace("\n", " "))
        return rows
