-- Which reader read each document (dim_document.reader_version), so that a run reads again a document read by
-- another version of zhibiao's reading and extraction, as it does an edited one; and how many documents each run
-- read again for that (audit_load_run.docs_reread). Documents loaded before are null, read by a version unknown:
-- the next run reads each of them again, once.
ALTER TABLE dim_document ADD COLUMN IF NOT EXISTS reader_version VARCHAR;
ALTER TABLE audit_load_run ADD COLUMN IF NOT EXISTS docs_reread INTEGER DEFAULT 0;
