CREATE TABLE IF NOT EXISTS fact_observation (
    obs_id          VARCHAR NOT NULL,
    doc_id          VARCHAR NOT NULL,
    doc_no          INTEGER NOT NULL,
    indicator_key   VARCHAR NOT NULL,
    indicator_no    INTEGER NOT NULL,
    indicator       VARCHAR NOT NULL,
    metric          VARCHAR NOT NULL,
    value           DOUBLE  NOT NULL,
    value_high      DOUBLE,
    unit            VARCHAR NOT NULL,
    value_base      DOUBLE  NOT NULL,
    base_unit       VARCHAR NOT NULL,
    qualifier       VARCHAR NOT NULL,
    period          INTEGER NOT NULL,
    span            VARCHAR,
    is_target       BOOLEAN NOT NULL,
    scope           VARCHAR,
    named_region    VARCHAR,
    region          VARCHAR,
    region_code     VARCHAR,
    scope_code      VARCHAR,
    evidence        VARCHAR NOT NULL,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    run_id          VARCHAR NOT NULL,
    rule            VARCHAR,
    basis           VARCHAR
);
COMMENT ON TABLE fact_observation IS 'One row per indicator figure a document states, with its evidence.';
COMMENT ON COLUMN fact_observation.obs_id IS 'Stable id: hash of document, offsets, metric and indicator. Unique, kept so by the contract and the load (which removes a document''s rows before loading it again) rather than by an index.';
COMMENT ON COLUMN fact_observation.metric IS 'level, growth, share, ratio, contribution, change_pp, gap_pp or rank.';
COMMENT ON COLUMN fact_observation.value IS 'The number as written (decreases negative), in unit.';
COMMENT ON COLUMN fact_observation.value_high IS 'Upper bound when the document gives a range (5%-6%).';
COMMENT ON COLUMN fact_observation.unit IS 'Unit as written, magnitude included (亿元, 万人, %); pp for percentage points; empty for ranks.';
COMMENT ON COLUMN fact_observation.value_base IS 'The value in base_unit: money in 元, counts as plain numbers, rates (%, ‰, /10万) and points unchanged.';
COMMENT ON COLUMN fact_observation.base_unit IS 'Unit of value_base: 元, 美元, %, ‰, /10万 (a rate per 100,000), pp, 平方米, 米, 千克, or empty for counts and ranks.';
COMMENT ON COLUMN fact_observation.qualifier IS 'exact, approx (近, 约, 左右), at_least (以上, 多, 超过) or at_most (以内, 不超过).';
COMMENT ON COLUMN fact_observation.period IS 'The year the figure describes.';
COMMENT ON COLUMN fact_observation.span IS 'Part of the year (Q1, H1, Q1-Q3, M1-M10); null for the whole year.';
COMMENT ON COLUMN fact_observation.is_target IS 'True for planned figures (targets), false for achieved ones.';
COMMENT ON COLUMN fact_observation.scope IS 'For share, contribution, gap_pp and rank: the larger region compared with (city, province, nation, or a named area).';
COMMENT ON COLUMN fact_observation.named_region IS 'The region the statement names, as written, when it is not the document''s own (成都 in a province''s report); null otherwise.';
COMMENT ON COLUMN fact_observation.region IS 'The region the figure is about: named_region''s full name, else the region the document speaks for.';
COMMENT ON COLUMN fact_observation.region_code IS 'The code of the region the figure is about (dim_region).';
COMMENT ON COLUMN fact_observation.scope_code IS 'The code of the larger region a share, contribution, gap or rank is measured against: scope resolved against the document''s region (全市 in a district''s speech is its city, 全国 is 中国); null when unknown (全球).';
COMMENT ON COLUMN fact_observation.evidence IS 'The exact text stating the figure: the document''s text (dim_document_text, its parts joined) [start_offset:end_offset].';
COMMENT ON COLUMN fact_observation.doc_id IS 'The document stating the figure (dim_document).';
COMMENT ON COLUMN fact_observation.indicator_key IS 'The indicator (dim_indicator).';
COMMENT ON COLUMN fact_observation.doc_no IS 'The document''s number (dim_document.doc_no), set by the load: views join on it.';
COMMENT ON COLUMN fact_observation.indicator_no IS 'The indicator''s number (dim_indicator.indicator_no), set by the load: views join on it.';
COMMENT ON COLUMN fact_observation.indicator IS 'Indicator name: the lexicon''s canonical name, or a short noun phrase from the text.';
COMMENT ON COLUMN fact_observation.start_offset IS 'Character offset of the evidence in the document''s text (dim_document_text, its parts joined; 0-based).';
COMMENT ON COLUMN fact_observation.end_offset IS 'Character offset just past the evidence.';
COMMENT ON COLUMN fact_observation.rule IS 'The named extraction rule that read the figure (extraction/data/rules.yaml); null for rows loaded before rules were recorded.';
COMMENT ON COLUMN fact_observation.basis IS 'average (年均), cumulative (累计) or multiple (增长2倍) for a figure over several years; null for one period''s figure.';
COMMENT ON COLUMN fact_observation.run_id IS 'The load run that wrote the row (audit_load_run).';
