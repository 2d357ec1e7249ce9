"""A document as the reader shows it: clean text, a title, and its paragraphs.

Everything downstream (analysis offsets, the reader's wrap index, the cache key)
indexes ``Document.text``, so all normalisation happens here, once, and is
documented: BOM removed, CRLF/CR to LF, tabs to spaces, terminal control
sequences and other invisible control characters removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

ParagraphKind = Literal["title", "heading", "body", "separator", "quote", "list"]


class InputError(Exception):
    """A file or text that dramatis cannot read; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    kind: ParagraphKind = "body"


@dataclass(frozen=True, slots=True)
class Document:
    source: str
    title: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    encoding: str = "utf-8"
    format: str = "text"

    def paragraph_text(self, paragraph: Paragraph) -> str:
        # Hard-wrapped paragraphs keep their newlines in ``text`` (offsets must match
        # the file); the analysis and the reader see them as spaces, same length.
        return self.text[paragraph.start : paragraph.end].replace("\n", " ")

    @property
    def analysable(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if p.kind != "separator")


# ECMA-48 sequences (CSI, OSC, DCS, ...) first, so that their payload goes with them,
# then any other C0/C1 control except newline; bidi overrides and isolates can make
# text display in an order different from the one it is stored in.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI ... final byte
    r"|\x1b[\]PX^_].*?(?:\x07|\x1b\\|\x9c|$)"  # OSC / DCS / SOS / PM / APC ... terminator
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
    r"|[\x9d\x90\x98\x9e\x9f].*?(?:\x07|\x1b\\|\x9c|$)"  # 8-bit OSC / DCS / ...
    r"|\x1b[@-_]?",  # lone ESC or two-byte sequence
    re.DOTALL,
)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def clean_text(raw: str) -> str:
    """Normalise text so that it is safe to put on a terminal and stable to index."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\t", "    ")
    text = _ESCAPE_SEQUENCE.sub("", text)
    text = _CONTROL.sub("", text)
    return text


_BLANK_LINES = re.compile(r"\n[ \u00a0]*\n(?:[ \u00a0]*\n)*")
_SEPARATOR = re.compile(r"^\s*([-*_=~#•·]\s*){1,}$")
_SENTENCE_END = (".", "!", "?", ":", ";", ",", "\u201d", '"', "'", "\u2019", ")")


def _is_hard_wrapped(lines: list[str]) -> bool:
    """A block whose lines all fit a typewriter measure is one paragraph wrapped by hand."""
    if len(lines) < 2:
        return False
    body = lines[:-1]
    return max(len(line) for line in lines) <= 100 and sum(len(x) >= 40 for x in body) * 2 >= len(
        body
    )


def _kind_of(line: str, index: int) -> ParagraphKind:
    stripped = line.strip()
    if _SEPARATOR.match(stripped):
        return "separator"
    if index == 0:
        return "title"
    words = stripped.split()
    if len(words) <= 10 and not stripped.endswith((".", ",", ";", ":", "\u201d", '"')):
        return "heading"
    return "body"


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Paragraphs of plain text: blank-line blocks, each either hard-wrapped or one per line."""
    paragraphs: list[Paragraph] = []
    pos = 0
    blocks: list[tuple[int, int]] = []
    for gap in _BLANK_LINES.finditer(text):
        blocks.append((pos, gap.start()))
        pos = gap.end()
    blocks.append((pos, len(text)))
    for start, end in blocks:
        lines = text[start:end].split("\n")
        if _is_hard_wrapped([ln for ln in lines if ln.strip()]):
            first = start + len(text[start:end]) - len(text[start:end].lstrip())
            last = start + len(text[start:end].rstrip())
            if last > first:
                paragraphs.append(Paragraph(first, last, _kind_of(text[first:last], len(paragraphs))))
            continue
        offset = start
        for line in lines:
            stripped = line.strip()
            if stripped:
                lead = len(line) - len(line.lstrip())
                p_start = offset + lead
                p_end = p_start + len(stripped)
                paragraphs.append(Paragraph(p_start, p_end, _kind_of(stripped, len(paragraphs))))
            offset += len(line) + 1
    # A lone short first paragraph is the title; a long one is body text.
    if paragraphs and paragraphs[0].kind == "title" and paragraphs[0].end - paragraphs[0].start > 300:
        paragraphs[0] = Paragraph(paragraphs[0].start, paragraphs[0].end, "body")
    return tuple(paragraphs)


def from_text(raw: str, source: str = "-", *, encoding: str = "utf-8", format: str = "text") -> Document:
    """Build a Document from already-decoded text."""
    text = clean_text(raw)
    if not text.strip():
        raise InputError(f"{source}: the text is empty")
    paragraphs = split_paragraphs(text)
    title_par = next((p for p in paragraphs if p.kind == "title"), None)
    title = text[title_par.start : title_par.end].replace("\n", " ") if title_par else Path(source).stem
    return Document(source, title, text, paragraphs, encoding, format)


def load_path(path: str | Path) -> Document:
    """Read a file from disk into a Document, or raise InputError with a one-line reason."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a folder, not a file")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{p}: is not UTF-8 text") from None
    return from_text(raw, str(p))
