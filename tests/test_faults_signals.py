"""Fault suite: Ctrl-C (a real SIGINT) right after `zhibiao run` published its load: the run says
it was published, rather than click's "Aborted!"."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

import duckdb
import pytest

from conftest import ROOT, SAMPLES, ZHIBIAO

pytestmark = pytest.mark.faults


def test_ctrl_c_after_publication_says_the_load_was_published(zhibiao_server, tmp_path: Path):
    warehouse = tmp_path / "w.duckdb"
    run = subprocess.Popen([ZHIBIAO, "run", "--source", str(SAMPLES), "--warehouse", str(warehouse)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=zhibiao_server)
    lines = []
    for line in run.stderr:
        lines.append(line)
        if line.startswith("loaded "):  # logged once the load is published
            run.send_signal(signal.SIGINT)
            break
    _, rest = run.communicate(timeout=120)
    lines.append(rest)
    stderr = "".join(lines)
    assert run.returncode == 130, stderr
    last = stderr.strip().splitlines()[-1]
    assert last.startswith("run interrupted (SIGINT): the load was published before it"), stderr
    assert "Aborted!" not in stderr and "Traceback" not in stderr
    assert duckdb.connect(str(warehouse), read_only=True).sql("SELECT count(*) FROM dim_document").fetchall() == [(3,)]
