-- What a dashboard asks: one region's rows of v_district_vs_city.
SELECT * FROM v_district_vs_city WHERE district = ?;
