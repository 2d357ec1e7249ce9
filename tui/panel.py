"""The side panel: Actors and Claims tabs, and a detail area for the selection.

Rows are built as ``rich.text.Text`` from plain strings (never markup), cut to
the list's width so that each item stays one line. When a newer (partial or
final) analysis arrives the lists are rebuilt and the highlighted id is kept, so
the list does not jump under the reader's cursor.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from contextlib import suppress
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import OptionList, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option, OptionDoesNotExist

from core.analysis import ACTOR_KINDS, Actor, Analysis, Claim
from core.document import Document
from tui import keys

KIND_TAG = {"person": "per", "organization": "org", "place": "loc", "group": "grp", "other": "oth"}
SORTS = ("mentions", "appearance")
FILTERS: tuple[str | None, ...] = (None, *ACTOR_KINDS)
UNATTRIBUTED = "Unattributed"


def fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` cells, with an ellipsis when it was longer."""
    if width <= 0:
        return ""
    if cell_len(text) <= width:
        return text
    return set_cell_size(text, width - 1) + "…"


def one_line(text: str) -> str:
    return " ".join(text.split())


class ActorList(OptionList):
    """Actors, one per row."""

    BINDINGS = keys.LIST_BINDINGS


class ClaimList(OptionList):
    """Claims grouped by source actor."""

    BINDINGS = keys.LIST_BINDINGS


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
        self._update_bar()
        self.query_one("#detail", Static).update(Text("Waiting for the analysis…", style="italic"))

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
        """(group title, actor id, claims) by source actor; unattributed claims last."""
        if self.analysis is None:
            return []
        groups: dict[str | None, list[Claim]] = defaultdict(list)
        for claim in self.analysis.claims:
            actor_id = claim.source.actor if claim.source else None
            groups[actor_id if self.analysis.actor(actor_id) else None].append(claim)
        named = [(k, v) for k, v in groups.items() if k is not None]
        named.sort(key=lambda kv: (-len(kv[1]), kv[1][0].start))
        result: list[tuple[str, str | None, list[Claim]]] = []
        for actor_id, claims in named:
            actor = self.analysis.actor(actor_id)
            result.append((actor.name if actor else actor_id or "", actor_id, claims))
        if None in groups:
            result.append((UNATTRIBUTED, None, groups[None]))
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
        actor_list.set_options(Option(self._actor_row(a, width), id=a.id) for a in actors)
        ids = [a.id for a in actors]
        if keep in ids:
            actor_list.highlighted = ids.index(keep)
        claim_width = width
        keep_claim = (
            claim_list.highlighted_option.id
            if claim_list.highlighted_option
            else self.selected_claim
        )
        options: list[Option] = []
        for title, _actor_id, claims in self.claim_groups():
            header = Text(no_wrap=True, end="")
            count = f" ({len(claims)})"
            header.append(fit(one_line(title), claim_width - len(count)), self._style("label"))
            header.append(count, self._style("dim"))
            options.append(Option(header, disabled=True))
            options.extend(
                Option(self._claim_row(c, claim_width, title == UNATTRIBUTED), id=c.id)
                for c in claims
            )
        claim_list.set_options(options)
        claim_ids = [o.id for o in options]
        if keep_claim in claim_ids:
            claim_list.highlighted = claim_ids.index(keep_claim)
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

    @on(OptionList.OptionHighlighted, "#actor-list")
    def _actor_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id and event.option.id != self.selected_actor:
            self.selected_actor = event.option.id
            self.refresh_detail()
            self.post_message(self.ActorHighlighted(event.option.id))

    @on(OptionList.OptionSelected, "#actor-list")
    def _actor_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.selected_actor = event.option.id
            self.post_message(self.ActorChosen(event.option.id))

    @on(OptionList.OptionHighlighted, "#claim-list")
    def _claim_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id and event.option.id != self.selected_claim:
            self.selected_claim = event.option.id
            self.refresh_detail()
            self.post_message(self.ClaimHighlighted(event.option.id))

    @on(OptionList.OptionSelected, "#claim-list")
    def _claim_selected(self, event: OptionList.OptionSelected) -> None:
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
            detail.update(self.claim_detail(claim) if claim else Text(hint, style="italic"))
        else:
            actor = self.analysis.actor(self.selected_actor)
            hint = "Choose an actor (a, then ↑/↓) to see its aliases, claims and companions."
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
