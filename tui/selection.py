"""What the reader has selected: one frozen value that the reading screen owns.

The screen holds it as a reactive and hands it down to the article and the side
panel, which only draw it; they report the reader's choices up as messages and
never change each other. Replacing the whole value (``dataclasses.replace``) is
the only way to change it, so every widget always sees the same selection.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Selection:
    """The focused actor, the span the reader is on, and the selected claim (ids).

    ``mention`` is usually one of the actor's mentions; after a jump to plain text
    it is that text's span. All three are independent: a claim can be selected
    while another actor is focused.
    """

    actor: str | None = None
    mention: tuple[int, int] | None = None
    claim: str | None = None


NOTHING = Selection()
