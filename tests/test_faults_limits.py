"""Fault suite: documents built to exhaust the machine. Each one costs itself only, recorded in
v_rejected with the reason, under a real memory limit (RLIMIT_AS in the worker process), a real
alarm, and bounds on decompression; the inputs that made reading HTML quadratic read in linear time."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest
from test_pipeline import rows

from zhibiao.documents import DocumentError
from zhibiao.documents.html import html_to_text
from zhibiao.documents.word import MAX_UNZIPPED, docx_to_text
from zhibiao.pipeline import Orchestration, run_pipeline
from zhibiao.pipeline.workers import map_on, worker_processes

pytestmark = pytest.mark.faults
SPEECH = "在青溪区2025年经济工作会议上的讲话\n全区地区生产总值增长{}%。"


def run_in_workers(source: Path, warehouse: Path) -> None:
    with worker_processes(1) as pool:
        run_pipeline(str(source), str(warehouse), how=Orchestration(map_batches=map_on(pool), workers=1))


def rejected(warehouse: Path) -> dict[str, str]:
    return dict(rows(warehouse, "SELECT file_name, reason FROM v_rejected WHERE stage = 'document'"))


def test_a_document_over_its_memory_is_refused_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("ZHIBIAO_DOCUMENT_MEMORY", "64MB")  # the workers started below read it
    (source := tmp_path / "docs").mkdir()
    (source / "a.txt").write_text(SPEECH.format("5.1"), encoding="utf-8")
    (source / "z.txt").write_text(SPEECH.format("5.3"), encoding="utf-8")
    parks = "、".join(f"第{i}产业园区" for i in range(12000))  # one list sentence of 340 KB
    (source / "list.txt").write_text(f"青溪区2025年经济工作会议上的讲话\n{parks}分别增长"
                                     + "、".join(f"{i % 90 / 10}%" for i in range(12000)) + "。", encoding="utf-8")
    run_in_workers(source, warehouse := tmp_path / "w.duckdb")
    assert rejected(warehouse) == {"list.txt": "out of memory: needs more than 64 MB (ZHIBIAO_DOCUMENT_MEMORY)"}
    assert rows(warehouse, "SELECT file_name FROM dim_document ORDER BY 1") == [("a.txt",), ("z.txt",)]


def test_a_document_over_its_reading_time_is_refused_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from reportlab.pdfgen import canvas

    monkeypatch.setenv("ZHIBIAO_READING_SECONDS", "1.5")  # a short text reads in milliseconds, on a busy machine too
    (source := tmp_path / "docs").mkdir()
    (source / "a.txt").write_text(SPEECH.format("5.1"), encoding="utf-8")
    pdf = canvas.Canvas(str(source / "long.pdf"))
    # pypdf takes 0.6-4 ms a page, by machine and load: a whole read is 6-40 s, far over the limit on
    # any of them (2,000 pages read in 1.3 s on a faster machine, and the test failed there)
    for page in range(10_000):
        pdf.drawString(72, 720, f"Page {page}: regional output grew 5.{page % 10}%.")
        pdf.showPage()
    pdf.save()
    started = time.monotonic()
    run_in_workers(source, warehouse := tmp_path / "w.duckdb")
    assert rejected(warehouse) == {"long.pdf": "reading took over 1.5 s"}
    assert rows(warehouse, "SELECT file_name FROM dim_document") == [("a.txt",)]
    assert time.monotonic() - started < 30


def zip_bomb(size: int) -> bytes:
    """A .docx whose document.xml inflates to `size` bytes of one repeated paragraph."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as part:
            chunk = b"<w:p><w:r><w:t>" + "增长5%".encode() * 1000 + b"</w:t></w:r></w:p>"
            for _ in range(size // len(chunk) + 1):
                part.write(chunk)
    return buffer.getvalue()


@pytest.mark.parametrize("size", [MAX_UNZIPPED + 1, 8 * 1024 * 1024])  # over the size; under it, over the ratio
def test_a_docx_zip_bomb_is_refused_before_it_is_inflated(size: int):
    bomb = zip_bomb(size)
    started = time.process_time()
    with pytest.raises(DocumentError, match=r"not read: this \.docx unzips to \d+ bytes from \d+ .*: a zip bomb\?"):
        docx_to_text(bomb)
    assert time.process_time() - started < 0.5


@pytest.mark.parametrize(("name", "page"), [
    ("an unclosed <a run", "<html><body><p>全区增长5%。" + "<a x" * 40000),
    ("a whitespace run", "<html><body><p>全区" + " " * 80000 + "增长5%。</p></body></html>"),
    ("unclosed comments", "<html><body><p>全区增长5%。" + "<!--" * 40000),
])
def test_html_that_was_quadratic_reads_in_linear_time(name: str, page: str):
    started = time.process_time()
    html_to_text(page)
    assert time.process_time() - started < 2, name  # 6.6 s, 24 s before
