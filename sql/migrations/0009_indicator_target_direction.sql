-- Targets are judged with their direction: ceilings by nature (prices, unemployment, energy
-- intensity, emissions) are read from warehouse/data/directions.csv at each load.
ALTER TABLE dim_indicator ADD COLUMN IF NOT EXISTS target_direction VARCHAR;
