-- Version 3: indicators say whether their levels add up over regions (totals do; per-capita
-- figures, rates and indices do not), so shares are derived only where they mean something.
ALTER TABLE dim_indicator ADD COLUMN is_additive BOOLEAN;
