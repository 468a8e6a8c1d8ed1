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
changed_region AS (
    SELECT region_code FROM (
        SELECT region_code, region, level, parent_code, aliases FROM incoming_region
        EXCEPT
        SELECT region_code, region, level, parent_code, aliases FROM dim_region)
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
