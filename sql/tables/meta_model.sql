CREATE TABLE IF NOT EXISTS meta_model (
    name        VARCHAR PRIMARY KEY,
    fingerprint VARCHAR NOT NULL
);
COMMENT ON TABLE meta_model IS 'The marts and aggregates as last refreshed, one row each: a model whose SQL no longer matches its fingerprint is rebuilt whole, the others only for the keys in meta_refresh_pending.';
COMMENT ON COLUMN meta_model.name IS 'The model''s table (sql/marts, sql/aggregates).';
COMMENT ON COLUMN meta_model.fingerprint IS 'SHA-256 of the model''s SQL file when its table was last refreshed.';
