-- The district a dashboard asks about: the first (by code) compared with its city.
SELECT about_region_code, about_region FROM v_region_vs_parent WHERE about_region_level = 'district'
ORDER BY about_region_code LIMIT 1;
