CREATE TABLE IF NOT EXISTS meta_model (
    name        VARCHAR PRIMARY KEY,
    fingerprint VARCHAR NOT NULL
);
COMMENT ON TABLE meta_model IS 'The marts and aggregates as last refreshed, and the views as last created, one row each: a model whose SQL no longer matches its fingerprint is rebuilt whole, the others only for the keys in meta_refresh_pending; a view whose fingerprint is not that of the SQL files of the run is created again, the others are left.';
COMMENT ON COLUMN meta_model.name IS 'The model''s table (sql/marts, sql/aggregates), or the view (sql/views).';
COMMENT ON COLUMN meta_model.fingerprint IS 'SHA-256: of a model, of its SQL file and sql/macros when its table was last refreshed; of a view, of every SQL file when it was last created.';
