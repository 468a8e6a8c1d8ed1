CREATE TABLE IF NOT EXISTS dim_indicator (
    indicator_key VARCHAR PRIMARY KEY,
    indicator_no  INTEGER NOT NULL,
    indicator     VARCHAR NOT NULL,
    english_name  VARCHAR,
    category      VARCHAR,
    expected_unit VARCHAR,
    is_core       BOOLEAN NOT NULL,
    is_additive   BOOLEAN,
    aliases       VARCHAR[],
    target_direction VARCHAR
);
COMMENT ON TABLE dim_indicator IS 'Indicators: the lexicon''s (extraction/data/indicators.csv) and every other quantity name extraction produced.';
COMMENT ON COLUMN dim_indicator.indicator_key IS 'Lexicon code (gdp, fixed_asset_investment) or, for names outside the lexicon, x_ and a hash of the name.';
COMMENT ON COLUMN dim_indicator.indicator_no IS 'A small number for the indicator, unique and never changed, given when its row was added: what fact_observation joins on. indicator_key is the key to use.';
COMMENT ON COLUMN dim_indicator.indicator IS 'Canonical name in simplified characters.';
COMMENT ON COLUMN dim_indicator.is_core IS 'True for the core indicators district-versus-city comparisons rest on.';
COMMENT ON COLUMN dim_indicator.english_name IS 'English name, for lexicon indicators.';
COMMENT ON COLUMN dim_indicator.category IS 'output, industry, investment, consumption, trade, fiscal, income, employment, prices, …';
COMMENT ON COLUMN dim_indicator.expected_unit IS 'The unit the indicator''s level is usually stated in.';
COMMENT ON COLUMN dim_indicator.aliases IS 'Other names documents and users use (GDP, 规上工业增加值, 国内生产总值 for 地区生产总值); facts store the canonical name, so look a name up in v_indicator_names; extend in extraction/data/indicators.csv.';
COMMENT ON COLUMN dim_indicator.target_direction IS 'ceiling for indicators whose targets are upper limits by nature (居民消费价格, 城镇调查失业率, 能耗, 排放), from the words of warehouse/data/directions.csv; null for the rest, whose targets are floors unless worded as ceilings (以内, 不超过).';
COMMENT ON COLUMN dim_indicator.is_additive IS 'Whether levels add up over regions (totals); false for per-capita figures, rates, indices (extraction/data/cues.yaml: non_additive_words).';
