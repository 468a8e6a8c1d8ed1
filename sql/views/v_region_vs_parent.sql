CREATE OR REPLACE VIEW v_region_vs_parent AS
SELECT * EXCLUDE (share_obs_id, level_obs_id, parent_level_obs_id, gap_obs_id, growth_obs_id, parent_growth_obs_id)
FROM agg_region_vs_parent;
COMMENT ON VIEW v_region_vs_parent IS 'Per region, the region above it (district or county → city, city → province, province → 中国), indicator, year and part of the year (actuals; a part of the year only against the same part: Q1, H1, Q1-Q3, M1-M10; never a five-year average or total): the share of the parent the documents state and the one derived from both levels, their difference, both growth rates and the gap (stated and derived), the stated contribution to the parent''s growth beside share x growth / 100, and the stated rank within the parent. Stated comparisons count where their scope (全市, 全省, 全国, or a name) resolves to the parent (fact_observation.scope_code); the parent''s levels and growth come from any documents that state them. Only indicators of the lexicon (names of quantities, dim_indicator.category; add others to extraction/data/indicators.csv) with at least one figure to compare appear. A city document''s figure about one of its districts (其中鹿城区…) is that district''s.';
COMMENT ON COLUMN v_region_vs_parent.about_region IS 'The region the figures are about (dim_region.region), whichever document states them; the same name as in every view.';
COMMENT ON COLUMN v_region_vs_parent.about_region_code IS 'Its code (dim_region).';
COMMENT ON COLUMN v_region_vs_parent.span IS 'Part of the year (Q1, H1, Q1-Q3, M1-M10); null for the whole year. Both sides are of the same span.';
COMMENT ON COLUMN v_region_vs_parent.parent_code IS 'Its code (dim_region).';
COMMENT ON COLUMN v_region_vs_parent.about_region_level IS 'Its level: district, county, zone, city, province (dim_region.level).';
COMMENT ON COLUMN v_region_vs_parent.parent IS 'The region above it.';
COMMENT ON COLUMN v_region_vs_parent.parent_level IS 'The parent''s level: city, province or nation, or province for a 直辖市''s districts.';
COMMENT ON COLUMN v_region_vs_parent.stated_share_pct IS 'The region''s share of its parent as stated (占全市, 占全省, 占全国; %).';
COMMENT ON COLUMN v_region_vs_parent.derived_share_pct IS 'region_value / parent_value x 100, when both levels are loaded and the indicator is additive (dim_indicator.is_additive).';
COMMENT ON COLUMN v_region_vs_parent.share_difference_pp IS 'stated_share_pct - derived_share_pct, in points.';
COMMENT ON COLUMN v_region_vs_parent.region_value IS 'The region''s level in value_unit (base units: 元, counts).';
COMMENT ON COLUMN v_region_vs_parent.parent_value IS 'The parent''s level for the same indicator, year and span.';
COMMENT ON COLUMN v_region_vs_parent.value_unit IS 'The base unit of region_value and parent_value.';
COMMENT ON COLUMN v_region_vs_parent.region_growth_pct IS 'The region''s stated growth (%).';
COMMENT ON COLUMN v_region_vs_parent.parent_growth_pct IS 'The parent''s stated growth (%).';
COMMENT ON COLUMN v_region_vs_parent.stated_gap_pp IS 'How far the region''s growth is stated to be above (below, negative) its parent''s (高于全国0.7个百分点; points).';
COMMENT ON COLUMN v_region_vs_parent.growth_gap_pp IS 'region_growth_pct - parent_growth_pct, in points.';
COMMENT ON COLUMN v_region_vs_parent.stated_contribution_pp IS 'The region''s stated contribution to its parent''s growth (拉动, points).';
COMMENT ON COLUMN v_region_vs_parent.implied_contribution_pp IS 'share (stated, else derived) x region growth / 100, in points.';
COMMENT ON COLUMN v_region_vs_parent.rank_in_parent IS 'The region''s stated rank within its parent (居全省第3位, 居全国第7位).';
COMMENT ON COLUMN v_region_vs_parent.is_core IS 'True for the guidelines'' core indicators.';
