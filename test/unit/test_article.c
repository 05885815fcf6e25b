/*
 * test/unit/test_article.c
 *		Article stage: junk checks, title, date line, outlet, author, chrome
 *		removal and sentence splitting.
 */
#include "bc_core.h"
#include "bc_test.h"

/* Parse s and return the doc (status in *st). */
static bc_doc *
parse(bc_arena *a, const char *s, bc_status *st)
{
	bc_doc	   *d = bc_alloc(a, sizeof(bc_doc));
	char	   *msg = NULL;

	*st = bc_article_parse(a, s, strlen(s), NULL, d, &msg);
	return d;
}

/* The n-th sentence as a string. */
static const char *
sentence(bc_arena *a, bc_doc *d, int n)
{
	if (n >= d->sents.n)
		return NULL;
	return bc_strndup(a, d->main + d->sents.items[n].start,
					  (size_t) (d->sents.items[n].end - d->sents.items[n].start));
}

BC_TEST(article_junk)
{
	bc_arena   *a = bc_arena_new();
	bc_status	st;
	bc_options	opt = {0};
	bc_doc		d;
	char	   *msg;

	parse(a, "", &st);
	BC_CHECK_INT(st, BC_ERR_EMPTY);
	parse(a, " \n\t \n", &st);
	BC_CHECK_INT(st, BC_ERR_EMPTY);
	parse(a, "\x01\x02\x03\x04\x05", &st);
	BC_CHECK_INT(st, BC_ERR_NOT_TEXT);
	parse(a, "12345 67890 !!! ??? ###", &st);
	BC_CHECK_INT(st, BC_ERR_NOT_TEXT);
	parse(a, "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", &st);
	BC_CHECK_INT(st, BC_ERR_NO_CONTENT);
	parse(a, "Chỉ một dòng ngắn", &st);
	BC_CHECK_INT(st, BC_ERR_NO_CONTENT);
	opt.max_bytes = 10;
	st = bc_article_parse(a, "Một văn bản dài hơn mười byte", 33, &opt, &d, &msg);
	BC_CHECK_INT(st, BC_ERR_TOO_LARGE);
	BC_CHECK_STR(msg, "article too large: 33 bytes, the limit is 10 bytes");
	bc_arena_free(a);
}

BC_TEST(article_title_date_outlet)
{
	bc_arena   *a = bc_arena_new();
	bc_status	st;
	bc_doc	   *d = parse(a,
						  "Thứ bảy, 18/05/2024\n\n"
						  "Hội nghị gặp gỡ đầu xuân giữa các địa phương biên giới\n\n"
						  "25/02/2022 6:30 PM (GMT+7)\n\n"
						  "(TTXVN) - Ngày 25/2, đã diễn ra hội nghị trực tuyến gặp gỡ đầu xuân giữa các tỉnh và các bên đã thống nhất nhiều nội dung.\n"
						  "Tác giả: Theo Báo Lạng Sơn\n"
						  "Bình luận của bạn\n",
						  &st);

	BC_CHECK_INT(st, BC_OK);
	BC_CHECK_STR(d->title, "Hội nghị gặp gỡ đầu xuân giữa các địa phương biên giới");
	BC_CHECK_INT(d->published.year, 2022);
	BC_CHECK_INT(d->published.month, 2);
	BC_CHECK_INT(d->published.day, 25);
	BC_CHECK_INT(d->pub_hour, 18);
	BC_CHECK_INT(d->pub_min, 30);
	BC_CHECK_INT(d->pub_utc_offset_min, 420);
	BC_CHECK_STR(d->outlet, "TTXVN");
	BC_CHECK_STR(d->author, "Theo Báo Lạng Sơn");
	BC_CHECK_STR(d->main, "Ngày 25/2, đã diễn ra hội nghị trực tuyến gặp gỡ đầu xuân giữa các tỉnh và các bên đã thống nhất nhiều nội dung.");
	bc_arena_free(a);
}

BC_TEST(article_date_line_forms)
{
	bc_arena   *a = bc_arena_new();
	bc_status	st;
	const char *body = "\nHai bên đã trao đổi về tình hình hợp tác trong thời gian qua và thống nhất các nội dung hợp tác trong thời gian tới.\n";
	bc_doc	   *d;

	d = parse(a, bc_sprintf(a, "Tiêu đề của bài báo về hợp tác\nThời gian đăng: 27/03/2023 12:47:05 PM%s", body), &st);
	BC_CHECK_INT(d->published.day, 27);
	BC_CHECK_INT(d->pub_hour, 12);
	BC_CHECK_INT(d->pub_sec, 5);
	d = parse(a, bc_sprintf(a, "Tiêu đề của bài báo về hợp tác\nThứ sáu - 27/08/2021 05:03 399 0%s", body), &st);
	BC_CHECK_INT(d->published.month, 8);
	BC_CHECK_INT(d->pub_hour, 5);
	d = parse(a, bc_sprintf(a, "Tiêu đề của bài báo về hợp tác\nThứ Ba, 28/03/2023 08:37 (GMT+0)%s", body), &st);
	BC_CHECK_INT(d->published.year, 2023);
	BC_CHECK_INT(d->pub_utc_offset_min, 0);
	/* no date line at all */
	d = parse(a, bc_sprintf(a, "Tiêu đề của bài báo về hợp tác%s", body), &st);
	BC_CHECK_INT(d->published.precision, BC_PREC_NONE);
	BC_CHECK_STR(d->title, "Tiêu đề của bài báo về hợp tác");
	/* an impossible date is no date */
	d = parse(a, bc_sprintf(a, "Tiêu đề của bài báo về hợp tác\n31/02/2023 10:00%s", body), &st);
	BC_CHECK_INT(d->published.precision, BC_PREC_NONE);
	bc_arena_free(a);
}

BC_TEST(article_chrome)
{
	bc_arena   *a = bc_arena_new();
	bc_status	st;
	bc_doc	   *d = parse(a,
						  "Tiêu đề bài viết về hợp tác biên giới\n"
						  "Lãnh đạo hai tỉnh đã hội đàm về hợp tác kinh tế và thống nhất các nội dung trong thời gian tới.\n"
						  "Ba tỉnh Bắc Lào mong muốn hợp tác với Quảng Ninh trong lĩnh vực khoa học công nghệ để thúc đẩy chuyển đổi số. |\n"
						  "Quang cảnh hội nghị - Ảnh 1.\n"
						  "Hai bên cũng đã thống nhất tăng cường phối hợp quản lý biên giới và phòng chống tội phạm.\n"
						  "Đang truy cập1,239\n"
						  "399 0\n"
						  "zalo-icon\n",
						  &st);

	BC_CHECK_INT(st, BC_OK);
	BC_CHECK_STR(d->main,
				 "Lãnh đạo hai tỉnh đã hội đàm về hợp tác kinh tế và thống nhất các nội dung trong thời gian tới.\n"
				 "Hai bên cũng đã thống nhất tăng cường phối hợp quản lý biên giới và phòng chống tội phạm.");
	BC_CHECK_INT(d->lines.items[2].cls, BC_LINE_RELATED);
	BC_CHECK_INT(d->lines.items[3].cls, BC_LINE_CHROME);
	bc_arena_free(a);
}

BC_TEST(article_related_after_comments)
{
	bc_arena   *a = bc_arena_new();
	bc_status	st;
	bc_doc	   *d = parse(a,
						  "Tiêu đề bài viết về hợp tác biên giới\n"
						  "Lãnh đạo hai tỉnh đã hội đàm về hợp tác kinh tế và thống nhất các nội dung trong thời gian tới.\n"
						  "Bình luận của bạn\n"
						  "Dự án năng lượng mới\n"
						  "Dự án năng lượng mới\n"
						  "Ngân hàng vừa ký thỏa thuận với công ty để cung cấp dịch vụ tư vấn tài chính cho dự án năng lượng đầu tiên tại Việt Nam.\n",
						  &st);

	BC_CHECK_STR(d->main, "Lãnh đạo hai tỉnh đã hội đàm về hợp tác kinh tế và thống nhất các nội dung trong thời gian tới.");
	BC_CHECK_INT(d->lines.items[3].cls, BC_LINE_RELATED);
	BC_CHECK_INT(d->lines.items[5].cls, BC_LINE_RELATED);
	bc_arena_free(a);
}

BC_TEST(article_sentences)
{
	bc_arena   *a = bc_arena_new();
	bc_status	st;
	bc_doc	   *d = parse(a,
						  "Tiêu đề bài viết về hợp tác biên giới\n"
						  "Ngày 19.2, đoàn đã thăm TP. Hồ Chí Minh và P. Long An. Kim ngạch đạt 436,23 triệu USD, tăng 1.667 lần so với năm trước! Hai bên nhất trí... Cùng nhau xây dựng đường biên giới hòa bình./.\n"
						  "UBND tỉnh cho biết “Hợp tác là cần thiết.” Sau đó hai bên ký kết biên bản ghi nhớ về hợp tác.\n",
						  &st);

	BC_CHECK_INT(st, BC_OK);
	BC_CHECK_INT(d->sents.n, 6);
	BC_CHECK_STR(sentence(a, d, 0), "Ngày 19.2, đoàn đã thăm TP. Hồ Chí Minh và P. Long An.");
	BC_CHECK_STR(sentence(a, d, 1), "Kim ngạch đạt 436,23 triệu USD, tăng 1.667 lần so với năm trước!");
	BC_CHECK_STR(sentence(a, d, 2), "Hai bên nhất trí...");
	BC_CHECK_STR(sentence(a, d, 3), "Cùng nhau xây dựng đường biên giới hòa bình./.");
	BC_CHECK_STR(sentence(a, d, 4), "UBND tỉnh cho biết “Hợp tác là cần thiết.”");
	BC_CHECK_INT(d->sents.items[5].para, 1);
	bc_arena_free(a);
}

BC_TEST(article_nfd_same_as_nfc)
{
	bc_arena   *a = bc_arena_new();
	bc_status	st1,
				st2;
	const char *nfc = "Tiêu đề bài viết về hợp tác\nHai bên đã trao đổi về tình hình hợp tác trong thời gian qua và thống nhất các nội dung.\n";
	const char *nfd = "Tie\xcc\x82u \xc4\x91" "e\xcc\x82\xcc\x80 ba\xcc\x80i vie\xcc\x82\xcc\x81t ve\xcc\x82\xcc\x80 ho\xcc\x9b\xcc\xa3p ta\xcc\x81" "c\nHai be\xcc\x82n \xc4\x91" "a\xcc\x83 trao \xc4\x91o\xcc\x82\xcc\x89i ve\xcc\x82\xcc\x80 ti\xcc\x80nh hi\xcc\x80nh ho\xcc\x9b\xcc\xa3p ta\xcc\x81" "c trong tho\xcc\x9b\xcc\x80i gian qua va\xcc\x80 tho\xcc\x82\xcc\x81ng nha\xcc\x82\xcc\x81t ca\xcc\x81" "c no\xcc\x82\xcc\xa3i dung.\n";
	bc_doc	   *d1 = parse(a, nfc, &st1);
	bc_doc	   *d2 = parse(a, nfd, &st2);

	BC_CHECK_INT(st1, BC_OK);
	BC_CHECK_INT(st2, BC_OK);
	BC_CHECK_STR(d2->title, d1->title);
	BC_CHECK_STR(d2->main, d1->main);
	bc_arena_free(a);
}

BC_TEST(article_outlet_tags_and_name_heavy_lead)
{
	bc_arena   *a = bc_arena_new();
	bc_status	st;
	bc_doc	   *d;

	d = parse(a, "Tiêu đề của bài báo về hợp tác\n(Báo Tây Ninh) - Chiều 19/3, tại thành phố Svây Riêng, đoàn đã hội đàm với lãnh đạo tỉnh và thống nhất nhiều nội dung.\n", &st);
	BC_CHECK_STR(d->outlet, "Báo Tây Ninh");
	BC_CHECK(strncmp(d->main, "Chiều 19/3", 11) == 0);
	d = parse(a, "Tiêu đề của bài báo về hợp tác\nGIA LAI - Ngày 2-11, tại TP. Pleiku, UBND tỉnh đã chủ trì hội nghị và các bên thống nhất nhiều nội dung.\n", &st);
	BC_CHECK_STR(d->outlet, "GIA LAI");
	d = parse(a, "Tiêu đề của bài báo về hợp tác\nGLO- Sáng 22-10, tại phường Pleiku, UBND tỉnh đã có buổi làm việc với đoàn đại biểu tỉnh bạn.\n", &st);
	BC_CHECK_STR(d->outlet, "GLO");
	BC_CHECK(strncmp(d->main, "Sáng 22-10", 11) == 0);
	d = parse(a, "Tiêu đề của bài báo về hợp tác\nCOVID-19 đã làm gián đoạn các hoạt động giao lưu giữa hai tỉnh trong ba năm liền.\n", &st);
	BC_CHECK_STR(d->outlet, NULL);
	d = parse(a, "Tiêu đề của bài báo về hợp tác\nHà Nội - Ngày 2-11, tại TP. Pleiku, UBND tỉnh đã chủ trì hội nghị và các bên thống nhất nhiều nội dung.\n", &st);
	BC_CHECK_STR(d->outlet, NULL);
	/* a portal name in capitals is not the title; a lead of names is text */
	d = parse(a, "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KON TUM\n"
			  "Giới thiệu | Tin tức | Hỏi đáp\n"
			  "Hội nghị hợp tác ba tỉnh Kon Tum - Attapư - Sê Kông lần thứ bảy\n"
			  "Mới đây, UBND tỉnh Kon Tum chủ trì Hội nghị hợp tác ba tỉnh Kon Tum (Việt Nam) - Attapư - Sê Kông (Lào) lần thứ bảy.\n"
			  "Theo báo cáo tại hội nghị, thời gian qua, ba tỉnh đã phối hợp triển khai có hiệu quả các nội dung thống nhất.\n",
			  &st);
	BC_CHECK_STR(d->title, "Hội nghị hợp tác ba tỉnh Kon Tum - Attapư - Sê Kông lần thứ bảy");
	BC_CHECK(strncmp(d->main, "Mới đây", 9) == 0);
	BC_CHECK_INT(d->lines.items[1].cls, BC_LINE_CHROME);
	bc_arena_free(a);
}

BC_TEST(article_codes_are_not_counters)
{
	bc_arena   *a = bc_arena_new();
	bc_status	st;
	bc_doc	   *d = parse(a,
						  "Tiêu đề bài viết về hợp tác biên giới\n"
						  "Lãnh đạo hai tỉnh đã hội đàm về hợp tác kinh tế và thống nhất các nội dung trong thời gian tới.\n"
						  "Từ năm 1991 đến nay, Đội quy tập K52 của tỉnh đã tìm kiếm, quy tập được hơn 1.240 bộ hài cốt liệt sĩ.\n"
						  "Hôm nay179,981\n",
						  &st);

	BC_CHECK_INT(d->lines.items[2].cls, BC_LINE_MAIN);
	BC_CHECK_INT(d->lines.items[3].cls, BC_LINE_CHROME);
	bc_arena_free(a);
}

BC_TEST(article_closing_paragraph_of_names)
{
	bc_arena   *a = bc_arena_new();
	bc_status	st;
	bc_doc	   *d = parse(a,
						  "Tiêu đề bài viết về hợp tác biên giới\n"
						  "Lãnh đạo hai tỉnh đã hội đàm về hợp tác kinh tế và thống nhất các nội dung trong thời gian tới.\n"
						  "Dự hội đàm có ông Lê Văn Phước, Phó Chủ tịch UBND tỉnh An Giang; Ngài Uk Sophal, Tỉnh trưởng tỉnh Ta Keo.\n"
						  "Tác giả: Minh Châu\n",
						  &st);

	BC_CHECK_STR(d->main,
				 "Lãnh đạo hai tỉnh đã hội đàm về hợp tác kinh tế và thống nhất các nội dung trong thời gian tới.\n"
				 "Dự hội đàm có ông Lê Văn Phước, Phó Chủ tịch UBND tỉnh An Giang; Ngài Uk Sophal, Tỉnh trưởng tỉnh Ta Keo.");
	BC_CHECK_STR(d->author, "Minh Châu");
	bc_arena_free(a);
}

/* A date line above the title is the publication date when none follows it. */
BC_TEST(article_date_line_above_title)
{
	bc_arena   *a = bc_arena_new();
	bc_status	st;
	const char *body = "\nHai bên đã trao đổi về tình hình hợp tác trong thời gian qua và thống nhất các nội dung hợp tác trong thời gian tới.\n";
	bc_doc	   *d;

	/* under the site name, with a time */
	d = parse(a, bc_sprintf(a, "BÁO SƠN LA ĐIỆN TỬ\nTrang nhất > Kinh tế > Hợp tác\nThứ Sáu, 6/9/2024 - 16:20\n\nHội thảo xúc tiến thương mại, du lịch ba tỉnh%s", body), &st);
	BC_CHECK_STR(d->title, "Hội thảo xúc tiến thương mại, du lịch ba tỉnh");
	BC_CHECK_INT(d->published.year, 2024);
	BC_CHECK_INT(d->published.month, 9);
	BC_CHECK_INT(d->published.day, 6);
	BC_CHECK_INT(d->pub_hour, 16);
	/* a bare date under the site name */
	d = parse(a, bc_sprintf(a, "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG THÁP\n12/6/2024\n\nChuẩn bị hội nghị hội đàm thường niên giữa hai tỉnh%s", body), &st);
	BC_CHECK_INT(d->published.day, 12);
	BC_CHECK_INT(d->published.month, 6);
	/* a date in words after the title */
	d = parse(a, bc_sprintf(a, "Quảng Ninh hội đàm với tỉnh Quảng Đông\n\nNgày 20 tháng 3 năm 2024\n%s", body), &st);
	BC_CHECK_INT(d->published.day, 20);
	BC_CHECK_INT(d->published.month, 3);
	/* the page's first line without a time is the current-date header */
	d = parse(a, bc_sprintf(a, "Thứ bảy, 18/05/2024\nHội nghị gặp gỡ đầu xuân giữa các địa phương biên giới%s", body), &st);
	BC_CHECK_INT(d->published.precision, BC_PREC_NONE);
	/* a date line after the title still wins over the header */
	d = parse(a, bc_sprintf(a, "BÁO ĐIỆN TỬ\nThứ bảy, 18/05/2024 08:00\nHội nghị gặp gỡ đầu xuân giữa các địa phương biên giới\n25/02/2022 18:30%s", body), &st);
	BC_CHECK_INT(d->published.year, 2022);
	bc_arena_free(a);
}

/* Hard-wrapped text (PDF, e-mail) is re-joined into paragraphs. */
BC_TEST(article_hard_wraps_rejoined)
{
	bc_arena   *a = bc_arena_new();
	bc_status	st;
	bc_doc	   *d;

	/* wrapped at 72, no blank lines between paragraphs */
	d = parse(a,
			  "Cao Bằng hội đàm trực tuyến với Khu tự trị Quảng Tây\n"
			  "Thứ Hai, 22/01/2024 09:30\n"
			  "Chiều 19/1, tại điểm cầu tỉnh Cao Bằng, Chủ tịch UBND tỉnh Hoàng Xuân\n"
			  "Ánh đã hội đàm trực tuyến với Phó Chủ tịch Chính phủ Nhân dân Khu tự trị\n"
			  "dân tộc Choang Quảng Tây (Trung Quốc) về hợp tác kinh tế, thương mại và\n"
			  "phát triển cửa khẩu năm 2024.\n"
			  "Theo báo cáo của Sở Công Thương, năm 2023 kim ngạch xuất nhập khẩu qua\n"
			  "các cửa khẩu trên địa bàn tỉnh Cao Bằng đạt 1,34 tỷ USD, tăng 21,6% so\n"
			  "với năm 2022.\n"
			  "Lượt xem: 842\n",
			  &st);
	BC_CHECK_INT(st, BC_OK);
	BC_CHECK_STR(d->title, "Cao Bằng hội đàm trực tuyến với Khu tự trị Quảng Tây");
	BC_CHECK_INT(d->published.day, 22);
	BC_CHECK_STR(d->main,
				 "Chiều 19/1, tại điểm cầu tỉnh Cao Bằng, Chủ tịch UBND tỉnh Hoàng Xuân "
				 "Ánh đã hội đàm trực tuyến với Phó Chủ tịch Chính phủ Nhân dân Khu tự trị "
				 "dân tộc Choang Quảng Tây (Trung Quốc) về hợp tác kinh tế, thương mại và "
				 "phát triển cửa khẩu năm 2024.\n"
				 "Theo báo cáo của Sở Công Thương, năm 2023 kim ngạch xuất nhập khẩu qua "
				 "các cửa khẩu trên địa bàn tỉnh Cao Bằng đạt 1,34 tỷ USD, tăng 21,6% so "
				 "với năm 2022.");
	/* a wide related-news line after a wrapped article does not hide the wraps */
	d = parse(a,
			  "Cao Bằng hội đàm trực tuyến với Khu tự trị Quảng Tây\n"
			  "Thứ Hai, 22/01/2024 09:30\n"
			  "Chiều 19/1, tại điểm cầu tỉnh Cao Bằng, Chủ tịch UBND tỉnh Hoàng Xuân\n"
			  "Ánh đã hội đàm trực tuyến với Phó Chủ tịch Chính phủ Nhân dân Khu tự trị\n"
			  "dân tộc Choang Quảng Tây (Trung Quốc) về hợp tác kinh tế, thương mại và\n"
			  "phát triển cửa khẩu năm 2024. Hai bên thống nhất đẩy nhanh tiến độ nâng\n"
			  "cấp cặp cửa khẩu Trà Lĩnh - Long Bang, tạo thuận lợi cho thông quan.\n"
			  "Tin khác\n"
			  "Lạng Sơn đón đoàn công tác tỉnh Quảng Tây sang trao đổi về hợp tác cửa khẩu, thông quan hàng hóa năm 2024\n",
			  &st);
	BC_CHECK_INT(st, BC_OK);
	BC_CHECK(d->main != NULL && strstr(d->main, "Hoàng Xuân Ánh đã") != NULL);
	BC_CHECK(d->main != NULL && strstr(d->main, "nâng cấp cặp") != NULL);
	/* long unwrapped paragraphs and short lines are left alone */
	d = parse(a,
			  "Tiêu đề của bài báo về hợp tác\n"
			  "Hai bên đã trao đổi về tình hình hợp tác trong thời gian qua và thống nhất các nội dung hợp tác trong thời gian tới giữa hai tỉnh.\n"
			  "Ông Lò Văn Thuận – Phó Chủ tịch UBND tỉnh Sơn La\n"
			  "Bà Cầm Thị Hương – Giám đốc Sở Công Thương tỉnh Sơn La\n"
			  "Hai bên đã trao đổi về tình hình hợp tác trong thời gian qua và thống nhất các nội dung hợp tác trong thời gian tới giữa hai tỉnh.\n",
			  &st);
	BC_CHECK_INT(st, BC_OK);
	BC_CHECK(d->main != NULL && strstr(d->main, "Sơn La\nBà Cầm") != NULL);
	bc_arena_free(a);
}

/* A headline in capitals under a site name in capitals (data/heldout2 round). */
BC_TEST(article_caps_headline_under_caps_site_name)
{
	bc_arena   *a = bc_arena_new();
	bc_status	st;
	bc_doc	   *d = parse(a,
						  "BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ\n"
						  "12/06/2024 - 08:15\n"
						  "ĐIỆN BIÊN VÀ PHÔNGXALỲ TỔ CHỨC HỘI NGHỊ THƯỜNG NIÊN\n\n"
						  "Ngày 11/6, tại thành phố Điện Biên Phủ, tỉnh Điện Biên và tỉnh Phôngxalỳ đã tổ chức hội nghị thường niên lần thứ 12 của hai tỉnh.\n",
						  &st);

	BC_CHECK_INT(st, BC_OK);
	BC_CHECK_STR(d->title, "ĐIỆN BIÊN VÀ PHÔNGXALỲ TỔ CHỨC HỘI NGHỊ THƯỜNG NIÊN");
	BC_CHECK_INT(d->published.day, 12);
	bc_arena_free(a);
}

/* Cells of a table row separated by tabs read as "NAME – TITLE". */
BC_TEST(article_table_row_tabs)
{
	bc_arena   *a = bc_arena_new();
	bc_status	st;
	bc_doc	   *d = parse(a,
						  "Tiêu đề của bài báo về hợp tác\n"
						  "Hai bên đã trao đổi về tình hình hợp tác trong thời gian qua và thống nhất các nội dung hợp tác trong thời gian tới.\n"
						  "Ông Nguyễn Văn Hùng\tChủ tịch UBND tỉnh Quảng Ninh\t\n"
						  "\tÔng Lý Minh \t Phó Tỉnh trưởng tỉnh Quảng Đông\n"
						  "Hai bên đã trao đổi về tình hình hợp tác trong thời gian qua và thống nhất các nội dung hợp tác trong thời gian tới.\n",
						  &st);

	BC_CHECK_INT(st, BC_OK);
	BC_CHECK(d->main != NULL &&
			 strstr(d->main, "\nÔng Nguyễn Văn Hùng – Chủ tịch UBND tỉnh Quảng Ninh\nÔng Lý Minh – Phó Tỉnh trưởng tỉnh Quảng Đông\n") != NULL);
	bc_arena_free(a);
}

/* English interface words end the article or are chrome (data/heldout2 round). */
BC_TEST(article_english_chrome)
{
	bc_arena   *a = bc_arena_new();
	bc_status	st;
	bc_doc	   *d = parse(a,
						  "Home | News | Contact\n"
						  "Tiêu đề bài viết về hợp tác giữa hai tỉnh biên giới\n"
						  "12/06/2024 08:15\n"
						  "Chiều 11/6, tỉnh Quảng Ninh đã hội đàm với tỉnh Quảng Đông tại thành phố Hạ Long, hai bên thống nhất nhiều nội dung hợp tác.\n"
						  "Share   Tweet   Print\n"
						  "Related news\n"
						  "Lạng Sơn và Quảng Tây tổ chức hội nghị lần thứ 14, kim ngạch đạt 5,2 tỷ USD, tăng 20% so với năm trước, hai bên đã ký nhiều văn bản hợp tác.\n"
						  "Copyright © 2024. All rights reserved.\n",
						  &st);

	BC_CHECK_INT(st, BC_OK);
	BC_CHECK_STR(d->title, "Tiêu đề bài viết về hợp tác giữa hai tỉnh biên giới");
	BC_CHECK_STR(d->main, "Chiều 11/6, tỉnh Quảng Ninh đã hội đàm với tỉnh Quảng Đông tại thành phố Hạ Long, hai bên thống nhất nhiều nội dung hợp tác.");
	bc_arena_free(a);
}

/* A date line with a clock time just under the lead (VOV, VTV) is the publication date. */
BC_TEST(article_date_line_under_lead)
{
	bc_arena   *a = bc_arena_new();
	bc_status	st;
	const char *lead = "Ngày 15/7, tại thành phố Sơn La, lãnh đạo tỉnh đã có buổi làm việc với đoàn công tác tỉnh bạn về hợp tác.";
	const char *body = "Hai bên đã trao đổi về tình hình hợp tác trong thời gian qua và thống nhất các nội dung hợp tác trong thời gian tới.";
	bc_doc	   *d;

	d = parse(a, bc_sprintf(a, "Sơn La và Hủa Phăn rà soát kết quả hợp tác\n%s\nThứ hai, 15/07/2024 - 18:20\n%s\n", lead, body), &st);
	BC_CHECK_INT(d->published.year, 2024);
	BC_CHECK_INT(d->published.month, 7);
	BC_CHECK_INT(d->published.day, 15);
	BC_CHECK_INT(d->pub_hour, 18);
	/* the date line is not part of the main text */
	BC_CHECK(strstr(d->main, "18:20") == NULL);
	BC_CHECK(strstr(d->main, "Hai bên") != NULL);
	/* a bare date there is a paragraph of its own, not the date line */
	d = parse(a, bc_sprintf(a, "Sơn La và Hủa Phăn rà soát kết quả hợp tác\n%s\n15/07/2024\n%s\n", lead, body), &st);
	BC_CHECK_INT(d->published.precision, BC_PREC_NONE);
	/* nor one far below the lead */
	d = parse(a, bc_sprintf(a, "Sơn La và Hủa Phăn rà soát kết quả hợp tác\n%s\n%s\n%s\n%s\n15/07/2024 18:20\n", lead, body, body, body), &st);
	BC_CHECK_INT(d->published.precision, BC_PREC_NONE);
	bc_arena_free(a);
}

/* Rows of a table inside the text stay in the main text; a menu of links does not. */
BC_TEST(article_table_rows_are_content)
{
	bc_arena   *a = bc_arena_new();
	bc_status	st;
	const char *body = "Hai bên đã trao đổi về tình hình hợp tác trong thời gian qua và thống nhất các nội dung hợp tác trong thời gian tới.";
	bc_doc	   *d;

	d = parse(a, bc_sprintf(a, "Thời sự | Ngoại giao | Kinh tế\nQuảng Ninh và Quảng Tây điểm lại kết quả hợp tác\n%s\n"
							"STT | Chỉ tiêu | Năm 2023 | Năm 2024\n"
							"1 | Kim ngạch (triệu USD) | 2.150 | 2.780\n"
							"2 | Lượt khách (lượt) | 410.000 | 690.000\n%s\n", body, body), &st);
	BC_CHECK_INT(st, BC_OK);
	BC_CHECK(strstr(d->main, "STT | Chỉ tiêu | Năm 2023 | Năm 2024") != NULL);
	BC_CHECK(strstr(d->main, "2 | Lượt khách (lượt) | 410.000 | 690.000") != NULL);
	BC_CHECK(strstr(d->main, "Ngoại giao") == NULL);
	/* a lone row of numbers and pipes (a counter bar) stays chrome */
	d = parse(a, bc_sprintf(a, "Quảng Ninh và Quảng Tây điểm lại kết quả hợp tác\n%s\nLượt xem | 1.204 | Bình luận | 3\n%s\n", body, body), &st);
	BC_CHECK(strstr(d->main, "1.204") == NULL);
	bc_arena_free(a);
}

/* a site name or a weather widget above the page's date header is not the headline */
BC_TEST(article_title_site_name_weather)
{
	bc_arena   *a = bc_arena_new();
	bc_status	st;
	bc_doc	   *d = parse(a,
						  "Báo Tây Bắc điện tử\n"
						  "Mộc Châu: 18°C - 25°C\n"
						  "Thứ Tư, 12/6/2024\n\n"
						  "Hai tỉnh thống nhất mở rộng hợp tác thương mại\n\n"
						  "11/06/2024 20:15\n"
						  "Ngày 11/6, hai tỉnh đã hội đàm và các bên đã thống nhất nhiều nội dung hợp tác quan trọng.\n",
						  &st);

	BC_CHECK_INT(st, BC_OK);
	BC_CHECK_STR(d->title, "Hai tỉnh thống nhất mở rộng hợp tác thương mại");
	BC_CHECK_INT(d->published.month, 6);
	BC_CHECK_INT(d->published.day, 11);
	bc_arena_free(a);
}

/* an author and photo credit between the headline and its date line keeps them together */
BC_TEST(article_title_credit_line)
{
	bc_arena   *a = bc_arena_new();
	bc_status	st;
	bc_doc	   *d = parse(a,
						  "Báo Miền Tây\n"
						  "Thứ Năm, 10/10/2024 | 07:30\n\n"
						  "\"Hai tỉnh luôn là người anh em gắn bó\"\n\n"
						  "Minh Anh - Ảnh: Quốc Bảo\n"
						  "Thứ Năm, 10/10/2024 | 06:05\n\n"
						  "Đó là khẳng định của lãnh đạo tỉnh tại buổi tiếp đoàn đại biểu tỉnh bạn và các bên đã trao đổi nhiều nội dung.\n",
						  &st);

	BC_CHECK_INT(st, BC_OK);
	BC_CHECK_STR(d->title, "\"Hai tỉnh luôn là người anh em gắn bó\"");
	bc_arena_free(a);
}

/* a date line without a year under the headline takes the year of the page's date header */
BC_TEST(article_dateline_without_year)
{
	bc_arena   *a = bc_arena_new();
	bc_status	st;
	bc_doc	   *d = parse(a,
						  "BÁO MIỀN TRUNG\n"
						  "Hôm nay: Thứ Năm, ngày 02/01/2025 | Âm lịch: 3/12 Giáp Thìn\n\n"
						  "Hai tỉnh bàn giải pháp tăng lưu lượng hàng qua cửa khẩu\n\n"
						  "Thứ Ba, 31/12 | 10:20\n"
						  "Sáng nay, tại thành phố, hai tỉnh đã tổ chức buổi làm việc và các bên đã thống nhất nhiều nội dung.\n",
						  &st);

	BC_CHECK_INT(st, BC_OK);
	BC_CHECK_STR(d->title, "Hai tỉnh bàn giải pháp tăng lưu lượng hàng qua cửa khẩu");
	BC_CHECK_INT(d->published.year, 2024);
	BC_CHECK_INT(d->published.month, 12);
	BC_CHECK_INT(d->published.day, 31);
	BC_CHECK_INT(d->pub_hour, 10);
	BC_CHECK_INT(d->pub_min, 20);
	bc_arena_free(a);
}
