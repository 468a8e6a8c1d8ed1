-- A macro rather than a table: the mart (which figure stands) and the claim checks (which figures
-- disagree) must call a figure final by the same test. Macros are created before the models refresh.
CREATE OR REPLACE MACRO after_period(written, period, span) AS
    written > last_day(make_date(period,
        -- the last month the span covers: Q3 → 9, H1 → 6, M10 → 10; the whole year → 12
        CASE regexp_extract(span, '([QHM])(\d+)$', 1)
            WHEN 'Q' THEN 3 * CAST(regexp_extract(span, '(\d+)$', 1) AS INTEGER)
            WHEN 'H' THEN 6 * CAST(regexp_extract(span, '(\d+)$', 1) AS INTEGER)
            WHEN 'M' THEN CAST(regexp_extract(span, '(\d+)$', 1) AS INTEGER)
            ELSE 12
        END, 1));
