-- sql/events.sql: reports of one meeting by several articles become one
-- event; the BI views over events, party pairs, months and fields.
SET client_min_messages = warning;
SET datestyle = 'ISO, YMD';
-- one transaction, rolled back at the end: the other tests share the database
BEGIN;

-- 1. Linking rules on hand-made rows (independent of the extractor)
INSERT INTO bordercoop.article (article_id, source, body, body_sha256, main_text,
								extractor_version, published_on)
SELECT n, 'hand_' || n, 'text ' || n, sha256(('text ' || n)::bytea), 'text ' || n,
	   '0.1.0', DATE '2023-03-28'
FROM generate_series(101, 111) AS n;

INSERT INTO bordercoop.meeting (article_id, meeting_no, kind, mode, ordinal, series,
								host_code, occurred_on, occurred_precision,
								is_reference, cameo)
VALUES
	(101, 1, 'conference', 'in_person', 3, 'hội nghị thường niên', 'VN-03', '2023-03-27', 'day', false, '057'),
	(102, 1, 'conference', NULL, NULL, NULL, NULL, '2023-03-27', 'day', false, '040'),
	(103, 1, 'conference', 'in_person', 4, NULL, NULL, '2023-03-27', 'day', false, '040'),
	(104, 1, 'talks', NULL, NULL, NULL, NULL, '2023-03-27', 'day', false, '046'),
	(105, 1, 'conference', 'online', 3, NULL, NULL, '2023-03-27', 'day', false, '040'),
	(106, 1, 'conference', NULL, 3, NULL, NULL, '2023-03-28', 'day', false, '040'),
	(107, 1, 'conference', NULL, NULL, NULL, NULL, NULL, NULL, false, '040'),
	(108, 1, 'conference', NULL, 3, NULL, NULL, '2023-03-27', 'day', true, '040'),
	(109, 1, 'meeting', 'in_person', NULL, NULL, NULL, '2021-08-27', 'day', false, '040'),
	(110, 1, 'meeting', NULL, NULL, NULL, NULL, '2021-08-27', 'day', false, '040'),
	-- a national outlet names only the countries: joins the provincial reports
	(111, 1, 'conference', NULL, 3, NULL, NULL, '2023-03-27', 'day', false, '040');

INSERT INTO bordercoop.meeting_party (article_id, meeting_no, party_code)
VALUES (101, 1, 'VN-03'), (101, 1, 'CN-YN'), (101, 1, 'VN'), (101, 1, 'CN'),
	   (102, 1, 'VN-03'), (102, 1, 'VN'),
	   (103, 1, 'VN-03'),
	   (104, 1, 'VN-03'),
	   (105, 1, 'VN'), (105, 1, 'LA'),
	   (106, 1, 'VN-03'),
	   (107, 1, 'VN-03'),
	   (108, 1, 'VN-03'),
	   (109, 1, 'VN'), (109, 1, 'KH'),
	   (110, 1, 'KH'),
	   (111, 1, 'VN'), (111, 1, 'CN');

INSERT INTO bordercoop.meeting_field (article_id, meeting_no, field)
VALUES (101, 1, 'trade'), (101, 1, 'tourism'), (102, 1, 'trade'), (109, 1, 'health');

INSERT INTO bordercoop.agreement (article_id, agreement_no, meeting_no, kind, title,
								  period_from, period_to)
VALUES (101, 1, 1, 'memorandum', 'biên bản ghi nhớ', NULL, NULL),
	   (102, 1, 1, 'memorandum', 'bản ghi nhớ hợp tác', NULL, NULL),
	   (102, 2, 1, 'action_plan', 'kế hoạch hành động giai đoạn 2023-2025', 2023, 2025);

INSERT INTO bordercoop.figure (article_id, figure_no, meeting_no, metric, value, unit,
							   currency, period, subject_code, mention)
VALUES (101, 1, 1, 'trade_total', 2600000000, 'USD', 'USD', 'năm 2022', 'VN-03', '2,6 tỷ USD'),
	   (102, 1, 1, 'trade_total', 1500000000, 'USD', 'USD', 'năm 2021', NULL, '1,5 tỷ USD');

-- in two calls, one of them repeated: the result does not depend on it
SELECT bordercoop._link_events(ARRAY[101, 103, 105, 107, 109]::bigint[]);
SELECT bordercoop._link_events(ARRAY[102, 104, 106, 108, 110, 111, 101]::bigint[]);

-- which reports share an event; a background reference has none
SELECT array_agg(article_id ORDER BY article_id) AS same_event
FROM bordercoop.meeting
WHERE NOT is_reference
GROUP BY event_id
ORDER BY 1;
SELECT article_id, is_reference, event_id IS NULL AS no_event
FROM bordercoop.meeting
WHERE is_reference;

SELECT occurred_on, kind, mode, ordinal, series, cameo, host_iso, articles, reports,
	   parties, sources
FROM bordercoop.v_events
ORDER BY occurred_on NULLS LAST, kind, ordinal NULLS FIRST, sources;

SELECT vn_iso, counterpart_iso, counterpart_country, meetings, articles,
	   first_met_on, last_met_on, agreements, latest_trade_value,
	   latest_trade_unit, latest_trade_period, latest_trade_mention
FROM bordercoop.v_party_pairs
ORDER BY vn_iso, counterpart_iso;

SELECT month, country_code, meetings, articles
FROM bordercoop.v_timeline
ORDER BY month, country_code;

SELECT meeting_id, article_id, source, field, label
FROM bordercoop.v_meeting_fields
ORDER BY meeting_id, field;

-- removing articles leaves events without reports: the next linking drops them
DELETE FROM bordercoop.article WHERE article_id BETWEEN 101 AND 111;
SELECT bordercoop._link_events('{}'::bigint[]);
SELECT count(*) AS events_left FROM bordercoop.event;

-- 2. End to end: two differently written reports of one conference, and an
-- article that reports two meetings on two days
INSERT INTO bordercoop.inbox (source, body) VALUES
('report_dcsvn', E'Đẩy mạnh hợp tác giữa 4 tỉnh biên giới Việt Nam với tỉnh Vân Nam, Trung Quốc\n\nThứ Ba, 28/03/2023 08:37 (GMT+0)\n\n(ĐCSVN) - Ngày 27/3, tỉnh Hà Giang chủ trì tổ chức Hội nghị thường niên lần thứ ba, giữa Bí thư Tỉnh ủy các tỉnh: Hà Giang, Lào Cai, Lai Châu, Điện Biên (Việt Nam) và Bí thư Tỉnh ủy Vân Nam (Trung Quốc).\n\nĐây là lần đầu tiên hội nghị thường niên được tổ chức bằng hình thức trực tiếp sau hai lần tổ chức theo hình thức trực tuyến.\n\nTrên cơ sở các nội dung được trao đổi, các bên đã ký biên bản hội nghị thường niên lần thứ ba; ký kết kế hoạch hành động hợp tác thí điểm về giảm nghèo bền vững giữa các tỉnh, giai đoạn 2023-2025.'),
('report_laichau', E'Bốn tỉnh biên giới phía Bắc và Vân Nam gặp trực tiếp sau đại dịch\n\nĐăng lúc: 15:32 - 28/03/2023\n\nChiều 27-3, tại thành phố Hà Giang, Tỉnh ủy Hà Giang đăng cai Hội nghị thường niên lần thứ 3 giữa Bí thư Tỉnh ủy bốn tỉnh Lai Châu, Hà Giang, Lào Cai, Điện Biên và Bí thư Tỉnh ủy tỉnh Vân Nam, Trung Quốc.\n\nKết thúc hội nghị, lãnh đạo năm tỉnh ký biên bản hội nghị và thống nhất giao tỉnh Vân Nam đăng cai hội nghị lần thứ tư vào năm 2024.'),
('two_meetings', E'Đoàn Quảng Trị hội đàm với Xa-vẳn-na-khệt và làm việc tại Chăm-pa-xắc\n\n18/5/2023 | 08:40\n\nSáng 16/5, tại thành phố Kay-xỏn Phôm-vi-hản, đoàn đại biểu tỉnh Quảng Trị đã hội đàm với lãnh đạo tỉnh Xa-vẳn-na-khệt (Lào).\n\nChiều 17/5, tại thành phố Pạc-xế, đoàn có buổi làm việc với lãnh đạo tỉnh Chăm-pa-xắc. Kết thúc buổi làm việc, hai tỉnh ký biên bản ghi nhớ hợp tác giai đoạn 2023-2027.');

SELECT source, occurred_on, kind, mode, ordinal, cameo,
	   dense_rank() OVER (ORDER BY event_id) AS event_no
FROM bordercoop.v_meetings
ORDER BY source, occurred_on;

SELECT occurred_on, kind, mode, ordinal, cameo, articles, reports, sources
FROM bordercoop.v_events
ORDER BY occurred_on, kind;

SELECT count(*) AS events_with_two_articles
FROM bordercoop.v_events
WHERE articles = 2;

-- re-parsing keeps the event ids
CREATE TEMP TABLE ev_before AS
	SELECT source, occurred_on, kind, event_id FROM bordercoop.v_meetings;
SELECT bordercoop.reparse(false) > 0 AS reparsed;
SELECT count(*) AS changed
FROM ev_before AS b
	 LEFT JOIN bordercoop.v_meetings AS m USING (source, occurred_on, kind)
WHERE m.event_id IS DISTINCT FROM b.event_id;
SELECT count(*) AS events FROM bordercoop.event;

ROLLBACK;
