"""What kind of actor a set of groups names: person, organisation, place, group, other."""

from __future__ import annotations

from collections import Counter

from dramatis import gazetteer as gaz
from dramatis.actors.group import Group
from dramatis.actors.mention import KIND_OF_LABEL, EntityMention
from dramatis.actors.people import person_words
from dramatis.actors.text import LEGAL_FORM, camel_case, head_word
from dramatis.analysis import ActorKind
from dramatis.lexicon.names import (
    DESCRIBED_KIND,
    ORG_WORDS,
    OTHER_WORDS,
    SPATIAL_PREPOSITIONS,
    SPEECH_VERBS,
    STRONG_SPATIAL,
)


def mark_families(groups: list[Group]) -> None:
    """ "the Bidens", "the Rostóvs": the plural of a surname the text gives a person."""
    full_name_ends = {
        g.words[-1]
        for g in groups
        if len(person_words(g)) >= 2 and g.labels["PERSON"] and not g.country
    }
    # ... and uses on its own for a person ("Biden said"), not only in a full name.
    surnames = {g.key for g in groups if g.key in full_name_ends and g.labels["PERSON"]}
    for group in groups:
        key = group.key
        if len(group.words) == 1 and key.endswith("s") and key[:-1] in surnames:
            group.family = True


def actor_kind(groups: list[Group], mentions: list[EntityMention]) -> ActorKind:
    if any(g.country for g in groups):
        return "place"
    if all(g.family for g in groups):
        return "person"  # a family of people, listed with the people
    votes: Counter[str] = Counter()
    for m in mentions:
        if m.label in KIND_OF_LABEL:
            votes[KIND_OF_LABEL[m.label]] += 1
        if m.titled:
            votes["person"] += 2
        if m.place_noun:
            votes["place"] += 1
        if m.sibling_label in KIND_OF_LABEL and m.source == "ner":
            votes[KIND_OF_LABEL[m.sibling_label]] += 1  # lists hold things of one kind
        if m.verb in SPEECH_VERBS and m.label == "PERSON":
            votes["person"] += 1  # people speak; places do not
        if m.entered:  # "the army entered Tell Tamer"
            votes["place"] += 3
        if m.published_on:  # "wrote on Twitter": a medium, not a person
            votes["organization"] += 3
        if m.descriptor:  # "Greek daily Kathimerini", "rapper Kanye West"
            votes[DESCRIBED_KIND[m.descriptor]] += 3  # the writer's word beats the model's
    words = {w for g in groups for w in g.words}
    org_shaped = bool(words & ORG_WORDS) or any(LEGAL_FORM.search(m.text) for m in mentions)
    longest = max((g.words for g in groups), key=len, default=())
    if longest and head_word(longest) in OTHER_WORDS:
        return "other"  # "Digital Millennium Copyright Act" (and its "DMCA")
    if org_shaped:
        votes["organization"] += 3
    if any(g.capital_of or gaz.is_province(g.key) for g in groups):
        votes["place"] += 2
    # A full name once labelled PERSON makes every form of it a person, unless the
    # writer calls it something else ("the Florida company Ridgeback Biotherapeutics").
    contrary = sum(
        1
        for m in mentions
        if m.entered or m.published_on or DESCRIBED_KIND.get(m.descriptor, "person") != "person"
    )
    full_name = any(len(person_words(g)) >= 2 and g.labels["PERSON"] for g in groups)
    if not org_shaped and full_name and contrary * 2 < len(mentions):
        return "person"
    if not votes:
        return "organization" if any(m.attribution for m in mentions) else "other"
    kind = max(votes, key=lambda k: (votes[k], k == "person", k == "place"))
    single_word = all(len(g.words) == 1 for g in groups)
    untitled = not any(m.titled for m in mentions)
    located = (kind == "organization" and not org_shaped) or (
        kind == "person" and single_word and untitled
    )
    if located:
        # Only ever a location ("fighting over Kashmir", "a river in Borneo"):
        # a small model's ORG or PERSON is then more likely wrong than the syntax.
        spatial = all(m.preposition in SPATIAL_PREPOSITIONS and not m.acts for m in mentions)
        if spatial and any(m.preposition in STRONG_SPATIAL for m in mentions):
            return "place"
    brand = all(camel_case(g.mentions[0].text) for g in groups)
    if brand and kind in ("person", "place") and not any(g.country or g.capital_of for g in groups):
        return "organization"  # "EastMed", "GitHub", "LiveLeak": brands
    return kind  # type: ignore[return-value]
