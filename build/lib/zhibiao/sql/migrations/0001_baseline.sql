-- Version 1: the tables of sql/tables as first released. A new warehouse is created from
-- sql/tables and stamped with the latest version; an older one applies each later file here,
-- in order, inside one transaction.
SELECT 1;
