"""Reading documents: encodings, binary and empty files, web pages, manifests, metadata."""

from datetime import date
from pathlib import Path

import pytest

from zhibiao.documents import DocumentError, load_manifest, read_document
from zhibiao.documents.decode import decode
from zhibiao.documents.html import html_to_text
from zhibiao.documents.metadata import infer_date, infer_region, infer_year
from zhibiao.extraction import load_lexicon

SPEECH = "在青溪区2025年经济工作会议上的讲话\n全区地区生产总值增长5.8%。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16", "utf-16-le", "utf-16-be"])
def test_decodes_real_encodings(encoding):
    text, _ = decode(SPEECH.encode(encoding))
    assert text.lstrip("\ufeff") == SPEECH


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"), (b"   \n\t ", "empty"), (bytes(range(256)) * 40, "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(500), "binary"),
])
def test_refuses_empty_and_binary(data, reason):
    with pytest.raises(DocumentError, match=reason):
        decode(data)


def test_html_main_text_without_furniture():
    page = """<html><head><title>报告_门户网站</title></head><body>
    <div class="nav"><a>首页</a><a>政务公开</a><a>办事服务</a></div>
    <div id="content"><h1>2025年榕海市政府工作报告</h1><p>全市地区生产总值增长4.9%。</p>
    <p>固定资产投资增长3.8%。</p></div>
    <div class="share">阅读 3682 点赞 56</div><div class="footer">粤ICP备12345678号 0.0213s</div></body></html>"""
    title, text = html_to_text(page)
    assert title == "2025年榕海市政府工作报告"
    assert "地区生产总值增长4.9%" in text and "固定资产投资增长3.8%" in text
    for furniture in ("首页", "3682", "ICP", "0.0213s"):
        assert furniture not in text


def test_broken_html_still_yields_text():
    _, text = html_to_text("<html><body><div><p>全市地区生产总值增长4.9%<p>固定资产投资增长3.8%</div></span>")
    assert "地区生产总值增长4.9%" in text and "固定资产投资增长3.8%" in text


def test_manifest_gives_metadata(tmp_path: Path):
    (tmp_path / "a.txt").write_text(SPEECH, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,region,parent,province,year,kind,title\na.txt,湛江经开区,湛江市,广东省,2025,speech,讲话\n",
        encoding="utf-8")
    manifest = load_manifest(tmp_path)
    doc = read_document(tmp_path / "a.txt", (tmp_path / "a.txt").read_bytes(), manifest.rows["a.txt"], load_lexicon())
    assert (doc.region, doc.parent_region, doc.province, doc.year, doc.kind, doc.source) == (
        "湛江经济技术开发区", "湛江市", "广东省", 2025, "speech", "manifest")


def test_yaml_manifest_gives_metadata(tmp_path: Path):
    (tmp_path / "b.txt").write_text(SPEECH, encoding="utf-8")
    (tmp_path / "manifest.yaml").write_text(
        "documents:\n  - file: b.txt\n    region: 云岭县\n    parent: 榕海市\n    year: 2024\n"
        "    kind: summary\n    date: 2024-12-28\n", encoding="utf-8")
    manifest = load_manifest(tmp_path)
    doc = read_document(tmp_path / "b.txt", (tmp_path / "b.txt").read_bytes(), manifest.rows["b.txt"], load_lexicon())
    assert (doc.region, doc.parent_region, doc.province, doc.year, doc.kind, doc.doc_date) == (
        "云岭县", "榕海市", "广东省", 2024, "summary", date(2024, 12, 28))


def test_metadata_inferred_without_manifest(tmp_path: Path):
    path = tmp_path / "speech.txt"
    path.write_text(SPEECH, encoding="utf-8")
    doc = read_document(path, path.read_bytes(), None, load_lexicon())
    assert (doc.region, doc.parent_region, doc.year, doc.kind, doc.source) == (
        "青溪区", "榕海市", 2025, "speech", "inferred")


def test_region_names_normalise():
    lex = load_lexicon()
    assert infer_region("湛江经开区推进高质量发展大会上的讲话", "", lex) == "湛江经济技术开发区"
    assert infer_region("湛江经济技术开发区2024年工作总结", "", lex) == "湛江经济技术开发区"


def test_date_from_the_opening_lines_only():
    assert infer_date("报告\n——2025年1月15日在榕海市第十六届人民代表大会第四次会议上") == date(2025, 1, 15)
    assert infer_date("2025年2月30日 无效\n2025年3月1日") == date(2025, 3, 1)
    assert infer_date("讲话" + "。" * 500 + "2025年1月15日") is None


def test_year_from_file_name_then_text():
    assert infer_year("district-2023-report.txt", "工作报告", "") == 2023
    assert infer_year("report.txt", "工作报告", "2024年全区……2025年目标") == 2025
