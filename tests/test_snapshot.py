"""A picture of the main screen: the seed at 120x40 with its analysis ready.

The analysis is the fixed one of ``tests/test_app.py`` (not the NLP's output,
which improves over time) so that the picture changes only when the screen does.
Animations are off (conftest) and the picture is taken after the worker is done.
"""

from __future__ import annotations

import dramatis.cache
from dramatis.analyzer import Progress
from dramatis.document import load_path
from dramatis.tui.app import DramatisApp

from tests.conftest import SEED
from tests.test_app import seed_analysis_fixed


def _fixed_stream(document, **kwargs):
    yield Progress(0, 10, None)
    yield Progress(10, 10, seed_analysis_fixed(document), finished=True, elapsed=0.1)


async def _settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_main_screen(snap_compare, monkeypatch):
    monkeypatch.setattr(dramatis.cache, "stream", _fixed_stream)
    app = DramatisApp([load_path(SEED)])
    assert snap_compare(app, terminal_size=(120, 40), run_before=_settle)


def test_main_screen_with_claim_selected(snap_compare, monkeypatch):
    monkeypatch.setattr(dramatis.cache, "stream", _fixed_stream)
    app = DramatisApp([load_path(SEED)])

    async def run_before(pilot) -> None:
        await _settle(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(120, 40), run_before=run_before)


def test_main_screen_with_mention_map(snap_compare, monkeypatch):
    """An actor chosen: its mentions and claims marked on the map beside the scrollbar,
    and the sparkline of its mentions in the detail."""
    monkeypatch.setattr(dramatis.cache, "stream", _fixed_stream)
    app = DramatisApp([load_path(SEED)])

    async def run_before(pilot) -> None:
        await _settle(pilot)
        pilot.app.reader.choose_actor("A3")  # Responsible Statecraft: mentions and claims
        await pilot.pause()
        await pilot.press("tab", "tab")  # back to the article, the actor still focused
        await pilot.pause()

    assert snap_compare(app, terminal_size=(120, 40), run_before=run_before)
