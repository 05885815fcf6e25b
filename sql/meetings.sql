-- sql/meetings.sql: meetings, references and agreements from bordercoop.parse()
-- on short articles (title, date line, body).  Parties and hosts are left
-- to the parties tests; this file checks what the meetings stage decides.
SET client_min_messages = warning;
SET datestyle = 'ISO, YMD';

CREATE TEMP TABLE art (name text PRIMARY KEY, body text NOT NULL);
INSERT INTO art VALUES
('a_online_ref', E'Hội nghị biên giới Việt Nam - Campuchia\n\nThứ năm - 28/10/2021 14:53\n\nCuối giờ sáng nay (28/10), tại điểm cầu Bình Phước, Chủ tịch UBND tỉnh đã dự hội nghị trực tuyến lần thứ 11 về hợp tác và phát triển các tỉnh biên giới Việt Nam - Campuchia.\n\nBáo cáo tại hội nghị khẳng định kết quả hợp tác kể từ hội nghị lần thứ 10 vào năm 2019 đến nay.\n\nTại hội nghị, 2 bên đã thống nhất thông qua thông cáo chung của hội nghị lần thứ 11.'),
('b_in_person', E'Lãnh đạo Bình Phước gặp gỡ lãnh đạo 3 tỉnh giáp biên\n\nThứ sáu - 27/08/2021 05:03\n\nSáng nay (27/8), tại khu vực cửa khẩu quốc tế Hoa Lư, huyện Lộc Ninh, Bí thư Tỉnh ủy đã gặp gỡ lãnh đạo 3 tỉnh giáp biên Campuchia để trao đổi về tình hình hợp tác.\n\nDo dịch Covid-19, tỉnh tạm ngưng các hoạt động đối ngoại, thay vào đó bằng các hình thức điện đàm, thư thăm hỏi.'),
('c_roman_hybrid', E'Kỳ họp Ủy ban liên Chính phủ\n\nThứ sáu, 03/11/2023 | 10:00\n\nNgày 3.11, tại Hà Nội, hai Phó Thủ tướng đồng chủ trì Kỳ họp lần thứ XXXII Ủy ban liên Chính phủ Việt Nam - Lào theo hình thức trực tiếp kết hợp trực tuyến. Kết quả Kỳ họp lần thứ XXXI đã được triển khai tốt.'),
('d_two_meetings', E'Nghệ An hội đàm và ký kết với hai tỉnh Lào\n\nThứ bảy, 16/03/2024 | 08:00\n\nSáng 15/3, tại TP Vinh, lãnh đạo tỉnh Nghệ An đã hội đàm với lãnh đạo tỉnh Hủa Phăn. Hai bên thống nhất tăng cường hợp tác thương mại.\n\nChiều cùng ngày, lãnh đạo tỉnh Nghệ An đã dự lễ ký kết biên bản ghi nhớ hợp tác với đoàn đại biểu tỉnh Xiêng Khoảng (Lào) giai đoạn 2024-2028. Tại buổi lễ, hai bên trao đổi về hợp tác giáo dục.'),
('e_visit_words', E'Đoàn Nghệ An chúc Tết tỉnh Hủa Phăn\n\nThứ hai, 15/04/2024 | 09:12\n\nSáng 12/4, đoàn đại biểu tỉnh Nghệ An đã đến thăm, chúc Tết Bunpimay tỉnh Hủa Phăn. Tiếp đoàn tại trụ sở Tỉnh ủy ở thủ phủ Sầm Nưa có Bí thư Tỉnh ủy tỉnh bạn.'),
('f_documents', E'Hội nghị thường niên lần thứ ba\n\nThứ Ba, 28/03/2023 08:37\n\nNgày 27/3, tỉnh Hà Giang chủ trì tổ chức Hội nghị thường niên lần thứ ba giữa Bí thư Tỉnh ủy các tỉnh biên giới. Đây là lần đầu tiên hội nghị thường niên được tổ chức bằng hình thức trực tiếp sau hai lần tổ chức theo hình thức trực tuyến.\n\nCác văn bản thỏa thuận, kế hoạch hợp tác có thời điểm bị gián đoạn.\n\nCác bên đã ký biên bản hội nghị thường niên lần thứ ba; ký kết kế hoạch hành động hợp tác thí điểm về giảm nghèo bền vững giữa các tỉnh, giai đoạn 2023-2025.'),
('g_future_only', E'Hai tỉnh chuẩn bị hội nghị\n\nThứ hai, 15/04/2024 | 09:12\n\nHai bên sẽ tổ chức hội nghị lần thứ 13 vào năm tới và duy trì cơ chế hội nghị thường niên.'),
('h_month_counts', E'Hợp tác giữa Sơn La và Luông Pha Băng\n\nThứ hai, 15/04/2024 | 08:00\n\nNăm 2023, tỉnh Sơn La đã tổ chức 5 hội nghị, 12 cuộc gặp gỡ với các tỉnh bạn Lào.\n\nTháng 3/2024, tỉnh Sơn La và tỉnh Luông Pha Băng (Lào) đã tổ chức hội nghị tổng kết hợp tác giai đoạn 2021-2023 tại thành phố Sơn La.'),
('i_phone_talks', E'Lào Cai điện đàm với Vân Nam\n\nThứ sáu, 04/02/2022 | 08:00\n\nChiều 3/2, Bí thư Tỉnh ủy Lào Cai đã có cuộc điện đàm với Bí thư Tỉnh ủy Vân Nam (Trung Quốc) về phòng, chống dịch COVID-19.'),
('j_reception', E'An Giang tiếp đoàn Takeo\n\nThứ tư, 06/09/2023 | 10:00\n\nChiều 5/9, Chủ tịch UBND tỉnh An Giang đã tiếp xã giao Tỉnh trưởng tỉnh Takeo (Campuchia) cùng đoàn công tác đang có chuyến thăm, làm việc tại tỉnh.'),
('k_dated_follow_up', E'Tây Ninh và Svay Rieng giao ban\n\nThứ ba, 26/03/2024 | 08:00\n\nTrong hai ngày 19 và 20-3, tại tỉnh Svay Rieng (Campuchia), đoàn công tác tỉnh Tây Ninh đã có buổi làm việc với lãnh đạo tỉnh Svay Rieng. Sáng 25-3, hai bên tiếp tục tổ chức hội nghị giao ban trực tuyến.');

-- current meetings
SELECT a.name, m.no, m.kind, m.mode, m.ordinal, m.occurred_on, m.occurred_precision,
	   m.location, m.series, m.cameo
FROM art AS a,
	 LATERAL jsonb_to_recordset(bordercoop.parse(a.body)->'meetings')
		AS m(no integer, kind text, mode text, ordinal integer, occurred_on date,
			 occurred_precision text, location text, series text, cameo text)
ORDER BY a.name, m.no;

-- background references
SELECT a.name, m.no, m.kind, m.ordinal, m.occurred_on, m.occurred_precision, m.reference
FROM art AS a,
	 LATERAL jsonb_to_recordset(bordercoop.parse(a.body)->'referenced_meetings')
		AS m(no integer, kind text, ordinal integer, occurred_on date,
			 occurred_precision text, reference boolean)
ORDER BY a.name, m.no;

-- agreements and the meeting they were signed at
SELECT a.name, g.meeting, g.kind, g.as_written, g.period, g.period_from, g.period_to
FROM art AS a,
	 LATERAL jsonb_to_recordset(bordercoop.parse(a.body)->'agreements')
		AS g(meeting integer, kind text, as_written text, period text,
			 period_from integer, period_to integer)
ORDER BY a.name, g.meeting, g.as_written;

-- cooperation fields of the two meetings of one article
SELECT m.no, m.kind, m.fields
FROM jsonb_to_recordset(bordercoop.parse((SELECT body FROM art WHERE name = 'd_two_meetings'))->'meetings')
	 AS m(no integer, kind text, fields jsonb)
ORDER BY m.no;
