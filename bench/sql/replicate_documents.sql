INSERT INTO dim_document BY NAME
SELECT d.* REPLACE (doc_id || '#' || copy AS doc_id, file_name || '#' || copy AS file_name,
                  region || '#' || copy AS region, region_code || '#' || copy AS region_code,
                  doc_no + copy * (SELECT max(doc_no) FROM dim_document_original) AS doc_no)
FROM dim_document_original d, range(1, ? + 1) AS copies(copy);
