-- The incoming documents' text in the parts of 1,000 characters their batch cut it into (dim_document_text says
-- why; pipeline/batch.py text_parts, counted in characters, as evidence offsets are).
INSERT INTO dim_document_text BY NAME
SELECT doc_id, (generate_subscripts(text_parts, 1) - 1)::INTEGER AS part, unnest(text_parts) AS text
FROM incoming_document;
