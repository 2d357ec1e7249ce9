"""Helpers on name strings: display forms, acronyms, initials, legal forms."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from dramatis import gazetteer as gaz
from dramatis.lexicon.name_context import FUNCTION_WORDS


def gazetteer_label(text: str) -> str:
    """GPE for a country name, NORP for a demonym, "" otherwise."""
    key = gaz.normalise(text)
    if gaz.country_of_name(key):
        return "GPE"
    if gaz.country_of_demonym(key):
        return "NORP"
    return ""


# Punctuation that never sits inside a name: an entity running across it is two
# things ("World Health Organization (WHO", "Tesco — Netto", 'Twitter "Youtube-dl').
SEPARATORS = frozenset('()[]{}",;:!?\u201c\u201d\u2018|/')


DASHES = frozenset({"-", "\u2010", "\u2013", "\u2014"})


@functools.lru_cache(maxsize=4)
def words_in_lowercase(text: str) -> frozenset[str]:
    """Words the text uses in lowercase: a capitalised one of them is not a name by itself."""
    return frozenset(re.findall(r"\b[a-z]+\b", text))


def is_acronym(surface: str) -> bool:
    """ "FDD", "U.S.", "AfCFTA": short, one word, mostly capitals."""
    letters = surface.replace(".", "").replace("&", "")
    if not (2 <= len(letters) <= 8 and letters.isalpha()):
        return False
    capitals = sum(c.isupper() for c in letters)
    return capitals >= 2 and capitals * 2 >= len(letters) and letters[0].isupper()


def initials_of(words: Sequence[str]) -> list[str]:
    content = [w for w in words if w not in FUNCTION_WORDS]
    forms = {"".join(w[0] for w in content)}
    forms.add("".join(w[0] for w in words))
    return [f for f in forms if len(f) >= 2]


# Legal forms after a company's name: "Salling Group A/S" is "Salling Group".
LEGAL_FORM = re.compile(
    r",?\s+(?:A/S|ASA|AB|AG|SA|S\.A\.|SE|NV|N\.V\.|BV|B\.V\.|GmbH|KGaA|Inc\.?|Ltd\.?"
    r"|LLC|L\.L\.C\.|LLP|plc|PLC|Corp\.?|Co\.|S\.p\.A\.|SpA|Oyj|Pty\.?\s+Ltd\.?|S\.A\.S\.)$"
)


def without_legal_form(name: str) -> str:
    return LEGAL_FORM.sub("", name)


def abbreviates(acronym: str, words: Sequence[str]) -> bool:
    """Could these letters abbreviate these words? ("fdd", foundation for defense of democracies)"""
    letters = acronym.replace(" ", "")
    if not letters or not words or letters[0] != words[0][0]:
        return False
    remaining = iter("".join(words))
    return all(letter in remaining for letter in letters)


REGNAL_NUMBER = re.compile(r"^(?=[ivx]{2,5}$)x{0,3}(?:ix|iv|v?i{0,3})$")


_SURNAME_PREFIX = re.compile(r"^(?:Mc|Mac|De|Di|Da|Le|La|Van|Von|O'|O\u2019|D'|Al-|El-)")


def camel_case(name: str) -> bool:
    """One word with a capital inside it, other than "McGurk"- or "DeJoy"-style surnames."""
    if " " in name or not name[:1].isupper():
        return False
    if name.isupper():
        return False
    # "Nile-Delta", "Wingfield-Hayes": each part capitalised as a word is.
    parts = [_SURNAME_PREFIX.sub("", part) for part in re.split(r"[-\u2010\u2013]", name)]
    return any(any(c.isupper() for c in part[1:]) for part in parts)


def head_word(words: Sequence[str]) -> str:
    """The head noun of a name: "school" in "UCLA School of Law", "act" in "Patriot Act"."""
    if "of" in words[1:]:
        return words[words.index("of", 1) - 1]
    return words[-1]


def display(text: str) -> str:
    return " ".join(text.split())


def first_key(text: str) -> str:
    return gaz.normalise(text.split()[0])
