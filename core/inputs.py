"""Turning what the user names on the command line into Documents.

Files (plain text in any common encoding, Markdown, HTML), ``-`` for standard
input, and folders, which open every readable article in them. A file named
explicitly must load or the whole command fails with its one-line reason; in a
folder, a file that cannot be read is skipped and reported, so that one bad file
does not hide the others.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from dramatis.bundled import default_seed
from dramatis.document import (
    ARTICLE_SUFFIXES,
    Document,
    InputError,
    display_name,
    load_bytes,
    load_path,
    max_bytes_from_env,
    read_limited,
)

STDIN = "-"


def read_stdin(*, max_bytes: int | None = None) -> Document:
    """The Document piped to standard input (its format sniffed: HTML or plain text)."""
    limit = max_bytes_from_env() if max_bytes is None else max_bytes
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError("standard input: cannot be read")
    try:
        data = read_limited(stream, STDIN, limit)
    except OSError as exc:
        raise InputError(f"standard input: cannot be read ({exc.strerror or exc})") from None
    return load_bytes(data, STDIN)


def stdin_is_piped() -> bool:
    """Whether standard input is a pipe or a file (``cat a.txt | dramatis``), not a terminal.

    A terminal, /dev/null or a test harness's replaced stdin all count as no input.
    """
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (AttributeError, OSError, ValueError):
        return False
    return stat.S_ISFIFO(mode) or (stat.S_ISREG(mode) and os.fstat(sys.stdin.fileno()).st_size > 0)


# A folder's own paperwork, not articles: a collection of articles commonly carries
# a README, a licence or a list of sources beside them.
_FOLDER_PAPERWORK = frozenset(
    {"readme", "license", "licence", "copying", "notice", "sources", "credits", "changelog"}
)


def folder_articles(folder: Path) -> list[Path]:
    """The article files directly in ``folder`` (by suffix; hidden files and the folder's
    README, licence or list of sources left out), sorted."""
    try:
        entries = list(folder.iterdir())
    except PermissionError:
        raise InputError(
            f"{display_name(folder)}: permission denied (cannot list the folder)"
        ) from None
    except OSError as exc:
        raise InputError(
            f"{display_name(folder)}: cannot be listed ({exc.strerror or exc})"
        ) from None
    return sorted(
        (
            entry
            for entry in entries
            if entry.suffix.lower() in ARTICLE_SUFFIXES
            and not entry.name.startswith(".")
            and entry.stem.casefold() not in _FOLDER_PAPERWORK
            and entry.is_file()
        ),
        key=lambda entry: entry.name.casefold(),
    )


def load_folder(
    folder: Path, *, max_bytes: int | None = None, on_skip: Callable[[str], None] | None = None
) -> list[Document]:
    """Every readable article in ``folder``; InputError when there is none."""
    documents: list[Document] = []
    candidates = folder_articles(folder)
    for path in candidates:
        try:
            documents.append(load_path(path, max_bytes=max_bytes))
        except InputError as exc:
            if on_skip is not None:
                on_skip(f"skipped {exc}")
    if not documents:
        suffixes = ", ".join(sorted(ARTICLE_SUFFIXES))
        found = f"none of its {len(candidates)} article files could be read" if candidates else ""
        raise InputError(
            f"{display_name(folder)}: no readable articles in this folder "
            f"({found or f'no files ending in {suffixes}'})"
        )
    return documents


def load_many(
    paths: Sequence[str],
    *,
    max_bytes: int | None = None,
    on_skip: Callable[[str], None] | None = None,
) -> list[Document]:
    """Documents for ``paths`` (``-`` is standard input); the bundled article when empty.

    ``on_skip`` receives a one-line message for each file left out of a folder.
    Raises InputError for a named file that cannot be read or a folder with no
    readable article.
    """
    if not paths:
        return [load_path(default_seed(), max_bytes=max_bytes)]
    documents: list[Document] = []
    stdin_read = False
    for name in paths:
        if name == STDIN:
            if stdin_read:
                continue  # standard input can be read only once
            documents.append(read_stdin(max_bytes=max_bytes))
            stdin_read = True
            continue
        path = Path(name)
        if path.is_dir():
            documents.extend(load_folder(path, max_bytes=max_bytes, on_skip=on_skip))
        else:
            documents.append(load_path(path, max_bytes=max_bytes))
    return documents
