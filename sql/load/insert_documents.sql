-- Each new document numbered one past the largest number held (doc_no: what the facts join on).
INSERT INTO dim_document BY NAME
SELECT doc_id, (SELECT coalesce(max(doc_no), 0) FROM dim_document) + row_number() OVER (ORDER BY doc_id) AS doc_no,
       file_name, path, title, kind, year, region, region_code, parent_region, province, doc_date, source,
       encoding, n_bytes, n_chars, run_id, span, manifest_hash, reader_version
FROM incoming_document;
