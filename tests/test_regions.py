"""The reference regions: what the shipped data holds, lookups by name and up the parent chain,
generic words resolved against a document's region, and the user's own places."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from zhibiao.regions import load_regions
from zhibiao.regions.reference import NATION

REGIONS = load_regions()


def test_every_division_of_china_with_its_code_level_and_parent():
    levels = Counter(r.level for r in REGIONS)
    assert levels["nation"] == 1 and levels["province"] == 34
    assert 330 <= levels["city"] <= 340 and 2800 <= levels["district"] + levels["county"] <= 2900
    assert levels["zone"] >= 100  # development zones and new areas a source codes
    assert all(REGIONS.chain(r.code)[-1].code == NATION for r in REGIONS)  # each rolls up to 中国
    assert [r.name for r in REGIONS.chain("440803")] == ["霞山区", "湛江市", "广东省", "中国"]
    assert REGIONS.find("雄安新区").parent == "130000"


def test_short_names_and_places_of_one_name():
    assert REGIONS.find("湛江").code == "440800"
    assert REGIONS.find("内蒙古").name == "内蒙古自治区" and REGIONS.find("广西").name == "广西壮族自治区"
    assert REGIONS.find("朝阳区") is None  # 北京 and 长春 each have one
    assert REGIONS.find("朝阳区", near="110000").code == "110105"
    assert REGIONS.find("朝阳区", near="220000").code == "220104"
    assert REGIONS.at_level("440803", "province").name == "广东省"


@pytest.mark.parametrize(("word", "near", "meant"), [
    ("全市", "440803", "湛江市"),  # a district's city
    ("全市", "440881", "廉江市"),  # a county-level city speaks of itself
    ("全市", "110105", "北京市"),  # a district of a 直辖市
    ("全区", "450100", "广西壮族自治区"),  # 南宁's report on 广西
    ("全区", "440803", "霞山区"),
    ("全省", "440800", "广东省"),
    ("全国", "440000", "中国"),
    ("全省", "110000", None),  # 北京 is in no province
])
def test_generic_words_resolve_against_the_document_region(word, near, meant):
    found = REGIONS.find(word, near)
    assert (found.name if found else None) == meant
    assert not REGIONS.named(word)  # no generic word is the alias of one place


def test_a_zone_word_means_the_one_zone_of_that_kind_near_the_document():
    assert REGIONS.find("高新区", near="220200").name == "吉林高新技术产业开发区"
    assert REGIONS.find("高新区", near="220100") is None  # 长春 has two: 净月 and 长春高新
    assert REGIONS.find("经开区", near="430000") is None  # 湖南 has several
    assert REGIONS.compared("nation", "440000").code == NATION
    assert REGIONS.compared("city", "440803").code == "440800"
    # a prefecture whose name does not end in 市 (自治州, 盟) is still the city a county is compared with
    assert REGIONS.compared("city", "532923").name == "大理白族自治州"
    assert REGIONS.compared("city", "152921").name == "阿拉善盟"
    assert REGIONS.compared("province", "500118").name == "重庆市"



def test_an_autonomous_prefecture_or_county_is_also_its_short_name_and_kind():
    """大理白族自治州 writes itself 大理州, 巍山彝族回族自治县 巍山县, as jionlp's short names give them."""
    assert [r.name for r in REGIONS.named("大理州")] == ["大理白族自治州"]
    assert [r.name for r in REGIONS.named("巍山县")] == ["巍山彝族回族自治县"]
    assert [r.name for r in REGIONS.named("莫旗")] == ["莫力达瓦达斡尔族自治旗"]  # no 莫旗旗


def test_a_district_named_for_a_people_is_also_its_name_without_them():
    regions = load_regions()
    assert [(r.name, r.code) for r in regions.named("管城区")] == [("管城回族区", "410104")]
    assert [(r.name, r.code) for r in regions.named("梅里斯区")] == [("梅里斯达斡尔族区", "230208")]


def test_a_zone_is_also_named_by_its_city_and_the_word_for_its_kind():
    """温州经济技术开发区 is 温州经开区 in the city's own documents."""
    assert [r.code for r in REGIONS.named("温州经开区")] == ["330371"]
    assert REGIONS.vocabulary("330300").inside["温州经开区"].name == "温州经济技术开发区"
    assert REGIONS.named("温州高新区") == []  # only the kind its name says


def test_a_document_names_the_places_of_its_region(tmp_path: Path):
    vocabulary = REGIONS.vocabulary("510000")  # 四川省
    assert vocabulary.inside["成都"].code == "510100"
    assert vocabulary.prefix("成都天府国际机场旅客吞吐量") == "成都"
    assert "湛江" not in vocabulary.inside  # a place elsewhere is no place of 四川
    assert vocabulary.larger["全国"].code == NATION and vocabulary.larger["中国"].code == NATION
    assert "城区" not in REGIONS.vocabulary("140300").inside  # 阳泉's 城区 is also a common noun


def test_users_add_their_own_places_and_aliases(tmp_path: Path):
    own = tmp_path / "regions.csv"
    own.write_text("name,aliases,level,parent,code\n"
                   "鹭港市,鹭港,city,广东省,\n"
                   "东湖区,,district,鹭港市,\n"
                   "湛江经济技术开发区,湛江经开区,zone,湛江市,\n"
                   "湛江市,湛江城,,广东省,\n", encoding="utf-8")
    regions = load_regions(own)
    assert [r.name for r in regions.chain(regions.find("东湖区", near=regions.find("鹭港").code).code)] == [
        "东湖区", "鹭港市", "广东省", "中国"]
    assert regions.find("鹭港").code == "x-鹭港市"
    assert regions.find("湛江城").code == "440800"  # an alias added to a reference place
    assert regions.find("经开区", near="440800").name == "湛江经济技术开发区"
    assert regions.find("湛江经开区").source == "regions.csv"


def test_a_generic_word_as_an_alias_is_refused(tmp_path: Path):
    own = tmp_path / "regions.csv"
    own.write_text("name,aliases,level,parent\n湛江经济技术开发区,经开区,zone,湛江市\n", encoding="utf-8")
    with pytest.raises(ValueError, match="经开区 names no one place"):
        load_regions(own)


def test_loading_the_reference_costs_little_in_a_fresh_process():
    script = ("import time; t = time.process_time(); from zhibiao.regions import load_regions; "
              "load_regions().find('湛江'); print(time.process_time() - t)")  # CPU time: the machine's load aside
    seconds = float(subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                                   check=True).stdout)
    assert seconds < 0.5
