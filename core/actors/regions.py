"""A region of a place ("southern Russia", "downtown Tulsa") is not the place itself.

NER labels "Russia" in "fought in southern Russia" and leaves the lowercase
"southern" outside; grouped by name, the region would join the country, one actor
for two. A place name right after a word that cuts a region out of it takes that
word into its name, so the region groups apart and the country keeps its mentions.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from dramatis.actors.group import Group
from dramatis.actors.mention import EntityMention

# Words that, written before a place's name, name a part of it.
_COMPASS_WORDS = "north|south|east|west|northeast|northwest|southeast|southwest"
# ... and the parts of it set apart by their setting ("rural Montana", "mainland Greece").
_AREA_WORDS = "central|downtown|upstate|midtown|rural|urban|mainland|coastal|inland"
REGION_WORDS = re.compile(
    rf"(?:^|(?<=[^\w-]))(?:(?:{_COMPASS_WORDS})(?:ern)?|{_AREA_WORDS})\s+$",
    re.IGNORECASE,
)
_REGION_WORD = re.compile(rf"(?:{_COMPASS_WORDS})(?:ern)?|{_AREA_WORDS}", re.IGNORECASE)
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_LOOK_BACK = 20  # characters: the longest region word and its space


def region_of_place(text: str, mention: EntityMention) -> EntityMention:
    """The mention with the region word before it taken in, if it names a region."""
    if mention.label not in _PLACE_LABELS:
        return mention
    before = text[max(0, mention.start - _LOOK_BACK) : mention.start]
    found = REGION_WORDS.search(before)
    if found is None:
        return mention
    start = mention.start - (len(before) - found.start())
    return dataclasses.replace(
        mention, start=start, text=text[start : mention.end], tokens=mention.tokens + 1
    )


def names_region(group: Group) -> bool:
    """Is this group a region cut out of a place ("southern Russia")? Its lowercase
    first word is no sign of a common noun phrase, as it is elsewhere."""
    return all(
        m.label in _PLACE_LABELS and _REGION_WORD.fullmatch(m.text.split(maxsplit=1)[0])
        for m in group.mentions
    )


def regions_of_places(text: str, mentions: Iterable[EntityMention]) -> list[EntityMention]:
    return [region_of_place(text, m) for m in mentions]
