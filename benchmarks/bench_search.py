"""Jump search speed: one keystroke's actor ranking on the largest actor set we have.

    python benchmarks/bench_search.py [--limit-chars N] [--repeat R] [--refresh]

The actor set is the full dramatis analysis of the 3 MB book (War and Peace). That
analysis takes minutes, so it is cached in the system temp dir (keyed by the
book's path, size and mtime and --limit-chars); --refresh recomputes it, e.g. after
the actor layer changed.

Queries are typed one character at a time, as in the overlay: every prefix of
every query is one keystroke. Each keystroke is timed for

- ``ActorIndex.rank`` (dramatis: distinct names, precomputed tokens), and
- the baseline, ``rapidfuzz.process.extract(prefix, names, limit=20)`` with its
  default scorer (WRatio) over the same distinct names,

in the same process, interleaved, best of R runs per keystroke. The plain-text
fallback (``search_sentences`` over the whole book) is timed too, for the record.
"""

from __future__ import annotations

import hashlib
import statistics
import tempfile
import time
from pathlib import Path

from _common import load_book, load_note, machine, parser

# Names from the book typed right, misspelt, partly, or in another order.
QUERIES = (
    "natasha",
    "pierre bezukhov",
    "bolkonski",  # Bolkonsky
    "kutusov",  # Kutuzov
    "napolean",  # Napoleon
    "rostov nicholas",  # word order
    "denisov",
    "anatole",
    "moscow",
    "dolokhov",
    "petersburg",
    "bagration",
)
FRAME_MS = 1000 / 60


def cached_analysis(book: Path, limit_chars: int, refresh: bool):
    from dramatis.analysis import Analysis

    stat = book.stat()
    key = hashlib.sha1(f"{book.resolve()}|{stat.st_size}|{stat.st_mtime}|{limit_chars}".encode())
    path = Path(tempfile.gettempdir()) / f"dramatis-bench-search-{key.hexdigest()[:16]}.json"
    if path.exists() and not refresh:
        print(f"actor set: cached analysis {path}")
        return Analysis.from_dict(__import__("json").loads(path.read_text(encoding="utf-8")))
    from dramatis.analyzer import analyze_document

    document = load_book(book, limit_chars)
    print(f"actor set: analysing {len(document.text):,} characters (once; cached to {path}) ...")
    started = time.perf_counter()
    analysis = analyze_document(document)
    print(f"  analysed in {time.perf_counter() - started:.0f} s")
    path.write_text(analysis.to_json(), encoding="utf-8")
    return analysis


def keystrokes(queries) -> list[str]:
    return [query[:end] for query in queries for end in range(1, len(query) + 1)]


def best_of(fn, query: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        fn(query)
        best = min(best, time.perf_counter() - started)
    return best * 1000


def summary(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"median {statistics.median(ordered):.3f} ms, p95 {p95:.3f} ms, max {ordered[-1]:.3f} ms"


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--repeat", type=int, default=5, help="runs per keystroke; the fastest is kept")
    p.add_argument("--refresh", action="store_true", help="recompute the cached analysis")
    args = p.parse_args()

    from dramatis.search import ActorIndex, search_sentences, sentence_index
    from rapidfuzz import process

    print(f"machine: {machine()}")
    print(load_note())
    analysis = cached_analysis(args.book, args.limit_chars, args.refresh)

    import numpy  # noqa: F401  (loaded by spaCy in the reader long before the index is built)

    started = time.perf_counter()
    index = ActorIndex.build(analysis)
    build_ms = (time.perf_counter() - started) * 1000
    mentions = sum(len(a.mentions) for a in analysis.actors)
    print(
        f"actors {len(index.actors):,}, mentions {mentions:,}, distinct names {len(index.names):,}, "
        f"distinct words {len(index.tokens):,}; index built in {build_ms:.1f} ms"
    )

    names = list(index.names)
    typed = keystrokes(QUERIES)

    def ours(query: str) -> None:
        index.rank(query, 20)

    def baseline(query: str) -> None:
        process.extract(query, names, limit=20)

    # The first pass is cold and run once: the per-length word cuts are built on
    # first use, and a single run also catches whatever else the machine is doing.
    cold = [best_of(ours, q, 1) for q in typed]
    ours_ms: list[float] = []
    base_ms: list[float] = []
    for query in typed:
        ours_ms.append(best_of(ours, query, args.repeat))
        base_ms.append(best_of(baseline, query, args.repeat))

    med_ours, med_base = statistics.median(ours_ms), statistics.median(base_ms)
    print(
        f"\none keystroke's ranking, {len(typed)} keystrokes ({len(QUERIES)} queries), best of {args.repeat}:"
    )
    print(f"  dramatis ActorIndex.rank      {summary(ours_ms)}")
    print(f"  dramatis, first pass (cold)   {summary(cold)}")
    print(f"  baseline process.extract     {summary(base_ms)}")
    print(
        f"  ratio dramatis/baseline (median) {med_ours / med_base:.2f}; "
        f"dramatis median is {med_ours / FRAME_MS:.1%} of a 60 Hz frame ({FRAME_MS:.1f} ms)"
    )

    print("\nwhat each finds first:")
    for query in QUERIES:
        mine = index.rank(query, 1)
        theirs = process.extract(query, names, limit=1)
        mine_text = f"{mine[0].actor.name} ({mine[0].score})" if mine else "-"
        theirs_text = f"{theirs[0][0]} ({theirs[0][1]:.0f})" if theirs else "-"
        print(f"  {query:18} dramatis: {mine_text:38} baseline: {theirs_text}")

    started = time.perf_counter()
    sentences = sentence_index(analysis.text)
    sentence_build_ms = (time.perf_counter() - started) * 1000
    fallback = [best_of(lambda q: search_sentences(analysis.text, q, 12), q, 1) for q in typed]
    print(
        f"\ntext fallback over {len(sentences.sentences):,} sentences "
        f"(index built in {sentence_build_ms:.0f} ms): {summary(fallback)}"
    )


if __name__ == "__main__":
    main()
