"""The country tables: names, codes, demonyms and capitals from countryinfo, and the weak
names derived from English country names (iso3166)."""

from __future__ import annotations

import pytest
from dramatis import gazetteer as gaz


def code(name: str) -> str | None:
    return gaz.country_of_name(gaz.normalise(name))


@pytest.mark.parametrize(
    ("alias", "country"),
    [
        ("The United States", "United States of America"),
        ("Kingdom of the Netherlands", "Netherlands"),
        ("Republic of Korea", "South Korea"),
        ("Korea Republic", "South Korea"),
        ("Holland", "Netherlands"),
        ("Burma", "Myanmar"),
        ("Czechia", "Czech Republic"),
    ],
)
def test_alternative_names_are_one_country(alias, country):
    assert code(alias) is not None and code(alias) == code(country)


def test_demonyms_capitals_codes_and_initials_name_their_country():
    kenya = code("Kenya")
    assert gaz.country_of_demonym("kenyan") == gaz.country_of_demonym("kenyans") == kenya
    assert gaz.country_of_capital("nairobi") == kenya
    assert gaz.country_of_code("usa") == code("United States")
    assert gaz.country_of_initials("uae") == code("United Arab Emirates")


@pytest.mark.parametrize("letters", ["ai", "it", "in", "no", "de", "fr"])
def test_a_code_prose_does_not_write_as_a_name_names_no_country(letters):
    # "AI" is artificial intelligence, not Anguilla's ISO code.
    assert gaz.country_of_code(letters) is None
    assert gaz.country_of_code("gb") == code("United Kingdom")


def test_ai_in_an_article_is_not_anguilla(analyze):
    analysis = analyze("Many companies now use AI to write code. AI is changing how people work.")
    assert "Anguilla" not in {actor.name for actor in analysis.actors}


@pytest.mark.parametrize(
    ("weak", "country"),
    [
        ("america", "United States"),  # the name proper of "United States of America"
        ("britain", "United Kingdom"),  # a word only "Great Britain" uses
        ("saudi", "Saudi Arabia"),
        ("korea", "South Korea"),  # both Koreas' name proper: the bigger one
        ("korean", "South Korea"),  # "South Korean" without its compass word
        ("koreans", "South Korea"),
        ("vatican", "Vatican City State"),  # "City" is also Kuwait City's: only "Vatican" names it
        ("persia", "Iran"),  # the exonyms no package lists
        ("persian", "Iran"),
        ("persians", "Iran"),
    ],
)
def test_weak_names_come_from_the_structure_of_english_names(weak, country):
    assert gaz.country_of_weak_name(weak) == code(country)


@pytest.mark.parametrize(
    "word",
    [
        "england",  # a constituent country, not the state
        "english",
        "cleveland",
        "yorkshire",
        "africa",  # "South Africa": a region with a compass word is not the country
        "african",  # "Central African Republic"
        "ireland",  # a strong name of Ireland, never the UK's weak one
        "republic",  # title words
        "united",
        "arab",  # "United Arab Emirates", "Syrian Arab Republic": shared
        "islands",
        "solomon",  # modifies a shared word: "Solomon Islands", a personal name too
        "lucia",  # "Saint Lucia"
        "city",
    ],
)
def test_title_words_shared_words_and_regions_are_no_weak_names(word):
    assert gaz.country_of_weak_name(word) is None


@pytest.mark.parametrize(
    ("formal", "expected"),
    [
        ("Republic of Korea", ("Korea", "Republic")),
        ("Iran, Islamic Republic of", ("Iran", "Islamic Republic of")),
        ("Republic of the Union of Myanmar", ("Myanmar", "Republic of the Union")),
        ("Saudi Arabia", ("Saudi Arabia", "")),
    ],
)
def test_a_formal_name_splits_into_name_and_title(formal, expected):
    assert gaz._name_and_title(formal) == expected


def test_weak_names_never_shadow_the_strong_tables():
    table = gaz.gazetteer()
    strong = table.by_name.keys() | table.by_demonym.keys() | table.by_capital.keys()
    assert not (table.weak_by_name.keys() | table.weak_by_demonym.keys()) & strong
