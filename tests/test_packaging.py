"""The package installs as a wheel, without the source tree, and runs: SQL, word lists and the
deployment spec travel as package data under the one namespace `zhibiao`."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import duckdb
import pytest

from conftest import ROOT, SAMPLES
from zhibiao.pipeline.reader import reader_version


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--wheel-dir", str(out), str(ROOT)], check=True, capture_output=True)
    [built] = out.glob("zhibiao-*.whl")
    return built


def test_the_wheel_holds_one_namespace_and_its_data(wheel: Path):
    names = zipfile.ZipFile(wheel).namelist()
    assert {n.split("/")[0] for n in names if not n.startswith("zhibiao-")} == {"zhibiao"}
    for data in ("zhibiao/sql/tables/fact_observation.sql", "zhibiao/sql/marts/current_observation.sql",
                 "zhibiao/extraction/data/indicators.csv", "zhibiao/documents/data/page.yaml",
                 "zhibiao/flows/prefect.yaml",
                 "zhibiao/report/template.html"):
        assert data in names


def test_the_installed_wheel_runs_from_another_folder(wheel: Path, tmp_path: Path, prefect_api: dict[str, str]):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    # dependencies come from this environment's site-packages, the project only from the wheel
    site = Path(sysconfig.get_paths(vars={"base": str(venv), "platbase": str(venv)})["purelib"])
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--no-deps", str(wheel)],
                   check=True, capture_output=True)
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    # the session's Prefect server spares the run a temporary one
    env = {k: v for k, v in prefect_api.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    located = subprocess.run([str(venv / "bin" / "python"), "-c", "import zhibiao.sql; print(zhibiao.sql.__file__)"],
                             cwd=workdir, env=env, capture_output=True, text=True, check=True)
    assert located.stdout.startswith(str(site))
    done = subprocess.run([str(venv / "bin" / "zhibiao"), "run", "--source", str(SAMPLES), "--warehouse",
                           "x.duckdb", "--runner", "thread"], cwd=workdir, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "3 seen, 3 loaded" in done.stdout
    assert (workdir / "x.duckdb").stat().st_size > 0
    # the reader's version is the installed files', which are the checkout's: the same reader
    con = duckdb.connect(str(workdir / "x.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT DISTINCT reader_version FROM dim_document").fetchall() == [(reader_version(),)]
    finally:
        con.close()
