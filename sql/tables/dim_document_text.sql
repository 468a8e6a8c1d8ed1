CREATE TABLE IF NOT EXISTS dim_document_text (
    doc_id VARCHAR NOT NULL,
    part   INTEGER NOT NULL,
    text   VARCHAR NOT NULL
);
COMMENT ON TABLE dim_document_text IS 'Each document''s text in parts of 1,000 characters (string_agg(text, '''' ORDER BY part) gives it whole), so that adding a document writes its own parts: a checkpoint rewrites the row group a run appends to, and whole texts in one row group of dim_document made every run rewrite every document''s text.';
COMMENT ON COLUMN dim_document_text.doc_id IS 'The document (dim_document).';
COMMENT ON COLUMN dim_document_text.part IS 'The part''s place in the text, from 0: part p holds characters 1,000 × p to 1,000 × (p + 1) − 1, in the offsets evidence uses.';
COMMENT ON COLUMN dim_document_text.text IS 'The part''s characters (HTML pages: of the extracted main text).';
