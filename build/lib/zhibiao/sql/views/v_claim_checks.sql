CREATE OR REPLACE VIEW v_claim_checks AS
SELECT * FROM agg_claim_check;
COMMENT ON VIEW v_claim_checks IS 'Statements that cannot all be true, each with both evidences: share_above_100 (a stated share over 100%), conflicting_values (two documents give different exact actual values for one indicator, metric, region and year), contribution_inconsistent (a stated contribution to the larger region''s growth far from share x growth / 100; the tolerance, 0.3 points and 25%, allows for the share being this year''s rather than the base year''s).';
COMMENT ON COLUMN v_claim_checks.check_name IS 'share_above_100, conflicting_values or contribution_inconsistent.';
COMMENT ON COLUMN v_claim_checks.value_a IS 'The figure in question, as written.';
COMMENT ON COLUMN v_claim_checks.value_b IS 'The figure it disagrees with: the other document''s value, or share x growth / 100.';
COMMENT ON COLUMN v_claim_checks.evidence_a IS 'The sentence stating value_a.';
COMMENT ON COLUMN v_claim_checks.evidence_b IS 'The sentence(s) behind value_b.';
