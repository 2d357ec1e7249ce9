"""dramatis.cache: a second analysis of the same text comes from disk; bad entries never hurt."""

from __future__ import annotations

import json
import os

import dramatis
import pytest
from dramatis import analyzer, cache
from dramatis.analyzer import Progress
from dramatis.document import from_text
from dramatis.tui.cli import main

TEXT = (
    "Minister resigns\n\n"
    "The foreign minister, Jane Doe, resigned on Tuesday, her office said.\n\n"
    "According to Reuters, Prime Minister John Smith will name a successor on Friday.\n"
)


@pytest.fixture
def document():
    return from_text(TEXT, "article.txt")


@pytest.fixture
def pipeline_must_not_run(monkeypatch):
    """Make any run of the pipeline fail, from now on."""

    def refuse(*args, **kwargs):
        raise AssertionError("the pipeline ran although the analysis was cached")

    def arm():
        monkeypatch.setattr(analyzer, "iter_analysis", refuse)
        monkeypatch.setattr(analyzer, "stream", refuse)

    return arm


def _entries():
    directory = cache.cache_dir()
    return sorted(directory.glob("*.json")) if directory.is_dir() else []


def test_the_cache_lives_in_the_user_cache_directory(isolated_user_dirs):
    assert cache.cache_dir().is_relative_to(isolated_user_dirs / "xdg_cache_home")


def test_a_second_analysis_of_the_same_text_is_served_from_the_cache(
    nlp, document, pipeline_must_not_run
):
    first = cache.analyze_cached(document)
    assert len(_entries()) == 1
    pipeline_must_not_run()
    items = list(cache.stream(from_text(TEXT, "elsewhere/copy.txt")))
    assert len(items) == 1 and items[0].finished and isinstance(items[0], Progress)
    second = items[0].analysis
    assert second.actors == first.actors and second.claims == first.claims
    assert second.model == first.model
    # The same text from another file is that file's analysis.
    assert second.source == "elsewhere/copy.txt"


def test_the_key_covers_text_model_and_analyzer_version(monkeypatch):
    key = cache.cache_key("text", "en_core_web_sm 3.8.0")
    assert key != cache.cache_key("text.", "en_core_web_sm 3.8.0")
    assert key != cache.cache_key("text", "en_core_web_sm 3.8.1")
    monkeypatch.setattr(cache, "ANALYZER_VERSION", dramatis.ANALYZER_VERSION + "-next")
    assert key != cache.cache_key("text", "en_core_web_sm 3.8.0")


def test_model_identity_matches_what_the_analysis_records(nlp, seed_analysis):
    assert cache.model_identity() == seed_analysis.model


@pytest.mark.parametrize(
    "damage",
    [
        b"",  # truncated to nothing
        b'{"cache": "dramatis.cache/1", "key": ',  # cut mid-write
        b"\xff\xfe not json at all",
        b"[1, 2, 3]",  # valid JSON, foreign shape
        b'{"cache": "someone-else/2"}',
    ],
)
def test_a_corrupt_entry_is_ignored_and_rewritten(nlp, document, damage):
    first = cache.analyze_cached(document)
    (entry,) = _entries()
    entry.write_bytes(damage)
    again = cache.analyze_cached(document)
    assert again.actors == first.actors and again.claims == first.claims
    (rewritten,) = _entries()
    assert json.loads(rewritten.read_text())["analysis"]["text"] == document.text


def test_an_entry_for_another_text_or_with_bad_offsets_is_not_trusted(nlp, document):
    cache.analyze_cached(document)
    (entry,) = _entries()
    data = json.loads(entry.read_text())
    data["analysis"]["text"] = "Something else entirely."
    entry.write_text(json.dumps(data))
    assert cache.analyze_cached(document).text == document.text
    data = json.loads(entry.read_text())
    data["analysis"]["actors"][0]["mentions"][0]["end"] = 10**9
    entry.write_text(json.dumps(data))
    analysis = cache.analyze_cached(document)
    assert all(m.end <= len(document.text) for a in analysis.actors for m in a.mentions)


def test_no_cache_neither_reads_nor_writes(nlp, document, pipeline_must_not_run):
    cache.analyze_cached(document, use_cache=False)
    assert _entries() == []
    cache.analyze_cached(document)
    pipeline_must_not_run()
    with pytest.raises(AssertionError, match="pipeline ran"):
        cache.analyze_cached(document, use_cache=False)


def test_writes_are_atomic_and_leave_no_temporary_files(nlp, document):
    cache.analyze_cached(document)
    names = [p.name for p in cache.cache_dir().iterdir()]
    assert len(names) == 1 and names[0].endswith(".json") and not names[0].startswith(".")


def test_an_unwritable_cache_directory_is_not_fatal(nlp, document):
    directory = cache.cache_dir()
    directory.parent.mkdir(parents=True, exist_ok=True)
    directory.write_text("a file where the directory should be")
    analysis = cache.analyze_cached(document)
    assert analysis.text == document.text


def test_the_size_cap_evicts_the_least_recently_used_entries(nlp, tmp_path):
    store = cache.AnalysisCache(tmp_path / "c", max_bytes=10**9)
    texts = [f"Article {i}\n\nJane Doe said on day {i} that the plan works." for i in range(3)]
    for i, text in enumerate(texts):
        document = from_text(text, f"{i}.txt")
        list(cache.stream(document, cache=store))
        path = store.path_for(cache.cache_key(document.text, cache.model_identity()))
        os.utime(path, (1000 + i, 1000 + i))
    sizes = sorted(p.stat().st_size for p in (tmp_path / "c").glob("*.json"))
    # Reading the oldest makes it recent; the cap then leaves room for two entries.
    oldest = from_text(texts[0], "0.txt")
    assert store.get(cache.cache_key(oldest.text, cache.model_identity()), oldest) is not None
    store.max_bytes = sizes[-1] + sizes[-2] + 1
    store.evict()
    left = {p.name for p in (tmp_path / "c").glob("*.json")}
    kept = {
        store.path_for(cache.cache_key(t, cache.model_identity())).name
        for t in (texts[0], texts[2])
    }
    assert left == kept


def test_the_command_line_uses_the_cache_and_no_cache_bypasses_it(
    nlp, tmp_path, capsys, pipeline_must_not_run
):
    path = tmp_path / "article.txt"
    path.write_text(TEXT)
    assert main(["analyze", str(path), "--format", "json"]) == 0
    first = capsys.readouterr().out
    pipeline_must_not_run()
    assert main(["analyze", str(path), "--format", "json"]) == 0
    assert capsys.readouterr().out == first
    status = main(["analyze", str(path), "--no-cache"])
    err = capsys.readouterr().err
    assert status != 0 and "pipeline ran" in err and "Traceback" not in err
