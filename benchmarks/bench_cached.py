"""Cached reopen: with the book's analysis cached, how soon are highlights and panels ready.

    python benchmarks/bench_cached.py [--limit-chars N] [--cache-home DIR] [--runs N]

The first run analyses the book once (minutes; ``--jobs 2``) into a cache kept in
``--cache-home`` so that later runs reuse it. Then it times, in this process, loading
the cached analysis (``dramatis.cache.stream``'s single item: hashing the text, reading
and decoding the JSON, checking spans), and in a private tmux server, from running
``dramatis FILE`` until the status line says "ready". Baseline: the time to the
first page of the same file in the same run (text on screen, analysis not yet shown).
"""

from __future__ import annotations

import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import Tmux, dramatis_command, isolated_env, load_book, load_note, machine, parser

DEFAULT_HOME = Path(tempfile.gettempdir()) / "dramatis-bench-home"


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--cache-home", type=Path, default=DEFAULT_HOME)
    p.add_argument("--runs", type=int, default=3)
    args = p.parse_args()
    env = isolated_env(args.cache_home)
    os.environ.update(env)  # before dramatis.cache decides where the cache is

    from dramatis import cache

    document = load_book(args.book, args.limit_chars)
    path = args.book
    if args.limit_chars:
        path = args.cache_home / f"prefix-{args.limit_chars}.txt"
        path.write_text(document.text, encoding="utf-8")
        document = load_book(path)
    print(f"machine: {machine()}; {load_note()}")
    print(f"text: {len(document.text):,} chars; cache in {cache.cache_dir()}")

    started = time.perf_counter()
    first = next(iter(cache.stream(document)))
    if not first.finished:
        print("not cached yet: analysing once with 2 jobs (this takes a while)...", flush=True)
        cache.analyze_cached(document, jobs=2)
        print(f"  analysed and cached in {time.perf_counter() - started:.0f} s", flush=True)
    loads = []
    for _ in range(args.runs):
        began = time.perf_counter()
        item = next(iter(cache.stream(document)))
        loads.append(time.perf_counter() - began)
        assert item.finished and item.analysis is not None
    analysis = item.analysis
    entry = max(cache.cache_dir().glob("*.json"), key=lambda p: p.stat().st_mtime)
    mentions = sum(len(a.mentions) for a in analysis.actors)
    print(
        f"cached analysis: {len(analysis.actors):,} actors, {mentions:,} mentions, "
        f"{len(analysis.claims):,} claims; cache file {entry.stat().st_size / 1e6:.1f} MB"
    )
    print(f"loading it in process (dramatis.cache.stream): median {statistics.median(loads):.3f} s")

    def rekey_for_a_fresh_reader() -> None:
        """The cache key carries a digest of the analyser's sources; if they changed
        since the cache was filled (other work in the same checkout), store the same
        analysis under the key a freshly started reader computes: loading it costs
        the same, and this benchmark is about loading."""
        probe = (
            "import sys; from dramatis import cache; from dramatis.inputs import load_many\n"
            "(d,) = load_many([sys.argv[1]])\n"
            "print(cache.cache_key(d.text, cache.model_identity(None)))\n"
        )
        fresh_key = subprocess.run(
            [sys.executable, "-c", probe, str(path)],
            capture_output=True,
            text=True,
            env={**os.environ, **env},
            check=True,
        ).stdout.split()[-1]
        target = entry.with_name(f"{fresh_key}{entry.suffix}")
        if not target.exists():
            data = json.loads(entry.read_bytes())
            data["key"] = fresh_key
            target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    first_page_expected = " ".join(document.paragraph_text(document.paragraphs[0]).split())[:30]
    tmux = Tmux()
    try:
        pages, readies = [], []
        for _ in range(args.runs):
            rekey_for_a_fresh_reader()
            launched = tmux.start(f"{dramatis_command()} {shlex.quote(str(path))}", env)
            page, _ = tmux.wait_for(lambda s: first_page_expected in s, timeout=60)
            ready, screen = tmux.wait_for(lambda s: "ready ·" in s or "analysing" in s, timeout=120)
            if "ready ·" not in screen:
                raise SystemExit(
                    "the reader is analysing: the cache missed (the analyser's sources, part "
                    "of the cache key, changed since the cache was filled?); run again"
                )
            pages.append(page - launched)
            readies.append(ready - launched)
            tmux.keys("q")
    finally:
        tmux.close()
    page, ready = statistics.median(pages), statistics.median(readies)
    print(
        f"reader: first page {page:.3f} s (baseline), highlights and panels ready "
        f"{ready:.3f} s (median of {args.runs}); ratio {ready / page:.2f}"
    )


if __name__ == "__main__":
    main()
