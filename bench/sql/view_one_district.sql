-- What a dashboard asks of one district: its rows of a view (named by query_table()) that names the region each row is about.
SELECT count(*) FROM query_table(?) WHERE about_region_code = ?;
