CREATE OR REPLACE VIEW v_district_vs_city AS
WITH actual AS (
    SELECT f.*, r.parent AS parent_region, r.level AS region_level
    FROM current_observation f
    LEFT JOIN dim_region r ON r.region = f.region
    WHERE NOT f.is_target AND f.span IS NULL
),
district AS (
    SELECT
        region        AS district,
        parent_region AS city,
        indicator,
        period,
        max(value)      FILTER (WHERE metric = 'share' AND scope = 'city')        AS stated_share_pct,
        max(value_base) FILTER (WHERE metric = 'level')                          AS district_level,
        any_value(base_unit) FILTER (WHERE metric = 'level')                     AS level_unit,
        max(value)      FILTER (WHERE metric = 'growth')                         AS district_growth_pct,
        max(value)      FILTER (WHERE metric = 'contribution' AND scope = 'city') AS stated_contribution_pp,
        min(value)      FILTER (WHERE metric = 'rank' AND scope = 'city')         AS rank_in_city
    FROM actual
    WHERE region_level IN ('district', 'county', 'zone') AND parent_region IS NOT NULL
    GROUP BY ALL
),
city AS (
    SELECT
        region AS city,
        indicator,
        period,
        max(value_base) FILTER (WHERE metric = 'level')  AS city_level,
        max(value)      FILTER (WHERE metric = 'growth') AS city_growth_pct
    FROM actual
    WHERE region_level = 'city'
    GROUP BY ALL
),
compared AS (
    SELECT
        d.*,
        c.city_level,
        c.city_growth_pct,
        coalesce(i.is_core, false) AS is_core,
        -- a share from levels only where levels add up (totals, not per-capita figures or rates)
        CASE WHEN coalesce(i.is_additive, true) THEN 100 * d.district_level / nullif(c.city_level, 0) END
            AS derived_share
    FROM district d
    LEFT JOIN city c ON c.city = d.city AND c.indicator = d.indicator AND c.period = d.period
    LEFT JOIN dim_indicator i ON i.indicator = d.indicator
)
SELECT
    district,
    city,
    indicator,
    period,
    stated_share_pct,
    round(derived_share, 2)                                                       AS derived_share_pct,
    round(stated_share_pct - derived_share, 2)                                    AS share_difference_pp,
    district_level,
    city_level,
    level_unit,
    district_growth_pct,
    city_growth_pct,
    round(district_growth_pct - city_growth_pct, 2)                               AS growth_gap_pp,
    stated_contribution_pp,
    round(coalesce(stated_share_pct, derived_share) * district_growth_pct / 100, 2) AS implied_contribution_pp,
    rank_in_city,
    is_core
FROM compared
WHERE stated_share_pct IS NOT NULL OR city_level IS NOT NULL OR district_growth_pct IS NOT NULL
   OR stated_contribution_pp IS NOT NULL OR rank_in_city IS NOT NULL;
COMMENT ON VIEW v_district_vs_city IS 'Per district, city, indicator and year (actuals, whole year): the district''s stated share of its city, the share derived from both levels (from any documents), their difference, both growth rates and the gap in points, the stated contribution to the city''s growth beside the one implied by share x growth / 100 (using the current year''s share for the base year''s), and the stated rank in the city. Only indicators with at least one such comparison appear.';
COMMENT ON COLUMN v_district_vs_city.stated_share_pct IS 'The district''s share of the city as the district states it (%).';
COMMENT ON COLUMN v_district_vs_city.derived_share_pct IS 'district_level / city_level x 100, when both levels are loaded and the indicator is additive (dim_indicator.is_additive).';
COMMENT ON COLUMN v_district_vs_city.share_difference_pp IS 'stated_share_pct - derived_share_pct, in points.';
COMMENT ON COLUMN v_district_vs_city.district_level IS 'The district''s level in level_unit (base units: 元, counts).';
COMMENT ON COLUMN v_district_vs_city.city_level IS 'The city''s level for the same indicator and year.';
COMMENT ON COLUMN v_district_vs_city.district_growth_pct IS 'The district''s stated growth (%).';
COMMENT ON COLUMN v_district_vs_city.city_growth_pct IS 'The city''s stated growth (%).';
COMMENT ON COLUMN v_district_vs_city.growth_gap_pp IS 'district_growth_pct - city_growth_pct, in points.';
COMMENT ON COLUMN v_district_vs_city.stated_contribution_pp IS 'The district''s stated contribution to the city''s growth (拉动, points).';
COMMENT ON COLUMN v_district_vs_city.implied_contribution_pp IS 'share (stated, else derived) x district growth / 100, in points.';
COMMENT ON COLUMN v_district_vs_city.rank_in_city IS 'The district''s stated rank among the city''s districts.';
COMMENT ON COLUMN v_district_vs_city.is_core IS 'True for the guidelines'' core indicators.';
