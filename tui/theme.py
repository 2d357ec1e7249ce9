"""The reader's colours for actor kinds, as Textual theme variables.

Defined here once and offered to every theme as ``$kind-person``,
``$kind-organization``, … (``KindColours.get_theme_variable_defaults``): the
stylesheet (``app.tcss``) colours the article, the lists, the help legend and the
mention map with them, and Content styles in the jump overlay and the palette
name them the same way, so that no widget keeps its own copy. A theme may
override any of them through its ``variables``.
"""

from __future__ import annotations

from dramatis.analysis import ACTOR_KINDS, ActorKind
from textual.app import App

# Dark-theme colours are light tints, light-theme colours dark shades of the same
# hue, each readable (contrast >= 4.5) on the theme's surface; kinds are told apart
# by hue, not by weight alone.
KIND_COLOURS: dict[ActorKind, tuple[str, str]] = {
    "person": ("#79c0ff", "#0550ae"),
    "organization": ("#ffa657", "#953800"),
    "place": ("#7ee787", "#116329"),
    "group": ("#d2a8ff", "#6639ba"),
    "other": ("#ff9bce", "#99286e"),
}


def kind_variable(kind: str) -> str:
    """The theme variable that holds an actor kind's colour, e.g. ``kind-person``."""
    return f"kind-{kind if kind in ACTOR_KINDS else 'other'}"


def kind_style(kind: str) -> str:
    """An actor kind's colour as a Content style (resolved against the theme)."""
    return f"${kind_variable(kind)}"


def kind_variables(dark: bool) -> dict[str, str]:
    return {kind_variable(k): pair[0] if dark else pair[1] for k, pair in KIND_COLOURS.items()}


class KindColours(App):
    """Mix into an App (before ``App``) to offer the kind colours to its themes."""

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return {**super().get_theme_variable_defaults(), **kind_variables(self.current_theme.dark)}
