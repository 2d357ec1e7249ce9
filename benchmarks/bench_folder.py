"""Actors across a folder: the cross-document index, a cached reopen, and the library's
responsiveness while a 200-article folder is analysed.

    python benchmarks/bench_folder.py [--copies N] [--presses N] [--skip-tmux]

Makes a folder of the 20 corpus articles (tests/fixtures/corpus) and one of
``--copies`` (default 10) copies of each under new names (200 articles), in a
throwaway home with an empty cache, then:

1. in process: analyses the 20 articles once (cached), then times
   ``dramatis.entities.link`` and the jump's ``entity_search.search_index`` over the
   20 and over the 200 (the copies' analyses, as the cache serves them: the same
   text under another name), the gazetteer's one-time build apart, and the
   library's whole cached path (every cache entry read, then linked);
2. in tmux (120x40): ``dramatis FOLDER`` on the 200 with the cache warm: time to
   the library's first paint and to "actors across 200 articles"; then, as the
   idle baseline, key-to-screen latency of j/k (cursor), A/Escape (actors screen and
   back) and / Escape (jump overlay);
3. the same keys on ``dramatis --no-cache FOLDER`` while its heading says it is
   analysing (every article parsed again, one worker process), and quitting then.
"""

from __future__ import annotations

import dataclasses
import shlex
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from _common import ROOT, Tmux, dramatis_command, isolated_env, load_note, machine, parser

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
EXITED = "DRAMATIS-EXITED"


def make_folders(base: Path, copies: int) -> tuple[Path, Path]:
    small, large = base / "corpus-20", base / f"corpus-{20 * copies}"
    small.mkdir()
    large.mkdir()
    for path in sorted(CORPUS.glob("*.txt")):
        shutil.copy(path, small / path.name)
        for k in range(copies):
            shutil.copy(path, large / f"{k:02d}-{path.name}")
    return small, large


def best(fn, runs: int = 5) -> tuple[float, float, object]:
    """Median wall and CPU seconds of ``runs`` calls, and the last result."""
    walls, cpus = [], []
    result = None
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), result


def in_process(small: Path, large: Path) -> None:
    from dramatis import cache
    from dramatis.entities import link
    from dramatis.entity_search import search_index
    from dramatis.gazetteer import gazetteer
    from dramatis.inputs import load_folder

    documents = load_folder(small)
    started = time.perf_counter()
    analyses = [cache.analyze_cached(d) for d in documents]
    print(f"analysing the 20 articles (cold, 1 worker): {time.perf_counter() - started:.1f} s")
    wall, cpu, _ = best(gazetteer, runs=1)
    print(f"gazetteer build (once per process): {wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU")
    large_documents = load_folder(large)
    by_text = {a.text: a for a in analyses}
    copies = [
        dataclasses.replace(by_text[d.text], source=d.source, title=d.title)
        for d in large_documents
    ]
    for label, set_ in (("20 articles", analyses), (f"{len(copies)} articles", copies)):
        wall, cpu, index = best(lambda s=set_: link(s))
        actors = sum(len(a.actors) for a in set_)
        print(
            f"link, {label} ({actors} actors -> {len(index.entities)} entities): "
            f"{wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU (median of 5)"
        )
        wall, cpu, _ = best(lambda i=index: search_index(i))
        print(f"  jump index over them: {wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU")

    def cached_path():
        return link([cache.analyze_cached(d) for d in large_documents])

    wall, cpu, _ = best(cached_path, runs=3)
    print(
        f"library's cached path, {len(large_documents)} articles (read every entry, link): "
        f"{wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU (median of 3)"
    )


def heading(screen: str) -> str:
    lines = screen.splitlines()
    return lines[1] if len(lines) > 1 else ""


def rows(screen: str) -> str:
    """The library's table, without its heading (which shows progress by itself)."""
    return "\n".join(screen.splitlines()[3:-1])


def styled_rows(tmux: Tmux) -> str:
    """The table with its colours: the cursor row is only a colour."""
    return rows(tmux._tmux("capture-pane", "-p", "-e", "-t", "app"))


def time_keys(tmux: Tmux, presses: int) -> dict[str, list[float]]:
    timings: dict[str, list[float]] = {"j/k": [], "A": [], "escape (actors)": [], "/": []}
    timings["escape (jump)"] = []
    for i in range(presses):
        before = styled_rows(tmux)
        sent = time.perf_counter()
        tmux.keys("j" if i % 2 == 0 else "k")
        while styled_rows(tmux) == before:
            if time.perf_counter() - sent > 20:
                raise TimeoutError("the cursor never moved")
            time.sleep(0.002)
        timings["j/k"].append(time.perf_counter() - sent)
    for _ in range(max(3, presses // 3)):
        for key, label, predicate in (
            ("A", "A", lambda s: "Actors across the library" in s),
            ("Escape", "escape (actors)", lambda s: heading(s).lstrip().startswith("Library")),
            ("/", "/", lambda s: "Jump to an actor of any article" in s or "╭" in s),
            ("Escape", "escape (jump)", lambda s: "╭" not in s),
        ):
            sent = time.perf_counter()
            tmux.keys(key)
            seen, _ = tmux.wait_for(predicate, timeout=20)
            timings[label].append(seen - sent)
            time.sleep(0.3)  # an Escape right before a key reads as Alt+key
    return timings


def summary(values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    if not ms:
        return "no measurements"
    p90 = ms[min(len(ms) - 1, round(0.9 * (len(ms) - 1)))]
    return f"median {statistics.median(ms):.0f} ms, p90 {p90:.0f} ms, max {ms[-1]:.0f} ms (n={len(ms)})"


def in_tmux(large: Path, env: dict[str, str], presses: int) -> None:
    count = len(list(large.glob("*.txt")))
    tmux = Tmux()
    try:
        command = f"{dramatis_command()} {shlex.quote(str(large))}; echo {EXITED}"
        started = tmux.start(command, env)
        painted, _ = tmux.wait_for(lambda s: "Library —" in s, timeout=60)
        ready, _ = tmux.wait_for(lambda s: f"actors across {count} articles" in s, timeout=300)
        print(
            f"cached reopen, {count} articles: library painted {painted - started:.2f} s after "
            f"launch, actors across all {ready - started:.2f} s after launch"
        )
        idle = time_keys(tmux, presses)
        tmux.keys("q")
        tmux.wait_for(lambda s: EXITED in s, timeout=30)

        command = f"{dramatis_command()} --no-cache {shlex.quote(str(large))}; echo {EXITED}"
        tmux.start(command, env)
        tmux.wait_for(
            lambda s: "analysing" in heading(s) and "analysing 0/" not in heading(s), timeout=180
        )
        first = heading(tmux.screen()).split("analysing", 1)[1].split()[0]
        busy = time_keys(tmux, presses)
        last_heading = heading(tmux.screen())
        still = "analysing" in last_heading
        last = last_heading.split("analysing", 1)[1].split()[0] if still else "done"
        sent = time.perf_counter()
        tmux.keys("q")
        exited, _ = tmux.wait_for(lambda s: EXITED in s, timeout=30)
    finally:
        tmux.close()
    print(f"keys on the idle library ({count} articles, analysed):")
    for key, values in idle.items():
        print(f"  {key:<16} {summary(values)}")
    print(f"the same keys while the {count} articles are analysed (from {first} to {last}):")
    for key, values in busy.items():
        print(f"  {key:<16} {summary(values)}")
    print(f"quit while analysing: exited {(exited - sent) * 1000:.0f} ms after q")


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--copies", type=int, default=10)
    p.add_argument("--presses", type=int, default=20)
    p.add_argument("--skip-tmux", action="store_true")
    args = p.parse_args()
    print(f"machine: {machine()}; {load_note()}")
    with tempfile.TemporaryDirectory() as home:
        env = isolated_env(Path(home))
        import os

        os.environ.update({k: v for k, v in env.items() if k.startswith("XDG_")})
        small, large = make_folders(Path(home), args.copies)
        in_process(small, large)
        if not args.skip_tmux:
            in_tmux(large, env, args.presses)
    print(f"at the end: {load_note()}")


if __name__ == "__main__":
    main()
