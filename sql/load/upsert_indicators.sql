INSERT OR REPLACE INTO dim_indicator BY NAME
SELECT indicator_key, indicator, english_name, category, expected_unit, is_core, is_additive, aliases, target_direction
FROM incoming_indicator;
