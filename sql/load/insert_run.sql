INSERT INTO audit_load_run
    (run_id, flow_run_id, source, started_at, ended_at, docs_seen, docs_loaded, docs_skipped,
     docs_failed, docs_pruned, obs_loaded, obs_quarantined, inputs, docs_reread)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
