-- Each document's file, content and what the manifest said of it (a run re-reads one whose row changed).
-- Documents loaded before regions had codes are left out, so that the run reads them again.
SELECT file_name, doc_id, manifest_hash FROM dim_document WHERE region IS NULL OR region_code IS NOT NULL;
