-- Copies (first .. last - 1) of the original documents and their text (real-sized documents), keyed anew; a copy's
-- doc_no is its original's plus the copy times the largest original number, so no two collide.
INSERT INTO dim_document BY NAME
SELECT d.* REPLACE (doc_id || '#' || copy AS doc_id, file_name || '#' || copy AS file_name,
                  region || '#' || copy AS region, region_code || '#' || copy AS region_code,
                  doc_no + copy * (SELECT max(doc_no) FROM grow_document_original) AS doc_no)
FROM grow_document_original d, range(?, ?) AS copies(copy);
INSERT INTO dim_document_text BY NAME
SELECT t.* REPLACE (doc_id || '#' || copy AS doc_id)
FROM grow_document_text_original t, range(?, ?) AS copies(copy);
