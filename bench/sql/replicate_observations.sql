-- Copies of the observations as if made by other counties: obs_id, doc_id and region suffixed with
-- the copy number (1 .. ?), so keys stay unique and no two copies talk about the same region.
INSERT INTO fact_observation BY NAME
SELECT o.* REPLACE (obs_id || '#' || copy AS obs_id, doc_id || '#' || copy AS doc_id,
                  doc_no + copy * (SELECT max(doc_no) FROM dim_document_original) AS doc_no,
                  region || '#' || copy AS region, region_code || '#' || copy AS region_code)
FROM fact_observation_original o, range(1, ? + 1) AS copies(copy);
