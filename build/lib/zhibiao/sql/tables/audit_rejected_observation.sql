CREATE TABLE IF NOT EXISTS audit_rejected_observation (
    run_id    VARCHAR NOT NULL,
    doc_id    VARCHAR,
    file_name VARCHAR,
    reason    VARCHAR NOT NULL,
    row_json  VARCHAR NOT NULL
);
COMMENT ON TABLE audit_rejected_observation IS 'Quarantine: extracted observations that failed the contract, with the failed checks and the row as extracted.';
COMMENT ON COLUMN audit_rejected_observation.run_id IS 'The run that refused the observation.';
COMMENT ON COLUMN audit_rejected_observation.doc_id IS 'The document it was extracted from.';
COMMENT ON COLUMN audit_rejected_observation.file_name IS 'That document''s file.';
COMMENT ON COLUMN audit_rejected_observation.reason IS 'The contract checks it failed, by name.';
COMMENT ON COLUMN audit_rejected_observation.row_json IS 'The observation as extracted, as JSON.';
