-- What the manifest said of each document when it was loaded (dim_document.manifest_hash), so that a run re-reads
-- a document whose manifest row changed though its file did not. Documents loaded before are null: those a
-- manifest describes are read again once, by the next run.
ALTER TABLE dim_document ADD COLUMN IF NOT EXISTS manifest_hash VARCHAR;
