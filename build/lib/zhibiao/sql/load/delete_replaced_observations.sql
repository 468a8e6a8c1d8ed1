-- Observations of documents that incoming ones replace: an edited file (same name) or the same content.
DELETE FROM fact_observation
WHERE doc_id IN (
    SELECT d.doc_id FROM dim_document d
    JOIN incoming_document i ON i.file_name = d.file_name OR i.doc_id = d.doc_id
);
