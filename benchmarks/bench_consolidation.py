"""Actor consolidation on many names: time against the number of mentions.

    python benchmarks/bench_consolidation.py [--names N ...] [--repeats R]

Synthetic mentions, no spaCy: N surnames, each written as "Ivan <surname>" and alone,
R times over (2 * N * R mentions), labelled PERSON or ORG as a small model might.
Two shapes of surname: random letters (few share a blocking key of merge_fuzzy, as
in a novel), and "Name<ab><0123>ov" (ten suffix blocks that hold every name, the
worst case: blocks of up to _FUZZY_MAX_BLOCK names are compared pair by pair,
larger ones are skipped). Comparing all pairs of names would grow with N squared;
the blocking keys keep consolidation close to linear. tests/test_actors.py checks
that property by counting the work (function calls) at two sizes; this script gives
the time. CPU time is the fair figure on a shared machine; wall time is beside it.
"""

from __future__ import annotations

import argparse
import itertools
import time

from _common import machine

from tests.synthetic_names import people, random_surnames


def shared_key_surnames(count: int) -> list[str]:
    return [f"Name{chr(97 + i % 26)}{chr(97 + (i // 26) % 26)}{i:04d}ov" for i in range(count)]


SHAPES = {"random": random_surnames, "shared keys": shared_key_surnames}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--names", type=int, nargs="*", default=[750, 1500, 3000, 6000])
    p.add_argument("--repeats", type=int, default=10)
    args = p.parse_args()

    from dramatis.actors import consolidate

    consolidate(*people(random_surnames(10), 1))  # load the tables outside the timings
    print(f"machine: {machine()}")
    print("| surnames | names | mentions | actors | wall s | CPU s | CPU s per 10,000 mentions |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for (shape, surnames), count in itertools.product(SHAPES.items(), args.names):
        text, mentions = people(surnames(count), args.repeats)
        wall, cpu = time.perf_counter(), time.process_time()
        actors = consolidate(text, mentions)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        per = cpu / len(mentions) * 10_000
        print(
            f"| {shape} | {count:,} | {len(mentions):,} | {len(actors):,} | {wall:.2f} | {cpu:.2f} | {per:.3f} |"
        )


if __name__ == "__main__":
    main()
