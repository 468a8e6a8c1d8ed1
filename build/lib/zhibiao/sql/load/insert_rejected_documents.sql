INSERT INTO audit_rejected_document BY NAME
SELECT run_id, file_name, path, reason FROM incoming_rejected_document;
