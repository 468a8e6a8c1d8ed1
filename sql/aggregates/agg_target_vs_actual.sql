-- unique_key: indicator, period  (refresh.py: rows for one indicator and year come from figures of that indicator and year)
-- Rebuilt by every run's refresh, after the load: the targets beside actuals over all facts take too long
-- to compute on each read of v_targets_vs_actuals (seconds at tens of millions of observations).
CREATE OR REPLACE TABLE agg_target_vs_actual AS
-- current_observation holds one figure per target and one per actual: the one that stands
WITH target AS NOT MATERIALIZED (
    SELECT * FROM current_observation WHERE is_target AND span IS NULL
),
matched AS (
    SELECT t.obs_id AS target_obs_id, a.*
    FROM target t
    JOIN current_observation a
      ON a.region = t.region AND a.indicator = t.indicator AND a.metric = t.metric
     AND a.period = t.period AND a.base_unit = t.base_unit
     AND a.scope IS NOT DISTINCT FROM t.scope
    WHERE NOT a.is_target AND a.span IS NULL
)
SELECT
    t.region,
    t.indicator,
    t.metric,
    t.period,
    t.value                 AS target_value,
    t.value_high            AS target_value_high,
    t.qualifier             AS target_qualifier,
    t.unit                  AS target_unit,
    a.value                 AS actual_value,
    a.unit                  AS actual_unit,
    round(a.value_base - t.value_base, 4) AS actual_minus_target,
    CASE
        WHEN a.obs_id IS NULL THEN 'not reported'
        WHEN t.qualifier = 'at_most' THEN CASE WHEN a.value_base <= t.value_base THEN 'met' ELSE 'missed' END
        ELSE CASE WHEN a.value_base >= t.value_base THEN 'met' ELSE 'missed' END
    END                     AS status,
    td.file_name            AS target_file,
    t.evidence              AS target_evidence,
    ad.file_name            AS actual_file,
    a.evidence              AS actual_evidence,
    t.obs_id                AS target_obs_id,
    a.obs_id                AS actual_obs_id
FROM target t
JOIN dim_document td ON td.doc_id = t.doc_id
LEFT JOIN matched a ON a.target_obs_id = t.obs_id
LEFT JOIN dim_document ad ON ad.doc_id = a.doc_id;
COMMENT ON TABLE agg_target_vs_actual IS 'Materialised for v_targets_vs_actuals, rebuilt after each load. Each stated target (whole year) beside the actual reported for the same region, indicator, metric and year, usually by the next year''s documents; when several documents report it, the one current_observation keeps (the latest document, exact before approximate). status: met (actual at or above the target; at or below it for 以内/不超过 targets, and for a range the lower bound counts), missed, or not reported (no actual loaded yet). Values compare in base units, so 1.1万人 meets 11000人.';
