"""An observation as the warehouse accepts it."""

from __future__ import annotations

from functools import lru_cache

import pandera.polars as pa
import polars as pl
from pandera.polars import PolarsData

from zhibiao.extraction import Lexicon, load_lexicon
from zhibiao.extraction.lexicon import alternation
from zhibiao.extraction.model import BASES, METRICS, QUALIFIERS

from .names import implausible_reason

PERCENT_METRICS = ("growth", "share")  # in % or ‰ (a rate per 100,000 is a level's unit, no growth's or share's)
POINT_METRICS = ("contribution", "change_pp", "gap_pp")
PER_MILLE_POINTS = "change_pp"  # the one point metric a rate per mille's change is stated in (个千分点)
SPAN_PATTERN = r"^(Q[1-4](-Q[1-4])?|H[12]|M\d{1,2}(-M\d{1,2})?)$"  # M10: one month's figure (10月当月)
FIGURE_KEY = ("doc_id", "start", "end", "metric", "indicator")
MONEY_MARK = "元"  # in every unit of money


class ObservationSchema(pa.DataFrameModel):
    """The observation record, declared once: the extractor's `Observation` and the fact table's
    columns are checked against it (tests/test_record.py), and the batch frame's types come from it."""

    doc_id: str = pa.Field(str_length={"min_value": 64, "max_value": 64})
    file_name: str
    indicator: str = pa.Field(str_length={"min_value": 1, "max_value": 60})
    indicator_code: str = pa.Field(nullable=True)
    metric: str = pa.Field(isin=list(METRICS))
    value: float = pa.Field(in_range={"min_value": -1e15, "max_value": 1e15})
    value_high: float = pa.Field(nullable=True)
    unit: str = pa.Field(str_length={"max_value": 12})
    qualifier: str = pa.Field(isin=list(QUALIFIERS))
    # older reports compare with years before 1949 (旧中国最高年产量, 一九三六年); no figure is of the 1800s
    period: int = pa.Field(in_range={"min_value": 1900, "max_value": 2100})
    span: str = pa.Field(nullable=True, str_matches=SPAN_PATTERN)
    is_target: bool
    scope: str = pa.Field(nullable=True)
    named_region: str = pa.Field(nullable=True)
    evidence: str = pa.Field(str_length={"min_value": 1, "max_value": 400})
    start: int = pa.Field(ge=0)
    end: int = pa.Field(ge=1)
    rule: str = pa.Field(str_length={"min_value": 1})
    basis: str = pa.Field(nullable=True, isin=list(BASES))

    class Config:
        strict = False  # extra columns (value_base, …) pass through

    @pa.dataframe_check(name="evidence offsets are ordered")
    def offsets_ordered(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("end") > pl.col("start"))

    @pa.dataframe_check(name="unit fits the metric")
    def unit_fits_metric(cls, data: PolarsData) -> pl.LazyFrame:
        metric, unit = pl.col("metric"), pl.col("unit")
        rates = _rate_units()  # %, ‰ and the rates per 100,000 (孕产妇死亡率9.85/10万)
        return data.lazyframe.select(
            pl.when(metric == "ratio").then(unit.is_in(rates))
            .when(metric.is_in(PERCENT_METRICS)).then(unit.is_in(["%", "‰"]))
            # (下降0.31个千分点, 下降1.2/10万: the points of a rate per mille or per 100,000, in its unit; no gap or
            # contribution is stated so)
            .when(metric == PER_MILLE_POINTS).then(unit.is_in(["pp", *(u for u in rates if u != "%")]))
            .when(metric.is_in(POINT_METRICS)).then(unit == "pp")
            .when(metric == "rank").then(unit == "")
            .otherwise(~unit.is_in([*rates, "pp"])))

    # A share above 100% is a faithful reading of an impossible claim: it loads, and
    # v_claim_checks shows it with its evidence. A negative share is a misreading.
    @pa.dataframe_check(name="a share is not negative")
    def share_not_negative(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select((pl.col("metric") != "share") | (pl.col("value") >= 0))

    @pa.dataframe_check(name="a share names what it is a share of")
    def share_has_scope(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select((pl.col("metric") != "share") | pl.col("scope").is_not_null())

    @pa.dataframe_check(name="a rank is a whole number from 1")
    def rank_is_ordinal(cls, data: PolarsData) -> pl.LazyFrame:
        value = pl.col("value")
        return data.lazyframe.select((pl.col("metric") != "rank") | ((value >= 1) & (value == value.floor())))

    # (a change's amount may be negative: 票据融资增加额 -45 in a series of increments, a table's 增减额 of -0.6; so may
    # a profit or a balance, a firm's 利润总额 of -0.61 亿元, and a temperature, 年极端最低气温-2.4℃)
    @pa.dataframe_check(name="a level is not negative, unless a change's amount, a profit, a balance or a temperature")
    def level_not_negative(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select((pl.col("metric") != "level") | (pl.col("value") >= 0)
                                     | pl.col("indicator").str.contains(_signed_increments())
                                     | pl.col("unit").is_in(_signed_units()))

    # 经济总量超500亿元的县域增至12个: a count read as the indicator's level; an indicator measured in money
    # (its expected unit) has amounts of money for levels (元, 亿美元, 元/月 all hold 元)
    @pa.dataframe_check(name="a level of an indicator of money is an amount of money")
    def money_level_in_money(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select((pl.col("metric") != "level") | ~pl.col("indicator_code").is_in(_money_codes())
                                     | pl.col("unit").str.contains(MONEY_MARK))

    # The key obs_id is hashed from. The warehouse keeps no index on obs_id (an index must fit in
    # memory, so a load's memory would grow with the warehouse): this check and the load, which removes
    # a document's rows before loading its new version, keep it unique. The first reading stays; a
    # repeat is quarantined.
    @pa.dataframe_check(name="one row per document, evidence span, metric and indicator")
    def one_row_per_figure(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.struct(FIGURE_KEY).is_first_distinct())

    # A wrong subject must not reach the facts silently: a fragment (城镇化率从, 增至, 有) goes to
    # quarantine with the rest of its row, so the extractor's naming can be fixed and the figure kept.
    # The reason names the value ({value}) and what it is not.
    @pa.check("indicator", name="indicator '{value}' is not the name of a quantity")
    def indicator_is_a_name(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col(data.key).map_batches(_names_plausible, return_dtype=pl.Boolean))

    @pa.dataframe_check(name="value is finite")
    def value_finite(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("value").is_finite())


@lru_cache(maxsize=1)
def _rate_units() -> list[str]:
    """The units a rate is stated in: percent, per mille and per 100,000 (units.csv's dimensions percent and rate)."""
    return [u for u, unit in load_lexicon().units.items() if unit.dimension in ("percent", "rate")]


@lru_cache(maxsize=1)
def _signed_increments() -> str:
    """A pattern of the names of a change's amount that may fall (增加额, 增减额, 增量 …; not 减少额), and of the
    amounts that fall below zero in a loss or a deficit (利润总额, 结余; signed_levels)."""
    cues = load_lexicon().cues
    return f"(?:{alternation([*cues['increment_columns'], cues['increment_names']['up'], *cues['signed_levels']])})$"


@lru_cache(maxsize=1)
def _signed_units() -> list[str]:
    """The units whose levels may be below zero (temperatures: ℃)."""
    return [u for u, unit in load_lexicon().units.items() if unit.dimension == "temperature"]


@lru_cache(maxsize=1)
def _money_codes() -> list[str]:
    """The lexicon's indicators measured in money."""
    return [i.code for i in load_lexicon().indicators if MONEY_MARK in i.expected_unit]


def _names_plausible(names: pl.Series) -> pl.Series:
    """Whether each name can be that of a quantity, each name judged once: a batch's rows repeat
    few names (地区生产总值 in every document), and judging one takes a dozen patterns."""
    distinct, lex = names.drop_nulls().unique(), load_lexicon()
    return names.replace_strict(distinct, [_plausible(name, lex) for name in distinct], default=None,
                                return_dtype=pl.Boolean)


@lru_cache(maxsize=1 << 16)  # and once per worker process: its later batches repeat the earlier ones' names
def _plausible(name: str, lex: Lexicon) -> bool:
    return implausible_reason(name, lex) is None


def polars_columns(model: type[pa.DataFrameModel]) -> dict[str, pl.DataType]:
    """A model's columns and their polars types, in declaration order."""
    return {name: column.dtype.type for name, column in model.to_schema().columns.items()}


OBSERVATION_COLUMNS = polars_columns(ObservationSchema)
