-- Each district's stated growth beside its city's, same indicator and year, whole-year actuals.
WITH growth AS (
    SELECT f.region_code, f.region, f.indicator, f.period, f.value, f.obs_id
    FROM current_observation f
    WHERE f.metric = 'growth' AND NOT f.is_target AND f.span IS NULL
)
SELECT d.region AS district, c.region AS city, d.indicator, d.period,
       d.value AS district_growth, d.obs_id AS district_obs_id,
       c.value AS city_growth, c.obs_id AS city_obs_id
FROM growth d
JOIN dim_region r ON r.region_code = d.region_code AND r.level IN ('district', 'county', 'zone')
JOIN growth c ON c.region_code = r.parent_code AND c.indicator = d.indicator AND c.period = d.period
ORDER BY district, d.period DESC, d.indicator;
