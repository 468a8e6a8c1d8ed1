-- The part of the year a document covers (an analysis meeting's speech, a monthly brief), from its title.
ALTER TABLE dim_document ADD COLUMN IF NOT EXISTS span VARCHAR;
