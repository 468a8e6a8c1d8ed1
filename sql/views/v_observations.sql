CREATE OR REPLACE VIEW v_observations AS
SELECT
    d.file_name        AS file,
    f.indicator,
    f.metric,
    f.value,
    f.unit,
    f.qualifier,
    f.period,
    f.span,
    f.is_target,
    f.scope,
    f.named_region     AS region,
    f.evidence,
    f.rule,
    f.basis,
    f.value_high,
    f.value_base,
    f.base_unit,
    f.indicator_key,
    i.english_name,
    i.is_core,
    f.region           AS about_region,
    f.region_code      AS about_region_code,
    f.scope_code,
    d.region           AS document_region,
    d.title            AS document_title,
    f.doc_id,
    f.start_offset,
    f.end_offset,
    f.obs_id
-- Joined on the numbers, not the text keys: an integer hash join is 3-4x faster over every fact (docs/scaling.md).
-- Every fact's indicator has its row (each load upserts them first, migration 0017 added any missing), so the
-- indicators' join is an inner one: as a LEFT JOIN it took twice as long.
FROM fact_observation f
JOIN dim_document d USING (doc_no)
JOIN dim_indicator i USING (indicator_no);
COMMENT ON VIEW v_observations IS 'One row per loaded observation, flat: what the scorer and most ad-hoc queries read. region is empty when the figure is about the document''s own region; about_region always names it.';
COMMENT ON COLUMN v_observations.file IS 'The source file''s name.';
COMMENT ON COLUMN v_observations.region IS 'The region named in the statement when it is not the document''s own; empty otherwise.';
COMMENT ON COLUMN v_observations.about_region IS 'The region the figure is about (region, else the document''s).';
COMMENT ON COLUMN v_observations.about_region_code IS 'Its code (dim_region).';
COMMENT ON COLUMN v_observations.scope_code IS 'The code of the region scope compares with (dim_region).';
COMMENT ON COLUMN v_observations.evidence IS 'The exact substring of the document text stating the figure.';
COMMENT ON COLUMN v_observations.rule IS 'The extraction rule that read the figure: search extraction/data/rules.yaml for its examples.';
COMMENT ON COLUMN v_observations.basis IS 'average, cumulative or multiple for a figure over several years (a five-year average is not one year''s growth); empty otherwise.';
COMMENT ON COLUMN v_observations.start_offset IS 'Where evidence starts in the document''s text (dim_document_text, its parts joined).';
