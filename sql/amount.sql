-- bordercoop.amount: input forms, canonical output, casts, comparisons, errors
SET search_path = bordercoop, public;
\set VERBOSITY default

-- the acceptance cases
SELECT '9 tỷ 140 triệu USD'::bordercoop.amount::numeric = 9140000000 AS nine_billion;
SELECT '253.494.860,10 USD'::bordercoop.amount;
SELECT '436,23 triệu USD'::bordercoop.amount;
SELECT '39,52%'::bordercoop.amount;

-- input forms and their canonical output
SELECT s AS input, s::bordercoop.amount AS amount,
	   bordercoop.amount_value(s::bordercoop.amount) AS value,
	   bordercoop.amount_unit(s::bordercoop.amount) AS unit
FROM (VALUES
	('9 tỷ 140 triệu USD'), ('253.494.860,10 USD'), ('436,23 triệu USD'),
	('54,98 triệu USD'), ('381,25 triệu USD'), ('3,38 tỷ USD'),
	('39,52%'), ('39,52 %'), ('32,32 phần trăm'), ('0,5%'), ('100%'),
	('76 dự án'), ('1667 bộ hài cốt'), ('6 lĩnh vực'), ('1.667'), ('1667'),
	('53.000 lượt du khách'), ('7 triệu tấn'), ('02 dự án'),
	('hai mươi lăm dự án'), ('ba trăm linh năm'), ('hai trăm nghìn'),
	('một triệu hai trăm nghìn đồng'), ('mười'), ('bốn mươi tư'),
	('2 nghìn tỷ đồng'), ('2 ngàn tỉ VNĐ'), ('1 tỷ 200 triệu 500 nghìn VND'),
	('5 triệu đô la Mỹ'), ('5 triệu đô la'), ('$5'), ('10 triệu nhân dân tệ'),
	('10 triệu NDT'), ('10 triệu CNY'), ('500 triệu kíp'), ('500 triệu LAK'),
	('40 triệu riel'), ('40 triệu KHR'), ('3 triệu baht'), ('3 triệu THB'),
	('1,5 nghìn tỷ đồng'), ('0,5 triệu USD'), ('12'), ('  12  '), ('-5 USD'),
	('+5 USD'), ('-0 USD'), ('5   dự   án'), ('5 đồng chí'),
	('12345678901234567890123456789012345678'),
	('9999999999999999999999999999 tỷ')
) AS t(s);

-- output reads back as the same amount
SELECT s, s::bordercoop.amount::text::bordercoop.amount = s::bordercoop.amount AS round_trip
FROM (VALUES ('436,23 triệu USD'), ('39,52%'), ('76 dự án'), ('12'), ('-5 USD'),
			 ('253.494.860,10 USD'), ('0,001 USD'), ('19,2%'), ('1,2345 nghìn'),
			 ('0,001239 nghìn USD'), ('1,5'), ('1.667')) AS t(s);
-- the lone dot of the canonical form is the decimal mark, unless it groups thousands
SELECT '253494860.10 USD'::bordercoop.amount AS a, '19.2'::bordercoop.amount AS b,
	   '1.667'::bordercoop.amount AS c, '0,001239 nghìn USD'::bordercoop.amount AS d,
	   '1.2390 USD'::bordercoop.amount AS e;

-- casts and functions
SELECT '436,23 triệu USD'::bordercoop.amount::numeric AS value,
	   pg_typeof('436,23 triệu USD'::bordercoop.amount::numeric) AS type;
SELECT bordercoop.amount_value('253.494.860,10 USD') AS value,
	   bordercoop.amount_unit('253.494.860,10 USD') AS unit,
	   bordercoop.amount_unit('12') = '' AS no_unit;
SELECT '39,52%'::bordercoop.amount::numeric * 2 AS doubled;

-- an amount from a numeric value and a unit
SELECT bordercoop.amount(436230000, 'USD') AS a, bordercoop.amount(39.52, '%') AS b,
	   bordercoop.amount(76, 'dự án') AS c, bordercoop.amount(253494860.10, 'USD') AS d,
	   bordercoop.amount(-0.0, '') AS e, bordercoop.amount(1.239, ' tấn ') AS f;
SELECT bordercoop.amount(436230000, 'USD') = '436,23 triệu USD' AS same;
SELECT bordercoop.amount('NaN', 'USD');
SELECT bordercoop.amount(1e40, 'USD');
SELECT bordercoop.amount(5, 'dự án 6');
SELECT bordercoop.amount(5, repeat('x', 300));

-- comparisons within one unit
SELECT '9 tỷ 140 triệu USD'::bordercoop.amount = '9.140.000.000 USD' AS eq,
	   '1,5 triệu USD'::bordercoop.amount = '1.500.000 USD' AS eq2,
	   '436,23 triệu USD'::bordercoop.amount < '3,38 tỷ USD' AS lt,
	   '436,23 triệu USD'::bordercoop.amount <= '436.230.000 USD' AS le,
	   '3,38 tỷ USD'::bordercoop.amount > '436,23 triệu USD' AS gt,
	   '3,38 tỷ USD'::bordercoop.amount >= '3,39 tỷ USD' AS ge,
	   '1 USD'::bordercoop.amount <> '2 USD' AS ne,
	   '-5 USD'::bordercoop.amount < '0 USD' AS neg,
	   '1,50 USD'::bordercoop.amount = '1,5 USD' AS scale_eq;
SELECT bordercoop.amount_cmp('1 USD', '2 USD') AS a,
	   bordercoop.amount_cmp('2 USD', '2,00 USD') AS b,
	   bordercoop.amount_cmp('3 USD', '2 USD') AS c;

-- sorting and a btree index over one unit
CREATE TEMP TABLE amounts (a bordercoop.amount);
INSERT INTO amounts VALUES ('436,23 triệu USD'), ('54,98 triệu USD'),
	('9 tỷ 140 triệu USD'), ('381,25 triệu USD'), ('3,38 tỷ USD'), ('5 USD'),
	('253.494.860,10 USD');
SELECT a FROM amounts ORDER BY a;
SELECT max(a::numeric) AS max_value, count(DISTINCT a) AS distinct_amounts FROM amounts;
CREATE INDEX amounts_a ON amounts (a);
SET enable_seqscan = off;
SELECT a FROM amounts WHERE a > '1 tỷ USD'::bordercoop.amount ORDER BY a;
RESET enable_seqscan;
DROP TABLE amounts;

-- different units cannot be compared
SELECT '5 USD'::bordercoop.amount = '5 VND'::bordercoop.amount;
SELECT '5 USD'::bordercoop.amount < '5%'::bordercoop.amount;
SELECT '76 dự án'::bordercoop.amount > '76'::bordercoop.amount;

-- binary send and receive
SELECT bordercoop.amount_send('436,23 triệu USD') AS sent;
CREATE TEMP TABLE bin (a bordercoop.amount);
INSERT INTO bin VALUES ('253.494.860,10 USD'), ('76 dự án'), ('39,52%'), ('12');
\set binfile /tmp/bordercoop_amount_regress_ :PORT .bin
COPY bin TO :'binfile' WITH (FORMAT binary);
CREATE TEMP TABLE bin2 (a bordercoop.amount);
COPY bin2 FROM :'binfile' WITH (FORMAT binary);
SELECT a FROM bin2;
DROP TABLE bin, bin2;

-- invalid input: SQLSTATE 22P02 with a detail
\set VERBOSITY sqlstate
SELECT 'abc'::bordercoop.amount;
\set VERBOSITY default
SELECT 'abc'::bordercoop.amount;
SELECT ''::bordercoop.amount;
SELECT '   '::bordercoop.amount;
SELECT 'USD'::bordercoop.amount;
SELECT '1.234,5,6'::bordercoop.amount;
SELECT '9 tỷ tỷ'::bordercoop.amount;
SELECT '9 tỷ tỷ USD'::bordercoop.amount;
SELECT '1,239 USD'::bordercoop.amount;
SELECT '10,646,572'::bordercoop.amount;
SELECT '1,234.5 USD'::bordercoop.amount;
SELECT '7-10 bộ hài cốt'::bordercoop.amount;
SELECT '5 USD thêm'::bordercoop.amount;
SELECT '5 dự án 6'::bordercoop.amount;
SELECT '5dự án'::bordercoop.amount;
SELECT '123456789012345678901234567890123456789'::bordercoop.amount;
SELECT '999999999999999999999999999999 tỷ USD'::bordercoop.amount;
SELECT repeat('9', 400)::bordercoop.amount;
SELECT ('5 ' || repeat('x', 300))::bordercoop.amount;
SELECT '- USD'::bordercoop.amount;

-- the error code, caught
DO $$
BEGIN
	PERFORM 'abc'::bordercoop.amount;
EXCEPTION WHEN invalid_text_representation THEN
	RAISE NOTICE 'caught %', SQLSTATE;
END
$$;
DO $$
BEGIN
	PERFORM '5 USD'::bordercoop.amount = '5 VND'::bordercoop.amount;
EXCEPTION WHEN datatype_mismatch THEN
	RAISE NOTICE 'caught %', SQLSTATE;
END
$$;

-- NULL in, NULL out
SELECT bordercoop.amount_value(NULL) IS NULL AS v, bordercoop.amount_unit(NULL) IS NULL AS u,
	   NULL::bordercoop.amount IS NULL AS n;
