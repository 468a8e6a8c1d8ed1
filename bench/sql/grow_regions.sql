-- Copies (first .. last - 1) of every region a document or figure is about, as other regions would be:
-- its code and name suffixed with the copy number, under the copy of its parent where that is copied
-- too (a copy is a country of its own: a national figure reaches its own provinces, not every copy's).
INSERT OR IGNORE INTO dim_region BY NAME
SELECT r.* REPLACE (region_code || '#' || copy AS region_code, region || '#' || copy AS region,
                  CASE WHEN parent_code IN (SELECT region_code FROM grow_region_original)
                       THEN parent_code || '#' || copy ELSE parent_code END AS parent_code)
FROM dim_region r, range(?, ?) AS copies(copy)
WHERE r.region_code IN (SELECT region_code FROM grow_region_original);
