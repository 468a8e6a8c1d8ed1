-- What each run applied besides documents (audit_load_run.inputs), so that a run over a folder where nothing
-- is new, edited or pruned can tell it has nothing to publish. Runs before it are null: the next run publishes.
ALTER TABLE audit_load_run ADD COLUMN IF NOT EXISTS inputs VARCHAR;
