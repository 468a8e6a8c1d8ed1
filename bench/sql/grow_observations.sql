-- Copies (first .. last - 1) of the original observations, about the copied documents' regions.
INSERT INTO fact_observation BY NAME
SELECT o.* REPLACE (obs_id || '#' || copy AS obs_id, doc_id || '#' || copy AS doc_id,
                  region || '#' || copy AS region, region_code || '#' || copy AS region_code)
FROM grow_observation_original o, range(?, ?) AS copies(copy);
