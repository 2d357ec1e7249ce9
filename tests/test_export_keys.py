"""`e` exports the claims and actors from the reader, `y` copies a claim or a paragraph."""

from __future__ import annotations

import csv
import json
import queue

import dramatis.cache
from dramatis.analyzer import Progress
from dramatis.tui.app import DramatisApp
from dramatis.tui.export_dialog import ExportScreen
from textual.widgets import Input, RadioButton

from tests.test_app import _ready, seed_analysis_fixed

SIZE = (120, 40)


def _toasts(app) -> list[str]:
    return [f"{n.title} {n.message}" for n in app._notifications]


async def test_e_writes_both_tables_named_after_the_document(
    fixed_stream, seed_doc, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        path = app.screen.query_one(Input)
        assert path.value == str(tmp_path / "azerbaijan-abraham-accords")
        await pilot.press("enter")
        assert not isinstance(app.screen, ExportScreen)
        claims = tmp_path / "azerbaijan-abraham-accords.claims.csv"
        actors = tmp_path / "azerbaijan-abraham-accords.actors.csv"
        rows = list(csv.DictReader(claims.open(encoding="utf-8", newline="")))
        assert len(rows) == len(app.analysis.claims)
        assert {r["actor"] for r in rows} >= {"Responsible Statecraft", "Trump"}
        assert len(list(csv.DictReader(actors.open(encoding="utf-8")))) == 6
        toast = _toasts(app)[-1]
        assert str(claims) in toast and str(actors) in toast and "4 claims" in toast


async def test_e_never_overwrites_without_a_second_enter(
    fixed_stream, seed_doc, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    existing = tmp_path / "azerbaijan-abraham-accords.actors.jsonl"
    existing.write_text("mine\n", encoding="utf-8")
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        await pilot.press("e")
        dialog = app.screen
        dialog.query(RadioButton).last().value = True  # JSON Lines
        await pilot.pause()
        assert dialog.fmt == "jsonl"
        dialog.query_one(Input).focus()
        await pilot.press("enter")
        assert app.screen is dialog
        hint = str(dialog.query_one("#export-hint").render())
        assert "actors.jsonl exists" in hint and "enter again" in hint
        assert existing.read_text(encoding="utf-8") == "mine\n"
        assert not (tmp_path / "azerbaijan-abraham-accords.claims.jsonl").exists()
        await pilot.press("enter")
        assert app.screen is not dialog
        lines = existing.read_text(encoding="utf-8").splitlines()
        assert [json.loads(line)["name"] for line in lines] == [a.name for a in app.analysis.actors]


async def test_e_with_an_unwritable_path_says_why_and_stays_open(fixed_stream, seed_doc, tmp_path):
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        await pilot.press("e")
        dialog = app.screen
        dialog.query_one(Input).value = str(tmp_path / "no-such-folder" / "out")
        await pilot.press("enter")
        assert app.screen is dialog
        assert "cannot write there" in str(dialog.query_one("#export-hint").render())
        await pilot.press("escape")
        assert app.screen is app.reader
        assert not list(tmp_path.iterdir())


async def test_e_before_the_analysis_is_ready_says_so(monkeypatch, seed_doc):
    gate: queue.Queue = queue.Queue()

    def stream(document, **kwargs):
        yield Progress(0, 10, None)
        gate.get(timeout=10)
        yield Progress(10, 10, seed_analysis_fixed(document), finished=True)

    monkeypatch.setattr(dramatis.cache, "stream", stream)
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("e")
        assert app.screen is app.reader
        assert "until the analysis is ready" in _toasts(app)[-1]
        gate.put(None)
        await app.workers.wait_for_complete()


async def test_y_copies_the_selected_claim_or_the_paragraph_at_the_top(fixed_stream, seed_doc):
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        await pilot.press("y")
        assert app.clipboard == seed_doc.text[: seed_doc.paragraphs[0].end]
        assert "Copied paragraph 1" in _toasts(app)[-1]
        await pilot.press("space", "y")
        top = seed_doc.paragraphs[app.reader.article.top_paragraph]
        assert app.clipboard == seed_doc.text[top.start : top.end] and top.start > 0
        await pilot.press("g", "right_square_bracket", "right_square_bracket", "y")
        claim = app.reader.article.claim
        assert app.clipboard.startswith(f"“{' '.join(claim.content.text.split())}” — ")
        assert "An analysis by Responsible Statecraft (highlighted)" in app.clipboard
        assert "Copied claim 2" in _toasts(app)[-1]
