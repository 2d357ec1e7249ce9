"""The human-readable summary printed by ``dramatis analyze --format text``."""

from __future__ import annotations

from dramatis.analysis import Analysis
from dramatis.document import Document


def _one_line(text: str, width: int = 0) -> str:
    line = " ".join(text.split())
    if width and len(line) > width:
        line = line[: width - 1].rstrip() + "…"
    return line


def _claims_heading(analysis: Analysis) -> str:
    """'Claims (24)', or 'Claims (24, 3 unattributed)' when some have no accountable
    source (hedged, from a source that names nobody, or with no source at all)."""
    unattributed = sum(1 for c in analysis.claims if c.unattributed)
    count = f"{len(analysis.claims)}, {unattributed} unattributed" if unattributed else ""
    return f"Claims ({count or len(analysis.claims)})"


def text_report(document: Document, analysis: Analysis) -> str:
    lines = [
        _one_line(analysis.title),
        f"source: {analysis.source} · format: {document.format} · encoding: {document.encoding}"
        f" · model: {analysis.model}",
        "",
    ]
    actors = sorted(
        analysis.actors, key=lambda a: (-len(a.mentions), a.mentions[0].start if a.mentions else 0)
    )
    if actors:
        lines.append(f"Actors ({len(actors)})")
        name_width = min(40, max(len(a.name) for a in actors))
        for actor in actors:
            others = [alias for alias in actor.aliases if alias != actor.name]
            also = f"  also: {', '.join(others)}" if others else ""
            lines.append(
                f"  {actor.kind:<12} {_one_line(actor.name, 40):<{name_width}} {len(actor.mentions):>4}×{also}"
            )
    else:
        lines.append("Actors: none found (no named English actors in this text)")
    lines.append("")
    if analysis.claims:
        lines.append(_claims_heading(analysis))
        for claim in analysis.claims:
            source = "(unattributed)"
            if claim.source is not None:
                actor = analysis.actor(claim.source.actor)
                source = _one_line(claim.source.text, 50)
                if actor is not None and actor.name != claim.source.text:
                    source += f" [{_one_line(actor.name, 40)}]"
                if claim.kind == "other":
                    source += " (unattributed)"  # a source that names nobody
            lines.append(
                f"  {source} — {_one_line(claim.cue.text)} — {_one_line(claim.content.text, 160)}"
            )
    else:
        lines.append("Claims: none found")
    return "\n".join(lines)
