"""Re-run the rules on stored parses of a development set: seconds instead of minutes.

usage: python benchmarks/devset.py DIR [--model sm|md] [--sample N] [--seed S] > OUT.jsonl

DIR holds ``*.txt`` articles (e.g. ``~/.cache/dramatis-eval/polnear-train``). The first
run parses every paragraph with spaCy and stores the parses (a ``DocBin`` under
``~/.cache/dramatis-eval/parses/``); later runs load them and run only dramatis' own
layers, so a rule change is measured in the time the rules take, not the parser. The
output is the same as ``dramatis analyze --no-cache --format json`` on those files, line
for line (``--check`` compares the two on a few documents).

A stored parse is reused only for the same model, the same spaCy version and the same
paragraph texts; anything else is parsed again. Parses are made with every pipeline
component on, so a layer that starts reading a new annotation still finds it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
from pathlib import Path

from _common import ROOT  # noqa: F401  (puts the checkout on sys.path for a plain run)

CACHE = Path("~/.cache/dramatis-eval/parses").expanduser()


def _digest(pieces: list[tuple[str, int]]) -> str:
    return hashlib.sha1(json.dumps(pieces).encode()).hexdigest()


def _store_path(folder: Path, nlp) -> Path:
    import spacy

    meta = nlp.meta
    name = f"{folder.name}-{meta['lang']}_{meta['name']}-{meta['version']}-spacy{spacy.__version__}"
    return CACHE / f"{name}.spacy"


def _load_store(path: Path, nlp) -> dict[str, tuple[str, list]]:
    """stem -> (digest of its pieces, [(Doc, offset)])."""
    from spacy.tokens import DocBin

    if not path.exists():
        return {}
    store: dict[str, tuple[str, list]] = {}
    for doc in DocBin().from_disk(path).get_docs(nlp.vocab):
        stem, digest, offset = doc.user_data["dramatis"]
        store.setdefault(stem, (digest, []))[1].append((doc, offset))
    return store


def _save_store(path: Path, store: dict[str, tuple[str, list]]) -> None:
    from spacy.tokens import DocBin

    bin_ = DocBin(store_user_data=True)
    for stem, (digest, docs) in store.items():
        for doc, offset in docs:
            doc.user_data["dramatis"] = (stem, digest, offset)
            bin_.add(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.partial")
    bin_.to_disk(partial)
    os.replace(partial, path)  # several checkouts share the store: never show half a file


def analyses(files: list[Path], folder: Path, model: str | None, jobs: int = 1):
    from dramatis.analyzer import _Collector, chunks
    from dramatis.inputs import load_many
    from dramatis.pipeline import describe, load_pipeline

    nlp = load_pipeline(model)
    store_path = _store_path(folder, nlp)
    store = _load_store(store_path, nlp)
    documents = load_many([str(f) for f in files])
    missing = []
    for path, document in zip(files, documents, strict=True):
        pieces = chunks(document)
        digest = _digest(pieces)
        if store.get(path.stem, ("",))[0] != digest:
            store[path.stem] = (digest, [])
            missing += [(text, (path.stem, offset)) for text, offset in pieces]
    if missing:
        print(f"parsing {len(missing)} paragraphs once…", file=sys.stderr)
        for doc, (stem, offset) in nlp.pipe(missing, as_tuples=True, n_process=jobs):
            store[stem][1].append((doc, offset))
        _save_store(store_path, store)
    results = []
    for path, document in zip(files, documents, strict=True):
        collector = _Collector(document, describe(nlp))
        for doc, offset in store[path.stem][1]:
            collector.add(doc, offset)
        results.append(collector.analysis())
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--model", default=None)
    parser.add_argument("--sample", type=int, default=0, help="a random N of the articles")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--jobs", type=int, default=2, help="processes for the first parse")
    parser.add_argument(
        "--check", type=int, default=0, metavar="N", help="compare N articles with the CLI"
    )
    args = parser.parse_args()
    files = sorted(args.folder.expanduser().glob("*.txt"))
    if args.sample:
        files = sorted(random.Random(args.seed).sample(files, min(args.sample, len(files))))
    if args.check:
        files = files[: args.check]
    from dramatis.entities import analysis_dict, link

    found = analyses(files, args.folder.expanduser(), args.model, args.jobs)
    index = link(found)
    lines = [
        json.dumps(analysis_dict(analysis, position, index), ensure_ascii=True)
        for position, analysis in enumerate(found)
    ]
    if not args.check:
        print("\n".join(lines))
        return 0
    command = [sys.executable, "-m", "dramatis.tui.cli", "analyze", "--no-cache", "--format"]
    command += ["json", *(["--model", args.model] if args.model else []), *map(str, files)]
    expected = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    same = expected.splitlines() == lines
    print(f"{len(files)} articles: {'identical to' if same else 'DIFFERENT from'} the CLI")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
