"""The export dialog (``e``): where to write the claims and actors tables, and how.

A path (default: the current directory, named after the document) and a format
(CSV or JSON Lines). Enter writes ``<path>.claims.<ext>`` and
``<path>.actors.<ext>`` through ``dramatis.export``; if either exists the dialog
says so and writes only on a second enter with the same choice, so nothing is
overwritten silently. An error (no such folder, no permission) is shown in the
dialog, which stays open; success dismisses it with the paths written.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from dramatis.analysis import Analysis
from dramatis.export import Format, Table, table_paths, write_tables
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, RadioButton, RadioSet, Static

FORMATS: tuple[tuple[Format, str], ...] = (("csv", "CSV"), ("jsonl", "JSON Lines"))


class ExportScreen(ModalScreen[dict[Table, Path] | None]):
    """Ask where and how to export; write on enter; dismiss with the paths, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", show=False, id="dramatis.export.cancel"),
    ]

    def __init__(self, analysis: Analysis, base: Path, document: str) -> None:
        super().__init__()
        self.analysis = analysis
        self.base = base
        self.document = document
        self._confirmed: tuple[Path, Format] | None = None  # overwrite this on next enter

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box"):
            yield Static(id="export-title", markup=False)
            yield Input(str(self.base), id="export-path")
            with RadioSet(id="export-format"):
                for i, (_fmt, label) in enumerate(FORMATS):
                    yield RadioButton(label, value=i == 0)
            yield Static(id="export-hint", markup=False)

    def on_mount(self) -> None:
        box = self.query_one("#export-box")
        box.border_title = "Export claims and actors"
        box.border_subtitle = "enter write · tab format · esc cancel"
        n_claims, n_actors = len(self.analysis.claims), len(self.analysis.actors)
        self.query_one("#export-title", Static).update(
            f"{n_claims} claims and {n_actors} actors, as two files named after:"
        )
        self.query_one(Input).focus()
        self._show_targets()

    @property
    def fmt(self) -> Format:
        index = self.query_one(RadioSet).pressed_index
        return FORMATS[max(0, index)][0]

    def _base(self) -> Path:
        return Path(self.query_one(Input).value.strip() or str(self.base)).expanduser()

    def _say(self, text: str, warning: bool = False) -> None:
        hint = self.query_one("#export-hint", Static)
        hint.update(text)
        hint.set_class(warning, "-warning")

    def _show_targets(self) -> None:
        paths = table_paths(self._base(), self.fmt)
        self._say(f"writes {paths['claims'].name} and {paths['actors'].name}")

    @on(Input.Changed)
    @on(RadioSet.Changed)
    def _changed(self) -> None:
        self._confirmed = None
        self._show_targets()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_write()

    def action_write(self) -> None:
        base, fmt = self._base(), self.fmt
        paths = table_paths(base, fmt)
        taken = [p for p in paths.values() if p.exists()]
        overwrite = self._confirmed == (base, fmt)
        if taken and not overwrite:
            self._confirmed = (base, fmt)
            names = " and ".join(p.name for p in taken)
            self._say(f"{names} exists: enter again to overwrite, or change the name", True)
            return
        try:
            written = write_tables(self.analysis, base, fmt, self.document, overwrite=overwrite)
        except FileExistsError as exc:  # appeared since the check
            self._confirmed = (base, fmt)
            self._say(f"{Path(str(exc)).name} exists now: enter again to overwrite", True)
            return
        except OSError as exc:
            self._say(f"cannot write there: {exc.strerror or exc}", True)
            return
        self.dismiss(written)

    def action_cancel(self) -> None:
        self.dismiss(None)
