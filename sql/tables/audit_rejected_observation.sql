CREATE TABLE IF NOT EXISTS audit_rejected_observation (
    run_id    VARCHAR NOT NULL,
    doc_id    VARCHAR,
    file_name VARCHAR,
    reason    VARCHAR NOT NULL,
    row_json  VARCHAR NOT NULL
);
COMMENT ON TABLE audit_rejected_observation IS 'Quarantine: extracted observations that failed the contract, with the failed checks and the row as extracted.';
