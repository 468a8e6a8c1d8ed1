-- Copies (first .. last - 1) of the original observations, about the copied documents' regions, a
-- share or gap of the region above measured against the copy of that region where it is copied.
INSERT INTO fact_observation BY NAME
SELECT o.* REPLACE (obs_id || '#' || copy AS obs_id, doc_id || '#' || copy AS doc_id,
                  doc_no + copy * (SELECT max(doc_no) FROM grow_document_original) AS doc_no,
                  region || '#' || copy AS region, region_code || '#' || copy AS region_code,
                  CASE WHEN scope_code IN (SELECT region_code FROM grow_region_original)
                       THEN scope_code || '#' || copy ELSE scope_code END AS scope_code)
FROM grow_observation_original o, range(?, ?) AS copies(copy);
