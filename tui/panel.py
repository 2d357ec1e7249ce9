"""The side panel: Actors and Claims tabs, and a detail area for the selection.

Rows are built as ``rich.text.Text`` from plain strings (never markup), cut to
the list's width so that each item stays one line. When a newer (partial or
final) analysis arrives the lists are rebuilt and the highlighted id is kept, so
the list does not jump under the reader's cursor.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable
from contextlib import suppress
from functools import partial
from typing import ClassVar

from dramatis.analysis import ACTOR_KINDS, Actor, Analysis, Claim
from dramatis.document import Document
from dramatis.tui import keys
from rich.cells import cell_len, set_cell_size
from rich.style import Style
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static, TabbedContent, TabPane
from textual.widgets.option_list import OptionDoesNotExist

KIND_TAG = {"person": "per", "organization": "org", "place": "loc", "group": "grp", "other": "oth"}
SORTS = ("mentions", "appearance")
FILTERS: tuple[str | None, ...] = (None, *ACTOR_KINDS)
UNATTRIBUTED = "Unattributed"  # kind "other": hedged, or from a source that names nobody
OTHER_SOURCES = "Other sources"  # a source the text names but no actor was found for


def fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` cells, with an ellipsis when it was longer."""
    if width <= 0:
        return ""
    if cell_len(text) <= width:
        return text
    return set_cell_size(text, width - 1) + "…"


def one_line(text: str) -> str:
    return " ".join(text.split())


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
        if index is not None:
            index = max(0, min(index, len(self._rows) - 1)) if self._rows else None
        if index == self._highlighted:
            return
        self._highlighted = index
        self.refresh()
        if index is not None:
            self._scroll_into_view(index)
            self.post_message(self.OptionHighlighted(self, self._rows[index]))

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


class ActorList(RowList):
    """Actors, one per row."""


class ClaimList(RowList):
    """Claims grouped by source actor, under a header per group."""


class SidePanel(Vertical):
    """Actors / Claims tabs over a detail area."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *(f"panel--{kind}" for kind in ACTOR_KINDS),
        "panel--label",
        "panel--dim",
    }

    class ActorHighlighted(Message):
        def __init__(self, actor_id: str) -> None:
            super().__init__()
            self.actor_id = actor_id

    class ActorChosen(Message):
        def __init__(self, actor_id: str) -> None:
            super().__init__()
            self.actor_id = actor_id

    class ClaimHighlighted(Message):
        def __init__(self, claim_id: str) -> None:
            super().__init__()
            self.claim_id = claim_id

    class ClaimChosen(Message):
        def __init__(self, claim_id: str) -> None:
            super().__init__()
            self.claim_id = claim_id

    def __init__(self, document: Document, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.document = document
        self.analysis: Analysis | None = None
        self.sort = SORTS[0]
        self.kind_filter: str | None = None
        self.selected_actor: str | None = None
        self.selected_claim: str | None = None
        self._paragraph_starts = [p.start for p in document.paragraphs]
        self._cooccurrence: dict[str, Counter[str]] | None = None
        self._claim_counts: Counter[str] = Counter()
        self._width = 0

    def compose(self) -> ComposeResult:
        with TabbedContent(initial="actors", id="tabs"):
            with TabPane("Actors", id="actors"):
                yield Static(id="actor-bar")
                yield ActorList(id="actor-list")
            with TabPane("Claims", id="claims"):
                yield ClaimList(id="claim-list")
        with VerticalScroll(id="detail-box"):
            yield Static(id="detail")

    def on_mount(self) -> None:
        self.watch(self.app, "theme", self._theme_changed, init=False)
        self._update_bar()
        self.query_one("#detail", Static).update(Text("Waiting for the analysis…", style="italic"))

    def _theme_changed(self) -> None:
        # Rows and the detail keep the kind colours they were built with.
        self._rich_style_cache.clear()
        if self.analysis is not None:
            self.rebuild()
            self.refresh_detail()

    # ----- data ---------------------------------------------------------------

    def set_analysis(self, analysis: Analysis | None) -> None:
        self.analysis = analysis
        self._cooccurrence = None
        self._claim_counts = Counter(
            c.source.actor
            for c in (analysis.claims if analysis else ())
            if c.source and c.source.actor
        )
        self.rebuild()
        if (
            self.selected_claim
            and analysis
            and not any(c.id == self.selected_claim for c in analysis.claims)
        ):
            self.selected_claim = None
        self.refresh_detail()

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"panel--{name}", partial=True)

    def _row_width(self) -> int:
        # The panel's width, not the list's: the hidden tab's list has no size yet.
        # One column goes to the list's scrollbar.
        return max(10, self.size.width - self.styles.gutter.width - 1)

    def visible_actors(self) -> list[Actor]:
        if self.analysis is None:
            return []
        actors = [a for a in self.analysis.actors if self.kind_filter in (None, a.kind)]
        if self.sort == "mentions":
            actors.sort(key=lambda a: (-len(a.mentions), a.mentions[0].start if a.mentions else 0))
        else:
            actors.sort(key=lambda a: a.mentions[0].start if a.mentions else 1 << 62)
        return actors

    def _actor_row(self, actor: Actor, width: int) -> Text:
        counts = f" {len(actor.mentions):>4} {self._claim_counts.get(actor.id, 0):>3}"
        name_room = width - 4 - len(counts)
        name = fit(one_line(actor.name), name_room)
        row = Text(no_wrap=True, overflow="ellipsis", end="")
        row.append(KIND_TAG.get(actor.kind, "oth"), self._style(actor.kind))
        row.append(" ")
        row.append(name, self._style(actor.kind))
        row.append(" " * max(0, name_room - cell_len(name)))
        row.append(counts, self._style("dim"))
        return row

    def claim_groups(self) -> list[tuple[str, str | None, list[Claim]]]:
        """(group title, actor id, claims) by source actor; then the claims whose source
        is no known actor, then the unattributed ones (kind ``other``)."""
        if self.analysis is None:
            return []
        groups: dict[str | None, list[Claim]] = defaultdict(list)
        unattributed: list[Claim] = []
        for claim in self.analysis.claims:
            if claim.kind == "other":
                unattributed.append(claim)
                continue
            actor_id = claim.source.actor if claim.source else None
            groups[actor_id if self.analysis.actor(actor_id) else None].append(claim)
        named = [(k, v) for k, v in groups.items() if k is not None]
        named.sort(key=lambda kv: (-len(kv[1]), kv[1][0].start))
        result: list[tuple[str, str | None, list[Claim]]] = []
        for actor_id, claims in named:
            actor = self.analysis.actor(actor_id)
            result.append((actor.name if actor else actor_id or "", actor_id, claims))
        if None in groups:
            result.append((OTHER_SOURCES, None, groups[None]))
        if unattributed:
            result.append((UNATTRIBUTED, None, unattributed))
        return result

    def _claim_row(self, claim: Claim, width: int, unattributed: bool) -> Text:
        row = Text(no_wrap=True, overflow="ellipsis", end="")
        row.append("  ")
        if unattributed and claim.source is not None:
            row.append(
                fit(one_line(claim.source.text), max(4, width // 3)) + ": ", self._style("dim")
            )
        row.append(one_line(claim.cue.text), self._style("label"))
        row.append(" — ")
        used = cell_len(row.plain)
        row.append(fit(one_line(claim.content.text), width - used))
        return row

    def _group_header(self, title: str, count: int, width: int) -> Text:
        header = Text(no_wrap=True, end="")
        label = f" ({count})"
        header.append(fit(one_line(title), width - len(label)), self._style("label"))
        header.append(label, self._style("dim"))
        return header

    def rebuild(self) -> None:
        actor_list = self.query_one(ActorList)
        claim_list = self.query_one(ClaimList)
        width = self._row_width()
        self._width = width
        actors = self.visible_actors()
        keep = (
            actor_list.highlighted_option.id
            if actor_list.highlighted_option
            else self.selected_actor
        )
        actor_list.set_rows([Row(a.id, partial(self._actor_row, a, width)) for a in actors], keep)
        keep_claim = (
            claim_list.highlighted_option.id
            if claim_list.highlighted_option
            else self.selected_claim
        )
        rows: list[Row] = []
        for title, _actor_id, claims in self.claim_groups():
            rows.append(Row(None, partial(self._group_header, title, len(claims), width)))
            unattributed = title in (UNATTRIBUTED, OTHER_SOURCES)  # the source as written
            rows.extend(Row(c.id, partial(self._claim_row, c, width, unattributed)) for c in claims)
        claim_list.set_rows(rows, keep_claim)
        tabs = self.query_one(TabbedContent)
        n_actors = len(self.analysis.actors) if self.analysis else 0
        n_claims = len(self.analysis.claims) if self.analysis else 0
        tabs.get_tab("actors").label = Text(f"Actors {n_actors}")
        tabs.get_tab("claims").label = Text(f"Claims {n_claims}")
        self._update_bar()

    def on_resize(self) -> None:
        if self.analysis is not None and self._row_width() != self._width:
            self.rebuild()

    def _update_bar(self) -> None:
        bar = Text(no_wrap=True, end="")
        bar.append(
            "by " + ("mentions" if self.sort == "mentions" else "first appearance"),
            self._style("dim"),
        )
        bar.append(" · ", self._style("dim"))
        if self.kind_filter is None:
            bar.append("all kinds", self._style("dim"))
        else:
            bar.append(self.kind_filter, self._style(self.kind_filter))
        room = self.query_one("#actor-bar", Static).size.width - 2 - cell_len(bar.plain)
        if room >= 20:
            bar.append("  (s sort, f filter)", self._style("dim"))
        self.query_one("#actor-bar", Static).update(bar)

    def cycle_sort(self) -> str:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.rebuild()
        return self.sort

    def cycle_filter(self) -> str | None:
        self.kind_filter = FILTERS[(FILTERS.index(self.kind_filter) + 1) % len(FILTERS)]
        self.rebuild()
        return self.kind_filter

    # ----- selection ----------------------------------------------------------

    @property
    def active_tab(self) -> str:
        return self.query_one(TabbedContent).active

    def show_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab
        self.refresh_detail()

    def focus_list(self) -> None:
        widget = self.query_one(ActorList if self.active_tab == "actors" else ClaimList)
        widget.focus()
        if widget.highlighted is None and widget.option_count:
            widget.action_first()

    def select_actor(self, actor_id: str | None) -> None:
        """Move the actor cursor to ``actor_id`` (without jumping)."""
        self.selected_actor = actor_id
        actor_list = self.query_one(ActorList)
        if actor_id is not None:
            # Filtered out of the list: the detail still shows it.
            with suppress(OptionDoesNotExist):
                actor_list.highlighted = actor_list.get_option_index(actor_id)
        self.refresh_detail()

    def select_claim(self, claim_id: str | None) -> None:
        self.selected_claim = claim_id
        claim_list = self.query_one(ClaimList)
        if claim_id is not None:
            with suppress(OptionDoesNotExist):
                claim_list.highlighted = claim_list.get_option_index(claim_id)
        self.refresh_detail()

    @on(TabbedContent.TabActivated)
    def _tab_changed(self) -> None:
        self.refresh_detail()

    @on(RowList.OptionHighlighted, "#actor-list")
    def _actor_highlighted(self, event: RowList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id and event.option.id != self.selected_actor:
            self.selected_actor = event.option.id
            self.refresh_detail()
            self.post_message(self.ActorHighlighted(event.option.id))

    @on(RowList.OptionSelected, "#actor-list")
    def _actor_selected(self, event: RowList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.selected_actor = event.option.id
            self.post_message(self.ActorChosen(event.option.id))

    @on(RowList.OptionHighlighted, "#claim-list")
    def _claim_highlighted(self, event: RowList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id and event.option.id != self.selected_claim:
            self.selected_claim = event.option.id
            self.refresh_detail()
            self.post_message(self.ClaimHighlighted(event.option.id))

    @on(RowList.OptionSelected, "#claim-list")
    def _claim_selected(self, event: RowList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.selected_claim = event.option.id
            self.post_message(self.ClaimChosen(event.option.id))

    # ----- detail -------------------------------------------------------------

    def cooccurring(self, actor_id: str, limit: int = 5) -> list[tuple[Actor, int]]:
        """Actors most often named in the same paragraphs as ``actor_id``."""
        if self.analysis is None:
            return []
        if self._cooccurrence is None:
            by_paragraph: dict[int, set[str]] = defaultdict(set)
            for actor in self.analysis.actors:
                for mention in actor.mentions:
                    by_paragraph[bisect_right(self._paragraph_starts, mention.start) - 1].add(
                        actor.id
                    )
            table: dict[str, Counter[str]] = defaultdict(Counter)
            for ids in by_paragraph.values():
                if len(ids) > 50:  # a list of names tells nothing about who goes with whom
                    continue
                for a in ids:
                    table[a].update(b for b in ids if b != a)
            self._cooccurrence = table
        pairs = self._cooccurrence.get(actor_id, Counter()).most_common(limit)
        return [(actor, n) for other, n in pairs if (actor := self.analysis.actor(other))]

    def refresh_detail(self) -> None:
        detail = self.query_one("#detail", Static)
        if self.analysis is None:
            return
        if self.active_tab == "claims":
            claim = next((c for c in self.analysis.claims if c.id == self.selected_claim), None)
            hint = "Choose a claim (c, then ↑/↓, or ] and [) to see its source, cue and content."
            if not self.analysis.claims:
                hint = "No attributed statements found in this text."
            detail.update(self.claim_detail(claim) if claim else Text(hint, style="italic"))
        else:
            actor = self.analysis.actor(self.selected_actor)
            hint = "Choose an actor (a, then ↑/↓) to see its aliases, claims and companions."
            if not self.analysis.actors:
                hint = "No named people, organisations or places found in this text."
            detail.update(self.actor_detail(actor) if actor else Text(hint, style="italic"))

    def actor_detail(self, actor: Actor) -> Text:
        assert self.analysis is not None
        label, dim = self._style("label"), self._style("dim")
        out = Text(end="")
        out.append(one_line(actor.name), self._style(actor.kind) + Style(bold=True))
        out.append(f"\n{actor.kind} · {len(actor.mentions)} mentions", dim)
        claims = self.analysis.claims_by(actor.id)
        out.append(f" · {len(claims)} claims\n", dim)
        aliases = [one_line(a) for a in actor.aliases if one_line(a) != one_line(actor.name)]
        if aliases:
            out.append("Also: ", label)
            out.append(", ".join(aliases) + "\n")
        if claims:
            out.append("Claims:\n", label)
            for claim in claims[:8]:
                out.append("  " + one_line(claim.cue.text), label)
                out.append(" — " + fit(one_line(claim.content.text), 120) + "\n")
            if len(claims) > 8:
                out.append(f"  … and {len(claims) - 8} more\n", dim)
        together = self.cooccurring(actor.id)
        if together:
            out.append("With: ", label)
            for i, (other, n) in enumerate(together):
                if i:
                    out.append(", ")
                out.append(one_line(other.name), self._style(other.kind))
                out.append(f" ({n})", dim)
            out.append("\n")
        return out

    def claim_detail(self, claim: Claim) -> Text:
        assert self.analysis is not None
        label, dim = self._style("label"), self._style("dim")
        out = Text(end="")
        out.append(f"Claim {claim.id} · {claim.kind.replace('_', ' ')}\n", dim)
        out.append("Source: ", label)
        if claim.source is None:
            out.append("unattributed\n", dim)
        else:
            out.append(one_line(claim.source.text))
            actor = self.analysis.actor(claim.source.actor)
            if actor and one_line(actor.name) != one_line(claim.source.text):
                out.append(" → ", dim)
                out.append(one_line(actor.name), self._style(actor.kind))
            out.append("\n")
        out.append("Cue: ", label)
        out.append(one_line(claim.cue.text) + "\n")
        out.append("Content: ", label)
        out.append(one_line(claim.content.text))
        return out
