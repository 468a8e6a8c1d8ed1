-- Observations of documents whose file left the source folder (only when a run prunes).
DELETE FROM fact_observation
WHERE doc_id IN (SELECT d.doc_id FROM dim_document d JOIN incoming_pruned p USING (file_name));
