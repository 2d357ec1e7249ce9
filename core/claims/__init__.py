"""Claims: who said, argued, warned or suggested what.

Built on spaCy's dependency parse, for the way news is written:
- a reporting verb (``dramatis.lexicon.verbs``) with its subject and a clause, quote or
  object: "Advocates argue that ...", "'...,' he said.", "..., the report said.";
- "according to X, ..." anywhere in a sentence;
- participles that take their source from the main clause: "The report questions
  whether ..., arguing that ...";
- direct quotes, straight or curly, over several sentences and paragraphs, whose
  speaker is found next to them or carried over from the quote they continue;
- nouns that carry a that-clause: "the minister's claim that ...".

Contract with ``dramatis.analyzer``:
- ``collect(doc, offset)`` runs once per paragraph on a parsed spaCy ``Doc`` whose
  text is the paragraph (``offset`` is where it starts in the document text) and
  returns plain data only: nothing may keep a reference to the Doc.
- ``named_sources(collected)`` gives, from what ``collect`` returned for a paragraph,
  the head words of the sources that are proper names (e.g. "according to X") and of
  the authors of speaking documents, for the actor layer's ``collect`` on the same
  paragraph to recover as names where NER missed them.
- ``resolve(text, collected, actors)`` runs once over everything collected, after the
  actors are known, and returns the claims (sources linked to actor ids) plus any
  new actors it created (e.g. a speaking role such as "the foreign minister").

Precision comes first: a construction is only read as a claim when its parts are
all there (a subject, a cue, a content), and quotes are only attributed when the
speaker is next to them or they continue an attributed quote.

The package, by concept: ``quotes`` (quote marks), ``site`` (what is around a cue),
``content`` (where a verb's content starts and ends), ``verb`` (a reporting verb's
claims), ``phrases`` (every other construction), ``source`` (who speaks),
``stance`` (intentions, stances and topics a verb gives its subject: "refused to
comment", "endorsed X", "talked about X"), ``nominal`` (stance nouns a verb governs:
"voiced support for X"), ``collect`` (one paragraph), ``hedged`` (statements with no
accountable source: kind ``other``), ``inherit`` (quotes that continue a neighbour's),
``resolve`` (sources to actors), ``hints`` (named sources, for the actor layer); shared
helpers in ``text`` and ``syntax``; the records passed between the steps in ``records``.
"""

from dramatis.claims.collect import collect
from dramatis.claims.hints import named_sources
from dramatis.claims.quotes import find_quotes
from dramatis.claims.records import (
    Antecedent,
    Collected,
    PendingQuote,
    QuoteIntroducer,
    RawClaim,
    SourceRef,
)
from dramatis.claims.resolve import PRONOUN_WINDOW, resolve

__all__ = [
    "PRONOUN_WINDOW",
    "Antecedent",
    "Collected",
    "PendingQuote",
    "QuoteIntroducer",
    "RawClaim",
    "SourceRef",
    "collect",
    "find_quotes",
    "named_sources",
    "resolve",
]
