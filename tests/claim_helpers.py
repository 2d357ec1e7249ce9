"""Helpers shared by the claim tests (tests/test_claims*.py)."""

from __future__ import annotations

from dramatis.analysis import Analysis, Claim


def one(analysis: Analysis, cue: str) -> Claim:
    """The one claim whose cue is ``cue`` (fails, listing the claims, if not exactly one)."""
    found = [c for c in analysis.claims if c.cue.text == cue]
    assert len(found) == 1, [(c.cue.text, c.content.text) for c in analysis.claims]
    return found[0]
