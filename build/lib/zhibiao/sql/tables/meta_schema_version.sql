CREATE TABLE IF NOT EXISTS meta_schema_version (
    version     INTEGER   NOT NULL,
    description VARCHAR   NOT NULL,
    applied_at  TIMESTAMP NOT NULL DEFAULT current_timestamp
);
COMMENT ON TABLE meta_schema_version IS 'Migrations applied to this warehouse, one row each; the highest version is the schema in force.';
COMMENT ON COLUMN meta_schema_version.version IS 'Migration number (sql/migrations/NNNN_*.sql).';
COMMENT ON COLUMN meta_schema_version.description IS 'What the migration does, from its file name.';
COMMENT ON COLUMN meta_schema_version.applied_at IS 'When it was applied to this file.';
