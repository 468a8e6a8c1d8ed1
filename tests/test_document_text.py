"""The documents' text, stored in parts (dim_document_text): every figure's evidence is at its
offsets in the parts joined, and a pruned or edited document's parts leave with it. Real runs
into a real file, without Prefect."""

from __future__ import annotations

from pathlib import Path

import duckdb

from zhibiao.pipeline.run import run_pipeline

WHOLE = ("SELECT doc_id, string_agg(text, '' ORDER BY part) AS text, count(*) AS parts "
         "FROM dim_document_text GROUP BY doc_id")


def check(warehouse: Path) -> list[tuple]:
    """(documents, documents with text, parts) after asserting that the parts rebuild each text."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert con.execute(f"""SELECT count(*) FROM fact_observation f JOIN ({WHOLE}) t USING (doc_id)
                               WHERE substr(t.text, f.start_offset + 1, f.end_offset - f.start_offset)
                                     IS DISTINCT FROM f.evidence""").fetchall() == [(0,)]
        # each document's parts, numbered from 0 without a gap, hold its n_chars characters
        assert con.execute(f"""SELECT count(*) FROM dim_document d FULL JOIN ({WHOLE}) t USING (doc_id)
                               WHERE coalesce(length(t.text), 0) IS DISTINCT FROM d.n_chars
                                  OR coalesce(t.parts, 0) <> ceil(d.n_chars / 1000)""").fetchall() == [(0,)]
        return con.execute("""SELECT (SELECT count(*) FROM dim_document),
                                     (SELECT count(DISTINCT doc_id) FROM dim_document_text),
                                     (SELECT count(*) FROM dim_document_text)""").fetchall()
    finally:
        con.close()


def test_the_text_is_kept_in_parts_that_follow_the_documents(samples: Path, tmp_path: Path):
    warehouse = tmp_path / "wh.duckdb"
    long = samples / "long.txt"  # a document of several parts, a figure across a part's end (997 characters before it)
    long.write_text("全市经济运行总体平稳，" * 90 + "经济总体向好。" + "地区生产总值增长5.2%。", encoding="utf-8")
    run_pipeline(str(samples), str(warehouse))
    [(documents, with_text, parts)] = check(warehouse)
    assert documents == with_text and parts > documents
    long.write_text(long.read_text(encoding="utf-8") + "固定资产投资增长3.1%。", encoding="utf-8")  # edited
    run_pipeline(str(samples), str(warehouse))
    assert check(warehouse) == [(documents, with_text, parts)]  # its old parts were replaced, not kept
    long.unlink()
    run_pipeline(str(samples), str(warehouse), prune=True, force=True)  # 1 of 4: over the guard
    assert check(warehouse) == [(documents - 1, with_text - 1, parts - 2)]
