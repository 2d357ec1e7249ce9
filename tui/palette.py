"""Actors in Textual's command palette, ranked by the same fuzzy search as ``/``.

The palette parses a hit's ``help`` (and any plain-string display) as markup, so
names are passed as ``Content`` built from plain text and help is escaped: an actor
called "[bold]Acme[/bold]" shows as written and cannot break the palette.
"""

from __future__ import annotations

import asyncio
import re
from functools import partial

from dramatis.analysis import Actor, Analysis
from dramatis.search import ActorIndex, ActorMatch, fold_same_length, name_tokens
from dramatis.tui.jump import default_target, prepare_index, ready_index
from dramatis.tui.theme import kind_style
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

MAX_HITS = 20


def highlight_name(name: str, query: str, match_style: str = "bold underline") -> Content:
    """The name as plain Content, with the words the query's words begin emphasised."""
    content = Content(name)
    words = name_tokens(query)
    if not words:
        return content
    folded = fold_same_length(name)
    for found in re.finditer(r"[^\W_]+", folded):
        for word in words:
            if found.group().startswith(word):
                content = content.stylize(match_style, found.start(), found.start() + len(word))
                break
    return content


def describe(match: ActorMatch) -> str:
    """The help line under a hit, escaped because the palette parses it as markup."""
    actor = match.actor
    count = len(actor.mentions)
    text = f"{actor.kind} · {count} mention{'s' * (count != 1)}"
    if match.alias != actor.name:
        text += f" · as “{match.alias}”"
    return escape(text)


class ActorCommands(Provider):
    """Offers every actor; choosing one calls ``app.jump_to(JumpTarget(...))``."""

    async def _index(self) -> ActorIndex | None:
        analysis: Analysis | None = getattr(self.app, "analysis", None)
        if analysis is None:
            return None
        # A book's index takes tens of milliseconds to build: never on the UI thread.
        return ready_index(analysis) or await asyncio.to_thread(prepare_index, analysis)

    def _jump(self, actor: Actor, written_as: str | None = None) -> None:
        # The reading position when chosen, not when the palette was opened.
        target = default_target(actor, getattr(self.app, "reading_offset", 0), written_as)
        if target is not None:
            self.app.jump_to(target)  # type: ignore[attr-defined]

    def _display(self, match: ActorMatch, query: str) -> Content:
        marker = Content.styled("● ", kind_style(match.actor.kind))
        return marker + highlight_name(match.actor.name, query)

    async def discover(self) -> Hits:
        index = await self._index()
        if index is None:
            return
        for match in index.most_mentioned(MAX_HITS):
            yield DiscoveryHit(
                self._display(match, ""),
                partial(self._jump, match.actor, match.alias),
                text=match.actor.name,
                help=describe(match),
            )

    async def search(self, query: str) -> Hits:
        index = await self._index()
        if index is None:
            return
        for match in index.rank(query, MAX_HITS):
            yield Hit(
                match.score / 100,
                self._display(match, query),
                partial(self._jump, match.actor, match.alias),
                text=match.actor.name,
                help=describe(match),
            )
