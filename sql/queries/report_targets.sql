-- Targets that have an actual, rates only (one scale per chart), with the rule that judged each.
SELECT about_region, indicator, metric, period, span, target_value, target_qualifier, actual_value, status,
       direction, judged_by, target_unit, target_obs_id, actual_obs_id
FROM v_targets_vs_actuals
WHERE status <> 'not reported' AND target_unit = '%'
ORDER BY about_region, period DESC, span NULLS FIRST, indicator;
