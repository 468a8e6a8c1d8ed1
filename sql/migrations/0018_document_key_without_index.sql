-- Version 18: dim_document without a PRIMARY KEY, as fact_observation since version 4. DuckDB writes a
-- key's whole index at every checkpoint that follows a change to its table: at 224,000 documents each
-- load's checkpoint after its inserts took 0.16-0.17 s for one new document, against 0.01 s without
-- the index, and a run at that size pays it twice (its load, and the replay of the last one on the
-- previous version). doc_id stays unique by the load: it deletes the documents incoming ones replace
-- (same name or same content) before inserting them, and a run keeps one file of each content.
-- DuckDB cannot drop a constraint: the table is copied with its columns, and its NOT NULLs set again.
ALTER TABLE dim_document RENAME TO dim_document_v17;
CREATE TABLE dim_document AS FROM dim_document_v17;
DROP TABLE dim_document_v17;
ALTER TABLE dim_document ALTER COLUMN doc_id SET NOT NULL;
ALTER TABLE dim_document ALTER COLUMN doc_no SET NOT NULL;
ALTER TABLE dim_document ALTER COLUMN file_name SET NOT NULL;
ALTER TABLE dim_document ALTER COLUMN path SET NOT NULL;
ALTER TABLE dim_document ALTER COLUMN source SET NOT NULL;
ALTER TABLE dim_document ALTER COLUMN run_id SET NOT NULL;
