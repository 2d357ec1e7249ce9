"""Time to text: from running ``dramatis FILE`` to its first page on a real terminal.

    python benchmarks/bench_startup.py [--runs N] [--limit-chars N]

Runs the reader in a private tmux server (120x40) with empty user dirs and times
from the launch until tmux's screen shows the document's first line. Baseline: the
floor for any Textual program, a minimal app that shows the same line, started the
same way. Also checks that nothing on that path imports spaCy.
"""

from __future__ import annotations

import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import ROOT, Tmux, dramatis_command, isolated_env, load_note, machine, parser

MINIMAL_APP = """
import sys
from textual.app import App
from textual.widgets import Static
class Minimal(App):
    def compose(self):
        yield Static(sys.argv[1])
Minimal().run()
"""


def first_line(path: Path) -> str:
    from dramatis.inputs import load_many

    (document,) = load_many([str(path)])
    first = document.paragraph_text(document.paragraphs[0])
    return " ".join(first.split())[:30]


def time_to_screen(tmux: Tmux, command: str, expected: str, env: dict[str, str]) -> float:
    started = tmux.start(command, env)
    seen, _ = tmux.wait_for(lambda screen: expected in screen, timeout=30)
    tmux.keys("q")
    return seen - started


HEADLESS = """
import asyncio, sys, time
async def main():
    if sys.argv[1] == "minimal":
        from textual.app import App
        from textual.widgets import Static
        class Minimal(App):
            def compose(self):
                yield Static(sys.argv[2])
        app = Minimal()
    else:
        from dramatis.tui.cli import load_inputs
        from dramatis.tui.app import DramatisApp
        app = DramatisApp(load_inputs([sys.argv[2]]), use_cache=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        print(time.process_time(), flush=True)
        app.exit()
asyncio.run(main())
"""


def headless_cpu(kind: str, arg: str, env: dict[str, str]) -> float:
    """CPU seconds the process has used (interpreter start included) when the first
    screen is composed and refreshed, headless: barely affected by other load."""
    out = subprocess.run(
        [sys.executable, "-c", HEADLESS, kind, arg],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **env},
        check=True,
    ).stdout
    return float(out.split()[0])


def spacy_free_start_up(path: Path) -> list[str]:
    probe = (
        "import json, sys\n"
        "from dramatis.tui.cli import load_inputs\n"
        "from dramatis.tui.app import DramatisApp\n"
        f"DramatisApp(load_inputs([{str(path)!r}]))\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc'))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=5, help="launches per case; the median is shown")
    args = p.parse_args()
    seed = ROOT / "seeds" / "azerbaijan-abraham-accords.txt"
    print(f"machine: {machine()}; {load_note()}")
    tmux = Tmux()
    try:
        with tempfile.TemporaryDirectory() as home:
            env = isolated_env(Path(home))
            cases = []
            for label, path in (("the book", args.book), ("the seed", seed)):
                expected = first_line(path)
                minimal = f"{sys.executable} -c {shlex.quote(MINIMAL_APP)} {shlex.quote(expected)}"
                floor = [time_to_screen(tmux, minimal, expected, env) for _ in range(args.runs)]
                ours = [
                    time_to_screen(
                        tmux, f"{dramatis_command()} {shlex.quote(str(path))}", expected, env
                    )
                    for _ in range(args.runs)
                ]
                cpu = statistics.median(
                    headless_cpu("dramatis", str(path), env) for _ in range(args.runs)
                )
                cpu_floor = statistics.median(
                    headless_cpu("minimal", expected, env) for _ in range(args.runs)
                )
                medians = (statistics.median(ours), min(ours), statistics.median(floor))
                cases.append((label, path, *medians, cpu, cpu_floor))
            for label, path, median, best, floor, cpu, cpu_floor in cases:
                print(
                    f"{label:<9} ({path.stat().st_size / 1e6:.2f} MB): first page in {median:.3f} s "
                    f"(median of {args.runs}, best {best:.3f} s); minimal Textual app {floor:.3f} s; "
                    f"ratio {median / floor:.2f}"
                )
                print(
                    f"{'':<9} CPU used until the first screen (headless): {cpu:.3f} s; minimal "
                    f"Textual app {cpu_floor:.3f} s; ratio {cpu / cpu_floor:.2f}"
                )
    finally:
        tmux.close()
    heavy = spacy_free_start_up(args.book)
    print(f"spaCy modules imported before the first paint: {heavy or 'none'}")


if __name__ == "__main__":
    main()
