INSERT OR IGNORE INTO dim_region BY NAME
SELECT r.* REPLACE (region_code || '#' || copy AS region_code, region || '#' || copy AS region)
FROM dim_region_original r, range(1, ? + 1) AS copies(copy)
WHERE level IN ('district', 'county', 'zone');
