"""What kind of actor a set of groups names: person, organisation, place, group, other."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from dramatis import gazetteer as gaz
from dramatis.actors.filters import names_a_common_title
from dramatis.actors.group import Group
from dramatis.actors.mention import KIND_OF_LABEL, EntityMention
from dramatis.actors.people import person_words
from dramatis.actors.rules import PERSON_FRAMES
from dramatis.actors.text import LEGAL_FORM, camel_case, head_word
from dramatis.analysis import ActorKind
from dramatis.lexicon.name_context import SPATIAL_PREPOSITIONS, SPEECH_VERBS, STRONG_SPATIAL
from dramatis.lexicon.names import (
    DESCRIBED_KIND,
    DISCIPLINE_WORDS,
    OFFICE_WORDS,
    ORG_WORDS,
    OTHER_WORDS,
    STORM_WORDS,
    WORK_DESCRIPTORS,
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


@dataclass(frozen=True, slots=True)
class MentionVote:
    """A clue one mention gives of its actor's kind: ``kind_of`` says which kind (or
    None), and the vote weighs ``weight``."""

    rule: str
    weight: int
    kind_of: Callable[[EntityMention], str | None]


def _described(m: EntityMention) -> str | None:
    return DESCRIBED_KIND.get(m.descriptor)  # an office votes only alone (actor_kind)


def _sibling(m: EntityMention) -> str | None:
    return KIND_OF_LABEL.get(m.sibling_label) if m.source == "ner" else None


# The votes of each mention, in the order they are counted.
MENTION_VOTES: tuple[MentionVote, ...] = (
    MentionVote("kind.ner_label", 1, lambda m: KIND_OF_LABEL.get(m.label)),
    MentionVote("kind.title", 2, lambda m: "person" if m.titled else None),
    MentionVote("kind.place_noun", 1, lambda m: "place" if m.place_noun else None),
    # Lists hold things of one kind.
    MentionVote("kind.listed_with", 1, _sibling),
    # People speak; places do not.
    MentionVote(
        "kind.speaks",
        1,
        lambda m: "person" if m.verb in SPEECH_VERBS and m.label == "PERSON" else None,
    ),
    # "the army entered Tell Tamer"
    MentionVote("kind.entered", 3, lambda m: "place" if m.entered else None),
    # "wrote on Twitter": a medium, not a person
    MentionVote("kind.published_on", 3, lambda m: "organization" if m.published_on else None),
    # "Greek daily Kathimerini", "rapper Kanye West": the writer's word beats the model's
    MentionVote("kind.descriptor", 3, _described),
)


_VOTE_ROWS = tuple((clue.rule, clue.weight, clue.kind_of) for clue in MENTION_VOTES)


@dataclass(frozen=True, slots=True)
class KindDecision:
    """An actor's kind, the rule that decided it, and the votes counted (kind, rule,
    weight), whether or not they decided."""

    kind: ActorKind
    rule: str
    votes: tuple[tuple[str, str, int], ...] = ()


# Labels of names that are things that happen or are made, not actors.
_LAW_OR_EVENT = frozenset({"LAW", "EVENT"})


def is_listed(
    decision: KindDecision,
    mentions: list[EntityMention],
    lowercase_words: frozenset[str] = frozenset(),
    name_words: frozenset[str] = frozenset(),
) -> bool:
    """Is an actor of this kind one to list? A law, treaty, event or work ("the Paris
    Agreement", "World War II", "the HEROES Act", "the film Watchmen") is what a story
    is about, not who acts in it, unless it is the source of a claim ("the report
    said")."""
    if names_a_common_title(mentions, lowercase_words, name_words):
        return False  # "The Imitation Game", whatever kind its votes say
    if decision.kind != "other" or any(m.attribution for m in mentions):
        return True
    if decision.rule in ("kind.head_word_other", "kind.discipline"):
        return False
    if any(m.descriptor in WORK_DESCRIPTORS for m in mentions):
        return False  # "the film Watchmen", "the TV series Supernatural"
    labels = {m.label for m in mentions} - {""}
    return not labels or not labels <= _LAW_OR_EVENT


def actor_kind(groups: list[Group], mentions: list[EntityMention]) -> KindDecision:
    if any(g.country for g in groups):
        return KindDecision("place", "kind.country")
    if all(g.family for g in groups):
        return KindDecision("person", "kind.family")  # a family, listed with the people
    votes: Counter[str] = Counter()
    tally: Counter[tuple[str, str]] = Counter()

    def vote(kind: str, rule: str, weight: int) -> None:
        votes[kind] += weight
        tally[kind, rule] += weight

    for m in mentions:  # the hot loop: once per mention and clue, kept lean
        for rule, weight, kind_of in _VOTE_ROWS:
            kind = kind_of(m)
            if kind is not None:
                votes[kind] += weight
                tally[kind, rule] += weight
    words = {w for g in groups for w in g.words}
    org_shaped = bool(words & ORG_WORDS) or any(LEGAL_FORM.search(m.text) for m in mentions)
    longest = max((g.words for g in groups), key=len, default=())
    if len(longest) == 1 and any(m.source in PERSON_FRAMES for m in mentions):
        return KindDecision("person", "kind.framed")  # "Yours, / Mark": not a bill
    if longest and (head_word(longest) in OTHER_WORDS or longest[0] in STORM_WORDS):
        return KindDecision("other", "kind.head_word_other")  # "Digital Millennium Copyright Act"
    if longest and head_word(longest) in DISCIPLINE_WORDS and not org_shaped:
        return KindDecision("other", "kind.discipline")  # "Professor of Linguistics"
    if org_shaped:
        vote("organization", "kind.organisation_word", 3)
    if any(g.capital_of or gaz.is_province(g.key) for g in groups):
        vote("place", "kind.gazetteer_place", 2)
    counted = tuple((kind, rule, weight) for (kind, rule), weight in tally.items())

    def decided(kind: str, rule: str) -> KindDecision:
        return KindDecision(kind, rule, counted)  # type: ignore[arg-type]

    # A full name once labelled PERSON makes every form of it a person, unless the
    # writer calls it something else ("the Florida company Ridgeback Biotherapeutics").
    contrary = sum(
        1
        for m in mentions
        if m.entered or m.published_on or DESCRIBED_KIND.get(m.descriptor, "person") != "person"
    )
    full_name = any(len(person_words(g)) >= 2 and g.labels["PERSON"] for g in groups)
    if not org_shaped and full_name and contrary * 2 < len(mentions):
        return decided("person", "kind.full_name")
    if not votes:
        if any(m.descriptor in OFFICE_WORDS for m in mentions):
            return decided("person", "kind.office")  # "the finance minister, Ana Ruiz"
        if any(m.attribution for m in mentions):
            return decided("organization", "kind.unlabelled_source")
        return decided("other", "kind.no_votes")
    kind = max(votes, key=lambda k: (votes[k], k == "person", k == "place"))
    if _only_located(kind, org_shaped, groups, mentions):
        # Only ever a location ("fighting over Kashmir", "a river in Borneo"):
        # a small model's ORG or PERSON is then more likely wrong than the syntax.
        return decided("place", "kind.only_located")
    brand = all(camel_case(g.mentions[0].text) for g in groups)
    if brand and kind in ("person", "place") and not any(g.country or g.capital_of for g in groups):
        return decided("organization", "kind.brand")  # "EastMed", "GitHub", "LiveLeak"
    return decided(kind, "kind.votes")


def _only_located(
    kind: str, org_shaped: bool, groups: list[Group], mentions: list[EntityMention]
) -> bool:
    single_word = all(len(g.words) == 1 for g in groups)
    untitled = not any(m.titled for m in mentions)
    located = (kind == "organization" and not org_shaped) or (
        kind == "person" and single_word and untitled
    )
    if not located:
        return False
    spatial = all(m.preposition in SPATIAL_PREPOSITIONS and not m.acts for m in mentions)
    return spatial and any(m.preposition in STRONG_SPATIAL for m in mentions)
