-- Targets that have an actual, growth rates first.
SELECT about_region, indicator, metric, period, target_value, target_qualifier, actual_value, status,
       target_unit, target_obs_id, actual_obs_id
FROM v_targets_vs_actuals
WHERE status <> 'not reported' AND target_unit = '%'
ORDER BY about_region, period DESC, indicator;
