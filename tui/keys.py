"""Every key binding of the reader, in one place.

Each binding has an ``id`` ("dramatis.<name>") so that a keymap (``App.set_keymap``)
can remap it without touching the widgets, and a description that the footer and
the help screen show. Bindings are grouped by where they act: the whole app, the
reading screen, and the article pane.
"""

from __future__ import annotations

from textual.binding import Binding

APP_BINDINGS: list[Binding] = [
    Binding("q", "quit", "Quit", id="dramatis.quit"),
    Binding("question_mark,f1", "help", "Help", key_display="?", id="dramatis.help"),
]

READER_BINDINGS: list[Binding] = [
    Binding("tab", "toggle_focus", "Article/panel", show=False, id="dramatis.focus"),
    Binding("slash", "jump", "Jump", key_display="/", id="dramatis.jump"),
    Binding("a", "show_tab('actors')", "Actors", id="dramatis.actors"),
    Binding("c", "show_tab('claims')", "Claims", id="dramatis.claims"),
    Binding("n", "next_mention", "Next mention", show=False, id="dramatis.next_mention"),
    Binding(
        "N", "previous_mention", "Previous mention", show=False, id="dramatis.previous_mention"
    ),
    Binding(
        "right_square_bracket", "next_claim", "Next claim", show=False, id="dramatis.next_claim"
    ),
    Binding(
        "left_square_bracket",
        "previous_claim",
        "Previous claim",
        show=False,
        id="dramatis.previous_claim",
    ),
    Binding("s", "sort_actors", "Sort actors", show=False, id="dramatis.sort_actors"),
    Binding("f", "filter_actors", "Filter by kind", show=False, id="dramatis.filter_actors"),
    Binding("escape", "clear_marks", "Clear marks", show=False, id="dramatis.clear_marks"),
    Binding("backslash", "toggle_panel", "Panel", key_display="\\", id="dramatis.toggle_panel"),
    Binding("l", "library", "Library", id="dramatis.library"),
    Binding("m", "focus_map", "Mention map", show=False, id="dramatis.mention_map"),
    Binding("e", "export", "Export", id="dramatis.export"),
    Binding("y", "copy", "Copy", show=False, id="dramatis.copy"),
]

ARTICLE_BINDINGS: list[Binding] = [
    Binding("j,down", "line_down", "Line down", show=False, id="dramatis.line_down"),
    Binding("k,up", "line_up", "Line up", show=False, id="dramatis.line_up"),
    Binding("space,pagedown", "page_down", "Page down", show=False, id="dramatis.page_down"),
    Binding("b,pageup", "page_up", "Page up", show=False, id="dramatis.page_up"),
    Binding("g,home", "top", "Top", show=False, id="dramatis.top"),
    Binding("G,end", "bottom", "Bottom", show=False, id="dramatis.bottom"),
]

# On the mention map (after ``m``): a cursor over the strip, enter goes there.
MAP_BINDINGS: list[Binding] = [
    Binding("j,down", "cursor(1)", "Down the map", show=False, id="dramatis.map_down"),
    Binding("k,up", "cursor(-1)", "Up the map", show=False, id="dramatis.map_up"),
    Binding(
        "pagedown,space", "cursor(5)", "Map page down", show=False, id="dramatis.map_page_down"
    ),
    Binding("pageup,b", "cursor(-5)", "Map page up", show=False, id="dramatis.map_page_up"),
    Binding("g,home", "cursor_to('top')", "Map top", show=False, id="dramatis.map_top"),
    Binding("G,end", "cursor_to('bottom')", "Map bottom", show=False, id="dramatis.map_bottom"),
    Binding("enter", "pick", "Go to the nearest mention", show=False, id="dramatis.map_pick"),
    Binding(
        "escape,m", "screen.focus_article", "Back to the text", show=False, id="dramatis.map_leave"
    ),
]

LIST_BINDINGS: list[Binding] = [
    Binding("j,down", "cursor_down", "Down", show=False, id="dramatis.list_down"),
    Binding("k,up", "cursor_up", "Up", show=False, id="dramatis.list_up"),
    Binding("pagedown", "page_down", "Page down", show=False, id="dramatis.list_page_down"),
    Binding("pageup", "page_up", "Page up", show=False, id="dramatis.list_page_up"),
    Binding("g,home", "first", "First", show=False, id="dramatis.list_first"),
    Binding("G,end", "last", "Last", show=False, id="dramatis.list_last"),
    Binding("enter", "select", "Jump", show=False, id="dramatis.list_select"),
]

# The library (tui/library.py) and the actors across it (tui/folder_actors.py), whose
# lists are the reader's (LIST_BINDINGS); the library's jump overlay
# (tui/folder_jump.py) shares the reader's overlay's bindings.
LIBRARY_BINDINGS: list[Binding] = [
    Binding("enter", "open", "Open", id="dramatis.library.open"),
    Binding("A", "actors", "Actors", id="dramatis.library.actors"),
    Binding("slash", "jump", "Jump", key_display="/", id="dramatis.library.jump"),
    Binding("escape", "close", "Back", id="dramatis.library.close"),
    Binding("q", "app.quit", "Quit", id="dramatis.library.quit"),
    Binding("j", "cursor_down", "Down", show=False, id="dramatis.library.down"),
    Binding("k", "cursor_up", "Up", show=False, id="dramatis.library.up"),
    Binding("g,home", "first", "First", show=False, id="dramatis.library.first"),
    Binding("G,end", "last", "Last", show=False, id="dramatis.library.last"),
]

FOLDER_ACTORS_BINDINGS: list[Binding] = [
    Binding("enter", "choose", "Articles/Open", id="dramatis.folder.choose"),
    Binding("tab", "switch_list", "Actors/articles", id="dramatis.folder.switch"),
    Binding("slash", "jump", "Jump", key_display="/", id="dramatis.folder.jump"),
    Binding("s", "sort", "Sort", id="dramatis.folder.sort"),
    Binding("escape", "back", "Back", id="dramatis.folder.back"),
]

# How key names are shown to the reader.
KEY_NAMES = {
    "down": "↓",
    "up": "↑",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "home": "Home",
    "end": "End",
    "question_mark": "?",
    "slash": "/",
    "backslash": "\\",
    "right_square_bracket": "]",
    "left_square_bracket": "[",
    "f1": "F1",
    "escape": "esc",
}

# Sections of the help screen, and keys that are not ours to bind but worth knowing.
SECTIONS: list[tuple[str, list[Binding], list[tuple[str, str]]]] = [
    ("Reading", ARTICLE_BINDINGS, []),
    ("Actors and claims", READER_BINDINGS, []),
    ("In the actor and claim lists", LIST_BINDINGS, []),
    ("On the mention map (m)", MAP_BINDINGS, [("click", "Go to the nearest mention there")]),
    ("Window", APP_BINDINGS, [("ctrl+p", "Command palette (actors too)")]),
    ("Library (a folder or several files)", LIBRARY_BINDINGS, []),
    ("Actors across the library", FOLDER_ACTORS_BINDINGS, []),
]

# Longer descriptions than the footer's, for the help screen.
HELP_TEXT = {
    "dramatis.focus": "Move focus between article and panel",
    "dramatis.jump": "Fuzzy jump to an actor's mention or to text",
    "dramatis.actors": "Show the Actors tab",
    "dramatis.claims": "Show the Claims tab",
    "dramatis.sort_actors": "Sort actors by mentions / first appearance",
    "dramatis.filter_actors": "Filter actors by kind",
    "dramatis.toggle_panel": "Show or hide the side panel",
    "dramatis.library": "Back to the library (several documents)",
    "dramatis.help": "This help",
    "dramatis.clear_marks": "Clear the actor and claim marks in the text",
    "dramatis.mention_map": "Move to the mention map beside the scrollbar",
    "dramatis.export": "Export the claims and actors (CSV or JSON Lines)",
    "dramatis.copy": "Copy the selected claim, or the paragraph at the top",
    "dramatis.map_down": "Move the map's cursor down (the status says what is there)",
    "dramatis.map_up": "Move the map's cursor up",
    "dramatis.map_page_down": "Move the map's cursor five rows down",
    "dramatis.map_page_up": "Move the map's cursor five rows up",
    "dramatis.map_top": "The map's first row (the start of the text)",
    "dramatis.map_bottom": "The map's last row (the end of the text)",
    "dramatis.map_pick": "Go to the focused actor's mention nearest the cursor",
    "dramatis.map_leave": "Back to the article",
    "dramatis.list_down": "Next item (its mentions are highlighted)",
    "dramatis.list_up": "Previous item",
    "dramatis.list_first": "First item",
    "dramatis.list_last": "Last item",
    "dramatis.list_page_down": "A page of items down",
    "dramatis.list_page_up": "A page of items up",
    "dramatis.list_select": "Jump to the selected actor or claim",
    "dramatis.library.open": "Open the highlighted article",
    "dramatis.library.actors": "Actors across all the articles",
    "dramatis.library.jump": "Fuzzy jump to an actor of any article",
    "dramatis.library.close": "Back to the article (quit when none is open)",
    "dramatis.folder.choose": "Actor: list its articles · article: open it on the actor",
    "dramatis.folder.switch": "Move between the actor and article lists",
    "dramatis.folder.jump": "Fuzzy jump to an actor",
    "dramatis.folder.sort": "Sort actors by articles / mentions / name",
    "dramatis.folder.back": "Back to the actor list, then to the library",
}


def display_keys(key: str) -> str:
    """'j,down' -> 'j / ↓'."""
    return " / ".join(KEY_NAMES.get(k.strip(), k.strip()) for k in key.split(","))


def help_sections(keymap: dict[str, str] | None = None) -> list[tuple[str, list[tuple[str, str]]]]:
    """(section, [(keys, description)]) for every binding, with keymap overrides applied."""
    keymap = keymap or {}
    sections = []
    for title, bindings, extra in SECTIONS:
        rows = [
            (display_keys(keymap.get(b.id or "", b.key)), HELP_TEXT.get(b.id or "", b.description))
            for b in bindings
        ]
        sections.append((title, rows + extra))
    return sections


def all_bindings() -> list[Binding]:
    return [
        *APP_BINDINGS,
        *READER_BINDINGS,
        *ARTICLE_BINDINGS,
        *LIST_BINDINGS,
        *MAP_BINDINGS,
        *LIBRARY_BINDINGS,
        *FOLDER_ACTORS_BINDINGS,
    ]
