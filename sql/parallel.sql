-- parse(), _extract() and the article search vector in parallel workers give
-- exactly what the leader gives (no global state, lazily built tables in
-- every worker).
SET client_min_messages = warning;

CREATE TABLE par_articles (id integer PRIMARY KEY, body text NOT NULL);
INSERT INTO par_articles
SELECT i, pg_catalog.format(E'%s\n\nThứ hai - %s/%s/20%s 16:20\n%s\n%s',
		t.title, 1 + i % 28, 1 + i % 12, 20 + i % 6, t.para,
		pg_catalog.repeat(t.para || ' ', i % 4))
FROM generate_series(1, 120) AS i,
	 LATERAL (SELECT (ARRAY['Tỉnh Đắk Nông hội đàm với tỉnh Mondulkiri (Campuchia)',
							'Lạng Sơn gặp mặt Khu tự trị dân tộc Choang Quảng Tây',
							'Quảng Trị và Savannakhet ký kết biên bản ghi nhớ',
							'Tây Ninh làm việc với tỉnh Svay Rieng'])[1 + i % 4] AS title,
					 (ARRAY['Sáng 6/11, tại thành phố Gia Nghĩa, Ủy ban nhân dân tỉnh Đắk Nông đã tổ chức hội đàm với đoàn đại biểu tỉnh Mondulkiri do Tỉnh trưởng Thong Savun dẫn đầu. Kim ngạch thương mại đạt 436,23 triệu USD, tăng 12,5% so với cùng kỳ.',
							'Ngày 5/2, Bí thư Tỉnh ủy Lạng Sơn đã gặp mặt đoàn Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc). Hai bên trao đổi về hợp tác cửa khẩu, 23/28 dự án đã hoàn thành.',
							'Sáng 1/3, tại tỉnh Quảng Trị, lãnh đạo hai tỉnh Quảng Trị và Savannakhet (Lào) đã hội đàm và ký kết biên bản ghi nhớ hợp tác giai đoạn 2024-2026.',
							'Chiều 3/1/2025, đoàn công tác tỉnh Tây Ninh do Phó Chủ tịch UBND tỉnh dẫn đầu đã làm việc với tỉnh Svay Rieng (Campuchia) tại cửa khẩu Mộc Bài; khoảng 1.200 tỷ đồng được đầu tư.'])[1 + (i / 4) % 4] AS para) AS t;
ANALYZE par_articles;

-- the leader alone
SET max_parallel_workers_per_gather = 0;
CREATE TABLE par_serial AS
SELECT a.id, CASE WHEN NOT bordercoop._extract(a.body, NULL) ? 'error'
				 THEN bordercoop.parse(a.body) END AS j,
	   bordercoop._extract(a.body, DATE '2024-01-01') AS x
FROM par_articles AS a;
CREATE TABLE par_serial_tsv AS
SELECT a.id, bordercoop._tsv(j->>'title', j->>'main_text') AS tsv
FROM par_articles AS a, LATERAL bordercoop._extract(a.body, NULL) AS j;

-- the same in parallel workers only
SET force_parallel_mode = on;
SET parallel_leader_participation = off;
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;

EXPLAIN (COSTS OFF)
SELECT a.id, bordercoop.parse(a.body) FROM par_articles AS a;

-- parse() (where the text parses), _extract() and the search vector

SELECT count(*) AS articles,
	   count(*) FILTER (WHERE p.j IS DISTINCT FROM s.j) AS parse_differs,
	   count(*) FILTER (WHERE p.x IS DISTINCT FROM s.x) AS extract_differs
FROM (SELECT a.id, CASE WHEN NOT bordercoop._extract(a.body, NULL) ? 'error'
						THEN bordercoop.parse(a.body) END AS j,
			 bordercoop._extract(a.body, DATE '2024-01-01') AS x
	  FROM par_articles AS a) AS p
	 JOIN par_serial AS s USING (id);

SELECT count(*) AS articles,
	   count(*) FILTER (WHERE p.tsv IS DISTINCT FROM s.tsv) AS tsv_differs
FROM (SELECT a.id, bordercoop._tsv(j->>'title', j->>'main_text') AS tsv
	  FROM par_articles AS a, LATERAL bordercoop._extract(a.body, NULL) AS j) AS p
	 JOIN par_serial_tsv AS s USING (id);

-- every text search configuration of the extension, on the raw bodies
RESET force_parallel_mode;
CREATE TABLE par_cfg AS
SELECT c.oid::regconfig AS cfg, a.id, to_tsvector(c.oid::regconfig, a.body) AS tsv
FROM pg_ts_config AS c, par_articles AS a
WHERE c.cfgnamespace = 'bordercoop'::regnamespace;
SET force_parallel_mode = on;
SELECT s.cfg, count(*) AS articles,
	   count(*) FILTER (WHERE to_tsvector(s.cfg, a.body) IS DISTINCT FROM s.tsv) AS tsv_differs
FROM par_articles AS a JOIN par_cfg AS s USING (id)
GROUP BY s.cfg ORDER BY s.cfg::text;

-- the functions that workers run are marked so
SELECT p.oid::regprocedure AS function, p.proparallel
FROM pg_proc AS p
WHERE p.pronamespace = 'bordercoop'::regnamespace
  AND p.proname IN ('parse', '_extract', '_tsv', '_body_hash', 'extractor_version')
ORDER BY 1::text;

RESET ALL;
DROP TABLE par_articles, par_serial, par_serial_tsv, par_cfg;
