-- unique_key: about_region_code, indicator, period  (refresh.py: a target meets the actual of its own region, indicator and year)
-- Rebuilt by every run's refresh, after the load: the targets beside actuals over all facts take too long
-- to compute on each read of v_targets_vs_actuals (seconds at tens of millions of observations). A row
-- depends only on the target's key (region, indicator, metric, period, span, scope, base_unit, basis) and
-- the actual of the same key.
CREATE OR REPLACE TABLE agg_target_vs_actual AS
-- current_observation holds one figure per target and one per actual: the one that stands
WITH target AS NOT MATERIALIZED (
    SELECT * FROM current_observation WHERE is_target
),
-- a target is compared with the actual of the same stretch only: a year's with the year's, H1's with
-- H1's, a five-year total (五年累计) or average with the same total or average
matched AS (
    SELECT t.obs_id AS target_obs_id, a.*
    FROM target t
    JOIN current_observation a
      ON a.region_code = t.region_code AND a.indicator = t.indicator AND a.metric = t.metric
     AND a.period = t.period AND a.span IS NOT DISTINCT FROM t.span AND a.base_unit = t.base_unit
     AND a.scope IS NOT DISTINCT FROM t.scope AND a.basis IS NOT DISTINCT FROM t.basis
    WHERE NOT a.is_target
),
-- which way the target points, and the rule that says so
directed AS (
    SELECT t.*,
           CASE
               WHEN t.qualifier = 'at_most'                THEN 'ceiling_by_wording'    -- 以内, 不超过, 低于
               WHEN t.metric IN ('growth', 'change_pp') AND t.value < 0
                                                           THEN 'reduction'             -- 下降3%: a cut of at least 3
               WHEN i.target_direction = 'ceiling'         THEN 'ceiling_by_indicator'  -- 居民消费价格, 失业率, 能耗
               WHEN t.qualifier = 'at_least'               THEN 'floor_by_wording'      -- 以上, 不低于, 超过
               ELSE 'floor'
           END AS judged_by,
           -- 左右 allows half a point either way for rates, 5% of the target for amounts
           CASE WHEN t.qualifier = 'approx'
                THEN CASE WHEN t.base_unit IN ('%', 'pp') THEN 0.5 ELSE 0.05 * abs(t.value_base) END
                ELSE 0 END AS tolerance_base
    FROM target t
    LEFT JOIN dim_indicator i ON i.indicator_key = t.indicator_key
),
judged AS (
    SELECT t.*,
           a.obs_id AS actual_obs_id, a.doc_id AS actual_doc_id, a.value AS actual_value, a.unit AS actual_unit,
           a.value_base AS actual_base, a.evidence AS actual_evidence, a.is_estimate AS actual_is_estimate,
           t.judged_by LIKE 'floor%' AS is_floor,
           -- a range (5%-6%) is met from its lower end as a floor, up to its upper end as a ceiling
           CASE WHEN t.judged_by LIKE 'floor%' THEN t.value_base
                ELSE coalesce(t.value_high * t.value_base / nullif(t.value, 0), t.value_base) END AS bound_base
    FROM directed t
    LEFT JOIN matched a ON a.target_obs_id = t.obs_id
)
SELECT
    j.region                AS about_region,
    j.region_code           AS about_region_code,
    j.indicator,
    j.metric,
    j.period,
    j.span,
    j.basis,
    j.value                 AS target_value,
    j.value_high            AS target_value_high,
    j.qualifier             AS target_qualifier,
    j.unit                  AS target_unit,
    j.actual_value,
    j.actual_unit,
    round(j.actual_base - j.value_base, 4) AS actual_minus_target,
    CASE WHEN j.is_floor THEN 'floor' ELSE 'ceiling' END AS direction,
    j.judged_by,
    round(j.tolerance_base, 4) AS tolerance,
    CASE
        WHEN j.actual_obs_id IS NULL THEN 'not reported'
        WHEN j.is_floor AND j.actual_base >= j.bound_base THEN 'met'
        WHEN NOT j.is_floor AND j.actual_base <= j.bound_base THEN 'met'
        WHEN j.is_floor AND j.actual_base >= j.bound_base - j.tolerance_base - 1e-9 THEN 'met within tolerance'
        WHEN NOT j.is_floor AND j.actual_base <= j.bound_base + j.tolerance_base + 1e-9 THEN 'met within tolerance'
        ELSE 'missed'
    END                     AS status,
    j.actual_is_estimate,
    td.file_name            AS target_file,
    j.evidence              AS target_evidence,
    ad.file_name            AS actual_file,
    j.actual_evidence,
    j.obs_id                AS target_obs_id,
    j.actual_obs_id
FROM judged j
JOIN dim_document td ON td.doc_id = j.doc_id
LEFT JOIN dim_document ad ON ad.doc_id = j.actual_doc_id;
COMMENT ON TABLE agg_target_vs_actual IS 'Materialised for v_targets_vs_actuals, rebuilt after each load. Each stated target beside the actual of the same region, indicator, metric, year, part of the year, scope and basis (a five-year total only with a five-year total), as current_observation keeps them; judged with its direction (see v_targets_vs_actuals.judged_by). Values compare in base units, so 1.1万人 meets 11000人.';
