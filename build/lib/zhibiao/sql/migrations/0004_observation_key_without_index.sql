-- Version 4: fact_observation without a PRIMARY KEY. DuckDB holds a key's index in memory, so a
-- load needed memory in proportion to the whole warehouse and failed once the index outgrew the
-- memory limit. obs_id stays unique by the contract (one row per document, evidence span, metric
-- and indicator) and by dim_document's key. DuckDB cannot drop a constraint: the table is rebuilt.
ALTER TABLE fact_observation RENAME TO fact_observation_v3;
CREATE TABLE fact_observation (
    obs_id          VARCHAR NOT NULL,
    doc_id          VARCHAR NOT NULL,
    indicator_key   VARCHAR NOT NULL,
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
    subject_region  VARCHAR,
    region          VARCHAR,
    evidence        VARCHAR NOT NULL,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    run_id          VARCHAR NOT NULL
);
INSERT INTO fact_observation BY NAME SELECT * FROM fact_observation_v3;
DROP TABLE fact_observation_v3;
