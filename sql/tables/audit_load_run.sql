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
    obs_loaded      INTEGER NOT NULL,
    obs_quarantined INTEGER NOT NULL
);
COMMENT ON TABLE audit_load_run IS 'One row per load run: when, from where, and how many documents and observations it read, loaded, skipped and rejected.';
COMMENT ON COLUMN audit_load_run.flow_run_id IS 'The Prefect flow run that performed the load.';
COMMENT ON COLUMN audit_load_run.docs_skipped IS 'Documents whose content was already loaded (same hash).';
COMMENT ON COLUMN audit_load_run.docs_failed IS 'Documents that could not be read or failed the contract (see audit_rejected_document).';
