"""Names that are terms, not actors: languages no country is named by."""

from __future__ import annotations

# Languages whose name is no country's demonym (those are in the gazetteer, and a
# demonym is a language only where the syntax says so: "in French"). Alone, such a
# name is the language ("English is spoken", "a case from Latin"); inside a longer
# name it is part of that name ("English Heritage"), which this list does not touch.
LANGUAGE_NAMES = frozenset(
    {
        *("english", "latin", "hebrew", "arabic", "sanskrit", "mandarin", "cantonese"),
        *("swahili", "yiddish", "esperanto", "catalan", "basque", "welsh", "gaelic"),
        *("tamil", "hindi", "urdu", "bengali", "punjabi", "telugu", "marathi", "gujarati"),
        *("farsi", "pashto", "amharic", "yoruba", "igbo", "hausa", "zulu", "xhosa"),
        *("quechua", "guarani", "tagalog", "malay", "javanese"),
        *("aramaic", "coptic", "sumerian", "akkadian", "esperanto", "creole", "romani"),
    }
)
