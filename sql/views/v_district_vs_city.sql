CREATE OR REPLACE VIEW v_district_vs_city AS
SELECT
    about_region           AS district,
    parent                 AS city,
    indicator,
    period,
    span,
    stated_share_pct,
    derived_share_pct,
    share_difference_pp,
    region_value           AS district_level,
    parent_value           AS city_level,
    value_unit             AS level_unit,
    region_growth_pct      AS district_growth_pct,
    parent_growth_pct      AS city_growth_pct,
    growth_gap_pp,
    stated_contribution_pp,
    implied_contribution_pp,
    rank_in_parent         AS rank_in_city,
    is_core
FROM agg_region_vs_parent
WHERE about_region_level IN ('district', 'county', 'zone');
COMMENT ON VIEW v_district_vs_city IS 'v_region_vs_parent at the district level, in its first column names: per district (or county, zone), city, indicator, year and part of the year (actuals, each span against the same span): the district''s stated share of its city, the share derived from both levels (from any documents), their difference, both growth rates and the gap in points, the stated contribution to the city''s growth beside the one implied by share x growth / 100 (using the current year''s share for the base year''s), and the stated rank in the city. Only indicators with at least one such comparison appear.';
COMMENT ON COLUMN v_district_vs_city.span IS 'Part of the year (Q1, H1, Q1-Q3, M1-M10); null for the whole year.';
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
