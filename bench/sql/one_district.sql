-- The region a dashboard asks about: the lowest-level one compared with its parent (a district when
-- there is one; the real reports' warehouse has cities and provinces), the first by code.
SELECT about_region_code, about_region FROM v_region_vs_parent
ORDER BY list_position(['district', 'county', 'zone', 'city', 'province'], about_region_level), about_region_code
LIMIT 1;
