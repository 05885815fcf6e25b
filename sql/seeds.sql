-- The real seed articles (../shared/seeds): title, publication date, page
-- chrome absent from the main text, and loading them twice.  The test
-- command exports BORDERCOOP_SEEDS when the folder exists; without it this
-- test skips (expected/seeds_1.out).
SET client_min_messages = warning;
SET datestyle = ISO;
\getenv seeds BORDERCOOP_SEEDS
\if :{?seeds}
\set f :seeds '/000_ca5690926b5f1551.txt'
\set b0 `cat :f`
\set f :seeds '/001_b7d1bfc30ff2cb6c.txt'
\set b1 `cat :f`
\set f :seeds '/002_a5e5c48a55dab8c1.txt'
\set b2 `cat :f`
\set f :seeds '/003_0556c230e5902c34.txt'
\set b3 `cat :f`
\set f :seeds '/004_9476a46d53a36149.txt'
\set b4 `cat :f`
CREATE TEMP TABLE seed (n int, body text);
INSERT INTO seed VALUES (0, :'b0'), (1, :'b1'), (2, :'b2'), (3, :'b3'), (4, :'b4');

-- title and publication date
SELECT n, j->>'title' AS title, j->>'published_on' AS published_on, j->>'outlet' AS outlet
FROM seed, LATERAL bordercoop.parse(body) AS j ORDER BY n;

-- page chrome, counters and related news never reach the main text
CREATE TEMP TABLE chrome (n int, s text);
INSERT INTO chrome VALUES
	(0, 'Đang truy cập'), (0, '1,239'), (0, 'Hôm nay'), (0, '456,041,694'),
	(0, 'Tổng số điểm'), (0, 'Click để đánh giá'), (0, 'Thời gian chờ'),
	(0, 'Việc làm Bình Phước'), (0, 'sổ tay đảng viên'), (0, 'Tác giả'),
	(1, 'OAZLO'), (1, '399 0'), (1, 'Ý kiến bạn đọc'), (1, 'SSKDT'), (1, 'Tổng số điểm'),
	(2, 'Logo báo điện tử'), (2, 'zalo-icon'), (2, 'viber-icon'), (2, 'có thể bạn quan tâm'),
	(2, 'Ý KIẾN BÌNH LUẬN'), (2, E'\nKC'),
	(3, 'Thứ bảy, 18/05/2024'), (3, 'Ảnh 1'), (3, 'Ảnh 2'), (3, 'Bình luận của bạn'),
	(3, 'USAID'), (3, 'Sacombank'), (3, 'Standard Chartered'), (3, 'Thông tư 02'),
	(3, 'SJC'), (3, '2 tỷ đồng'), (3, 'Olympic'),
	(4, 'Houaphanh'), (4, 'Xayabury'), (4, 'Ai Cập'), (4, 'Suez'), (4, '26/7'),
	(4, 'Rat Sokhorn'), (4, 'Gia Lai'), (4, 'hơn 200 đại biểu'), (4, ' |');
SELECT c.n, c.s AS chrome_left_in_main_text
FROM chrome AS c JOIN seed AS s USING (n)
WHERE strpos(bordercoop.parse(s.body)->>'main_text', c.s) > 0
ORDER BY 1, 2;
SELECT count(*) AS chrome_strings_checked FROM chrome;

-- the main text keeps what the gold extraction needs
SELECT n, strpos(bordercoop.parse(body)->>'main_text', x) > 0 AS kept, x
FROM seed JOIN (VALUES (0, 'Samdech Sar Kheng'), (1, '436,23 triệu USD'),
				 (2, 'ký kết biên bản ghi nhớ'), (3, '3,38 tỷ USD'),
				 (4, '253.494.860,10 USD')) AS k(n, x) USING (n)
ORDER BY n;

-- loading the seeds twice leaves five articles
INSERT INTO bordercoop.inbox (source, body) SELECT 'seed-' || n, body FROM seed;
INSERT INTO bordercoop.inbox (source, body) SELECT 'again-' || n, body FROM seed;
SELECT source, title, published_on FROM bordercoop.v_articles
WHERE source ~ '^(seed|again)-' ORDER BY source;
SELECT count(*) AS rejected FROM bordercoop.rejected WHERE source ~ '^(seed|again)-';
TRUNCATE bordercoop.article, bordercoop.rejected CASCADE;
\else
\echo 'seeds absent: skipped'
\endif
