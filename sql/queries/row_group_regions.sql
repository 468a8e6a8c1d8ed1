-- The row groups of a table (named by its first parameter), in their order in the file: the rows each holds and the smallest and largest value of a column (the second parameter, a key's region) with whether it holds nulls, from the row groups' statistics (no row is read). Rows deleted but not yet vacuumed are counted.
SELECT sum(count) AS row_count, min(stats.min::VARCHAR) AS lowest, max(stats.max::VARCHAR) AS largest,
       bool_or(stats.has_null::BOOLEAN) AS has_null
FROM pragma_storage_info(?)
WHERE column_name = ? AND segment_type <> 'VALIDITY'
GROUP BY row_group_id
ORDER BY row_group_id;
