"""Responsiveness: key-to-screen latency while the book is being analysed, and quitting.

    python benchmarks/bench_latency.py [--presses N] [--jobs J] [--limit-chars N]

Runs the reader in a private tmux server (120x40, empty cache) and, while the status
says it is analysing, presses keys that move the page (space, b, j, k, G, g) and
times each until tmux's screen shows the article pane change, then opens and closes
the jump overlay (/, Escape) the same way; then presses q and times
until the program has exited, and checks that no parse worker outlived it.
Baseline: the same presses on the seed once its analysis has finished (an idle
reader) in the same run. Last, headless (Textual's Pilot), the time each key takes
to be handled while the book is analysed with spaCy in a worker process, as the
reader does, against spaCy in the reader's own thread (why it does).
"""

from __future__ import annotations

import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import (
    ROOT,
    Tmux,
    command_line,
    descendants,
    dramatis_command,
    isolated_env,
    load_note,
    machine,
    parser,
)

EXITED = "DRAMATIS-EXITED"
# Each key moves the article whatever the position (the seed is over a screen long).
KEYS = ("Space", "b", "j", "k", "G", "g")
ARTICLE_COLUMNS = 70  # the article pane's left part: the side panel and status change by themselves


def article(screen: str, height: int) -> str:
    # Rows above the status line and footer; the status shows progress and moves on its own.
    return "\n".join(line[:ARTICLE_COLUMNS] for line in screen.splitlines()[: height - 3])


def above_status(screen: str, height: int) -> str:
    return "\n".join(screen.splitlines()[: height - 3])


def press_and_time(
    tmux: Tmux, keys: tuple[str, ...], presses: int, region=article
) -> list[tuple[str, float]]:
    latencies = []
    for i in range(presses):
        key = keys[i % len(keys)]
        before = region(tmux.screen(), tmux.height)
        sent = time.perf_counter()
        tmux.keys(key)
        try:
            seen, _ = tmux.wait_for(lambda s, b=before: region(s, tmux.height) != b, timeout=10)
        except TimeoutError:
            print(f"  key {key!r}: no change on screen within 10 s (e.g. already at the end)")
            continue
        latencies.append((key, seen - sent))
    return latencies


def summary(timings: list[tuple[str, float]], key: str | None = None) -> str:
    ms = sorted(v * 1000 for k, v in timings if key is None or k == key)
    if not ms:
        return "no measurements"
    p90 = ms[min(len(ms) - 1, round(0.9 * (len(ms) - 1)))]
    return f"median {statistics.median(ms):.0f} ms, p90 {p90:.0f} ms, max {ms[-1]:.0f} ms (n={len(ms)})"


HEADLESS = """
import asyncio, functools, statistics, sys, time
from dramatis.tui.cli import load_inputs
from dramatis.tui.app import DramatisApp
import dramatis.analyzer as analyzer
if sys.argv[1] == "thread":
    analyzer.stream = functools.partial(analyzer.stream, in_process=True)
documents = load_inputs([sys.argv[2]])
async def main():
    app = DramatisApp(documents, use_cache=False)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(1200):
            await asyncio.sleep(0.05)
            if getattr(app.screen, "analysis_state", "") == "analysing":
                break
        await asyncio.sleep(1)
        timings = []
        for i in range(int(sys.argv[3])):
            began = time.perf_counter()
            await pilot.press(("j", "k", "space", "b")[i % 4])
            timings.append(time.perf_counter() - began)
            await asyncio.sleep(0.05)
        print(" ".join(map(str, timings)), app.screen.analysis_state)
        app.exit()
asyncio.run(main())
"""


def headless_press_times(mode: str, book: Path, presses: int) -> tuple[list[float], str]:
    """Seconds each key press takes to be handled (Pilot.press) while the book is
    analysed, with spaCy in a worker process (``stream``) or in the reader's thread."""
    out = subprocess.run(
        [sys.executable, "-c", HEADLESS, mode, str(book), str(presses)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        timeout=600,
    ).stdout.split()
    return [float(x) for x in out[:-1]], out[-1]


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--presses", type=int, default=30)
    p.add_argument("--jobs", type=int, default=1)
    args = p.parse_args()
    seed = ROOT / "seeds" / "azerbaijan-abraham-accords.txt"
    book = args.book
    if args.limit_chars:
        from _common import load_book

        prefix = load_book(args.book, args.limit_chars).text
        book = Path(tempfile.mkdtemp()) / "book-prefix.txt"
        book.write_text(prefix, encoding="utf-8")
    print(f"machine: {machine()}; {load_note()}")
    tmux = Tmux()
    try:
        with tempfile.TemporaryDirectory() as home:
            env = isolated_env(Path(home))
            # Baseline: an idle reader (the seed, analysed).
            tmux.start(
                f"{dramatis_command()} --no-cache {shlex.quote(str(seed))}; echo {EXITED}", env
            )
            tmux.wait_for(lambda s: "ready ·" in s, timeout=120)
            idle = press_and_time(tmux, KEYS, args.presses)
            quit_sent = time.perf_counter()
            tmux.keys("q")
            idle_exit, _ = tmux.wait_for(lambda s: EXITED in s, timeout=30)
            idle_quit = idle_exit - quit_sent

            command = f"{dramatis_command()} --no-cache --jobs {args.jobs} {shlex.quote(str(book))}"
            tmux.start(f"{command}; echo {EXITED}", env)
            tmux.wait_for(lambda s: "analysing" in s and "%" in s, timeout=120)
            busy = press_and_time(tmux, KEYS, args.presses)
            tmux.keys("Escape")  # back to the article whatever the last key did
            # The jump overlay ("/" opens it over the page, Escape closes it): the whole
            # screen above the status counts, so a panel update may end a wait early.
            jump = press_and_time(tmux, ("/", "Escape"), 10, region=above_status)
            tmux.keys("Escape")
            # An Escape right before a key reads as Alt+key to a terminal program.
            time.sleep(0.5)
            status_line = tmux.screen().splitlines()[tmux.height - 2]
            still = "analysing" in status_line
            shell = tmux.pane_pid()
            workers = [pid for pid in descendants(shell) if "worker_entry" in command_line(pid)]
            quit_sent = time.perf_counter()
            tmux.keys("q")
            exited, _ = tmux.wait_for(lambda s: EXITED in s, timeout=30)
            alive = [pid for pid in workers if Path(f"/proc/{pid}").exists()]
            lingering = [pid for pid in alive if command_line(pid)]
    finally:
        tmux.close()
    print(f"idle reader (seed, analysed):   {summary(idle)}")
    print(
        f"book being analysed (--jobs {args.jobs}): {summary(busy)}"
        f"{'' if still else ' (the analysis finished during the presses)'}"
    )
    print(
        f"jump overlay while analysing: open {summary(jump, '/')}; close {summary(jump, 'Escape')}"
    )
    if idle and busy:
        ratio = statistics.median(v for _, v in busy) / statistics.median(v for _, v in idle)
        print(f"ratio busy/idle (medians): {ratio:.2f}")
    print(
        f"quit during the analysis: exited in {(exited - quit_sent) * 1000:.0f} ms; "
        f"{len(workers)} parse worker(s) before, {len(lingering)} left after; "
        f"an idle reader quits in {idle_quit * 1000:.0f} ms"
    )
    for mode, label in (("worker", "in a worker process"), ("thread", "in the reader's thread")):
        timings, state = headless_press_times(mode, book, 20)
        note = "" if state == "analysing" else f" (state at the end: {state})"
        print(
            f"headless, key handled while analysing, spaCy {label}: "
            f"{summary([('', t) for t in timings])}{note}"
        )


if __name__ == "__main__":
    main()
