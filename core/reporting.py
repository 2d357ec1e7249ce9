"""The reporting lexicon: which words introduce what someone said, and what they take.

The verbs are the communication and assertion verbs of Levin's classes 37.7
("say" verbs), 37.9 ("advise"), 29.4/29.5 ("declare", "conjecture") and the cue
lists of the PARC attribution corpus, restricted to those that in news almost
always attribute a statement when they have a subject and a complement. Verbs whose
object is usually an action or a thing rather than a statement ("cite", "point",
"endorse", "criticise", "praise") are left out on purpose: a reader must be able to
trust every listed claim, so the lexicon errs towards precision.

Each verb says which complement may carry the content:
- ``CLAUSE``: a that/whether/wh clause, or a direct quote;
- ``OBJECT``: also a noun-phrase object ("questions the necessity of ...");
- ``ADDRESSEE``: the object is the person addressed ("told Sky News that ..."), the
  content is a clause or an infinitive ("urged the union to resume talks").
"""

from __future__ import annotations

from enum import Flag, auto


class Takes(Flag):
    CLAUSE = auto()
    OBJECT = auto()
    ADDRESSEE = auto()
    INFINITIVE = auto()
    QUOTE = auto()  # only a direct quote next to it: '"...," he continued.'


_C = Takes.CLAUSE
_CO = Takes.CLAUSE | Takes.OBJECT
_CA = Takes.CLAUSE | Takes.ADDRESSEE
_CI = Takes.CLAUSE | Takes.INFINITIVE
_CAI = Takes.CLAUSE | Takes.ADDRESSEE | Takes.INFINITIVE

REPORTING_VERBS: dict[str, Takes] = {
    # saying and stating
    "say": _C,
    "state": _CO,
    "declare": _C,
    "tell": _CAI,  # "told the union to resume talks": a directive, like "urged"
    "add": _C,
    "write": _C,
    "tweet": _C,
    "reply": _C,
    "respond": _C,
    "retort": _C,
    "remark": _C,
    "comment": _C,
    "explain": _C,
    "announce": _CO,
    "report": _C,
    "mention": _C,
    "note": _C,
    "observe": _C,
    "recall": _C,
    "repeat": _C,
    "reiterate": _CO,
    "testify": _C,
    # arguing and asserting
    "argue": _C,
    "claim": _CI,
    "assert": _C,
    "contend": _C,
    "maintain": _C,
    "insist": _C,
    "allege": _CO,
    "suggest": _C,
    "conclude": _C,
    "acknowledge": _CO,
    "admit": _CO,
    "concede": _C,
    "confirm": _CO,
    "deny": _CO,
    "reveal": _CO,
    "disclose": _CO,
    "indicate": _C,
    "estimate": _C,
    "predict": _C,
    "agree": _C,
    "believe": _C,
    "complain": _C,
    "question": _CO,
    "ask": _CAI,
    "wonder": _C,
    # emphasis
    "emphasise": _CO,
    "emphasize": _CO,
    "stress": _CO,
    "highlight": _CO,
    "underline": _CO,
    "underscore": _CO,
    "detail": _CO,
    # warnings, accusations, requests and promises
    "warn": _CA,
    "caution": _CA,
    "accuse": Takes.ADDRESSEE,
    "urge": _CAI,
    "assure": _CA,
    "promise": _CAI,
    "pledge": _CI,
    "vow": _CI,
    "threaten": _CI,
    "demand": _CO,
    "insinuate": _C,
    "inform": _CA,
    "opine": _C,
    "recommend": _C,
    "propose": _C,
    "hint": _C,
    "boast": _C,
    "joke": _C,
    "quip": _C,
    "exclaim": _C,
    "shout": _C,
    "charge": _C,
    "affirm": _C,
    "proclaim": _C,
    "posit": _C,
    "speculate": _C,
    "answer": _C,
    "counter": _C,
    "recount": _C,
    "advise": _CA,
    "remind": _CA,
    "signal": _C,
    "lament": _C,
    # beliefs and expectations, which attribution corpora (PARC) count as claims
    "think": _C,
    "fear": _C,
    "doubt": _C,
    "hope": _C,
    "expect": _C,
    "worry": _C,
    "find": _C,  # only for documents: see FINDING_VERBS
    "show": _C,
    # verbs that only attribute the quote next to them: '"...," he continued.',
    # 'She defended the decision, "We had no choice."'
    "continue": Takes.QUOTE,
    "speak": Takes.QUOTE,
    "defend": Takes.QUOTE,
    "criticise": Takes.QUOTE,
    "criticize": Takes.QUOTE,
    "praise": Takes.QUOTE,
    "welcome": Takes.QUOTE,
    "condemn": Takes.QUOTE,
    "thank": Takes.QUOTE,
    "apologise": Takes.QUOTE,
    "apologize": Takes.QUOTE,
    "plead": Takes.QUOTE,
    "post": Takes.QUOTE,
}

# Verbs whose quoted complement is the source's words: 'called it "a violation"',
# 'described the talks as "productive"'.
NAMING_VERBS = frozenset(
    {"call", "describe", "dub", "label", "brand", "term", "dismiss", "reject", "denounce"}
)

# Verbs that report only what a document found: "The study found that ..." (but not
# "He found that the door was locked").
FINDING_VERBS = frozenset({"find", "show"})

# Verbs of belief: a claim of a third party ("Observers fear ..."), but in the first
# or second person a hedge of the writer's own ("I think it is legal").
BELIEF_VERBS = frozenset({"think", "fear", "doubt", "hope", "expect", "believe", "wonder", "worry"})

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

# "She went on to say ...": heads under which an infinitive cue still reports.
CONTINUING_VERBS = frozenset({"go", "continue"})

# Phrasal reporting verbs: lemma -> particle.
PHRASAL_VERBS: dict[str, str] = {"point": "out"}

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
# speaks for whoever wrote the report.
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

# Verbs by which an author produces a document: "X published a report".
AUTHORING_VERBS = frozenset({"publish", "release", "issue", "write", "produce", "file", "post"})

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
