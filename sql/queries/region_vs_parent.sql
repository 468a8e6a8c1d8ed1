-- What a run's summary shows: each region against the region above it, where something is compared
-- (a stated or derived share, a stated or derived gap, a rank).
SELECT about_region, parent, indicator, period, span, stated_share_pct, derived_share_pct, stated_gap_pp, growth_gap_pp,
       rank_in_parent
FROM v_region_vs_parent
WHERE stated_share_pct IS NOT NULL OR derived_share_pct IS NOT NULL OR stated_gap_pp IS NOT NULL
   OR growth_gap_pp IS NOT NULL OR rank_in_parent IS NOT NULL
ORDER BY about_region, period, span NULLS FIRST, indicator;
