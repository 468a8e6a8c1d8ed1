-- unique_key: about_region_code, indicator, period  (refresh.py: a region's row for one indicator and year)
-- reads_parent: the row compares the region's figures with its parent's of the same indicator and year
-- Rebuilt by every run's refresh, after current_observation: the comparisons of each region with the
-- one above it, for v_region_vs_parent and v_district_vs_city. A row depends only on the figures of one
-- region and of its parent for one indicator, period and span.
CREATE OR REPLACE TABLE agg_region_vs_parent AS
-- one period's actuals (never a five-year average or total) of indicators that are names of quantities:
-- the lexicon's (dim_indicator.category), so that a stray phrase read as an indicator compares nothing
WITH actual AS (
    SELECT f.*, r.parent_code, r.level AS region_level
    FROM current_observation f
    JOIN dim_region r ON r.region_code = f.region_code
    JOIN dim_indicator i ON i.indicator_key = f.indicator_key AND i.category IS NOT NULL
    WHERE NOT f.is_target AND f.basis IS NULL
),
own AS (
    -- what the region's figures say, and what they state of the region above it (scope_code)
    SELECT
        region_code,
        parent_code,
        indicator,
        period,
        span,
        any_value(region)                                                                AS region,
        any_value(region_level)                                                          AS region_level,
        -- the figure behind each value: the largest, then the same one on every rebuild (its id)
        max_by(obs_id, (value, obs_id))
            FILTER (WHERE metric = 'share' AND scope_code = parent_code)                 AS share_obs_id,
        max(value)   FILTER (WHERE metric = 'share' AND scope_code = parent_code)        AS stated_share_pct,
        max_by(obs_id, (value_base, obs_id))    FILTER (WHERE metric = 'level')          AS level_obs_id,
        max(value_base)                         FILTER (WHERE metric = 'level')          AS region_value,
        max_by(base_unit, (value_base, obs_id)) FILTER (WHERE metric = 'level')          AS value_unit,
        max_by(obs_id, (value, obs_id))         FILTER (WHERE metric = 'growth')         AS growth_obs_id,
        max(value)                              FILTER (WHERE metric = 'growth')         AS region_growth_pct,
        max_by(obs_id, (value, obs_id))
            FILTER (WHERE metric = 'gap_pp' AND scope_code = parent_code)                AS gap_obs_id,
        max(value)   FILTER (WHERE metric = 'gap_pp' AND scope_code = parent_code)       AS stated_gap_pp,
        max(value)   FILTER (WHERE metric = 'contribution' AND scope_code = parent_code) AS stated_contribution_pp,
        min(value)   FILTER (WHERE metric = 'rank' AND scope_code = parent_code)         AS rank_in_parent
    FROM actual
    WHERE parent_code IS NOT NULL
    GROUP BY region_code, parent_code, indicator, period, span
),
parent AS (
    -- the parent's own figures, from whichever documents state them, for the same part of the year
    SELECT
        region_code,
        indicator,
        period,
        span,
        max_by(obs_id, (value_base, obs_id)) FILTER (WHERE metric = 'level')  AS parent_level_obs_id,
        max(value_base)                      FILTER (WHERE metric = 'level')  AS parent_value,
        max_by(obs_id, (value, obs_id))      FILTER (WHERE metric = 'growth') AS parent_growth_obs_id,
        max(value)                           FILTER (WHERE metric = 'growth') AS parent_growth_pct
    FROM actual
    GROUP BY region_code, indicator, period, span
),
compared AS (
    SELECT
        o.*,
        p.region AS parent,
        p.level  AS parent_level,
        pf.parent_value,
        pf.parent_growth_pct,
        pf.parent_level_obs_id,
        pf.parent_growth_obs_id,
        coalesce(i.is_core, false) AS is_core,
        -- a share from levels only where levels add up (totals, not per-capita figures or rates)
        CASE WHEN coalesce(i.is_additive, true) THEN 100 * o.region_value / nullif(pf.parent_value, 0) END
            AS derived_share
    FROM own o
    JOIN dim_region p ON p.region_code = o.parent_code
    LEFT JOIN parent pf ON pf.region_code = o.parent_code AND pf.indicator = o.indicator AND pf.period = o.period
                       AND pf.span IS NOT DISTINCT FROM o.span
    LEFT JOIN dim_indicator i ON i.indicator = o.indicator
)
SELECT
    region                                                                         AS about_region,
    region_code                                                                    AS about_region_code,
    region_level                                                                   AS about_region_level,
    parent,
    parent_code,
    parent_level,
    indicator,
    period,
    span,
    stated_share_pct,
    round(derived_share, 2)                                                        AS derived_share_pct,
    round(stated_share_pct - derived_share, 2)                                     AS share_difference_pp,
    region_value,
    parent_value,
    value_unit,
    region_growth_pct,
    parent_growth_pct,
    stated_gap_pp,
    round(region_growth_pct - parent_growth_pct, 2)                                AS growth_gap_pp,
    stated_contribution_pp,
    round(coalesce(stated_share_pct, derived_share) * region_growth_pct / 100, 2)  AS implied_contribution_pp,
    rank_in_parent,
    is_core,
    share_obs_id,
    level_obs_id,
    parent_level_obs_id,
    gap_obs_id,
    growth_obs_id,
    parent_growth_obs_id
FROM compared
WHERE stated_share_pct IS NOT NULL OR parent_value IS NOT NULL OR region_growth_pct IS NOT NULL
   OR stated_gap_pp IS NOT NULL OR stated_contribution_pp IS NOT NULL OR rank_in_parent IS NOT NULL;
COMMENT ON TABLE agg_region_vs_parent IS 'Materialised for v_region_vs_parent and v_district_vs_city, rebuilt after each load; see v_region_vs_parent. The *_obs_id columns name the figures each comparison rests on (current_observation.obs_id), for the claim checks and the report.';
