"""Where the bundled articles live, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

DEFAULT_SEED = "azerbaijan-abraham-accords.txt"


def seeds_dir() -> Path:
    """The bundled seeds: inside the installed package, else the checkout's ``seeds/``."""
    installed = Path(__file__).with_name("bundled_seeds")
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "seeds"


def default_seed() -> Path:
    return seeds_dir() / DEFAULT_SEED
