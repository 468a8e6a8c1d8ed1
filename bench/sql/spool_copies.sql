-- The spooled observations repeated ? times with unique ids: a load big enough to time.
CREATE TEMP TABLE incoming_observation AS
SELECT s.* REPLACE (obs_id || '#' || copy AS obs_id)
FROM spooled s, range(?) AS copies(copy);
