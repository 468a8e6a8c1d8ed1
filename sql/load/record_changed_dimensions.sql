-- Before the upserts: the keys of every fact whose indicator or region row this load changes (a
-- new place, an indicator made core or non-additive, a region under another parent), and of the
-- regions below such a region, so the incremental refresh recomputes the comparisons they feed.
INSERT INTO meta_refresh_pending
WITH changed_indicator AS (
    SELECT indicator FROM (
        SELECT indicator_key, indicator, english_name, category, expected_unit, is_core, is_additive, aliases, target_direction
        FROM incoming_indicator
        EXCEPT
        SELECT indicator_key, indicator, english_name, category, expected_unit, is_core, is_additive, aliases, target_direction
        FROM dim_indicator)
),
-- each incoming place against the held row of its code (EXCEPT over whole rows hashes every held place)
changed_region AS (
    SELECT i.region_code
    FROM incoming_region i
    LEFT JOIN dim_region d USING (region_code)
    WHERE d.region_code IS NULL
       OR (i.region, i.level, i.parent_code, i.aliases) IS DISTINCT FROM (d.region, d.level, d.parent_code, d.aliases)
),
affected_region AS (
    SELECT region_code FROM changed_region
    UNION SELECT r.region_code FROM dim_region r JOIN changed_region c ON r.parent_code = c.region_code
    UNION SELECT r.region_code FROM incoming_region r JOIN changed_region c ON r.parent_code = c.region_code
)
-- one scan per condition, not one of their OR: each is filtered by its (usually empty) list
SELECT region_code, indicator, period FROM fact_observation WHERE indicator IN (SELECT indicator FROM changed_indicator)
UNION
SELECT region_code, indicator, period FROM fact_observation WHERE region_code IN (SELECT region_code FROM affected_region)
UNION
SELECT region_code, indicator, period FROM fact_observation WHERE scope_code IN (SELECT region_code FROM affected_region);
