"""The side panel: Actors and Claims tabs, and a detail area for the selection.

Rows are built as ``rich.text.Text`` from plain strings (never markup), cut to
the list's width so that each item stays one line. When a newer (partial or
final) analysis arrives the lists are rebuilt and the highlighted id is kept, so
the list does not jump under the reader's cursor.
"""

from __future__ import annotations

from collections import Counter
from contextlib import suppress
from functools import partial
from typing import ClassVar

from dramatis.analysis import ACTOR_KINDS, Actor, Analysis, Claim
from dramatis.document import Document
from dramatis.queries import (
    Cooccurrence,
    claim_groups,
    cooccurrence,
    cooccurring,
    density,
    find_claim,
    mention_starts,
)
from dramatis.tui.rowlist import Row, RowList
from dramatis.tui.selection import NOTHING, Selection
from rich.cells import cell_len, set_cell_size
from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static, TabbedContent, TabPane
from textual.widgets.option_list import OptionDoesNotExist

KIND_TAG = {"person": "per", "organization": "org", "place": "loc", "group": "grp", "other": "oth"}
SORTS = ("mentions", "appearance")
FILTERS: tuple[str | None, ...] = (None, *ACTOR_KINDS)


def fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` cells, with an ellipsis when it was longer."""
    if width <= 0:
        return ""
    if cell_len(text) <= width:
        return text
    return set_cell_size(text, width - 1) + "…"


def one_line(text: str) -> str:
    return " ".join(text.split())


BARS = "▂▃▄▅▆▇█"  # a stretch with mentions; "▁" (dim) is one without


def sparkline(counts: list[int]) -> list[tuple[str, bool]]:
    """One bar per count, as (bar, has mentions); the fullest stretch gets a full bar."""
    top = max(counts, default=0)
    bars = []
    for n in counts:
        if n == 0 or top == 0:
            bars.append(("▁", False))
        else:
            bars.append((BARS[min(len(BARS) - 1, (n * len(BARS) - 1) // top)], True))
    return bars


class ActorList(RowList):
    """Actors, one per row."""


class ClaimList(RowList):
    """Claims grouped by source actor, under a header per group."""


class SidePanel(Vertical):
    """Actors / Claims tabs over a detail area.

    The list cursors and the detail follow ``selection``, which the reading screen
    sets; moving a cursor or pressing enter is reported up as a message.
    """

    selection: reactive[Selection] = reactive(NOTHING, init=False)

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
        # Ids this panel reported up (cursor moves) that the selection has not yet
        # caught up with: the reader's cursor is ahead of them, so they must not
        # pull it back when they come down.
        self._reported: dict[str, list[str]] = {"actor": [], "claim": []}
        self._paragraph_starts = [p.start for p in document.paragraphs]
        self._cooccurrence: Cooccurrence | None = None
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
            else self.selection.actor
        )
        actor_list.set_rows([Row(a.id, partial(self._actor_row, a, width)) for a in actors], keep)
        keep_claim = (
            claim_list.highlighted_option.id
            if claim_list.highlighted_option
            else self.selection.claim
        )
        rows: list[Row] = []
        for group in claim_groups(self.analysis) if self.analysis else ():
            header = partial(self._group_header, group.title, len(group.claims), width)
            rows.append(Row(None, header))
            unattributed = group.actor_id is None
            rows.extend(
                Row(c.id, partial(self._claim_row, c, width, unattributed)) for c in group.claims
            )
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
            self.refresh_detail()

    def _detail_width(self) -> int:
        # The detail box's padding (one cell each side) and its scrollbar.
        return max(8, self.size.width - self.styles.gutter.width - 3)

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

    def watch_selection(self, old: Selection, new: Selection) -> None:
        # The cursors follow the selection, quietly (nothing is reported back up).
        if new.actor != old.actor:
            self._follow("actor", self.query_one(ActorList), new.actor)
        if new.claim != old.claim:
            self._follow("claim", self.query_one(ClaimList), new.claim)
        if (new.actor, new.claim) != (old.actor, old.claim):
            self.refresh_detail()

    def _report(self, what: str, row_id: str | None) -> None:
        """Tell the screen the reader moved a cursor to ``row_id``, unless that is
        already what the selection is (or is about to be)."""
        reported = self._reported[what]
        latest = reported[-1] if reported else getattr(self.selection, what)
        if row_id is None or row_id == latest:
            return
        reported.append(row_id)
        message = self.ActorHighlighted if what == "actor" else self.ClaimHighlighted
        self.post_message(message(row_id))

    def _follow(self, what: str, row_list: RowList, row_id: str | None) -> None:
        reported = self._reported[what]
        if row_id is not None and row_id in reported:
            # The answer to one of our own cursor moves: the cursor is there or beyond.
            del reported[: reported.index(row_id) + 1]
            return
        reported.clear()
        if row_id is None:
            row_list.move_quietly(None)
            return
        # Filtered out of the list: the cursor stays, the detail still shows it.
        with suppress(OptionDoesNotExist):
            row_list.move_quietly(row_list.get_option_index(row_id))

    @on(TabbedContent.TabActivated)
    def _tab_changed(self) -> None:
        self.refresh_detail()

    @on(RowList.OptionHighlighted, "#actor-list")
    def _actor_highlighted(self, event: RowList.OptionHighlighted) -> None:
        event.stop()
        self._report("actor", event.option.id)

    @on(RowList.OptionSelected, "#actor-list")
    def _actor_selected(self, event: RowList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.ActorChosen(event.option.id))

    @on(RowList.OptionHighlighted, "#claim-list")
    def _claim_highlighted(self, event: RowList.OptionHighlighted) -> None:
        event.stop()
        self._report("claim", event.option.id)

    @on(RowList.OptionSelected, "#claim-list")
    def _claim_selected(self, event: RowList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.ClaimChosen(event.option.id))

    # ----- detail -------------------------------------------------------------

    def _companions(self, actor_id: str) -> list[tuple[Actor, int]]:
        assert self.analysis is not None
        if self._cooccurrence is None:  # built on first use, once per analysis
            self._cooccurrence = cooccurrence(self.analysis, self._paragraph_starts)
        return cooccurring(self.analysis, self._cooccurrence, actor_id)

    def refresh_detail(self) -> None:
        detail = self.query_one("#detail", Static)
        if self.analysis is None:
            return
        if self.active_tab == "claims":
            claim = find_claim(self.analysis, self.selection.claim)
            hint = "Choose a claim (c, then ↑/↓, or ] and [) to see its source, cue and content."
            if not self.analysis.claims:
                hint = "No attributed statements found in this text."
            detail.update(self.claim_detail(claim) if claim else Text(hint, style="italic"))
        else:
            actor = self.analysis.actor(self.selection.actor)
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
        # Where in the text, start to end: one bar per stretch of the document.
        counts = density(mention_starts(actor), len(self.analysis.text), self._detail_width())
        for bar, mentioned in sparkline(counts):
            out.append(bar, self._style(actor.kind) if mentioned else dim)
        out.append("\n")
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
        together = self._companions(actor.id)
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
