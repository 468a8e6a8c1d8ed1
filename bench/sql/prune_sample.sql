-- The given number of the warehouse's documents, the same ones every time: what a prune removes.
SELECT file_name, doc_id FROM dim_document ORDER BY hash(file_name) LIMIT ?;
