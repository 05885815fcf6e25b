#!/usr/bin/env python3
"""test/data/ugly/make_ugly.py
	Regenerate the small robustness inputs in this folder (see README.md).

Run from the repository root: python3 test/data/ugly/make_ugly.py
Every output is deterministic and under 50 KB.
"""
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))


def put(name, data):
	"""Write bytes or text (UTF-8) to HERE/name."""
	path = os.path.join(HERE, name)
	if isinstance(data, str):
		data = data.encode("utf-8")
	assert len(data) < 50 * 1024, name
	with open(path, "wb") as f:
		f.write(data)


def main():
	sample = open(os.path.join(ROOT, "data", "samples", "001_tayninh_svayrieng_hoidam.txt"),
				  encoding="utf-8").read()

	# 1. the whole of sample 001 in NFD (decomposed): must extract as the NFC original
	put("nfd_001_tayninh_svayrieng.txt", unicodedata.normalize("NFD", sample))

	# 2. a mix of NFC and NFD inside one line, plus old/new tone placement
	put("mixed_normalization.txt",
		"Hội đàm giữa tỉnh " + unicodedata.normalize("NFD", "Quảng Trị") +
		" và tỉnh Xa-vẳn-na-khệt; hoà bình / hòa bình; thuỷ sản / thủy sản; "
		+ unicodedata.normalize("NFD", "Thanh Hoá") + " / Thanh Hóa.\n")

	# 3. mixed scripts: Vietnamese with Khmer, Lao, Chinese, Thai, Latin and emoji
	put("mixed_scripts.txt",
		"Hội nghị hợp tác Việt Nam - Campuchia - Lào - Trung Quốc\n\n"
		"Ngày 12/3/2024, tỉnh Svay Rieng (ខេត្តស្វាយរៀង) và tỉnh Tây Ninh hội đàm.\n"
		"Ngài Chea Sokhom (ជា សុខុម), Tỉnh trưởng, phát biểu: «សូមស្វាគមន៍».\n"
		"Đoàn tỉnh Savannakhet (ແຂວງສະຫວັນນະເຂດ) do đồng chí ສອນໄຊ ສີພັນດອນ dẫn đầu.\n"
		"Bí thư Tỉnh ủy Vân Nam (云南省委书记) Vương Ninh (王宁) chủ trì; tỉnh Quảng Tây (广西壮族自治区).\n"
		"Nakhon Phanom (จังหวัดนครพนม) cử 12 đại biểu. 🇻🇳🇰🇭🇱🇦🇨🇳 👁 2.104\n"
		"Kim ngạch đạt 1.234,5 tỷ đồng (约 ５０ 百万美元, ១២៣ លានដុល្លារ, ໑໒໓ ລ້ານ).\n"
		"Zero-width:\u200bbiên\u200dgiới, NBSP:\u00a0Lào\u00a0Cai, soft\u00adhyphen, RTL \u202eĐiện Biên\u202c.\n")

	# 4. malformed and tricky numbers
	put("numbers_weird.txt",
		"Số liệu khó đọc\n\n"
		"Kim ngạch đạt 1.234,5,6 tỷ đồng; 1..234 triệu USD; 1,,5%; 12,5%%; ,5 tỷ; 5, tỷ;\n"
		"9 tỷ tỷ USD; tỷ triệu nghìn; 9 tỷ 140 triệu 5 nghìn 7 USD; 0 tỷ; -3 tỷ đồng; +7%;\n"
		"23/0 cột mốc; 0/0 mốc phụ; 28/23 cột mốc; 7-10-12 bộ hài cốt; 7- bộ; -10 bộ;\n"
		"99999999999999999999999999999999999999 USD; 1e9 USD; 0x1F tấn; ١٢٣ tấn; １２３ tấn;\n"
		"253.494.860,10,20 USD; 1.2.3.4.5.6.7.8.9 tỷ; 12.5% (dấu chấm thập phân kiểu Anh);\n"
		"hai mươi mươi dự án; một trăm linh năm lượt; mười lăm phẩy năm phần trăm;\n"
		"Ngày 32/13/2024, ngày 29/02/2023, ngày 0/0/0000, 31-04, 3.11.2023.11, Thứ tám - 99/99/9999.\n")

	# 5. unbalanced quotes and parentheses
	put("unbalanced.txt",
		"Hội đàm (Tây Ninh - Svay Rieng ((Campuchia)\n\n"
		"Chủ tịch UBND tỉnh Trần Văn Khải (Việt Nam nói: \"Hai bên cần “sớm nâng cấp cặp chợ biên giới.\n"
		"Ngài Chea Sokhom, Tỉnh trưởng tỉnh Svay Rieng)) đáp: «hợp tác ‘toàn diện.\n"
		"Kim ngạch đạt 436,23 triệu USD (tăng 39,52% so với cùng kỳ [năm 2020 {trong đó xuất khẩu 54,98 triệu USD.\n"
		"))))]]]]}}}}»»»”””’’’\"\"\" ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((\n"
		"Kết thúc hội đàm, hai bên ký biên bản hội đàm (\n")

	# 6. only punctuation, symbols and whitespace
	put("punct_only.txt",
		".,;:!?…–—-()[]{}«»“”‘’\"'/\\|@#$%^&*_+=~`<>\n"
		"\t\t   \n\n...............\n———\n•••\n|||||\n; ; ; ; ;\n"
		+ "-" * 2000 + "\n" + "., " * 1000 + "\n")

	# 7. only page chrome: menus, counters, share buttons, related-news, footer
	put("chrome_only.txt",
		"Thứ Bảy, 18/05/2024\n"
		"Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Đối ngoại | Video\n"
		"Trang chủ > Thời sự > Đối ngoại\n"
		"zalo-icon\nviber-icon\n"
		"Lượt xem: 1.532\n👁 2.104\nĐang truy cập1,239\nHôm nay179,981\n"
		"Tổng lượt truy cập456,041,694\n"
		"Chia sẻ: Facebook | Zalo | Twitter | In bài\n"
		"Tổng số điểm của bài viết là: 0 trong 0 đánh giá\n"
		"Click để đánh giá bài viết\n"
		"Từ khóa: Tây Ninh, Svay Rieng, hội đàm\n"
		"TIN LIÊN QUAN\n"
		"Tây Ninh tiếp đoàn công tác tỉnh Tbong Khmum |\n"
		"Khai mạc Hội chợ thương mại biên giới Mộc Bài 2024 |\n"
		"Bình luận của bạn\n(*) Nội dung bắt buộc cần có\nHọ và tên (*)\nEmail (*)\nGửi\n"
		"Ý KIẾN BÌNH LUẬN\ncó thể bạn quan tâm\n"
		"Cơ quan chủ quản: UBND tỉnh\nĐịa chỉ: 06 Nguyễn Chí Thanh, Phường 3. Điện thoại: 0276.3822.xxx\n"
		"Bản quyền thuộc về Báo Tây Ninh\n"
		"Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập. Thời gian chờ: 60 giây\n")

	# 8. byte-level oddities: BOM, CRLF and lone CR line ends, tabs, NUL-free
	put("bom_crlf.txt",
		"\ufeffHội đàm giữa Tây Ninh và Svay Rieng\r\n\r\n20/03/2024 07:30 GMT+7\r\n"
		"Chiều 19/3, tại thành phố Svây Riêng, hai tỉnh hội đàm.\rKim ngạch đạt 1.234,5 tỷ đồng.\r\n"
		"\tTăng 12,5% so với cùng kỳ.\r\n")

	# 9. one 40 KB line without spaces or newlines (long token, no sentence end)
	put("long_token.txt", "Xa-vẳn-na-khệt" * 2400)

	# 10. invalid UTF-8 (for the C core only; PostgreSQL rejects it before the core sees it)
	put("invalid_utf8.bin",
		"Hội đàm ".encode("utf-8") + b"\xff\xfe\xc3\x28 \xe1\xba \xf0\x28\x8c\x28 \xed\xa0\x80 "
		+ b"\xc0\xaf " + "Svay Rieng 1.234,5 tỷ đồng".encode("utf-8") + b"\xe1")

	# 11. empty file and whitespace-only file
	put("empty.txt", b"")
	put("whitespace_only.txt", " \n\t\n\u00a0\u3000\n\n   \r\n")


if __name__ == "__main__":
	main()
