-- Parties and people from bordercoop.parse() on short articles.
SET client_min_messages = warning;
SET datestyle = ISO;

CREATE TEMP TABLE art (id int, body text);
INSERT INTO art VALUES
(1, E'Lãnh đạo Bình Phước gặp gỡ lãnh đạo 3 tỉnh giáp biên Campuchia\n\nThứ sáu - 27/08/2021 05:03\nSáng nay (27/8), tại khu vực cửa khẩu quốc tế Hoa Lư, huyện Lộc Ninh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Nguyễn Mạnh Cường và Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Trần Tuệ Hiền đã gặp gỡ lãnh đạo 3 tỉnh giáp biên Campuchia là Karatie, Mondulkiri và Tabong Khmum để trao đổi về tình hình hợp tác với tỉnh Bình Phước.\nTỉnh trưởng tỉnh Karatie Val Thal thay mặt lãnh đạo 3 tỉnh nước bạn Campuchia đã bày tỏ mong muốn sự hợp tác hai bên tiếp tục được củng cố, góp phần xây dựng biên giới hòa bình.\n'),
(2, E'Đẩy mạnh hợp tác giữa 4 tỉnh biên giới Việt Nam với tỉnh Vân Nam, Trung Quốc\n\nThứ Ba, 28/03/2023 08:37\nNgày 27/3, tỉnh Hà Giang chủ trì tổ chức Hội nghị thường niên lần thứ ba, giữa Bí thư Tỉnh ủy các tỉnh: Hà Giang, Lào Cai, Lai Châu, Điện Biên (Việt Nam) và Bí thư Tỉnh ủy Vân Nam (Trung Quốc).\n\nChủ trì đoàn đại biểu các tỉnh Việt Nam có các đồng chí Ủy viên Trung ương Đảng: Đặng Quốc Khánh - Bí thư Tỉnh ủy Hà Giang; Giàng Páo Mỷ - Bí thư Tỉnh ủy Lai Châu. Phía tỉnh Vân Nam có đồng chí Vương Ninh - Ủy viên Trung ương Đảng Cộng sản Trung Quốc, Bí thư Tỉnh ủy Vân Nam.\n\nCác bên đã thống nhất sẽ tiếp tục tăng cường hợp tác trên các lĩnh vực kinh tế, thương mại và du lịch trong thời gian tới.\n'),
(3, E'Phường Long An đón đoàn khách\n\n05/08/2025\nSáng 4/8, tại phường Long An và cửa khẩu Lào Cai, đoàn công tác của tỉnh Tây Ninh cùng Phó thủ tướng Phạm Bình Minh đã thăm hỏi bà con xã Hòa Bình, hướng tới mục tiêu hòa bình và phát triển của khu vực châu Á - Thái Bình Dương.\n'),
(4, E'Hợp tác với Lào\n\n01/02/2024\nSáng 1/2, Ngài Bá tước Rat Sokhorn, Phó Tỉnh trưởng tỉnh Xa-vẳn-na-khệt (Lào) và ông Nguyễn Văn Phước, Chủ tịch HĐND tỉnh Quảng Trị đã ký biên bản hợp tác tại TP.HCM. Tham dự có Samdech Krolahom Sar Kheng, đại diện Chính phủ Campuchia và nhiều khách mời quốc tế khác.\n');

-- parties: code, as written, mentions, side
SELECT a.id, p->>'iso' AS iso, p->>'kind' AS kind, p->>'as_written' AS as_written,
	   p->>'mentions' AS mentions, p->>'side' AS side
FROM art AS a, LATERAL jsonb_array_elements(bordercoop.parse(a.body)->'parties') AS p
ORDER BY a.id, (p->>'start')::int;

-- people: name, honorific, title, party
SELECT a.id, p->>'name' AS name, p->>'honorific' AS honorific, p->>'title' AS title,
	   p->>'party' AS party
FROM art AS a, LATERAL jsonb_array_elements(bordercoop.parse(a.body)->'people') AS p
ORDER BY a.id, (p->>'start')::int;

-- the contract views: the current province of Bình Phước is Đồng Nai
-- (in a transaction rolled back, so that later tests see none of these rows)
BEGIN;
INSERT INTO bordercoop.inbox (source, body) SELECT 'art' || id, body FROM art;
SELECT DISTINCT source, iso_code, party, party_vi, party_kind, country_code, side, current_province
FROM bordercoop.v_meeting_parties ORDER BY source, iso_code;
SELECT DISTINCT current_province FROM bordercoop.v_meeting_parties WHERE iso_code = 'VN-58';
SELECT source, person, title, party, iso_code FROM bordercoop.v_people ORDER BY source, person;
ROLLBACK;
