CREATE TABLE IF NOT EXISTS meta_schema_version (
    version     INTEGER   NOT NULL,
    description VARCHAR   NOT NULL,
    applied_at  TIMESTAMP NOT NULL DEFAULT current_timestamp
);
COMMENT ON TABLE meta_schema_version IS 'Migrations applied to this warehouse, one row each; the highest version is the schema in force.';
