-- The document's and the indicator's numbers from their rows, which the load wrote before (insert_documents,
-- upsert_indicators); a fact without them fails the NOT NULL of its numbers.
INSERT INTO fact_observation BY NAME
SELECT o.obs_id, o.doc_id, d.doc_no, o.indicator_key, i.indicator_no, o.indicator, o.metric, o.value, o.value_high,
       o.unit, o.value_base, o.base_unit, o.qualifier, o.period, o.span, o.is_target, o.scope, o.named_region,
       o.region, o.region_code, o.scope_code, o.evidence, o.start AS start_offset, o."end" AS end_offset,
       o.run_id, o.rule, o.basis
FROM incoming_observation o
LEFT JOIN dim_document d ON d.doc_id = o.doc_id
LEFT JOIN dim_indicator i ON i.indicator_key = o.indicator_key;
