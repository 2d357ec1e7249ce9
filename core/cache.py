"""On-disk cache of analyses, so that reading the same text twice costs the model once.

An entry is the analysis JSON (schema ``dramatis.analysis/1``) in the user's cache
directory (platformdirs), named by a key over everything the result depends on:
the SHA-256 of the text, the pipeline's name and version, and
``dramatis.ANALYZER_VERSION``. Entries are written atomically (temporary file, then
``os.replace``), the directory is kept under a size cap by evicting the least
recently used entries, and an entry that cannot be read, parsed or trusted is
ignored, deleted and rewritten: the cache can make dramatis faster, never fail.

``stream`` is what the reader's worker and the command line consume: progress
items, the last one carrying the final analysis; from the cache that is a single
finished item.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import importlib.util
import json
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from dramatis import ANALYZER_VERSION, analyzer
from dramatis.analysis import Analysis
from dramatis.analyzer import Progress
from dramatis.document import Document
from dramatis.pipeline import choose_model, describe, load_pipeline

CACHE_FORMAT = "dramatis.cache/1"
# A news article's entry is tens of kilobytes, a 3 MB novel's about twenty megabytes.
DEFAULT_MAX_CACHE_BYTES = 256 * 1024 * 1024
_SUFFIX = ".json"
_TEMP_PREFIX = ".tmp-"


def cache_dir() -> Path:
    """Where analyses are cached: the user cache directory (honours XDG_CACHE_HOME)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("dramatis", appauthor=False)) / "analyses"


def model_identity(model: str | None = None) -> str:
    """The pipeline's name and version as ``describe`` writes them, cheaply if possible.

    For an installed pipeline package or folder its meta.json says it without importing spaCy
    or loading weights (so that a cache hit is instant); otherwise the pipeline is
    loaded (once per process) and described.
    """
    name = choose_model(model)
    with contextlib.suppress(ImportError, ValueError, OSError, AttributeError, TypeError):
        if Path(name).is_dir():  # a pipeline folder, e.g. the one a vendoring package holds
            locations = [name]
        else:
            spec = importlib.util.find_spec(name)
            locations = list(spec.submodule_search_locations or []) if spec else []
        for location in locations:
            meta_path = Path(location) / "meta.json"
            if meta_path.is_file():
                meta = json.loads(meta_path.read_text(encoding="utf-8"))
                return describe(SimpleNamespace(meta=meta))  # type: ignore[arg-type]
    return describe(load_pipeline(model))


def cache_key(text: str, model_description: str) -> str:
    digest = hashlib.sha256()
    for part in (ANALYZER_VERSION, model_description):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


class AnalysisCache:
    """A directory of cached analyses with a size cap."""

    def __init__(self, directory: Path | None = None, *, max_bytes: int = DEFAULT_MAX_CACHE_BYTES):
        self.directory = directory if directory is not None else cache_dir()
        self.max_bytes = max_bytes

    def path_for(self, key: str) -> Path:
        return self.directory / f"{key}{_SUFFIX}"

    def get(self, key: str, document: Document) -> Analysis | None:
        """The cached analysis of ``document`` under ``key``, or None (a bad entry is removed)."""
        path = self.path_for(key)
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        try:
            analysis = self._decode(raw, key, document)
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            analysis = None
        if analysis is None:
            # Corrupt, truncated, foreign or from a colliding text: drop it, so that
            # the fresh analysis is written in its place.
            with contextlib.suppress(OSError):
                path.unlink()
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: evicted last
        # The same text may come from another file or from stdin.
        return dataclasses.replace(analysis, source=document.source, title=document.title)

    @staticmethod
    def _decode(raw: bytes, key: str, document: Document) -> Analysis | None:
        entry: Any = json.loads(raw.decode("utf-8"))
        if not isinstance(entry, dict) or entry.get("cache") != CACHE_FORMAT:
            return None
        if entry.get("key") != key or not isinstance(entry.get("analysis"), dict):
            return None
        analysis = Analysis.from_dict(entry["analysis"])
        if analysis.text != document.text:
            return None
        length = len(analysis.text)
        spans = [m for a in analysis.actors for m in a.mentions]
        spans += [s for c in analysis.claims for s in (c.cue, c.content, c.source) if s]
        if any(not 0 <= s.start <= s.end <= length for s in spans):
            return None
        return analysis

    def put(self, key: str, analysis: Analysis) -> None:
        """Store ``analysis`` atomically; any failure (read-only disk, full disk) is ignored."""
        entry = {"cache": CACHE_FORMAT, "key": key, "analysis": analysis.to_dict()}
        try:
            data = json.dumps(entry, ensure_ascii=False).encode("utf-8")
        except (ValueError, UnicodeEncodeError):
            return
        if len(data) > self.max_bytes:
            return
        temp_name = None
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(
                dir=self.directory, prefix=_TEMP_PREFIX, suffix=".part", delete=False
            ) as handle:
                temp_name = handle.name
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp_name, self.path_for(key))
            temp_name = None
            self.evict()
        except OSError:
            pass
        finally:
            if temp_name is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temp_name)

    def evict(self) -> None:
        """Remove least recently used entries until the directory is under the cap."""
        entries = []
        now = time.time()
        for path in self.directory.iterdir():
            try:
                info = path.stat()
            except OSError:
                continue
            if path.name.startswith(_TEMP_PREFIX):
                # Left by a process that died mid-write.
                if now - info.st_mtime > 3600:
                    with contextlib.suppress(OSError):
                        path.unlink()
                continue
            if path.suffix == _SUFFIX:
                entries.append((info.st_mtime, info.st_size, path))
        total = sum(size for _, size, _ in entries)
        for _, size, path in sorted(entries, key=lambda entry: entry[0]):
            if total <= self.max_bytes:
                break
            with contextlib.suppress(OSError):
                path.unlink()
                total -= size


def stream(
    document: Document,
    *,
    model: str | None = None,
    jobs: int = 1,
    use_cache: bool = True,
    partial_every: float | None = None,
    cache: AnalysisCache | None = None,
) -> Iterator[Progress]:
    """Progress of the analysis of ``document``: one finished item from the cache, or
    the analyzer's items (the finished one stored before it is yielded).

    Raises ModelUnavailable before the first item when no pipeline can be loaded.
    """
    if not use_cache:
        yield from analyzer.stream(document, model=model, jobs=jobs, partial_every=partial_every)
        return
    started = time.perf_counter()
    store = cache if cache is not None else AnalysisCache()
    identity = model_identity(model)
    key = cache_key(document.text, identity)
    cached = store.get(key, document)
    if cached is not None:
        size = len(document.text)
        yield Progress(size, size, cached, finished=True, elapsed=time.perf_counter() - started)
        return
    for progress in analyzer.stream(document, model=model, jobs=jobs, partial_every=partial_every):
        # Stored before the item is handed over: a consumer may stop iterating at the
        # finished item. An analysis by another pipeline than the key names (a
        # mis-read meta.json) is not stored under that key.
        final = progress.analysis if progress.finished else None
        if final is not None and final.model == identity:
            store.put(key, final)
        yield progress


def analyze_cached(
    document: Document, *, model: str | None = None, jobs: int = 1, use_cache: bool = True
) -> Analysis:
    """The analysis of ``document``, from the cache when it has it."""
    result = None
    for progress in stream(document, model=model, jobs=jobs, use_cache=use_cache):
        if progress.finished:
            result = progress.analysis
    if result is None:  # pragma: no cover - the analyzer always finishes with a result
        raise RuntimeError("the analysis ended without a result")
    return result
