"""The contract: bad rows go to quarantine with the check they failed; good rows pass."""

import json

import polars as pl
import pytest

from zhibiao.schemas import ContractError, ObservationSchema, split_valid

NOT_NEGATIVE = "a level is not negative, unless a change's amount, a profit, a balance or a temperature"

GOOD = {"doc_id": "a" * 64, "file_name": "a.txt", "indicator": "地区生产总值", "indicator_code": "gdp",
        "metric": "growth",
        "value": 5.8, "value_high": None, "unit": "%", "qualifier": "exact", "period": 2024, "span": None,
        "is_target": False, "scope": None, "named_region": None, "evidence": "增长5.8%", "start": 0, "end": 6,
        "rule": "growth", "basis": None}


def frame(*rows):
    return pl.DataFrame(list(rows), infer_schema_length=None, strict=False)


@pytest.mark.parametrize(("change", "check"), [
    ({"metric": "share", "value": -20.0, "scope": "city"}, "a share is not negative"),
    ({"metric": "share", "scope": None}, "a share names what it is a share of"),
    ({"metric": "rank", "unit": "", "value": 1.5}, "a rank is a whole number from 1"),
    ({"unit": "亿元"}, "unit fits the metric"),
    ({"metric": "gap_pp", "unit": "‰", "scope": "city"}, "unit fits the metric"),
    # (a rate per 100,000 is a ratio's level or its change in points: no growth or share is stated in it)
    ({"unit": "/10万"}, "unit fits the metric"),
    ({"metric": "share", "unit": "/10万", "scope": "city"}, "unit fits the metric"),
    ({"metric": "change_pp", "unit": "%"}, "unit fits the metric"),
    ({"metric": "mood"}, "metric: isin"),
    ({"period": 1800}, "period: in_range"),
    ({"qualifier": "roughly"}, "qualifier: isin"),
    ({"start": 9, "end": 3}, "evidence offsets are ordered"),
    ({"value": float("inf")}, "value is finite"),
    ({"span": "Q5"}, "span: str_matches"),
    ({"metric": "level", "value": 12.0, "unit": "个", "evidence": "增至12个"},
     "a level of an indicator of money is an amount of money"),
    ({"metric": "level", "value": -3.0, "unit": "亿元"}, NOT_NEGATIVE),
])
def test_bad_rows_are_quarantined_with_their_check(change, check):
    valid, quarantine = split_valid(frame(GOOD, {**GOOD, **change}), ObservationSchema)
    assert valid.height == 1 and valid["value"][0] == 5.8
    assert quarantine.height == 1
    assert check in quarantine["reason"][0]
    assert json.loads(quarantine["row_json"][0])["indicator"] == "地区生产总值"


def test_a_change_s_amount_may_fall_but_a_fall_s_amount_is_no_negative():
    change = {**GOOD, "indicator_code": None, "metric": "level", "unit": "亿元", "rule": "level_increment"}
    rows = [{**change, "indicator": "票据融资增加额", "value": -45.0},  # (…票据融资减少45亿元 in a series)
            {**change, "indicator": "年末常住人口增减额", "value": -0.6, "unit": "万人", "start": 7, "end": 9},
            {**change, "indicator": "财政赤字减少额", "value": -150.0, "start": 10, "end": 14}]
    valid, quarantine = split_valid(frame(*rows), ObservationSchema)
    assert valid["indicator"].to_list() == ["票据融资增加额", "年末常住人口增减额"]
    assert quarantine["reason"].to_list() == [NOT_NEGATIVE]


def test_a_temperature_may_be_below_zero():
    cold = {**GOOD, "indicator_code": None, "indicator": "年极端最低气温", "metric": "level", "value": -2.4,
            "unit": "℃"}
    valid, quarantine = split_valid(frame(cold), ObservationSchema)
    assert (valid.height, quarantine.height) == (1, 0)


def test_a_loss_is_a_negative_profit():
    loss = {**GOOD, "indicator_code": None, "metric": "level", "unit": "亿元", "rule": "table_cell"}
    rows = [{**loss, "indicator": "康养集团利润总额", "value": -0.42},
            {**loss, "indicator": "康养集团营业收入", "value": -8.7, "start": 7, "end": 9}]
    valid, quarantine = split_valid(frame(*rows), ObservationSchema)
    assert valid["indicator"].to_list() == ["康养集团利润总额"]
    assert quarantine["reason"].to_list() == [NOT_NEGATIVE]


@pytest.mark.parametrize("span", ["Q1", "Q1-Q3", "H1", "M1-M10", "M10"])
def test_parts_of_a_year_pass(span):
    valid, quarantine = split_valid(frame({**GOOD, "span": span}), ObservationSchema)
    assert (valid.height, quarantine.height) == (1, 0)


def test_a_repeated_figure_is_quarantined_and_its_first_reading_kept():
    repeat = {**GOOD, "value": 5.9}  # same document, span, metric and indicator: the same obs_id
    other_span = {**GOOD, "start": 7, "end": 13}
    valid, quarantine = split_valid(frame(GOOD, repeat, other_span), ObservationSchema)
    assert valid["value"].to_list() == [5.8, 5.8]
    assert quarantine["reason"].to_list() == ["one row per document, evidence span, metric and indicator"]
    assert json.loads(quarantine["row_json"][0])["value"] == 5.9


def test_a_bad_cell_fails_its_row_not_its_column():
    valid, quarantine = split_valid(frame(GOOD, {**GOOD, "period": "二〇二四"}), ObservationSchema)
    assert valid.height == 1 and quarantine.height == 1
    assert "period" in quarantine["reason"][0]


def test_good_rows_pass_untouched():
    valid, quarantine = split_valid(frame(GOOD, {**GOOD, "metric": "rank", "unit": "", "value": 1.0,
                                                 "scope": "city"},
                                          {**GOOD, "metric": "level", "value": 1.2, "unit": "万亿元"},
                                          {**GOOD, "metric": "level", "value": 12.0, "unit": "个",
                                           "indicator": "规模以上工业企业", "indicator_code": None},
                                          {**GOOD, "metric": "change_pp", "value": -0.31, "unit": "‰",
                                           "indicator": "人口出生率", "indicator_code": None,
                                           "evidence": "下降0.31个千分点"},
                                          {**GOOD, "metric": "ratio", "value": 8.65, "unit": "/10万",
                                           "indicator": "孕产妇死亡率", "indicator_code": None, "start": 20, "end": 27},
                                          {**GOOD, "metric": "change_pp", "value": -1.2, "unit": "/10万",
                                           "indicator": "孕产妇死亡率", "indicator_code": None, "start": 30,
                                           "end": 37}),
                                    ObservationSchema)
    assert valid.height == 7 and quarantine.height == 0


def test_missing_column_is_a_contract_error():
    with pytest.raises(ContractError, match="evidence"):
        split_valid(frame(GOOD).drop("evidence"), ObservationSchema)


@pytest.mark.parametrize("name", ["增至", "达", "城镇化率从", "提高到14.58万亿元", "国内生产总值2000年", "贡献了全国",
                                  "县", "有", "增加到", "拟发行", "赤字率拟按", "按不变价格计算", "比年初",
                                  "存款余额比年初", "比上", "业增加值", "市区", "龙湾区", "成都", "总产值超100亿元",
                                  "增长超5%"])
def test_fragments_are_not_names_and_go_to_quarantine(name):
    valid, quarantine = split_valid(frame(GOOD, {**GOOD, "indicator": name, "start": 1}), ObservationSchema)
    assert valid.height == 1
    assert quarantine["reason"].to_list() == [f"indicator '{name}' is not the name of a quantity"]


@pytest.mark.parametrize("name", ["地区生产总值", "钢", "5G基站", "PM2.5年均浓度", "广义货币M2", "国家5A级旅游景区",
                                  "农民人均收入增加额", "城乡居民人均可支配收入",
                                  "业务收入", "服务业比重", "超长期特别国债", "人均预期寿命",
                                  "新开工5000万元及以上项目", "轨道站点50米内换乘比例", "新引进总投资超1亿美元项目",
                                  "城镇化率高于60%的县", "产量占全国比重超过15%", "10万吨级泊位"])
def test_names_of_quantities_pass(name):
    valid, _ = split_valid(frame({**GOOD, "indicator": name}), ObservationSchema)
    assert valid.height == 1


def test_a_name_held_by_many_rows_is_judged_for_each_of_them():
    rows = [{**GOOD, "indicator": name, "start": i, "end": i + 6}
            for i, name in enumerate(["地区生产总值", "增至", "地区生产总值", "增至", "钢", "增至"])]
    valid, quarantine = split_valid(frame(*rows), ObservationSchema)
    assert valid["indicator"].to_list() == ["地区生产总值", "地区生产总值", "钢"]
    assert quarantine["reason"].to_list() == ["indicator '增至' is not the name of a quantity"] * 3
    assert [json.loads(r)["start"] for r in quarantine["row_json"]] == [1, 3, 5]
