-- Version 17: documents and indicators get a small integer number (doc_no, indicator_no), carried in fact_observation beside their text keys, for v_observations to join on: an integer hash join over every fact is 3-4x faster than one on the 64-character doc_id (docs/scaling.md).
-- DuckDB cannot make a column NOT NULL in the transaction that filled it ("outstanding updates"): each table is rebuilt, as 0004 rebuilt the facts, its rows copied with their numbers.
-- The copy of every fact raises DuckDB's memory limit for itself, as 0013's copy did; ensure_schema restores the open's own limit after it.
SET memory_limit = '256MB';
ALTER TABLE dim_document RENAME TO dim_document_v16;
CREATE TABLE dim_document (
    doc_id        VARCHAR PRIMARY KEY,
    doc_no        INTEGER NOT NULL,
    file_name     VARCHAR NOT NULL,
    path          VARCHAR NOT NULL,
    title         VARCHAR,
    kind          VARCHAR,
    year          INTEGER,
    region        VARCHAR,
    region_code   VARCHAR,
    parent_region VARCHAR,
    province      VARCHAR,
    doc_date      DATE,
    source        VARCHAR NOT NULL,
    encoding      VARCHAR,
    n_bytes       BIGINT,
    n_chars       BIGINT,
    run_id        VARCHAR NOT NULL,
    span          VARCHAR,
    manifest_hash VARCHAR
);
INSERT INTO dim_document BY NAME
SELECT *, row_number() OVER (ORDER BY doc_id) AS doc_no FROM dim_document_v16;
DROP TABLE dim_document_v16;
-- an indicator a fact names without a row of its own (loaded before indicators were upserted) gets one, so that
-- every fact keeps its row in v_observations, whose join to the indicators is an inner one
INSERT INTO dim_indicator (indicator_key, indicator, is_core)
SELECT indicator_key, min(indicator), false
FROM fact_observation
WHERE indicator_key NOT IN (SELECT indicator_key FROM dim_indicator)
GROUP BY indicator_key;
ALTER TABLE dim_indicator RENAME TO dim_indicator_v16;
CREATE TABLE dim_indicator (
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
INSERT INTO dim_indicator BY NAME
SELECT *, row_number() OVER (ORDER BY indicator_key) AS indicator_no FROM dim_indicator_v16;
DROP TABLE dim_indicator_v16;
ALTER TABLE fact_observation RENAME TO fact_observation_v16;
CREATE TABLE fact_observation (
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
INSERT INTO fact_observation BY NAME
SELECT f.*, d.doc_no, i.indicator_no
FROM fact_observation_v16 f
JOIN dim_document d USING (doc_id)
JOIN dim_indicator i USING (indicator_key);
DROP TABLE fact_observation_v16;
