-- Version 14: fact_observation and the models are kept in the order of their key, region first (warehouse/cluster.py). A table without a row here is in load order: the first run after this migration sorts each, in chunks of regions on the run's own memory limit.
CREATE TABLE meta_cluster (table_name VARCHAR PRIMARY KEY, sorted_rows BIGINT NOT NULL, sorted_through TIMESTAMP);
