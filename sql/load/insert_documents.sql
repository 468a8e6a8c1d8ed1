INSERT INTO dim_document BY NAME
SELECT doc_id, file_name, path, title, kind, year, region, region_code, parent_region, province, doc_date, source,
       encoding, n_bytes, n_chars, run_id, span, manifest_hash
FROM incoming_document;
