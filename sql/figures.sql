-- Figures: what bordercoop.parse() reports as quantitative facts, on short
-- Vietnamese texts written for the test.
SET client_min_messages = warning;
SET datestyle = ISO;

-- the figures of a body, one row each (subject is left to the parties tests)
CREATE FUNCTION pg_temp.figures(body text)
RETURNS TABLE (text text, value numeric, unit text, currency text, metric text,
			   "of" numeric, qualifier text, period text, period_from date,
			   period_to date, compared_with text, uncertain boolean)
LANGUAGE sql
AS $$
	SELECT f.text, f.value, f.unit, f.currency, f.metric, f."of", f.qualifier,
		   f.period, f.period_from, f.period_to, f.compared_with, f.uncertain
	FROM jsonb_to_recordset(bordercoop.parse(body)->'figures')
		 AS f(text text, value numeric, unit text, currency text, metric text,
			  "of" numeric, qualifier text, period text, period_from date,
			  period_to date, compared_with text, uncertain boolean)
$$;

-- trade: total, growth against the same period, export, import; the year of
-- "7 tháng đầu năm" comes from the date line
SELECT * FROM pg_temp.figures(E'Giao thương qua cửa khẩu tăng mạnh\n\nThứ sáu - 27/08/2021 05:03\nTổng kim ngạch xuất nhập khẩu 7 tháng đầu năm qua các cửa khẩu trên địa bàn tỉnh đạt 436,23 triệu USD, tăng 39,52% so với cùng kỳ năm 2020, trong đó xuất khẩu 54,98 triệu USD, nhập khẩu 381,25 triệu USD.\nHai bên thống nhất tăng cường hợp tác.');

-- the same text without a date line: the period stays, its dates are unknown
SELECT text, value, period, period_from, period_to
FROM pg_temp.figures(E'Giao thương qua cửa khẩu tăng mạnh\n\nTổng kim ngạch xuất nhập khẩu 7 tháng đầu năm qua các cửa khẩu đạt 436,23 triệu USD.\nHai bên thống nhất tăng cường hợp tác.');

-- mixed scale words, investment, counts
SELECT * FROM pg_temp.figures(E'Hội nghị gặp gỡ đầu xuân giữa các địa phương biên giới\n\n25/02/2022 6:30 PM (GMT+7)\nHoạt động xuất nhập khẩu hàng hóa giữa các bên, trong năm 2021 tổng kim ngạch đạt 9 tỷ 140 triệu USD.\nCác bên cũng tích cực thu hút đầu tư. Thí dụ, một tỉnh đã thu hút được 76 dự án có vốn đầu tư từ nước bạn, tổng vốn đầu tư 3,38 tỷ USD.');

-- ratios, a classifier that takes its noun from the first mention, a fact
-- stated twice, decimals kept as written, growth against a period
SELECT * FROM pg_temp.figures(E'Hai tỉnh hợp tác trong 6 lĩnh vực\n\nCông tác tìm kiếm, hồi hương hài cốt liệt sĩ đạt kết quả (đến nay hai tỉnh đã hồi hương được 1667 bộ hài cốt liệt sĩ, riêng trong 3 năm qua đã hồi hương được 41 bộ).\nTrên tuyến biên giới đã xây dựng được 23/28 cột mốc chính, 80/80 mốc phụ.\nTrong giai đoạn 2019 - 2021, tổng kim ngạch xuất khẩu chính ngạch hai bên vẫn đạt 253.494.860,10 USD (tăng 32,32% so với cùng kỳ 2016 - 2018).\nHai bên thống nhất với 6 lĩnh vực hợp tác. Hai tỉnh hợp tác trong 6 lĩnh vực.');

-- other currencies, spelled numbers, qualifiers, a range, people and goods
SELECT text, value, unit, currency, metric, qualifier, uncertain
FROM pg_temp.figures(E'Nhiều kết quả hợp tác\n\nThứ hai - 06/11/2023 16:20\nTỉnh bạn hỗ trợ khoảng 500 triệu kíp và hơn 2 tỷ đồng cho các hộ dân.\nNăm nay đã đón 53.000 lượt du khách, xuất khẩu 7 triệu tấn hàng nông sản.\nĐoàn đã tìm thấy 7-10 bộ hài cốt và trao hai mươi lăm suất học bổng.\nKim ngạch thương mại hai chiều đạt 1,2 tỷ nhân dân tệ, chiếm 30% tổng kim ngạch của tỉnh.\nTrong tháng qua, lượng hàng hóa qua cửa khẩu quốc tế của tỉnh đạt 1,239 tấn hàng nông sản các loại.');

-- not figures: dates, years, times, ordinals, durations, counts of the
-- parties, document and photo numbers, the length of the border
CREATE TEMP TABLE nonfig (body text);
INSERT INTO nonfig VALUES (E'Hội nghị lần thứ 11 về hợp tác biên giới\n\nThứ năm - 28/10/2021 14:53\nSáng nay (28/10), lãnh đạo 3 tỉnh giáp biên và 2 nước đã dự hội nghị lần thứ 11; hội nghị lần thứ 10 diễn ra vào năm 2019.\nNgày 25/2, sáng 25-3, ngày 19 và 20-12, 19-20/12 và tháng 3/2023 các bên đã gặp nhau sau hơn ba năm gián đoạn, 2 hai bên cùng 02 tỉnh và 04 tỉnh.\nHai bên thực hiện Thông tư 02 và Nghị quyết 202/2025/QH15, ký kế hoạch giai đoạn 2023-2025 lúc 14:30.\nĐường biên giới giữa hai tỉnh dài 369 km. Lãnh đạo hai Đảng, hai Nhà nước.\nHội nghị gặp gỡ đầu xuân - Ảnh 1.');
SELECT (SELECT count(*) FROM pg_temp.figures(body)) AS figures,
	   bordercoop.parse(body)->>'main_text' LIKE '%02 tỉnh và 04 tỉnh%' AS party_counts_read,
	   bordercoop.parse(body)->>'main_text' LIKE '%dài 369 km%' AS border_length_read
FROM nonfig;

-- page chrome after the article is not read
SELECT count(*) AS figures FROM pg_temp.figures(E'Hội nghị biên giới\n\nThứ năm - 28/10/2021 14:53\nHai bên thống nhất tăng cường hợp tác trên các lĩnh vực.\n\nTổng số điểm của bài viết là: 0 trong 0 đánh giá\nThống kê truy cập\nĐang truy cập1,239\nHôm nay179,981\nTổng lượt truy cập456,041,694\nThời gian chờ: 60 giây');

-- offsets are characters into the main text, and the sentence is given
SELECT f->>'text' AS text, (f->>'start')::int AS start, (f->>'end')::int AS "end",
	   substr(j->>'main_text', (f->>'start')::int + 1,
			  (f->>'end')::int - (f->>'start')::int) = f->>'text' AS offsets_match,
	   f->>'sentence' AS sentence
FROM bordercoop.parse(E'Tiêu đề bài báo về hợp tác biên giới\n\nThứ năm - 28/10/2021 14:53\nHai bên đánh giá cao kết quả hợp tác trong thời gian qua. Tổng kim ngạch xuất nhập khẩu qua các cửa khẩu đạt 436,23 triệu USD.\nHai bên thống nhất tiếp tục tăng cường hợp tác trên các lĩnh vực.') AS j,
	 jsonb_array_elements(j->'figures') AS f;
