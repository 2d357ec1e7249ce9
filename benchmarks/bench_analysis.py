"""Analysis throughput: dramatis' whole analysis against bare ``nlp.pipe``, 1 and 2 jobs.

    python benchmarks/bench_analysis.py [--limit-chars N] [--only NAME ...] [--repeat R]

Every case runs over the same paragraphs (``dramatis.analyzer.chunks``) in this process;
ratios are against the baseline, bare ``nlp.pipe`` with the full pipeline (every
component the model ships, as a user running spaCy would), batch size 64. CPU time
(this process plus its worker processes) is the fair figure on a shared machine;
wall time is what the user waits, and is what counts for the jobs comparison.
"""

from __future__ import annotations

import os
import time

from _common import load_book, load_note, machine, parser, words

CASES = (
    "pipe_full",
    "pipe_disabled",
    "inprocess",
    "inprocess_partials",
    "stream_1",
    "stream_2",
    "pipe_full_nproc2",
)


def _cpu_now() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument(
        "--only", nargs="*", choices=CASES, help="run only these cases (baseline always runs)"
    )
    p.add_argument(
        "--partial-every", type=float, default=0.5, help="seconds between partials (0.5)"
    )
    p.add_argument("--repeat", type=int, default=1, help="runs per case; the fastest is kept")
    args = p.parse_args()

    from dramatis import analyzer
    from dramatis.pipeline import describe, disabled_for, load_pipeline

    document = load_book(args.book, args.limit_chars)
    pieces = analyzer.chunks(document)
    texts = [t for t, _ in pieces]
    nlp = load_pipeline()
    disabled = disabled_for(nlp, analyzer.needed_annotations())
    print(f"machine: {machine()}")
    print(f"model: {describe(nlp)}; components {nlp.pipe_names}; analysis disables {disabled}")
    print(f"text: {len(document.text):,} chars, {words(document):,} words, {len(pieces):,} pieces")
    print(f"before: {load_note()}")
    list(nlp.pipe(texts[:50]))  # warm-up: first-call allocations are not anyone's cost

    def bare(disable=(), n_process=1):
        for _doc in nlp.pipe(texts, batch_size=64, disable=list(disable), n_process=n_process):
            pass
        return 0, 0.0

    def run_iter(partial_every=None):
        partials = 0
        for item in analyzer.iter_analysis(document, nlp, partial_every=partial_every):
            partials += item.analysis is not None and not item.finished
        return partials, 0.0

    def run_stream(jobs, partial_every):
        partials = 0
        for item in analyzer.stream(document, jobs=jobs, partial_every=partial_every):
            partials += item.analysis is not None and not item.finished
        # The finished stream leaves its workers idle for reuse; once stopped and
        # joined, their CPU time shows in os.times()' children figures.
        analyzer.shutdown_workers()
        return partials, 0.0

    cases = {
        "pipe_full": ("bare nlp.pipe, full pipeline (baseline)", lambda: bare()),
        "pipe_disabled": (f"bare nlp.pipe without {disabled}", lambda: bare(disabled)),
        "inprocess": ("analysis in process (iter_analysis), no partials", lambda: run_iter()),
        "inprocess_partials": (
            f"analysis in process, partials every {args.partial_every}s",
            lambda: run_iter(args.partial_every),
        ),
        "stream_1": (
            f"stream, 1 worker (cold start), partials every {args.partial_every}s",
            lambda: run_stream(1, args.partial_every),
        ),
        "stream_2": (
            f"stream, 2 workers (cold start), partials every {args.partial_every}s",
            lambda: run_stream(2, args.partial_every),
        ),
        "pipe_full_nproc2": (
            "bare nlp.pipe, full pipeline, n_process=2",
            lambda: bare(n_process=2),
        ),
    }
    selected = ["pipe_full", *(c for c in CASES[1:] if not args.only or c in args.only)]
    n_words = words(document)
    base_wall = base_cpu = None
    print(f"{'case':<66} {'wall s':>8} {'ratio':>6} {'cpu s':>8} {'ratio':>6}  words/s(wall)")
    for name in selected:
        label, fn = cases[name]
        best = None
        for _ in range(max(1, args.repeat)):
            cpu0, wall0 = _cpu_now(), time.perf_counter()
            partials, extra_cpu = fn()
            wall = time.perf_counter() - wall0
            cpu = _cpu_now() - cpu0 + extra_cpu
            if best is None or wall < best[0]:
                best = (wall, cpu, partials)
        wall, cpu, partials = best
        base_wall, base_cpu = base_wall or wall, base_cpu or cpu
        note = f"  {partials} partials" if partials else ""
        print(
            f"{label:<66} {wall:8.2f} {wall / base_wall:6.3f} {cpu:8.2f} {cpu / base_cpu:6.3f}"
            f"  {n_words / wall:7,.0f}{note}",
            flush=True,
        )
    print(f"after: {load_note()}")


if __name__ == "__main__":
    main()
