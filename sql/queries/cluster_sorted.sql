-- Records that a table (both parameters) was just sorted: its rows now, and the latest run loaded so far, after which loaded observations count as its appended tail (warehouse/cluster.py).
INSERT OR REPLACE INTO meta_cluster
SELECT ?, (SELECT count(*) FROM query_table(?)), (SELECT max(started_at) FROM audit_load_run);
