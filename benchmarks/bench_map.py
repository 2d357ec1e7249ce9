"""Mention map cost on the book: a focus change until the strip is ready, and a frame.

    python benchmarks/bench_map.py [--limit-chars N] [--actors N] [--frames N] [--refresh]

Runs the reader headless (Textual's Pilot, 120x40) on the book with its full
analysis (computed once and cached in the temp dir, as ``bench_search.py`` does),
waits until the article has wrapped the whole text, then for the N most
mentioned actors:

- the map's rows for the actor from nothing (``MentionMap.codes_for`` with its
  per-actor cache emptied): the work a focus change adds for the map;
- the whole focus change as the screen does it (``selection`` replaced: the
  article's strip cache, the panel's cursor and detail with its sparkline, and
  the map) until the map holds the actor's rows — the baseline it is part of;
- one frame of the map (``render_line`` for every row of the strip) against one
  frame of the article pane with its strip cache emptied (the article's cost for
  a fresh screenful), best of R.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from dataclasses import replace

from _common import load_book, load_note, machine, parser
from bench_search import cached_analysis

SIZE = (120, 40)


def ms(seconds: float) -> float:
    return seconds * 1000


def summary(values: list[float]) -> str:
    values = sorted(values)
    return f"median {statistics.median(values):.3f} ms, max {values[-1]:.3f} ms (n={len(values)})"


async def measure(document, analysis, n_actors: int, frames: int) -> None:
    import dramatis.cache
    from dramatis.analyzer import Progress
    from dramatis.tui.app import DramatisApp

    def stream(doc, **kwargs):
        yield Progress(1, 1, analysis, finished=True, elapsed=0.0)

    dramatis.cache.stream = stream
    app = DramatisApp([document], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        reader = app.reader
        started = time.perf_counter()
        while reader.article.index is None or not reader.article.index.complete:
            await pilot.pause()
        await pilot.pause()
        print(f"article wrapped in {time.perf_counter() - started:.2f} s (while idle)")
        strip = reader.mention_map
        print(
            f"strip {strip.size.width}x{strip.size.height}, "
            f"{len(reader.article.index):,} visual lines, {len(analysis.actors):,} actors"
        )
        actors = sorted(analysis.actors, key=lambda a: -len(a.mentions))[:n_actors]
        # Build the panel's companion table once: that is the panel's first-use cost,
        # not the map's, and would otherwise land on the first actor below.
        reader.selection = replace(reader.selection, actor=actors[-1].id)
        await pilot.pause()
        codes, codes_cpu, focus, focus_cpu, warm, warm_cpu = [], [], [], [], [], []
        for actor in actors:
            strip._by_actor.clear()
            t, c = time.perf_counter(), time.process_time()
            strip.codes_for(actor.id)
            codes.append(ms(time.perf_counter() - t))
            codes_cpu.append(ms(time.process_time() - c))
            for cold in (True, False):
                reader.selection = replace(reader.selection, actor=None, mention=None)
                await pilot.pause()
                if cold:
                    strip._by_actor.clear()
                t, c = time.perf_counter(), time.process_time()
                reader.selection = replace(reader.selection, actor=actor.id, mention=None)
                (focus if cold else warm).append(ms(time.perf_counter() - t))
                (focus_cpu if cold else warm_cpu).append(ms(time.process_time() - c))
                assert strip._codes is strip._by_actor[actor.id]
                await pilot.pause()
        top = actors[0]
        print(
            f"most mentioned: {top.name} ({len(top.mentions):,} mentions, "
            f"{len(analysis.claims_by(top.id))} claims); "
            f"{n_actors}th: {len(actors[-1].mentions):,} mentions"
        )
        print(f"map rows for an actor, from nothing:    wall {summary(codes)}")
        print(f"                                        CPU  {summary(codes_cpu)}")
        print(f"focus change, map rows computed:        wall {summary(focus)}")
        print(f"                                        CPU  {summary(focus_cpu)}")
        print(f"focus change, map rows cached (baseline): wall {summary(warm)}")
        print(f"                                        CPU  {summary(warm_cpu)}")
        reader.selection = replace(reader.selection, actor=top.id)
        await pilot.pause()
        height = strip.size.height
        article_height = reader.article.size.height
        map_frames, article_frames = [], []
        for _ in range(frames):
            t = time.process_time()
            for y in range(height):
                strip.render_line(y)
            map_frames.append(ms(time.process_time() - t))
            reader.article._strips.clear()
            t = time.process_time()
            for y in range(article_height):
                reader.article.render_line(y)
            article_frames.append(ms(time.process_time() - t))
        print("frames, CPU:")
        print(f"map, one frame ({height} rows):          {summary(map_frames)}")
        print(f"article, one fresh frame ({article_height} rows): {summary(article_frames)}")


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--actors", type=int, default=30, help="most mentioned actors to focus")
    p.add_argument("--frames", type=int, default=200, help="frames to time")
    p.add_argument("--refresh", action="store_true", help="analyse the book again")
    args = p.parse_args()
    print(machine())
    print(load_note())
    document = load_book(args.book, args.limit_chars)
    analysis = cached_analysis(args.book, args.limit_chars, args.refresh)
    assert analysis.text == document.text, "the cached analysis is of another text"
    asyncio.run(measure(document, analysis, args.actors, args.frames))
    print(load_note())


if __name__ == "__main__":
    main()
