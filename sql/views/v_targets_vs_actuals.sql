CREATE OR REPLACE VIEW v_targets_vs_actuals AS
SELECT * FROM agg_target_vs_actual;
COMMENT ON VIEW v_targets_vs_actuals IS 'Each stated target (whole year) beside the actual reported for the same region, indicator, metric and year, usually by the next year''s documents; when several documents report it, the one current_observation keeps (the latest document, exact before approximate). status: met (actual at or above the target; at or below it for 以内/不超过 targets, and for a range the lower bound counts), missed, or not reported (no actual loaded yet). Values compare in base units, so 1.1万人 meets 11000人.';
COMMENT ON COLUMN v_targets_vs_actuals.region IS 'The region the target is set for.';
COMMENT ON COLUMN v_targets_vs_actuals.period IS 'The year the target is for.';
COMMENT ON COLUMN v_targets_vs_actuals.target_value IS 'The target as written (growth in %, levels in target_unit).';
COMMENT ON COLUMN v_targets_vs_actuals.target_value_high IS 'Upper end of a range target (5%-6%).';
COMMENT ON COLUMN v_targets_vs_actuals.target_qualifier IS 'approx (左右), at_least (以上), at_most (以内) or exact.';
COMMENT ON COLUMN v_targets_vs_actuals.actual_value IS 'The achieved figure, as written in actual_unit.';
COMMENT ON COLUMN v_targets_vs_actuals.actual_minus_target IS 'Actual minus target, in base units (points for rates, 元 for money).';
COMMENT ON COLUMN v_targets_vs_actuals.status IS 'met, missed or not reported.';
COMMENT ON COLUMN v_targets_vs_actuals.target_evidence IS 'The sentence that set the target.';
COMMENT ON COLUMN v_targets_vs_actuals.actual_evidence IS 'The sentence that reported the result.';
