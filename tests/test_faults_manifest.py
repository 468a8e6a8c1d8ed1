"""Fault suite: the manifest and the source folder under attack. Each manifest row is its own unit
(an undecodable byte, an oversized cell, a tag, aliases, a duplicate cost that row's document);
the manifest is read with the documents' guards; and a folder swapped for a link while files
are opened never leads outside the source folder."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from test_pipeline import rows

from zhibiao.documents import DocumentError, load_manifest
from zhibiao.documents.manifest import MAX_BYTES, ManifestError
from zhibiao.documents.reader import read_bytes
from zhibiao.pipeline import run_pipeline

pytestmark = pytest.mark.faults
HEADER = b"file,region,year,kind,title\n"
SPEECH = "在青溪区2025年经济工作会议上的讲话\n全区地区生产总值增长{}%。"


def test_an_undecodable_byte_or_a_huge_cell_costs_its_row_only(tmp_path: Path):
    (tmp_path / "manifest.csv").write_bytes(
        HEADER + "good.txt,青溪区,2025,speech,讲话\n".encode()
        + b"gbk.txt,\xc7\xe0\xcf\xaa\xc7\xf8,2025,speech,x\n"  # 青溪区 in GBK
        + b"huge.txt,x,2025,speech," + b"A" * 128 * 1024 + b"\n"
        + "after.txt,榕海市,2024,work_report,报告\n".encode())
    found = load_manifest(tmp_path)
    assert sorted(found.rows) == ["after.txt", "good.txt"]
    assert found.errors == {"gbk.txt": "manifest.csv row 3, column region: not UTF-8 text (save the manifest as UTF-8)",
                            "huge.txt": "manifest.csv row 4, column title: 131072 characters: a cell holds at most "
                                        "1000"}


def test_a_yaml_tag_or_an_alias_bomb_costs_its_row_only(tmp_path: Path):
    laughs = "".join(f"  - &l{i} [*l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}, "
                     f"*l{i - 1}, *l{i - 1}]\n" for i in range(1, 9))
    (tmp_path / "manifest.yaml").write_text(
        "lol: &l0 lol\n"  # billion laughs: 9^8 references that a naive reader would expand into one title
        "bombs:\n" + laughs +
        "documents:\n"
        "  - {file: good.txt, region: 青溪区, year: 2025}\n"
        "  - {file: tag.txt, region: !!python/object/apply:os.system [echo owned]}\n"
        "  - {file: bomb.txt, title: *l8}\n"
        "  - {file: after.txt, region: 榕海市}\n", encoding="utf-8")
    started = time.process_time()
    found = load_manifest(tmp_path)
    assert time.process_time() - started < 2
    assert sorted(found.rows) == ["after.txt", "good.txt"]
    assert found.errors["tag.txt"].startswith("manifest.yaml row 2, column tag:yaml.org,2002:map: cannot be read: "
                                              "could not determine a constructor")
    assert found.errors["bomb.txt"] == "manifest.yaml row 3, column title: a list is not a cell: give plain text"


def test_a_duplicate_row_and_a_second_manifest_are_refused_in_words(tmp_path: Path):
    (tmp_path / "manifest.csv").write_bytes(HEADER + "a.txt,青溪区,2025,speech,一\nb.txt,青溪区,2025,speech,二\n"
                                                     "a.txt,榕海市,2024,speech,三\n".encode())
    (tmp_path / "manifest.yaml").write_text("- {file: b.txt, region: 榕海市}\n", encoding="utf-8")
    found = load_manifest(tmp_path)
    assert sorted(found.rows) == ["b.txt"] and found.rows["b.txt"].region == "青溪区"
    assert found.errors == {"a.txt": "manifest.csv rows 2 and 4 both describe a.txt: keep one"}
    assert found.unplaced == [("manifest.yaml", "manifest.yaml is not read: manifest.csv is (keep one manifest)")]


def test_the_manifest_is_read_with_the_documents_guards(tmp_path: Path):
    secret = tmp_path / "secret.csv"
    secret.write_text("file,title\na.txt,the secret\n", encoding="utf-8")
    (source := tmp_path / "docs").mkdir()
    (source / "manifest.csv").symlink_to(secret)
    with pytest.raises(ManifestError, match=r"manifest manifest\.csv cannot be read: outside the source folder"):
        load_manifest(source)
    (source / "manifest.csv").unlink()
    with open(source / "manifest.csv", "wb") as f:
        f.truncate(2 * 1024**3)  # 2 GB, sparse: refused by its size, never read
    started = time.process_time()
    with pytest.raises(ManifestError, match=f"file too large: {2 * 1024**3} bytes \\(limit {MAX_BYTES}\\)"):
        load_manifest(source)
    assert time.process_time() - started < 1


def test_a_bad_manifest_cell_costs_one_document_in_a_run(tmp_path: Path):
    (source := tmp_path / "docs").mkdir()
    for name, value in (("a.txt", "5.1"), ("b.txt", "5.2"), ("c.txt", "5.3")):
        (source / name).write_text(SPEECH.format(value), encoding="utf-8")
    gbk = b"b.txt,\xc7\xe0,2025,speech,x\n"
    (source / "manifest.csv").write_bytes(HEADER + "a.txt,青溪区,2025,speech,甲\n".encode() + gbk
                                          + "c.txt,青溪区,2025,speech,丙\n".encode())
    record = run_pipeline(str(source), str(warehouse := tmp_path / "w.duckdb"))
    assert (record.docs_loaded, record.docs_failed) == (2, 1)
    assert rows(warehouse, "SELECT file_name, reason FROM v_rejected WHERE stage = 'document'") == [
        ("b.txt", "manifest.csv row 3, column region: not UTF-8 text (save the manifest as UTF-8)")]
    assert rows(warehouse, "SELECT file_name, title FROM dim_document ORDER BY 1") == [("a.txt", "甲"), ("c.txt", "丙")]


def test_a_folder_swapped_for_a_link_while_files_are_opened_never_leads_outside(tmp_path: Path):
    (source := tmp_path / "docs").mkdir()
    (outside := tmp_path / "outside").mkdir()
    (outside / "a.txt").write_text("secret", encoding="utf-8")
    (real := tmp_path / "real").mkdir()
    (real / "a.txt").write_text("inside", encoding="utf-8")
    sub = source / "sub"
    sub.mkdir()
    (sub / "a.txt").write_text("inside", encoding="utf-8")
    stop = threading.Event()

    def swap() -> None:  # the attacker: the subfolder becomes a link leading out, and back, as fast as it can
        while not stop.is_set():
            os.rename(sub, real.with_name("parked"))
            sub.symlink_to(outside)
            sub.unlink()
            os.rename(real.with_name("parked"), sub)

    attacker = threading.Thread(target=swap)
    attacker.start()
    read, refused = [], 0
    try:
        deadline = time.monotonic() + 2
        while time.monotonic() < deadline:
            try:
                read.append(read_bytes(sub / "a.txt", source))
            except DocumentError:
                refused += 1
    finally:
        stop.set()
        attacker.join()
    assert read and refused  # both sides of the race were hit …
    assert set(read) == {b"inside"}  # … and nothing outside the folder was ever read


def test_a_copy_sorting_earlier_does_not_take_a_manifest_documents_metadata(tmp_path: Path):
    (source := tmp_path / "docs").mkdir()
    for name in ("a-copy.txt", "b.txt"):
        (source / name).write_text(SPEECH.format("5.1"), encoding="utf-8")
    (source / "manifest.csv").write_bytes(HEADER + "b.txt,榕海市,2024,work_report,乙\n".encode())
    run_pipeline(str(source), str(warehouse := tmp_path / "w.duckdb"))
    assert rows(warehouse, "SELECT file_name, title, region, source FROM dim_document") == [
        ("b.txt", "乙", "榕海市", "manifest")]
    assert rows(warehouse, "SELECT file_name, reason FROM v_rejected WHERE stage = 'document'") == [
        ("a-copy.txt", "duplicate content of b.txt")]


def test_renaming_to_a_name_that_is_not_utf8_loses_nothing_with_prune(tmp_path: Path):
    (source := tmp_path / "docs").mkdir()
    for name, value in (("a.txt", "5.1"), ("b.txt", "5.2")):
        (source / name).write_text(SPEECH.format(value), encoding="utf-8")
    run_pipeline(str(source), str(warehouse := tmp_path / "w.duckdb"))
    os.rename(source / "a.txt", os.fsencode(source) + b"/caf\xe9.txt")
    record = run_pipeline(str(source), str(warehouse), prune=True, force=True)
    assert record.docs_pruned == 0
    assert rows(warehouse, "SELECT file_name FROM dim_document ORDER BY 1") == [("a.txt",), ("b.txt",)]
    assert rows(warehouse, "SELECT file_name, reason FROM v_rejected WHERE stage = 'document'") == [
        ("caf\\xe9.txt", "file name is not valid UTF-8 (rename the file)")]
