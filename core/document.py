"""A document as the reader shows it: clean text, a title, and its paragraphs.

Everything downstream (analysis offsets, the reader's wrap index, the cache key)
indexes ``Document.text``, so all normalisation happens here, once, and is
documented:

- a byte-order mark is removed and the bytes are decoded (UTF-8, UTF-16/32 with a
  BOM, else the encoding charset-normalizer detects; invalid UTF-8 bytes in an
  otherwise UTF-8 file become U+FFFD);
- CRLF and CR become LF; form feed, vertical tab, NEL and U+2028 become LF, U+2029
  a blank line; tabs become four spaces;
- terminal control sequences (CSI, OSC, DCS, ... with their payload), every other
  C0/C1 control character, bidi overrides/isolates/marks and lone surrogates are
  removed (surrogates become U+FFFD), so that no file can drive the terminal.

Markdown and HTML are reduced to their text: one paragraph per block, blocks
separated by a blank line, no markup characters.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

ParagraphKind = Literal["title", "heading", "body", "separator", "quote", "list"]

# Larger files are refused before they are read: a reader for articles has no use
# for them, and reading /dev/zero or a disk image must not exhaust memory.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
MAX_SIZE_ENV = "DRAMATIS_MAX_SIZE"

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES


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
        """Paragraphs worth giving to an English pipeline.

        Separators carry no text, and a paragraph written mostly in a non-Latin
        script (Cyrillic, Han, Arabic, ...) only makes an English model invent
        entities out of unknown words: it is shown, but not analysed.
        """
        return _analysable(self)


@functools.lru_cache(maxsize=8)
def _analysable(document: Document) -> tuple[Paragraph, ...]:
    return tuple(
        p
        for p in document.paragraphs
        if p.kind != "separator" and is_mostly_latin(document.text[p.start : p.end])
    )


_LETTER = re.compile(r"[^\W\d_]")
# Letters outside Basic Latin, Latin-1 Supplement, Latin Extended-A/B, IPA and Latin
# Extended Additional.
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u0250-\u02af\u1e00-\u1eff]")


def is_mostly_latin(text: str) -> bool:
    """Whether at least half of the letters in ``text`` are Latin (true when it has none)."""
    if text.isascii():
        return True
    non_latin = len(_NON_LATIN_LETTER.findall(text))
    if non_latin == 0:
        return True
    return non_latin * 2 <= len(_LETTER.findall(text))


# --------------------------------------------------------------------------- cleaning

# ECMA-48 sequences first, so that their payload goes with them: CSI up to its final
# byte; OSC/DCS/SOS/PM/APC up to BEL/ST. A payload never runs past the end of its
# line, so an unterminated sequence cannot swallow the rest of the article.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI ... final byte
    r"|\x1b[\]PX^_][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"  # OSC / DCS / SOS / PM / APC
    r"|\x9b[0-?]*[ -/]*[@-~]?"  # 8-bit CSI
    r"|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"  # 8-bit OSC / DCS / ...
    r"|\x1b[ -/]*[0-~]?"  # any other escape (charset designation, ESC c reset, ...)
)
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028]")
# Every control but LF; bidi marks, embeddings, overrides and isolates (they can make
# text display in another order than it is stored in); the BOM / zero-width no-break
# space; interlinear annotation marks.
_CONTROL = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(raw: str) -> str:
    """Normalise text so that it is safe to put on a terminal and stable to index."""
    text = _LINE_BREAKS.sub("\n", raw).replace("\u2029", "\n\n")
    text = text.replace("\t", "    ")
    text = _ESCAPE_SEQUENCE.sub("", text)
    text = _CONTROL.sub("", text)
    return _SURROGATE.sub("\ufffd", text)


# ------------------------------------------------------------------------ paragraphs

_BLANK_LINES = re.compile(r"\n[ \u00a0]*\n(?:[ \u00a0]*\n)*")
_SEPARATOR = re.compile(r"^\s*([-*_=~#•·]\s*){1,}$")
# Western and CJK sentence ends, closing quotes and brackets.
_SENTENCE_END = (
    *(".", "!", "?", ":", ";", "\u201d", '"', "'", "\u2019", ")", "\u2026", "\u00bb"),
    *("\u3002", "\uff01", "\uff1f", "\u300d", "\u300f"),
)


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Whether a block of lines is one paragraph wrapped by hand (Gutenberg, e-mail).

    Wrapped lines fit a typewriter measure and mostly break mid-sentence; text
    written one paragraph per line has lines that end sentences.
    """
    if len(lines) < 2:
        return False
    body = [line.rstrip() for line in lines[:-1]]
    if max(len(line) for line in lines) > 100:
        return False
    long_enough = sum(len(line) >= 40 for line in body) * 2 >= len(body)
    mid_sentence = sum(not line.endswith(_SENTENCE_END) for line in body) * 2 >= len(body)
    return long_enough and mid_sentence


def _kind_of(line: str, index: int) -> ParagraphKind:
    stripped = line.strip()
    if _SEPARATOR.match(stripped):
        return "separator"
    if index == 0:
        return "title"
    words = stripped.split()
    # Headings may ask ("New entanglements?") but do not end like a sentence or clause.
    clause_end = (".", ",", ";", ":", "\u201d", '"', "\u2026", "\u00bb", "\u3002", "\uff0c")
    if len(words) <= 10 and not stripped.endswith(clause_end):
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
        block = text[start:end]
        lines = block.split("\n")
        if _is_hard_wrapped([ln for ln in lines if ln.strip()]):
            first = start + len(block) - len(block.lstrip())
            last = start + len(block.rstrip())
            if last > first:
                kind = _kind_of(text[first:last], len(paragraphs))
                paragraphs.append(Paragraph(first, last, kind))
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
    if paragraphs and paragraphs[0].kind == "title":
        first = paragraphs[0]
        if first.end - first.start > 300 or len(paragraphs) == 1:
            paragraphs[0] = Paragraph(first.start, first.end, "body")
    return tuple(paragraphs)


def display_name(source: str | Path) -> str:
    """A file name as messages show it: no control characters, on one line."""
    if str(source) == "-":
        return "standard input"
    return " ".join(clean_text(str(source)).split("\n"))


def _fallback_title(source: str) -> str:
    return "standard input" if source == "-" else Path(source).stem


def from_text(
    raw: str, source: str = "-", *, encoding: str = "utf-8", format: str = "text"
) -> Document:
    """Build a Document from already-decoded plain text."""
    text = clean_text(raw)
    if not raw:
        raise InputError(f"{display_name(source)}: is empty")
    if not text.strip():
        raise InputError(f"{display_name(source)}: contains only whitespace, no text to read")
    paragraphs = split_paragraphs(text)
    title_par = next((p for p in paragraphs if p.kind == "title"), None)
    if title_par is not None:
        title = text[title_par.start : title_par.end].replace("\n", " ")
    else:
        title = _fallback_title(source)
    return Document(source, title, text, paragraphs, encoding, format)


Block = tuple[ParagraphKind, str]


def from_blocks(
    blocks: list[Block], source: str, *, title: str | None, encoding: str, format: str
) -> Document:
    """A Document from extracted blocks (Markdown, HTML): one paragraph per block."""
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    pos = 0
    for kind, raw in blocks:
        block = clean_text(raw).strip()
        if not block:
            continue
        if parts:
            parts.append("\n\n")
            pos += 2
        parts.append(block)
        paragraphs.append(Paragraph(pos, pos + len(block), kind))
        pos += len(block)
    text = "".join(parts)
    if not text:
        raise InputError(f"{display_name(source)}: has no readable text")
    title_par = next((p for p in paragraphs if p.kind == "title"), None)
    if title_par is not None:
        title = text[title_par.start : title_par.end].replace("\n", " ")
    title = " ".join(clean_text(title or "").split()) or _fallback_title(source)
    return Document(source, title, text, tuple(paragraphs), encoding, format)


# -------------------------------------------------------------------------- Markdown

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_MATTER_TITLE = re.compile(r"^title:[ \t]*(.+?)[ \t]*$", re.MULTILINE)


def _inline_text(token) -> str:
    out: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type == "softbreak":
            out.append(" ")
        elif child.type == "hardbreak":
            out.append("\n")
        elif child.type == "image":
            out.append(child.content)  # the alt text
    return "".join(out)


def markdown_blocks(source_text: str) -> tuple[list[Block], str | None]:
    """Blocks of a Markdown text (headings, paragraphs, list items, quotes), and its title."""
    from markdown_it import MarkdownIt

    title = None
    front = _FRONT_MATTER.match(source_text)
    if front:
        found = _FRONT_MATTER_TITLE.search(front.group(1))
        title = found.group(1).strip("'\"") if found else None
        source_text = source_text[front.end() :]
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    blocks: list[Block] = []
    quote_depth = list_depth = 0
    heading: str | None = None
    row: list[str] | None = None
    number = ""
    for token in parser.parse(source_text):
        kind = token.type
        if kind == "blockquote_open":
            quote_depth += 1
        elif kind == "blockquote_close":
            quote_depth -= 1
        elif kind == "list_item_open" and token.info:
            # An ordered item keeps its number: "Step 2" is content, not markup.
            number = f"{token.info}{token.markup} "
        elif kind in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif kind == "heading_open":
            heading = token.tag
        elif kind == "heading_close":
            heading = None
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            blocks.append(("body", " · ".join(cell for cell in row if cell)))
            row = None
        elif kind in ("fence", "code_block"):
            blocks.append(("body", token.content))
        elif kind == "hr":
            blocks.append(("separator", "* * *"))
        elif kind == "inline":
            content = _inline_text(token)
            if row is not None:
                row.append(" ".join(content.split()))
            elif heading is not None:
                first_h1 = heading == "h1" and not blocks
                blocks.append(("title" if first_h1 else "heading", content))
            elif list_depth:
                blocks.append(("list", number + content))
                number = ""
            elif quote_depth:
                blocks.append(("quote", content))
            else:
                blocks.append(("body", content))
    if title and not (blocks and blocks[0][0] == "title"):
        blocks.insert(0, ("title", title))
    return blocks, title


# ------------------------------------------------------------------------------ HTML


def _element_text(element) -> str:
    return " ".join("".join(element.itertext()).split())


def html_blocks(html: str) -> tuple[list[Block], str | None]:
    """The article in a web page: title and main-text blocks, via trafilatura.

    trafilatura only parses: it runs no script and, given a string rather than a
    URL, fetches nothing.
    """
    import logging

    import trafilatura

    # Its warnings ("empty HTML tree", ...) would reach stderr through logging's
    # last-resort handler; a page it cannot use is reported by dramatis itself.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    extracted = trafilatura.bare_extraction(
        html,
        include_formatting=True,
        include_tables=True,
        include_comments=False,
        include_images=False,
        with_metadata=True,
    )
    title = getattr(extracted, "title", None) if extracted is not None else None
    body = getattr(extracted, "body", None) if extracted is not None else None
    blocks: list[Block] = []
    for element in body if body is not None else ():
        tag = element.tag
        if tag == "head":
            blocks.append(("heading", _element_text(element)))
        elif tag == "list":
            blocks.extend(("list", _element_text(item)) for item in element.iter("item"))
        elif tag == "quote":
            paragraphs = [p for p in element if p.tag == "p"]
            if paragraphs:
                blocks.extend(("quote", _element_text(p)) for p in paragraphs)
            else:
                blocks.append(("quote", _element_text(element)))
        elif tag == "table":
            for row in element.iter("row"):
                cells = [_element_text(cell) for cell in row]
                blocks.append(("body", " · ".join(cell for cell in cells if cell)))
        elif tag != "graphic":
            blocks.append(("body", _element_text(element)))
    if not any(text.strip() for _, text in blocks):
        # Too little for the extractor to call it an article: fall back to all the
        # visible text (scripts and styles still dropped).
        fallback = trafilatura.html2txt(html) or ""
        blocks = [("body", fallback)] if fallback.strip() else []
    if title:
        clean_title = " ".join(title.split())
        if blocks and " ".join(blocks[0][1].split()).casefold() == clean_title.casefold():
            blocks[0] = ("title", blocks[0][1])
        else:
            blocks.insert(0, ("title", clean_title))
    return blocks, title


# -------------------------------------------------------------------------- decoding

# Only to name the problem in the message; the decision is made on the bytes.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx, .epub)"),
    (b"\x7fELF", "an executable"),
    (b"\x1f\x8b", "gzip-compressed"),
    (b"BZh", "bzip2-compressed"),
    (b"\xfd7zXZ\x00", "xz-compressed"),
)
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32-le (BOM)"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32-be (BOM)"),
    (b"\xef\xbb\xbf", "utf-8", "utf-8 (BOM)"),
    (b"\xff\xfe", "utf-16-le", "utf-16-le (BOM)"),
    (b"\xfe\xff", "utf-16-be", "utf-16-be (BOM)"),
)
# Control bytes that text does not hold, even text abusing the terminal (so not
# NUL, counted apart, nor BEL, BS, TAB, LF, VT, FF, CR, SO, SI, ESC).
_BINARY_CONTROLS = bytes([*range(0x01, 0x07), *range(0x10, 0x1B), *range(0x1C, 0x20)])
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_SAMPLE = 65536


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le'/'-be' when NULs sit in every other byte, as in UTF-16 Latin text."""
    if len(sample) < 4:
        return None
    half = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > half * 0.4 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.4 and odd < half * 0.05:
        return "utf-16-be"
    return None


def binary_kind(data: bytes) -> str | None:
    """What kind of non-text file ``data`` is ('a PNG image', 'binary data'), or None."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if any(data.startswith(bom) for bom, _, _ in _BOMS):
        return None
    sample = data[:_SAMPLE]
    nuls = sample.count(0)
    # A few stray NULs are stripped like any control; many mean binary data.
    if nuls > max(8, len(sample) // 100) and _utf16_without_bom(sample) is None:
        return "binary data"
    controls = len(sample) - len(sample.translate(None, _BINARY_CONTROLS))
    if controls > max(8, len(sample) // 20):
        return "binary data"
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` as text, returning (text, name of the encoding used)."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace"), name
    # Before UTF-8: NULs are valid UTF-8, and UTF-16 Latin text is half NULs.
    utf16 = _utf16_without_bom(data[:_SAMPLE]) if b"\x00" in data[:_SAMPLE] else None
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Valid multi-byte sequences almost never occur by chance in legacy 8-bit text:
    # if they outnumber the invalid bytes, this is UTF-8 with some damage.
    valid = len(_UTF8_MULTIBYTE.findall(data))
    replaced = data.decode("utf-8", errors="replace")
    invalid = replaced.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    if valid > invalid:
        plural = "s" if invalid != 1 else ""
        return replaced, f"utf-8 ({invalid} invalid byte{plural} replaced)"
    return _decode_legacy(data)


# Code pages that decode Western text alike, among which charset-normalizer's choice
# on a short text is a coin toss (it names cp1250 for English with curly quotes).
_WESTERN_SIBLINGS = frozenset(
    {"cp1252", "latin_1", "iso8859_15", "cp1250", "cp1257", "cp775", "iso8859_2", "iso8859_10"}
)


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """An 8-bit (or CJK multi-byte) encoding, as charset-normalizer detects it.

    Windows-1252, the usual legacy encoding of English text, is used whenever
    charset-normalizer finds it plausible (named Latin-1 when no byte falls where
    the two differ); otherwise its best guess (Cyrillic, Greek, CJK, ...).
    """
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    plausible = {match.encoding for match in results}
    best = results.best()
    if best is not None and not (plausible & _WESTERN_SIBLINGS):
        try:
            return str(best), best.encoding.replace("_", "-")
        except (UnicodeDecodeError, LookupError):
            pass
    if re.search(rb"[\x80-\x9f]", data):
        return data.decode("cp1252", errors="replace"), "windows-1252"
    return data.decode("latin-1"), "iso-8859-1"


# ---------------------------------------------------------------------------- files


def parse_size(value: str) -> int:
    """Bytes in a size such as '50MB', '200M', '1.5G', '800k' or '1000000'."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*", value.lower())
    if not match:
        raise ValueError(f"not a size: {value!r} (try e.g. 100MB)")
    number, unit = float(match.group(1)), match.group(2)
    return int(number * 1024 ** " kmgt".index(unit or " "))


def format_size(size: int) -> str:
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("kB", 1024)):
        if size >= scale:
            return f"{size / scale:.3g} {unit}"
    return f"{size} bytes"


def max_bytes_from_env() -> int:
    """The size limit: $DRAMATIS_MAX_SIZE if set, else 50 MB; InputError if it is not a size."""
    value = os.environ.get(MAX_SIZE_ENV, "").strip()
    if value:
        try:
            return parse_size(value)
        except ValueError as exc:
            # Said, not ignored: the user set it to get a different limit.
            raise InputError(f"{MAX_SIZE_ENV}: {exc}") from None
    return DEFAULT_MAX_BYTES


def too_large(source: str, limit: int, size: int | None = None) -> InputError:
    """The error for a file over the limit; ``size`` when known (not for a pipe)."""
    what = f"is {format_size(size)}, more than" if size is not None else "is larger than"
    return InputError(
        f"{display_name(source)}: {what} the {format_size(limit)} size limit "
        f"(raise it with --max-size or {MAX_SIZE_ENV}, e.g. --max-size 200MB)"
    )


def format_for(path: str | Path) -> str | None:
    suffix = Path(path).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return None


_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.DOTALL)


def load_bytes(data: bytes, source: str, *, format: str | None = None) -> Document:
    """A Document from a file's bytes; ``format`` 'text', 'markdown' or 'html' (None: sniff)."""
    where = display_name(source)
    if not data:
        raise InputError(f"{where}: is empty")
    kind = binary_kind(data)
    if kind is not None:
        raise InputError(f"{where}: is {kind}, not text")
    raw, encoding = decode_bytes(data)
    if format is None:
        format = "html" if _HTML_START.match(raw[:4096]) else "text"
    if format == "markdown":
        if not raw.strip():
            raise InputError(f"{where}: contains only whitespace, no text to read")
        blocks, title = markdown_blocks(clean_text(raw))
        return from_blocks(blocks, source, title=title, encoding=encoding, format=format)
    if format == "html":
        if not raw.strip():
            raise InputError(f"{where}: contains only whitespace, no text to read")
        try:
            blocks, title = html_blocks(raw)
        except Exception as exc:  # a parser failure on hostile HTML is still bad input
            raise InputError(f"{where}: cannot extract text from this HTML ({exc})") from None
        if not blocks:
            raise InputError(f"{where}: has no readable article text")
        return from_blocks(blocks, source, title=title, encoding=encoding, format=format)
    return from_text(raw, source, encoding=encoding, format="text")


def read_limited(stream, source: str, limit: int) -> bytes:
    """At most ``limit`` bytes from a binary stream; InputError beyond."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise too_large(source, limit)
    return data


def load_path(path: str | Path, *, max_bytes: int | None = None) -> Document:
    """Read a file from disk into a Document, or raise InputError with a one-line reason."""
    p = Path(path)
    limit = max_bytes_from_env() if max_bytes is None else max_bytes
    where = display_name(p)
    try:
        info = p.stat()
    except FileNotFoundError:
        raise InputError(f"{where}: no such file") from None
    except PermissionError:
        raise InputError(f"{where}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{where}: cannot be read ({exc.strerror or exc})") from None
    if p.is_dir():
        raise InputError(f"{where}: is a folder, not a file")
    if p.is_file() and info.st_size > limit:
        raise too_large(where, limit, info.st_size)
    try:
        with open(p, "rb") as handle:
            data = read_limited(handle, where, limit)
    except PermissionError:
        raise InputError(f"{where}: permission denied (no read permission)") from None
    except OSError as exc:
        raise InputError(f"{where}: cannot be read ({exc.strerror or exc})") from None
    # The source is shown (status line, library, reports): a file name cannot
    # carry escape sequences to the terminal either.
    return load_bytes(data, where, format=format_for(p))
