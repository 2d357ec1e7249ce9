"""A parse worker process: its entry point, and this side of its pipes.

Workers are plain subprocesses of this interpreter (not multiprocessing's spawn):
their stdout and stderr must never reach the terminal the reader draws on, the
reader's replaced sys.stderr has no file descriptor for multiprocessing's resource
tracker, and spawn would re-import the caller's __main__. Messages are pickled over
two pipes; the worker's stdin is its lifeline: it reads EOF when this process exits
or is killed, however that happens, and then exits at once.

``dramatis.analyzer`` schedules batches over these workers and collects what they
send back.
"""

from __future__ import annotations

import contextlib
import os
import queue
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from dramatis.pipeline import ModelUnavailable, describe, disabled_for, load_pipeline


def _exit_with_parent() -> None:
    """Block until stdin (the parent's end of the lifeline) closes, then exit."""
    try:
        while sys.stdin.buffer.read(4096):
            pass
    except (OSError, ValueError):
        pass
    os._exit(0)


def worker_entry() -> None:
    """Entry point of a parse worker: ``python -c ... MODEL READ_FD WRITE_FD``."""
    model, read_fd, write_fd = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    threading.Thread(target=_exit_with_parent, daemon=True).start()
    # Imported here, in the worker only: dramatis.analyzer imports this module.
    from dramatis.analyzer import _collect, needed_annotations

    _serve(
        model,
        Connection(read_fd, writable=False),
        Connection(write_fd, readable=False),
        collect=_collect,
        needs=needed_annotations(),
    )


def _serve(
    model: str,
    inbox: Connection,
    outbox: Connection,
    *,
    collect: Callable[[Any, int], tuple[list[Any], list[Any]]],
    needs: frozenset[str],
) -> None:
    """Load the pipeline, then parse and ``collect`` batches until told to stop."""
    try:
        nlp = load_pipeline(model)
    except ModelUnavailable as exc:
        outbox.send(("unavailable", str(exc)))
        return
    disable = disabled_for(nlp, needs)
    outbox.send(("ready", describe(nlp)))
    while True:
        try:
            message = inbox.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        batch_id, pieces = message
        try:
            mentions: list[Any] = []
            raw_claims: list[Any] = []
            docs = nlp.pipe(pieces, as_tuples=True, batch_size=len(pieces), disable=disable)
            for doc, offset in docs:
                found_mentions, found_claims = collect(doc, offset)
                mentions.extend(found_mentions)
                raw_claims.extend(found_claims)
            outbox.send(("batch", batch_id, mentions, raw_claims))
        except Exception as exc:
            reason = f"{type(exc).__name__}: {exc}".strip().splitlines()[0][:200]
            outbox.send(("error", batch_id, reason))


class Worker:
    """One parse worker process and this side of its pipes."""

    def __init__(self, model: str) -> None:
        if not sys.executable:
            raise OSError("no Python executable to start")
        to_worker_read, to_worker_write = os.pipe()
        from_worker_read, from_worker_write = os.pipe()
        # Where the worker's own traceback goes if it cannot even start: read back
        # for a one-line message, never shown on the terminal.
        self.stderr = tempfile.TemporaryFile()  # noqa: SIM115 - closed in close()
        package_root = str(Path(__file__).resolve().parent.parent)
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, (package_root, env.get("PYTHONPATH"))))
        try:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    "from dramatis.workers import worker_entry; worker_entry()",
                    model,
                    str(to_worker_read),
                    str(from_worker_write),
                ],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=self.stderr,
                pass_fds=(to_worker_read, from_worker_write),
                env=env,
            )
        except BaseException:
            for fd in (to_worker_write, from_worker_read):
                os.close(fd)
            self.stderr.close()
            raise
        finally:
            # Only the worker may hold its ends: EOF must mean "the other side is gone".
            os.close(to_worker_read)
            os.close(from_worker_write)
        self.outbox = Connection(to_worker_write, readable=False)
        self.inbox = Connection(from_worker_read, writable=False)
        # Batches go out through a thread: a send blocks while the worker's pipe is
        # full, and if this side blocked there while the worker blocked sending a
        # large result back, neither would move.
        self._to_send: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._sender = threading.Thread(target=self._send_loop, daemon=True)
        self._sender.start()

    def _send_loop(self) -> None:
        while (message := self._to_send.get()) is not None:
            try:
                self.outbox.send(message)
            except (OSError, ValueError):
                return  # the worker is gone; the receiving side reports it

    def send(self, message: Any) -> None:
        self._to_send.put(message)

    def alive(self) -> bool:
        return self.process.poll() is None

    def failure(self) -> str:
        """Why the worker stopped, in one line."""
        code = self.process.poll()
        try:
            self.stderr.seek(0)
            lines = [
                ln
                for ln in self.stderr.read().decode("utf-8", "replace").splitlines()
                if ln.strip()
            ]
        except OSError:
            lines = []
        detail = f": {lines[-1].strip()[:200]}" if lines else ""
        return f"the spaCy worker process stopped unexpectedly (exit code {code}){detail}"

    def close(self) -> None:
        """Stop the worker at once (it may be mid-batch: nothing of its work is kept)."""
        self._to_send.put(None)
        if self.process.poll() is None:
            self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=2)
        for resource in (self.outbox, self.inbox, self.process.stdin, self.stderr):
            with contextlib.suppress(OSError):
                if resource is not None:
                    resource.close()
