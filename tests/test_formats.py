"""Word (.docx) and PDF documents, written here with python-docx and reportlab, read by the
pipeline; a scanned PDF (no text layer) and a broken file are refused with their reasons."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
from test_pipeline import rows

from zhibiao.documents import DocumentError
from zhibiao.documents.pdf import pdf_to_text
from zhibiao.documents.word import docx_to_text

TITLE = "在云岭县2025年经济工作会议上的讲话"
SENTENCES = ["2024年全县实现地区生产总值312.4亿元，同比增长6.1%，增速高于全市1.2个百分点。",
             "规模以上工业增加值增长8.3%。", "固定资产投资下降2.5%。"]
FONT = "STSong-Light"  # one of PDF's standard Chinese fonts: nothing to embed


def word_document() -> bytes:
    document = docx.Document()
    document.core_properties.title = TITLE
    document.add_heading("一、2024年经济运行回顾", level=1)
    for sentence in SENTENCES:
        document.add_paragraph(sentence)
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["指标", "数值", "增长"], strict=True):
        cell.text = text
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "社会消费品零售总额"
    table.cell(1, 2).text = "4.4%"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pdf_document(lines: list[list[str]], title: str = TITLE) -> bytes:
    """One page per list of lines, each line drawn as it is (a page breaks sentences where it must)."""
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.setTitle(title)
    for number, page_lines in enumerate(lines, start=1):
        page.setFont(FONT, 12)
        for i, line in enumerate(page_lines):
            page.drawString(72, 760 - 18 * i, line)
        page.drawString(290, 40, f"- {number} -")
        page.showPage()
    page.save()
    return out.getvalue()


def scanned_pdf() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.rect(72, 500, 400, 200, fill=1)  # a picture of a page, no text
    page.showPage()
    page.save()
    return out.getvalue()


def wrapped(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def test_a_word_document_reads_in_order_with_its_tables():
    title, text, _ = docx_to_text(word_document())
    assert title == TITLE
    assert text.splitlines() == ["一、2024年经济运行回顾", *SENTENCES, "指标\t数值\t增长", "社会消费品零售总额\t4.4%"]


def test_a_pdf_rejoins_lines_broken_inside_a_sentence_and_drops_page_numbers():
    first = wrapped(SENTENCES[0], 30)  # "…同比增长6.1" | "%，…": a figure broken from its unit
    title, text, _ = pdf_to_text(pdf_document([[TITLE, *first], [SENTENCES[1], SENTENCES[2]]]))
    assert title == TITLE
    assert text.splitlines() == [TITLE, *SENTENCES]


def test_a_short_line_that_began_a_sentence_goes_on_in_the_next_but_a_heading_does_not():
    begun = "七、金融存贷款增长。11月末，全区金融机构本外币存款余额"  # the figure after it did not fit
    lines = [SENTENCES[0], "八、人民生活", begun, "1268.4亿元，同比增长6.3%。"]
    _, text, _ = pdf_to_text(pdf_document([lines]))
    assert text.splitlines() == [SENTENCES[0], "八、人民生活", begun + "1268.4亿元，同比增长6.3%。"]


def test_a_short_line_ending_in_a_clause_mark_goes_on_in_the_next():
    broken = "1-10月，全县规模以上工业增加值同比增长7.5%，"  # the author broke the line after a comma
    lines = [SENTENCES[0], broken, "增速比前三季度加快0.1个百分点。", SENTENCES[1]]
    _, text, _ = pdf_to_text(pdf_document([lines]))
    assert text.splitlines() == [SENTENCES[0], broken + "增速比前三季度加快0.1个百分点。", SENTENCES[1]]


def test_a_wide_line_that_the_width_ended_on_a_closing_bracket_goes_on_but_a_short_one_in_brackets_does_not():
    wide = "全县规模以上工业增加值增长8.6%，比全市高1.4个百分点，增速居全市各县（市、区）"  # "第2位。" did not fit
    rest = "第2位。固定资产投资增长9.4%，高于全市2.8个百分点。"
    _, text, _ = pdf_to_text(pdf_document([[TITLE, "（2025年12月20日）", wide, rest]]))
    assert text.splitlines() == [TITLE, "（2025年12月20日）", wide + rest]


def test_a_table_row_wider_than_the_prose_does_not_keep_the_prose_from_joining():
    row = "规模以上工业增加值        亿元        1268.4        1402.7        1533.9        6.3"  # cells set far apart
    first = wrapped(SENTENCES[0], 30)
    _, text, _ = pdf_to_text(pdf_document([[TITLE, *first, row]]))
    assert text.splitlines()[:2] == [TITLE, SENTENCES[0]]


def test_a_line_of_words_set_apart_as_wide_as_the_prose_stands_alone():
    first = wrapped(SENTENCES[0], 30)
    issuers = "青溪县统计局　青溪县发展和改革局　2025年12月10日"  # nearly as wide as the prose, but no wrapped prose
    header = "指标    本月    同比    1-本月    累计同比"
    row = "全社会用电量    27.93    9.4    286.54    12.8"
    _, text, _ = pdf_to_text(pdf_document([[TITLE, issuers, *first, header, row]]))
    assert text.splitlines()[:4] == [TITLE, issuers, SENTENCES[0], header]


def test_a_line_of_words_set_apart_that_the_width_broke_inside_a_number_goes_on():
    first = wrapped(SENTENCES[0], 30)
    issuers = "青溪县统计局　青溪县发展和改革局编印　　2025年12月1"  # "6日" did not fit
    _, text, _ = pdf_to_text(pdf_document([[TITLE, *first, issuers, "6日"]]))
    assert text.splitlines()[1:] == [SENTENCES[0], "青溪县统计局　青溪县发展和改革局编印　　2025年12月16日"]


def test_a_sentence_that_a_page_ends_goes_on_at_the_top_of_the_next():
    first, rest = wrapped(SENTENCES[0], 25)  # the page ends after "…同比增"
    _, text, _ = pdf_to_text(pdf_document([[TITLE, SENTENCES[1], first], [rest, SENTENCES[2]]]))
    assert text.splitlines() == [TITLE, SENTENCES[1], SENTENCES[0], SENTENCES[2]]


@pytest.mark.parametrize(("reader", "data", "reason"), [
    (pdf_to_text, scanned_pdf(), "scanned PDF without a text layer (1 page): its text needs OCR"),
    (pdf_to_text, b"%PDF-1.4\nnot really", "not a readable PDF"),
    (docx_to_text, b"PK\x03\x04 not a zip", "not a readable .docx file"),
])
def test_unreadable_files_are_refused_with_their_reason(reader, data: bytes, reason: str):
    with pytest.raises(DocumentError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        reader(data)


@pytest.mark.usefixtures("prefect_server")
def test_word_and_pdf_documents_load_beside_text_and_html(samples: Path, tmp_path: Path):
    from zhibiao.flows.run_flow import run_flow

    (samples / "yunling-2025-speech.docx").write_bytes(word_document())
    revenue = "2024年全县一般公共预算收入18.6亿元，同比增长4.2%，税收收入占比提高。"
    report = ["2025年云岭县政府工作报告", *wrapped(revenue, 20)]
    (samples / "yunling-2025-report.pdf").write_bytes(pdf_document([report], title=""))
    (samples / "scan.pdf").write_bytes(scanned_pdf())
    warehouse = tmp_path / "wh.duckdb"
    record = run_flow(source=str(samples), warehouse=str(warehouse))
    assert (record.docs_seen, record.docs_loaded, record.docs_failed) == (6, 5, 1)
    assert record.failed == (("scan.pdf", "scanned PDF without a text layer (1 page): its text needs OCR"),)
    found = set(rows(warehouse, "SELECT file, indicator, metric, value FROM v_observations WHERE file LIKE 'yunling%'"))
    assert {("yunling-2025-speech.docx", "地区生产总值", "growth", 6.1),
            ("yunling-2025-speech.docx", "规模以上工业增加值", "growth", 8.3),
            ("yunling-2025-report.pdf", "一般公共预算收入", "level", 18.6),
            ("yunling-2025-report.pdf", "一般公共预算收入", "growth", 4.2)} <= found
    # the table's cell, read as such, its evidence at its offsets in the stored text
    assert rows(warehouse, "SELECT o.indicator, o.metric, o.value, o.evidence, "
                           "substr(t.text, o.start_offset + 1, o.end_offset - o.start_offset) FROM v_observations o "
                           "JOIN dim_document d ON d.file_name = o.file JOIN (SELECT doc_id, string_agg(text, '' "
                           "ORDER BY part) AS text FROM dim_document_text GROUP BY doc_id) t ON t.doc_id = d.doc_id "
                           "WHERE o.file = 'yunling-2025-speech.docx' AND o.rule = 'table_cell'") == [
        ("社会消费品零售总额", "growth", 4.4, "4.4%", "4.4%")]
    assert rows(warehouse, "SELECT file_name, encoding, title FROM dim_document WHERE file_name LIKE 'yunling%' "
                           "ORDER BY 1") == [("yunling-2025-report.pdf", "pdf", "2025年云岭县政府工作报告"),
                                             ("yunling-2025-speech.docx", "docx", TITLE)]


def pdf_cells_apart(first_number: int) -> bytes:
    """Two numbered pages (from `first_number`), the second with a table whose every cell is drawn at its own
    place: pypdf gives one cell to a line, and the counts are short numbers alone on their lines."""
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.setFont(FONT, 12)
    page.drawString(72, 760, "全县重大项目完成投资58.6亿元。")
    page.drawString(290, 40, str(first_number))
    page.showPage()
    page.setFont(FONT, 12)
    rows = [("领域", "项目数", "完成投资"), ("工业", "12", "21.5"), ("交通", "6", "14.2"), ("民生", "9", "8.7")]
    for i, row in enumerate(rows):
        for x, cell in zip((72, 220, 340), row, strict=True):
            page.drawString(x, 760 - 20 * i, cell)
    page.drawString(290, 40, str(first_number + 1))
    page.showPage()
    page.save()
    return out.getvalue()


@pytest.mark.parametrize("first_number", [1, 7])
def test_a_short_number_alone_on_a_line_is_a_cell_and_only_the_pages_numbers_are_dropped(first_number):
    _, text, tables = pdf_to_text(pdf_cells_apart(first_number))
    lines = text.splitlines()
    assert lines[lines.index("工业"):] == ["工业", "12", "21.5", "交通", "6", "14.2", "民生", "9", "8.7"]
    assert str(first_number) not in lines and str(first_number + 1) not in lines
    assert len(tables) == 1
