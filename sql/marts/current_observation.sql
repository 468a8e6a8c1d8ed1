-- unique_key: region_code, indicator, period  (refresh.py: a region's rows for one indicator and year come from its figures of that indicator and year)
-- Rebuilt by every run's refresh before the aggregates and views, which all read it: the one place
-- that decides which figure stands when documents disagree. Its rows depend only on the figure's key
-- (region, indicator, metric, period, span, is_target, scope, base_unit, basis).
CREATE OR REPLACE TABLE current_observation AS
WITH stated AS (
    SELECT f.*,
           -- a figure for a year (or part of one) not over when the document was written is an
           -- estimate (预计全年 in a December speech); unknown dates count as final
           NOT f.is_target AND d.doc_date IS NOT NULL AND NOT after_period(d.doc_date, f.period, f.span)
               AS is_estimate,
           d.year AS document_year, d.doc_date, d.file_name
    FROM fact_observation f
    JOIN dim_document d USING (doc_id)
),
standing AS (
    SELECT *
    FROM stated
    -- basis is part of the key: a five-year average, a cumulative total or a multiple stands as what it
    -- is, never as the year's own figure
    QUALIFY row_number() OVER (
        PARTITION BY coalesce(region_code, region), indicator, metric, period, span, is_target, scope, base_unit,
                     basis
        ORDER BY is_estimate,                                              -- a final figure replaces an estimate
                 document_year DESC NULLS LAST, doc_date DESC NULLS LAST,  -- the latest document speaks last
                 qualifier = 'exact' DESC,                                 -- an exact figure over an approximate one
                 file_name, start_offset, obs_id                           -- then the same choice every time
    ) = 1
)
SELECT * EXCLUDE (document_year, doc_date, file_name)
FROM standing;
COMMENT ON TABLE current_observation IS 'The figure that stands for each region, indicator, metric, year, part of the year, target or actual, scope, base unit and basis when several documents state it: a final figure before an estimate, then the latest document (by year, then date), exact before approximate, then by file name, position and id, so that every rebuild chooses the same figure. A five-year average, a cumulative total or a multiple (basis) is its own figure and never stands for one year''s. Rebuilt after each load; agg_region_vs_parent (v_region_vs_parent, v_district_vs_city), v_targets_vs_actuals and the report read it. Columns as in fact_observation, plus is_estimate.';
COMMENT ON COLUMN current_observation.is_estimate IS 'True for an actual stated before its year (or part of the year) was over, such as 预计全年 in a December speech: a later final figure replaces it. False when the document''s date is unknown.';
