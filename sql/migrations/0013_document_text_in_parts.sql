-- Version 13: the documents' text moves to dim_document_text, in parts of 1,000 characters, so that a run's checkpoint writes the new documents' text only.
-- The text is read in 16 groups of documents: DuckDB decompresses a long text column a vector (2,048 rows) at a time, and all of a vector's texts (~180 KB each) do not fit the default 128 MB.
CREATE TABLE dim_document_text (doc_id VARCHAR NOT NULL, part INTEGER NOT NULL, text VARCHAR NOT NULL);
INSERT INTO dim_document_text
SELECT doc_id, (start // 1000)::INTEGER, substr(text, start + 1, 1000)
FROM (SELECT doc_id, text, unnest(range(0, length(text), 1000)) AS start FROM dim_document WHERE hash(doc_id) % 16 = 0);
INSERT INTO dim_document_text
SELECT doc_id, (start // 1000)::INTEGER, substr(text, start + 1, 1000)
FROM (SELECT doc_id, text, unnest(range(0, length(text), 1000)) AS start FROM dim_document WHERE hash(doc_id) % 16 = 1);
INSERT INTO dim_document_text
SELECT doc_id, (start // 1000)::INTEGER, substr(text, start + 1, 1000)
FROM (SELECT doc_id, text, unnest(range(0, length(text), 1000)) AS start FROM dim_document WHERE hash(doc_id) % 16 = 2);
INSERT INTO dim_document_text
SELECT doc_id, (start // 1000)::INTEGER, substr(text, start + 1, 1000)
FROM (SELECT doc_id, text, unnest(range(0, length(text), 1000)) AS start FROM dim_document WHERE hash(doc_id) % 16 = 3);
INSERT INTO dim_document_text
SELECT doc_id, (start // 1000)::INTEGER, substr(text, start + 1, 1000)
FROM (SELECT doc_id, text, unnest(range(0, length(text), 1000)) AS start FROM dim_document WHERE hash(doc_id) % 16 = 4);
INSERT INTO dim_document_text
SELECT doc_id, (start // 1000)::INTEGER, substr(text, start + 1, 1000)
FROM (SELECT doc_id, text, unnest(range(0, length(text), 1000)) AS start FROM dim_document WHERE hash(doc_id) % 16 = 5);
INSERT INTO dim_document_text
SELECT doc_id, (start // 1000)::INTEGER, substr(text, start + 1, 1000)
FROM (SELECT doc_id, text, unnest(range(0, length(text), 1000)) AS start FROM dim_document WHERE hash(doc_id) % 16 = 6);
INSERT INTO dim_document_text
SELECT doc_id, (start // 1000)::INTEGER, substr(text, start + 1, 1000)
FROM (SELECT doc_id, text, unnest(range(0, length(text), 1000)) AS start FROM dim_document WHERE hash(doc_id) % 16 = 7);
INSERT INTO dim_document_text
SELECT doc_id, (start // 1000)::INTEGER, substr(text, start + 1, 1000)
FROM (SELECT doc_id, text, unnest(range(0, length(text), 1000)) AS start FROM dim_document WHERE hash(doc_id) % 16 = 8);
INSERT INTO dim_document_text
SELECT doc_id, (start // 1000)::INTEGER, substr(text, start + 1, 1000)
FROM (SELECT doc_id, text, unnest(range(0, length(text), 1000)) AS start FROM dim_document WHERE hash(doc_id) % 16 = 9);
INSERT INTO dim_document_text
SELECT doc_id, (start // 1000)::INTEGER, substr(text, start + 1, 1000)
FROM (SELECT doc_id, text, unnest(range(0, length(text), 1000)) AS start FROM dim_document WHERE hash(doc_id) % 16 = 10);
INSERT INTO dim_document_text
SELECT doc_id, (start // 1000)::INTEGER, substr(text, start + 1, 1000)
FROM (SELECT doc_id, text, unnest(range(0, length(text), 1000)) AS start FROM dim_document WHERE hash(doc_id) % 16 = 11);
INSERT INTO dim_document_text
SELECT doc_id, (start // 1000)::INTEGER, substr(text, start + 1, 1000)
FROM (SELECT doc_id, text, unnest(range(0, length(text), 1000)) AS start FROM dim_document WHERE hash(doc_id) % 16 = 12);
INSERT INTO dim_document_text
SELECT doc_id, (start // 1000)::INTEGER, substr(text, start + 1, 1000)
FROM (SELECT doc_id, text, unnest(range(0, length(text), 1000)) AS start FROM dim_document WHERE hash(doc_id) % 16 = 13);
INSERT INTO dim_document_text
SELECT doc_id, (start // 1000)::INTEGER, substr(text, start + 1, 1000)
FROM (SELECT doc_id, text, unnest(range(0, length(text), 1000)) AS start FROM dim_document WHERE hash(doc_id) % 16 = 14);
INSERT INTO dim_document_text
SELECT doc_id, (start // 1000)::INTEGER, substr(text, start + 1, 1000)
FROM (SELECT doc_id, text, unnest(range(0, length(text), 1000)) AS start FROM dim_document WHERE hash(doc_id) % 16 = 15);
ALTER TABLE dim_document DROP COLUMN text;
