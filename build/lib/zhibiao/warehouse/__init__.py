"""The DuckDB warehouse: schema and migrations, publication by atomic replace, bulk loads,
and the queries the CLI and flows need. SQL text lives in ../sql."""
