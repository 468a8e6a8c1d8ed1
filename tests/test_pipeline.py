"""The flow end to end, in-process on the session's Prefect server, into real DuckDB files."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from conftest import ROOT, SHARED

pytestmark = pytest.mark.usefixtures("prefect_server")
# No index enforces them (migrations 0004, 0018): the contract and the load must.
UNIQUE_KEYS = """SELECT (SELECT count(*) = count(DISTINCT obs_id) FROM fact_observation)
                        AND (SELECT count(*) = count(DISTINCT doc_id) FROM dim_document)"""
# the numbers v_observations joins on (migration 0017): each names one document or indicator, and each fact
# carries those of its document and indicator
UNIQUE_NUMBERS = """SELECT (SELECT count(*) = count(DISTINCT doc_no) FROM dim_document),
                           (SELECT count(*) = count(DISTINCT indicator_no) FROM dim_indicator)"""
MISNUMBERED_FACTS = """SELECT count(*) FROM fact_observation f
                       LEFT JOIN dim_document d USING (doc_id) LEFT JOIN dim_indicator i USING (indicator_key)
                       WHERE f.doc_no IS DISTINCT FROM d.doc_no OR f.indicator_no IS DISTINCT FROM i.indicator_no"""


def run(source: Path, warehouse: Path):
    from zhibiao.flows.run_flow import run_flow

    return run_flow(source=str(source), warehouse=str(warehouse), batch_size=1)


def rows(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_samples_load_with_their_numbers(samples: Path, tmp_path: Path):
    warehouse = tmp_path / "wh.duckdb"
    record = run(samples, warehouse)
    assert (record.docs_seen, record.docs_loaded, record.docs_failed) == (3, 3, 0)
    assert record.obs_loaded > 50 and record.obs_quarantined == 0
    found = set(rows(warehouse, "SELECT file, indicator, metric, value, unit, period, is_target, scope, region "
                                "FROM v_observations"))
    speech, report = "qingxi-2025-economic-work-speech.txt", "ronghai-2025-government-work-report.html"
    for expected in [
        (speech, "地区生产总值", "level", 486.3, "亿元", 2024, False, None, None),
        (speech, "地区生产总值", "share", 23.5, "%", 2024, False, "city", None),
        (speech, "地区生产总值", "contribution", 1.4, "pp", 2024, False, "city", None),
        (speech, "进出口总额", "growth", -3.2, "%", 2024, False, None, None),
        (speech, "城镇调查失业率", "ratio", 5.5, "%", 2025, True, None, None),
        (report, "地区生产总值", "level", 2068.5, "亿元", 2024, False, None, None),
        (report, "地区生产总值", "growth", 5.8, "%", 2024, False, None, "青溪区"),
        (report, "地区生产总值", "growth", 5.5, "%", 2025, True, None, None),
    ]:
        assert expected in found
    # web-page furniture did not come through
    assert not rows(warehouse, "SELECT * FROM v_observations WHERE value IN (3682, 56, 0.0213)")
    # staging file, spool and spill folders are gone; the lock file stays (the lock is the kernel's)
    assert list(tmp_path.glob("wh.duckdb.*")) == [tmp_path / "wh.duckdb.lock"]


def test_base_values_are_the_figures_scaled_without_rounding_noise(tmp_path: Path):
    """156.7亿元 times 10^8 is 15669999999.999998 in floating point: a user's WHERE value_base = 15670000000
    must find it."""
    source = tmp_path / "docs"
    source.mkdir()
    (source / "a.txt").write_text("在青溪区经济工作会议上的讲话\n2025年，全区一般公共预算收入156.7亿元，"
                                  "住户存款余额142.3亿元。\n", encoding="utf-8")
    run(source, tmp_path / "w.duckdb")
    assert rows(tmp_path / "w.duckdb", "SELECT value, value_base FROM fact_observation ORDER BY value") == [
        (142.3, 14230000000.0), (156.7, 15670000000.0)]


def test_district_vs_city_by_hand(samples: Path, tmp_path: Path):
    warehouse = tmp_path / "wh.duckdb"
    run(samples, warehouse)
    gdp = rows(warehouse, """SELECT city, stated_share_pct, derived_share_pct, share_difference_pp, district_level,
                                    city_level, district_growth_pct, city_growth_pct, growth_gap_pp,
                                    stated_contribution_pp, implied_contribution_pp
                             FROM v_district_vs_city WHERE district = '青溪区' AND indicator = '地区生产总值'
                               AND period = 2024""")
    # 486.3 / 2068.5 = 23.51 %; 23.5 x 5.8 / 100 = 1.36 pp; 5.8 - 4.9 = 0.9 pp
    assert gdp == [("榕海市", 23.5, 23.51, -0.01, 486.3e8, 2068.5e8, 5.8, 4.9, 0.9, 1.4, 1.36)]
    retail = rows(warehouse, """SELECT stated_share_pct, derived_share_pct, growth_gap_pp FROM v_district_vs_city
                                WHERE district = '青溪区' AND indicator = '社会消费品零售总额' AND period = 2024""")
    assert retail == [(18.2, 18.2, 0.4)]  # 212.4 / 1167.0 = 18.20 %; 4.3 - 3.9
    income = rows(warehouse, """SELECT derived_share_pct, implied_contribution_pp, growth_gap_pp FROM v_district_vs_city
                                WHERE district = '青溪区' AND indicator = '城镇居民人均可支配收入' AND period = 2024""")
    assert income == [(None, None, 0.3)]  # per-capita levels do not add up: no share of the city; 4.8 - 4.5


def test_rerun_changes_nothing_and_skips_every_document(samples: Path, tmp_path: Path):
    """Nothing new, edited or pruned: nothing is published (issue 20: nothing is rebuilt when nothing
    changed), so readers keep the same file, and the run says so."""
    warehouse = tmp_path / "wh.duckdb"
    run(samples, warehouse)
    before = rows(warehouse, "SELECT * EXCLUDE (run_id) FROM fact_observation ORDER BY obs_id")
    published = warehouse.stat()
    beside = sorted(p.name for p in tmp_path.iterdir())
    second = run(samples, warehouse)
    assert (second.docs_skipped, second.docs_loaded, second.obs_loaded, second.published) == (3, 0, 0, False)
    assert (warehouse.stat().st_ino, warehouse.stat().st_mtime_ns) == (published.st_ino, published.st_mtime_ns)
    assert sorted(p.name for p in tmp_path.iterdir()) == beside
    assert rows(warehouse, "SELECT * EXCLUDE (run_id) FROM fact_observation ORDER BY obs_id") == before
    assert rows(warehouse, "SELECT count(*) FROM audit_load_run") == [(1,)]


def test_an_edited_document_replaces_only_its_rows(samples: Path, tmp_path: Path):
    warehouse = tmp_path / "wh.duckdb"
    run(samples, warehouse)
    others = "SELECT obs_id, value FROM v_observations WHERE file <> 'qingxi-2025-economic-work-speech.txt' ORDER BY 1"
    others_before = rows(warehouse, others)
    numbers = "SELECT file_name, doc_no FROM dim_document ORDER BY 1"
    numbers_before = rows(warehouse, numbers)
    indicators_before = rows(warehouse, "SELECT indicator_key, indicator_no FROM dim_indicator ORDER BY 1")
    speech = samples / "qingxi-2025-economic-work-speech.txt"
    speech.write_text(speech.read_text(encoding="utf-8").replace("同比增长5.8%", "同比增长6.1%"), encoding="utf-8")
    record = run(samples, warehouse)
    assert (record.docs_loaded, record.docs_skipped) == (1, 2)
    growth = rows(warehouse, """SELECT value FROM v_observations WHERE file = ?
                                AND indicator = '地区生产总值' AND metric = 'growth' AND NOT is_target""",
                  [speech.name])
    assert growth == [(6.1,)]
    assert rows(warehouse, others) == others_before
    assert rows(warehouse, "SELECT count(*) FROM dim_document") == [(3,)]
    assert rows(warehouse, UNIQUE_KEYS) == [(True,)]
    # the edited document is numbered anew, one past the others, which keep theirs, as the indicators do theirs
    after = dict(rows(warehouse, numbers))
    kept = {name: number for name, number in numbers_before if name != speech.name}
    assert {name: number for name, number in after.items() if name != speech.name} == kept
    assert after[speech.name] == max(kept.values()) + 1
    held = rows(warehouse, "SELECT indicator_key, indicator_no FROM dim_indicator ORDER BY 1")
    assert [row for row in held if row[0] in dict(indicators_before)] == indicators_before
    assert rows(warehouse, UNIQUE_NUMBERS) == [(True, True)]
    assert rows(warehouse, MISNUMBERED_FACTS) == [(0,)]
    assert rows(warehouse, "SELECT count(*) FROM v_observations") == rows(
        warehouse, "SELECT count(*) FROM fact_observation")


def test_bad_documents_are_recorded_and_the_run_goes_on(samples: Path, tmp_path: Path, monkeypatch):
    speech = (samples / "qingxi-2025-economic-work-speech.txt").read_text(encoding="utf-8")
    (samples / "empty.txt").write_bytes(b"")
    (samples / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(2000))
    (samples / "copy-of-speech.txt").write_text(speech, encoding="utf-8")
    (samples / "gbk-speech.txt").write_bytes(speech.replace("5.8%", "5.9%").encode("gbk"))
    (samples / "gb18030-speech.txt").write_bytes(speech.replace("5.8%", "6.2%").encode("gb18030"))
    (samples / "utf16-speech.txt").write_bytes(speech.replace("5.8%", "6.3%").encode("utf-16"))
    unclosed = "<html><body><div><p>2024年全区地区生产总值增长4.4%<p>固定资产投资增长3.3%</div></span>"
    (samples / "broken.html").write_text(unclosed, encoding="utf-8")
    (samples / "huge.txt").write_bytes(("全区地区生产总值增长5.8%。" * 4).encode() * 400_000)  # ~50 MB
    (samples / "vanishing.txt").write_text("全区地区生产总值增长7.1%。", encoding="utf-8")
    with (samples / "manifest.csv").open("a", encoding="utf-8") as f:
        f.write("lost-report.txt,榕海市,广东省,广东省,2025,work_report,不见了的报告\n")

    import zhibiao.pipeline.run

    def discover_then_lose_one(root: Path):
        listed = list(discover(root))
        (root / "vanishing.txt").unlink()  # gone between listing and reading
        return listed

    from zhibiao.documents import discover
    monkeypatch.setattr(zhibiao.pipeline.run, "discover", discover_then_lose_one)
    warehouse = tmp_path / "wh.duckdb"
    record = run(samples, warehouse)
    assert (record.docs_seen, record.docs_loaded, record.docs_failed, record.obs_quarantined) == (13, 7, 6, 0)
    reasons = dict(rows(warehouse, "SELECT file_name, reason FROM v_rejected WHERE stage = 'document'"))
    assert reasons.pop("image.html").startswith("binary file")
    assert reasons == {
        "empty.txt": "empty file",
        "copy-of-speech.txt": "duplicate content of qingxi-2025-economic-work-speech.txt",  # the manifest's first
        "huge.txt": f"file too large: {(samples / 'huge.txt').stat().st_size} bytes (limit 20971520)",
        "vanishing.txt": "file vanished before it could be read",
        "lost-report.txt": "listed in the manifest but not in the folder"}
    for name, value in (("gbk-speech.txt", 5.9), ("gb18030-speech.txt", 6.2), ("utf16-speech.txt", 6.3),
                        ("broken.html", 4.4)):
        assert rows(warehouse, "SELECT count(*) FROM v_observations WHERE file = ? AND value = ?", [name, value]) \
            == [(1,)], name
    assert rows(warehouse, "SELECT encoding FROM dim_document WHERE file_name = 'utf16-speech.txt'") == [("utf-16",)]
    assert rows(warehouse, UNIQUE_KEYS) == [(True,)]


def test_a_failed_load_leaves_the_published_warehouse_as_it_was(samples: Path, tmp_path: Path, monkeypatch):
    warehouse = tmp_path / "wh.duckdb"
    run(samples, warehouse)
    before = digest(warehouse)
    (samples / "new.txt").write_text("全区地区生产总值增长7.7%。", encoding="utf-8")

    import zhibiao.pipeline.run

    def broken_load(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(zhibiao.pipeline.run, "load", broken_load)
    with pytest.raises(RuntimeError, match="disk full"):
        run(samples, warehouse)
    assert digest(warehouse) == before
    assert not list(tmp_path.glob("*.staging*"))


@pytest.mark.skipif(not (SHARED / "corpus" / "dev").is_dir(), reason="../shared/corpus is not present")
def test_dev_corpus_scores(tmp_path: Path):
    warehouse = tmp_path / "dev.duckdb"
    run(SHARED / "corpus" / "dev" / "docs", warehouse)
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold",
                          str(SHARED / "corpus" / "dev" / "gold.csv"), "--pred", str(warehouse), "--json"],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    scores = json.loads(out.stdout)
    assert scores["core"]["f1"] >= 0.95 and scores["all"]["f1"] >= 0.85
    assert scores["attributes"]["qualifier"] >= 0.95 and scores["attributes"]["scope"] >= 0.95


def test_a_file_still_being_written_is_retried_then_loaded(samples: Path, tmp_path: Path, monkeypatch):
    growing = samples / "arriving.txt"
    growing.write_text("青溪区2025年一季度经济运行简况\n一季度全区地区生产总值增长5.2%。", encoding="utf-8")
    import zhibiao.documents.files as reader

    real_read = reader._read_bounded
    appended = []

    def read_while_a_copy_is_still_writing(fd: int, *limits) -> bytes:
        data = real_read(fd, *limits)
        if os.readlink(f"/proc/self/fd/{fd}").endswith(growing.name) and not appended:  # the copy lands its
            appended.append(True)                                                       # last bytes mid-read, once
            with growing.open("a", encoding="utf-8") as f:
                f.write("规模以上工业增加值增长6.3%。")
        return data

    monkeypatch.setattr(reader, "_read_bounded", read_while_a_copy_is_still_writing)
    record = run(samples, warehouse := tmp_path / "wh.duckdb")
    assert appended and (record.docs_loaded, record.docs_failed) == (4, 0)
    assert rows(warehouse, "SELECT value FROM v_observations WHERE file = 'arriving.txt' ORDER BY value") \
        == [(5.2,), (6.3,)]  # the second attempt read the whole file


def test_a_failure_that_a_retry_cannot_fix_is_not_retried():
    from prefect.states import Failed

    from zhibiao.documents import DocumentError, FileStillChanging
    from zhibiao.flows.run_flow import READ_RETRIES, as_task, read_batch, retry_if_still_changing

    def failed(error: Exception):
        return Failed(data=error)

    assert retry_if_still_changing(None, None, failed(FileStillChanging("still writing")))
    assert not retry_if_still_changing(None, None, failed(DocumentError("empty file")))
    assert not retry_if_still_changing(None, None, failed(ValueError("extractor bug")))
    assert read_batch.retries == READ_RETRIES
    assert as_task(lambda: None).task.retries == 0  # validation and loading fail the same way twice


def test_progress_is_logged_as_batches_finish(samples: Path, tmp_path: Path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId

    record = run(samples, tmp_path / "wh.duckdb")
    lines: list[str] = []
    for _ in range(50):  # Prefect ships logs to its API in the background
        with get_client(sync_client=True) as client:
            logs = client.read_logs(LogFilter(flow_run_id=LogFilterFlowRunId(any_=[record.flow_run_id])))
        lines = sorted(log.message for log in logs if log.message.startswith("read "))
        if len(lines) == 3:
            break
        time.sleep(0.2)
    assert [line.split(" (")[0] for line in lines] == ["read 1/3 documents", "read 2/3 documents",
                                                       "read 3/3 documents"]
    assert lines[-1].startswith("read 3/3 documents (100%, ") and lines[-1].endswith(" documents/s)")


def test_progress_counts_and_rates():
    from zhibiao.pipeline.progress import Progress

    progress = Progress(total=200, started=0.0)
    line = progress.advance(50)
    assert line.startswith("read 50/200 documents (25%, ") and progress.done == 50
    assert Progress(total=0).advance(0).startswith("read 0/0 documents (100%")
