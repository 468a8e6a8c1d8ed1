-- Each document's file, content, what the manifest said of it (a run re-reads one whose row changed) and the
-- reader that read it (a run re-reads one read by another version), of the files named in $1 (a run's folder),
-- or of every file when $1 is null (a run that prunes).
-- Documents loaded before regions had codes are left out, so that the run reads them again.
SELECT file_name, doc_id, manifest_hash, reader_version
FROM dim_document
WHERE (region IS NULL OR region_code IS NOT NULL)
  AND ($1 IS NULL OR file_name IN (SELECT unnest($1)));
