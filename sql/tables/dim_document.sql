CREATE TABLE IF NOT EXISTS dim_document (
    doc_id        VARCHAR PRIMARY KEY,
    file_name     VARCHAR NOT NULL,
    path          VARCHAR NOT NULL,
    title         VARCHAR,
    kind          VARCHAR,
    year          INTEGER,
    region        VARCHAR,
    parent_region VARCHAR,
    source        VARCHAR NOT NULL,
    encoding      VARCHAR,
    n_bytes       BIGINT,
    n_chars       BIGINT,
    text          VARCHAR,
    run_id        VARCHAR NOT NULL
);
COMMENT ON TABLE dim_document IS 'Documents loaded, one row per distinct content; the text is kept so evidence offsets can be followed.';
COMMENT ON COLUMN dim_document.doc_id IS 'SHA-256 of the file''s bytes: the same content is the same document.';
COMMENT ON COLUMN dim_document.kind IS 'speech, work_report, summary or bulletin.';
COMMENT ON COLUMN dim_document.year IS 'The year the document was written or delivered.';
COMMENT ON COLUMN dim_document.region IS 'The region the document speaks for (from the manifest, else inferred from title and text).';
COMMENT ON COLUMN dim_document.source IS 'manifest when a sidecar manifest described the document, inferred otherwise.';
COMMENT ON COLUMN dim_document.text IS 'The document text that evidence offsets index (HTML pages: the extracted main text).';
COMMENT ON COLUMN dim_document.run_id IS 'The load run that wrote the row (audit_load_run).';
