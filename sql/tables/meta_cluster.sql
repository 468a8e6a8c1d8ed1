CREATE TABLE IF NOT EXISTS meta_cluster (
    table_name     VARCHAR PRIMARY KEY,
    sorted_rows    BIGINT NOT NULL,
    sorted_through TIMESTAMP
);
COMMENT ON TABLE meta_cluster IS 'When each of fact_observation and the models was last rewritten in the order of its key (region, indicator, year), one row each: rows loaded since are appended after the sorted ones, and once they pass a share of the table it is sorted again (warehouse/cluster.py). A table without a row is in load order.';
COMMENT ON COLUMN meta_cluster.table_name IS 'The table sorted.';
COMMENT ON COLUMN meta_cluster.sorted_rows IS 'Its rows when it was sorted.';
COMMENT ON COLUMN meta_cluster.sorted_through IS 'started_at of the latest run in audit_load_run when it was sorted: the observations of later runs are the appended tail; null when no run had loaded.';
