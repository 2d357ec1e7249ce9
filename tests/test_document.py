"""dramatis.document: cleaning, paragraphs, Markdown and HTML, decoding."""

from __future__ import annotations

import socket

import pytest
from dramatis.document import (
    InputError,
    binary_kind,
    clean_text,
    decode_bytes,
    from_text,
    is_mostly_latin,
    load_bytes,
    parse_size,
    split_paragraphs,
)

# Everything a terminal would act on: C0/C1 controls but LF, bidi formatting.
FORBIDDEN = {chr(c) for c in [*range(0x00, 0x0A), *range(0x0B, 0x20), *range(0x7F, 0xA0)]} | set(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def _no_forbidden(text: str) -> bool:
    return not (set(text) & FORBIDDEN)


# ------------------------------------------------------------------- cleaning


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\x1b]0;evil title\x07b", "ab"),  # OSC window title, BEL-terminated
        ("a\x1b]0;evil title\x1b\\b", "ab"),  # ... ST-terminated
        ("a\x1b]52;c;cm0gLXJmIH4=\x07b", "ab"),  # OSC 52 clipboard write
        ("a\x1b[2J\x1b[Hb", "ab"),  # clear screen, cursor home
        ("a\x1b[1;31mred\x1b[0mb", "aredb"),  # SGR colours
        ("a\x9b2Jb", "ab"),  # 8-bit CSI
        ("a\x9d0;t\x9cb", "ab"),  # 8-bit OSC with 8-bit ST
        ("a\x1bPq#0;2;0;0;0\x1b\\b", "ab"),  # DCS (sixel)
        ("a\x1bcb", "ab"),  # RIS: full reset
        ("a\u202eevil\u202cb", "aevilb"),  # bidi override
        ("a\u2066x\u2069\u200fb", "axb"),  # isolates and marks
        ("a\x00b\x07c\x08d\x7fe", "abcde"),
        ("a\tb", "a    b"),
        ("a\r\nb\rc", "a\nb\nc"),
        ("a\x0cb\x0bc\x85d\u2028e", "a\nb\nc\nd\ne"),
        ("a\u2029b", "a\n\nb"),
        ("\ufeffa", "a"),
        ("a\ud800b", "a\ufffdb"),  # a lone surrogate cannot be printed
        ("Erdoğan’s “déjà vu” — 習近平", "Erdoğan’s “déjà vu” — 習近平"),  # untouched
    ],
)
def test_clean_text_removes_what_could_drive_the_terminal(raw, expected):
    assert clean_text(raw) == expected


def test_an_unterminated_sequence_does_not_swallow_the_following_lines():
    cleaned = clean_text("title \x1b]0;never closed\nThe article goes on.\nAnd on.")
    assert cleaned == "title \nThe article goes on.\nAnd on."


def test_clean_text_is_idempotent_on_hostile_text():
    raw = "x\x1b[\x1b]\x07\x9b\x9d\x1b\x1b[31;\x1b]0;\x1b\\y\u202e\x00z"
    once = clean_text(raw)
    assert clean_text(once) == once
    assert _no_forbidden(once)


# ----------------------------------------------------------------- paragraphs


def _kinds_and_texts(text: str):
    return [(p.kind, text[p.start : p.end]) for p in split_paragraphs(text)]


def test_corpus_format_title_blank_line_then_one_paragraph_per_line():
    text = "A headline\n\nFirst paragraph, a sentence.\n\nSecond paragraph here.\n"
    assert _kinds_and_texts(text) == [
        ("title", "A headline"),
        ("body", "First paragraph, a sentence."),
        ("body", "Second paragraph here."),
    ]


def test_seed_format_one_paragraph_per_line_with_a_separator_and_a_question_heading():
    text = "Headline: Report\nLead sentence here.\n-\nA caption (AP)\nBody one.\nNew questions?\nBody two."
    kinds = [kind for kind, _ in _kinds_and_texts(text)]
    assert kinds == ["title", "body", "separator", "heading", "body", "heading", "body"]


def test_hard_wrapped_paragraphs_are_joined_and_keep_their_offsets():
    text = (
        "CHAPTER I\n\n"
        "Well, Prince, so Genoa and Lucca are now just family estates of the\n"
        "Buonapartes. But I warn you, if you don't tell me that this means war,\n"
        "if you still try to defend the infamies and horrors perpetrated by\n"
        "that Antichrist, I really believe he is Antichrist.\n\n"
        "It was in July, 1805, and the speaker was the well-known Anna Pavlovna\n"
        "Scherer, maid of honor and confidante to the Empress Marya Fedorovna.\n"
    )
    parts = _kinds_and_texts(text)
    assert [kind for kind, _ in parts] == ["title", "body", "body"]
    assert parts[1][1].startswith("Well, Prince") and parts[1][1].endswith("Antichrist.")
    document = from_text(text, "book.txt")
    assert "\n" not in document.paragraph_text(document.paragraphs[1])


def test_short_lines_that_end_sentences_are_separate_paragraphs_not_a_wrapped_one():
    text = (
        "Headline\n"
        "The minister resigned on Tuesday evening.\n"
        "Her office confirmed the news in a statement.\n"
        "The opposition welcomed the decision at once.\n"
    )
    assert [kind for kind, _ in _kinds_and_texts(text)] == ["title", "body", "body", "body"]


def test_a_single_long_line_is_one_body_paragraph():
    text = "word " * 200_000
    (paragraph,) = split_paragraphs(text)
    assert paragraph.kind == "body"
    assert (paragraph.start, paragraph.end) == (0, len(text.rstrip()))


def test_non_latin_paragraphs_are_shown_but_not_analysed():
    text = "Headline in English\n\nПрезидент России Владимир Путин заявил.\n\nIn English again, Putin spoke."
    document = from_text(text, "mixed.txt")
    assert len(document.paragraphs) == 3
    analysed = [text[p.start : p.end] for p in document.analysable]
    assert analysed == ["Headline in English", "In English again, Putin spoke."]
    assert is_mostly_latin("Erdoğan and Müller") and not is_mostly_latin("国家主席习近平 said")


# ------------------------------------------------------------------ Markdown


def test_markdown_keeps_structure_and_drops_markup():
    source = (
        "# The *big* news\n\nSome **bold** and [a link](https://example.org) text,\nwrapped.\n\n"
        "## A heading\n\n> A quote\n> over two lines.\n\n- item `one`\n- item two\n\n"
        "---\n\n![alt text](pic.png) after\n"
    )
    document = load_bytes(source.encode(), "a.md", format="markdown")
    parts = [(p.kind, document.text[p.start : p.end]) for p in document.paragraphs]
    assert parts == [
        ("title", "The big news"),
        ("body", "Some bold and a link text, wrapped."),
        ("heading", "A heading"),
        ("quote", "A quote over two lines."),
        ("list", "item one"),
        ("list", "item two"),
        ("separator", "* * *"),
        ("body", "alt text after"),
    ]
    assert document.title == "The big news" and document.format == "markdown"
    for markup in ("#", "**", "](", "`", "> "):
        assert markup not in document.text


def test_markdown_ordered_items_keep_their_numbers_bullets_do_not_show():
    source = "# T\n\n1. first\n2. second\n\n- bullet\n"
    document = load_bytes(source.encode(), "a.md", format="markdown")
    items = [document.text[p.start : p.end] for p in document.paragraphs if p.kind == "list"]
    assert items == ["1. first", "2. second", "bullet"]


def test_markdown_front_matter_gives_the_title_when_there_is_no_heading():
    source = "---\ntitle: 'From the front matter'\ndate: 2024\n---\n\nJust a paragraph.\n"
    document = load_bytes(source.encode(), "a.md", format="markdown")
    assert document.title == "From the front matter"
    assert "date" not in document.text and "---" not in document.text


def test_markdown_entities_cannot_smuggle_escape_sequences():
    source = "Text &#27;[2J and &#x9b;31m and \x1b]0;t\x07 end\n"
    document = load_bytes(source.encode(), "a.md", format="markdown")
    assert _no_forbidden(document.text)


# ---------------------------------------------------------------------- HTML


HTML = b"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Minister resigns | Daily Planet</title><meta property="og:title" content="Minister resigns">
<script>document.title = "hacked"; fetch("http://evil.example/")</script>
<style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Minister resigns</h1>
<p>The foreign minister, Jane Doe, resigned on Tuesday after weeks of pressure, her office said.</p>
<h2>Reaction</h2>
<p>&ldquo;A sad day,&rdquo; the opposition leader told reporters outside parliament on Tuesday night.</p>
<blockquote><p>We will fight on, said a spokesperson for the governing party in a statement.</p></blockquote>
<ul><li>First point about the policy and its many consequences</li><li>Second point about it</li></ul>
</article><footer>Copyright 2024 Daily Planet. All rights reserved.</footer></body></html>"""


def test_html_gives_title_and_main_text_without_boilerplate_or_scripts(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the HTML reader tried to open a network connection")

    import trafilatura  # noqa: F401  (imported before the network is cut off)

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    document = load_bytes(HTML, "page.html", format="html")
    assert document.title == "Minister resigns"
    kinds = [p.kind for p in document.paragraphs]
    assert kinds == ["title", "body", "heading", "body", "quote", "list", "list"]
    assert "“A sad day,” the opposition leader" in document.text
    for boilerplate in ("hacked", "evil.example", "color", "Copyright", "Home", "<", ">"):
        assert boilerplate not in document.text


def test_html_is_sniffed_from_its_content_when_the_name_does_not_say():
    document = load_bytes(HTML, "-")
    assert document.format == "html" and document.title == "Minister resigns"


def test_html_without_an_article_falls_back_to_its_visible_text():
    page = b"<html><head><script>var x = 1;</script></head><body><p>Only this.</p></body></html>"
    document = load_bytes(page, "tiny.html", format="html")
    assert "Only this." in document.text and "var x" not in document.text


# ------------------------------------------------------------------ decoding


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        ("“Curly” café".encode("cp1252"), "“Curly” café", "windows-1252"),
        ("Genève, Müller, Nuñez".encode("latin-1"), "Genève, Müller, Nuñez", "iso-8859-1"),
        (b"\xef\xbb\xbfBOM \xe2\x80\x9cok\xe2\x80\x9d", "BOM “ok”", "utf-8 (BOM)"),
        ("UTF-16 “ok”".encode("utf-16"), "UTF-16 “ok”", "utf-16-le (BOM)"),
        ("UTF-16 “ok”".encode("utf-16-be"), "UTF-16 “ok”", "utf-16-be"),
        ("Президент России".encode("cp1251"), "Президент России", "cp1251"),
    ],
)
def test_decode_detects_common_encodings_without_mangling(data, text, encoding):
    assert decode_bytes(data) == (text, encoding)


def test_invalid_bytes_inside_utf8_are_replaced_not_refused():
    data = "Erdoğan said “yes”. ".encode() + b"\xff\xc3(" + " Then “no”.".encode()
    text, encoding = decode_bytes(data)
    assert text.startswith("Erdoğan said “yes”.") and text.endswith("Then “no”.")
    assert "\ufffd" in text and encoding == "utf-8 (2 invalid bytes replaced)"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "a PNG image"),
        (b"\x7fELF\x02\x01\x01" + bytes(200), "an executable"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),
        (bytes(range(256)) * 8, "binary data"),
        (b"text " * 20 + bytes(100), "binary data"),
    ],
)
def test_binary_files_are_recognised(data, kind):
    assert binary_kind(data) == kind
    with pytest.raises(InputError, match=f"file.bin: is {kind}, not text"):
        load_bytes(data, "file.bin")


def test_text_with_a_few_nul_bytes_is_text_with_them_removed():
    data = b"Hello\x00 world, a fine\x00 sentence of text.\n"
    assert binary_kind(data) is None
    assert load_bytes(data, "n.txt").text == "Hello world, a fine sentence of text.\n"


@pytest.mark.parametrize(
    ("value", "size"),
    [
        ("50MB", 50 * 2**20),
        ("200m", 200 * 2**20),
        ("1.5G", int(1.5 * 2**30)),
        ("800k", 800 * 1024),
        ("1000", 1000),
        (" 2 MiB ", 2 * 2**20),
    ],
)
def test_parse_size(value, size):
    assert parse_size(value) == size


def test_parse_size_refuses_nonsense():
    with pytest.raises(ValueError, match="not a size"):
        parse_size("lots")
