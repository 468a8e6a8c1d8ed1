CREATE OR REPLACE VIEW v_indicator_names AS
SELECT indicator AS name, indicator, indicator_key, true AS is_canonical
FROM dim_indicator
UNION ALL
SELECT DISTINCT unnest(aliases) AS name, indicator, indicator_key, false AS is_canonical
FROM dim_indicator;
COMMENT ON VIEW v_indicator_names IS 'Every name a user may type for an indicator, its canonical name among them: facts and views store the canonical name only (国内生产总值 and GDP are stored as 地区生产总值), so WHERE indicator IN (SELECT indicator FROM v_indicator_names WHERE name = ''国内生产总值'') finds them. From dim_indicator.aliases (extraction/data/indicators.csv).';
COMMENT ON COLUMN v_indicator_names.name IS 'A name: the canonical one or an alias (GDP, 国内生产总值, 规上工业增加值).';
COMMENT ON COLUMN v_indicator_names.indicator IS 'The canonical name the warehouse stores (fact_observation.indicator).';
COMMENT ON COLUMN v_indicator_names.indicator_key IS 'The indicator (dim_indicator).';
COMMENT ON COLUMN v_indicator_names.is_canonical IS 'True for the canonical name itself.';
