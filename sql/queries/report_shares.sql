-- Stated shares of the city, whole-year actuals, by district.
SELECT f.region AS district, p.region AS city, f.indicator, f.period, f.value, f.qualifier, f.obs_id
FROM current_observation f
JOIN dim_region r ON r.region_code = f.region_code
JOIN dim_region p ON p.region_code = r.parent_code
WHERE f.metric = 'share' AND f.scope_code = r.parent_code AND NOT f.is_target AND f.span IS NULL
  AND r.level IN ('district', 'county', 'zone')
ORDER BY district, f.period DESC, f.value DESC;
