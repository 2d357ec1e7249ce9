"""Words of names, for the actor layer: titles, institution, place and descriptor
words, name particles and the endings of adjectives of peoples.

Plain data only; the words around names (verbs, prepositions, pronouns) are in
``dramatis.lexicon.name_context``.
"""

from __future__ import annotations

# Titles and honorifics that precede a name; they mark a person and are not part
# of the name ("President Emmanuel Macron" is Emmanuel Macron). Lowercase, without dots.
TITLES = frozenset(
    [
        "president",
        "vice",
        "prime",
        "minister",
        "foreign",
        "deputy",
        "secretary",
        "senator",
        "sen",
        "rep",
        "representative",
        "congressman",
        "congresswoman",
        "governor",
        "gov",
        "mayor",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mme",
        "mlle",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "king",
        "queen",
        "prince",
        "princess",
        "count",
        "countess",
        "duke",
        "duchess",
        "baron",
        "baroness",
        "emperor",
        "empress",
        "tsar",
        "czar",
        "tsarina",
        "general",
        "gen",
        "colonel",
        "col",
        "captain",
        "capt",
        "lieutenant",
        "lt",
        "major",
        "maj",
        "sergeant",
        "sgt",
        "corporal",
        "admiral",
        "adm",
        "commander",
        "marshal",
        "chancellor",
        "commissioner",
        "uncle",
        "aunt",
        "ambassador",
        "judge",
        "justice",
        "chairman",
        "chairwoman",
        "ceo",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "pope",
        "cardinal",
        "bishop",
        "archbishop",
        "rabbi",
        "imam",
        "ayatollah",
        "sheikh",
        "sheik",
        "sayyed",
        "sayed",
        "sayyid",
        "seyed",
        "emir",
        "sultan",
        "crown",
        "pastor",
        "reverend",
        "rev",
        "father",
        "brother",
        "sister",
        "mother",
        "monsieur",
        "madame",
        "mademoiselle",
        "herr",
        "frau",
        "senor",
        "senora",
        "former",
        "late",
        "acting",
        "interim",
        "supreme",
        "leader",
        "state",
        "chief",
        "field",
    ]
)

# Words that may only appear inside a multi-word title ("Secretary of State") and
# must never be stripped on their own from the front of a name.
TITLE_ONLY_AFTER_TITLE = frozenset({"state", "chief", "leader", "supreme", "former", "late"})

# Titles that also begin names of other things: stripped only from a PERSON.
WORD_OR_TITLE = frozenset(
    [
        *("general", "major", "justice", "count", "lord", "lady", "state", "crown", "field"),
        *("chief", "supreme", "leader", "father", "mother", "brother", "sister", "judge"),
        *("acting", "interim", "late", "former", "marshal", "captain", "commander", "king"),
        *("queen", "prince", "princess", "sir", "dame", "emperor", "pope", "cardinal", "bishop"),
        *("uncle", "aunt"),
    ]
)

# Head nouns that make a name an organisation ("Brookings Institution", "Sky News").
ORG_WORDS = frozenset(
    [
        "institute",
        "institution",
        "center",
        "centre",
        "foundation",
        "university",
        "college",
        "school",
        "academy",
        "party",
        "council",
        "ministry",
        "department",
        "agency",
        "committee",
        "commission",
        "company",
        "corporation",
        "corp",
        "inc",
        "ltd",
        "llc",
        "plc",
        "group",
        "bank",
        "fund",
        "association",
        "union",
        "federation",
        "league",
        "network",
        "news",
        "times",
        "journal",
        "post",
        "press",
        "tribune",
        "herald",
        "guardian",
        "gazette",
        "review",
        "magazine",
        "daily",
        "radio",
        "television",
        "tv",
        "broadcasting",
        "service",
        "army",
        "navy",
        "forces",
        "force",
        "guard",
        "police",
        "court",
        "parliament",
        "congress",
        "senate",
        "assembly",
        "government",
        "administration",
        "authority",
        "board",
        "organization",
        "organisation",
        "alliance",
        "coalition",
        "movement",
        "club",
        "society",
        "church",
        "trust",
        "studies",
        "airlines",
        "airways",
        "bureau",
        "office",
        "reuters",
        *("bulletin", "chronicle", "telegraph", "observer", "mail", "mirror", "courier"),
        *("gazeta", "gazzetta", "zeitung", "diario", "corriere", "dziennik", "krant"),
        "holdings",
        "hospital",
        "clinic",
        "laboratories",
        "media",
    ]
)

# Head nouns of laws, treaties, events and works: kind "other" ("Paris Agreement").
OTHER_WORDS = frozenset(
    [
        *(
            "accord",
            "accords",
            "agreement",
            "agreements",
            "treaty",
            "act",
            "bill",
            "law",
            "convention",
        ),
        *("protocol", "pact", "deal", "resolution", "doctrine", "plan", "initiative", "summit"),
        *("conference", "war", "election", "elections", "games", "olympics", "cup", "championship"),
        *(
            "festival",
            "forum",
            "award",
            "prize",
            "declaration",
            "charter",
            "constitution",
            "amendment",
        ),
    ]
)

# Nouns that, capitalised on their own, are a heading or a fragment of a longer
# name, never an actor ("Party", "Article", "Section").
GENERIC_WORDS = frozenset(
    [
        *("party", "article", "section", "chapter", "part", "act", "bill", "law", "amendment"),
        *("clause", "paragraph", "group", "company", "office", "department", "ministry"),
        *("agency", "committee", "board", "report", "statement", "constitution", "notes"),
        # Portfolios, left over from "Committees on Foreign Affairs, Intelligence, ...".
        *("affairs", "intelligence", "oversight", "relations", "defence", "defense"),
        *("finance", "health", "education", "energy", "commerce", "trade", "security"),
    ]
)

# Nouns that make the name before them a place ("Ukraine's Donetsk region").
PLACE_WORDS = frozenset(
    [
        "province",
        "region",
        "city",
        "state",
        "county",
        "district",
        "village",
        "town",
        "river",
        "mountains",
        "mountain",
        "island",
        "islands",
        "valley",
        "sea",
        "gulf",
        "strait",
        "peninsula",
        "lake",
        "ocean",
        "desert",
        "territory",
        "capital",
        "municipality",
        "oblast",
        "governorate",
        "prefecture",
        "coast",
        "bay",
        "enclave",
        "republic",
    ]
)

# Common nouns that, right before a name, say what it is: "Greek daily Kathimerini",
# "the Florida company Ridgeback Biotherapeutics", "rapper Kanye West" (place nouns
# do the same for places: "our biggest island Crete").
ORG_DESCRIPTORS = frozenset(
    [
        *("newspaper", "daily", "weekly", "tabloid", "broadcaster", "network", "channel"),
        *("agency", "company", "firm", "retailer", "chain", "supermarket", "group", "bank"),
        *("lender", "insurer", "outlet", "website", "site", "platform", "magazine", "paper"),
        *("publication", "publisher", "giant", "maker", "manufacturer", "startup", "airline"),
        *("carrier", "operator", "brand", "station", "studio", "label", "charity", "app"),
        *("portal", "provider", "producer", "organisation", "organization", "party", "union"),
        *("club", "university", "institute", "developer", "conglomerate", "automaker"),
    ]
)

PERSON_DESCRIPTORS = frozenset(
    [
        *("journalist", "reporter", "correspondent", "columnist", "writer", "author"),
        *("analyst", "expert", "scientist", "researcher", "lawyer", "attorney", "activist"),
        *("candidate", "nominee", "actor", "actress", "singer", "rapper", "musician", "player"),
        *("striker", "midfielder", "defender", "goalkeeper", "coach", "official", "diplomat"),
        *("politician", "lawmaker", "legislator", "founder", "economist", "historian"),
        *("editor", "doctor", "nurse", "student", "teacher", "fiancee", "fiance", "wife"),
        *("husband", "son", "daughter", "businessman", "businesswoman", "entrepreneur"),
        *("billionaire", "commentator", "host", "anchor", "soldier", "officer", "priest"),
        *("cleric", "poet", "novelist", "artist", "photographer", "filmmaker", "rapporteur"),
        *("envoy", "tycoon", "investor", "comedian", "athlete", "boxer", "referee", "widow"),
    ]
)

TITLE_LINKS = frozenset({"to", "of", "the", "for", "on", "at"})

# Zone abbreviations that do not end in "T" (most do: GMT, BST, EST, CEST, IST).
TIME_ZONE_CODES = frozenset({"UTC", "MSK", "WIB", "ART", "BRT", "Z"})

# Last words of organisation names after which a small NER model may run the name
# straight into the person who speaks for it ("Acme Foundation Jo-ann Lee said").
ORGANISATION_ENDS = (ORG_WORDS | {"international", "watch", "organization", "organisation"}) - {
    "daily",
    "news",
    "times",
    "post",
    "press",
    "union",
    "radio",
    "television",
    "tv",
    "service",
}

NAME_CONNECTORS = frozenset({"from", "of", "for", "without", "on"})

COMPASS = frozenset({"north", "south", "east", "west"})

NAME_PARTICLES = frozenset(
    [
        "al",
        "el",
        "bin",
        "ibn",
        "bint",
        "de",
        "da",
        "di",
        "du",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "ter",
        "la",
        "le",
        "y",
        "dos",
        "das",
        "st",
    ]
)

COMPASS_ADJECTIVES = {
    "eastern": "east",
    "western": "west",
    "northern": "north",
    "southern": "south",
}

# Endings that make an adjective of a people or place from its name: "Kurd-ish",
# "Scot-tish", "Asia-n", "Europe-an", "Texa-n", "Paris-ian", "Democrat-ic".
ADJECTIVE_ENDINGS = ("tish", "ish", "ian", "an", "n", "ese", "i", "ic")

# Offices of TITLES, without the words that only qualify one ("acting", "prime",
# "state"): written lowercase before a name or in apposition to it ("the finance
# minister, Ana Ruiz"), a person's. A vote only where nothing else votes: a parse
# that hangs "Crimea" on "Russia's leader" must not outweigh NER.
OFFICE_WORDS = TITLES - frozenset(
    [
        *("acting", "crown", "field", "foreign", "former", "interim", "late", "prime"),
        *("supreme", "vice", "state", "deputy", "chief", "count", "general", "major"),
    ]
)

DESCRIBED_KIND: dict[str, str] = {
    **dict.fromkeys(PLACE_WORDS, "place"),
    **dict.fromkeys(ORG_DESCRIPTORS, "organization"),
    **dict.fromkeys(PERSON_DESCRIPTORS, "person"),
}

# Head nouns of buildings, streets and sites: "Hakim Mosque", "Socotra Hotel" is no
# person, whatever label a small model gives it. Words that are also common
# surnames ("Hall", "Park", "Lane", "Temple", "House", "Street") are left out, and
# so are a harbour's, named after its town ("Neiafu Harbour" is Neiafu).
FACILITY_WORDS = frozenset(
    [
        *("mosque", "cathedral", "chapel", "shrine", "monastery", "synagogue"),
        *("hotel", "motel", "inn", "palace", "museum", "gallery", "library", "theatre"),
        *("theater", "stadium", "arena", "airport", "station", "bridge", "tower"),
        *("road", "avenue", "boulevard", "square", "plaza", "highway", "gardens"),
        *("market", "bazaar", "mall", "cemetery", "pier", "canal", "dam", "beach"),
    ]
)

# Organisation words that name a part of a larger body: "House Committee" is a
# committee of the House, not the House; "Justice Department" is no "Justice".
SUBUNIT_WORDS = frozenset(
    [
        *("committee", "subcommittee", "commission", "department", "office", "bureau"),
        *("division", "caucus", "delegation", "board", "council", "unit", "branch"),
    ]
)

# Forms of address and offices written before or as a name, missing from TITLES:
# "Madam Chair", "St Jerome" are no given name and surname.
ADDRESS_WORDS = frozenset(["madam", "saint", "st", "chair", "speaker", "sri"])

# Kin named "of" someone: "the son of Pierre Kern" is another person than "Pierre Anton
# Kern", however alike the names.
KINSHIP_WORDS = frozenset(
    [
        *("son", "daughter", "father", "mother", "wife", "husband", "brother", "sister"),
        *("child", "children", "widow", "widower", "grandson", "granddaughter", "parents"),
        *("grandfather", "grandmother", "nephew", "niece", "uncle", "aunt", "cousin"),
    ]
)

# Generic head words of a place's full name that its short name leaves out: "Glacier
# National Park" is "Glacier". Not "Island", "Peninsula", "Avenue": the town of Coron
# is not Coron Island, nor the state of Yucatán the peninsula (GUM dev: false merges).
PLACE_NAME_HEADS: tuple[tuple[str, ...], ...] = (("national", "park"),)

# Post-nominal letters after a person's name ("Daniel Bernoulli FRS", "Zaha Hadid DBE
# RA"): honours and degrees, no part of the name. Not "Jr"/"Sr": those are another person.
POSTNOMINALS = frozenset(
    [
        *("frs", "frse", "fba", "freng", "dbe", "cbe", "obe", "mbe", "kbe", "gbe"),
        *("kcb", "kcmg", "ra", "qc", "kc", "phd", "dphil", "esq", "mp", "mep"),
    ]
)

# Common nouns for a work, as the writer introduces one ("the film Watchmen", "the
# TV series Supernatural", 'the song "X"'): what a story is about, not who acts in
# it. Only nouns that are not also verbs or titles ("play", "show", "book" are left
# out: "play Arsenal", "polls show Biden").
WORK_DESCRIPTORS = frozenset(
    [
        *("film", "movie", "series", "miniseries", "sitcom", "documentary", "episode"),
        *("novel", "novella", "memoir", "poem", "essay", "song", "album", "opera"),
        *("musical", "painting", "sculpture", "podcast", "videogame"),
        *("book", "play", "comedy", "drama", "thriller", "treatise", "pamphlet", "textbook"),
        *("symphony", "concerto", "sonata", "anime", "serial", "mini-serial", "sonnet"),
    ]
)
DESCRIBED_KIND.update(dict.fromkeys(WORK_DESCRIPTORS, "other"))

# More head words of events and ideas ("the Boston Marathon", "the Emancipation
# Proclamation", "Atomic Theory", "National Poetry Month"), and the words that open
# a storm's name ("Cyclone Phailin", "Hurricane Ian"): what a story is about.
OTHER_WORDS = OTHER_WORDS | frozenset(
    [
        *("paralympics", "proclamation", "theory", "month", "marathon", "tournament"),
        *("contest", "series", "expo", "ceremony"),
    ]
)
STORM_WORDS = frozenset({"hurricane", "cyclone", "typhoon"})

# Diseases and viruses a writer capitalises ("COVID-19", "SARS", "Ebola", "Omicron"),
# which a small model often calls a person or a body. Normalised keys.
DISEASE_NAMES = frozenset(
    [
        *("covid", "covid 19", "sars", "sars cov 2", "mers", "mers cov", "ebola", "zika"),
        *("hiv", "aids", "hiv aids", "h1n1", "h5n1", "h7n9", "mpox", "monkeypox"),
        *("omicron", "hantavirus", "coronavirus"),
    ]
)

# Academic degrees a small model reads as a work or a body ("a PhD", "his Ph.D.").
DEGREE_NAMES = frozenset({"phd", "phds", "dphil", "edd", "dsc"})

# Head words of a field of study ("Professor of Linguistics", "a PhD in Psychology",
# "New Institutional Economics"): a discipline is no actor unless the name is a
# body's ("Center for Strategic and International Studies").
DISCIPLINE_WORDS = frozenset(
    [
        *("economics", "linguistics", "sociolinguistics", "psychology", "psychiatry"),
        *("sociology", "anthropology", "theology", "philosophy", "semantics", "syntax"),
        *("grammar", "humanities", "studies", "sciences", "counseling", "counselling"),
    ]
)

# Offices a text calls one person by once it has named them with the title ("President
# Lula ... the President", "Secretary Cardona ... the Secretary"): title head words that
# stand alone after "the" or "this". Not forms of address ("Mr", "Dr", "Sir"), kin, or
# callings used of anyone ("doctor", "professor", "father").
BARE_TITLES = frozenset(
    [
        *("president", "senator", "governor", "mayor", "secretary", "minister", "chancellor"),
        *("congressman", "congresswoman", "ambassador", "commissioner", "chairman"),
        *("chairwoman", "pope", "king", "queen", "prince", "princess", "emperor", "empress"),
        *("tsar", "czar", "tsarina", "sultan", "emir", "duke", "duchess", "general"),
        *("colonel", "admiral", "archbishop", "cardinal", "ayatollah", "judge", "justice"),
    ]
)
# Offices a text says of a person it names beside them, capitalised ("Ann Lee, Professor of
# Law", "Ann Lee is President of the Society", "Ann Lee served as Governor"): the bare
# titles and callings that name one person only when so tied to a name.
LINKED_TITLES = BARE_TITLES | frozenset(["professor", "regent", "director", "dean"])
# The names of a god a text writes as one person's ("devote himself to God"), whom NER
# seldom labels: lowercase keys.
DEITY_NAMES = frozenset(["god", "allah", "jesus", "christ", "yahweh", "jehovah", "buddha"])
# Words before a god's name in an oath or an exclamation ("oh God", "by God", "thank
# God"), which call on nobody in the story.
EXCLAIMING_WORDS = frozenset(["oh", "o", "my", "by", "thank", "good", "dear", "swear"])
# Courtesy titles a speaker addresses someone by, before a capitalised office or letter
# ("Mr. President", "Madam Speaker", "Mrs. G"): the phrase is that person.
COURTESY_TITLES = frozenset(["mr", "mrs", "ms", "miss", "madam", "madame", "mister"])
# Offices and forms of address a speaker calls someone by alone, capitalised, set off by
# commas ("General, is this a waiver?", "But where, Sir, does", "my Lords"): the person
# addressed. Lowercase keys; plural forms of address are the bench addressed.
VOCATIVE_TITLES = LINKED_TITLES | frozenset(
    [
        *("sir", "madam", "lord", "lords", "lady", "ladyship", "lordship", "counsel"),
        *("speaker", "chair", "doctor", "captain", "sergeant", "officer", "commander"),
        *("honor", "honour", "majesty", "excellency", "highness"),
    ]
)
# Title abbreviations before a name, as the office they abbreviate ("Sen. Warren").
ABBREVIATED_TITLES = {
    **dict(gov="governor", sen="senator", gen="general", col="colonel", adm="admiral"),
    **dict(pres="president", sec="secretary"),
}
# Words before a title that narrow the office, which a bare title may leave out ("Prime
# Minister X ... the Minister"); and those that make it another office ("Vice President X"
# is no President) or a past one ("former President X" is not "the President" now).
TITLE_NARROWERS = frozenset(["prime", "foreign", "crown", "chief", "field"])
OTHER_OFFICE_WORDS = frozenset(["vice", "deputy"])
PAST_TITLE_WORDS = frozenset(["former", "late", "ex"])

# Acronyms of technologies and measures, things a small model often calls an
# organisation or a place ("AI is changing how people work", "GDP grew", "the DNA
# evidence"): what actors use or measure, never an actor. Normalised keys. Not "AR"
# (Arkansas), "IT" (also the pronoun), or any code a body uses as its name.
TECHNOLOGY_TERMS = frozenset(
    [
        *("ai", "agi", "gps", "dna", "rna", "mrna", "gdp", "gnp", "vr", "iot", "api"),
        *("usb", "nft", "nfts", "5g", "4g", "lte", "pdf", "html", "sms", "wifi", "wi fi"),
    ]
)

# Institution heads beyond ORG_WORDS that end an organisation's name after a
# country's adjective ("the Polish State Naval Archive"): see
# ``dramatis.actors.clean.adjective_led_organisation``.
INSTITUTION_WORDS = frozenset({"archive", "archives", "museum", "library", "observatory"})

# Heads of an institution that names its campus after a comma ("University of
# Wisconsin, Madison"): see ``dramatis.actors.clean.university_and_campus``.
CAMPUS_HEADS = frozenset({"university", "college", "institute"})

# A place's edge that is named with the place it lies in ("the Pacific Coast of
# Chile"): see ``dramatis.actors.clean.coast_of_place``.
SHORE_WORDS = frozenset({"coast", "coastline", "shore", "seaboard"})
