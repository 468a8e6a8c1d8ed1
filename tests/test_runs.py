"""Nightly runs over real inboxes, at the default batch size: copies and renames, manifest rows in
error, pruning's guard, missing and empty folders. In-process on the session's Prefect server."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from test_pipeline import UNIQUE_KEYS, digest, rows

from zhibiao.extraction import load_lexicon
from zhibiao.extraction.lexicon import DATA_DIR
from zhibiao.pipeline.reader import reader_version
from zhibiao.pipeline.run import PRUNE_LIMIT, Orchestration, PruneRefused, run_pipeline, survey_published
from zhibiao.pipeline.source import SourceError

pytestmark = pytest.mark.usefixtures("prefect_server")
SPEECH = "qingxi-2025-economic-work-speech.txt"
REPORT = "ronghai-2025-government-work-report.html"
REJECTED = "SELECT file_name, reason, doc_id FROM v_rejected WHERE stage = 'document' ORDER BY file_name"
DOCUMENTS = "SELECT file_name, doc_id FROM dim_document ORDER BY file_name"
FACTS = "SELECT * EXCLUDE (run_id) FROM fact_observation ORDER BY obs_id"


def run(source: Path, warehouse: Path, **options):
    from zhibiao.flows.run_flow import run_flow

    return run_flow(source=str(source), warehouse=str(warehouse), **options)


def hash_of(warehouse: Path, name: str) -> str:
    [(doc_id,)] = rows(warehouse, "SELECT doc_id FROM dim_document WHERE file_name = ?", [name])
    return doc_id


def test_copies_anywhere_are_refused_once_and_the_run_goes_on(samples: Path, tmp_path: Path):
    warehouse = tmp_path / "wh.duckdb"
    speech = (samples / SPEECH).read_bytes()
    for copy in ("报告.txt", "报告(1).txt", "重发/报告.txt"):  # re-issued copies, in the same batch as the original
        (samples / copy).parent.mkdir(exist_ok=True)
        (samples / copy).write_bytes(speech)
    first = run(samples, warehouse)
    assert (first.docs_seen, first.docs_loaded, first.docs_failed) == (6, 3, 3)
    held = hash_of(warehouse, SPEECH)
    copies = [(name, f"duplicate content of {SPEECH}", held) for name in ("报告(1).txt", "报告.txt", "重发/报告.txt")]
    assert rows(warehouse, REJECTED) == copies
    assert sorted(first.failed) == [(name, reason) for name, reason, _ in copies]  # the summary names them

    (samples / "副本.html").write_bytes((samples / REPORT).read_bytes())  # a copy of what the warehouse holds
    second = run(samples, warehouse)
    assert (second.docs_loaded, second.docs_skipped, second.docs_failed) == (0, 6, 1)
    third = run(samples, warehouse)
    assert (third.docs_loaded, third.docs_skipped, third.docs_failed) == (0, 7, 0)  # known copies are skipped
    assert rows(warehouse, REJECTED) == sorted([*copies, ("副本.html", f"duplicate content of {REPORT}",
                                                          hash_of(warehouse, REPORT))])
    assert rows(warehouse, "SELECT count(*) FROM dim_document") == [(3,)]
    assert rows(warehouse, UNIQUE_KEYS) == [(True,)]


@pytest.mark.parametrize("prune", [False, True])
def test_a_renamed_file_keeps_its_rows_under_its_new_name(samples: Path, tmp_path: Path, prune: bool):
    warehouse = tmp_path / "wh.duckdb"
    run(samples, warehouse)
    facts, held = rows(warehouse, FACTS), hash_of(warehouse, SPEECH)
    (samples / SPEECH).rename(samples / "讲话-改名.txt")
    record = run(samples, warehouse, prune=prune)
    assert (record.docs_loaded, record.docs_pruned) == (1, 0)
    assert hash_of(warehouse, "讲话-改名.txt") == held
    assert SPEECH not in dict(rows(warehouse, DOCUMENTS))
    assert len(rows(warehouse, FACTS)) == len(facts)  # the same figures, now under the new name
    assert not rows(warehouse, "SELECT * FROM v_rejected WHERE reason LIKE 'duplicate%'")
    assert run(samples, warehouse, prune=prune).docs_loaded == 0  # and it is not read again
    assert rows(warehouse, UNIQUE_KEYS) == [(True,)]


def test_a_copy_takes_over_when_its_original_leaves(samples: Path, tmp_path: Path):
    warehouse = tmp_path / "wh.duckdb"
    shutil.copyfile(samples / SPEECH, samples / "转发.txt")
    run(samples, warehouse)
    held = hash_of(warehouse, SPEECH)
    (samples / SPEECH).unlink()
    record = run(samples, warehouse, prune=True)
    assert (record.docs_loaded, record.docs_pruned) == (1, 0)
    assert record.failed == ((SPEECH, "listed in the manifest but not in the folder"),)
    assert hash_of(warehouse, "转发.txt") == held


def test_manifest_errors_cost_their_own_row(samples: Path, tmp_path: Path):
    manifest = samples / "manifest.csv"
    lines = manifest.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace(",2025,", ",二〇二五,")  # read
    lines[2] = lines[2].replace(",2025,", ",二〇二X,")  # refused: the report
    lines.append("../elsewhere.txt,青溪区,榕海市,广东省,2025,speech,别处")
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    warehouse = tmp_path / "wh.duckdb"
    record = run(samples, warehouse)
    assert (record.docs_loaded, record.docs_failed) == (2, 2)
    assert rows(warehouse, "SELECT year FROM dim_document WHERE file_name = ?", [SPEECH]) == [(2025,)]
    assert rows(warehouse, "SELECT file_name, reason FROM v_rejected ORDER BY file_name") == [
        ("../elsewhere.txt", "manifest.csv row 5, column file: file names must be plain names in the folder: "
                             "'../elsewhere.txt'"),
        (REPORT, "manifest.csv row 3, column year: '二〇二X' is not a year (2025, 二〇二五)")]


def test_an_edited_manifest_row_reads_its_document_again_and_no_other(samples: Path, tmp_path: Path):
    """A manifest row is part of what a document is: the file unchanged, its row's edit still counts."""
    warehouse = tmp_path / "wh.duckdb"
    run(samples, warehouse)
    loaded_by = dict(rows(warehouse, "SELECT file_name, run_id FROM dim_document"))
    manifest = samples / "manifest.csv"
    written = manifest.read_text(encoding="utf-8")
    row = next(line for line in written.splitlines() if line.startswith(SPEECH))
    manifest.write_text(written.replace(row, f"{SPEECH},青溪区,榕海市,广东省,2024,speech,青溪区经济工作会议讲话(修订)"),
                        encoding="utf-8")
    record = run(samples, warehouse)
    assert (record.docs_loaded, record.docs_skipped) == (1, 2)
    assert rows(warehouse, "SELECT year, title FROM dim_document WHERE file_name = ?", [SPEECH]) == [
        (2024, "青溪区经济工作会议讲话(修订)")]
    assert {name: run_id for name, run_id in rows(warehouse, "SELECT file_name, run_id FROM dim_document")
            if run_id == loaded_by[name]} == {name: loaded_by[name] for name in loaded_by if name != SPEECH}
    assert run(samples, warehouse).docs_loaded == 0  # read once for its edit
    # a row edited into an error: the document is refused with the reason, and its rows stay as loaded
    facts = rows(warehouse, FACTS)
    manifest.write_text(written.replace(row, f"{SPEECH},青溪区,榕海市,广东省,二〇二X,speech,讲话"), encoding="utf-8")
    refused = run(samples, warehouse)
    assert refused.failed == ((SPEECH, "manifest.csv row 2, column year: '二〇二X' is not a year (2025, 二〇二五)"),)
    assert rows(warehouse, FACTS) == facts


READINGS = "SELECT * EXCLUDE (run_id, doc_no, indicator_no) FROM fact_observation ORDER BY obs_id"  # numbers: by load
READ_BY = "SELECT DISTINCT reader_version FROM dim_document"


def test_documents_read_by_another_reader_are_read_again_once_and_hold_its_readings(
        samples: Path, tmp_path: Path, monkeypatch, request):
    """An upgrade that changes what documents read as (here the word lists: a user's copy with a new
    indicator) reads every held document again, though no file changed: the warehouse then holds what
    a new warehouse read by that reader holds, and the next run has nothing new."""
    request.addfinalizer(load_lexicon.cache_clear)  # the data directory is changed below
    warehouse = tmp_path / "wh.duckdb"
    shutil.copyfile(samples / SPEECH, samples / "转发.txt")  # a copy, refused: it stays so, and is not read again
    run(samples, warehouse, processes=1)  # read in a worker process: it records the version this process finds
    assert rows(warehouse, READ_BY) == [(reader_version(),)]
    assert run(samples, warehouse, processes=1).published is False
    before = rows(warehouse, READINGS)

    lexicon = tmp_path / "lexicon"
    shutil.copytree(DATA_DIR, lexicon)
    with (lexicon / "indicators.csv").open("a", encoding="utf-8") as f:
        f.write("parking,停车位,新增停车位,New parking spaces,urban,个,0\n")
    monkeypatch.setenv("ZHIBIAO_LEXICON_DIR", str(lexicon))
    load_lexicon.cache_clear()
    kept = run(samples, warehouse, keep_readings=True)  # a warehouse too large to read again now: not yet
    assert (kept.docs_loaded, kept.docs_kept, kept.docs_skipped) == (0, 3, 4)
    assert rows(warehouse, READINGS) == before
    record = run(samples, warehouse)
    assert (record.docs_loaded, record.docs_reread, record.docs_skipped, record.failed) == (3, 3, 1, ())
    # the run keeping the readings published: the word lists' new indicator is a new input
    assert rows(warehouse, "SELECT docs_reread FROM audit_load_run ORDER BY started_at") == [(0,), (0,), (3,)]
    assert rows(warehouse, READ_BY) == [(reader_version(),)]
    assert rows(warehouse, "SELECT indicator_key, indicator, value FROM fact_observation WHERE evidence LIKE '%停车位%'"
                ) == [("parking", "停车位", 2300.0)]
    fresh = tmp_path / "fresh.duckdb"
    run(samples, fresh)
    assert rows(warehouse, READINGS) == rows(fresh, READINGS) != before
    assert rows(warehouse, DOCUMENTS) == rows(fresh, DOCUMENTS)
    assert rows(warehouse, UNIQUE_KEYS) == [(True,)]
    again = run(samples, warehouse)
    assert (again.published, again.docs_loaded) == (False, 0)

    # back to the package's word lists: another reader again, whose readings come back
    monkeypatch.delenv("ZHIBIAO_LEXICON_DIR")
    load_lexicon.cache_clear()
    assert run(samples, warehouse).docs_reread == 3
    assert rows(warehouse, READINGS) == before


def test_a_warehouse_from_before_reader_versions_reads_its_documents_again_once(samples: Path, tmp_path: Path):
    """A warehouse migrated to version 19 holds documents read by an unknown version: the next run reads
    each of them again (and nothing else of it changes), the one after has nothing new."""
    warehouse = tmp_path / "wh.duckdb"
    run(samples, warehouse)
    before = rows(warehouse, READINGS)
    con = duckdb.connect(str(warehouse))
    try:  # as version 18 left it: no reader versions, no count of documents read again
        con.execute("ALTER TABLE dim_document DROP COLUMN reader_version")
        con.execute("ALTER TABLE audit_load_run DROP COLUMN docs_reread")
        con.execute("DELETE FROM meta_schema_version WHERE version = 19")
    finally:
        con.close()
    record = run(samples, warehouse)
    assert (record.docs_loaded, record.docs_reread, record.docs_skipped) == (3, 3, 0)
    assert rows(warehouse, "SELECT max(version) FROM meta_schema_version") == [(19,)]
    assert rows(warehouse, "SELECT docs_reread FROM audit_load_run ORDER BY started_at") == [(0,), (3,)]
    assert rows(warehouse, READ_BY) == [(reader_version(),)]
    assert rows(warehouse, READINGS) == before
    assert run(samples, warehouse).published is False


def write_documents(folder: Path, count: int) -> None:
    for i in range(count):
        (folder / f"bulletin-{i}.txt").write_text(f"青溪区2024年经济运行简况\n全区地区生产总值增长{i + 1}.5%。\n",
                                                  encoding="utf-8")


def test_prune_removes_a_few_documents_but_refuses_many_without_force(samples: Path, tmp_path: Path):
    warehouse = tmp_path / "wh.duckdb"
    write_documents(samples, 7)  # 10 documents in all
    run(samples, warehouse)
    (samples / "bulletin-0.txt").unlink()
    (samples / "bulletin-1.txt").unlink()
    assert run(samples, warehouse, prune=True).docs_pruned == 2  # 20%: within the limit
    assert PRUNE_LIMIT == 0.2

    published = digest(warehouse)
    for name in ("bulletin-2.txt", "bulletin-3.txt"):
        (samples / name).unlink()
    with pytest.raises(PruneRefused, match=r"remove 2 of the warehouse's 8 documents \(more than 20%\): "
                                           r"bulletin-2.txt, bulletin-3.txt; run with --force"):
        run(samples, warehouse, prune=True)
    assert digest(warehouse) == published
    assert run(samples, warehouse, prune=True, force=True).docs_pruned == 2
    assert rows(warehouse, "SELECT count(*) FROM dim_document") == [(6,)]


def test_prune_never_acts_on_a_folder_without_documents(samples: Path, tmp_path: Path):
    warehouse = tmp_path / "wh.duckdb"
    run(samples, warehouse)
    published = digest(warehouse)
    empty = tmp_path / "unmounted"
    empty.mkdir()
    (empty / "notes.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(PruneRefused, match=f"{empty} holds no documents, so every one of the warehouse's 3"):
        run(empty, warehouse, prune=True, force=True)
    assert digest(warehouse) == published


def test_a_missing_folder_fails_the_flow_with_its_reason(tmp_path: Path):
    state = run(tmp_path / "inbox", tmp_path / "wh.duckdb", return_state=True)
    assert state.is_failed()
    assert state.message.endswith(f"SourceError: source folder not found: {tmp_path / 'inbox'}")
    with pytest.raises(SourceError):
        state.result()
    assert not (tmp_path / "wh.duckdb").exists()


def test_an_empty_folder_succeeds_and_other_files_are_named(tmp_path: Path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "scan.jpg").write_bytes(b"\xff\xd8\xff")
    (inbox / "table.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    record = run(inbox, tmp_path / "wh.duckdb")
    assert (record.docs_seen, record.docs_loaded, record.unsupported) == (0, 0, ("scan.jpg", "table.xls"))


def test_a_new_warehouse_is_read_as_surveyed_without_reading_its_staging_copy(samples: Path, tmp_path: Path):
    """Nothing published holds nothing: the first run discovers the folder in its survey, and its workers
    wait for no step between the staging copy and their first batch."""
    steps: list[str] = []
    record = run_pipeline(str(samples), str(tmp_path / "wh.duckdb"),
                          how=Orchestration(step=lambda step: steps.append(step.__name__) or step))
    assert steps == ["survey_published", "open_staging_copy", "load_run", "refresh_views", "publish_warehouse"]
    assert record.docs_loaded == 3


def test_a_run_asks_the_warehouse_only_for_its_folder_s_documents_unless_it_prunes(samples: Path, tmp_path: Path):
    """What a run surveys follows its folder, not the warehouse (at 30 M observations the warehouse holds
    224,000 documents); a run that prunes asks for all, to find those gone."""
    warehouse, inbox = tmp_path / "wh.duckdb", tmp_path / "inbox"
    run(samples, warehouse)
    inbox.mkdir()
    shutil.copyfile(samples / SPEECH, inbox / SPEECH)
    survey = survey_published(str(inbox), str(warehouse), prune=False)
    assert survey is not None and survey.held.documents == {SPEECH: hash_of(warehouse, SPEECH)}
    pruning = survey_published(str(inbox), str(warehouse), prune=True)
    assert pruning is not None and pruning.held.documents == dict(rows(warehouse, DOCUMENTS))
    assert sorted(pruning.found.removed) == sorted(set(pruning.held.documents) - {SPEECH})
