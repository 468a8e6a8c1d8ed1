-- The text of the documents the deletes after this remove: pruned ones, and those an incoming document replaces (same name or same content).
DELETE FROM dim_document_text WHERE doc_id IN (
    SELECT doc_id FROM dim_document WHERE file_name IN (SELECT file_name FROM incoming_pruned)
    UNION ALL
    SELECT doc_id FROM incoming_replaced
);
