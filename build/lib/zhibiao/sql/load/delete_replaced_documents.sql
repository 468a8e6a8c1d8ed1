DELETE FROM dim_document
WHERE doc_id IN (
    SELECT d.doc_id FROM dim_document d
    JOIN incoming_document i ON i.file_name = d.file_name OR i.doc_id = d.doc_id
);
