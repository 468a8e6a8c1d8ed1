-- A known indicator's row is updated and keeps its number (indicator_no: what the facts join on); a new one is
-- numbered past the largest held.
INSERT INTO dim_indicator (indicator_key, indicator_no, indicator, english_name, category, expected_unit, is_core,
                           is_additive, aliases, target_direction)
SELECT indicator_key,
       (SELECT coalesce(max(indicator_no), 0) FROM dim_indicator) + row_number() OVER (ORDER BY indicator_key),
       indicator, english_name, category, expected_unit, is_core, is_additive, aliases, target_direction
FROM incoming_indicator
ON CONFLICT (indicator_key) DO UPDATE SET
    indicator = excluded.indicator, english_name = excluded.english_name, category = excluded.category,
    expected_unit = excluded.expected_unit, is_core = excluded.is_core, is_additive = excluded.is_additive,
    aliases = excluded.aliases, target_direction = excluded.target_direction;
