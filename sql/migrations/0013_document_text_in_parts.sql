-- Version 13: the documents' text moves to dim_document_text, in parts of 1,000 characters, so that a run's checkpoint writes the new documents' text only.
CREATE TABLE dim_document_text (doc_id VARCHAR NOT NULL, part INTEGER NOT NULL, text VARCHAR NOT NULL);
INSERT INTO dim_document_text
SELECT doc_id, (start // 1000)::INTEGER, substr(text, start + 1, 1000)
FROM (SELECT doc_id, text, unnest(range(0, length(text), 1000)) AS start FROM dim_document);
ALTER TABLE dim_document DROP COLUMN text;
