-- The observations runs loaded after a table (the parameter) was last sorted, and the observations the warehouse holds; no row when the table was never sorted (warehouse/cluster.py).
SELECT (SELECT coalesce(sum(obs_loaded), 0) FROM audit_load_run
        WHERE c.sorted_through IS NULL OR started_at > c.sorted_through) AS appended,
       (SELECT count(*) FROM fact_observation) AS observations
FROM meta_cluster c
WHERE c.table_name = ?;
