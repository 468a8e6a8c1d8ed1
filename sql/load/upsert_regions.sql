-- The reference and the user's places replace what is there; places only documents name are added, never overwrite.
-- Only rows that differ are replaced: a run brings every place of the reference (3,367), and replacing them
-- all took ~50 ms, and a checkpoint more, for rows most runs leave as they were. Each incoming row is
-- compared with the held row of its code (a join on the code, not EXCEPT over whole rows, which hashes
-- every held row: 86-168 ms at 150,000 places).
INSERT OR REPLACE INTO dim_region BY NAME
SELECT DISTINCT i.region_code, i.region, i.level, i.parent_code, i.aliases, i.source
FROM incoming_region i
LEFT JOIN dim_region d USING (region_code)
WHERE i.source <> 'document'
  AND (d.region_code IS NULL OR (i.region, i.level, i.parent_code, i.aliases, i.source)
                                IS DISTINCT FROM (d.region, d.level, d.parent_code, d.aliases, d.source));
INSERT OR IGNORE INTO dim_region BY NAME
SELECT region_code, region, level, parent_code, aliases, source FROM incoming_region WHERE source = 'document';
