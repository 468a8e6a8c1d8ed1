CREATE TEMP TABLE fact_observation_original AS SELECT * FROM fact_observation;
CREATE TEMP TABLE dim_document_original AS SELECT * FROM dim_document;
CREATE TEMP TABLE dim_region_original AS SELECT * FROM dim_region;
