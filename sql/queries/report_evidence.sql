-- The evidence of the given observations, with their document's text (its parts joined) to cut the sentence from.
WITH wanted AS (
    SELECT f.obs_id, d.doc_id, d.file_name, f.period, f.indicator, f.rule, f.evidence, f.start_offset, f.end_offset
    FROM fact_observation f
    JOIN dim_document d USING (doc_id)
    WHERE list_contains(?, f.obs_id)
), whole AS (
    SELECT doc_id, string_agg(text, '' ORDER BY part) AS text
    FROM dim_document_text
    WHERE doc_id IN (SELECT doc_id FROM wanted)
    GROUP BY doc_id
)
SELECT w.obs_id, w.file_name, w.period, w.indicator, w.rule, w.evidence, w.start_offset, w.end_offset, t.text
FROM wanted w
LEFT JOIN whole t USING (doc_id)
ORDER BY w.file_name, w.start_offset;
