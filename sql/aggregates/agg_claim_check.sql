-- unique_key: about_region_code, indicator, period  (refresh.py: every check compares figures of one region, indicator and year)
-- Rebuilt by every run's refresh, after the load: the claim checks over all facts take too long
-- to compute on each read of v_claim_checks (seconds at tens of millions of observations). A row depends
-- only on the facts of one figure's key (region, indicator, metric, period, span, scope, base_unit, basis).
-- The checks of a stated figure against one derived from two levels are in agg_stated_vs_derived.
CREATE OR REPLACE TABLE agg_claim_check AS
-- one period's actuals as written (not the figure that stands: disagreements are what this shows)
WITH actual AS NOT MATERIALIZED (
    SELECT f.*
    FROM fact_observation f
    WHERE NOT f.is_target AND f.basis IS NULL
),
-- figures stated exactly and finally (after their period was over) by more than one document with
-- more than one value: few, found by one aggregate on a 64-bit hash of the figure's key (the join below
-- re-checks the key itself)
final_exact AS NOT MATERIALIZED (
    SELECT a.*, hash(a.region_code, a.indicator, a.period, a.metric, a.span, a.scope, a.base_unit) AS figure
    FROM actual a
    JOIN dim_document d USING (doc_id)
    WHERE a.qualifier = 'exact' AND (d.doc_date IS NULL OR after_period(d.doc_date, a.period, a.span))
),
disputed AS (
    SELECT figure
    FROM final_exact
    GROUP BY figure
    HAVING min(hash(doc_id)) < max(hash(doc_id))
       AND max(value_base) - min(value_base) > min(rounding_margin(value, value_base))  -- (the pairs, below, decide)
),
disputed_rows AS MATERIALIZED (
    SELECT * FROM final_exact WHERE figure IN (SELECT figure FROM disputed)
),
share_above_100 AS (
    SELECT
        'share_above_100' AS check_name, region, region_code, indicator, period, span, metric,
        value AS value_a, doc_id AS doc_a, evidence AS evidence_a,
        CAST(NULL AS DOUBLE) AS value_b, CAST(NULL AS VARCHAR) AS doc_b, CAST(NULL AS VARCHAR) AS evidence_b,
        'a share cannot exceed 100%' AS detail
    FROM fact_observation
    WHERE metric = 'share' AND value > 100
),
conflicting_values AS (
    SELECT
        'conflicting_values', a.region, a.region_code, a.indicator, a.period, a.span, a.metric,
        a.value, a.doc_id, a.evidence,
        b.value, b.doc_id, b.evidence,
        'two documents state different exact, final values for the same figure (region, indicator, metric, year and part of the year), further apart than the rounding of the less precise one'
    FROM disputed_rows a
    JOIN disputed_rows b
      ON a.figure = b.figure AND a.region_code = b.region_code AND a.indicator = b.indicator
     AND a.period = b.period AND a.metric = b.metric
     AND a.span IS NOT DISTINCT FROM b.span AND a.scope IS NOT DISTINCT FROM b.scope
     AND a.base_unit = b.base_unit AND a.doc_id < b.doc_id
    -- apart by more than the rounding of the less precise one: 5.13万亿元 and 5.1万亿元 may both be right
    WHERE abs(a.value_base - b.value_base) > greatest(rounding_margin(a.value, a.value_base),
                                                      rounding_margin(b.value, b.value_base))
),
-- one share and one growth per stated contribution, from its own document when it gives them
contribution_basis AS (
    SELECT c.*, s.value AS share_value, s.doc_id AS share_doc, s.evidence AS share_evidence,
           g.value AS growth_value, g.evidence AS growth_evidence
    FROM actual c
    JOIN actual s ON s.region_code = c.region_code AND s.indicator = c.indicator AND s.period = c.period
                 AND s.metric = 'share' AND s.scope = c.scope AND s.span IS NOT DISTINCT FROM c.span
    JOIN actual g ON g.region_code = c.region_code AND g.indicator = c.indicator AND g.period = c.period
                 AND g.metric = 'growth' AND g.span IS NOT DISTINCT FROM c.span
    WHERE c.metric = 'contribution'
    QUALIFY row_number() OVER (PARTITION BY c.obs_id ORDER BY s.doc_id = c.doc_id DESC, g.doc_id = c.doc_id DESC,
                                                        s.obs_id, g.obs_id) = 1
),
contribution_inconsistent AS (
    SELECT
        'contribution_inconsistent', region, region_code, indicator, period, span, metric,
        value, doc_id, evidence,
        round(share_value * growth_value / 100, 2), share_doc, share_evidence || ' … ' || growth_evidence,
        'stated contribution differs from share x growth / 100 by more than 0.3 points and 25%'
    FROM contribution_basis
    WHERE abs(value - share_value * growth_value / 100) > greatest(0.3, 0.25 * abs(share_value * growth_value / 100))
),
checks AS (
    SELECT * FROM share_above_100
    UNION ALL SELECT * FROM conflicting_values
    UNION ALL SELECT * FROM contribution_inconsistent
)
SELECT c.check_name, c.region AS about_region, c.region_code AS about_region_code, c.indicator, c.period, c.span,
       c.metric,
       c.value_a, da.file_name AS file_a, c.evidence_a,
       c.value_b, db.file_name AS file_b, c.evidence_b,
       round(c.value_a - c.value_b, 4) AS difference,
       c.detail
FROM checks c
JOIN dim_document da ON da.doc_id = c.doc_a
LEFT JOIN dim_document db ON db.doc_id = c.doc_b;
COMMENT ON TABLE agg_claim_check IS 'Materialised for v_claim_checks (with agg_stated_vs_derived), rebuilt after each load: share_above_100, conflicting_values and contribution_inconsistent; see v_claim_checks.';
