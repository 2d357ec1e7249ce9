"""Reporting verbs: which verbs introduce what someone said, and what they take.

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
    AS = auto()  # only an object with "as": 'sees the deal as a mistake'


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
    "know": _C,  # "we now know that ...", "reporters know they are being spun"
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
BELIEF_VERBS = frozenset(
    {"think", "fear", "doubt", "hope", "expect", "believe", "wonder", "worry", "know"}
)


# "She went on to say ...": heads under which an infinitive cue still reports.
CONTINUING_VERBS = frozenset({"go", "continue"})


# Phrasal reporting verbs: lemma -> particle.
PHRASAL_VERBS: dict[str, str] = {"point": "out"}


# Verbs by which an author produces a document: "X published a report".
AUTHORING_VERBS = frozenset({"publish", "release", "issue", "write", "produce", "file", "post"})


# Every verb whose subject is the source of what is said: the reporting verbs, the
# naming verbs ("called it a violation") and the phrasal ones ("pointed out"). The
# actor layer reads it to know the speaker of a report ("X said", "X tweeted that").
SOURCE_VERBS = frozenset(REPORTING_VERBS) | NAMING_VERBS | frozenset(PHRASAL_VERBS)

# Verbs whose object is a stance their subject expresses: "voiced support for",
# "raised questions about", "made comments about", "launched an attack on".
EXPRESSING_VERBS = frozenset(
    {
        "express",
        "voice",
        "raise",
        "make",
        "have",
        "offer",
        "deliver",
        "launch",
        "mount",
        "level",
        "issue",
        "share",
        "reiterate",
        "repeat",
        "renew",
        "air",
        "signal",
        "show",
        "lend",
        "throw",
        "give",
        "pose",
        "unleash",
        "heap",
        "register",
        "state",
        "announce",
    }
)

# Verbs whose subject gains the backing named after them: "won the support of X".
GAINING_VERBS = frozenset(
    {"win", "receive", "get", "earn", "snag", "pick", "secure", "land", "gain", "garner", "have"}
    | {"enjoy", "draw", "court", "seek", "lose"}
)


# --------------------------------------------------------------------------- stances
# Verbs that attribute an intention, a stance or a topic rather than a statement
# (PolNeAR counts "intentions, desires and attitudes" and "support for something" as
# attributions): read by ``dramatis.claims.stance``, only where no reporting-verb rule
# found a claim.

# Intention, commitment and refusal with an infinitive: "plans to run", "refused to
# comment". Levin's "want" verbs (32.1) and the commitment verbs of 29.4; "try" is an
# attempt, an action, and is left out (PolNeAR's guidelines).
INTENTION_VERBS = frozenset(
    {
        "want",
        "plan",
        "intend",
        "hope",
        "wish",
        "refuse",
        "decline",
        "threaten",
        "vow",
        "promise",
        "pledge",
        "seek",
        "aim",
        "agree",
        "offer",
        "decide",
        "prefer",
        "aspire",
        "resolve",
        "swear",
    }
)


# Stance verbs whose direct object is what the stance is about: "endorsed Clinton",
# "criticized the deal", "described the talks as productive" (the object with its
# "as/for/over" complement is the content).
STANCE_OBJECT_VERBS = frozenset(
    {
        "support",
        "endorse",
        "back",
        "oppose",
        "criticize",
        "criticise",
        "praise",
        "attack",
        "blame",
        "slam",
        "blast",
        "denounce",
        "condemn",
        "defend",
        "reject",
        "dismiss",
        "mock",
        "tout",
        "applaud",
        "hail",
        "decry",
        "lambaste",
        "ridicule",
        "deride",
        "describe",
        "champion",
        "favor",
        "favour",
        # a reason given: "delayed the vote, citing safety concerns" (PolNeAR: an attribution)
        "cite",
    }
)


# Verbs with the preposition that introduces what they are about or for: "talked
# about the wall", "voted for Clinton", "pushed back on those claims". A phrasal
# verb's particle is written before the preposition ("push back" -> "on").
STANCE_PREPOSITIONS: dict[str, frozenset[str]] = {
    "talk": frozenset({"about"}),
    "speak": frozenset({"about", "of", "against"}),
    "joke": frozenset({"about"}),
    "complain": frozenset({"about", "of"}),
    "warn": frozenset({"about", "of", "against"}),
    "worry": frozenset({"about"}),
    "write": frozenset({"about"}),
    "boast": frozenset({"about", "of"}),
    "brag": frozenset({"about"}),
    "testify": frozenset({"about"}),
    "lie": frozenset({"about"}),
    "ask": frozenset({"about"}),
    "push": frozenset({"for"}),
    "press": frozenset({"for"}),
    "argue": frozenset({"for", "against"}),
    "campaign": frozenset({"for", "against"}),
    "advocate": frozenset({"for"}),
    "vouch": frozenset({"for"}),
    "apologize": frozenset({"for"}),
    "apologise": frozenset({"for"}),
    "rail": frozenset({"against"}),
    "focus": frozenset({"on"}),
    "comment": frozenset({"on"}),
    "touch": frozenset({"on"}),
    "refer": frozenset({"to"}),
    "object": frozenset({"to"}),
    "agree": frozenset({"with"}),
    "disagree": frozenset({"with"}),
    "side": frozenset({"with"}),
    "hint": frozenset({"at"}),
    "balk": frozenset({"at"}),
    "push back": frozenset({"on", "against"}),
    "weigh in": frozenset({"on"}),
    "double down": frozenset({"on"}),
    "lash out": frozenset({"at", "against"}),
    "speak out": frozenset({"about", "against", "on"}),
}


# --------------------------------------------------------------------------- questions
# Verbs of asking: their question ("asked whether ...", "asked the students if ...") is
# what PolNeAR attributes to the asker, and a participle or a passive without an agent
# ("Asked whether he would run, Smith said ...", "He was asked what happened") asks
# with no named source.
QUESTION_VERBS = frozenset({"ask"})


# Reporting verbs whose gerund is what they report: "reported raising $9 million",
# "proposed taxing carbon", "denied having met him", "recalled meeting her".
GERUND_VERBS = frozenset(
    {
        "report",
        "propose",
        "suggest",
        "recommend",
        "deny",
        "admit",
        "acknowledge",
        "recall",
        "mention",
        "confirm",
    }
)


# Verbs of regarding (Levin 29.1-29.2): 'sees the deal as a mistake', 'views him as
# weak'. Only the object with its "as" phrase is their content: "saw the crash" or
# "saw that the door was open" is a perception, not a view. Not reporting verbs: no
# other rule (content cuts, quote inheritance, the actor layer's speakers) reads them.
REGARD_VERBS = frozenset({"see", "view", "regard", "perceive"})


# --------------------------------------------------------------------------- namings
# Naming verbs whose object and its unquoted label are the source's verdict: "called
# him a loser", "labeled the plan reckless", "branded the tax a theft". "describe",
# "dismiss", "reject" and "denounce" are stance verbs (STANCE_OBJECT_VERBS), not here.
LABEL_VERBS = frozenset({"call", "dub", "label", "brand", "term"})

# Labels of an idiom, not a verdict: "called it quits", "called it a day".
IDIOM_LABELS = frozenset({"quits", "day", "night", "career", "draw", "even"})


# --------------------------------------------------------------------------- shares (session 5)
# Heads of a share of people, which holds a stance as its people do: "52 percent of
# voters support ...", "a majority of Republicans opposed ...", "two-thirds back the
# ban", "most oppose it". Read by ``dramatis.claims.stance`` for a stance's source.
SHARE_HEADS = frozenset(
    {
        "percent",
        "majority",
        "minority",
        "plurality",
        "half",
        "third",
        "thirds",
        "quarter",
        "quarters",
        "fifth",
        "fifths",
        "most",
        "many",
    }
)


# Words that say how much was said, not what: "said little", "said so many things",
# "said no more than a few words" (read by the claims' ``verb.said_object``).
AMOUNT_WORDS = frozenset(
    {"little", "much", "many", "few", "several", "more", "less", "nothing", "anything"}
    | {"something", "lot", "no", "any", "some", "enough", "word", "words", "bit"}
)


# Verbs of desire whose content may be what someone else is to do: "wants voters to
# know ...", "want all migrants to be deported" (read by ``dramatis.claims.stance``).
DESIRE_VERBS = frozenset({"want", "wish", "prefer"})


# What else than a document or evidence (``lexicon.nouns``) shows or finds: a reckoning
# ("a projection shows that ...", "the tally showed ..."), and a set of findings by its
# head ("an average of recent polls shows ...", "a batch of emails showed ..."). Footage
# is left out: "the video shows him leaving" depicts, it finds nothing. Read by the
# claims' ``verb.finding`` and finding clauses.
FINDING_MEDIA = frozenset(
    {"chart", "graph", "examination", "projection", "tally", "calculation", "forecast"}
)
FINDING_SETS = frozenset(
    {"average", "batch", "trove", "cache", "series", "set", "number", "review"}
)


# What one tells that is an account of one's own: "told the story of how ...", "tells a
# joke about ...", "told a different tale" (read by the claims' ``verb.told_story``).
NARRATIVE_NOUNS = frozenset({"story", "tale", "joke", "anecdote", "parable", "account"})


# Verbs whose stance "in favor of" introduces: "voted in favor of the bill", "spoke out
# in favour of the ban" (the cue runs to "of", its object is the content).
FAVOR_VERBS = frozenset(
    {"vote", "speak", "speak out", "argue", "campaign", "come out", "testify", "write", "lobby"}
)


# Verbs of appearance: "X seems to ...", "X appeared unmoved", "it appears that ...":
# an impression the text gives nobody's name for (PolNeAR counts them, with no source),
# and whose infinitive, a report or a stance, is the subject's: "seemed to confirm X",
# "appeared to blame Y" (read by the claims' ``hedged`` and ``syntax``).
APPEARANCE_VERBS = frozenset({"seem", "appear"})


# Verbs of taking the floor or the air whose infinitive of purpose reports what their
# subject said: "took to Twitter to say ...", "went on television to argue ...",
# "interjected to say ...", "used the speech to say ..." ("use" may have its object,
# the others not: "took the bus to say goodbye").
PURPOSE_VERBS = frozenset(
    {
        "take",
        "use",
        "chime",
        "rush",
        "go",
        "come",
        "tweet",
        "interject",
        "rise",
        "stand",
        "step",
        "return",
        "post",
        "write",
        "call",
        "pause",
        "stop",
        "jump",
        "weigh",
    }
)
