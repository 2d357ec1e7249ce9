"""Countries, their names, demonyms and capitals, from the `countryinfo` and `countrynames` packages.

The actor layer uses this to see that "Kenyan", "Kenyans", "Kenya" and "the Republic of
Kenya" are one actor, that "U.S." and "United States" are one, and that "Nairobi"
may stand for Kenya's government. The tables are built once, lazily, on first use
(under half a second) and cached for the process.

Lookups take a *normalised* name (see ``normalise``): casefolded, without
diacritics, dots, apostrophes or a leading "the", hyphens read as spaces.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

# Demonym-like English words in countrynames' alias lists ("Persian", "British",
# "Englishman"); other aliases there include cities, counties and typos, which we
# only accept when they look like an adjective of nationality.
_DEMONYM_ENDING = re.compile(r"(?:an|ian|ish|ese|i|ic|ch|man|men)$")
_CITY_ENDING = re.compile(r"(?:burg|bourg|ville|polis|grad|town|city|stadt)$")
_NON_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")
_NAME_FUNCTION_WORDS = frozenset({"of", "the", "and"})


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """The comparison form of a name: "The U.S." -> "us", "Erdoğan's" -> "erdogan"."""
    text = strip_diacritics(name).casefold().replace("\u2019", "'")
    text = re.sub(r"'s?$", "", text.strip())
    text = re.sub(r"(?<=\w)'s\b", "", text)  # "People's Army" -> "peoples army" -> initials
    text = text.replace("-", " ").replace(".", "")
    text = _NON_WORD.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # ISO alpha-2, or countryinfo's lowercased name when it has none
    name: str  # English short name as countryinfo writes it, e.g. "United States"
    population: int


@dataclass(frozen=True, slots=True)
class Gazetteer:
    countries: dict[str, Country]
    by_name: dict[str, str]  # normalised name or alternative spelling -> code
    by_words: dict[frozenset[str], str]  # content words of a multi-word name -> code
    by_code: dict[str, str]  # normalised ISO alpha-2/alpha-3 code -> code ("us", "usa")
    by_demonym: dict[str, str]  # normalised demonym, singular and plural -> code
    # From countrynames: English exonyms and adjectives ("America", "Persian") but
    # also words of other languages that are English personal names ("Helene" is
    # Greece somewhere): callers only trust these for names NER read as places.
    weak_by_name: dict[str, str]
    weak_by_demonym: dict[str, str]
    by_capital: dict[str, str]  # normalised capital city -> code
    by_initials: dict[str, str]  # "uae", "dprk", "drc": initials of a formal name -> code
    by_title_prefix: dict[str, frozenset[str]]  # "islamic republic" -> {IR, PK, ...}
    provinces: frozenset[str]  # normalised names of provinces/states/regions


def _is_latin(text: str) -> bool:
    return all(
        c.isascii() or unicodedata.category(c).startswith("M") for c in strip_diacritics(text)
    )


def _plural(demonym: str) -> list[str]:
    if demonym.endswith(("ese", "ss", "ch", "sh")):  # "the Chinese", "the French"
        return []
    if demonym.endswith("man"):
        return [demonym[:-3] + "men"]
    return [demonym + "s"]


def _countryinfo_records() -> list[dict]:
    """Every country's record from countryinfo, through its public API (old and new)."""
    try:
        from countryinfo import all_countries  # countryinfo >= 1.0
    except ImportError:  # pragma: no cover - countryinfo 0.1.x
        from countryinfo import CountryInfo

        return list(CountryInfo().all().values())
    return [dict(country.info()) for country in all_countries()]


def _adjective_of_any(demonym: str, names: list[str] | tuple[()]) -> bool:
    """Is this "-ish" adjective formed from one of these names ("English": "England")?"""
    stem = re.sub(r"(?:wo)?m[ae]n$", "", demonym)
    if not stem.endswith("ish") or len(stem) < 6:
        return False
    return any(name.startswith(stem[:-3]) for name in names)


@functools.cache
def gazetteer() -> Gazetteer:
    """Build (once) the lookup tables from the two country-data packages."""
    from countrynames.data import DATA as COUNTRYNAMES_ALIASES

    raw = _countryinfo_records()
    countries: dict[str, Country] = {}
    by_name: dict[str, str] = {}
    by_code: dict[str, str] = {}
    demonym_candidates: dict[str, list[str]] = {}
    capital_candidates: dict[str, list[str]] = {}
    by_title_prefix: dict[str, set[str]] = {}
    provinces: set[str] = set()

    # Bigger countries first, so that a shared name or demonym ("Chinese": China,
    # Hong Kong, Macau; "American": United States, Northern Mariana Islands) goes
    # to the country a news text most probably means.
    entries = sorted(raw, key=lambda info: -(info.get("population") or 0))
    for info in entries:
        iso = info.get("ISO") or {}
        code = str(iso.get("alpha2") or info["name"]).upper()
        if code in countries:
            continue
        countries[code] = Country(code, info["name"], int(info.get("population") or 0))
        codes = {str(iso.get("alpha2") or ""), str(iso.get("alpha3") or "")} - {""}
        for c in codes:
            by_code.setdefault(normalise(c), code)
        for alias in [info["name"], *(info.get("altSpellings") or [])]:
            if not isinstance(alias, str) or not _is_latin(alias) or alias.upper() in codes:
                continue
            key = normalise(alias)
            if len(key) >= 2:
                by_name.setdefault(key, code)
                head, sep, _ = alias.partition(" of ")
                if sep and head and head[0].isupper():
                    by_title_prefix.setdefault(normalise(head), set()).add(code)
        for demonym in re.split(r"[,/]", info.get("demonym") or ""):
            demonym = demonym.strip()
            if demonym and _is_latin(demonym):
                for form in [demonym, *_plural(demonym)]:
                    demonym_candidates.setdefault(normalise(form), []).append(code)
        capitals = info.get("capital") or []
        for capital in [capitals] if isinstance(capitals, str) else capitals:
            for form in {capital, re.sub(r",?\s+D\.?C\.?$", "", capital)}:
                if form and _is_latin(form):
                    capital_candidates.setdefault(normalise(form), []).append(code)
        for province in info.get("provinces") or []:
            if isinstance(province, str):
                provinces.add(normalise(province))

    weak_names: dict[str, str] = {}
    strong_words: dict[str, set[str]] = {}
    for key, code in by_name.items():
        strong_words.setdefault(code, set()).update(key.split())
    part_names: dict[str, list[str]] = {}
    weak_demonyms: dict[str, list[str]] = {}
    # countrynames adds English exonyms and adjectives that countryinfo lacks
    # ("America", "Britain", "Persian"). Its lists also hold cities, counties and
    # abbreviations, so only longer Latin words that are not a capital or a
    # province are taken, and only demonym-shaped words as demonyms.
    for code, aliases in COUNTRYNAMES_ALIASES.items():
        if code not in countries:
            continue
        for alias in aliases:
            if not isinstance(alias, str) or not _is_latin(alias) or not alias[:1].isupper():
                continue
            if not alias.replace(" ", "").isalpha():
                continue
            key = normalise(alias)
            if len(key) < 5 or key in capital_candidates or key in provinces:
                continue
            if key in by_name or key in demonym_candidates or key in weak_names:
                continue
            if " " in key or not alias.isascii():
                continue  # multi-word entries there include cities ("New York City")
            if _DEMONYM_ENDING.search(key):
                weak_demonyms.setdefault(key, []).append(code)
            elif key in strong_words.get(code, ()):
                weak_names[key] = code  # "America", "Britain": a word of a real name
            else:
                part_names.setdefault(code, []).append(key)
    # The other single words there are counties, cities and constituent countries
    # ("Cleveland", "Yorkshire", "England" for the United Kingdom): places of their
    # own, not the state. Their "-ish" adjectives ("English", "Cornish") are not the
    # state's either.
    weak_demonyms = {
        key: [code for code in codes if not _adjective_of_any(key, part_names.get(code, ()))]
        for key, codes in weak_demonyms.items()
    }
    weak_demonyms = {key: codes for key, codes in weak_demonyms.items() if codes}

    by_demonym = {key: codes[0] for key, codes in demonym_candidates.items() if key not in by_name}
    # "Korea Republic" is "Republic of Korea": same content words in another order.
    by_words: dict[frozenset[str], str] = {}
    for key, code in by_name.items():
        words = frozenset(key.split()) - _NAME_FUNCTION_WORDS
        if len(words) >= 2:
            by_words.setdefault(words, code)
    by_capital = {
        key: codes[0]
        for key, codes in capital_candidates.items()
        # A capital named like its country (Singapore, Luxembourg) is the country.
        if key not in by_name
    }
    return Gazetteer(
        countries=countries,
        by_name=by_name,
        by_words=by_words,
        by_code=by_code,
        by_demonym=by_demonym,
        weak_by_name=weak_names,
        weak_by_demonym={k: v[0] for k, v in weak_demonyms.items() if k not in by_demonym},
        by_capital=by_capital,
        by_initials=_initials_table(by_name, by_code),
        by_title_prefix={k: frozenset(v) for k, v in by_title_prefix.items()},
        provinces=frozenset(provinces),
    )


def country_of_name(key: str) -> str | None:
    """The country a normalised name or alternative spelling names ("united states")."""
    table = gazetteer()
    found = table.by_name.get(key)
    if found is None and " " in key:
        found = table.by_words.get(frozenset(key.split()) - _NAME_FUNCTION_WORDS)
    return found


def country_of_code(key: str) -> str | None:
    """The country an ISO code names ("us", "usa"); callers decide whether it is a code here."""
    return gazetteer().by_code.get(key)


def country_of_weak_name(key: str) -> str | None:
    """A country for an exonym or adjective only countrynames knows ("america", "persian")."""
    table = gazetteer()
    return table.weak_by_name.get(key) or table.weak_by_demonym.get(key)


def country_of_demonym(key: str) -> str | None:
    """The country a normalised demonym refers to ("kenyan", "peruvians")."""
    return gazetteer().by_demonym.get(key)


def _initials_table(by_name: dict[str, str], by_code: dict[str, str]) -> dict[str, str]:
    """Initials of multi-word country names ("United Arab Emirates" -> "uae",
    "Democratic People's Republic of Korea" -> "dprk", with or without the "of"),
    where they name one country only and are no other country's ISO code."""
    candidates: dict[str, set[str]] = {}
    for key, code in by_name.items():
        words = key.split()
        if len(words) < 2:
            continue
        content = [w for w in words if w not in _NAME_FUNCTION_WORDS]
        for initials in {"".join(w[0] for w in words), "".join(w[0] for w in content)}:
            if len(initials) >= 3:
                candidates.setdefault(initials, set()).add(code)
    return {
        initials: next(iter(codes))
        for initials, codes in candidates.items()
        if len(codes) == 1 and by_code.get(initials, next(iter(codes))) in codes
    }


def country_of_initials(key: str) -> str | None:
    """The country whose formal name these letters abbreviate ("uae", "dprk", "prc")."""
    return gazetteer().by_initials.get(key)


def country_of_capital(key: str) -> str | None:
    """The country whose capital this normalised name is ("nairobi")."""
    return gazetteer().by_capital.get(key)


def countries_by_title_prefix(key: str) -> frozenset[str]:
    """Countries whose formal name begins with this ("islamic republic")."""
    return gazetteer().by_title_prefix.get(key, frozenset())


def is_province(key: str) -> bool:
    return key in gazetteer().provinces


def country_name(code: str) -> str:
    return gazetteer().countries[code].name
