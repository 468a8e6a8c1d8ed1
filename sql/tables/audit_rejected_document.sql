CREATE TABLE IF NOT EXISTS audit_rejected_document (
    run_id    VARCHAR NOT NULL,
    file_name VARCHAR NOT NULL,
    path      VARCHAR NOT NULL,
    reason    VARCHAR NOT NULL,
    doc_id    VARCHAR
);
COMMENT ON TABLE audit_rejected_document IS 'Quarantine: documents that could not be read or loaded (empty, binary, undecodable, too large, vanished, duplicate), with the reason.';
COMMENT ON COLUMN audit_rejected_document.run_id IS 'The run that refused the document.';
COMMENT ON COLUMN audit_rejected_document.file_name IS 'The file''s path inside the source folder.';
COMMENT ON COLUMN audit_rejected_document.path IS 'The file''s full path when the run read it.';
COMMENT ON COLUMN audit_rejected_document.reason IS 'Why it was refused, e.g. empty file, binary file, duplicate content of X.';
COMMENT ON COLUMN audit_rejected_document.doc_id IS 'For a file refused as a copy: the hash of its content, which the warehouse holds under another file (dim_document.doc_id). A later run skips the copy while that file is in the folder.';
