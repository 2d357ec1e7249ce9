"""Draw the seeded random sample of unattributed claims (kind ``other``) to judge by hand.

usage: python benchmarks/hedged_sample.py ANALYSES.jsonl... [--n 50] [--seed 13] [--show]

ANALYSES.jsonl: output of ``dramatis analyze --no-cache --format json``, e.g. over the
PolNeAR train texts (~/.cache/dramatis-eval/polnear-train/*.txt) and the corpus articles
(tests/fixtures/corpus/*.txt). Every kind-``other`` claim of every file is pooled (in file
and claim order), and ``--n`` are drawn with ``random.Random(seed)``.

Prints one Markdown table row per drawn claim: document, rule, cue and content offsets.
Only a corpus article's row quotes its text (CC BY, credited in
tests/fixtures/corpus/SOURCES.md): PolNeAR's text has no licence, so its rows give the
document id and offsets alone. ``--show`` prints the text of every claim to the terminal,
for judging; that output must not be committed.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path


def pooled(paths: list[Path]) -> list[tuple[str, bool, dict, str]]:
    """(document id, is a corpus article, claim, document text) for every kind-``other``
    claim."""
    pool = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            analysis = json.loads(line)
            source = Path(analysis["source"])
            corpus = source.parent.name == "corpus"
            for claim in analysis["claims"]:
                if claim["kind"] == "other":
                    pool.append((source.stem, corpus, claim, analysis["text"]))
    return pool


def _quoted(text: str, width: int = 160) -> str:
    line = " ".join(text.split()).replace("|", "\\|")
    return line if len(line) <= width else line[: width - 1] + "…"


def row(n: int, doc: str, corpus: bool, claim: dict) -> str:
    cue, content = claim["cue"], claim["content"]
    source = claim["source"]
    where = f"{cue['start']}-{cue['end']} / {content['start']}-{content['end']}"
    if source is not None:
        where += f" / src {source['start']}-{source['end']}"
    text = ""
    if corpus:
        src = f"{_quoted(source['text'], 40)}: " if source else ""
        text = f"{src}*{_quoted(cue['text'], 40)}* — {_quoted(content['text'])}"
    return f"| {n} | {doc} | `{claim.get('rule', '')}` | {where} | {text} |  |"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("analyses", nargs="+", type=Path)
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--show", action="store_true", help="print each claim's text (not to commit)")
    args = ap.parse_args()
    pool = pooled(args.analyses)
    drawn = random.Random(args.seed).sample(pool, min(args.n, len(pool)))
    print(f"pool: {len(pool)} claims of kind other; drawn: {len(drawn)} (seed {args.seed})")
    print()
    print("| # | document | rule | cue / content / source offsets | text (corpus only) | verdict |")
    print("| ---: | --- | --- | --- | --- | --- |")
    for n, (doc, corpus, claim, text) in enumerate(drawn, 1):
        print(row(n, doc, corpus, claim))
        if args.show:
            source = claim["source"]["text"] if claim["source"] else "-"
            start = min(claim["cue"]["start"], claim["content"]["start"])
            end = max(claim["cue"]["end"], claim["content"]["end"])
            print(f"      SOURCE {source} | CUE {claim['cue']['text']}")
            print(f"      CONTENT {' '.join(claim['content']['text'].split())}")
            print(f"      CONTEXT {' '.join(text[max(0, start - 200) : end + 80].split())}")


if __name__ == "__main__":
    main()
