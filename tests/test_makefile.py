"""The Makefile's targets that act on files, run by make in a copy of the project's layout."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT

MAKE = shutil.which("make")


@pytest.mark.skipif(MAKE is None, reason="make is not installed")
def test_clean_removes_what_the_build_made_and_never_a_users_warehouse(tmp_path: Path):
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    made = [".venv/bin/python", ".pytest_cache/README.md", ".ruff_cache/x", ".hypothesis/x", "build/lib/x",
            "zhibiao.egg-info/PKG-INFO", "out/samples.duckdb", "out/samples.duckdb.log", "out/samples.duckdb.lock",
            "out/samples.duckdb.previous", "zhibiao/__pycache__/cli.cpython-311.pyc",
            "pipeline/__pycache__/run.cpython-311.pyc"]
    kept = ["out/production.duckdb", "out/production.duckdb.log", "out/report.html", "inbox/a.txt", "README.md"]
    for name in made + kept:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    done = subprocess.run([MAKE, "clean"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert [name for name in made if (tmp_path / name).exists()] == []
    assert [name for name in kept if not (tmp_path / name).exists()] == []
    for name in (".venv", ".pytest_cache", "build", "zhibiao.egg-info"):
        assert not (tmp_path / name).exists(), name


@pytest.mark.skipif(MAKE is None, reason="make is not installed")
def test_clean_removes_the_samples_folder_once_empty(tmp_path: Path):
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "samples.duckdb").write_text("x", encoding="utf-8")
    done = subprocess.run([MAKE, "clean"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "out").exists()


def _venv_command(tmp_path: Path, *overrides: str) -> str:
    """The command `make` would build .venv with, in a copy of the layout with no .venv."""
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    for name in ("requirements.lock", "pyproject.toml"):
        (tmp_path / name).write_text("", encoding="utf-8")
    done = subprocess.run([MAKE, "-n", ".venv/.installed", *overrides], cwd=tmp_path, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    return next(line for line in done.stdout.splitlines() if "-m venv" in line)


def _interpreter(tmp_path: Path, name: str, answer: int) -> Path:
    """A stand-in for an interpreter that answers make's question (3.11 or newer, with venv's ensurepip) so."""
    path = tmp_path / name
    path.write_text(f"#!/bin/sh\nexit {answer}\n", encoding="utf-8")
    path.chmod(0o755)
    return path


@pytest.mark.skipif(MAKE is None, reason="make is not installed")
def test_venv_is_built_on_the_distributions_python_when_it_qualifies(tmp_path: Path):
    fit, unfit = _interpreter(tmp_path, "fit.sh", 0), _interpreter(tmp_path, "unfit.sh", 1)
    layouts = {name: tmp_path / name for name in ("fit", "unfit", "chosen")}
    for layout in layouts.values():
        layout.mkdir()
    assert _venv_command(layouts["fit"], f"SYSTEM_PYTHON={fit}").endswith(f"|| {fit} -m venv .venv")
    assert _venv_command(layouts["unfit"], f"SYSTEM_PYTHON={unfit}").endswith("|| python3 -m venv .venv")
    assert _venv_command(layouts["chosen"], f"SYSTEM_PYTHON={fit}", "PYTHON=python3.12").endswith(
        "|| python3.12 -m venv .venv")
