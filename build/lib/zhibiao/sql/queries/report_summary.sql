SELECT (SELECT count(*) FROM dim_document) AS documents,
       (SELECT count(*) FROM fact_observation) AS observations,
       (SELECT count(DISTINCT region) FROM fact_observation) AS regions,
       (SELECT min(period) FROM fact_observation) AS first_year,
       (SELECT max(period) FROM fact_observation) AS last_year;
