-- Every row of a view computed (run with the view's name bound by query_table()).
SELECT count(*) FROM query_table(?);
