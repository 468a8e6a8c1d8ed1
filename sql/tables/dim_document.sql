CREATE TABLE IF NOT EXISTS dim_document (
    doc_id        VARCHAR NOT NULL,
    doc_no        INTEGER NOT NULL,
    file_name     VARCHAR NOT NULL,
    path          VARCHAR NOT NULL,
    title         VARCHAR,
    kind          VARCHAR,
    year          INTEGER,
    region        VARCHAR,
    region_code   VARCHAR,
    parent_region VARCHAR,
    province      VARCHAR,
    doc_date      DATE,
    source        VARCHAR NOT NULL,
    encoding      VARCHAR,
    n_bytes       BIGINT,
    n_chars       BIGINT,
    run_id        VARCHAR NOT NULL,
    span          VARCHAR,
    manifest_hash VARCHAR,
    reader_version VARCHAR
);
COMMENT ON TABLE dim_document IS 'Documents loaded, one row per distinct content; their text, which evidence offsets index, is in dim_document_text.';
COMMENT ON COLUMN dim_document.doc_id IS 'SHA-256 of the file''s bytes: the same content is the same document. Unique (kept so by the load, without an index: migration 0018).';
COMMENT ON COLUMN dim_document.doc_no IS 'A small number for the document, unique, given by the load that added it (one past the largest held): what fact_observation joins on (an integer joins faster than the 64-character doc_id). doc_id is the key to use; a document loaded again after an edit gets a new number.';
COMMENT ON COLUMN dim_document.kind IS 'work_report, speech, summary, bulletin (统计公报), brief (a monthly or quarterly 运行情况, 简况) or press_release (from the title, in simplified characters, else the opening lines).';
COMMENT ON COLUMN dim_document.span IS 'The part of the year the document covers, from its title (一季度 Q1, 上半年 H1, 1-9月 Q1-Q3, 1-10月 M1-M10); null for a whole year or a document of no period.';
COMMENT ON COLUMN dim_document.year IS 'The year the document was written or delivered.';
COMMENT ON COLUMN dim_document.region IS 'The region the document speaks for (from the manifest, else inferred from its title and opening lines).';
COMMENT ON COLUMN dim_document.region_code IS 'Its code (dim_region); null only for documents loaded before codes, until the next run reads them again.';
COMMENT ON COLUMN dim_document.source IS 'manifest when a sidecar manifest described the document, inferred otherwise.';
COMMENT ON COLUMN dim_document.manifest_hash IS 'SHA-256 of what the manifest said of the document when it was loaded (its row''s values as read, or why the row was refused); null when no manifest described it. A run re-reads a document whose row changed (its region, date, title …), though its file did not.';
COMMENT ON COLUMN dim_document.reader_version IS 'SHA-256 of the reader that read the document: every file of the packages that read, extract and check it and of the word lists it was read with (pipeline/reader.py). A run reads again a document read by another version, as an edited one; null for documents loaded before migration 0019, read again by the next run.';
COMMENT ON COLUMN dim_document.run_id IS 'The load run that wrote the row (audit_load_run).';
COMMENT ON COLUMN dim_document.doc_date IS 'The date the document was delivered (manifest, else ——2026年1月26日在…会议上, a date in Chinese numerals, or the page''s date in its opening lines).';
COMMENT ON COLUMN dim_document.province IS 'The province of the document''s region.';
COMMENT ON COLUMN dim_document.file_name IS 'The file''s path inside the source folder; an edited file keeps its name and replaces its rows.';
COMMENT ON COLUMN dim_document.path IS 'The file''s full path when it was loaded.';
COMMENT ON COLUMN dim_document.title IS 'Title from the manifest, else the opening line naming the kind of document past the page''s furniture, else the HTML page''s title.';
COMMENT ON COLUMN dim_document.parent_region IS 'The region the document''s region belongs to (a district''s city, a province''s 中国).';
COMMENT ON COLUMN dim_document.encoding IS 'The encoding the bytes were decoded from (utf-8, gb18030, utf-16), or docx or pdf for documents read by their format''s library.';
COMMENT ON COLUMN dim_document.n_bytes IS 'Size of the file in bytes.';
COMMENT ON COLUMN dim_document.n_chars IS 'Length of text in characters.';
