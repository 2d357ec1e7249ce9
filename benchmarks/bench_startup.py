"""Time to text: from running ``dramatis FILE`` to its first page on a real terminal.

    python benchmarks/bench_startup.py [--runs N] [--limit-chars N]

Runs the reader in a private tmux server (120x40) with empty user dirs and times
from the launch until tmux's screen shows the document's first line. Baseline: the
floor for any Textual program, a minimal app that shows the same line, started the
same way. Also checks that nothing on that path imports spaCy.
"""

from __future__ import annotations

import json
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
    from core.inputs import load_many

    (document,) = load_many([str(path)])
    first = document.paragraph_text(document.paragraphs[0])
    return " ".join(first.split())[:30]


def time_to_screen(tmux: Tmux, command: str, expected: str, env: dict[str, str]) -> float:
    started = tmux.start(command, env)
    seen, _ = tmux.wait_for(lambda screen: expected in screen, timeout=30)
    tmux.keys("q")
    return seen - started


def spacy_free_start_up(path: Path) -> list[str]:
    probe = (
        "import json, sys\n"
        "from tui.cli import load_inputs\n"
        "from tui.app import DramatisApp\n"
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
                cases.append(
                    (label, path, statistics.median(ours), min(ours), statistics.median(floor))
                )
            for label, path, median, best, floor in cases:
                print(
                    f"{label:<9} ({path.stat().st_size / 1e6:.2f} MB): first page in {median:.3f} s "
                    f"(median of {args.runs}, best {best:.3f} s); minimal Textual app {floor:.3f} s; "
                    f"ratio {median / floor:.2f}"
                )
    finally:
        tmux.close()
    heavy = spacy_free_start_up(args.book)
    print(f"spaCy modules imported before the first paint: {heavy or 'none'}")


if __name__ == "__main__":
    main()
