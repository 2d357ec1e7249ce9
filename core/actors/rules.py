"""Every rule that joins two names into one actor or decides an actor's kind, by id.

The ids are what ``dramatis analyze --explain`` prints and what the JSON's
``explain`` objects hold; grep for one to find the code that applies it.
"""

from __future__ import annotations

# Merge rules: why the alias joined the actor (``UnionFind.union`` and moves).
MERGE_RULES: dict[str, str] = {
    "acronym.introduced": "acronym right after the name, in parentheses",
    "acronym.initials": "acronym of the one name in the text with these initials",
    # A demonym's plural ("Kenyans") names the people, a group of its own: never joined.
    "country.same": "names the same country in the gazetteer (name, adjective, code)",
    "country.initials": "initials of the formal name of a country the text names",
    "country.compass_point": "'the North' of the one country named with that word",
    "country.formal_name_prefix": "start of the formal name of one country in the text",
    "person.initials": "the same personal name but for an initial (or post-nominal letters)",
    "person.middle_name": "the same full name but for a middle name",
    "person.reversed_order": "the same two names in the other order (family name first)",
    "person.surname": "surname (last words) of the one full name that ends so",
    "person.surname_not_place": "a place's name, unmarked as a place, after the one full name ending so",
    "person.first_name": "first name of the one full name that begins so",
    "person.first_name_after_full_name": "first name, used after the full name was given",
    "person.bare_title": "'the President': the one person the text named with that title before",
    "person.shared_surname.previous": "shared surname: the full name just before it",
    "person.shared_surname.title": "shared surname: the one full name written with its title",
    "person.shared_surname.dominant": "shared surname: the full name the text names most",
    "person.shared_surname.first_named": "shared surname, far from any full name: the first named",
    "organisation.short_form": "the name without its generic organisation words",
    "organisation.place_short_form": "a place's name, first written only inside one organisation's, alone",
    "name.short_form_of_place": "the name without its generic place words ('National Park')",
    "variant.spacing": "the same letters without spaces",
    "variant.compass_adjective": "'Eastern X' and 'East X'",
    "variant.acronym_expanded": "equal once an acronym in it is spelt out",
    "group.plural": "a group noun and its plural",
    "name.tail_of_longer_name": "ends exactly one longer name in the text",
    "adjective.of_people_or_place": "adjective of the one people or place named so",
    "name.state_code": "a US state's postal code after a town, of the state named in full",
    "fuzzy.spelling": "another spelling of the name (rapidfuzz)",
    "capital.government": "a capital acting as its country's government",
}

# Kind rules: what decided the actor's kind (the first that applies, in this order).
KIND_RULES: dict[str, str] = {
    "kind.country": "names a country in the gazetteer",
    "kind.family": "the plural of a person's surname",
    "kind.framed": "one word a frame only a person's name fills ('Dear Rosalind:', 'Yours, / Mark')",
    "kind.head_word_other": "head word of a law, treaty, event or work; a storm's name",
    "kind.discipline": "head word of a field of study, in no organisation's name",
    "kind.full_name": "a full personal name NER labelled PERSON",
    "kind.title_alone": "a capitalised title that stands for a person nobody in the text holds",
    "kind.office": "no votes, but an office in lowercase before it or in apposition",
    "kind.unlabelled_source": "no votes, but the source of a report",
    "kind.no_votes": "no votes",
    "kind.only_located": "only ever after a spatial preposition",
    "kind.brand": "one camel-case word: a brand",
    "kind.votes": "the most votes",
}

# Votes counted towards a kind (each weighs as given in dramatis.actors.kind).
VOTE_RULES: dict[str, str] = {
    "kind.ner_label": "spaCy's entity label",
    "kind.title": "a title before the name",
    "kind.place_noun": "beside a place noun ('X region', 'the town of X')",
    "kind.listed_with": "listed with a name of that kind",
    "kind.speaks": "the subject of a verb of speech",
    "kind.entered": "the object of 'enter', 'capture', 'shell'",
    "kind.published_on": "what something is published on ('wrote on X')",
    "kind.descriptor": "the writer's common noun for it ('the daily X')",
    "kind.organisation_word": "an organisation word or legal form in the name",
    "kind.gazetteer_place": "a capital or province in the gazetteer",
}

# Frames that only a name fills (dramatis.actors.frames): each is the ``source`` of the
# mentions it recovers, which the junk filters trust.
FRAME_RULES: dict[str, str] = {
    "frame.salutation": "the name a letter or message greets ('Dear Rosalind:', 'Hi Vell!')",
    "frame.byline": "the name on a byline's own line under a title ('By Ann Lee')",
    "frame.credit": "the name a picture or licensed work credits ('Photo by X', '\"Barn\" by X is licensed')",
    "frame.conjunct": "a proper noun coordinated with a person's name ('Ottoline and Hector')",
    "frame.apposition": "a proper noun in apposition to a noun for a person ('his publisher, Bramwell,')",
    "frame.event_place": "the place an event is named after ('the Battle of Tarvenna')",
    "frame.state_code": "a US state's postal code after a town ('Tallbrook, OK')",
    "frame.vocative": "a proper noun called on before 'you' ('Mirelle? You wanna ...')",
    "frame.interviewer": "a proper noun right before 'interviews' ('Newsline interviews X')",
    "frame.question_subject": "the subject right after the auxiliary opening a question ('Is Teodor in there?')",
    "frame.role_before": "a proper noun right after a lowercase noun for a person ('the reformer Okri')",
    "frame.gazetteer_run": "a run of proper nouns naming a place the gazetteer knows ('NEW DELHI')",
    "frame.roll_call": "a name in a roll call with people NER knew ('Mendez! Novak! Marrow ...')",
    "frame.address": "a street's name after a house number ('418 Okri Avenue')",
    "frame.signature": "the name signed under a letter's closing line ('Yours,' / 'Mark')",
}
FRAME_PREFIX = "frame."
# Frames whose name is a person's.
PERSON_FRAMES = frozenset({"frame.salutation", "frame.signature", "frame.roll_call"})
