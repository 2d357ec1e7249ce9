"""Where the reader left each document: a small JSON file in the user's state dir.

A document is keyed by its source path and a hash of its text, so that an edited
file (or a different file at the same path) does not jump to a stale position.
Positions are document character offsets, which survive a change of window width.
The file is written atomically (temporary file + rename) and a corrupt or foreign
file is treated as empty: losing a reading position must never stop the reader.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from contextlib import suppress
from pathlib import Path

import platformdirs

APP_NAME = "dramatis"
FILE_NAME = "positions.json"
# Enough for a reader's history; the oldest entries are dropped beyond it so the
# file stays small however many documents are opened.
MAX_ENTRIES = 500


def state_file() -> Path:
    return Path(platformdirs.user_state_dir(APP_NAME)) / FILE_NAME


def document_key(source: str, text: str) -> str:
    if source not in ("-", ""):
        with suppress(OSError):
            source = str(Path(source).resolve())
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return f"{source}#{digest}"


def _read(path: Path) -> dict[str, dict[str, float]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    positions = data.get("positions") if isinstance(data, dict) else None
    if not isinstance(positions, dict):
        return {}
    return {
        k: v
        for k, v in positions.items()
        if isinstance(v, dict) and isinstance(v.get("offset"), int)
    }


def load_position(source: str, text: str) -> int | None:
    """The saved reading offset for this document, or None."""
    entry = _read(state_file()).get(document_key(source, text))
    if entry is None:
        return None
    offset = int(entry["offset"])
    return offset if 0 <= offset <= len(text) else None


def save_position(source: str, text: str, offset: int) -> None:
    """Remember ``offset`` for this document; errors (read-only home, full disk) are ignored."""
    path = state_file()
    positions = _read(path)
    positions[document_key(source, text)] = {"offset": int(offset), "time": time.time()}
    if len(positions) > MAX_ENTRIES:
        newest = sorted(positions.items(), key=lambda kv: kv[1].get("time", 0), reverse=True)
        positions = dict(newest[:MAX_ENTRIES])
    payload = json.dumps({"version": 1, "positions": positions}, ensure_ascii=True)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".positions-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(payload)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass
