CREATE TABLE IF NOT EXISTS dim_document (
    doc_id        VARCHAR PRIMARY KEY,
    file_name     VARCHAR NOT NULL,
    path          VARCHAR NOT NULL,
    title         VARCHAR,
    kind          VARCHAR,
    year          INTEGER,
    region        VARCHAR,
    parent_region VARCHAR,
    province      VARCHAR,
    doc_date      DATE,
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
COMMENT ON COLUMN dim_document.doc_date IS 'The date the document was delivered or published (manifest, else the first date in its opening lines).';
COMMENT ON COLUMN dim_document.province IS 'The province of the document''s region.';
COMMENT ON COLUMN dim_document.file_name IS 'The file''s path inside the source folder; an edited file keeps its name and replaces its rows.';
COMMENT ON COLUMN dim_document.path IS 'The file''s full path when it was loaded.';
COMMENT ON COLUMN dim_document.title IS 'Title from the manifest, the HTML page, or the first line of the text.';
COMMENT ON COLUMN dim_document.parent_region IS 'The city (or province) the document''s region belongs to.';
COMMENT ON COLUMN dim_document.encoding IS 'The encoding the bytes were decoded from (utf-8, gb18030, utf-16), or docx or pdf for documents read by their format''s library.';
COMMENT ON COLUMN dim_document.n_bytes IS 'Size of the file in bytes.';
COMMENT ON COLUMN dim_document.n_chars IS 'Length of text in characters.';
