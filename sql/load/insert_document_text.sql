-- The incoming documents' text in parts of 1,000 characters (dim_document_text says why); length and substr count characters, as evidence offsets do.
INSERT INTO dim_document_text BY NAME
SELECT doc_id, (start // 1000)::INTEGER AS part, substr(text, start + 1, 1000) AS text
FROM (SELECT doc_id, text, unnest(range(0, length(text), 1000)) AS start FROM incoming_document);
