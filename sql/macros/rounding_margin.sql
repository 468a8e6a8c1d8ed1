-- Half a unit of the last digit a figure is written with, in its base unit (5.1 万亿元: 0.05 万亿元;
-- 486 亿元: 0.5 亿元): two documents whose figures are this close may both be right, one of them
-- rounded (5.13万亿元 and 5.1万亿元), and the claim checks do not call them a conflict. A figure
-- of 0 has no unit to scale by, and no margin.
CREATE OR REPLACE MACRO rounding_margin(value, value_base) AS
    CASE WHEN value = 0 THEN 0
         ELSE 0.5 * power(10, -length(regexp_extract(CAST(value AS VARCHAR), '\.(\d*[1-9])$', 1)))
              * abs(value_base / value)
    END;
