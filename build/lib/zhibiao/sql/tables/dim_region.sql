CREATE TABLE IF NOT EXISTS dim_region (
    region      VARCHAR PRIMARY KEY,
    level       VARCHAR,
    parent      VARCHAR,
    aliases     VARCHAR[]
);
COMMENT ON TABLE dim_region IS 'Regions: districts, counties and zones roll up to their city, cities to their province (parent).';
COMMENT ON COLUMN dim_region.region IS 'Canonical region name, e.g. 湛江经济技术开发区.';
COMMENT ON COLUMN dim_region.level IS 'district, county, zone, city, province, nation or area (粤东西北); null when only seen in a document.';
COMMENT ON COLUMN dim_region.parent IS 'The region this one belongs to (a district''s city).';
COMMENT ON COLUMN dim_region.aliases IS 'Other names documents use for the region (湛江经开区).';
