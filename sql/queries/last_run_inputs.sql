-- What the run that published the warehouse applied besides documents (null before migration 0016).
SELECT inputs FROM audit_load_run ORDER BY started_at DESC LIMIT 1;
