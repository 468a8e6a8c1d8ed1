-- The held documents that incoming ones replace: an edited file (same name) or the same content under
-- another name. Read once, before the load deletes anything, as incoming_replaced. Two joins, not one
-- on (name OR content): DuckDB runs an OR condition as a nested loop over every held document (60 ms
-- at 224,000 documents, in four statements of every load and of its replay).
SELECT d.doc_id FROM dim_document d JOIN incoming_document i USING (file_name)
UNION
SELECT d.doc_id FROM dim_document d JOIN incoming_document i USING (doc_id);
