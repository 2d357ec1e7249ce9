"""Fuzzy search over actors. (First slice: placeholder; issue 6 builds it.)"""

from __future__ import annotations

from core.analysis import Analysis


def find_report(analysis: Analysis, query: str, *, limit: int = 10, fmt: str = "text") -> str:
    q = query.casefold()
    hits = [a for a in analysis.actors if any(q in alias.casefold() for alias in a.aliases)][:limit]
    return "\n".join(f"{a.name}" for a in hits)
