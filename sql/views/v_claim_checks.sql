CREATE OR REPLACE VIEW v_claim_checks AS
SELECT * FROM agg_claim_check
UNION ALL BY NAME
SELECT * FROM agg_stated_vs_derived;
COMMENT ON VIEW v_claim_checks IS 'Statements that cannot all be true, each with both sentences, both documents and the difference: share_above_100 (a stated share over 100%); conflicting_values (two documents give different exact, final values for the same region, indicator, metric, year and part of the year, further apart than the rounding of the less precise one: 5.13万亿元 and 5.1万亿元 do not conflict; estimates made before the period ended, approximate figures and five-year averages or totals never conflict); contribution_inconsistent (a stated contribution to the larger region''s growth far from share x growth / 100; the tolerance, 0.3 points and 25%, allows for the share being this year''s rather than the base year''s); share_inconsistent (a stated share of the parent off the share derived from both levels by more than 1 point and 5% of it); gap_inconsistent (a stated gap to the parent''s growth, 高于全市X个百分点, off the difference of the two growth rates by more than 0.15 points).';
COMMENT ON COLUMN v_claim_checks.check_name IS 'share_above_100, conflicting_values, contribution_inconsistent, share_inconsistent or gap_inconsistent.';
COMMENT ON COLUMN v_claim_checks.about_region IS 'The region the figures are about (the same name as in every view).';
COMMENT ON COLUMN v_claim_checks.about_region_code IS 'Its code (dim_region).';
COMMENT ON COLUMN v_claim_checks.span IS 'Part of the year (Q1, H1, Q1-Q3, M1-M10); null for the whole year.';
COMMENT ON COLUMN v_claim_checks.value_a IS 'The figure in question, as written.';
COMMENT ON COLUMN v_claim_checks.file_a IS 'The document stating value_a.';
COMMENT ON COLUMN v_claim_checks.value_b IS 'The figure it disagrees with: the other document''s value, share x growth / 100, the share derived from both levels, or the difference of both growth rates.';
COMMENT ON COLUMN v_claim_checks.file_b IS 'The document behind value_b (for a derived share or gap, the parent''s figure''s; detail names both).';
COMMENT ON COLUMN v_claim_checks.evidence_a IS 'The sentence stating value_a.';
COMMENT ON COLUMN v_claim_checks.evidence_b IS 'The sentence(s) behind value_b.';
COMMENT ON COLUMN v_claim_checks.difference IS 'value_a - value_b.';
COMMENT ON COLUMN v_claim_checks.detail IS 'The check''s rule and tolerance, and for derived figures the documents they come from.';
