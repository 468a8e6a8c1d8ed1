-- Copies (first .. last - 1) of the models' rows, as a rebuild computes them for the copied documents:
-- what names the copy's region, documents and figures takes its suffix; the parent's (never copied:
-- grow_regions keeps each copy's parent) does not. bench/scale.py checks them against a rebuild.
INSERT INTO current_observation BY NAME
SELECT o.* REPLACE (obs_id || '#' || copy AS obs_id, doc_id || '#' || copy AS doc_id,
                  region || '#' || copy AS region, region_code || '#' || copy AS region_code)
FROM grow_current_observation o, range($1, $2) AS copies(copy);
INSERT INTO agg_claim_check BY NAME
SELECT c.* REPLACE (about_region || '#' || copy AS about_region, about_region_code || '#' || copy AS about_region_code,
                  file_a || '#' || copy AS file_a, file_b || '#' || copy AS file_b)
FROM grow_agg_claim_check c, range($1, $2) AS copies(copy);
INSERT INTO agg_region_vs_parent BY NAME
SELECT c.* REPLACE (about_region || '#' || copy AS about_region, about_region_code || '#' || copy AS about_region_code,
                  share_obs_id || '#' || copy AS share_obs_id, level_obs_id || '#' || copy AS level_obs_id,
                  gap_obs_id || '#' || copy AS gap_obs_id, growth_obs_id || '#' || copy AS growth_obs_id)
FROM grow_agg_region_vs_parent c, range($1, $2) AS copies(copy);
-- detail ends '(from <the region's document> and <file_b, the parent's>)'
INSERT INTO agg_stated_vs_derived BY NAME
SELECT c.* REPLACE (about_region || '#' || copy AS about_region, about_region_code || '#' || copy AS about_region_code,
                  file_a || '#' || copy AS file_a,
                  left(detail, length(detail) - length(' and ' || file_b || ')')) || '#' || copy
                      || ' and ' || file_b || ')' AS detail)
FROM grow_agg_stated_vs_derived c, range($1, $2) AS copies(copy);
INSERT INTO agg_target_vs_actual BY NAME
SELECT c.* REPLACE (about_region || '#' || copy AS about_region, about_region_code || '#' || copy AS about_region_code,
                  target_file || '#' || copy AS target_file, actual_file || '#' || copy AS actual_file,
                  target_obs_id || '#' || copy AS target_obs_id, actual_obs_id || '#' || copy AS actual_obs_id)
FROM grow_agg_target_vs_actual c, range($1, $2) AS copies(copy);
