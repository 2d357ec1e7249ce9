"""dramatis.inputs and dramatis.document.load_path: files, folders, stdin, and bad input."""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

import dramatis.document
import pytest
from dramatis import analyzer
from dramatis.bundled import default_seed
from dramatis.document import MAX_SIZE_ENV, InputError, load_path
from dramatis.inputs import load_many, stdin_is_piped

INPUTS = Path(__file__).resolve().parent / "fixtures" / "inputs"
ARTICLE_START = "Minister resigns over leaked letter"


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("cp1252.txt", "windows-1252"),
        ("utf8-bom.txt", "utf-8 (BOM)"),
        ("utf16-bom.txt", "utf-16-le (BOM)"),
        ("crlf.txt", "utf-8"),
        ("nul-bytes.txt", "utf-8"),
    ],
)
def test_the_same_article_in_any_common_encoding_reads_the_same(name, encoding):
    document = load_path(INPUTS / name)
    assert document.encoding == encoding
    assert document.title == ARTICLE_START
    # Curly quotes and diacritics survive every encoding; CRLF became LF, NUL went.
    assert "“I have done nothing wrong,” Doe told reporters in Zürich" in document.text
    assert "café meeting was “entirely proper”" in document.text
    assert (
        "\r" not in document.text and "\x00" not in document.text and "\ufeff" not in document.text
    )
    assert [p.kind for p in document.paragraphs] == ["title", "body", "body", "body"]


def test_latin1_diacritics_are_kept():
    document = load_path(INPUTS / "latin1.txt")
    assert document.encoding == "iso-8859-1"
    assert document.title == "Réunion à Genève"
    assert "François Müller and José Nuñez" in document.text and "déjà vu" in document.text


def test_invalid_bytes_in_the_middle_of_utf8_are_readable_and_marked():
    document = load_path(INPUTS / "invalid-utf8.txt")
    assert document.encoding.startswith("utf-8 (") and "invalid" in document.encoding
    assert "\ufffd" in document.text and "Zürich" in document.text


def test_markdown_and_html_files_are_read_by_their_suffix():
    markdown = load_path(INPUTS / "article.md")
    html = load_path(INPUTS / "article.html")
    assert (markdown.format, html.format) == ("markdown", "html")
    assert markdown.title == "Minister resigns over letter"
    assert html.title == ARTICLE_START
    assert "alert" not in html.text and "Sports and weather" not in html.text


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("empty.txt", "is empty"),
        ("whitespace.txt", "contains only whitespace"),
        ("pixel.png", "is a PNG image, not text"),
        ("no-such-file.txt", "no such file"),
    ],
)
def test_bad_files_raise_a_one_line_error_naming_the_file(name, problem):
    with pytest.raises(InputError) as error:
        load_path(INPUTS / name)
    message = str(error.value)
    assert message.startswith(str(INPUTS / name) + ": ")
    assert problem in message and "\n" not in message


def test_an_executable_is_refused(tmp_path):
    shutil.copy(sys.executable, tmp_path / "python")
    with pytest.raises(InputError, match="python: is an executable, not text"):
        load_path(tmp_path / "python")


def test_a_file_without_read_permission_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("Secret text.\n")
    path.chmod(0)
    if os.geteuid() == 0:
        # root reads a 0o000 file anyway: make open() fail as it would for a user.
        real_open = open

        def denied(file, *args, **kwargs):
            if Path(file) == path:
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(dramatis.document, "open", denied, raising=False)
    with pytest.raises(InputError, match=r"secret.txt: permission denied"):
        load_path(path)


def test_a_file_over_the_size_limit_says_the_limit_and_how_to_raise_it(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 300_000)  # 1.5 MB
    with pytest.raises(InputError) as error:
        load_path(path, max_bytes=1024 * 1024)
    message = str(error.value)
    assert "big.txt: is 1.43 MB, more than the 1 MB size limit" in message
    assert "--max-size" in message and MAX_SIZE_ENV in message
    monkeypatch.setenv(MAX_SIZE_ENV, "1MB")
    with pytest.raises(InputError, match="size limit"):
        load_path(path)
    monkeypatch.setenv(MAX_SIZE_ENV, "2MB")
    assert load_path(path).text.startswith("word word")


def test_a_special_file_is_read_only_up_to_the_limit(tmp_path):
    # /dev/zero never ends: the limit, not memory, must stop it.
    with pytest.raises(InputError, match="/dev/zero: is larger than the 64 kB size limit"):
        load_path("/dev/zero", max_bytes=64 * 1024)


def test_a_one_megabyte_line_is_readable_and_analysed_in_bounded_pieces():
    line = "The minister said that the plan would work " * 24_000  # ~1 MB, one line
    document = dramatis.document.from_text(line, "long.txt")
    assert len(document.paragraphs) == 1 and document.paragraphs[0].end == len(line.rstrip())
    pieces = analyzer.chunks(document)
    assert max(len(text) for text, _ in pieces) <= analyzer.MAX_CHUNK
    assert "".join(text for text, _ in pieces) == document.text.rstrip()
    for text, offset in pieces:
        assert document.text[offset : offset + len(text)] == text


# ------------------------------------------------------------------ load_many


def test_no_paths_opens_the_bundled_article():
    (document,) = load_many([])
    assert document.source == str(default_seed())


def test_several_files_keep_their_order():
    documents = load_many([str(INPUTS / "latin1.txt"), str(INPUTS / "cp1252.txt")])
    assert [Path(d.source).name for d in documents] == ["latin1.txt", "cp1252.txt"]


def test_a_folder_opens_its_readable_articles_sorted_and_reports_the_others(tmp_path):
    for name in ("b.txt", "a.md", "c.html", "empty.txt", "pixel.png", "russian.txt"):
        source = {"b.txt": "cp1252.txt", "a.md": "article.md", "c.html": "article.html"}.get(
            name, name
        )
        shutil.copy(INPUTS / source, tmp_path / name)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")  # not an article suffix: ignored
    (tmp_path / ".hidden.txt").write_text("Hidden.")
    (tmp_path / "sub").mkdir()
    skipped: list[str] = []
    documents = load_many([str(tmp_path)], on_skip=skipped.append)
    assert [Path(d.source).name for d in documents] == ["a.md", "b.txt", "c.html", "russian.txt"]
    assert skipped == [f"skipped {tmp_path / 'empty.txt'}: is empty"]


def test_a_folders_readme_licence_and_sources_are_not_articles(tmp_path):
    shutil.copy(INPUTS / "cp1252.txt", tmp_path / "story.txt")
    for name in ("README.md", "SOURCES.md", "LICENSE.txt", "credits.txt"):
        (tmp_path / name).write_text("# About this folder\n\nArticles with their credits.\n")
    documents = load_many([str(tmp_path)])
    assert [Path(d.source).name for d in documents] == ["story.txt"]
    # Named on the command line, such a file is read like any other.
    (readme,) = load_many([str(tmp_path / "README.md")])
    assert "Articles with their credits." in readme.text


def test_a_folder_with_no_readable_articles_is_an_error(tmp_path):
    (tmp_path / "image.png").write_bytes((INPUTS / "pixel.png").read_bytes())
    with pytest.raises(InputError, match="no readable articles"):
        load_many([str(tmp_path)])
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(InputError, match="none of its 1 article files could be read"):
        load_many([str(tmp_path)], on_skip=lambda message: None)


def test_a_named_bad_file_among_good_ones_fails_the_whole_command():
    with pytest.raises(InputError, match=r"empty\.txt: is empty"):
        load_many([str(INPUTS / "cp1252.txt"), str(INPUTS / "empty.txt")])


def _fake_stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_dash_reads_standard_input_as_bytes_with_encoding_detection(monkeypatch):
    _fake_stdin(monkeypatch, (INPUTS / "cp1252.txt").read_bytes())
    (document,) = load_many(["-"])
    assert document.source == "-" and document.encoding == "windows-1252"
    assert document.title == ARTICLE_START and "“entirely proper”" in document.text


def test_empty_standard_input_is_an_error(monkeypatch):
    _fake_stdin(monkeypatch, b"")
    with pytest.raises(InputError, match="standard input: is empty"):
        load_many(["-"])


def test_standard_input_over_the_limit_is_refused(monkeypatch):
    _fake_stdin(monkeypatch, b"x" * 5000)
    with pytest.raises(InputError, match="standard input: is larger than the 4 kB size limit"):
        load_many(["-"], max_bytes=4096)


def test_stdin_is_piped_only_for_a_pipe_with_input(monkeypatch):
    read_end, write_end = os.pipe()
    try:
        monkeypatch.setattr(sys, "stdin", os.fdopen(read_end, "r", closefd=False))
        assert stdin_is_piped()
    finally:
        os.close(read_end)
        os.close(write_end)
    with open(os.devnull) as devnull:
        monkeypatch.setattr(sys, "stdin", devnull)
        assert not stdin_is_piped()
    monkeypatch.setattr(sys, "stdin", io.StringIO("no file descriptor"))
    assert not stdin_is_piped()
