-- Version 11: the refresh recomputes only the keys loads touched; a model built before this has no fingerprint and is rebuilt once.
CREATE TABLE IF NOT EXISTS meta_refresh_pending (indicator VARCHAR NOT NULL, period INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS meta_model (name VARCHAR PRIMARY KEY, fingerprint VARCHAR NOT NULL);
