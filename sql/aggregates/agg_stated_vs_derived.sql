-- unique_key: about_region_code, indicator, period  (refresh.py: the checks of one row of agg_region_vs_parent)
-- reads_parent: the derived share and gap rest on the parent's figures (current_observation)
-- Rebuilt by every run's refresh, after agg_region_vs_parent (whose comparisons it checks; the file
-- names keep that order): a stated share or gap against the one derived from both regions' figures.
-- A row depends on the same key as agg_region_vs_parent's (region, parent, indicator, period, span).
CREATE OR REPLACE TABLE agg_stated_vs_derived AS
WITH compared AS (
    SELECT * FROM agg_region_vs_parent
    WHERE (stated_share_pct IS NOT NULL AND derived_share_pct IS NOT NULL)
       OR (stated_gap_pp IS NOT NULL AND growth_gap_pp IS NOT NULL)
),
-- a stated share off the one its level makes of the parent's by more than 1 point and 5% of it
share_inconsistent AS (
    SELECT 'share_inconsistent' AS check_name, about_region, about_region_code, indicator, period, span,
           'share' AS metric, stated_share_pct AS value_a, share_obs_id AS obs_a,
           derived_share_pct AS value_b, level_obs_id AS obs_b1, parent_level_obs_id AS obs_b2,
           'stated share differs from region level / ' || parent || ' level x 100 by more than 1 point and 5%' AS detail
    FROM compared
    WHERE abs(stated_share_pct - derived_share_pct) > greatest(1, 0.05 * abs(stated_share_pct))
),
-- a stated gap (高于全市0.7个百分点) off the difference of the two growth rates by more than their rounding
gap_inconsistent AS (
    SELECT 'gap_inconsistent', about_region, about_region_code, indicator, period, span,
           'gap_pp', stated_gap_pp, gap_obs_id,
           growth_gap_pp, growth_obs_id, parent_growth_obs_id,
           'stated gap differs from region growth - ' || parent || ' growth by more than 0.15 points'
    FROM compared
    WHERE abs(stated_gap_pp - growth_gap_pp) > 0.15
),
checks AS (
    SELECT * FROM share_inconsistent
    UNION ALL SELECT * FROM gap_inconsistent
)
SELECT c.check_name, c.about_region, c.about_region_code, c.indicator, c.period, c.span, c.metric,
       c.value_a, da.file_name AS file_a, a.evidence AS evidence_a,
       c.value_b, db.file_name AS file_b, b1.evidence || ' … ' || b2.evidence AS evidence_b,
       round(c.value_a - c.value_b, 4) AS difference,
       c.detail || ' (from ' || d1.file_name || ' and ' || db.file_name || ')' AS detail
FROM checks c
JOIN current_observation a ON a.obs_id = c.obs_a
JOIN dim_document da ON da.doc_id = a.doc_id
JOIN current_observation b1 ON b1.obs_id = c.obs_b1
JOIN dim_document d1 ON d1.doc_id = b1.doc_id
JOIN current_observation b2 ON b2.obs_id = c.obs_b2
JOIN dim_document db ON db.doc_id = b2.doc_id;
COMMENT ON TABLE agg_stated_vs_derived IS 'Materialised for v_claim_checks (with agg_claim_check), rebuilt after each load: share_inconsistent and gap_inconsistent, a stated share or gap against the one derived from both regions'' figures in agg_region_vs_parent; see v_claim_checks.';
