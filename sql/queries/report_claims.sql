-- Statements that cannot all be true, as the report lists them.
SELECT check_name, about_region, indicator, period, span, value_a, file_a, evidence_a, value_b, file_b, evidence_b,
       difference, detail
FROM v_claim_checks
ORDER BY check_name, about_region, period DESC, indicator;
