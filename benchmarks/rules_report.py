"""Per-rule precision of the claim layer against PolNeAR attributions.

usage: python benchmarks/rules_report.py ANALYSIS.jsonl [GOLD_DIR] [--top N]

ANALYSIS.jsonl is ``dramatis analyze --no-cache --format json`` output over the gold
directory's ``*.txt`` files (each claim carries its ``rule``); GOLD_DIR (default
``~/.cache/dramatis-eval/polnear-train``) holds ``NAME.txt`` and ``NAME.gold.json``. The
data is read from there and never enters the project.

Prints, for each rule, how many claims it made, how many matched a gold attribution and
its precision (with cue and source agreement on the matches), then the gold
attributions no claim matched, counted by the last word of their cue ("(no cue)" when
the gold has none): which rule to fix next, and which construction is missing.

Matching follows the PolNeAR scorer's strict criterion, implemented here: a claim
matches an attribution when the characters its content shares with the gold content
fragments are at least half of the gold content and at least half of the claim's
content; pairs are taken one to one, best overlap ratio (shared / union) first. A gold
document with no analysis counts as one with no claims.
"""

from __future__ import annotations

import argparse
import collections
import difflib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

GOLD_DIR = Path("~/.cache/dramatis-eval/polnear-train").expanduser()

Span = tuple[int, int]


@dataclass(frozen=True)
class Predicted:
    rule: str
    content: Span
    cue: Span | None
    source: Span | None


@dataclass(frozen=True)
class Gold:
    content: tuple[Span, ...]
    cues: tuple[Span, ...]
    sources: tuple[Span, ...]
    cue_text: str
    no_source: bool


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


class _Aligner:
    """Maps offsets in the analysed text onto the gold text when the two differ (the
    reader normalises whitespace and control characters)."""

    def __init__(self, ours: str, theirs: str) -> None:
        self.identity = ours == theirs
        if not self.identity:
            matcher = difflib.SequenceMatcher(None, ours, theirs, autojunk=False)
            self.blocks = matcher.get_matching_blocks()

    def pos(self, offset: int) -> int:
        if self.identity:
            return offset
        best = 0
        for a, b, size in self.blocks:
            if a <= offset <= a + size:
                return b + (offset - a)
            if a + size <= offset:
                best = b + size
        return best

    def span(self, span: dict | None) -> Span | None:
        if not span:
            return None
        start, end = self.pos(span["start"]), self.pos(span["end"])
        return (start, end) if start < end else None


def _predictions(obj: dict, gold_text: str) -> list[Predicted]:
    aligner = _Aligner(obj["text"], gold_text)
    found = []
    for claim in obj["claims"]:
        content = aligner.span(claim["content"])
        if content is None:
            continue
        found.append(
            Predicted(
                rule=claim.get("rule") or "(none)",
                content=content,
                cue=aligner.span(claim.get("cue")),
                source=aligner.span(claim.get("source")),
            )
        )
    return found


def _golds(path: Path) -> list[Gold]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        Gold(
            content=tuple(tuple(s) for s in a["content_spans"]),
            cues=tuple(tuple(s) for s in a["cue_spans"]),
            sources=tuple(tuple(s) for s in a["source_spans"]),
            cue_text=a.get("cue_text") or "",
            no_source=bool(a["no_source"]),
        )
        for a in data["attributions"]
    ]


def match(golds: list[Gold], preds: list[Predicted]) -> list[tuple[int, int]]:
    """Strict one-to-one matches (gold index, prediction index)."""
    pairs = []
    for gi, g in enumerate(golds):
        glen = sum(e - s for s, e in g.content)
        for pi, p in enumerate(preds):
            shared = sum(_overlap(p.content, f) for f in g.content)
            plen = p.content[1] - p.content[0]
            if shared and shared >= 0.5 * glen and shared >= 0.5 * plen:
                pairs.append((shared / (glen + plen - shared), gi, pi))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def _last_word(cue: str) -> str:
    words = cue.lower().replace("\u2019", "'").split()
    if not words:
        return "(no cue)"
    return words[-1].strip(".,;:\"'()\u201c\u201d") or "(punctuation)"


def report(analysis: Path, gold_dir: Path, top: int) -> str:
    objects = {}
    for line in analysis.read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            objects[Path(obj["source"]).name.removesuffix(".txt")] = obj
    made: collections.Counter[str] = collections.Counter()
    hits: collections.Counter[str] = collections.Counter()
    cue_ok: collections.Counter[str] = collections.Counter()
    source_ok: collections.Counter[str] = collections.Counter()
    missed: collections.Counter[str] = collections.Counter()
    gold_total = 0
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        name = gold_path.name.removesuffix(".gold.json")
        golds = _golds(gold_path)
        gold_total += len(golds)
        obj = objects.get(name)
        text = (gold_dir / f"{name}.txt").read_text(encoding="utf-8")
        preds = _predictions(obj, text) if obj is not None else []
        made.update(p.rule for p in preds)
        matched = match(golds, preds)
        for gi, pi in matched:
            g, p = golds[gi], preds[pi]
            hits[p.rule] += 1
            cue_ok[p.rule] += bool(p.cue and any(_overlap(p.cue, f) for f in g.cues))
            if g.no_source or not g.sources:
                source_ok[p.rule] += p.source is None
            else:
                source_ok[p.rule] += bool(
                    p.source and any(_overlap(p.source, f) for f in g.sources)
                )
        found = {gi for gi, _ in matched}
        missed.update(_last_word(g.cue_text) for gi, g in enumerate(golds) if gi not in found)
    return _table(made, hits, cue_ok, source_ok, missed, gold_total, top)


def _table(made, hits, cue_ok, source_ok, missed, gold_total, top) -> str:
    lines = [
        "| rule | claims | matched | precision | cue ok | source ok |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for rule, n in sorted(made.items(), key=lambda kv: (-kv[1], kv[0])):
        h = hits[rule]
        lines.append(f"| `{rule}` | {n} | {h} | {h / n:.3f} | {cue_ok[rule]} | {source_ok[rule]} |")
    pred, strict = sum(made.values()), sum(hits.values())
    p = strict / pred if pred else 0.0
    r = strict / gold_total if gold_total else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    lines.append(
        f"| **all** | {pred} | {strict} | {p:.3f} | {sum(cue_ok.values())} | "
        f"{sum(source_ok.values())} |"
    )
    lines += [
        "",
        f"gold {gold_total}, matched {strict}: P {p:.3f} R {r:.3f} F1 {f1:.3f}",
        "",
        f"Missed gold attributions by the last word of the cue (top {top} of "
        f"{sum(missed.values())}):",
        "",
        "| last word of cue | missed |",
        "|---|---:|",
    ]
    lines += [f"| {word} | {n} |" for word, n in missed.most_common(top)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("analysis", type=Path, help="dramatis analyze --format json output")
    ap.add_argument("gold_dir", type=Path, nargs="?", default=GOLD_DIR)
    ap.add_argument("--top", type=int, default=30, help="cue words of missed gold to list")
    args = ap.parse_args(argv)
    if not any(args.gold_dir.glob("*.gold.json")):
        print(f"no *.gold.json in {args.gold_dir}", file=sys.stderr)
        return 2
    print(report(args.analysis, args.gold_dir, args.top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
