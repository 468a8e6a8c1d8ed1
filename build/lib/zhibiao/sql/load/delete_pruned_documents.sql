DELETE FROM dim_document WHERE file_name IN (SELECT file_name FROM incoming_pruned);
