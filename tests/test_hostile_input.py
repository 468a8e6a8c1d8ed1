"""Hostile and faulty files in the source folder: each one is recorded in v_rejected with its
reason, nothing outside the folder is read, nothing blocks, and the run goes on."""

from __future__ import annotations

import codecs
import os
import threading
import time
from pathlib import Path

import pytest
from test_pipeline import rows, run

from zhibiao.documents import DocumentError
from zhibiao.documents.reader import discover, read_bytes

pytestmark = pytest.mark.faults
SPEECH = "在青溪区2025年经济工作会议上的讲话\n全区地区生产总值增长{}%。"


def test_only_regular_files_inside_the_folder_are_read(tmp_path: Path):
    source, outside = tmp_path / "docs", tmp_path / "secret.txt"
    source.mkdir()
    outside.write_text("机密", encoding="utf-8")
    (source / "plain.txt").write_text("正文", encoding="utf-8")
    (source / "inside-link.txt").symlink_to("plain.txt")
    (source / "outside-link.txt").symlink_to(outside)
    (source / "sub").mkdir()
    (source / "sub" / "up.txt").symlink_to("../../secret.txt")
    os.mkfifo(source / "pipe.txt")
    assert read_bytes(source / "inside-link.txt", source) == "正文".encode()
    for name, reason in (("outside-link.txt", "outside the source folder"), ("sub/up.txt", "outside the source folder"),
                         ("pipe.txt", "not a regular file")):
        with pytest.raises(DocumentError, match=reason):
            read_bytes(source / name, source)
    assert [p.relative_to(source).as_posix() for p in discover(source)] == [
        "inside-link.txt", "outside-link.txt", "pipe.txt", "plain.txt", "sub/up.txt"]


def test_reading_has_a_size_and_a_time_limit(tmp_path: Path):
    (tmp_path / "big.txt").write_bytes(b"x" * 5000)
    with pytest.raises(DocumentError, match="file too large: 5000 bytes"):
        read_bytes(tmp_path / "big.txt", tmp_path, max_bytes=4096)
    # /proc files say they are empty and are never done; /dev/zero is not even a file
    proc = tmp_path / "proc"
    os.symlink("/proc", proc)
    with pytest.raises(DocumentError, match="file too large: over 4096 bytes"):
        read_bytes(proc / "self" / "pagemap", proc, max_bytes=4096)
    started = time.monotonic()
    with pytest.raises(DocumentError, match=r"reading took over 0\.2 s"):
        read_bytes(proc / "self" / "pagemap", proc, max_bytes=10**12, max_seconds=0.2)
    assert time.monotonic() - started < 10


@pytest.mark.usefixtures("prefect_server")
def test_hostile_files_are_recorded_and_the_run_goes_on(samples: Path, tmp_path: Path):
    (samples / "passwd.txt").symlink_to("/etc/passwd")
    (samples / "kmsg.txt").symlink_to("/proc/kmsg")
    (samples / "mem.txt").symlink_to("/proc/self/mem")
    (samples / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(samples / "fifo.txt")
    (samples / "bom-gbk.txt").write_bytes(codecs.BOM_UTF8 + SPEECH.format("6.6").encode("gbk"))
    (samples / "cut-utf16.txt").write_bytes(SPEECH.format("6.7").encode("utf-16")[:-1])
    latin1 = os.fsencode(samples) + b"/caf\xe9.txt"
    with open(latin1, "wb") as f:
        f.write(SPEECH.format("6.8").encode())
    writer = threading.Timer(60, lambda: open(samples / "fifo.txt", "wb").close())  # frees a reader stuck on it
    writer.start()
    try:
        record = run(samples, warehouse := tmp_path / "wh.duckdb")
    finally:
        writer.cancel()
    reasons = dict(rows(warehouse, "SELECT file_name, reason FROM v_rejected WHERE stage = 'document'"))
    assert reasons == {
        "passwd.txt": "outside the source folder", "kmsg.txt": "outside the source folder",
        "mem.txt": "outside the source folder", "zero.txt": "outside the source folder",
        "fifo.txt": "not a regular file",
        "cut-utf16.txt": "undecodable as utf-16, which its byte-order mark announces: truncated data at byte 70",
        "bom-gbk.txt": "undecodable as utf-8, which its byte-order mark announces: invalid continuation byte at byte 0",
        "caf\\xe9.txt": "file name is not valid UTF-8 (rename the file)"}
    assert (record.docs_loaded, record.docs_failed) == (3, 8)
    assert rows(warehouse, "SELECT count(*) FROM dim_document_text WHERE text LIKE '%root:%'") == [(0,)]
