CREATE TABLE IF NOT EXISTS audit_rejected_document (
    run_id    VARCHAR NOT NULL,
    file_name VARCHAR NOT NULL,
    path      VARCHAR NOT NULL,
    reason    VARCHAR NOT NULL
);
COMMENT ON TABLE audit_rejected_document IS 'Quarantine: documents that could not be read or loaded (empty, binary, undecodable, too large, vanished, duplicate), with the reason.';
