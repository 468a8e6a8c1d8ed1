-- Files refused as copies of a document the warehouse still holds, with the hash of their content
-- (the latest such refusal of each file): a run skips them while that document's file is present.
-- Of the files named in $1 (a run's folder), or of every file when $1 is null.
SELECT r.file_name, r.doc_id
FROM audit_rejected_document r
JOIN audit_load_run USING (run_id)
WHERE r.doc_id IN (SELECT doc_id FROM dim_document)
  AND r.file_name NOT IN (SELECT file_name FROM dim_document)
  AND ($1 IS NULL OR r.file_name IN (SELECT unnest($1)))
QUALIFY row_number() OVER (PARTITION BY r.file_name ORDER BY started_at DESC) = 1;
