-- Version 13: the documents' text moves to dim_document_text, in parts of 1,000 characters, so that a run's checkpoint writes the new documents' text only.
-- Reading the whole text column needs a 256 MiB buffer in DuckDB 2.0 (its compressed long strings; 'failed to allocate data of size 256.0 MiB' at 128 MB on the 10 M benchmark file): this one-time copy raises the limit for itself, and ensure_schema restores the open's own limit after it.
SET memory_limit = '1GB';
CREATE TABLE dim_document_text (doc_id VARCHAR NOT NULL, part INTEGER NOT NULL, text VARCHAR NOT NULL);
INSERT INTO dim_document_text
SELECT doc_id, (start // 1000)::INTEGER, substr(text, start + 1, 1000)
FROM (SELECT doc_id, text, unnest(range(0, length(text), 1000)) AS start FROM dim_document);
ALTER TABLE dim_document DROP COLUMN text;
