"""The command line on real and bad input: one-line errors, exit codes, stdin, folders."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import dramatis.document
import pytest
from dramatis.document import MAX_SIZE_ENV
from dramatis.tui.cli import main

INPUTS = Path(__file__).resolve().parent / "fixtures" / "inputs"
ROOT = Path(__file__).resolve().parent.parent


def _one_line_error(capsys) -> str:
    captured = capsys.readouterr()
    err = captured.err.strip()
    assert captured.out == ""
    assert len(err.splitlines()) == 1, err
    assert err.startswith("dramatis: ") and "Traceback" not in err
    return err


@pytest.mark.parametrize("command", [["analyze"], ["analyze", "--format", "json"], []])
@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("empty.txt", "is empty"),
        ("whitespace.txt", "contains only whitespace"),
        ("pixel.png", "is a PNG image, not text"),
        ("missing.txt", "no such file"),
    ],
)
def test_bad_files_fail_in_one_line_naming_file_and_problem(command, name, problem, capsys):
    path = INPUTS / name
    status = main([*command, str(path)])
    err = _one_line_error(capsys)
    assert status == 1
    assert f"{path}: " in err and problem in err


def test_an_executable_fails_in_one_line(tmp_path, capsys):
    program = tmp_path / "program"
    program.write_bytes(Path(sys.executable).resolve().read_bytes())
    assert main(["analyze", str(program)]) == 1
    assert "program: is an executable, not text" in _one_line_error(capsys)


def test_a_folder_without_readable_articles_fails_in_one_line(tmp_path, capsys):
    (tmp_path / "pixel.png").write_bytes((INPUTS / "pixel.png").read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["analyze", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert lines == [
        f"dramatis: skipped {tmp_path / 'empty.txt'}: is empty",
        f"dramatis: {tmp_path}: no readable articles in this folder "
        "(none of its 1 article files could be read)",
    ]


def test_a_file_without_read_permission_fails_in_one_line(tmp_path, monkeypatch, capsys):
    path = tmp_path / "locked.txt"
    path.write_text("Locked article.\n")
    path.chmod(0)
    real_open = open

    def denied(file, *args, **kwargs):  # root could read it: fail as for a user
        if Path(file) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(dramatis.document, "open", denied, raising=False)
    assert main(["analyze", str(path)]) == 1
    assert f"{path}: permission denied" in _one_line_error(capsys)


def test_a_file_over_the_limit_names_the_limit_option_and_variable(tmp_path, monkeypatch, capsys):
    path = tmp_path / "big.txt"
    path.write_bytes(b"The minister spoke. " * 60_000)  # 1.2 MB
    assert main(["analyze", str(path), "--max-size", "1MB"]) == 1
    err = _one_line_error(capsys)
    assert "big.txt: is 1.14 MB, more than the 1 MB size limit" in err
    assert "--max-size" in err and MAX_SIZE_ENV in err
    monkeypatch.setenv(MAX_SIZE_ENV, "1MB")
    assert main(["analyze", str(path)]) == 1
    _one_line_error(capsys)


def test_max_size_must_be_a_size(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["analyze", "--max-size", "huge"])
    assert exit_.value.code == 2 and "not a size" in capsys.readouterr().err


def test_the_default_limit_is_50_megabytes(tmp_path, capsys):
    path = tmp_path / "sparse.txt"
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024 + 1)  # sparse: costs no disk
    assert main(["analyze", str(path)]) == 1
    assert "more than the 50 MB size limit" in _one_line_error(capsys)


def test_invalid_utf8_is_read_and_the_encoding_says_so(nlp, capsys):
    assert main(["analyze", str(INPUTS / "invalid-utf8.txt")]) == 0
    out = capsys.readouterr().out
    assert "encoding: utf-8 (3 invalid bytes replaced)" in out
    assert "Jane Doe" in out


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("cp1252.txt", "windows-1252"),
        ("latin1.txt", "iso-8859-1"),
        ("utf16-bom.txt", "utf-16-le (BOM)"),
        ("utf8-bom.txt", "utf-8 (BOM)"),
    ],
)
def test_the_text_report_names_the_encoding_and_keeps_the_characters(nlp, name, encoding, capsys):
    assert main(["analyze", str(INPUTS / name)]) == 0
    out = capsys.readouterr().out
    assert f"encoding: {encoding}" in out
    assert ("Müller" in out) if name == "latin1.txt" else ("“" in out and "Zürich" in out)


def test_nul_bytes_are_stripped_and_the_text_analysed(nlp, capsys):
    assert main(["analyze", str(INPUTS / "nul-bytes.txt"), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "\x00" not in data["text"] and "Tuesday" in data["text"]


@pytest.mark.parametrize("name", ["russian.txt", "chinese.txt"])
def test_non_latin_text_is_read_and_no_english_actors_are_invented(nlp, name, capsys):
    assert main(["analyze", str(INPUTS / name), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["text"] == (INPUTS / name).read_text(encoding="utf-8")
    assert data["actors"] == [] and data["claims"] == []
    assert main(["analyze", str(INPUTS / name)]) == 0
    assert "no named English actors" in capsys.readouterr().out


def test_a_one_megabyte_line_is_analysed_without_hanging(nlp, tmp_path, capsys):
    # One line, no sentence end: the analyzer must cut it, not feed spaCy 1 MB.
    path = tmp_path / "line.txt"
    path.write_text("x" * (1024 * 1024))
    assert main(["analyze", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["text"]) == 1024 * 1024 and data["actors"] == []


def test_markdown_html_and_several_files_give_one_json_line_each(nlp, capsys):
    files = [str(INPUTS / n) for n in ("article.md", "article.html", "cp1252.txt")]
    assert main(["analyze", *files, "--format", "json"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 3
    for line, source in zip(lines, files, strict=True):
        data = json.loads(line)
        assert data["source"] == source
        for actor in data["actors"]:
            for mention in actor["mentions"]:
                assert data["text"][mention["start"] : mention["end"]] == mention["text"]
    assert "#" not in json.loads(lines[0])["text"] and "<" not in json.loads(lines[1])["text"]


def test_a_folder_is_analysed_article_by_article_and_skips_are_reported(nlp, tmp_path, capsys):
    (tmp_path / "a.txt").write_bytes((INPUTS / "cp1252.txt").read_bytes())
    (tmp_path / "b.txt").write_bytes(b"")
    assert main(["analyze", str(tmp_path), "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert [json.loads(line)["source"] for line in captured.out.splitlines()] == [
        str(tmp_path / "a.txt")
    ]
    assert captured.err == f"dramatis: skipped {tmp_path / 'b.txt'}: is empty\n"


def test_analyze_dash_reads_standard_input(nlp, monkeypatch, capsys):
    data = (INPUTS / "latin1.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["analyze", "-", "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["source"] == "-" and result["title"] == "Réunion à Genève"


def test_empty_standard_input_fails_in_one_line(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert main(["analyze", "-"]) == 1
    assert "standard input: is empty" in _one_line_error(capsys)


def test_the_reader_reads_a_pipe_when_no_file_is_named(monkeypatch):
    """`cat a.txt | dramatis` opens the piped article, with the terminal for keys."""
    import dramatis.tui.cli

    opened = {}

    class FakeApp:
        return_code = 0

        def __init__(self, documents, **options):
            opened["documents"] = documents

        def run(self):
            pass

    import dramatis.tui.app

    monkeypatch.setattr(dramatis.tui.app, "DramatisApp", FakeApp)
    monkeypatch.setattr(dramatis.tui.cli, "_reattach_terminal", lambda: True)
    monkeypatch.setattr("dramatis.inputs.stdin_is_piped", lambda: True)
    data = (INPUTS / "cp1252.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main([]) == 0
    (document,) = opened["documents"]
    assert document.source == "-" and document.encoding == "windows-1252"


def test_the_reader_without_a_terminal_after_a_pipe_fails_in_one_line(monkeypatch, capsys):
    import dramatis.tui.cli

    monkeypatch.setattr(dramatis.tui.cli, "_reattach_terminal", lambda: False)
    data = (INPUTS / "cp1252.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["-"]) == 1
    assert "no terminal to read keys from" in _one_line_error(capsys)


def test_a_real_pipe_into_dramatis_analyze(nlp):
    """`cat article.txt | dramatis analyze -`, in a process of its own."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "dramatis.tui.cli", "analyze", "-"],
        input=(INPUTS / "cp1252.txt").read_bytes(),
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert "source: - · format: text · encoding: windows-1252" in out
    assert result.stderr == b""


def test_find_on_a_folder_or_a_bad_file_fails_in_one_line(tmp_path, capsys):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes((INPUTS / "cp1252.txt").read_bytes())
    assert main(["find", str(tmp_path), "Doe"]) == 1
    assert "is a folder; `dramatis find` searches one article" in _one_line_error(capsys)
    assert main(["find", str(INPUTS / "pixel.png"), "Doe"]) == 1
    assert "pixel.png: is a PNG image, not text" in _one_line_error(capsys)


def test_an_invalid_size_in_the_environment_is_said_not_ignored(monkeypatch, capsys):
    monkeypatch.setenv(MAX_SIZE_ENV, "lots")
    assert main(["analyze", str(INPUTS / "cp1252.txt")]) == 1
    assert f"{MAX_SIZE_ENV}: not a size: 'lots'" in _one_line_error(capsys)


_STORY = {
    "a.txt": "Turkey and Syria\n\nTurkish President Recep Tayyip Erdogan said on Monday that "
    "Turkey would press on with its operation in Syria. The United Nations called for restraint.\n",
    "b.txt": "Talks in Washington\n\nErdogan told reporters in Washington that Turkey wanted a "
    "deal. Donald Trump said the United States would impose sanctions on Turkey if talks failed.\n",
}


def _story_folder(tmp_path: Path) -> Path:
    for name, text in _STORY.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_analyze_json_gives_every_actor_an_entity_the_same_across_documents(nlp, tmp_path, capsys):
    folder = _story_folder(tmp_path)
    assert main(["analyze", str(folder), "--format", "json"]) == 0
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    entity = {
        (doc["source"], actor["name"]): actor["entity"]
        for doc in (first, second)
        for actor in doc["actors"]
    }
    a, b = str(folder / "a.txt"), str(folder / "b.txt")
    assert entity[(a, "Turkey")] == entity[(b, "Turkey")]
    # The bare surname of the second article is the full name of the first.
    assert entity[(a, "Recep Tayyip Erdogan")] == entity[(b, "Erdogan")]
    assert entity[(b, "Donald Trump")] != entity[(a, "Recep Tayyip Erdogan")]
    for doc in (first, second):
        ids = [actor["entity"] for actor in doc["actors"]]
        assert len(set(ids)) == len(ids) and all(i.startswith("E") for i in ids)
    assert entity[(a, "Turkey")] == "E1"  # first appearance: the first actor of the first file


def test_actors_lists_the_cross_document_actors_as_text_and_as_json(nlp, tmp_path, capsys):
    folder = _story_folder(tmp_path)
    assert main(["analyze", str(folder), "--format", "json"]) == 0
    mentions: dict[str, int] = {}
    for line in capsys.readouterr().out.splitlines():
        for actor in json.loads(line)["actors"]:
            mentions[actor["entity"]] = mentions.get(actor["entity"], 0) + len(actor["mentions"])
    assert main(["actors", str(folder)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"{len(mentions)} actors across 2 documents"
    rows = {line.split(maxsplit=4)[4]: line.split()[:4] for line in lines[3:]}
    assert len(rows) == len(mentions)
    for entity_id, *_, count in rows.values():
        assert int(count) == mentions[entity_id]
    assert rows["Turkey"][1:3] == ["place", "2"]
    assert rows["Recep Tayyip Erdogan"][1:] == ["person", "2", "2"]
    assert rows["Donald Trump"][1:] == ["person", "1", "1"]
    assert lines[3].split()[-1] == "Turkey"  # most documents, then most mentions, first

    assert main(["actors", str(folder), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "dramatis.entities/1"
    assert [d["source"] for d in data["documents"]] == [
        str(folder / "a.txt"),
        str(folder / "b.txt"),
    ]
    erdogan = next(e for e in data["entities"] if e["name"] == "Recep Tayyip Erdogan")
    assert (erdogan["documents"], erdogan["mentions"], erdogan["kind"]) == (2, 2, "person")
    assert {x["source"] for x in erdogan["appearances"]} == {d["source"] for d in data["documents"]}
    assert rows["Recep Tayyip Erdogan"][0] == erdogan["id"]


def test_actors_on_a_missing_folder_fails_in_one_line(tmp_path, capsys):
    assert main(["actors", str(tmp_path / "nowhere")]) == 1
    assert "nowhere: no such file" in _one_line_error(capsys)
