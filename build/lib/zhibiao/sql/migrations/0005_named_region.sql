-- The region a statement names is named_region; region stays the region the figure is about.
ALTER TABLE fact_observation RENAME COLUMN subject_region TO named_region;
