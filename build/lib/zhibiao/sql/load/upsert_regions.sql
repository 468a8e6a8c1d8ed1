-- Lexicon regions replace what is there; regions only seen in documents are added, never overwrite.
INSERT OR REPLACE INTO dim_region BY NAME
SELECT region, level, parent, aliases FROM incoming_region WHERE level IS NOT NULL;
INSERT OR IGNORE INTO dim_region BY NAME
SELECT region, level, parent, aliases FROM incoming_region WHERE level IS NULL;
