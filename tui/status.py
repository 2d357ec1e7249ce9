"""The status line: where the reader is, a transient message, and the analysis state."""

from __future__ import annotations

from typing import ClassVar

from dramatis.tui.panel import fit
from rich.cells import cell_len
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget


def format_eta(seconds: float | None) -> str:
    if seconds is None:
        return ""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"~{seconds}s left"
    minutes, seconds = divmod(seconds, 60)
    return f"~{minutes}m{seconds:02d}s left"


class StatusLine(Widget):
    """One line: position on the left, message in the middle, analysis state on the right."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "status--position",
        "status--message",
        "status--state",
        "status--failed",
    }

    position: reactive[str] = reactive("")
    message: reactive[str] = reactive("")
    state: reactive[str] = reactive("loading model…")
    failed: reactive[bool] = reactive(False)

    def render(self) -> Text:
        width = self.size.width
        left = f" {self.position}"
        right = fit(self.state, max(10, width // 2)) + " "
        middle_room = max(0, width - cell_len(left) - cell_len(right) - 4)
        middle = fit(self.message, middle_room)
        gap = max(2, width - cell_len(left) - cell_len(middle) - cell_len(right))
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        text.append(left, self.get_component_rich_style("status--position", partial=True))
        text.append("  ")
        text.append(middle, self.get_component_rich_style("status--message", partial=True))
        text.append(" " * max(0, gap - 2))
        state_style = "status--failed" if self.failed else "status--state"
        text.append(right, self.get_component_rich_style(state_style, partial=True))
        return text

    @property
    def plain(self) -> str:
        """Everything the status line says, for tests."""
        return f"{self.position} | {self.message} | {self.state}"
