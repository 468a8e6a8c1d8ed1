SELECT table_name AS name, column_name, data_type, is_nullable, comment
FROM duckdb_columns() WHERE schema_name = 'main' AND NOT internal
ORDER BY table_name, column_index;
