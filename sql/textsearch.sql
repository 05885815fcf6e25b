-- Text search: the parser, the dictionary, the configuration, search().
SET client_min_messages = warning;
\set VERBOSITY terse

-- the token types, and the objects
SELECT * FROM ts_token_type('bordercoop.vietnamese_parser') ORDER BY tokid;
SELECT cfgname, prsname FROM pg_ts_config c JOIN pg_ts_parser p ON p.oid = c.cfgparser
 WHERE cfgname = 'vietnamese';
SELECT t.alias, string_agg(d.dictname, ', ') AS dictionaries
  FROM ts_token_type('bordercoop.vietnamese_parser') t
  LEFT JOIN pg_ts_config_map m
	ON m.mapcfg = 'bordercoop.vietnamese'::regconfig AND m.maptokentype = t.tokid
  LEFT JOIN pg_ts_dict d ON d.oid = m.mapdict
 GROUP BY t.tokid, t.alias ORDER BY t.tokid;

-- tokens: compounds by longest match, numbers, URLs, e-mail
SELECT alias, token, lexemes
  FROM ts_debug('bordercoop.vietnamese',
				'Bí thư Tỉnh ủy Cao Bằng ký biên bản về thế giới, kim ngạch đạt 253.494.860,10 USD (39,52%).')
 WHERE alias <> 'blank';
SELECT alias, token
  FROM ts_debug('bordercoop.vietnamese',
				'Xem https://binhphuoc.gov.vn/tin-tuc/a.html hoặc gửi toasoan@baobinhphuoc.com.vn, mạng 5G, G20.')
 WHERE alias <> 'blank';

-- the tsvector: exact forms and ASCII folds, stop words keep their positions
SELECT to_tsvector('bordercoop.vietnamese', 'Xây dựng đường biên giới hoà bình với Lào');
SELECT to_tsvector('bordercoop.vietnamese', '');
SELECT to_tsvector('bordercoop.vietnamese', 'và của những');
SELECT to_tsvector('bordercoop.vietnamese', repeat('-', 5000) || ' biên giới');
SELECT to_tsvector('bordercoop.vietnamese', 'Biên giới bien gioi BIÊN GIỚI');

-- queries: a compound is one word; no diacritics searches the folds
SELECT plainto_tsquery('bordercoop.vietnamese', 'biên giới');
SELECT plainto_tsquery('bordercoop.vietnamese', 'bien gioi');
SELECT plainto_tsquery('bordercoop.vietnamese', 'Lào');
SELECT plainto_tsquery('bordercoop.vietnamese', 'Kra-chê');
SELECT phraseto_tsquery('bordercoop.vietnamese', 'biên giới hòa bình');
SELECT websearch_to_tsquery('bordercoop.vietnamese', '"biên giới" -Lào');
SELECT plainto_tsquery('bordercoop.vietnamese', 'và của');

-- the acceptance cases
SELECT to_tsvector('bordercoop.vietnamese', 'ký biên bản về thế giới')
	   @@ plainto_tsquery('bordercoop.vietnamese', 'biên giới') AS bien_ban_the_gioi;
SELECT to_tsvector('bordercoop.vietnamese', 'quản lý lao động qua biên giới')
	   @@ plainto_tsquery('bordercoop.vietnamese', 'Lào') AS lao_dong;
SELECT to_tsvector('bordercoop.vietnamese', 'quản lý lao động qua biên giới')
	   @@ plainto_tsquery('bordercoop.vietnamese', 'lao') AS lao_plain;
SELECT to_tsvector('bordercoop.vietnamese', 'xây dựng biên giới hòa bình')
	   @@ plainto_tsquery('bordercoop.vietnamese', 'hoà bình') AS hoa_binh;
SELECT to_tsvector('bordercoop.vietnamese', 'đoàn đại biểu tỉnh Karatie')
	   @@ plainto_tsquery('bordercoop.vietnamese', 'Kratie') AS kratie;
SELECT to_tsvector('bordercoop.vietnamese', 'đường biên giới')
	   @@ plainto_tsquery('bordercoop.vietnamese', 'bien gioi') AS no_diacritics;
-- syllables and phrases inside compounds
SELECT to_tsvector('bordercoop.vietnamese', 'đường biên giới')
	   @@ to_tsquery('bordercoop.vietnamese', 'biên <-> giới') AS syllable_phrase,
	   to_tsvector('bordercoop.vietnamese', 'đường biên giới')
	   @@ to_tsquery('bordercoop.vietnamese', 'bien <-> gioi') AS plain_phrase,
	   to_tsvector('bordercoop.vietnamese', 'đường biên giới')
	   @@ to_tsquery('bordercoop.vietnamese', 'giới <-> biên') AS reversed,
	   to_tsvector('bordercoop.vietnamese', 'Bí thư Tỉnh ủy Cao Bằng')
	   @@ plainto_tsquery('bordercoop.vietnamese', 'tỉnh ủy') AS inner_compound,
	   to_tsvector('bordercoop.vietnamese', 'hợp tác biên giới hòa bình')
	   @@ phraseto_tsquery('bordercoop.vietnamese', 'biên giới hoà bình') AS phrase;

-- NFD text gives the same vector as NFC
SELECT to_tsvector('bordercoop.vietnamese', normalize(t, NFD))
	   = to_tsvector('bordercoop.vietnamese', t) AS nfd_same,
	   normalize(t, NFD) <> t AS really_nfd
  FROM (VALUES ('Hội nghị hợp tác và phát triển các tỉnh biên giới Việt Nam - Campuchia lần thứ 11, kim ngạch 436,23 triệu USD; Đắk Lắk, Quảng Tây, Xa-vẳn-na-khệt.')) v(t);

-- ts_headline
SELECT ts_headline('bordercoop.vietnamese',
				   'Hai bên thống nhất tăng cường quản lý đường biên giới hòa bình, hữu nghị.',
				   plainto_tsquery('bordercoop.vietnamese', 'bien gioi'));

-- the dictionary and its options
SELECT ts_lexize('bordercoop.vietnamese_dict', 'Thuỷ');
SELECT ts_lexize('bordercoop.vietnamese_dict', 'tỉ');
SELECT ts_lexize('bordercoop.vietnamese_dict', 'của');
SELECT ts_lexize('bordercoop.vietnamese_dict', 'Karatie');
SELECT ts_lexize('bordercoop.vietnamese_dict', repeat('a', 2000));
CREATE TEXT SEARCH DICTIONARY pg_temp.vi_exact (
	TEMPLATE = bordercoop.vietnamese_template, Fold = false, StopWords = false, Places = false);
SELECT ts_lexize('pg_temp.vi_exact', 'Biên giới'), ts_lexize('pg_temp.vi_exact', 'của'),
	   ts_lexize('pg_temp.vi_exact', 'Karatie');
CREATE TEXT SEARCH DICTIONARY pg_temp.vi_bad (
	TEMPLATE = bordercoop.vietnamese_template, Accents = true);
CREATE TEXT SEARCH DICTIONARY pg_temp.vi_bad (
	TEMPLATE = bordercoop.vietnamese_template, Fold = false, Fold = true);
CREATE TEXT SEARCH DICTIONARY pg_temp.vi_bad (
	TEMPLATE = bordercoop.vietnamese_template, Fold = maybe);

-- articles: search() with and without diacritics, ranked, with headlines
SELECT bordercoop.ingest('textsearch/1', E'Đẩy mạnh hợp tác giữa các tỉnh biên giới Việt Nam - Campuchia\n\nThứ năm - 28/10/2021 14:53\nSáng 28/10, lãnh đạo tỉnh Bình Phước đã hội đàm với đoàn đại biểu tỉnh Karatie (Campuchia) về quản lý biên giới và phân giới cắm mốc.\nHai bên thống nhất xây dựng đường biên giới hòa bình, hữu nghị, hợp tác và phát triển. Kim ngạch thương mại năm 2021 đạt 436,23 triệu USD.') > 0 AS loaded_1;
SELECT bordercoop.ingest('textsearch/2', E'Tăng cường hợp tác lao động với Lào\n\nThứ hai - 06/11/2023 16:20\nSáng 6/11, Sở Lao động tỉnh Nghệ An đã làm việc với tỉnh Xiêng Khoảng (Lào) về quản lý lao động.\nHai bên ký biên bản hợp tác về đào tạo nghề; thế giới đang thay đổi nhanh, hoà bình và ổn định là điều kiện phát triển.') > 0 AS loaded_2;
SELECT bordercoop.ingest('textsearch/3', E'Quảng Ninh thu hút đầu tư\n\nThứ ba - 07/11/2023 09:00\nSáng 7/11, tỉnh Quảng Ninh đã tổ chức hội nghị xúc tiến đầu tư với các doanh nghiệp Trung Quốc.\nTổng vốn đầu tư đăng ký đạt 3,38 tỷ USD, tập trung vào công nghiệp chế biến và logistics.') > 0 AS loaded_3;

SELECT s.source, s.rank > 0 AS ranked
  FROM bordercoop.search('bien gioi') s WHERE s.source LIKE 'textsearch/%' ORDER BY s.source;
SELECT s.source FROM bordercoop.search('biên giới') s WHERE s.source LIKE 'textsearch/%' ORDER BY 1;
SELECT s.source FROM bordercoop.search('Lào') s WHERE s.source LIKE 'textsearch/%' ORDER BY 1;
SELECT s.source FROM bordercoop.search('lao động') s WHERE s.source LIKE 'textsearch/%' ORDER BY 1;
SELECT s.source FROM bordercoop.search('hòa bình') s WHERE s.source LIKE 'textsearch/%' ORDER BY 1;
SELECT s.source FROM bordercoop.search('Kratie') s WHERE s.source LIKE 'textsearch/%' ORDER BY 1;
SELECT s.source FROM bordercoop.search('"phân giới cắm mốc"') s WHERE s.source LIKE 'textsearch/%' ORDER BY 1;
SELECT s.source FROM bordercoop.search('hợp tác -Lào') s WHERE s.source LIKE 'textsearch/%' ORDER BY 1;
SELECT s.source FROM bordercoop.search('Xieng Khoang') s WHERE s.source LIKE 'textsearch/%' ORDER BY 1;
SELECT s.source, s.title, s.headline
  FROM bordercoop.search('Kratie', 5) s WHERE s.source LIKE 'textsearch/%';
SELECT count(*) FROM bordercoop.search('hợp tác', 0);
SELECT count(*) FROM bordercoop.search('và');
SELECT * FROM bordercoop.search(NULL);

-- the search goes through the GIN index
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT article_id FROM bordercoop.article WHERE tsv @@ bordercoop.search_query('bien gioi');
RESET enable_seqscan;

-- parallel workers load the lexicon themselves
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET force_parallel_mode = on;
SELECT count(*) FROM generate_series(1, 200) g
 WHERE to_tsvector('bordercoop.vietnamese', 'đường biên giới số ' || g)
	   @@ plainto_tsquery('bordercoop.vietnamese', 'bien gioi');
RESET force_parallel_mode;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;

-- the lexicon of this backend
SELECT entries > 3000 AS many_entries, bytes < 4 * 1024 * 1024 AS small
  FROM bordercoop.lexicon_info();
