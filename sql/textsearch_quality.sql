-- The quality table: query/document cases, bordercoop.vietnamese against
-- simple and against unaccent + simple (the usual workarounds).  A case
-- matches when to_tsvector(cfg, document) @@ plainto_tsquery(cfg, query).
-- "expected" is what a Vietnamese reader expects.  NFD cases decompose the
-- document (or the query) before searching.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION pg_temp.unaccent_simple (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION pg_temp.unaccent_simple
	ALTER MAPPING FOR asciiword, word, numword, asciihword, hword, numhword,
		hword_asciipart, hword_part, hword_numpart
	WITH unaccent, simple;

CREATE TEMP TABLE quality (
	n integer PRIMARY KEY,
	topic text NOT NULL,
	query text NOT NULL,
	document text NOT NULL,
	nfd text NOT NULL DEFAULT '',		-- '', 'document' or 'query'
	expected boolean NOT NULL
);
INSERT INTO quality (n, topic, query, document, nfd, expected) VALUES
 (1, 'compound', 'biên giới', 'ký biên bản về thế giới', '', false),
 (2, 'compound', 'biên giới', 'xây dựng đường biên giới hòa bình', '', true),
 (3, 'compound', 'hợp tác', 'ký hợp đồng, tác động lớn', '', false),
 (4, 'compound', 'phát triển', 'phát hiện và triển khai', '', false),
 (5, 'compound', 'hội nghị', 'hội đàm về nghị quyết', '', false),
 (6, 'compound', 'quan hệ', 'cơ quan và hệ thống', '', false),
 (7, 'compound', 'giao thông', 'bàn giao thông tin', '', false),
 (8, 'compound', 'thế giới', 'thế hệ trẻ vượt biên giới', '', false),
 (9, 'compound', 'kim ngạch', 'tổng kim ngạch đạt 9 tỷ 140 triệu USD', '', true),
 (10, 'compound', 'xuất nhập khẩu', 'hoạt động xuất nhập khẩu hàng hóa', '', true),
 (11, 'no diacritics', 'bien gioi', 'xây dựng đường biên giới hòa bình', '', true),
 (12, 'no diacritics', 'hop tac', 'tăng cường hợp tác toàn diện', '', true),
 (13, 'no diacritics', 'kim ngach', 'tổng kim ngạch đạt 9 tỷ 140 triệu USD', '', true),
 (14, 'no diacritics', 'lao', 'hợp tác với Lào', '', true),
 (15, 'no diacritics', 'quang ninh', 'tỉnh Quảng Ninh thu hút đầu tư', '', true),
 (16, 'no diacritics', 'dak lak', 'tỉnh Đắk Lắk', '', true),
 (17, 'no diacritics', 'bien gioi', 'ký biên bản về thế giới', '', false),
 (18, 'no diacritics', 'tinh', 'lãnh đạo tỉnh Tây Ninh', '', true),
 (19, 'diacritics', 'Lào', 'quản lý lao động qua biên giới', '', false),
 (20, 'diacritics', 'Lào', 'hợp tác với Lào', '', true),
 (21, 'diacritics', 'biển', 'khu vực biên giới', '', false),
 (22, 'diacritics', 'tỉnh', 'tinh thần đoàn kết', '', false),
 (23, 'diacritics', 'BIÊN GIỚI', 'đường biên giới', '', true),
 (24, 'tone placement', 'hoà bình', 'biên giới hòa bình', '', true),
 (25, 'tone placement', 'hòa bình', 'biên giới hoà bình', '', true),
 (26, 'tone placement', 'thuỷ sản', 'xuất khẩu thủy sản', '', true),
 (27, 'tone placement', 'Thanh Hoá', 'tỉnh Thanh Hóa', '', true),
 (28, 'tone placement', 'sức khoẻ', 'chăm sóc sức khỏe', '', true),
 (29, 'i/y spelling', 'tỉ USD', 'đạt 3,38 tỷ USD', '', true),
 (30, 'i/y spelling', 'kĩ thuật', 'hỗ trợ kỹ thuật', '', true),
 (31, 'i/y spelling', 'quản lí', 'quản lý lao động', '', true),
 (32, 'NFD', 'biên giới', 'xây dựng đường biên giới hòa bình', 'document', true),
 (33, 'NFD', 'Đắk Lắk', 'tỉnh Đắk Lắk', 'document', true),
 (34, 'NFD', 'hợp tác', 'tăng cường hợp tác', 'query', true),
 (35, 'NFD', 'Lào', 'quản lý lao động', 'document', false),
 (36, 'stop words', 'hợp tác của hai nước', 'hợp tác giữa hai nước', '', true),
 (37, 'stop words', 'các tỉnh biên giới', 'tỉnh biên giới Tây Ninh', '', true),
 (38, 'stop words', 'những thành tựu đã đạt được', 'thành tựu đạt được', '', true),
 (39, 'place alias', 'Kratie', 'đoàn đại biểu tỉnh Karatie', '', true),
 (40, 'place alias', 'Kra-chê', 'tỉnh Kratie (Campuchia)', '', true),
 (41, 'place alias', 'Savannakhet', 'tỉnh Xa-vẳn-na-khệt (Lào)', '', true),
 (42, 'place alias', 'Vân Nam', 'tỉnh Yunnan (Trung Quốc)', '', true),
 (43, 'place alias', 'Luang Prabang', 'tỉnh Luông Pha Băng', '', true),
 (44, 'place alias', 'Champasak', 'tỉnh Chăm-pa-xắc', '', true),
 (45, 'place alias', 'Quảng Tây', 'Khu tự trị dân tộc Choang Quảng Tây', '', true),
 (46, 'number', '436,23', 'đạt 436,23 triệu USD', '', true),
 (47, 'number', '253.494.860,10', 'đạt 253.494.860,10 USD', '', true);

CREATE TEMP TABLE quality_result AS
SELECT q.n, q.topic, q.query,
	   q.document || CASE q.nfd WHEN '' THEN '' ELSE ' (' || q.nfd || ' NFD)' END AS document,
	   q.expected,
	   to_tsvector('bordercoop.vietnamese', d.doc) @@ plainto_tsquery('bordercoop.vietnamese', d.qry) AS vietnamese,
	   to_tsvector('pg_catalog.simple', d.doc) @@ plainto_tsquery('pg_catalog.simple', d.qry) AS simple,
	   to_tsvector('pg_temp.unaccent_simple', d.doc) @@ plainto_tsquery('pg_temp.unaccent_simple', d.qry) AS unaccent_simple
  FROM quality q,
	   LATERAL (SELECT CASE q.nfd WHEN 'document' THEN normalize(q.document, NFD) ELSE q.document END AS doc,
					   CASE q.nfd WHEN 'query' THEN normalize(q.query, NFD) ELSE q.query END AS qry) d;

-- the table (doc/textsearch.md shows it)
SELECT n AS "case", topic, query, document, expected, vietnamese, simple, unaccent_simple
  FROM quality_result ORDER BY n;

-- right answers per configuration
SELECT count(*) AS cases,
	   count(*) FILTER (WHERE vietnamese = expected) AS vietnamese,
	   count(*) FILTER (WHERE simple = expected) AS simple,
	   count(*) FILTER (WHERE unaccent_simple = expected) AS unaccent_simple
  FROM quality_result;

-- right answers per topic
SELECT topic, count(*) AS cases,
	   count(*) FILTER (WHERE vietnamese = expected) AS vietnamese,
	   count(*) FILTER (WHERE simple = expected) AS simple,
	   count(*) FILTER (WHERE unaccent_simple = expected) AS unaccent_simple
  FROM quality_result GROUP BY topic ORDER BY min(n);
