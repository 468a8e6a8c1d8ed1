SELECT file_name, doc_id FROM dim_document;
