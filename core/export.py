"""Claims and actors as tables: CSV for spreadsheets, JSON Lines for scripts.

One row per claim (the document, the claim's id and kind, the source as
written, the actor it resolves to, cue, content and every offset) or per actor
(the document, id, name, kind, counts, aliases, first and last offsets).

CSV is written with the ``csv`` module: fields with quotes, commas or line
breaks are quoted, quotes doubled, rows end in ``\\n``. Text cells that begin
with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return get a leading
apostrophe, so that a spreadsheet shows them as text instead of running them as
a formula (CSV injection; OWASP's advice). Offsets and counts are numbers and are
never touched. JSON Lines (``json.dumps`` per row) needs no guard and keeps the
text exactly.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Literal, TextIO

from dramatis.analysis import Analysis

Table = Literal["claims", "actors"]
Format = Literal["csv", "jsonl"]
Row = dict[str, str | int]

CLAIM_FIELDS = (
    "document",
    "claim",
    "kind",
    "source",
    "actor_id",
    "actor",
    "cue",
    "content",
    "start",
    "end",
    "source_start",
    "source_end",
    "cue_start",
    "cue_end",
    "content_start",
    "content_end",
)
ACTOR_FIELDS = (
    "document",
    "actor_id",
    "name",
    "kind",
    "mentions",
    "claims",
    "aliases",
    "first_start",
    "last_start",
)
FIELDS: dict[Table, tuple[str, ...]] = {"claims": CLAIM_FIELDS, "actors": ACTOR_FIELDS}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EXTENSIONS: dict[Format, str] = {"csv": ".csv", "jsonl": ".jsonl"}


def claim_rows(analysis: Analysis, document: str) -> list[Row]:
    """One row per claim, in text order."""
    rows: list[Row] = []
    for claim in sorted(analysis.claims, key=lambda c: (c.start, c.id)):
        source = claim.source
        actor = analysis.actor(source.actor) if source else None
        rows.append(
            {
                "document": document,
                "claim": claim.id,
                "kind": claim.kind,
                "source": source.text if source else "",
                "actor_id": actor.id if actor else "",
                "actor": actor.name if actor else "",
                "cue": claim.cue.text,
                "content": claim.content.text,
                "start": claim.start,
                "end": claim.end,
                "source_start": source.start if source else "",
                "source_end": source.end if source else "",
                "cue_start": claim.cue.start,
                "cue_end": claim.cue.end,
                "content_start": claim.content.start,
                "content_end": claim.content.end,
            }
        )
    return rows


def actor_rows(analysis: Analysis, document: str) -> list[Row]:
    """One row per actor, in order of first appearance."""
    return [
        {
            "document": document,
            "actor_id": actor.id,
            "name": actor.name,
            "kind": actor.kind,
            "mentions": len(actor.mentions),
            "claims": len(analysis.claims_by(actor.id)),
            "aliases": "; ".join(actor.aliases),
            "first_start": actor.mentions[0].start if actor.mentions else "",
            "last_start": actor.mentions[-1].start if actor.mentions else "",
        }
        for actor in analysis.actors
    ]


def rows_of(analysis: Analysis, table: Table, document: str) -> list[Row]:
    return claim_rows(analysis, document) if table == "claims" else actor_rows(analysis, document)


def safe_cell(value: str | int) -> str | int:
    """A cell a spreadsheet will not evaluate: text that looks like a formula is quoted."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class CsvWriter:
    """Rows of one table as CSV, the header first; ``add`` may be called per document."""

    def __init__(self, out: TextIO, table: Table) -> None:
        self._writer = csv.DictWriter(out, fieldnames=FIELDS[table], lineterminator="\n")
        self._header = False

    def add(self, rows: Iterable[Mapping[str, str | int]]) -> None:
        if not self._header:
            self._writer.writeheader()
            self._header = True
        self._writer.writerows({k: safe_cell(v) for k, v in row.items()} for row in rows)


def write_jsonl(out: TextIO, rows: Iterable[Mapping[str, str | int]]) -> None:
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


def table_paths(base: Path, fmt: Format) -> dict[Table, Path]:
    """Where ``base`` puts each table: ``base.claims.csv`` and ``base.actors.csv``."""
    name = base.name
    for ext in (*EXTENSIONS.values(), ".claims", ".actors"):
        name = name.removesuffix(ext)
    return {t: base.with_name(f"{name}.{t}{EXTENSIONS[fmt]}") for t in ("claims", "actors")}


def write_tables(
    analysis: Analysis, base: Path, fmt: Format, document: str, *, overwrite: bool = False
) -> dict[Table, Path]:
    """Write both tables next to ``base``; without ``overwrite`` an existing file is an
    error (``FileExistsError``, before anything is written)."""
    paths = table_paths(base, fmt)
    if not overwrite:
        taken = [p for p in paths.values() if p.exists()]
        if taken:
            raise FileExistsError(str(taken[0]))
    for table, path in paths.items():
        # "x" also catches a file that appeared since the check.
        with path.open("w" if overwrite else "x", encoding="utf-8", newline="") as out:
            rows = rows_of(analysis, table, document)
            if fmt == "csv":
                CsvWriter(out, table).add(rows)
            else:
                write_jsonl(out, rows)
    return paths


def default_base(source: str, title: str, folder: Path) -> Path:
    """``folder/<name of the document>``: the file's stem, else a slug of the title."""
    stem = Path(source).stem if source not in ("", "-") else ""
    if not stem:
        stem = re.sub(r"[^\w]+", "-", title.lower()).strip("-")[:60]
    return folder / (stem or "dramatis")


def claim_quote(analysis: Analysis, claim_id: str) -> str | None:
    """A claim to paste elsewhere: “content” — source (cue), from the document's title."""
    claim = next((c for c in analysis.claims if c.id == claim_id), None)
    if claim is None:
        return None
    content = " ".join(claim.content.text.split())
    source = " ".join(claim.source.text.split()) if claim.source else "unattributed"
    actor = analysis.actor(claim.source.actor) if claim.source else None
    if actor is not None and actor.name not in source:
        source += f" [{actor.name}]"
    quote = f"“{content}” — {source} ({' '.join(claim.cue.text.split())})"
    return quote + (f", in “{analysis.title}”" if analysis.title else "")
