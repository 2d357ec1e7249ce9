"""Memory: peak resident set size for analysing the whole book.

    python benchmarks/bench_memory.py [--limit-chars N] [--mode MODE]

Each mode runs in a fresh interpreter (so that peaks do not carry over):
``pipe`` (baseline) is bare ``nlp.pipe`` over the same paragraphs, keeping nothing;
``inprocess`` is ``iter_analysis`` in one process; ``stream`` is the reader's way,
parse workers plus this process, with partial analyses every 0.5 s. Peaks are from
getrusage (this process) and, for the workers, from sampling /proc every 50 ms
(their sum with this process at the same moment).
"""

from __future__ import annotations

import json
import subprocess
import sys

from _common import RssSampler, load_book, load_note, machine, parser, peak_rss_self_mib

MODES = ("pipe", "inprocess", "stream")


def run_mode(mode: str, book, limit_chars: int) -> dict[str, float]:
    from dramatis import analyzer
    from dramatis.pipeline import load_pipeline

    document = load_book(book, limit_chars)
    with RssSampler() as sampler:
        if mode == "pipe":
            nlp = load_pipeline()
            for _doc in nlp.pipe((t for t, _ in analyzer.chunks(document)), batch_size=64):
                pass
        elif mode == "inprocess":
            nlp = load_pipeline()
            for _item in analyzer.iter_analysis(document, nlp, partial_every=0.5):
                pass
        else:
            for _item in analyzer.stream(document, jobs=1, partial_every=0.5):
                pass
    return {"self_mib": peak_rss_self_mib(), "total_mib": sampler.peak_total_kib / 1024}


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--mode", choices=MODES, help="run one mode here and print JSON (internal)")
    args = p.parse_args()
    if args.mode:
        print(json.dumps(run_mode(args.mode, args.book, args.limit_chars)))
        return
    print(f"machine: {machine()}; {load_note()}")
    document = load_book(args.book, args.limit_chars)
    print(f"text: {len(document.text):,} chars")
    results = {}
    for mode in MODES:
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--mode",
                mode,
                "--book",
                str(args.book),
                "--limit-chars",
                str(args.limit_chars),
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        results[mode] = json.loads(out.strip().splitlines()[-1])
    base = results["pipe"]["total_mib"]
    labels = {
        "pipe": "bare nlp.pipe (baseline)",
        "inprocess": "analysis in one process",
        "stream": "stream: parse worker + this process",
    }
    for mode in MODES:
        r = results[mode]
        print(
            f"{labels[mode]:<38} peak RSS this process {r['self_mib']:7.0f} MiB, "
            f"with workers {r['total_mib']:7.0f} MiB, ratio {r['total_mib'] / base:5.2f}"
        )


if __name__ == "__main__":
    main()
