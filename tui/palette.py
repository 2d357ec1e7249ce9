"""Actors in Textual's command palette. (Interface stub; issue 6 builds it.)"""

from __future__ import annotations

from textual.command import Hits, Provider


class ActorCommands(Provider):
    """Offers every actor; choosing one calls ``app.jump_to(JumpTarget(...))``."""

    async def search(self, query: str) -> Hits:
        return
        yield
