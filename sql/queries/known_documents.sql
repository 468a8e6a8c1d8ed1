-- Documents loaded before regions had codes are left out, so that the run reads them again.
SELECT file_name, doc_id FROM dim_document WHERE region IS NULL OR region_code IS NOT NULL;
