SELECT district, indicator, period, stated_share_pct, derived_share_pct, district_growth_pct, city_growth_pct,
       growth_gap_pp, stated_contribution_pp, implied_contribution_pp, rank_in_city
FROM v_district_vs_city
WHERE is_core OR stated_share_pct IS NOT NULL OR derived_share_pct IS NOT NULL
ORDER BY district, period, indicator;
