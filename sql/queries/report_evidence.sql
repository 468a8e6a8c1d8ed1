-- The evidence of the given observations, with their document's text to cut the sentence from.
SELECT f.obs_id, d.file_name, f.period, f.indicator, f.rule, f.evidence, f.start_offset, f.end_offset, d.text
FROM fact_observation f
JOIN dim_document d USING (doc_id)
WHERE list_contains(?, f.obs_id)
ORDER BY d.file_name, f.start_offset;
