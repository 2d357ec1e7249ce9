"""The help screen: every key, and what the highlight colours mean."""

from __future__ import annotations

from typing import ClassVar

from dramatis.analysis import ACTOR_KINDS
from dramatis.tui import keys
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

LEGEND_SAMPLES = {
    "person": "a person",
    "organization": "an organisation, outlet or institution",
    "place": "a country, region or city",
    "group": "a nationality, religious or political group",
    "other": "a law, treaty, event or work",
}


class HelpScreen(ModalScreen[None]):
    """Keys and colour legend; any of escape, q, ? or F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "close", "Close", id="dramatis.help.close"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *(f"help--{kind}" for kind in ACTOR_KINDS),
        "help--key",
        "help--section",
    }

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(id="help-text")

    def on_mount(self) -> None:
        self.query_one("#help-box").border_title = "dramatis — keys"
        self.query_one("#help-box").border_subtitle = "esc to close"
        self.query_one("#help-text", Static).update(self.help_text())

    def help_text(self) -> Text:
        style = self.get_component_rich_style
        out = Text(end="")
        keymap = getattr(self.app, "_keymap", {})
        for title, rows in keys.help_sections(keymap):
            out.append(f"{title}\n", style("help--section", partial=True))
            for key, description in rows:
                out.append(f"  {key:<14}", style("help--key", partial=True))
                out.append(f"{description}\n")
            out.append("\n")
        out.append("Highlight colours\n", style("help--section", partial=True))
        for kind in ACTOR_KINDS:
            out.append(f"  {kind:<14}", style(f"help--{kind}", partial=True))
            out.append(f"{LEGEND_SAMPLES[kind]}\n")
        out.append("\nSelected actor: its mentions are underlined, the current one reversed.\n")
        out.append("Selected claim: source bold-underlined, cue reversed, content tinted.\n")
        out.append(
            "Mention map, beside the scrollbar: ━ a mention of the selected actor, ◆ a claim."
        )
        return out

    def action_close(self) -> None:
        self.dismiss(None)
