"""The fuzzy jump overlay (``/``). (Interface stub; issue 6 builds it.)"""

from __future__ import annotations

from dataclasses import dataclass

from textual.screen import ModalScreen

from core.analysis import Analysis


@dataclass(frozen=True, slots=True)
class JumpTarget:
    """Where to go: a mention of an actor, or (actor_id None) a plain-text hit."""

    actor_id: str | None
    start: int
    end: int


class JumpScreen(ModalScreen[JumpTarget | None]):
    def __init__(self, text: str, analysis: Analysis | None, reading_offset: int) -> None:
        super().__init__()
        self.text = text
        self.analysis = analysis
        self.reading_offset = reading_offset
