-- What a dashboard asks of one region: its rows of v_region_vs_parent.
SELECT * FROM v_region_vs_parent WHERE region = ?;
