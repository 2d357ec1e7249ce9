"""Turning what the user names on the command line into Documents.

(First slice: UTF-8 text files and stdin. Issue 7 adds encodings, Markdown, HTML,
folders and the limits.)
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from core.document import Document, InputError, from_text, load_path
from core.seeds import default_seed


def load_many(paths: Sequence[str]) -> list[Document]:
    """Documents for ``paths`` (``-`` is standard input); the bundled article when empty."""
    if not paths:
        return [load_path(default_seed())]
    documents = []
    for path in paths:
        if path == "-":
            documents.append(from_text(sys.stdin.read(), "-"))
        else:
            documents.append(load_path(path))
    if not documents:
        raise InputError("nothing to read")
    return documents
