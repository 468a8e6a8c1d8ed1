CREATE OR REPLACE VIEW v_district_vs_city AS
WITH actual AS (
    SELECT f.*, r.parent AS parent_region, r.level AS region_level
    FROM fact_observation f
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
)
SELECT
    d.district,
    d.city,
    d.indicator,
    d.period,
    d.stated_share_pct,
    round(100 * d.district_level / nullif(c.city_level, 0), 2)                           AS derived_share_pct,
    round(d.stated_share_pct - 100 * d.district_level / nullif(c.city_level, 0), 2)      AS share_difference_pp,
    d.district_level,
    c.city_level,
    d.level_unit,
    d.district_growth_pct,
    c.city_growth_pct,
    round(d.district_growth_pct - c.city_growth_pct, 2)                                   AS growth_gap_pp,
    d.stated_contribution_pp,
    round(coalesce(d.stated_share_pct, 100 * d.district_level / nullif(c.city_level, 0))
          * d.district_growth_pct / 100, 2)                                               AS implied_contribution_pp,
    d.rank_in_city,
    coalesce(i.is_core, false) AS is_core
FROM district d
LEFT JOIN city c ON c.city = d.city AND c.indicator = d.indicator AND c.period = d.period
LEFT JOIN dim_indicator i ON i.indicator = d.indicator AND i.is_core
WHERE d.stated_share_pct IS NOT NULL OR c.city_level IS NOT NULL OR d.district_growth_pct IS NOT NULL
   OR d.stated_contribution_pp IS NOT NULL OR d.rank_in_city IS NOT NULL;
COMMENT ON VIEW v_district_vs_city IS 'Per district, city, indicator and year (actuals, whole year): the district''s stated share of its city, the share derived from both levels (from any documents), their difference, both growth rates and the gap in points, the stated contribution to the city''s growth beside the one implied by share x growth / 100 (using the current year''s share for the base year''s), and the stated rank in the city. Only indicators with at least one such comparison appear.';
