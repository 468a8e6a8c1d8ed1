INSERT INTO fact_observation BY NAME
SELECT obs_id, doc_id, indicator_key, indicator, metric, value, value_high, unit, value_base, base_unit,
       qualifier, period, span, is_target, scope, named_region, region, region_code, scope_code, evidence,
       start AS start_offset, "end" AS end_offset, run_id, rule, basis
FROM incoming_observation;
