-- The reference and the user's places replace what is there; places only documents name are added, never overwrite.
-- Only rows that differ are replaced: a run brings every place of the reference (3,367), and replacing them
-- all took ~50 ms, and a checkpoint more, for rows most runs leave as they were.
INSERT OR REPLACE INTO dim_region BY NAME
SELECT region_code, region, level, parent_code, aliases, source FROM (
    SELECT region_code, region, level, parent_code, aliases, source FROM incoming_region WHERE source <> 'document'
    EXCEPT
    SELECT region_code, region, level, parent_code, aliases, source FROM dim_region);
INSERT OR IGNORE INTO dim_region BY NAME
SELECT region_code, region, level, parent_code, aliases, source FROM incoming_region WHERE source = 'document';
