SELECT docs_seen, docs_loaded, docs_skipped, docs_failed, obs_loaded, obs_quarantined
FROM audit_load_run WHERE run_id = ?;
