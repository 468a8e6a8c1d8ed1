-- Before the deletes: the keys of the facts this load removes (edited, copied or pruned documents)
-- and of those it adds, for the incremental refresh (meta_refresh_pending).
INSERT INTO meta_refresh_pending
SELECT DISTINCT region_code, indicator, period
FROM fact_observation
WHERE doc_id IN (
    SELECT doc_id FROM incoming_replaced
    UNION ALL
    SELECT d.doc_id FROM dim_document d JOIN incoming_pruned p USING (file_name)
)
UNION
SELECT region_code, indicator, period FROM incoming_observation;
