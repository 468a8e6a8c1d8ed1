-- Each region against the one above it, at every level the warehouse holds (districts, counties and zones
-- against their city, cities against their province, provinces against the nation) and every part of the
-- year: the stated share and both growth rates, with the ids of the figures for their evidence, and
-- whether a higher figure is better (dim_indicator.target_direction: ceiling for prices, unemployment …).
SELECT c.parent_level, c.about_region, c.parent, c.indicator, c.period, c.span,
       c.stated_share_pct, c.share_obs_id, c.region_growth_pct, c.growth_obs_id, c.parent_growth_pct,
       c.parent_growth_obs_id, coalesce(i.target_direction, 'floor') = 'floor' AS higher_is_better
FROM agg_region_vs_parent c
LEFT JOIN dim_indicator i ON i.indicator = c.indicator
WHERE c.is_core AND (c.stated_share_pct IS NOT NULL
                     OR (c.region_growth_pct IS NOT NULL AND c.parent_growth_pct IS NOT NULL))
ORDER BY c.parent_level, c.about_region, c.period DESC, c.span NULLS FIRST, c.indicator;
