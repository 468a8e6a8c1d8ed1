-- The reference and the user's places replace what is there; places only documents name are added, never overwrite.
INSERT OR REPLACE INTO dim_region BY NAME
SELECT region_code, region, level, parent_code, aliases, source FROM incoming_region WHERE source <> 'document';
INSERT OR IGNORE INTO dim_region BY NAME
SELECT region_code, region, level, parent_code, aliases, source FROM incoming_region WHERE source = 'document';
