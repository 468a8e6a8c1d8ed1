CREATE OR REPLACE VIEW v_rejected AS
SELECT run_id, 'document' AS stage, file_name, doc_id, reason, path AS detail
FROM audit_rejected_document
UNION ALL
SELECT run_id, 'observation' AS stage, file_name, doc_id, reason, row_json AS detail
FROM audit_rejected_observation;
COMMENT ON VIEW v_rejected IS 'Everything a run refused, with the reason: unreadable documents (detail: path) and observations that failed the contract (detail: the row as extracted, JSON).';
COMMENT ON COLUMN v_rejected.stage IS 'document (could not be read or loaded) or observation (failed the contract).';
COMMENT ON COLUMN v_rejected.detail IS 'The file path, or the refused observation as JSON.';
COMMENT ON COLUMN v_rejected.doc_id IS 'The document an observation came from; for a document refused as a copy, the content it duplicates.';
