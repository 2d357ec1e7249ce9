"""Fuzzy search over actors and, as a fallback, over the sentences of the text.

The jump overlay ranks actors on every keystroke, so the work is split in two:
``ActorIndex.build`` runs once per analysis and reduces every actor to its
*distinct* written forms (name, aliases, mention surface forms), normalised once
(case folded, diacritics stripped, possessives and punctuation removed) and broken
into tokens; ``ActorIndex.rank`` then scores a query against the *distinct tokens*
of all names in a handful of vectorised rapidfuzz calls.

Scoring (0-100), per query token against the best token of a name:

- 100  the token is exactly a word of the name ("kennedy" in "John Kennedy");
- 95   whole-word prefix ("merk" for "Merkel"). All prefixes score the same, so
  that frequency decides among them: "a" lists Angela Merkel (20 mentions) before
  Ali Hassan (1), rather than favouring whichever word happens to be short;
- 96 / 85 the query is the initials of the name, or a prefix of them ("wsj");
- 1-89 a typo: optimal string alignment distance (Damerau-Levenshtein with adjacent
  transpositions) within a budget that grows with the query token's length, scaled
  by how much of the word it covers; also tried against the start of longer words,
  for a name that is still being typed ("pinoch", "merk" on the way to "merkel").

A name scores the mean over the query tokens, and only if every query token matched
something (so word order does not matter, but every word typed must be there).
An actor scores its best name; ties go to the actor mentioned most often.

Why OSA distance with a length budget rather than a ratio threshold: the ratio of
two strings rewards shared letters, so the different country "austria" scores 87.5
against "australia" (``fuzz.ratio``, also WRatio) exactly as the genuine typo
"pinochat" does against "pinochet": no ratio cut-off keeps one and drops the other. An edit
budget says what a typo *is*: at most one slip in a word of 5-8 letters, two from
9 letters on, none under 5 letters (4-letter names are one letter apart too often:
Mali/Bali, Oman/Omar, Peru/Perm). So "austria" (two edits from "australia") is a
different name, not a misspelling of it.

Nothing here imports Textual; numpy (a spaCy and rapidfuzz dependency) is imported
on first use so that importing this module stays cheap.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dramatis.analysis import Actor, Analysis, Span
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Prefix

if TYPE_CHECKING:
    import numpy as np

EXACT_SCORE = 100
PREFIX_SCORE = 95
ACRONYM_SCORE = 96
ACRONYM_PREFIX_SCORE = 85
FUZZY_CEILING = 89  # any typo ranks below any prefix
PARTIAL_TYPO_PENALTY = 4  # a typo in a word still being typed is less certain
# A text hit (plain search over sentences) must align this well with the query.
TEXT_CUTOFF = 80
MAX_QUERY_TOKENS = 8
# Mentions listed per actor by `dramatis find` for humans (JSON lists them all).
TEXT_REPORT_MENTIONS = 10

# Letters that Unicode decomposition does not reduce to a base letter plus accents.
_UNDECOMPOSED = {
    "ø": "o",
    "ł": "l",
    "đ": "d",
    "ð": "d",
    "ħ": "h",
    "ı": "i",
    "ŧ": "t",
    "æ": "ae",
    "œ": "oe",
    "þ": "th",
}
# Function words skipped in initials: "The New York Times" is NYT,
# "Bank for International Settlements" is BIS.
_FUNCTION_WORDS = frozenset(
    {"a", "an", "and", "at", "de", "del", "der", "des", "di", "du", "for", "in", "la", "le"}
    | {"of", "on", "the", "to", "van", "von", "y"}
)
_APOSTROPHES = "'\u2019\u02bc\u2018`\u00b4"
_POSSESSIVE = re.compile(rf"[{_APOSTROPHES}]s\b|(?<=s)[{_APOSTROPHES}](?=\s|$)")


@functools.cache
def _fold_char(char: str) -> str:
    """A character without accents, case folded ('Ğ' -> 'g', 'ß' -> 'ss')."""
    decomposed = unicodedata.normalize("NFKD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return "".join(_UNDECOMPOSED.get(c, c) for c in base)


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table filled on demand: each character folded once per process."""

    def __init__(self, keep_length: bool) -> None:
        super().__init__()
        self.keep_length = keep_length

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        if self.keep_length:
            # Offsets into the folded text must be offsets into the original.
            folded = folded[:1] or " "
        self[code] = folded
        return folded


_FOLD = _FoldTable(keep_length=False)
_FOLD_SAME_LENGTH = _FoldTable(keep_length=True)


def fold(text: str) -> str:
    """Case folded, accents stripped: what a user types for what the text writes."""
    return text.translate(_FOLD)


def fold_same_length(text: str) -> str:
    """Like ``fold`` but one character for one, so offsets carry over to ``text``."""
    return text.translate(_FOLD_SAME_LENGTH)


def name_tokens(text: str) -> tuple[str, ...]:
    """The words of a name or query, normalised for matching.

    Possessives go ("Kenya's" -> kenya); apostrophes and dots join
    ("O'Brien" -> obrien, "U.S." -> us); any other punctuation separates
    ("Guinea-Bissau" -> guinea bissau).
    """
    text = _POSSESSIVE.sub("", text)
    text = re.sub(rf"[.{_APOSTROPHES}]", "", fold(text))
    return tuple(re.findall(r"[^\W_]+", text))


def initials(tokens: Sequence[str]) -> set[str]:
    """Acronyms a reader might type for a name of several words."""
    if len(tokens) < 2:
        return set()
    content = [t for t in tokens if t not in _FUNCTION_WORDS]
    forms = {"".join(t[0] for t in tokens)}
    if len(content) >= 2:
        forms.add("".join(t[0] for t in content))
    return forms


def typo_budget(length: int) -> int:
    """How many edits a query word of this length may be from the word it means."""
    if length < 5:
        return 0
    if length < 9:
        return 1
    return 2


@dataclass(frozen=True, slots=True)
class ActorMatch:
    actor: Actor
    alias: str  # the name or alias that matched, as the text writes it
    score: int  # 0-100


@dataclass(frozen=True, slots=True)
class TextHit:
    """A plain-text match: the words of the document that best match the query."""

    start: int
    end: int
    score: int


@dataclass(frozen=True, slots=True)
class Snippet:
    """One line of context; ``text[mark_start:mark_end]`` is the mention itself."""

    text: str
    mark_start: int
    mark_end: int


@dataclass(frozen=True, slots=True)
class ActorIndex:
    """Everything about the actors' names that does not depend on the query."""

    actors: tuple[Actor, ...]
    names: tuple[str, ...]  # distinct written forms of all actors
    name_actor: tuple[int, ...]  # position in ``actors`` of each name's actor
    tokens: tuple[str, ...]  # distinct normalised words of all names
    token_lengths: np.ndarray  # len of each token
    name_token_matrix: np.ndarray  # (names, max words) token indices, padded with len(tokens)
    acronyms: dict[str, tuple[int, ...]]  # initials -> names
    acronym_prefixes: dict[str, tuple[int, ...]]
    name_weight: np.ndarray  # per name: its actor's mention count (the tie-breaker)
    _cut_tokens: dict[int, list[str]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def build(cls, source: Analysis | Iterable[Actor]) -> ActorIndex:
        import numpy as np

        actors = tuple(source.actors if isinstance(source, Analysis) else source)
        names: list[str] = []
        name_actor: list[int] = []
        name_words: list[tuple[str, ...]] = []
        acronyms: dict[str, list[int]] = {}
        acronym_prefixes: dict[str, list[int]] = {}
        for position, actor in enumerate(actors):
            seen: set[tuple[str, ...]] = set()
            # Canonical name first, then aliases, then any other way the text writes it.
            forms = dict.fromkeys([actor.name, *actor.aliases, *(m.text for m in actor.mentions)])
            for form in forms:
                words = name_tokens(form)
                if not words or words in seen:
                    continue
                seen.add(words)
                row = len(names)
                names.append(form)
                name_actor.append(position)
                for acronym in initials(words):
                    acronyms.setdefault(acronym, []).append(row)
                    for cut in range(2, len(acronym)):
                        acronym_prefixes.setdefault(acronym[:cut], []).append(row)
                content = [w for w in words if w not in _FUNCTION_WORDS]
                # The name run together ("alqaeda", "wallstreetjournal") as one more word.
                joined = ("".join(content),) if len(content) >= 2 else ()
                name_words.append(words + joined)
        token_id: dict[str, int] = {}
        for words in name_words:
            for word in words:
                token_id.setdefault(word, len(token_id))
        tokens = tuple(token_id)
        width = max((len(w) for w in name_words), default=1)
        matrix = np.full((len(names), width), len(tokens), dtype=np.int32)
        for row, words in enumerate(name_words):
            matrix[row, : len(words)] = [token_id[w] for w in words]
        weights = np.array([len(actors[a].mentions) for a in name_actor], dtype=np.float64)
        return cls(
            actors=actors,
            names=tuple(names),
            name_actor=tuple(name_actor),
            tokens=tokens,
            token_lengths=np.array([len(t) for t in tokens], dtype=np.float64),
            name_token_matrix=matrix,
            acronyms={k: tuple(dict.fromkeys(v)) for k, v in acronyms.items()},
            acronym_prefixes={k: tuple(dict.fromkeys(v)) for k, v in acronym_prefixes.items()},
            name_weight=weights,
        )

    def _tokens_cut_to(self, length: int) -> list[str]:
        # Built once per length and kept: typing "n", "ne", "net"... reuses them.
        cut = self._cut_tokens.get(length)
        if cut is None:
            cut = [t[:length] for t in self.tokens]
            self._cut_tokens[length] = cut
        return cut

    def _token_scores(self, word: str) -> np.ndarray:
        """Score of ``word`` against every distinct token, plus a trailing 0 for padding."""
        import numpy as np

        lengths = self.token_lengths
        size = len(word)
        scores = np.zeros(len(self.tokens) + 1)
        if not self.tokens:
            return scores
        common = process.cdist([word], self.tokens, scorer=Prefix.similarity, dtype=np.int32)[0]
        is_prefix = common == size
        body = np.where(is_prefix, np.where(lengths == size, EXACT_SCORE, PREFIX_SCORE), 0.0)
        budget = typo_budget(size)
        if budget:
            whole = process.cdist(
                [word], self.tokens, scorer=OSA.distance, score_cutoff=budget, dtype=np.int32
            )[0]
            typo = FUZZY_CEILING * (1 - whole / np.maximum(lengths, size))
            body = np.maximum(body, np.where(whole <= budget, typo, 0.0))
        # A word still being typed is the start of a longer word, so it gets the
        # budget of a word one letter longer ("merk" on the way to "merkel" keeps
        # Merkel listed). It is compared with the token's start, of the same length
        # or one longer (a letter left out so far), and only for longer tokens, so
        # a complete short name ("mali") still never matches another ("bali").
        partial_budget = typo_budget(size + 1)
        if partial_budget:
            for extra in (0, 1):
                cut = self._tokens_cut_to(size + extra)
                partial = process.cdist(
                    [word], cut, scorer=OSA.distance, score_cutoff=partial_budget, dtype=np.int32
                )[0]
                usable = (partial <= partial_budget) & (lengths > size + extra)
                typo = FUZZY_CEILING * (1 - partial / (size + extra)) - PARTIAL_TYPO_PENALTY
                body = np.maximum(body, np.where(usable, typo, 0.0))
        scores[:-1] = body
        return scores

    def name_scores(self, query: str) -> np.ndarray:
        """Score (0-100, float) of every name for ``query``."""
        import numpy as np

        words = name_tokens(query)[:MAX_QUERY_TOKENS]
        if not words or not self.names:
            return np.zeros(len(self.names))
        per_word = np.vstack(
            [self._token_scores(w)[self.name_token_matrix].max(axis=1) for w in words]
        )
        scores = np.where((per_word > 0).all(axis=0), per_word.mean(axis=0), 0.0)
        if len(words) == 1 and len(words[0]) >= 2:
            for table, value in (
                (self.acronym_prefixes, ACRONYM_PREFIX_SCORE),
                (self.acronyms, ACRONYM_SCORE),
            ):
                rows = list(table.get(words[0], ()))
                if rows:
                    scores[rows] = np.maximum(scores[rows], value)
        return scores

    def rank(self, query: str, limit: int = 20) -> list[ActorMatch]:
        """The actors matching ``query``, best first, at most ``limit``."""
        import numpy as np

        scores = self.name_scores(query)
        rounded = np.rint(scores)
        candidates = np.flatnonzero(rounded > 0)
        if candidates.size == 0 or limit <= 0:
            return []
        # Best score first, then the most mentioned actor, then first appearance
        # (names are stored in actor order, and lexsort is stable).
        order = candidates[np.lexsort((-self.name_weight[candidates], -rounded[candidates]))]
        matches: list[ActorMatch] = []
        taken: set[int] = set()
        for row in order.tolist():
            position = self.name_actor[row]
            if position in taken:
                continue
            taken.add(position)
            matches.append(ActorMatch(self.actors[position], self.names[row], int(rounded[row])))
            if len(matches) >= limit:
                break
        return matches

    def most_mentioned(self, limit: int = 20) -> list[ActorMatch]:
        """All actors by mention count, for an empty query: browsing instead of searching."""
        ordered = sorted(self.actors, key=lambda a: -len(a.mentions))[: max(0, limit)]
        return [ActorMatch(actor, actor.name, 0) for actor in ordered]


_last_index: list[tuple[Analysis, ActorIndex]] = []


def index_for(analysis: Analysis) -> ActorIndex:
    """The ActorIndex of ``analysis``, kept for the last analysis asked about.

    The overlay and the palette open many times over one analysis; the identity
    check is cheap where hashing an Analysis (its whole text) would not be.
    """
    if _last_index and _last_index[0][0] is analysis:
        return _last_index[0][1]
    index = ActorIndex.build(analysis)
    _last_index[:] = [(analysis, index)]
    return index


def mentions_after(actor: Actor, offset: int) -> tuple[Span, ...]:
    """The actor's mentions from the first one at or after ``offset``, wrapping round."""
    mentions = actor.mentions
    first = bisect.bisect_left([m.start for m in mentions], offset)
    return mentions[first:] + mentions[:first]


def first_mention_after(actor: Actor, offset: int, written_as: str | None = None) -> Span | None:
    """Where a jump to ``actor`` lands: its first mention at or after ``offset``.

    With ``written_as`` (the alias the query matched), the first mention written
    that way is preferred: typing "kremlin" for the Russian government should land
    on "the Kremlin", not on the next "Moscow". Falls back to any mention.
    """
    mentions = mentions_after(actor, offset)
    if written_as is not None and written_as != actor.name:
        wanted = name_tokens(written_as)
        for span in mentions:
            if name_tokens(span.text) == wanted:
                return span
    return mentions[0] if mentions else None


def context_snippet(text: str, start: int, end: int, width: int = 72) -> Snippet:
    """About ``width`` characters of one-line context around ``text[start:end]``.

    Cut at word boundaries, with an ellipsis where text was left out; line breaks
    and runs of spaces become one space.
    """
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    room = max(0, width - (end - start))
    left = max(0, start - room // 2)
    right = min(len(text), end + room - (start - left))
    left = max(0, min(left, start - (room - (right - end))))
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right

    def one_line(part: str) -> str:
        return re.sub(r"\s+", " ", part)

    before = ("…" if left > 0 else "") + one_line(text[left:start]).lstrip()
    mention = one_line(text[start:end])
    after = one_line(text[end:right]).rstrip() + ("…" if right < len(text) else "")
    return Snippet(before + mention + after, len(before), len(before) + len(mention))


_SENTENCE = re.compile(r"[^\n]+?(?:[.!?][\"'\u201d\u2019)\]]*(?=\s)|(?=\n)|$)", re.DOTALL)


@dataclass(frozen=True, slots=True)
class SentenceIndex:
    """The text folded once, and its sentences, for plain fuzzy text search."""

    text: str
    folded: str  # same length as ``text``
    sentences: tuple[tuple[int, int], ...]
    folded_sentences: tuple[str, ...]

    @classmethod
    def build(cls, text: str) -> SentenceIndex:
        folded = fold_same_length(text)
        spans = []
        for match in _SENTENCE.finditer(text):
            start, end = match.span()
            start += len(match.group()) - len(match.group().lstrip())
            if end > start:
                spans.append((start, end))
        return cls(text, folded, tuple(spans), tuple(folded[s:e] for s, e in spans))

    def _word_bounds(self, start: int, end: int) -> tuple[int, int]:
        text = self.text
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        while end < len(text) and text[end].isalnum():
            end += 1
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not text[end - 1].isalnum():
            end -= 1
        return start, end

    def search(self, query: str, limit: int = 10) -> list[TextHit]:
        """Exact occurrences first (in text order), then the best fuzzy sentence matches."""
        needle = " ".join(fold_same_length(query).split())
        if len(needle) < 2 or limit <= 0:
            return []
        hits: list[TextHit] = []
        found = self.folded.find(needle)
        while found != -1 and len(hits) < limit:
            hits.append(TextHit(found, found + len(needle), 100))
            found = self.folded.find(needle, found + len(needle))
        if len(hits) >= limit or len(needle) < 4:
            return hits
        taken = {self._sentence_of(h.start) for h in hits}
        best = process.extract(
            needle,
            self.folded_sentences,
            scorer=fuzz.partial_ratio,
            score_cutoff=TEXT_CUTOFF,
            limit=limit + len(taken),
        )
        for _, score, index in best:
            if index in taken:
                continue
            sentence_start = self.sentences[index][0]
            align = fuzz.partial_ratio_alignment(needle, self.folded_sentences[index])
            start, end = self._word_bounds(
                sentence_start + align.dest_start, sentence_start + align.dest_end
            )
            if end > start:
                hits.append(TextHit(start, end, round(score)))
            if len(hits) >= limit:
                break
        return hits

    def _sentence_of(self, offset: int) -> int:
        return bisect.bisect_right(self.sentences, (offset, len(self.text) + 1)) - 1


@functools.lru_cache(maxsize=4)
def sentence_index(text: str) -> SentenceIndex:
    """The SentenceIndex of ``text``, kept for the few texts open at a time."""
    return SentenceIndex.build(text)


def search_sentences(text: str, query: str, limit: int = 10) -> list[TextHit]:
    """Plain fuzzy text search: where in ``text`` the query (or something close) is written."""
    return sentence_index(text).search(query, limit)


def find_report(analysis: Analysis, query: str, *, limit: int = 10, fmt: str = "text") -> str:
    """What ``dramatis find`` prints: the best actor matches with their mentions."""
    matches = index_for(analysis).rank(query, limit)
    text = analysis.text
    if fmt == "json":
        items: list[dict[str, Any]] = [
            {
                "actor": {"id": m.actor.id, "name": m.actor.name, "kind": m.actor.kind},
                "alias": m.alias,
                "score": m.score,
                "mentions": [
                    {
                        "start": s.start,
                        "end": s.end,
                        "context": context_snippet(text, s.start, s.end).text,
                    }
                    for s in m.actor.mentions
                ],
            }
            for m in matches
        ]
        return json.dumps(items, ensure_ascii=True)
    lines: list[str] = []
    for m in matches:
        count = len(m.actor.mentions)
        alias = f' as "{m.alias}"' if m.alias != m.actor.name else ""
        lines.append(
            f"{m.score:3d}  {m.actor.name} ({m.actor.kind}, {count} mention{'s' * (count != 1)}){alias}"
        )
        for span in m.actor.mentions[:TEXT_REPORT_MENTIONS]:
            lines.append(
                f"       {span.start:>7}  {context_snippet(text, span.start, span.end).text}"
            )
        if count > TEXT_REPORT_MENTIONS:
            more = count - TEXT_REPORT_MENTIONS
            lines.append(f"                 … and {more} more (all of them with --format json)")
    if not matches:
        lines.append(f"no actor matches {query!r}")
        hits = search_sentences(text, query, limit)
        if hits:
            lines.append("text matches:")
        for hit in hits:
            lines.append(f"       {hit.start:>7}  {context_snippet(text, hit.start, hit.end).text}")
    return "\n".join(lines)
