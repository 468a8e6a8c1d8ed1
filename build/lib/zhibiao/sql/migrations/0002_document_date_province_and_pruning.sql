-- Version 2: documents carry their date and province; runs count the documents they pruned.
ALTER TABLE dim_document ADD COLUMN doc_date DATE;
ALTER TABLE dim_document ADD COLUMN province VARCHAR;
ALTER TABLE audit_load_run ADD COLUMN docs_pruned INTEGER DEFAULT 0;
