"""Acceptance over the real reports in ../shared/corpus/real, read as a new user would (no
manifest): each provincial report speaks for its province, under 中国, is a work report with its
own title and delivery date; each national report speaks for 中国."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conftest import SHARED
from zhibiao.documents import read_document
from zhibiao.documents.reader import read_bytes
from zhibiao.extraction import load_lexicon

REAL = SHARED / "corpus" / "real"
pytestmark = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/corpus/real is not present")

# file name prefix -> (province, the date its report was delivered to the people's congress)
PROVINCES = {
    "beijing": ("北京市", date(2026, 1, 25)), "chongqing": ("重庆市", date(2026, 1, 28)),
    "fujian": ("福建省", date(2026, 1, 27)), "guangdong": ("广东省", date(2026, 1, 26)),
    "guangxi": ("广西壮族自治区", date(2026, 2, 2)), "guizhou": ("贵州省", date(2026, 1, 27)),
    "hainan": ("海南省", date(2026, 1, 27)), "hebei": ("河北省", date(2026, 1, 26)),
    "hubei": ("湖北省", date(2026, 1, 27)), "hunan": ("湖南省", date(2026, 2, 3)),
    "jiangxi": ("江西省", date(2026, 1, 27)), "jilin": ("吉林省", date(2026, 1, 27)),
    "liaoning": ("辽宁省", date(2026, 1, 27)), "neimenggu": ("内蒙古自治区", date(2026, 2, 4)),
    "ningxia": ("宁夏回族自治区", date(2026, 2, 3)), "qinghai": ("青海省", date(2026, 1, 27)),
    "shandong": ("山东省", date(2026, 1, 27)), "shanghai": ("上海市", date(2026, 2, 3)),
    "shanxi": ("山西省", date(2026, 2, 2)), "sichuan": ("四川省", date(2026, 2, 3)),
    "tianjin": ("天津市", date(2026, 1, 26)), "xinjiang": ("新疆维吾尔自治区", date(2026, 1, 27)),
    "xizang": ("西藏自治区", date(2026, 1, 31)), "yunnan": ("云南省", date(2026, 1, 28)),
}
FURNITURE = ("下载", "打印", "位置", "来源", "时间", "摄", "记者")


def read(path: Path):
    return read_document(path, read_bytes(path, path.parent), None, load_lexicon())


@pytest.mark.parametrize("path", sorted((REAL / "provinces-2026").glob("*.txt")), ids=lambda p: p.stem)
def test_a_provincial_report_knows_whom_it_speaks_for(path: Path):
    province, delivered = PROVINCES[path.stem.split("-")[0]]
    doc = read(path)
    assert (doc.region, doc.parent_region, doc.province) == (province, "中国", province)
    assert doc.region_code == load_lexicon().regions.find(province).code
    assert (doc.kind, doc.year, doc.doc_date) == ("work_report", 2026, delivered)
    lines = {line.strip() for line in doc.text.splitlines()}
    assert doc.title.endswith("工作报告") and doc.title in lines  # a line of its own, no page furniture
    assert not any(word in doc.title for word in FURNITURE)


def test_every_national_report_speaks_for_china():
    paths = sorted((REAL / "national").glob("*.txt"))
    assert paths
    assert {p.name: read(p).region for p in paths} == {p.name: "中国" for p in paths}
