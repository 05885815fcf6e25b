-- bench/textsearch.sql -- to_tsvector with bordercoop.vietnamese against simple
--
--   psql -X -f bench/textsearch.sql        (a database with the extension)
--
-- Builds about 50 MB of Vietnamese news text by repeating, with variation,
-- the main texts of the loaded articles (or, with none loaded, the
-- paragraphs below), then times to_tsvector over the same rows with both
-- configurations in one run, three times each, interleaved, and prints the ratio
-- of the better times.  Not a test: timings vary with the machine.
\set ON_ERROR_STOP on
SET client_min_messages = notice;
SET max_parallel_workers_per_gather = 0;
SET jit = off;

CREATE TEMP TABLE bench_base (body text);
INSERT INTO bench_base SELECT main_text FROM bordercoop.article;
INSERT INTO bench_base
SELECT t FROM (VALUES
 ('Cuối giờ sáng nay (28/10), tại điểm cầu Bình Phước, Chủ tịch UBND tỉnh Trần Tuệ Hiền cùng lãnh đạo các sở, ngành liên quan đã dự hội nghị trực tuyến lần thứ 11 về hợp tác và phát triển các tỉnh biên giới Việt Nam - Campuchia. Phó thủ tướng Thường trực Chính phủ Việt Nam Phạm Bình Minh và Phó thủ tướng, Bộ trưởng Bộ Nội vụ Campuchia Samdech Sar Kheng đồng chủ trì hội nghị. Hội nghị tập trung đánh giá kết quả đã đạt được trong thời gian qua và đề ra phương hướng hợp tác giữa hai bên trong thời gian tới, góp phần xây dựng đường biên giới hòa bình, hữu nghị, hợp tác và phát triển bền vững.'),
 ('Ngày 25/2, hội nghị trực tuyến gặp gỡ đầu xuân giữa Bí thư Tỉnh ủy 4 tỉnh: Cao Bằng, Lạng Sơn, Hà Giang, Quảng Ninh và Bí thư Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) đã diễn ra với nhiều thỏa thuận, bản ghi nhớ hợp tác được ký kết. Hoạt động xuất nhập khẩu hàng hóa giữa các bên, trong năm 2021 tổng kim ngạch đạt 9 tỷ 140 triệu USD. Tỉnh Quảng Ninh đã thu hút được 76 dự án có vốn đầu tư từ Trung Quốc, tổng vốn đầu tư 3,38 tỷ USD.'),
 ('Kim ngạch xuất nhập khẩu giữa tỉnh Kiên Giang và tỉnh Kampot năm 2023 đạt 253.494.860,10 USD, tăng 39,52% so với cùng kỳ. Hai bên đã hoàn thành 23/28 cột mốc chính, phối hợp tìm kiếm, quy tập hài cốt liệt sĩ quân tình nguyện và chuyên gia Việt Nam hy sinh tại Campuchia, phòng chống tội phạm xuyên biên giới, buôn lậu, gian lận thương mại và xuất nhập cảnh trái phép.')
) v(t)
WHERE NOT EXISTS (SELECT 1 FROM bordercoop.article);

-- about 50 MB: copies with their numbers and the order of sentences varied
CREATE TEMP TABLE bench_text AS
SELECT g AS id,
	   CASE WHEN g % 2 = 0 THEN b.body
			ELSE regexp_replace(b.body, '([^.]*\.)\s*(.*)', '\2 \1') END
	   || ' Bản tin số ' || g || ', năm ' || (2000 + g % 25) || '.' AS body
  FROM generate_series(1, 100000) g,
	   LATERAL (SELECT body FROM bench_base
				 ORDER BY md5(body || g) LIMIT 1) b;
DELETE FROM bench_text
 WHERE id > (SELECT min(id) FROM (SELECT id, sum(octet_length(body)) OVER (ORDER BY id) AS s
									 FROM bench_text) x WHERE s >= 50 * 1024 * 1024);
SELECT count(*) AS rows, pg_size_pretty(sum(octet_length(body))) AS text FROM bench_text;

-- warm up: load the lexicon, read the table into memory
SELECT sum(length(to_tsvector('bordercoop.vietnamese', body))) > 0 AS warm
  FROM bench_text WHERE id <= 100;
SELECT count(*) > 0 AS warm FROM bench_text WHERE body <> '';

-- CPU time of this backend from /proc (Linux, superuser), else wall time:
-- other work on the machine then does not distort the ratio
CREATE FUNCTION pg_temp.bench_clock() RETURNS float8 LANGUAGE plpgsql AS $f$
DECLARE
	st text[];
BEGIN
	st := regexp_split_to_array(split_part(pg_read_file('/proc/self/stat'), ') ', 2), ' ');
	-- utime and stime (fields 14 and 15; 12 and 13 after the command name), in ticks
	RETURN (st[12]::float8 + st[13]::float8) * 10.0;
EXCEPTION WHEN OTHERS THEN
	RETURN 1000 * extract(epoch FROM clock_timestamp());
END
$f$;
SELECT pg_temp.bench_clock() > 0 AS clock_ok,
	   (SELECT count(*) FROM pg_ls_dir('/proc/self') WHERE pg_ls_dir = 'stat') = 1 AS cpu_time;

DO $$
DECLARE
	t0 float8;
	simple_ms float8[] := '{}';
	viet_ms float8[] := '{}';
	n bigint;
	i int;
BEGIN
	FOR i IN 1..3 LOOP
		t0 := pg_temp.bench_clock();
		SELECT sum(length(to_tsvector('pg_catalog.simple', body))) INTO n FROM bench_text;
		simple_ms := simple_ms || (pg_temp.bench_clock() - t0);
		RAISE NOTICE 'simple     run %: % ms, % lexemes', i, round(simple_ms[i]::numeric, 0), n;
		t0 := pg_temp.bench_clock();
		SELECT sum(length(to_tsvector('bordercoop.vietnamese', body))) INTO n FROM bench_text;
		viet_ms := viet_ms || (pg_temp.bench_clock() - t0);
		RAISE NOTICE 'vietnamese run %: % ms, % lexemes', i, round(viet_ms[i]::numeric, 0), n;
	END LOOP;
	RAISE NOTICE 'ratio vietnamese/simple (best of 3 each): %',
		round((least(viet_ms[1], viet_ms[2], viet_ms[3]) /
			   least(simple_ms[1], simple_ms[2], simple_ms[3]))::numeric, 3);
END
$$;
