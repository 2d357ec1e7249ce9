"""Shared by the benchmark scripts: the book, a --limit-chars prefix, the machine, RSS."""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shlex
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BOOK = Path(
    os.environ.get("DRAMATIS_BOOK", ROOT.parent / "shared/corpus/large/war-and-peace-pg2600.txt")
)


def parser(description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--book", type=Path, default=BOOK, help=f"text to use (default {BOOK})")
    p.add_argument(
        "--limit-chars",
        type=int,
        default=0,
        metavar="N",
        help="use only the first N characters of the book (quick runs; 0 = all)",
    )
    return p


def load_book(path: Path, limit_chars: int = 0):
    """The book as a Document (through dramatis.document, as the reader loads it)."""
    from dramatis.document import from_text, load_path

    document = load_path(path)
    if limit_chars:
        # Cut at a paragraph break so that the prefix parses like the book does.
        cut = document.text.rfind("\n\n", 0, limit_chars)
        document = from_text(document.text[: cut if cut > 0 else limit_chars], str(path))
    return document


def machine() -> str:
    model = platform.processor() or "?"
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
        model = next(
            (
                line.split(":", 1)[1].strip()
                for line in out.splitlines()
                if line.startswith("Model name")
            ),
            model,
        )
    except OSError:
        pass
    try:
        from importlib.metadata import version

        spacy_version = version("spacy")
    except Exception:
        spacy_version = "?"
    return (
        f"{os.cpu_count()} cores, {model}, Python {platform.python_version()}, "
        f"spaCy {spacy_version}"
    )


def words(document) -> int:
    return len(document.text.split())


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def descendants(pid: int) -> list[int]:
    """Every live process below ``pid``."""
    return _children(pid)


def command_line(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return ""


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                found.extend(int(c) for c in f.read().split())
    except OSError:
        pass
    for child in list(found):
        found.extend(_children(child))
    return found


class RssSampler:
    """Peak of (this process + all its descendants) RSS, sampled every 50 ms from /proc."""

    def __init__(self, interval: float = 0.05) -> None:
        self.interval = interval
        self.peak_total_kib = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.is_set():
            total = _rss_kib(me) + sum(_rss_kib(c) for c in _children(me))
            self.peak_total_kib = max(self.peak_total_kib, total)
            self._stop.wait(self.interval)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def peak_rss_self_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn, *args, **kwargs):
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - started, result


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU time of a live process, from /proc (0 if it is gone)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    # Fields after the command: state is [0], utime [11], stime [12] (clock ticks).
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load_note() -> str:
    one, five, _ = os.getloadavg()
    busy = " (the machine is busy: wall times are inflated; compare CPU times)" if one > 1.5 else ""
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min){busy}"


class Tmux:
    """The reader in a real terminal: a private tmux server, one window, its screen text.

    What a user sees is what tmux has drawn, so timing "until the screen shows X"
    through ``capture-pane`` measures the whole path: start-up, Textual, the terminal.
    """

    def __init__(self, width: int = 120, height: int = 40) -> None:
        self.socket = f"dramatis-bench-{os.getpid()}"
        self.width, self.height = width, height
        # A server up front, so that starting it is not counted against the reader.
        self._tmux(
            "new-session", "-d", "-s", "idle", "-x", str(width), "-y", str(height), "sleep 3600"
        )
        # Escape goes to the program at once, not held back as a possible Alt prefix.
        self._tmux("set-option", "-s", "escape-time", "0")

    def _tmux(self, *args: str) -> str:
        return subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=False
        ).stdout

    def start(self, command: str, env: dict[str, str] | None = None) -> float:
        """Run ``command`` in a fresh window; returns the perf_counter time of the launch."""
        prefix = " ".join(f"{k}={shlex.quote(v)}" for k, v in (env or {}).items())
        self._tmux("kill-session", "-t", "app")
        started = time.perf_counter()
        self._tmux(
            "new-session",
            "-d",
            "-s",
            "app",
            "-x",
            str(self.width),
            "-y",
            str(self.height),
            f"env {prefix} {command}; sleep 3600",
        )
        return started

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", "app")

    def pane_pid(self) -> int:
        return int(self._tmux("display-message", "-p", "-t", "app", "#{pane_pid}").strip() or 0)

    def keys(self, *keys: str) -> None:
        self._tmux("send-keys", "-t", "app", *keys)

    def wait_for(self, predicate, timeout: float = 60.0, poll: float = 0.002) -> tuple[float, str]:
        """(time, screen) of the first capture for which ``predicate(screen)`` holds."""
        deadline = time.perf_counter() + timeout
        while True:
            screen = self.screen()
            now = time.perf_counter()
            if predicate(screen):
                return now, screen
            if now > deadline:
                raise TimeoutError(f"the screen never matched; it shows:\n{screen}")
            time.sleep(poll)

    def close(self) -> None:
        self._tmux("kill-server")


def isolated_env(base: Path) -> dict[str, str]:
    """User dirs of a throwaway home: no saved position, an empty (or chosen) cache."""
    env = {}
    for var in ("XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        path = base / var.lower()
        path.mkdir(parents=True, exist_ok=True)
        env[var] = str(path)
    env["PYTHONPATH"] = str(ROOT)
    return env


def dramatis_command() -> str:
    exe = Path(sys.executable).with_name("dramatis")
    if exe.exists():
        return str(exe)
    return f"{shlex.quote(sys.executable)} -m dramatis.tui.cli"
