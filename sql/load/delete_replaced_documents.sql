DELETE FROM dim_document WHERE doc_id IN (SELECT doc_id FROM incoming_replaced);
