-- Loading: parse(), the inbox trigger, rejected rows, dedupe, NFC/NFD,
-- chrome removal, ingest(), reparse(), and the UTF8 requirement.
SET client_min_messages = warning;
SET datestyle = ISO;

-- A short article in the style of a provincial portal, with its chrome.
CREATE TEMP TABLE sample (body text);
INSERT INTO sample VALUES (E'Trang chủ > Thời sự > Đối ngoại\nThứ hai, 13/11/2023\n\nTỉnh Đắk Nông hội đàm với tỉnh Mondulkiri (Campuchia)\n\nThứ hai - 06/11/2023 16:20\n(BĐN) - Sáng 6/11, tại thành phố Gia Nghĩa, Ủy ban nhân dân tỉnh Đắk Nông đã tổ chức hội đàm với đoàn đại biểu tỉnh Mondulkiri do Tỉnh trưởng Thong Savun dẫn đầu.\nHai bên đã trao đổi về tình hình hợp tác trong thời gian qua và thống nhất các nội dung hợp tác trong thời gian tới trên các lĩnh vực an ninh, thương mại và y tế.\nQuang cảnh buổi hội đàm\nTại buổi hội đàm, hai bên đã ký kết biên bản ghi nhớ hợp tác giai đoạn 2024-2026. Đoàn tỉnh Mondulkiri cũng đã thăm TP. Gia Nghĩa và P. Nghĩa Đức./.\n\nTác giả: Minh Châu\nLượt xem: 1.532\n👁 2104\nTin liên quan\nĐắk Nông tăng cường hợp tác với Campuchia\nĐắk Nông tăng cường hợp tác với Campuchia\nTỉnh Đắk Nông vừa tiếp đoàn công tác của tỉnh Kratie, hai bên đã ký kết nhiều văn bản hợp tác quan trọng về thương mại.\nBản quyền thuộc về Báo Đắk Nông');

-- title, date line (not the page header above the title), outlet, author
SELECT j->>'title' AS title, j->>'published_on' AS published_on,
	   j->>'published_at' AS published_at, j->>'outlet' AS outlet,
	   j->>'author' AS author, j->'sentences' AS sentences
FROM sample, LATERAL bordercoop.parse(body) AS j;

-- the main text: no menu, counters, related news or footer
SELECT bordercoop.parse(body)->>'main_text' AS main_text FROM sample;

-- an NFD copy gives the same extraction
SELECT bordercoop.parse(body) = bordercoop.parse(normalize(body, NFD)) AS nfd_same,
	   body <> normalize(body, NFD) AS really_different
FROM sample;

-- problems with the text: parse() raises, with specific SQLSTATEs
SELECT bordercoop.parse('');
\echo :LAST_ERROR_SQLSTATE
SELECT bordercoop.parse('   ');
\echo :LAST_ERROR_SQLSTATE
SELECT bordercoop.parse(repeat('a', 5 * 1024 * 1024));
\echo :LAST_ERROR_SQLSTATE
SELECT bordercoop.parse(repeat(E'\x01\x02\x03 ', 100));
\echo :LAST_ERROR_SQLSTATE
SELECT bordercoop.parse(repeat('!? ', 1000));
\echo :LAST_ERROR_SQLSTATE
SET bordercoop.max_article_size = 0;
SET bordercoop.max_article_size = '64kB';
SELECT bordercoop.parse(repeat('Hai bên đã ký kết biên bản ghi nhớ. ', 3000)) IS NULL;
RESET bordercoop.max_article_size;
SELECT bordercoop.parse(NULL) IS NULL AS strict;

-- loading through the inbox: one statement, rows parsed, inbox emptied
INSERT INTO bordercoop.inbox (source, body, url)
SELECT 'sample.txt', body, 'https://example.vn/a' FROM sample;
SELECT source, url, title, published_on, outlet, meetings, figures, main_chars
FROM bordercoop.v_articles ORDER BY article_id;
SELECT count(*) AS inbox_rows FROM bordercoop.inbox;

-- the same text again, and its NFD form: still one article
INSERT INTO bordercoop.inbox (source, body) SELECT 'again.txt', body FROM sample;
INSERT INTO bordercoop.inbox (source, body) SELECT 'nfd.txt', normalize(body, NFD) FROM sample;
SELECT count(*) AS articles FROM bordercoop.article;
SELECT bordercoop.ingest('ingest.txt', body) = (SELECT min(article_id) FROM bordercoop.article) AS same_id
FROM sample;

-- the loader's published_on wins over the date line
SELECT bordercoop.ingest('dated.txt', body || E'\nThêm một dòng.', NULL, '2023-11-07') > 0 AS loaded FROM sample;
SELECT source, published_on FROM bordercoop.v_articles ORDER BY article_id;

-- 1,000 rows in one statement, 10 of them garbage: 990 articles, 10 rejected
INSERT INTO bordercoop.inbox (source, body)
SELECT 'bulk-' || i,
	   CASE
		   WHEN i % 100 = 7 THEN
			   CASE (i / 100) % 5
				   WHEN 0 THEN ''
				   WHEN 1 THEN repeat(E'\x01\x7f\x02\x10', 1000)
				   WHEN 2 THEN repeat('z', 5 * 1024 * 1024)
				   WHEN 3 THEN '   '
				   ELSE repeat('#', 100)
			   END
		   ELSE format(E'Hội nghị hợp tác lần thứ %s giữa hai tỉnh\n\nNgày 2/3/2024, hai tỉnh đã tổ chức hội nghị lần thứ %s tại cửa khẩu quốc tế và thống nhất tăng cường hợp tác trên các lĩnh vực thương mại, du lịch và an ninh biên giới.', i, i)
	   END
FROM generate_series(1, 1000) AS i;
SELECT count(*) FILTER (WHERE source LIKE 'bulk-%') AS bulk_articles FROM bordercoop.article;
SELECT error_code, count(*) FROM bordercoop.rejected GROUP BY error_code ORDER BY error_code;
SELECT source, reason FROM bordercoop.rejected WHERE source IN ('bulk-7', 'bulk-107', 'bulk-207') ORDER BY source;
SELECT count(*) AS inbox_rows FROM bordercoop.inbox;

-- reparse(): only articles from older rules, or all
UPDATE bordercoop.article SET extractor_version = '0.0.1', main_text = '' WHERE source = 'sample.txt';
SELECT bordercoop.reparse() AS reparsed;
SELECT main_text <> '' AS restored, extractor_version = bordercoop.extractor_version() AS current
FROM bordercoop.article WHERE source = 'sample.txt';
SELECT bordercoop.reparse() AS nothing_left;

-- the extension refuses a database that is not UTF8
SELECT current_database() AS regdb \gset
DROP DATABASE IF EXISTS bordercoop_latin1;
CREATE DATABASE bordercoop_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c bordercoop_latin1
CREATE EXTENSION bordercoop;
\c :regdb
SET client_min_messages = warning;
DROP DATABASE bordercoop_latin1;

-- clean up for the next tests
TRUNCATE bordercoop.article, bordercoop.rejected CASCADE;
