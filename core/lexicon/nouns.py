"""Nouns and pronouns of the reporting lexicon: who or what can be a source (people,
roles, organisations, documents), nouns that carry a claim ("the claim that ..."),
and words that never make a source or a statement.
"""

from __future__ import annotations

# Nouns for counted or measured evidence that "shows" or "finds" like a document:
# "The data show that ...".
EVIDENCE_NOUNS = frozenset(
    {
        "data",
        "figure",
        "figures",
        "statistic",
        "statistics",
        "result",
        "results",
        "finding",
        "findings",
        "evidence",
        "record",
        "records",
        "estimate",
        "estimates",
        "number",
        "numbers",
    }
)


# Nouns that carry a that-clause attributed to their possessor or "by"-phrase:
# "the minister's claim that ...", "a warning by the ministry that ...".
REPORTING_NOUNS = frozenset(
    {
        "claim",
        "assertion",
        "allegation",
        "accusation",
        "statement",
        "warning",
        "argument",
        "announcement",
        "admission",
        "insistence",
        "suggestion",
        "belief",
        "contention",
        "promise",
        "pledge",
        "view",
        "position",
        "concern",
        "fear",
        "conclusion",
    }
)


# Nouns of opinion that open an attribution: "In his view, ...", "In the words of X".
VIEW_NOUNS = frozenset({"view", "opinion", "words", "estimation", "judgment", "judgement"})


# Nouns for documents and statements that stand for their author: "the report said"
# speaks for whoever wrote the report, and "an analysis by X" makes X a source.
DOCUMENT_NOUNS = frozenset(
    {
        "report",
        "analysis",
        "study",
        "op-ed",
        "oped",
        "editorial",
        "article",
        "paper",
        "survey",
        "poll",
        "letter",
        "statement",
        "memo",
        "memorandum",
        "investigation",
        "review",
        "assessment",
        "document",
        "column",
        "commentary",
        "research",
        "audit",
        "inquiry",
        "filing",
        "complaint",
        "lawsuit",
        "communique",
        "communiqué",
        "press release",
        "release",
        "post",
        "tweet",
        "blog",
        "book",
        "brief",
        "briefing",
        "note",
        "notice",
        "message",
        "ruling",
        "judgment",
        "verdict",
        "essay",
        "piece",
        "story",
        "profile",
        "interview",
        "documentary",
        "podcast",
    }
)


# Nouns that speak for the organisation or person they belong to: "the president's
# office", "a spokesman for the ministry".
PROXY_NOUNS = frozenset(
    {
        "office",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "representative",
        "government",
        "administration",
        "ministry",
        "campaign",
        "team",
        "embassy",
        "cabinet",
    }
)


# Collective nouns that speak as one: "the movement, which questioned ...".
COLLECTIVE_NOUNS = frozenset(
    {
        "group",
        "movement",
        "organization",
        "organisation",
        "party",
        "agency",
        "company",
        "committee",
        "court",
        "council",
        "union",
        "association",
        "coalition",
        "alliance",
        "board",
        "panel",
        "commission",
        "department",
        "firm",
        "institute",
        "network",
        "body",
        "government",
        "ministry",
        "police",
    }
)


# Nouns for people, named by what they do or are rather than by office: sources
# that speak ("Critics questioned the plan"), unlike events or things ("the
# nomination highlighted the questions").
PERSON_NOUNS = frozenset(
    {
        "critic",
        "analyst",
        "expert",
        "official",
        "resident",
        "opponent",
        "supporter",
        "proponent",
        "advocate",
        "observer",
        "member",
        "protester",
        "protestor",
        "demonstrator",
        "activist",
        "campaigner",
        "people",
        "person",
        "voter",
        "citizen",
        "politician",
        "commentator",
        "source",
        "witness",
        "investor",
        "trader",
        "user",
        "worker",
        "employee",
        "student",
        "teacher",
        "parent",
        "nurse",
        "farmer",
        "authority",
        "soldier",
        "victim",
        "family",
        "relative",
        "neighbour",
        "neighbor",
        "skeptic",
        "sceptic",
        "fiancée",
        "fiancee",
        "leader",
        "lawmaker",
        "legislator",
        "diplomat",
        "economist",
        "scientist",
        "researcher",
        "doctor",
        "lawyer",
        "journalist",
        "reporter",
        "executive",
        "organizer",
        "organiser",
        "participant",
        "respondent",
        "author",
        "writer",
        "historian",
        "scholar",
        "academic",
        "specialist",
        "insider",
        "rival",
        "ally",
        "partner",
        "nation",
        "country",
        "state",
        "side",
    }
)


# Singular nouns naming a person by role: a source written this way ("the foreign
# minister explained") may become an actor of its own.
ROLE_NOUNS = frozenset(
    {
        "minister",
        "president",
        "premier",
        "chancellor",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "secretary",
        "ambassador",
        "envoy",
        "governor",
        "senator",
        "congressman",
        "congresswoman",
        "lawmaker",
        "legislator",
        "mayor",
        "director",
        "chief",
        "chairman",
        "chairwoman",
        "chairperson",
        "leader",
        "commander",
        "officer",
        "lawyer",
        "attorney",
        "prosecutor",
        "judge",
        "adviser",
        "advisor",
        "analyst",
        "expert",
        "researcher",
        "professor",
        "economist",
        "scientist",
        "diplomat",
        "negotiator",
        "candidate",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "ceo",
        "executive",
        "founder",
        "manager",
        "coach",
        "head",
        "general",
        "colonel",
        "captain",
        "admiral",
        "sheriff",
        "inspector",
        "commissioner",
        "representative",
        "author",
        "editor",
        "journalist",
        "reporter",
        "correspondent",
        "witness",
        "activist",
        "doctor",
        "physician",
        "president-elect",
        "monarch",
        "emir",
        "sultan",
        "ayatollah",
    }
)


# How titles are abbreviated before a name: "Gov. Ron DeSantis" is the governor.
TITLE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "governor": ("gov.",),
    "senator": ("sen.",),
    "representative": ("rep.",),
    "general": ("gen.",),
    "colonel": ("col.",),
    "captain": ("capt.",),
    "professor": ("prof.",),
    "doctor": ("dr.",),
    "president": ("pres.",),
    "secretary": ("sec.",),
    "lieutenant": ("lt.",),
    "sergeant": ("sgt.",),
    "commissioner": ("comm.",),
}


FEMALE_WORDS = frozenset(
    {
        "she",
        "her",
        "spokeswoman",
        "chairwoman",
        "congresswoman",
        "businesswoman",
        "queen",
        "princess",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "madam",
        "lady",
        "woman",
        "mother",
        "wife",
        "daughter",
        "sister",
        "fiancée",
        "fiancee",
    }
)


MALE_WORDS = frozenset(
    {
        "he",
        "him",
        "his",
        "spokesman",
        "chairman",
        "congressman",
        "businessman",
        "king",
        "prince",
        "mr",
        "mr.",
        "sir",
        "lord",
        "man",
        "father",
        "husband",
        "son",
        "brother",
        "fiancé",
        "pope",
        "emir",
        "sultan",
    }
)


# Determiners and pronouns that never make a source of their own.
DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "which", "what", "who", "whom"})


PERSONAL_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})


RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})


# Objects that are people or things granted, not statements: "denied him entry",
# "questioned the suspect".
NON_STATEMENT_OBJECTS = frozenset(
    {
        "entry",
        "access",
        "bail",
        "permission",
        "visa",
        "request",
        "application",
        "appeal",
        "motion",
        "petition",
        "asylum",
        "licence",
        "license",
        "loan",
        "refund",
        "suspect",
        "man",
        "woman",
        "people",
        "person",
        "child",
        "children",
        "witness",
        "detainee",
        "prisoner",
        "player",
        "patient",
        "crowd",
        "audience",
        "one",
    }
)


# "According to plan": nouns after "according to" that are no source.
NON_SOURCES = frozenset(
    {
        "plan",
        "schedule",
        "law",
        "rule",
        "custom",
        "tradition",
        "regulation",
        "procedure",
        "script",
        "protocol",
    }
)


# Complements that say nothing in themselves: "said so", "denied it".
EMPTY_OBJECTS = frozenset(
    {
        "it",
        "this",
        "that",
        "so",
        "nothing",
        "something",
        "anything",
        "what",
        "which",
        "these",
        "those",
        "them",
        "him",
        "her",
    }
)


def gender_of_word(word: str) -> str | None:
    """'f', 'm' or None for a word that marks (or does not mark) a person's gender."""
    lower = word.lower()
    if lower in FEMALE_WORDS:
        return "f"
    if lower in MALE_WORDS:
        return "m"
    return None


# Nouns of a stance or an act of expression, with the prepositions that name what the
# stance is about: "criticism of the plan", "concerns about the deal", "support for
# the bill". Only the pairs that PolNeAR-style attribution reads as a stance: "support
# of X" usually names the supporters, so it is kept apart (ENDORSEMENT_NOUNS).
STANCE_NOUN_PREPOSITIONS: dict[str, frozenset[str]] = {
    "criticism": frozenset({"of", "over", "for"}),
    "support": frozenset({"for", "behind"}),
    "concern": frozenset({"about", "over", "regarding"}),
    "question": frozenset({"about", "over", "regarding"}),
    "doubt": frozenset({"about", "over"}),
    "call": frozenset({"for"}),
    "demand": frozenset({"for"}),
    "opposition": frozenset({"to"}),
    "attack": frozenset({"on", "against"}),
    "praise": frozenset({"for", "of"}),
    "endorsement": frozenset({"of"}),
    "view": frozenset({"on", "about"}),
    "position": frozenset({"on"}),
    "stance": frozenset({"on"}),
    "opinion": frozenset({"on", "about"}),
    "fear": frozenset({"of", "about"}),
    "warning": frozenset({"about", "against"}),
    "complaint": frozenset({"about"}),
    "objection": frozenset({"to"}),
    "skepticism": frozenset({"about", "over"}),
    "rejection": frozenset({"of"}),
    "embrace": frozenset({"of"}),
    "accusation": frozenset({"of", "against"}),
    "allegation": frozenset({"of", "against", "about"}),
    "defense": frozenset({"of"}),
    "condemnation": frozenset({"of"}),
    "denunciation": frozenset({"of"}),
    "approval": frozenset({"of"}),
    "disapproval": frozenset({"of"}),
    "enthusiasm": frozenset({"for"}),
    "admiration": frozenset({"for"}),
    "sympathy": frozenset({"for"}),
    "frustration": frozenset({"over", "with"}),
    "outrage": frozenset({"over", "at"}),
    "comment": frozenset({"about", "on"}),
    "remark": frozenset({"about", "on"}),
    "statement": frozenset({"about", "on"}),
    "reference": frozenset({"to"}),
    "denial": frozenset({"of"}),
    "insistence": frozenset({"on"}),
}

# Nouns of backing whose "of"-phrase names the backers: "won the endorsement of the
# union" (the union endorses the winner).
ENDORSEMENT_NOUNS = frozenset({"support", "endorsement", "backing"})

# Nouns of saying, believing and feeling whose "that"-clause is what is said or held:
# "the suggestion that ...", "expressed confidence that ...", "despite complaints that ...".
# Read by ``nominal.that_clause`` where no author is named (``phrase.noun_claim`` takes
# those). Nouns of fact and evidence ("the fact that", "a sign that", "a reminder that",
# "the possibility that") say nobody holds the clause and are left out.
CLAUSE_STANCE_NOUNS = frozenset(
    {
        "suggestion",
        "concern",
        "assertion",
        "notion",
        "complaint",
        "belief",
        "report",
        "doubt",
        "hope",
        "confidence",
        "comment",
        "speculation",
        "rumor",
        "rumour",
        "remark",
        "admission",
        "view",
        "idea",
        "accusation",
        "allegation",
        "claim",
        "argument",
        "charge",
        "fear",
        "contention",
        "insistence",
        "criticism",
        "warning",
        "promise",
        "pledge",
        "assurance",
        "theory",
        "conclusion",
        "conviction",
        "impression",
        "feeling",
        "worry",
        "implication",
        "prediction",
        "announcement",
        "statement",
        "narrative",
        "assumption",
    }
)

# Stance nouns, beyond ``STANCE_NOUN_PREPOSITIONS``, whose preposition names what a
# possessor's stance is about when the noun is a clause's subject: "Mr. Lee's critique
# of the budget drew applause" (``nominal.possessed_subject``). Nouns of action or
# attention ("focus on", "response to", "campaign for" an office) are left out.
POSSESSED_STANCE_NOUN_PREPOSITIONS: dict[str, frozenset[str]] = {
    **STANCE_NOUN_PREPOSITIONS,
    "critique": frozenset({"of"}),
    "case": frozenset({"for", "against"}),
    "campaign": frozenset({"against"}),
    "claim": frozenset({"about", "of"}),
    "description": frozenset({"of"}),
    "message": frozenset({"of", "about"}),
    "promise": frozenset({"of"}),
    "plan": frozenset({"for"}),
    "proposal": frozenset({"for"}),
    "push": frozenset({"for"}),
    "plea": frozenset({"for"}),
    "argument": frozenset({"for", "against"}),
    "hostility": frozenset({"to", "toward", "towards"}),
    "disdain": frozenset({"for"}),
    "contempt": frozenset({"for"}),
    "distaste": frozenset({"for"}),
    "passion": frozenset({"for"}),
    "advocacy": frozenset({"for", "of"}),
    "announcement": frozenset({"of"}),
}

# Surveys whose "in"-phrase attributes the clause it modifies: "In the latest poll, the
# mayor leads by ten points", "The senator is ahead in most surveys" (``phrase.in_poll``).
POLL_NOUNS = frozenset({"poll", "polls", "survey", "surveys", "polling"})

# Acts of stance a person's possessive holds when the noun is taken up by a verb that
# keeps it up or by a preposition of manner ("in her criticism of the plan", "stepped up
# his attacks on the mayor", ``nominal.possessed``): acts against or for someone, not a
# plan, a position or a remark, which PolNeAR-style attribution rarely reads as a claim.
HELD_STANCE_NOUN_PREPOSITIONS: dict[str, frozenset[str]] = {
    "attack": frozenset({"on", "against"}),
    "criticism": frozenset({"of"}),
    "critique": frozenset({"of"}),
    "condemnation": frozenset({"of"}),
    "denunciation": frozenset({"of"}),
    "rejection": frozenset({"of"}),
    "disapproval": frozenset({"of"}),
    "praise": frozenset({"of", "for"}),
    "endorsement": frozenset({"of"}),
    "support": frozenset({"for"}),
    "opposition": frozenset({"to"}),
    "call": frozenset({"for"}),
    "demand": frozenset({"for"}),
    "proposal": frozenset({"for"}),
    "advocacy": frozenset({"for", "of"}),
    "defense": frozenset({"of"}),
    "embrace": frozenset({"of"}),
}

# Words of a page's own labels before a colon, never a speaker's tag ("Breaking: ...",
# "Update: ...", "Editor's Note: ..."; ``phrase.speaker_turn``).
EDITORIAL_LABELS = frozenset(
    {
        "breaking", "update", "updated", "correction", "clarification", "note", "bombshell",
        "wow", "watch", "look", "exclusive", "video", "photo", "photos", "related", "latest",
        "read", "listen", "source", "sources", "credit", "contributing", "byline", "editor",
        "editors", "daily", "live", "analysis", "opinion", "commentary", "review", "recap",
        "grandkids", "spoiler", "alert", "developing", "transcript",
    }
)  # fmt: skip

# Stances of others that a subject draws, faces or comes under ("drew criticism from the
# union", "came under condemnation"; ``nominal.drawn``). Not "backlash" or "praise",
# which PolNeAR-style attribution rarely reads as a claim (0 of 4 measured).
DRAWN_STANCE_NOUNS = frozenset({"criticism", "condemnation", "rebuke", "ridicule", "scorn"})

# Nouns a light verb makes a stance of, with the preposition naming its target: "took aim
# at", "took a swipe at", "landed a dig at", "took issue with", "made no secret of"
# (``nominal.light_verb``).
LIGHT_STANCE_NOUN_PREPOSITIONS: dict[str, frozenset[str]] = {
    "aim": frozenset({"at"}),
    "swipe": frozenset({"at"}),
    "shot": frozenset({"at"}),
    "potshot": frozenset({"at"}),
    "dig": frozenset({"at"}),
    "jab": frozenset({"at"}),
    "issue": frozenset({"with"}),
    "exception": frozenset({"to"}),
    "secret": frozenset({"of"}),
}
