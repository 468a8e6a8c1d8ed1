"""Faults and hostile input inside extraction: one bad sentence costs that sentence, time stays
linear in the text, and a document over its time is stopped."""

from __future__ import annotations

import random
import time

import pytest

from zhibiao.extraction import DocumentMeta, ExtractionTimeout, extract, extract_document
from zhibiao.extraction.extractor import Extractor


@pytest.fixture
def failing_on_investment(monkeypatch):
    """An extractor bug met in every sentence about 固定资产投资 (a fault put in, not a mock)."""
    read_sentence = Extractor._sentence

    def failing(self, text, norm, sentence, *args):
        if "固定资产投资" in norm[sentence.start:sentence.end]:
            raise ValueError("an extractor bug")
        return read_sentence(self, text, norm, sentence, *args)

    monkeypatch.setattr(Extractor, "_sentence", failing)


@pytest.mark.usefixtures("failing_on_investment")
def test_an_error_in_one_sentence_loses_only_that_sentence():
    text = "地区生产总值增长5.8%。固定资产投资增长9.1%。进出口总额下降3.2%。"
    found = extract_document(text, DocumentMeta(year=2025))
    assert [(o.indicator, o.value) for o in found.observations] == [("地区生产总值", 5.8), ("进出口总额", -3.2)]
    [problem] = found.problems
    assert problem.sentence == "固定资产投资增长9.1%" and problem.error == "ValueError: an extractor bug"


@pytest.mark.parametrize("text", ["居全市第一二位。地区生产总值增长5%。",
                                  "一" + "亿" * 500 + "元。地区生产总值增长5%。",
                                  "9" * 5000 + "亿元。地区生产总值增长5%。"])
def test_malformed_numerals_are_no_figures_and_no_errors(text: str):
    found = extract_document(text, DocumentMeta(year=2025))
    assert found.problems == [] and [(o.indicator, o.value) for o in found.observations] == [("地区生产总值", 5.0)]


def _seconds(make, size: int) -> float:
    """The best of three: what the extraction costs, less what else the machine was doing."""
    text = make(size)
    times = []
    for _ in range(3):
        started = time.process_time()
        extract(text, DocumentMeta(year=2025))
        times.append(time.process_time() - started)
    return min(times)


PATHOLOGICAL = {
    "random digits": lambda n: "".join(random.Random(0).choice("0123456789") for _ in range(n)),
    "figures in one sentence": lambda n: "".join(f"指标{i}增长{i % 9}.5%、" for i in range(n // 10)),
    "clauses in one sentence": lambda n: "".join(f"项目{i % 97}个," for i in range(n // 6)),
    "numerals": lambda n: "一二三四五六七八九十百千万亿" * (n // 14),
}


@pytest.mark.parametrize("make", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_extraction_time_grows_linearly_with_the_text(make):
    """Four times the text takes about four times as long, not sixteen (bench/pathological.py
    measures the rates themselves)."""
    _seconds(make, 2_000)  # warm the compiled patterns
    small, large = _seconds(make, 10_000), _seconds(make, 40_000)
    assert large < 10 * max(small, 0.005)


def test_a_document_over_its_time_is_stopped():
    with pytest.raises(ExtractionTimeout, match="over the time allowed"):
        extract_document("地区生产总值增长5.8%。" * 20_000, DocumentMeta(year=2025), seconds=0.0)


@pytest.mark.usefixtures("failing_on_investment")
def test_an_unread_sentence_is_recorded_in_v_rejected(samples, tmp_path):
    """Through the plain pipeline (no Prefect): the sentence and its error are in v_rejected, and the
    document's other figures load."""
    import duckdb

    from zhibiao.pipeline import run_pipeline

    warehouse = tmp_path / "wh.duckdb"
    record = run_pipeline(str(samples), str(warehouse))
    assert record.docs_failed == 0 and record.docs_loaded == 3
    con = duckdb.connect(str(warehouse), read_only=True)
    rejected = con.sql("SELECT reason, detail FROM v_rejected WHERE stage = 'observation'").fetchall()
    loaded = con.sql("SELECT count(*) FROM v_observations WHERE indicator = '地区生产总值'").fetchall()
    con.close()
    assert rejected and all(r == "extraction failed on a sentence: ValueError: an extractor bug" for r, _ in rejected)
    assert all("固定资产投资" in detail for _, detail in rejected)
    assert loaded[0][0] > 0
