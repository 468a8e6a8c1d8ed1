-- The documents, observations and regions a warehouse is grown from: those of the real reports (no copy yet).
CREATE TEMP TABLE grow_document_original AS SELECT * FROM dim_document WHERE NOT contains(doc_id, '#');
CREATE TEMP TABLE grow_document_text_original AS SELECT * FROM dim_document_text WHERE NOT contains(doc_id, '#');
CREATE TEMP TABLE grow_observation_original AS SELECT * FROM fact_observation WHERE NOT contains(doc_id, '#');
CREATE TEMP TABLE grow_region_original AS
SELECT region_code FROM grow_document_original UNION SELECT region_code FROM grow_observation_original;
