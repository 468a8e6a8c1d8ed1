-- Copies (first .. last - 1) of every region a document or figure is about, as other regions under the
-- same parent would be: its code and name suffixed with the copy number.
INSERT OR IGNORE INTO dim_region BY NAME
SELECT r.* REPLACE (region_code || '#' || copy AS region_code, region || '#' || copy AS region)
FROM dim_region r, range(?, ?) AS copies(copy)
WHERE r.region_code IN (SELECT region_code FROM grow_document_original UNION SELECT region_code FROM grow_observation_original);
