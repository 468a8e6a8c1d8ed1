INSERT INTO audit_rejected_document BY NAME
SELECT run_id, file_name, path, reason, doc_id FROM incoming_rejected_document;
