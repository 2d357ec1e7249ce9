"""Claims and actors as CSV and JSON Lines: awkward text, formulas, files never overwritten."""

from __future__ import annotations

import csv
import io
import json

import pytest
from dramatis.analysis import Actor, Analysis, Claim, Source, Span
from dramatis.export import (
    ACTOR_FIELDS,
    CLAIM_FIELDS,
    CsvWriter,
    actor_rows,
    claim_quote,
    claim_rows,
    default_base,
    safe_cell,
    table_paths,
    write_jsonl,
    write_tables,
)

TEXT = (
    'Acme, Inc. said "we, the people" were\nready. =SUM(A1:A9) is not a formula, '
    "@Bob wrote. -5 percent, said +Plus."
)


def _span(phrase: str) -> Span:
    start = TEXT.index(phrase)
    return Span(start, start + len(phrase), phrase)


def _analysis() -> Analysis:
    acme = Actor(
        "A1", "Acme, Inc.", "organization", ("Acme, Inc.", "=Acme"), (_span("Acme, Inc."),)
    )
    bob = Actor("A2", "@Bob", "person", ("@Bob",), (_span("@Bob"),))
    plus = Actor("A3", "+Plus", "organization", ("+Plus",), (_span("+Plus"),))
    src = _span("Acme, Inc.")
    claims = (
        Claim(
            "C1",
            "direct",
            Source(src.start, src.end, src.text, "A1"),
            _span("said"),
            _span('"we, the people" were\nready.'),
        ),
        Claim("C2", "indirect", None, _span("wrote"), _span("=SUM(A1:A9) is not a formula")),
        Claim(
            "C3",
            "indirect",
            Source(TEXT.index("+Plus"), TEXT.index("+Plus") + 5, "+Plus", "A3"),
            _span("said +"),
            _span("-5 percent"),
        ),
    )
    return Analysis("news/acme story.txt", "Acme's day", TEXT, "m", (acme, bob, plus), claims)


def _read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_claims_csv_round_trips_quotes_commas_and_line_breaks():
    analysis = _analysis()
    out = io.StringIO(newline="")
    CsvWriter(out, "claims").add(claim_rows(analysis, "acme.txt"))
    rows = _read_csv(out.getvalue())
    assert list(rows[0]) == list(CLAIM_FIELDS)
    first = next(r for r in rows if r["claim"] == "C1")
    assert first["content"] == '"we, the people" were\nready.'
    assert first["source"] == "Acme, Inc." and first["actor"] == "Acme, Inc."
    assert first["document"] == "acme.txt" and first["kind"] == "direct"
    content = analysis.claims[0].content
    assert (int(first["content_start"]), int(first["content_end"])) == (content.start, content.end)
    assert TEXT[int(first["cue_start"]) : int(first["cue_end"])] == "said"
    # An unattributed claim: empty source, actor and source offsets.
    second = next(r for r in rows if r["claim"] == "C2")
    assert second["source"] == second["actor"] == second["source_start"] == ""
    # Text order.
    assert [r["claim"] for r in rows] == ["C1", "C2", "C3"]


def test_cells_that_look_like_formulas_are_quoted_and_numbers_are_not():
    out = io.StringIO(newline="")
    CsvWriter(out, "claims").add(claim_rows(_analysis(), "=cmd|' /C calc'!A0"))
    rows = _read_csv(out.getvalue())
    assert all(r["document"] == "'=cmd|' /C calc'!A0" for r in rows)
    by_id = {r["claim"]: r for r in rows}
    assert by_id["C2"]["content"] == "'=SUM(A1:A9) is not a formula"
    assert by_id["C3"]["content"] == "'-5 percent"
    assert by_id["C3"]["source"] == "'+Plus" and by_id["C3"]["actor"] == "'+Plus"
    assert by_id["C3"]["start"].isdigit()
    for start in "=+-@\t\r":
        assert safe_cell(start + "x") == "'" + start + "x"
    assert safe_cell("plain") == "plain" and safe_cell(-5) == -5 and safe_cell("") == ""
    actors = io.StringIO(newline="")
    CsvWriter(actors, "actors").add(actor_rows(_analysis(), "a"))
    names = [r["name"] for r in _read_csv(actors.getvalue())]
    assert names == ["Acme, Inc.", "'@Bob", "'+Plus"]


def test_actor_rows_count_mentions_and_claims():
    rows = actor_rows(_analysis(), "d")
    assert tuple(rows[0]) == ACTOR_FIELDS
    acme = rows[0]
    assert acme["mentions"] == 1 and acme["claims"] == 1
    assert acme["aliases"] == "Acme, Inc.; =Acme"
    assert acme["first_start"] == acme["last_start"] == 0


def test_json_lines_keep_the_text_exactly():
    out = io.StringIO()
    write_jsonl(out, claim_rows(_analysis(), "d"))
    lines = out.getvalue().splitlines()
    assert len(lines) == 3  # a line break in a claim stays inside its JSON string
    first = json.loads(lines[0])
    assert first["content"] == '"we, the people" were\nready.' and first["start"] == 0
    assert json.loads(lines[1])["content"].startswith("=SUM")  # no guard in JSON


def test_write_tables_names_both_files_after_the_base_and_never_overwrites(tmp_path):
    analysis = _analysis()
    base = tmp_path / "acme story"
    paths = write_tables(analysis, base, "csv", "acme.txt")
    assert paths == {
        "claims": tmp_path / "acme story.claims.csv",
        "actors": tmp_path / "acme story.actors.csv",
    }
    assert len(_read_csv(paths["claims"].read_text(encoding="utf-8"))) == 3
    assert len(_read_csv(paths["actors"].read_text(encoding="utf-8"))) == 3
    before = paths["claims"].read_bytes()
    with pytest.raises(FileExistsError):
        write_tables(analysis, base, "csv", "other.txt")
    assert paths["claims"].read_bytes() == before
    write_tables(analysis, base, "csv", "other.txt", overwrite=True)
    assert b"other.txt" in paths["claims"].read_bytes()
    jsonl = write_tables(analysis, base, "jsonl", "acme.txt")
    assert jsonl["actors"].name == "acme story.actors.jsonl"
    # A base typed with an extension or a table's name is not doubled.
    assert table_paths(tmp_path / "x.claims.csv", "csv")["actors"].name == "x.actors.csv"
    assert table_paths(tmp_path / "x.jsonl", "jsonl")["claims"].name == "x.claims.jsonl"


def test_default_base_and_the_quote_to_copy(tmp_path):
    assert default_base("news/acme story.txt", "T", tmp_path) == tmp_path / "acme story"
    assert default_base("-", "Hello, World: 2024!", tmp_path) == tmp_path / "hello-world-2024"
    assert default_base("-", "", tmp_path) == tmp_path / "dramatis"
    analysis = _analysis()
    quote = claim_quote(analysis, "C1")
    assert quote == '“"we, the people" were ready.” — Acme, Inc. (said), in “Acme\'s day”'
    assert claim_quote(analysis, "C2").startswith("“=SUM(A1:A9) is not a formula” — unattributed")
    assert claim_quote(analysis, "C9") is None


def test_analyze_format_csv_writes_one_table_for_all_files(monkeypatch, capsys, tmp_path):
    from dramatis.document import load_path
    from dramatis.tui import cli

    from tests.conftest import SEED
    from tests.test_app import seed_analysis_fixed

    other = tmp_path / "copy.txt"
    other.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(cli, "_analyse", lambda document, args: seed_analysis_fixed(document))
    assert cli.main(["analyze", "--format", "csv", str(SEED), str(other)]) == 0
    rows = _read_csv(capsys.readouterr().out)
    fixed = seed_analysis_fixed(load_path(SEED))
    assert len(rows) == 2 * len(fixed.claims)
    assert {r["document"] for r in rows} == {str(SEED), str(other)}
    assert rows[0]["actor"] == "" and rows[1]["actor"] == "Responsible Statecraft"
    assert cli.main(["analyze", "--format", "csv", "--table", "actors", str(SEED)]) == 0
    actors = _read_csv(capsys.readouterr().out)
    assert [r["name"] for r in actors] == [a.name for a in fixed.actors]
    assert list(actors[0]) == list(ACTOR_FIELDS)
