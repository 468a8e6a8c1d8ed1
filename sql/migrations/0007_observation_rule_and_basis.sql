-- Which extraction rule read each figure, and whether it spans several years.
ALTER TABLE fact_observation ADD COLUMN rule VARCHAR;
ALTER TABLE fact_observation ADD COLUMN basis VARCHAR;
