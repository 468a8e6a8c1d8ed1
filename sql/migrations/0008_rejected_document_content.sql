-- Version 6: a file refused as a copy keeps the hash of its content, so later runs know it and skip it.
ALTER TABLE audit_rejected_document ADD COLUMN doc_id VARCHAR;
