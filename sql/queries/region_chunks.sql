-- Ranges of regions holding about a number of rows each (the parameter), in ORDER BY's order (nulls last), from temp.cluster_regions (a table's regions and the rows of each): the chunks warehouse/cluster.py sorts one at a time.
SELECT min(region) AS first_region, max(region) AS last_region, bool_or(region IS NULL) AS has_null
FROM (SELECT region, (sum(row_count) OVER (ORDER BY region NULLS LAST ROWS UNBOUNDED PRECEDING) - row_count) // ? AS chunk
      FROM temp.cluster_regions)
GROUP BY chunk
ORDER BY chunk;
