-- Stated shares of the city, whole-year actuals, by district.
SELECT f.region AS district, r.parent AS city, f.indicator, f.period, f.value, f.qualifier, f.obs_id
FROM current_observation f
JOIN dim_region r ON r.region = f.region
WHERE f.metric = 'share' AND f.scope = 'city' AND NOT f.is_target AND f.span IS NULL
  AND r.level IN ('district', 'county', 'zone')
ORDER BY district, f.period DESC, f.value DESC;
