"""Tables of indicators in all three formats that hold them (a web page's <table>, a .docx table and
a text-layer PDF), written here, read by the readers and extracted cell by cell."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from zhibiao.documents import Document, read_document
from zhibiao.documents.html import html_to_text
from zhibiao.documents.model import Cell
from zhibiao.documents.tables import TextWriter, paired_tables, spaced_tables, spread, table
from zhibiao.extraction import DocumentMeta, Observation, extract_document, load_lexicon

TITLE = "青溪区2025年国民经济和社会发展统计公报"
PROSE = "全年全区实现地区生产总值856.3亿元，比上年增长6.2%。"
HEADER = ["指标", "单位", "绝对数", "比上年增长（%）"]
ROWS = [["地区生产总值", "亿元", "856.3", "6.2"],
        ["固定资产投资", "亿元", "—", "-3.4"],
        ["　其中：工业投资", "亿元", "41.7", "12.5"],
        ["城镇新增就业", "万人", "1.36", "2.1"]]
FONT = "STSong-Light"  # one of PDF's standard Chinese fonts: nothing to embed


def web_page() -> bytes:
    """A bulletin page whose table has a nested header: 2025年 over 绝对数 and the growth column."""
    body = "".join(f"<tr>{''.join(f'<td>{cell}</td>' for cell in row)}</tr>" for row in ROWS)
    return (f"<html><head><title>{TITLE}</title></head><body><div class='nav'><a>首页</a></div>"
            f"<div class='article'><h1>{TITLE}</h1><p>{PROSE}</p><p>附表　主要经济指标</p>"
            "<table><tr><th rowspan='2'>指标</th><th rowspan='2'>单位</th><th colspan='2'>2025年</th></tr>"
            "<tr><th>绝对数</th><th>比上年增长（%）</th></tr>"
            f"{body}</table></div></body></html>").encode()


def word_document() -> bytes:
    """A summary whose table gives units in its header and a share of the city in a column of its own."""
    document = docx.Document()
    document.add_heading(TITLE, level=1)
    document.add_paragraph(PROSE)
    rows = [["项目", "2025年完成（亿元）", "增速（%）", "占全市比重（%）"],
            ["地区生产总值", "856.3", "6.2", "3.4"],
            ["一般公共预算收入", "45.2", "-1.5", ""],
            ["其中：税收收入", "36.9", "2.7", "—"]]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def places_document() -> bytes:
    """A city's table of its districts: the indicators head merged columns over 总量 and 增速, the
    rows are places (the city's own row first)."""
    document = docx.Document()
    document.add_heading("榕海市2025年各区主要经济指标", level=1)
    rows = [["地区", "地区生产总值", "", "社会消费品零售总额", ""],
            ["", "总量（亿元）", "增速（%）", "总量（亿元）", "增速（%）"],
            ["全市", "2406.8", "5.4", "1133.9", "4.7"],
            ["青溪区", "310.5", "5.9", "201.2", "-0.6"],
            ["望江区", "288.0", "—", "97.4", "3.8"]]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    table.cell(0, 1).merge(table.cell(0, 2))
    table.cell(0, 3).merge(table.cell(0, 4))
    table.cell(0, 0).merge(table.cell(1, 0))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pdf_document() -> bytes:
    """A bulletin page with prose over a table drawn cell by cell: its text layer keeps the columns
    only as the spaces between them. One label holds a space; one row lacks its level cell."""
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.setTitle(TITLE)
    page.setFont(FONT, 11)
    page.drawString(72, 780, TITLE)
    page.drawString(72, 760, PROSE)
    lines = page.beginText()
    lines.setFont(FONT, 11)
    rows = [HEADER, *ROWS[:2], ["其中： 工业投资", "亿元", "41.7", "12.5"], ["城镇新增就业", "万人", "2.1"]]
    columns = {4: [72, 250, 330, 420], 3: [72, 250, 420]}  # where each cell of a row is drawn
    for i, row in enumerate(rows):
        for x, cell in zip(columns[len(row)], row, strict=True):
            lines.setTextOrigin(x, 720 - 18 * i)
            lines.textOut(cell)
    page.drawText(lines)
    page.showPage()
    page.save()
    return out.getvalue()


def pdf_one_cell_a_line() -> bytes:
    """A bulletin page whose table cells are each drawn on their own: its text layer gives one
    cell to a line."""
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.setFont(FONT, 11)
    page.drawString(72, 780, TITLE)
    page.drawString(72, 760, PROSE)
    for i, row in enumerate([HEADER, *ROWS]):
        for x, cell in zip([72, 250, 330, 420], row, strict=True):
            page.drawString(x, 720 - 18 * i, cell)
    page.showPage()
    page.save()
    return out.getvalue()


def pdf_two_columns() -> bytes:
    """A bulletin page with a table of a label and one figure a row (行业 | 增加值比上年增长(%)), drawn as
    text at two places on the line."""
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.setFont(FONT, 11)
    page.drawString(72, 780, TITLE)
    page.drawString(72, 760, "表2　规模以上工业分行业增加值增速")
    rows = [["行业", "增加值比上年增长（%）"], ["农副食品加工业", "5.2"], ["化学原料和化学制品制造业", "-1.3"],
            ["汽车制造业", "12.6"]]
    for i, (label, figure) in enumerate(rows):
        page.drawString(72, 730 - 18 * i, label)
        page.drawString(300, 730 - 18 * i, figure)
    page.showPage()
    page.save()
    return out.getvalue()


def read(name: str, data: bytes, tmp_path: Path) -> tuple[Document, list[Observation]]:
    path = tmp_path / name
    path.write_bytes(data)
    lex = load_lexicon()
    document = read_document(path, data, None, lex)
    meta = DocumentMeta(year=document.year, region=document.region, region_code=document.region_code,
                        kind=document.kind, title=document.title)
    return document, extract_document(document.text, meta, lex, tables=document.tables).observations


def cells(found: list[Observation]) -> set[tuple]:
    return {(o.indicator, o.metric, o.value, o.unit, o.evidence) for o in found if o.rule == "table_cell"}


def test_a_web_page_table_with_a_nested_header(tmp_path: Path):
    document, found = read("qingxi-2025-bulletin.html", web_page(), tmp_path)
    assert [len(row) for row in document.tables[0].rows] == [4] * 6 and document.tables[0].header == 2
    assert cells(found) == {
        ("地区生产总值", "level", 856.3, "亿元", "856.3"), ("地区生产总值", "growth", 6.2, "%", "6.2"),
        ("固定资产投资", "growth", -3.4, "%", "-3.4"),  # "—": no level
        ("工业投资", "level", 41.7, "亿元", "41.7"), ("工业投资", "growth", 12.5, "%", "12.5"),
        ("城镇新增就业", "level", 1.36, "万人", "1.36"), ("城镇新增就业", "growth", 2.1, "%", "2.1")}
    assert all(document.text[o.start:o.end] == o.evidence and o.period == 2025 for o in found)
    # the prose states GDP too: each statement is its own observation
    assert {o.rule for o in found if o.indicator == "地区生产总值" and o.metric == "level"} == {"level", "table_cell"}


def test_a_word_table_with_units_in_its_header_and_a_share_column(tmp_path: Path):
    document, found = read("qingxi-2025-summary.docx", word_document(), tmp_path)
    assert cells(found) == {
        ("地区生产总值", "level", 856.3, "亿元", "856.3"), ("地区生产总值", "growth", 6.2, "%", "6.2"),
        ("地区生产总值", "share", 3.4, "%", "3.4"),
        ("一般公共预算收入", "level", 45.2, "亿元", "45.2"), ("一般公共预算收入", "growth", -1.5, "%", "-1.5"),
        ("税收收入", "level", 36.9, "亿元", "36.9"), ("税收收入", "growth", 2.7, "%", "2.7")}
    assert {o.scope for o in found if o.metric == "share"} == {"city"}
    assert all(document.text[o.start:o.end] == o.evidence for o in found)


def test_a_table_of_places_under_merged_headers(tmp_path: Path):
    document, found = read("ronghai-2025-districts.docx", places_document(), tmp_path)
    assert document.region == "榕海市" and document.tables[0].header == 2
    assert {(o.named_region, o.indicator, o.metric, o.value, o.unit) for o in found if o.rule == "table_cell"} == {
        (None, "地区生产总值", "level", 2406.8, "亿元"), (None, "地区生产总值", "growth", 5.4, "%"),
        (None, "社会消费品零售总额", "level", 1133.9, "亿元"), (None, "社会消费品零售总额", "growth", 4.7, "%"),
        ("青溪区", "地区生产总值", "level", 310.5, "亿元"), ("青溪区", "地区生产总值", "growth", 5.9, "%"),
        ("青溪区", "社会消费品零售总额", "level", 201.2, "亿元"), ("青溪区", "社会消费品零售总额", "growth", -0.6, "%"),
        ("望江区", "地区生产总值", "level", 288.0, "亿元"),
        ("望江区", "社会消费品零售总额", "level", 97.4, "亿元"), ("望江区", "社会消费品零售总额", "growth", 3.8, "%")}
    assert all(document.text[o.start:o.end] == o.evidence for o in found)


def test_a_pdf_table_is_recovered_from_the_spaces_between_its_columns(tmp_path: Path):
    document, found = read("qingxi-2025-bulletin.pdf", pdf_document(), tmp_path)
    assert "地区生产总值 亿元 856.3 6.2" in document.text.splitlines()  # a wide row is not run into the next
    assert cells(found) == {
        ("地区生产总值", "level", 856.3, "亿元", "856.3"), ("地区生产总值", "growth", 6.2, "%", "6.2"),
        ("固定资产投资", "growth", -3.4, "%", "-3.4"),
        ("工业投资", "level", 41.7, "亿元", "41.7"), ("工业投资", "growth", 12.5, "%", "12.5"),
        ("城镇新增就业", "growth", 2.1, "%", "2.1")}  # its level cell is missing, not its unit or growth
    assert all(document.text[o.start:o.end] == o.evidence and o.period == 2025 for o in found)


def test_a_pdf_table_of_one_cell_to_a_line(tmp_path: Path):
    document, found = read("qingxi-2025-bulletin.pdf", pdf_one_cell_a_line(), tmp_path)
    assert "856.3" in document.text.splitlines()
    assert len(cells(found)) == 7 and ("固定资产投资", "growth", -3.4, "%", "-3.4") in cells(found)
    assert all(document.text[o.start:o.end] == o.evidence for o in found)


def test_a_pdf_table_of_a_label_and_one_figure_a_row(tmp_path: Path):
    document, found = read("qingxi-2025-bulletin.pdf", pdf_two_columns(), tmp_path)
    assert cells(found) == {  # the header's 增加值 completes each industry's name
        ("农副食品加工业增加值", "growth", 5.2, "%", "5.2"), ("汽车制造业增加值", "growth", 12.6, "%", "12.6"),
        ("化学原料和化学制品制造业增加值", "growth", -1.3, "%", "-1.3")}
    assert all(document.text[o.start:o.end] == o.evidence and o.period == 2025 for o in found)


def test_a_table_of_one_cell_to_a_line_with_ranks_written_out():
    """A province's annex of its cities, one cell to a line (a PDF's text layer): 第2位 is a rank cell, so the
    rows are four lines each; each city's figures are its own, its rank among the province's cities."""
    lines = ["2025年甘肃省科技经费投入统计公报", "2025年,全省研发经费投入1068.4亿元。", "附表：各市研发经费情况",
             "地区", "研发经费（亿元）", "研发经费投入强度（%）", "投入强度位次",
             "兰州市", "162.1", "2.12", "第1位", "天水市", "18.6", "1.31", "第2位", "酒泉市", "12.4", "1.02", "第3位"]
    text = "\n".join(lines)
    [table] = spaced_tables(text)
    assert [text[c.start:c.end] for c in table.rows[2]] == ["天水市", "18.6", "1.31", "第2位"]
    lex = load_lexicon()
    found = extract_document(text, DocumentMeta(year=2025, kind="bulletin", region="甘肃省"), lex,
                            tables=(table,)).observations
    assert {(o.indicator, o.metric, o.value, o.evidence) for o in found if o.rule == "table_cell"
            and o.metric == "rank"} == {("研发经费投入强度", "rank", n, f"第{n}位") for n in (1, 2, 3)}
    levels = {(o.indicator, o.value, o.named_region) for o in found if o.metric == "level"}
    assert ("研究与试验发展经费", 18.6, "天水市") in levels


def test_a_table_of_one_cell_to_a_line_with_its_units_a_line_each_under_its_header():
    """A company report's annex, one cell to a line, its header's units each alone in brackets on a line of its own
    under the header (none under the label's column), after a caption of its mark and year (附表　2025年…, a title,
    no column): the units are the header's second row and the cells take them."""
    lines = ["全年供水总量5200万立方米。", "附表　2025年各污水处理厂运行情况", "污水处理厂", "设计规模", "处理水量",
             "负荷率", "（万立方米/日）", "（万立方米）", "（%）", "城北污水处理厂", "6", "1790", "81.7",
             "城南污水处理厂", "4", "1120", "76.7", "合计", "10", "2910", "79.7"]
    text = "\n".join(lines)
    [table] = spaced_tables(text)
    assert table.header == 2
    assert [text[c.start:c.end] for c in table.rows[1]] == ["", "（万立方米/日）", "（万立方米）", "（%）"]
    assert [text[c.start:c.end] for c in table.rows[3]] == ["城南污水处理厂", "4", "1120", "76.7"]
    found = extract_document(text, DocumentMeta(year=2026, kind="brief", region="某市"), load_lexicon(),
                             tables=(table,)).observations
    cells = {(o.metric, o.value, o.unit) for o in found if o.rule == "table_cell"}
    assert {("level", 4, "万立方米/日"), ("level", 1120, "万立方米"), ("ratio", 76.7, "%")} <= cells
    # without the units' lines the same table is read as before
    text = "\n".join(lines[:6] + lines[9:])
    [table] = spaced_tables(text)
    assert table.header == 1 and [text[c.start:c.end] for c in table.rows[2]] == ["城南污水处理厂", "4", "1120", "76.7"]


def test_a_table_of_one_cell_to_a_line_ending_in_a_column_of_words():
    """An assessment's results, one cell to a line, each row ending in a grade of words (第一等次): still a table's
    rows; the scores are levels in 分 (the header's 得分), the ranks after the places are in what the caption ranks
    (…综合考核结果: 综合考核, the peers named before it no part of it), and the 上年位次 column is the year before's."""
    lines = ["泰州市2025年度各市（区）综合考核结果通报", "2025年度考核结果如下。",
             "表1　2025年度县（市、区）综合考核结果", "县（市、区）", "综合得分", "位次", "上年位次", "等次",
             "靖江市", "95.10", "1", "3", "优秀", "兴化市", "93.42", "2", "1", "优秀",
             "泰兴市", "90.06", "3", "2", "良好"]
    text = "\n".join(lines)
    [table] = spaced_tables(text)
    assert [text[c.start:c.end] for c in table.rows[2]] == ["兴化市", "93.42", "2", "1", "优秀"]
    lex = load_lexicon()
    found = extract_document(text, DocumentMeta(year=2026, kind="brief", region="泰州市"), lex,
                             tables=(table,)).observations
    cells = {(o.indicator, o.metric, o.value, o.unit, o.period, o.named_region) for o in found
             if o.rule == "table_cell"}
    assert ("综合得分", "level", 93.42, "分", 2025, "兴化市") in cells
    assert ("综合考核", "rank", 2, "", 2025, "兴化市") in cells
    assert ("综合考核", "rank", 1, "", 2024, "兴化市") in cells


def test_a_spaced_table_keeps_its_numbered_lines_naming_groups_of_rows():
    """A text layer's table whose rows are grouped under numbered lines of one word (一、出栏, （二）存栏（6月末）) goes
    on past them: each is a row of no figure (the extractor names the rows under it by it: 生猪出栏, 生猪存栏)."""
    text = ("项目 单位 1—6月 同比增减（%）\n一、出栏\n生猪 万头 38.6 1.2\n肉牛 头 5120 -2.4\n（二）存栏（6月末）\n"
            "生猪 万头 27.9 -0.8\n肉牛 头 3100 1.1")
    [table] = spaced_tables(text)
    assert [text[row[0].start:row[0].end] for row in table.rows] == [
        "项目", "一、出栏", "生猪", "肉牛", "（二）存栏（6月末）", "生猪", "肉牛"]
    # a line of words with no number still ends the table
    text = "项目 单位 1—6月 同比增减（%）\n生猪出栏 万头 38.6 1.2\n肉牛出栏 头 5120 -2.4\n存栏情况\n生猪 万头 27.9 -0.8"
    [table] = spaced_tables(text)
    assert [text[row[0].start:row[0].end] for row in table.rows] == ["项目", "生猪出栏", "肉牛出栏"]


def test_a_table_of_one_cell_to_a_line_of_nine_columns_whose_caption_gives_units_by_column():
    """A text layer's table of nine columns, one cell to a line (wider than eight), under a caption line giving its
    units column by column: the counted firms and the kinds' columns in 家, the two per-亩 columns in 万元/亩."""
    lines = ["泰州市2025年度工业用地效益评价结果", "全市参评企业1120家。", "表1　各县（市、区）评价结果",
             "（企业数单位：家；亩均税收、亩均产值单位：万元/亩）",
             "县（市、区）", "评价企业", "亩均税收", "亩均产值", "甲类", "乙类", "丙类", "丁类", "位次",
             "靖江市", "120", "18.4", "402.5", "12", "60", "38", "10", "1",
             "兴化市", "98", "15.2", "350.1", "9", "47", "33", "9", "2",
             "泰兴市", "143", "13.6", "311.0", "7", "70", "51", "15", "3"]
    text = "\n".join(lines)
    [table] = spaced_tables(text)
    assert [text[c.start:c.end] for c in table.rows[2]] == ["兴化市", "98", "15.2", "350.1", "9", "47", "33", "9", "2"]
    found = extract_document(text, DocumentMeta(year=2026, kind="brief", region="泰州市"), load_lexicon(),
                             tables=(table,)).observations
    cells = {(o.indicator, o.metric, o.value, o.unit, o.named_region) for o in found if o.rule == "table_cell"}
    assert {("评价企业", "level", 98, "家", "兴化市"), ("亩均税收", "level", 15.2, "万元/亩", "兴化市"),
            ("亩均产值", "level", 350.1, "万元/亩", "兴化市"), ("丁类", "level", 9, "家", "兴化市"),
            ("亩均产值", "rank", 2, "", "兴化市")} <= cells


def test_a_spaced_table_whose_rows_open_with_their_rank():
    """A ranking's text layer: each row opens with its rank (位次), then the county, the city it is in and its
    figures; the rows are the table's, the counties their labels, the ranks of what the caption ranks."""
    text = "\n".join([
        "表 2024年度江西省县域经济发展质量排名", "排名  县（市）  所属设区市  地区生产总值（亿元）",
        "1  南昌县  南昌市  1230.6", "2  丰城市  宜春市  702.4", "3  樟树市  宜春市  512.8"])
    [table] = spaced_tables(text)
    assert [text[c.start:c.end] for c in table.rows[2]] == ["2", "丰城市", "宜春市", "702.4"]
    found = extract_document(text, DocumentMeta(year=2025, kind="bulletin", region="江西省"), load_lexicon(),
                             tables=(table,)).observations
    cells = {(o.indicator, o.metric, o.value, o.named_region) for o in found if o.rule == "table_cell"}
    assert ("县域经济发展质量", "rank", 2, "丰城市") in cells
    assert ("地区生产总值", "level", 512.8, "樟树市") in cells
    assert not any(o.named_region in ("南昌市", "宜春市") for o in found)


def test_a_spaced_row_whose_label_runs_into_its_first_figure():
    """A text brief's table whose long label leaves no blank before the first figure (…（亿元）13.6): the label ends
    at its unit's bracket, and the figure is the first column's, not a part of the label."""
    text = "\n".join([
        "表1  2025年10月衢江区主要经济指标", "指标（单位）        10月      1-10月    1-10月同比增长（%）",
        "规上工业总产值（亿元）    18.2      171.5     6.4", "社会消费品零售总额（亿元）9.7       88.3      4.9",
        "全社会用电量（亿千瓦时）  1.6       15.8      7.1"])
    [table] = spaced_tables(text)
    assert [text[c.start:c.end] for c in table.rows[2]] == ["社会消费品零售总额（亿元）", "9.7", "88.3", "4.9"]
    found = extract_document(text, DocumentMeta(year=2025, kind="brief", region="衢州市"), load_lexicon(),
                             tables=(table,)).observations
    cells = {(o.indicator, o.metric, o.value) for o in found if o.rule == "table_cell"}
    assert {("社会消费品零售总额", "level", 9.7), ("社会消费品零售总额", "level", 88.3)} <= cells


def test_a_table_of_places_named_by_its_caption_and_a_column_of_one_month():
    """A monthly page's tables: a column headed by one month (10月) holds that month's figures, the 1-10月 one
    the sum to it; a table of places whose columns name no indicator (绝对额 | 增长 | 位次) is of what its
    caption ends with, its 位次 the rank of the growth to its left."""
    text = "\n".join([
        "青溪市统计月报（2025年第10期）", "表一　全市主要经济指标", "指标　10月　1-10月累计　累计同比增长（%）",
        "社会消费品零售总额（亿元）　31.6　302.4　5.8", "一般公共预算收入（亿元）　4.2　41.3　4.0",
        "表二　1-10月各县区社会消费品零售总额", "县区　绝对额（亿元）　增长（%）　位次",
        "洛龙区　68.6　6.9　1", "涧西区　56.4　5.2　3", "嵩县　12.4　5.7　2"])
    lex = load_lexicon()
    meta = DocumentMeta(year=2025, kind="brief", region="洛阳市", title="青溪市统计月报（2025年第10期）")
    found = extract_document(text, meta, lex, tables=spaced_tables(text)).observations
    cells = {(o.indicator, o.metric, o.value, o.span, o.named_region) for o in found if o.rule == "table_cell"}
    assert {("社会消费品零售总额", "level", 31.6, "M10", None), ("社会消费品零售总额", "level", 302.4, "M1-M10", None),
            ("社会消费品零售总额", "growth", 5.8, "M1-M10", None)} <= cells
    assert {(o.indicator, o.metric, o.value, o.named_region) for o in found if o.named_region == "嵩县"} == {
        ("社会消费品零售总额", "level", 12.4, "嵩县"), ("社会消费品零售总额", "growth", 5.7, "嵩县"),
        ("社会消费品零售总额增速", "rank", 2, "嵩县")}


def test_a_caption_s_unit_is_the_unit_of_the_amounts_under_it():
    """A brief's annex (附表:…分类情况(单位:亿千瓦时,%)): the level columns name no unit, the caption does."""
    text = "\n".join(["2025年11月青溪市电力消费情况简报", "附表：青溪市全社会用电量分类情况（单位：亿千瓦时，%）",
                      "指标    本月    1-本月    同比", "全社会用电量    11.36    126.42    6.9",
                      "城乡居民生活用电量    2.09    24.36    6.8"])
    meta = DocumentMeta(year=2025, kind="brief", title="2025年11月青溪市电力消费情况简报")
    found = extract_document(text, meta, load_lexicon(), tables=spaced_tables(text)).observations
    assert {(o.indicator, o.metric, o.value, o.unit) for o in found if o.rule == "table_cell"} >= {
        ("全社会用电量", "level", 11.36, "亿千瓦时"), ("全社会用电量", "level", 126.42, "亿千瓦时"),
        ("全社会用电量", "growth", 6.9, "%")}


def test_rows_under_a_table_s_total_are_its_parts():
    """Under 全社会用电量, 第一产业 (an amount of money to the lexicon) and 城乡居民生活 are parts of the electricity
    used, named with its measure; 全部工业增加值 over 重工业 names 重工业增加值."""
    text = "\n".join(["2025年青溪市主要指标", "附表：用电情况（单位：亿千瓦时，%）", "指标    1-本月    同比",
                      "全社会用电量    126.42    6.9", "第一产业    2.18    12.4", "其中：工业    85.83    6.0",
                      "城乡居民生活    24.36    6.8", "表2　工业（单位：亿元，%）", "指标    1-本月    同比",
                      "全部工业增加值    326.4    5.9", "轻工业    126.1    4.2", "重工业    200.3    6.9"])
    meta = DocumentMeta(year=2025, kind="brief", title="2025年青溪市主要指标")
    found = extract_document(text, meta, load_lexicon(), tables=spaced_tables(text)).observations
    names = {o.indicator for o in found if o.rule == "table_cell"}
    assert {"第一产业用电量", "工业用电量", "城乡居民生活用电量", "重工业增加值"} <= names
    assert "第一产业增加值" not in names


def test_a_table_whose_cells_are_apart_by_ideographic_spaces():
    text = ("各领域情况如下：\n领域\u3000项目数（个）\u3000年度计划投资（亿元）\u3000完成投资（亿元）\n"
            "产业项目\u300068\u300092.4\u300084.6\n基础设施\u300024\u300038.6\u300031.2\n三、存在问题")
    [table] = spaced_tables(text)
    assert [text[c.start:c.end] for c in table.rows[2]] == ["基础设施", "24", "38.6", "31.2"]


def test_a_monthly_page_s_this_month_and_to_this_month_columns(tmp_path: Path):
    """A monthly page (2025年9月…主要经济指标): its 本月 cells are of September, its 1-本月 cells (and the growth
    beside them) of the first three quarters."""
    rows = [["指标", "计量单位", "本月", "1-本月", "同比增长%"], ["发电量", "万千瓦时", "8642", "94863", "5.8"]]
    body = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in row)}</tr>" for row in rows)
    page = (f"<html><head><title>2025年9月青溪区主要经济指标</title></head><body><h1>2025年9月青溪区主要经济指标</h1>"
            f"<table>{body}</table></body></html>").encode()
    _, found = read("qingxi-2025m9.html", page, tmp_path)
    assert {(o.value, o.span) for o in found if o.rule == "table_cell"} == {
        (8642, "M9"), (94863, "Q1-Q3"), (5.8, "Q1-Q3")}


def test_a_table_of_pairs_in_spaced_lines():
    text = "表2　分行业增加值增速\n行业 增加值比上年增长（%）\n农副食品加工业 5.2\n纺织业 -3.1\n汽车制造业 12.6\n二、"
    [table] = spaced_tables(text)
    assert [[text[c.start:c.end] for c in row] for row in table.rows[table.header:]] == [
        ["农副食品加工业", "5.2"], ["纺织业", "-3.1"], ["汽车制造业", "12.6"]]


@pytest.mark.parametrize("text", [
    "全区经济运行 总体平稳 稳中有进\n地区生产总值 增长 6.2",  # one line of figures is no table
    "工业 服务业\n工业 8.1\n服务业 6.4",  # two words over two pairs: lines of a speech as often as a table
    "行业 增速\n农副食品加工业 5.2\n纺织业 增长 3.1\n汽车制造业 12.6",  # a line of three words ends a table of pairs
    "2025年 2024年 2023年\n8 9 10\n11 12 13",  # no labels: rows open with figures
    "全年 全区 实现\n地区生产总值增长，6.2\n税收收入，增长 2.7\n其中 3",  # sentences, not a header
    "全区\n工业\n增长\n8.1\n服务业\n增长\n6.4",  # one cell to a line, but a single row
    "一、综合\n初步核算，全年全区实现地区生产总值856.3亿元。\n二、工业\n规上工业增加值增长8.1%。",
])
def test_lines_that_are_no_table(text: str):
    assert spaced_tables(text) == ()


def test_prose_under_a_table_is_read_as_prose(tmp_path: Path):
    rows = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in row)}</tr>" for row in [HEADER, *ROWS])
    page = (f"<html><body><h1>{TITLE}</h1><table>{rows}</table><p>全年税收收入36.9亿元，增长2.7%。</p>"
            "</body></html>").encode()
    _, found = read("qingxi.html", page, tmp_path)
    assert {(o.indicator, o.rule) for o in found if o.indicator == "税收收入"} == {("税收收入", "level"),
                                                                                ("税收收入", "growth")}


def test_spans_fill_the_grid_and_absurd_ones_are_refused():
    a, b, c, d = (Cell(i, i + 1) for i in range(4))
    assert spread([[(a, 1, 2), (b, 2, 1)], [(c, 1, 1), (d, 1, 1)]]) == [[a, b, b], [a, c, d]]
    # spans are capped (MAX_SPAN) before the grid is built: 200 rows spanning 9999 x 9999 would fill 10^8 cells
    cells = "".join("<tr><td colspan='9999' rowspan='9999'>1.5</td><td>2</td></tr>" for _ in range(200))
    _, _, tables, _ = html_to_text(f"<html><body><p>{PROSE}</p><table>{cells}</table></body></html>")
    assert tables == ()


def test_a_plain_text_table_apart_by_tabs(tmp_path: Path):
    lines = [TITLE, PROSE, "\t".join(HEADER), *("\t".join(row) for row in ROWS)]
    document, found = read("qingxi-2025-bulletin.txt", "\n".join(lines).encode(), tmp_path)
    assert ("工业投资", "growth", 12.5, "%", "12.5") in cells(found)
    assert len(cells(found)) == 7 and all(document.text[o.start:o.end] == o.evidence for o in found)


def test_a_table_of_places_with_the_rank_of_each_growth(tmp_path: Path):
    """A city's page of its districts (地区 | 增速(%) | 位次 under merged headers): a 位次 cell is the place's rank
    among the city's places, of the growth to its left; the title's 各区 makes the page the city's."""
    header = ("<tr><th rowspan='2'>地区</th><th colspan='2'>地区生产总值</th>"
              "<th colspan='2'>规模以上工业增加值</th></tr>"
              "<tr><th>增速（%）</th><th>位次</th><th>增速（%）</th><th>位次</th></tr>")
    rows = [["全市", "5.3", "—", "6.6", "—"], ["湘桥区", "4.6", "2", "5.1", "1"], ["潮安区", "5.8", "1", "4.2", "2"]]
    body = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in row)}</tr>" for row in rows)
    page = (f"<html><head><title>2025年各区主要经济指标</title></head><body><h1>2025年各区主要经济指标</h1>"
            f"<p>2025年,湘桥区、潮安区、饶平县经济平稳。</p><table>{header}{body}</table></body></html>").encode()
    document, found = read("chaozhou-2025-districts.html", page, tmp_path)
    assert document.region == "潮州市"
    ranks = {(o.indicator, o.value, o.scope, o.named_region) for o in found if o.metric == "rank"}
    assert ranks == {("地区生产总值增速", 2, "city", "湘桥区"), ("规模以上工业增加值增速", 1, "city", "湘桥区"),
                     ("地区生产总值增速", 1, "city", "潮安区"), ("规模以上工业增加值增速", 2, "city", "潮安区")}


def test_a_table_after_a_sentence_the_page_broke_keeps_its_cells(tmp_path: Path):
    """The page broke a sentence before its table (a line opening with a comma): joined again, the text is shorter,
    and the cells still point at their figures."""
    rows = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in row)}</tr>" for row in [HEADER, *ROWS])
    page = (f"<html><body><h1>{TITLE}</h1><p>全年全区实现地区生产总值856.3亿元</p><p>，比上年增长6.2%。</p>"
            f"<table>{rows}</table></body></html>").encode()
    document, found = read("qingxi.html", page, tmp_path)
    assert "856.3亿元，比上年增长6.2%" in document.text
    assert ("工业投资", "growth", 12.5, "%", "12.5") in cells(found)
    assert all(document.text[o.start:o.end] == o.evidence for o in found)


def test_a_five_year_plan_s_table_of_base_and_goal_years(tmp_path: Path):
    """A plan outline's table (类别 | 指标 | 单位 | 2025年 | 2030年 | 属性): the labels are the column nearest the
    figures (a category spans the rows under it), a year before the one planned is achieved, a later one planned."""
    lines = ["青溪区国民经济和社会发展第十五个五年规划纲要", "（2026年1月12日区人民代表大会批准）", "表1　主要指标",
             "\t".join(["类别", "指标", "单位", "2025年", "2030年", "属性"]),
             "\t".join(["经济发展", "地区生产总值", "亿元", "856.3", "1100以上", "预期性"]),
             "\t".join(["经济发展", "研发经费投入强度", "%", "2.8", "3.3", "预期性"]),
             "\t".join(["民生福祉", "城镇调查失业率", "%", "4.9", "5.5以内", "预期性"])]
    _, found = read("qingxi-15th-plan-outline.txt", "\n".join(lines).encode(), tmp_path)
    assert {(o.indicator, o.value, o.period, o.is_target) for o in found if o.rule == "table_cell"} == {
        ("地区生产总值", 856.3, 2025, False), ("地区生产总值", 1100, 2030, True),
        ("研发经费投入强度", 2.8, 2025, False), ("研发经费投入强度", 3.3, 2030, True),
        ("城镇调查失业率", 4.9, 2025, False), ("城镇调查失业率", 5.5, 2030, True)}


def test_a_plan_report_s_table_of_targets_and_estimates(tmp_path: Path):
    """A plan report (last year's plan carried out, this year's draft) is of the year it plans; its table's
    columns are last year's target, last year's estimate (achieved, though the table follows the plan part) and this
    year's target; a row label ending in a change (增长, 降低) makes its percentages growths, and a note in brackets
    (约束性) is no part of its name."""
    lines = ["关于青溪区2025年国民经济和社会发展计划执行情况与2026年计划草案的报告", "一、2025年计划执行情况",
             "全区地区生产总值增长6.1%。", "二、2026年主要预期目标", "附表：主要指标计划执行情况",  # after the plan
             "\t".join(["指标", "单位", "2025年计划", "2025年预计完成", "2026年预期目标"]),
             "\t".join(["地区生产总值增长", "%", "6左右", "6.1", "5.5左右"]),
             "\t".join(["单位地区生产总值能耗降低（约束性）", "%", "3", "3.2", "2.5"]),
             "\t".join(["居民消费价格涨幅", "%", "3左右", "0.2", "2左右"]),  # the lexicon's name drops 涨幅
             "\t".join(["城镇调查失业率", "%", "5以内", "4.6", "5以内"])]
    document, found = read("qingxi-plan-report.txt", "\n".join(lines).encode(), tmp_path)
    assert (document.kind, document.year) == ("work_report", 2026)
    table = {(o.indicator, o.metric, o.value, o.qualifier, o.period, o.is_target)
             for o in found if o.rule == "table_cell"}
    assert table == {
        ("地区生产总值", "growth", 6.0, "approx", 2025, True), ("地区生产总值", "growth", 6.1, "exact", 2025, False),
        ("地区生产总值", "growth", 5.5, "approx", 2026, True),
        ("单位地区生产总值能耗", "growth", -3.0, "exact", 2025, True),
        ("单位地区生产总值能耗", "growth", -3.2, "exact", 2025, False),
        ("单位地区生产总值能耗", "growth", -2.5, "exact", 2026, True),
        ("居民消费价格", "growth", 3.0, "approx", 2025, True), ("居民消费价格", "growth", 0.2, "exact", 2025, False),
        ("居民消费价格", "growth", 2.0, "approx", 2026, True),
        ("城镇调查失业率", "ratio", 5.0, "at_most", 2025, True), ("城镇调查失业率", "ratio", 4.6, "exact", 2025, False),
        ("城镇调查失业率", "ratio", 5.0, "at_most", 2026, True)}


@pytest.mark.parametrize("package", ["zhibiao.extraction", "zhibiao.documents"])
def test_each_package_imports_first_in_a_fresh_process(package: str):
    """Documents use extraction's lexicon and figure pattern; extraction knows the readers' tables
    only as types, so neither import can find the other half done."""
    subprocess.run([sys.executable, "-c", f"import {package}"], check=True, capture_output=True)


def test_an_infographic_page_of_figures_and_labels_each_alone_on_a_line():
    """一图读懂: a panel headed by a picture's alt text, each figure in a cell with its label after it (a growth
    line after some); the targets' panel with each label before its figure. Each pair is a table's row."""
    page = """<html><body><div class="main"><h1>一图读懂榕海区2026年政府工作报告</h1>
    <p>1月20日，区十届人大五次会议开幕。一起来看报告里的亮点数据。</p>
    <div class="panel"><img src="a.png" alt="2025年 发展成果">
    <div><p>612.4<span>亿元</span></p><p>地区生产总值</p><p>增长6.1%</p></div>
    <div><p>8.3%</p><p>规上工业增加值增长</p></div>
    <div><p>3.2万人</p><p>城镇新增就业</p></div></div>
    <div class="panel"><img src="b.png" alt="2026年 预期目标">
    <p>地区生产总值增长</p><p>6%左右</p><p>固定资产投资增长</p><p>5%以上</p>
    <p>城镇调查失业率</p><p>5.5%以内</p><p>居民消费价格涨幅：</p><p>2%左右</p>
    <p>一般公共预算收入</p><p>增长4%</p></div></div></body></html>"""
    _, text, tables, _ = html_to_text(page)
    assert "2026年 预期目标" in text
    found = extract_document(text, DocumentMeta(year=2026, kind="work_report", region="宁波市"), load_lexicon(),
                             tables=tables).observations
    got = {(o.indicator, o.metric, o.value, o.period, o.is_target) for o in found}
    assert ("地区生产总值", "level", 612.4, 2025, False) in got
    assert ("地区生产总值", "growth", 6.1, 2025, False) in got
    assert ("规模以上工业增加值", "growth", 8.3, 2025, False) in got
    assert ("城镇新增就业", "level", 3.2, 2025, False) in got
    assert ("地区生产总值", "growth", 6, 2026, True) in got
    assert ("城镇调查失业率", "ratio", 5.5, 2026, True) in got
    assert ("居民消费价格", "growth", 2, 2026, True) in got
    assert ("一般公共预算收入", "growth", 4, 2026, True) in got


def test_a_figure_alone_on_a_line_of_prose_is_no_pair():
    """Two figures alone on their lines among paragraphs are no run of pairs: no table."""
    text = "\n".join(["全年经济运行总体平稳。", "612.4亿元", "地区生产总值", "8.3%", "规上工业增加值增长",
                      "全区上下齐心协力，各项工作取得新进展。"])
    assert paired_tables(text) == ()


def test_an_infographic_s_units_alone_on_their_lines_and_a_text_heading_over_the_targets(tmp_path: Path):
    """A card of three elements (the number, its unit, its label: 386.2 | 亿元 | 地区生产总值) gives the number and
    the unit one figure; the targets' panel under a heading of text (no picture, no sentence on the page) is of the
    year it names, each label and figure in one list item."""
    page = """<html><head><title>一图读懂｜清溪区2026年政府工作报告</title></head><body><div class="main">
    <h1>一图读懂清溪区2026年政府工作报告</h1><h3>2025年 发展成绩单</h3><ul>
    <li><div class="num">386.2</div><div class="unit">亿元</div><div class="label">地区生产总值</div></li>
    <li><div class="num">7.4</div><div class="unit">%</div><div class="label">规上工业增加值增长</div></li>
    <li><div class="num">2.6</div><div class="unit">万人</div><div class="label">城镇新增就业</div></li></ul>
    <h3>2026年 主要预期目标</h3><ul><li><span>地区生产总值增长</span><span>6%左右</span></li>
    <li><span>城镇调查失业率</span><span>5.5%以内</span></li></ul></div></body></html>"""
    _, found = read("qingxi-2026-infographic.html", page.encode(), tmp_path)
    got = {(o.indicator, o.metric, o.value, o.unit, o.period, o.is_target) for o in found}
    assert {("地区生产总值", "level", 386.2, "亿元", 2025, False),
            ("规模以上工业增加值", "growth", 7.4, "%", 2025, False),
            ("城镇新增就业", "level", 2.6, "万人", 2025, False),
            ("地区生产总值", "growth", 6, "%", 2026, True), ("城镇调查失业率", "ratio", 5.5, "%", 2026, True)} <= got
    assert not any(o.is_target is False and o.period == 2026 for o in found)


def test_a_number_and_its_unit_each_alone_on_a_line_are_one_figure():
    """A number alone on its line and the unit alone on the next are one figure cell; the label after them names it."""
    text = "\n".join(["386.2", "亿元", "地区生产总值", "7.4", "%", "规上工业增加值增长", "2.6", "万人", "城镇新增就业"])
    [table] = paired_tables(text)
    assert [[text[c.start:c.end] for c in row] for row in table.rows[1:]] == [
        ["地区生产总值", "386.2\n亿元", ""], ["规上工业增加值增长", "7.4\n%", ""], ["城镇新增就业", "2.6\n万人", ""]]


def test_an_infographic_s_figures_written_on_one_line_with_their_labels(tmp_path: Path):
    """Cards whose number and label are inline elements give a line each (215.7亿元地区生产总值, a growth after a
    blank: 同比增长6.3%); a run of them is a table of pairs, the targets' panel under its text heading of its year
    (each line read as a sentence, 6%以上地区生产总值 was a share of 2025)."""
    page = """<html><head><title>数说石门县2026年政府工作报告</title></head><body><div class="main">
    <h1>数说石门县2026年政府工作报告</h1><div class="panel"><h2>2025年 亮点成绩</h2>
    <div class="card"><span>215.7亿元</span><span>地区生产总值 增长5.9%</span></div>
    <div class="card"><span>98.4亿元</span><span>社会消费品零售总额 同比增长6.3%</span></div>
    <div class="card"><span>12.6亿元</span><span>一般公共预算收入</span></div></div>
    <div class="panel"><h2>2026年 主要预期目标</h2>
    <div class="card"><span>6%以上</span><span>地区生产总值增长</span></div>
    <div class="card"><span>8%左右</span><span>规上工业增加值增长</span></div>
    <div class="card"><span>5.5%以内</span><span>城镇调查失业率</span></div></div></div></body></html>"""
    _, found = read("shimen-2026-infographic.html", page.encode(), tmp_path)
    got = {(o.indicator, o.metric, o.value, o.qualifier, o.period, o.is_target) for o in found}
    assert got == {("地区生产总值", "level", 215.7, "exact", 2025, False),
                   ("地区生产总值", "growth", 5.9, "exact", 2025, False),
                   ("社会消费品零售总额", "level", 98.4, "exact", 2025, False),
                   ("社会消费品零售总额", "growth", 6.3, "exact", 2025, False),
                   ("一般公共预算收入", "level", 12.6, "exact", 2025, False),
                   ("地区生产总值", "growth", 6, "at_least", 2026, True),
                   ("规模以上工业增加值", "growth", 8, "approx", 2026, True),
                   ("城镇调查失业率", "ratio", 5.5, "at_most", 2026, True)}


def test_a_ranking_s_header_on_two_lines_and_last_year_s_ranks():
    """A ranking's header whose units stand on a line of their own under it (（亿元） （%）) is the header's second
    line, each unit over the column of decimals it comes to in order (none over ranks); a 上年位次 column right of
    the figures holds the year before's ranks in what the caption ranks, not the growth's rank. Ranks written 第N名
    and ties (two rows ranked 2) are read as written."""
    text = "\n".join([
        "表 2025年度江西省县域经济综合实力前十名", "名次  县（市、区）  所属设区市  地区生产总值  增速  上年名次",
        "（亿元）  （%）",
        "第1名  南昌县  南昌市  1230.6  6.1  1", "第2名  丰城市  宜春市  702.4  5.8  3",
        "第2名  樟树市  宜春市  702.4  6.4  2", "第4名  贵溪市  鹰潭市  498.1  5.2  4"])
    [table] = spaced_tables(text)
    assert table.header == 2
    assert [text[c.start:c.end] for c in table.rows[1]] == ["", "", "", "（亿元）", "（%）", ""]
    found = extract_document(text, DocumentMeta(year=2026, kind="news", region="江西省"), load_lexicon(),
                             tables=(table,)).observations
    cells = {(o.indicator, o.metric, o.value, o.unit, o.period, o.named_region)
             for o in found if o.rule == "table_cell"}
    assert {("县域经济综合实力", "rank", 2, "", 2025, "丰城市"), ("县域经济综合实力", "rank", 2, "", 2025, "樟树市"),
            ("县域经济综合实力", "rank", 3, "", 2024, "丰城市"),
            ("地区生产总值", "level", 702.4, "亿元", 2025, "丰城市"),
            ("地区生产总值", "growth", 6.4, "%", 2025, "樟树市")} <= cells
    assert not any(o.indicator.endswith("增速") for o in found)


def test_a_header_of_column_groups_over_the_measures_they_repeat():
    """A text layer's header on two lines: the months over their columns (本月 1-本月) and, under them, the measures
    each month repeats with no word under the label (同比 环比 同比). A group ends where a measure would come twice,
    so 本月 holds 同比 and 环比, 1-本月 the last 同比; the rows' first figures stay out of their labels."""
    text = "\n".join([
        "青溪市9月份工业品出厂价格", "指标  本月  1-本月", "同比  环比  同比",
        "工业生产者出厂价格  −1.2  0.3  −1.6", "其中：生产资料  −1.5  0.2  −2.0", "生活资料  0.4  0.1  0.6"])
    [table] = spaced_tables(text)
    assert table.header == 2
    assert [[text[c.start:c.end] for c in row] for row in table.rows[:3]] == [
        ["指标", "本月", "本月", "1-本月"], ["指标", "同比", "环比", "同比"],
        ["工业生产者出厂价格", "−1.2", "0.3", "−1.6"]]


def test_two_header_lines_whose_measures_do_not_fall_into_the_groups_are_no_grouped_header():
    """Three measures none of which comes twice cannot be dealt to two groups: the second line is no grouped header."""
    text = "\n".join(["指标  本月  1-本月", "绝对额  增长  比重", "工业增加值  −1.2  0.3  −1.6",
                      "出口交货值  −1.5  0.2  −2.0", "营业收入  0.4  0.1  0.6"])
    assert all(table.header < 2 for table in spaced_tables(text))


def test_a_line_of_units_under_a_header_that_does_not_match_its_columns_is_dropped():
    """Three units under a header of two columns of decimals: which goes where is unknown, so none is taken."""
    text = "\n".join(["县（市）  地区生产总值  增速", "（亿元）  （%）  （个）",
                      "南昌县  1230.6  6.1", "丰城市  702.4  5.8", "樟树市  512.8  6.4"])
    [table] = spaced_tables(text)
    assert table.header == 1 and len(table.rows) == 4


def test_a_pdf_ranking_s_line_of_units_under_its_header_is_not_run_on_into_it(tmp_path: Path):
    """A text layer's header as wide as the page runs on into nothing: the line of bracketed units under it stands
    alone as the header's second line, and the table is read."""
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.setFont(FONT, 11)
    for i, line in enumerate(["表 2025年度江西省县域经济综合实力前十名",
                              "位次  县（市）  所属设区市  地区生产总值  增速  上年位次", "（亿元）  （%）",
                              "1  南昌县  南昌市  1230.6  6.1  1", "2  丰城市  宜春市  702.4  5.8  3",
                              "3  樟树市  宜春市  512.8  6.4  2"]):
        page.drawString(72, 780 - 18 * i, line)
    page.showPage()
    page.save()
    document, found = read("jiangxi-county-ranking.pdf", out.getvalue(), tmp_path)
    assert "\n（亿元）  （%）\n" in document.text
    cells = {(o.indicator, o.metric, o.value, o.unit, o.named_region) for o in found if o.rule == "table_cell"}
    assert {("地区生产总值", "level", 702.4, "亿元", "丰城市"), ("地区生产总值", "growth", 5.8, "%", "丰城市")} <= cells


def test_an_infographic_s_card_notes_grid_of_cards_short_list_and_targets_table(tmp_path: Path):
    """An 一图读懂 page in the forms its panels take: a card whose growth has a note of its gap to the city under it
    (高于全市0.4个百分点), a grid whose first row holds figures and the second their labels (a row of growths under
    them), a list of only two pairs on a page of cards, and a targets' table of a label and its target a row with no
    header row (增长6%左右, 控制在5.5%以内: figures said with a verb or a bound)."""
    page = """<html><head><title>一图读懂｜2026年榕溪区政府工作报告</title></head><body><div class="main">
    <h1>一图读懂丨2026年榕溪区政府工作报告</h1><p><img src="t.png" alt="2025年 成绩回顾"></p>
    <div class="card"><p><span>742.8</span><span>亿元</span></p><p>地区生产总值</p><p>增长6.3%</p>
    <p>高于全市0.4个百分点</p></div>
    <div class="card"><p>9.1%</p><p>规上工业增加值增长</p></div>
    <div class="card"><p><span>55.4</span><span>亿元</span></p><p>一般公共预算收入</p><p>增长3.1%</p></div>
    <p><img src="m.png" alt="民生改善"></p>
    <table class="grid"><tr><td>61200元</td><td>36480元</td></tr>
    <tr><td>城镇居民人均可支配收入</td><td>农村居民人均可支配收入</td></tr>
    <tr><td>增长4.8%</td><td>增长6.6%</td></tr></table>
    <ul><li><p>新增学位</p><p>3200个</p></li><li><p>新增养老床位</p><p>480张</p></li></ul>
    <p><img src="g.png" alt="2026年 主要预期目标"></p>
    <table><tr><td>地区生产总值</td><td>增长6%左右</td></tr><tr><td>规上工业增加值</td><td>增长8%</td></tr>
    <tr><td>城镇调查失业率</td><td>控制在5.5%以内</td></tr><tr><td>居民人均可支配收入</td><td>与经济增长同步</td></tr>
    </table></div></body></html>"""
    _, found = read("rongxi-2026-infographic.html", page.encode(), tmp_path)
    got = {(o.indicator, o.metric, o.value, o.scope, o.period, o.is_target) for o in found}
    assert {("地区生产总值", "level", 742.8, None, 2025, False), ("地区生产总值", "growth", 6.3, None, 2025, False),
            ("地区生产总值", "gap_pp", 0.4, "city", 2025, False),
            ("规模以上工业增加值", "growth", 9.1, None, 2025, False),
            ("一般公共预算收入", "level", 55.4, None, 2025, False),
            ("城镇居民人均可支配收入", "level", 61200, None, 2025, False),
            ("城镇居民人均可支配收入", "growth", 4.8, None, 2025, False),
            ("农村居民人均可支配收入", "growth", 6.6, None, 2025, False),
            ("新增学位", "level", 3200, None, 2025, False), ("新增养老床位", "level", 480, None, 2025, False),
            ("地区生产总值", "growth", 6, None, 2026, True), ("规模以上工业增加值", "growth", 8, None, 2026, True),
            ("城镇调查失业率", "ratio", 5.5, None, 2026, True)} <= got
    assert len(found) == 15  # (and the revenue's growth, the rural income)


def test_two_pairs_on_a_page_of_no_cards_and_a_grid_of_no_labels_are_no_tables():
    """A run of two figures and labels where no run of three stands is no table; a grid whose second row is not
    labels is read as it is (a header row of years over figures)."""
    text = "\n".join(["全年经济运行总体平稳。", "新增学位", "3200个", "新增养老床位", "480张", "各项工作取得新进展。"])
    assert paired_tables(text) == ()
    writer = TextWriter()
    rows = [writer.row(["指标", "2024年", "2025年"]), writer.row(["地区生产总值", "612.4", "648.9"]),
            writer.row(["增长", "5.8", "6.1"])]
    found = table(writer.text, rows)
    assert found is not None and found.header == 1 and len(found.rows) == 3


def test_an_infographic_s_cards_of_other_shapes(tmp_path: Path):
    """A 统计局's 图说 page: a growth's words over its figure (同比增长 | 8.2%, a <br> between) with a gap note under
    it, label-and-growth cards (同比增长4.4%) among label-figure-growth ones, a card alone between a heading and a
    card of another shape, a balance's growth on the start of the year (比年初增长), and a list of places each with
    its figure and growth on one line under a heading naming the measure (a place with its other name in brackets);
    lines of an industry and its growth stay sentences."""
    page = """<html><head><title>图说盘锦2025年经济_盘锦市统计局</title></head><body><div class="main">
    <h1>图说2025年盘锦经济</h1><div class="meta">发布时间：2026-02-03</div>
    <div class="card"><p>地区生产总值</p><p><span>1540.2</span><span>亿元</span></p><p>同比增长5.4%</p></div>
    <div class="card"><p>规上工业增加值</p><p>同比增长<br>8.2%</p><p>高于全省2.1个百分点</p></div>
    <div class="card"><p>一般公共预算收入</p><p>118.6亿元</p><p>增长2.6%</p></div>
    <div class="card"><p>固定资产投资</p><p>同比增长4.4%</p></div>
    <div class="card"><p>工业投资</p><p>同比增长11.5%</p></div>
    <p><img src="p.png" alt="金融"></p>
    <div class="card"><p>年末人民币存款余额</p><p>2890.5亿元</p><p>比年初增长7.7%</p></div>
    <p>其中</p>
    <div class="card"><p>社会消费品零售总额</p><p>402.9亿元</p><p>增长3.6%</p></div>
    <p>各县（区）地区生产总值</p>
    <ul><li><span>双台子区</span><span>236.4亿元</span><span>增长4.8%</span></li>
    <li><span>兴隆台区</span><span>512.7亿元</span><span>增长5.9%</span></li>
    <li><span>盘锦辽东湾新区（经开区）</span><span>188.3亿元</span><span>增长6.6%</span></li></ul>
    <p>石化产业增加值增长9.4%</p><p>精细化工产业增加值增长12.8%</p><p>新材料产业增加值增长15.1%</p>
    </div></body></html>"""
    _, found = read("panjin-2025-economy-graphic.html", page.encode(), tmp_path)
    got = {(o.indicator, o.metric, o.value, o.scope, o.named_region) for o in found}
    assert {("规模以上工业增加值", "growth", 8.2, None, None), ("规模以上工业增加值", "gap_pp", 2.1, "province", None),
            ("固定资产投资", "growth", 4.4, None, None), ("工业投资", "growth", 11.5, None, None),
            ("人民币存款余额", "level", 2890.5, None, None), ("人民币存款余额", "growth", 7.7, None, None),
            ("社会消费品零售总额", "level", 402.9, None, None), ("社会消费品零售总额", "growth", 3.6, None, None),
            ("地区生产总值", "level", 236.4, None, "双台子区"), ("地区生产总值", "growth", 5.9, None, "兴隆台区"),
            ("地区生产总值", "level", 188.3, None, "盘锦辽东湾新区"),
            ("地区生产总值", "growth", 6.6, None, "盘锦辽东湾新区"),
            ("石化产业增加值", "growth", 9.4, None, None)} <= got
    assert len(found) == 21


def test_an_infographic_s_card_of_a_label_over_its_figure_alone(tmp_path: Path):
    """A card of a label over its figure alone, a line of another kind under it (亿元以上项目 | 326个 |
    完成投资增长12.1%), on a page of cards, is a table's row as a card with its growth is, and so is a card's note of
    its part of a whole (占一般公共预算收入的79.4%) a cell of its row; a label over a figure on a page of no cards
    stays prose."""
    page = """<html><head><title>一图读懂2025年青溪经济</title></head><body><div class="main">
    <h1>一图读懂2025年青溪经济</h1>
    <div class="card"><p>地区生产总值</p><p>624.8亿元</p><p>增长5.6%</p></div>
    <div class="card"><p>一般公共预算收入</p><p>41.2亿元</p><p>增长3.4%</p></div>
    <div class="card"><p>社会消费品零售总额</p><p>286.3亿元</p><p>增长4.9%</p></div>
    <p><img src="t.png" alt="投资"></p>
    <div class="card"><p>固定资产投资</p><p>同比增长6.1%</p></div>
    <div class="card"><p>在建亿元以上项目</p><p>148个</p><p>完成投资<span>增长9.3%</span></p></div>
    <div class="card"><p>接待游客</p><p>1862.4万人次</p><p>旅游总收入<span>196.5亿元</span></p></div>
    <div class="card"><p>税收收入</p><p>32.7亿元</p><p>增长2.6%</p><p>占一般公共预算收入的<span>79.4%</span></p></div>
    </div></body></html>"""
    _, found = read("qingxi-2025-economy-infographic.html", page.encode(), tmp_path)
    got = {(o.indicator, o.metric, o.value, o.unit) for o in found}
    assert {("在建亿元以上项目", "level", 148, "个"), ("接待游客", "level", 1862.4, "万人次"),
            ("税收收入占比", "ratio", 79.4, "%")} <= got
    text = "\n".join(["全年经济运行总体平稳。", "在建亿元以上项目", "148个", "完成投资增长9.3%。"])
    assert paired_tables(text) == ()
