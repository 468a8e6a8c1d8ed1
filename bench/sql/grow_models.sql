-- Copies (first .. last - 1) of the models' rows, as a rebuild computes them for the copied documents:
-- what names the copy's regions, documents and figures takes its suffix, and so does a parent region
-- where it is copied (grow_regions.sql). Checked against a rebuild (bench/scale.py --check-grow).
INSERT INTO current_observation BY NAME
SELECT o.* REPLACE (obs_id || '#' || copy AS obs_id, doc_id || '#' || copy AS doc_id,
                  region || '#' || copy AS region, region_code || '#' || copy AS region_code,
                  CASE WHEN scope_code IN (SELECT region_code FROM grow_region_original)
                       THEN scope_code || '#' || copy ELSE scope_code END AS scope_code)
FROM grow_current_observation o, range($1, $2) AS copies(copy);
INSERT INTO agg_claim_check BY NAME
SELECT c.* REPLACE (about_region || '#' || copy AS about_region, about_region_code || '#' || copy AS about_region_code,
                  file_a || '#' || copy AS file_a, file_b || '#' || copy AS file_b)
FROM grow_agg_claim_check c, range($1, $2) AS copies(copy);
INSERT INTO agg_region_vs_parent BY NAME
SELECT c.* REPLACE (about_region || '#' || copy AS about_region, about_region_code || '#' || copy AS about_region_code,
                  share_obs_id || '#' || copy AS share_obs_id, level_obs_id || '#' || copy AS level_obs_id,
                  gap_obs_id || '#' || copy AS gap_obs_id, growth_obs_id || '#' || copy AS growth_obs_id,
                  -- a parent stating figures is about its documents, so copied
                  parent_level_obs_id || '#' || copy AS parent_level_obs_id,
                  parent_growth_obs_id || '#' || copy AS parent_growth_obs_id,
                  CASE WHEN parent_code IN (SELECT region_code FROM grow_region_original)
                       THEN parent || '#' || copy ELSE parent END AS parent,
                  CASE WHEN parent_code IN (SELECT region_code FROM grow_region_original)
                       THEN parent_code || '#' || copy ELSE parent_code END AS parent_code)
FROM grow_agg_region_vs_parent c, range($1, $2) AS copies(copy);
-- detail ends '(from <the region's document> and <file_b, the parent's>)'; the parent's name before that
-- keeps no suffix (the real reports make no such check: the table is empty)
INSERT INTO agg_stated_vs_derived BY NAME
SELECT c.* REPLACE (about_region || '#' || copy AS about_region, about_region_code || '#' || copy AS about_region_code,
                  file_a || '#' || copy AS file_a, file_b || '#' || copy AS file_b,
                  left(detail, length(detail) - length(' and ' || file_b || ')')) || '#' || copy
                      || ' and ' || file_b || '#' || copy || ')' AS detail)
FROM grow_agg_stated_vs_derived c, range($1, $2) AS copies(copy);
INSERT INTO agg_target_vs_actual BY NAME
SELECT c.* REPLACE (about_region || '#' || copy AS about_region, about_region_code || '#' || copy AS about_region_code,
                  target_file || '#' || copy AS target_file, actual_file || '#' || copy AS actual_file,
                  target_obs_id || '#' || copy AS target_obs_id, actual_obs_id || '#' || copy AS actual_obs_id)
FROM grow_agg_target_vs_actual c, range($1, $2) AS copies(copy);
