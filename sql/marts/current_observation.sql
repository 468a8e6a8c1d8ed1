-- unique_key: indicator, period  (refresh.py: rows for one indicator and year come from figures of that indicator and year)
-- Rebuilt by every run's refresh before the aggregates and views, which all read it: the one place
-- that decides which figure stands when documents disagree.
CREATE OR REPLACE TABLE current_observation AS
SELECT f.*
FROM fact_observation f
JOIN dim_document d USING (doc_id)
QUALIFY row_number() OVER (
    PARTITION BY coalesce(f.region_code, f.region), f.indicator, f.metric, f.period, f.span, f.is_target, f.scope,
                 f.base_unit
    ORDER BY d.year DESC NULLS LAST, d.doc_date DESC NULLS LAST,  -- the latest document speaks last
             f.qualifier = 'exact' DESC,                          -- an exact figure over an approximate one
             d.file_name, f.start_offset                          -- then the same choice every time
) = 1;
COMMENT ON TABLE current_observation IS 'The figure that stands for each region, indicator, metric, year, part of the year, target or actual, scope and base unit when several documents state it: the latest document (by year, then date), exact before approximate, then by file name and position. Rebuilt after each load; agg_region_vs_parent (v_region_vs_parent, v_district_vs_city), v_targets_vs_actuals and the report read it. Columns as in fact_observation.';
