-- Before the deletes: the keys of the facts this load removes (edited, copied or pruned documents)
-- and of those it adds, for the incremental refresh (meta_refresh_pending).
INSERT INTO meta_refresh_pending
SELECT DISTINCT region_code, indicator, period
FROM fact_observation
WHERE doc_id IN (
    SELECT d.doc_id FROM dim_document d JOIN incoming_document i ON i.file_name = d.file_name OR i.doc_id = d.doc_id
    UNION ALL
    SELECT d.doc_id FROM dim_document d JOIN incoming_pruned p USING (file_name)
)
UNION
SELECT region_code, indicator, period FROM incoming_observation;
