-- The models' rows about the real reports' regions (no copy yet): a copy's rows are these, keyed anew.
CREATE TEMP TABLE grow_current_observation AS SELECT * FROM current_observation WHERE NOT contains(doc_id, '#');
CREATE TEMP TABLE grow_agg_claim_check AS SELECT * FROM agg_claim_check
WHERE NOT coalesce(contains(coalesce(about_region_code, about_region), '#'), false);
CREATE TEMP TABLE grow_agg_region_vs_parent AS SELECT * FROM agg_region_vs_parent
WHERE NOT coalesce(contains(coalesce(about_region_code, about_region), '#'), false);
CREATE TEMP TABLE grow_agg_stated_vs_derived AS SELECT * FROM agg_stated_vs_derived
WHERE NOT coalesce(contains(coalesce(about_region_code, about_region), '#'), false);
CREATE TEMP TABLE grow_agg_target_vs_actual AS SELECT * FROM agg_target_vs_actual
WHERE NOT coalesce(contains(coalesce(about_region_code, about_region), '#'), false);
