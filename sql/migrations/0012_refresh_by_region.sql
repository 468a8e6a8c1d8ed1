-- Version 12: the refresh's keys name the figure's region too (region, indicator, year). A published file has nothing pending, and the models' changed SQL rebuilds them once.
DROP TABLE IF EXISTS meta_refresh_pending;
CREATE TABLE meta_refresh_pending (region_code VARCHAR, indicator VARCHAR NOT NULL, period INTEGER NOT NULL);
