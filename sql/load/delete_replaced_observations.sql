-- Observations of documents that incoming ones replace: an edited file (same name) or the same content.
DELETE FROM fact_observation WHERE doc_id IN (SELECT doc_id FROM incoming_replaced);
