CREATE TABLE IF NOT EXISTS meta_refresh_pending (
    region_code VARCHAR,
    indicator   VARCHAR NOT NULL,
    period      INTEGER NOT NULL
);
COMMENT ON TABLE meta_refresh_pending IS 'Keys whose figures a load changed since the last refresh (the facts it inserted or deleted, the dimension rows it changed): the refresh recomputes the marts and aggregates for these keys only (a comparison with the parent region also for the regions below), then empties it.';
COMMENT ON COLUMN meta_refresh_pending.region_code IS 'The region of a changed figure (dim_region); null for figures whose region is unknown.';
COMMENT ON COLUMN meta_refresh_pending.indicator IS 'The indicator of a changed figure.';
COMMENT ON COLUMN meta_refresh_pending.period IS 'The year of a changed figure.';
