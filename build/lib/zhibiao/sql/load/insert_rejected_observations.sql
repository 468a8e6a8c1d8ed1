INSERT INTO audit_rejected_observation BY NAME
SELECT run_id, doc_id, file_name, reason, row_json FROM incoming_rejected_observation;
