-- Version 6: regions are keyed by their division code, and documents and figures carry the codes.
-- dim_region is rebuilt from the reference by every load; documents loaded before have no code
-- and are read again by the next run (sql/queries/known_documents.sql), which fills theirs in.
DROP TABLE dim_region;
CREATE TABLE dim_region (
    region_code VARCHAR PRIMARY KEY,
    region      VARCHAR NOT NULL,
    level       VARCHAR,
    parent_code VARCHAR,
    aliases     VARCHAR[],
    source      VARCHAR NOT NULL
);
ALTER TABLE dim_document ADD COLUMN region_code VARCHAR;
ALTER TABLE fact_observation ADD COLUMN region_code VARCHAR;
ALTER TABLE fact_observation ADD COLUMN scope_code VARCHAR;
