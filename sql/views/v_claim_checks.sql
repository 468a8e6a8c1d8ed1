CREATE OR REPLACE VIEW v_claim_checks AS
WITH obs AS (
    SELECT f.*, d.file_name
    FROM fact_observation f JOIN dim_document d USING (doc_id)
),
share_above_100 AS (
    SELECT
        'share_above_100' AS check_name, region, indicator, period, metric,
        value AS value_a, file_name AS file_a, evidence AS evidence_a,
        CAST(NULL AS DOUBLE) AS value_b, CAST(NULL AS VARCHAR) AS file_b, CAST(NULL AS VARCHAR) AS evidence_b,
        'a share cannot exceed 100%' AS detail
    FROM obs
    WHERE metric = 'share' AND value > 100
),
conflicting_values AS (
    SELECT
        'conflicting_values', a.region, a.indicator, a.period, a.metric,
        a.value, a.file_name, a.evidence,
        b.value, b.file_name, b.evidence,
        'two documents state different values for the same figure'
    FROM obs a
    JOIN obs b
      ON a.region = b.region AND a.indicator = b.indicator AND a.period = b.period AND a.metric = b.metric
     AND a.span IS NOT DISTINCT FROM b.span AND a.scope IS NOT DISTINCT FROM b.scope
     AND a.base_unit = b.base_unit AND a.doc_id < b.doc_id
    WHERE NOT a.is_target AND NOT b.is_target
      AND a.qualifier = 'exact' AND b.qualifier = 'exact'
      AND a.value_base <> b.value_base
),
-- one share and one growth per stated contribution, from its own document when it gives them
contribution_basis AS (
    SELECT c.*, s.value AS share_value, s.file_name AS share_file, s.evidence AS share_evidence,
           g.value AS growth_value, g.evidence AS growth_evidence
    FROM obs c
    JOIN obs s ON s.region = c.region AND s.indicator = c.indicator AND s.period = c.period
              AND s.metric = 'share' AND s.scope = c.scope AND NOT s.is_target AND s.span IS NOT DISTINCT FROM c.span
    JOIN obs g ON g.region = c.region AND g.indicator = c.indicator AND g.period = c.period
              AND g.metric = 'growth' AND NOT g.is_target AND g.span IS NOT DISTINCT FROM c.span
    WHERE c.metric = 'contribution' AND NOT c.is_target
    QUALIFY row_number() OVER (PARTITION BY c.obs_id ORDER BY s.doc_id = c.doc_id DESC, g.doc_id = c.doc_id DESC,
                                                        s.obs_id, g.obs_id) = 1
),
contribution_inconsistent AS (
    SELECT
        'contribution_inconsistent', region, indicator, period, metric,
        value, file_name, evidence,
        round(share_value * growth_value / 100, 2), share_file, share_evidence || ' … ' || growth_evidence,
        'stated contribution differs from share x growth / 100 by more than 0.3 points and 25%'
    FROM contribution_basis
    WHERE abs(value - share_value * growth_value / 100) > greatest(0.3, 0.25 * abs(share_value * growth_value / 100))
)
SELECT * FROM share_above_100
UNION ALL SELECT * FROM conflicting_values
UNION ALL SELECT * FROM contribution_inconsistent;
COMMENT ON VIEW v_claim_checks IS 'Statements that cannot all be true, each with both evidences: share_above_100 (a stated share over 100%), conflicting_values (two documents give different exact actual values for one indicator, metric, region and year), contribution_inconsistent (a stated contribution to the larger region''s growth far from share x growth / 100; the tolerance, 0.3 points and 25%, allows for the share being this year''s rather than the base year''s).';
COMMENT ON COLUMN v_claim_checks.check_name IS 'share_above_100, conflicting_values or contribution_inconsistent.';
COMMENT ON COLUMN v_claim_checks.value_a IS 'The figure in question, as written.';
COMMENT ON COLUMN v_claim_checks.value_b IS 'The figure it disagrees with: the other document''s value, or share x growth / 100.';
COMMENT ON COLUMN v_claim_checks.evidence_a IS 'The sentence stating value_a.';
COMMENT ON COLUMN v_claim_checks.evidence_b IS 'The sentence(s) behind value_b.';
