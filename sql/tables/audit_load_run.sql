CREATE TABLE IF NOT EXISTS audit_load_run (
    run_id          VARCHAR PRIMARY KEY,
    flow_run_id     VARCHAR,
    source          VARCHAR NOT NULL,
    started_at      TIMESTAMP NOT NULL,
    ended_at        TIMESTAMP NOT NULL,
    docs_seen       INTEGER NOT NULL,
    docs_loaded     INTEGER NOT NULL,
    docs_skipped    INTEGER NOT NULL,
    docs_failed     INTEGER NOT NULL,
    docs_pruned     INTEGER DEFAULT 0,
    obs_loaded      INTEGER NOT NULL,
    obs_quarantined INTEGER NOT NULL,
    inputs          VARCHAR,
    docs_reread     INTEGER DEFAULT 0
);
COMMENT ON TABLE audit_load_run IS 'One row per load run: when, from where, and how many documents and observations it read, loaded, skipped and rejected.';
COMMENT ON COLUMN audit_load_run.flow_run_id IS 'The Prefect flow run that performed the load.';
COMMENT ON COLUMN audit_load_run.docs_skipped IS 'Documents whose content was already loaded (same hash).';
COMMENT ON COLUMN audit_load_run.docs_failed IS 'Documents that could not be read or failed the contract (see audit_rejected_document).';
COMMENT ON COLUMN audit_load_run.docs_pruned IS 'Documents removed because their file left the source folder (only when the run was asked to prune).';
COMMENT ON COLUMN audit_load_run.docs_reread IS 'Documents read again, their file and manifest row unchanged, because the warehouse held them read by another version of the reader (dim_document.reader_version); counted in docs_loaded too.';
COMMENT ON COLUMN audit_load_run.run_id IS 'The run''s id; every row a run writes carries it.';
COMMENT ON COLUMN audit_load_run.source IS 'The folder the run read.';
COMMENT ON COLUMN audit_load_run.started_at IS 'When the run started (UTC).';
COMMENT ON COLUMN audit_load_run.ended_at IS 'When the run finished loading (UTC).';
COMMENT ON COLUMN audit_load_run.docs_seen IS 'Document files found in the folder, plus manifest rows naming a missing file.';
COMMENT ON COLUMN audit_load_run.docs_loaded IS 'Documents new or changed since the last run, now loaded.';
COMMENT ON COLUMN audit_load_run.obs_loaded IS 'Observations written to fact_observation.';
COMMENT ON COLUMN audit_load_run.inputs IS 'SHA-256 of what the run applied besides documents: the SQL (tables, models, views, their comments) and the regions and indicators of the reference and the word lists. A run over a folder where nothing is new, edited or pruned publishes nothing, and writes no row, unless this changed.';
COMMENT ON COLUMN audit_load_run.obs_quarantined IS 'Observations refused by the contract (see audit_rejected_observation).';
