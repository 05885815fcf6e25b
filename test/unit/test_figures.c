/*
 * test/unit/test_figures.c
 *		Unit tests of the figures stage (bc_figures.c) on short texts.
 *
 * Each text is given its own sentences (split after ". ") and, where a test
 * needs a subject, its party mentions, so that the stage is tested alone.
 */
#include "bc_test.h"
#include "bc_core.h"
#include "bc_date.h"

#include <stdio.h>
#include <string.h>

/* a result holding only main text, sentences and the publication date */
static bc_result *
make_result(bc_arena *a, const char *text, bc_date pub)
{
	bc_result  *r = bc_alloc(a, sizeof(bc_result));
	size_t		len = strlen(text),
				st = 0,
				i;
	int			para = 0;

	r->doc.main = bc_strndup(a, text, len);
	r->doc.main_len = len;
	r->doc.published = pub;
	for (i = 0; i <= len; i++)
	{
		bool		end = i == len || text[i] == '\n' ||
			(text[i] == '.' && i + 1 < len && text[i + 1] == ' ');

		if (end)
		{
			size_t		e = i < len && text[i] == '.' ? i + 1 : i;

			if (e > st)
			{
				bc_sentence *s = bc_vec_push(a, &r->doc.sents);

				s->start = (int) st;
				s->end = (int) e;
				s->para = para;
			}
			if (i < len && text[i] == '\n')
				para++;
			st = i + 1;
			while (st < len && text[st] == ' ')
				st++;
		}
	}
	return r;
}

/* add a party named `name` with a mention at each place it is written */
static void
add_party(bc_arena *a, bc_result *r, const char *name)
{
	int			idx = r->parties.n;
	bc_party   *p = bc_vec_push(a, &r->parties);
	const char *s = r->doc.main;
	const char *h;

	p->as_written = bc_strdup(a, name);
	for (h = strstr(s, name); h; h = strstr(h + 1, name))
	{
		bc_mention *m = bc_vec_push(a, &r->mentions);

		m->party = idx;
		m->start = (int) (h - s);
		m->end = (int) (h - s + strlen(name));
	}
}

/* the figures as one line each: "metric value unit [of N] [q=] [p=] [c=] [s=] | mention" */
static char *
figures_text(bc_arena *a, const bc_result *r)
{
	bc_buf		b;
	int			i;

	bc_buf_init(&b, a);
	for (i = 0; i < r->figures.n; i++)
	{
		const bc_figure *f = &r->figures.items[i];

		bc_buf_printf(&b, "%s %s %s", f->metric, f->value, f->unit ? f->unit : "");
		if (f->ratio_of)
			bc_buf_printf(&b, " of=%s", f->ratio_of);
		if (f->qualifier)
			bc_buf_printf(&b, " q=%s", f->qualifier);
		if (f->period)
			bc_buf_printf(&b, " p=%s", f->period);
		if (f->period_from.year)
			bc_buf_printf(&b, " [%04d-%02d-%02d..%04d-%02d-%02d]",
						  f->period_from.year, f->period_from.month, f->period_from.day,
						  f->period_to.year, f->period_to.month, f->period_to.day);
		if (f->compared_with)
			bc_buf_printf(&b, " c=%s", f->compared_with);
		if (f->subject >= 0)
			bc_buf_printf(&b, " s=%s", r->parties.items[f->subject].as_written);
		if (f->uncertain)
			bc_buf_puts(&b, " uncertain");
		bc_buf_printf(&b, " | %s\n", f->mention);
	}
	return bc_buf_cstr(&b);
}

static const bc_date PUB = {2021, 8, 27, BC_PREC_DAY};
static const bc_date NOPUB = {0, 0, 0, BC_PREC_NONE};

/* run the stage on a text and compare the lines */
static void
check_figures(const char *file, int line, const char *text, bc_date pub,
			  const char *party1, const char *party2, const char *want)
{
	bc_arena   *a = bc_arena_new();
	bc_result  *r = make_result(a, text, pub);
	const char *got;

	if (party1)
		add_party(a, r, party1);
	if (party2)
		add_party(a, r, party2);
	bc_find_figures(a, r);
	got = figures_text(a, r);
	bc_test_checks++;
	if (strcmp(got, want) != 0)
		bc_test_fail(file, line, "text \"%s\"\n# got:\n%s# want:\n%s", text, got, want);
	bc_arena_free(a);
}

#define CHECK_FIG(text, pub, want) check_figures(__FILE__, __LINE__, text, pub, NULL, NULL, want)
#define CHECK_FIG_P(text, pub, p1, p2, want) check_figures(__FILE__, __LINE__, text, pub, p1, p2, want)

/* trade figures, with the metric from the nearest keyword */
BC_TEST(figures_trade)
{
	CHECK_FIG("Tổng kim ngạch xuất nhập khẩu 7 tháng đầu năm qua các cửa khẩu trên địa bàn tỉnh "
			  "đạt 436,23 triệu USD, tăng 39,52% so với cùng kỳ năm 2020, trong đó xuất khẩu "
			  "54,98 triệu USD, nhập khẩu 381,25 triệu USD.", PUB,
			  "trade_total 436230000 USD q=đạt p=7 tháng đầu năm [2021-01-01..2021-07-31] | 436,23 triệu USD\n"
			  "growth 39.52 % p=7 tháng đầu năm [2021-01-01..2021-07-31] c=cùng kỳ năm 2020 | 39,52%\n"
			  "export 54980000 USD p=7 tháng đầu năm [2021-01-01..2021-07-31] | 54,98 triệu USD\n"
			  "import 381250000 USD p=7 tháng đầu năm [2021-01-01..2021-07-31] | 381,25 triệu USD\n");
	CHECK_FIG("Hoạt động xuất nhập khẩu hàng hóa giữa các bên, trong năm 2021 tổng kim ngạch đạt 9 tỷ 140 triệu USD.", PUB,
			  "trade_total 9140000000 USD q=đạt p=năm 2021 [2021-01-01..2021-12-31] | 9 tỷ 140 triệu USD\n");
	CHECK_FIG("Trong giai đoạn 2019 - 2021, tổng kim ngạch xuất khẩu chính ngạch hai bên vẫn đạt 253.494.860,10 USD "
			  "(tăng 32,32% so với cùng kỳ 2016 - 2018).", NOPUB,
			  "export 253494860.10 USD q=đạt p=giai đoạn 2019 - 2021 [2019-01-01..2021-12-31] | 253.494.860,10 USD\n"
			  "growth 32.32 % p=giai đoạn 2019 - 2021 [2019-01-01..2021-12-31] c=cùng kỳ 2016 - 2018 | 32,32%\n");
	CHECK_FIG("Kim ngạch thương mại hai chiều năm 2022 ước đạt 1,2 tỷ USD.", PUB,
			  "trade_total 1200000000 USD q=ước đạt p=năm 2022 [2022-01-01..2022-12-31] | 1,2 tỷ USD\n");
	CHECK_FIG("Kim ngạch nhập khẩu đạt 50 triệu USD.", PUB,
			  "import 50000000 USD q=đạt | 50 triệu USD\n");
	/* data/heldout3: goods cleared at a gate; a second amount reached in the sentence */
	CHECK_FIG("Giá trị hàng hóa thông quan tại cửa khẩu Hà Khẩu đạt 6.850 triệu NDT.", PUB,
			  "trade_total 6850000000 CNY q=đạt | 6.850 triệu NDT\n");
	CHECK_FIG("Tổng kim ngạch thương mại qua các cửa khẩu đạt 2,4 nghìn tỷ đồng, riêng quý I đạt 5,6 tỉ USD.", PUB,
			  "trade_total 2400000000000 VND q=đạt | 2,4 nghìn tỷ đồng\n"
			  "trade_total 5600000000 USD q=đạt p=quý I [2021-01-01..2021-03-31] | 5,6 tỉ USD\n");
	CHECK_FIG("Hỗ trợ 4,5 tỷ đồng, đạt 2 tỷ đồng.", PUB,
			  "money 4500000000 VND | 4,5 tỷ đồng\n"
			  "money 2000000000 VND q=đạt | 2 tỷ đồng\n");
	CHECK_FIG("Đạt 50 triệu USD trong 6 tháng đầu năm 2022.", PUB,
			  "money 50000000 USD q=đạt p=6 tháng đầu năm 2022 [2022-01-01..2022-06-30] | 50 triệu USD\n");
}

/* investment and counts with their subject */
BC_TEST(figures_investment_subject)
{
	CHECK_FIG_P("Thí dụ, tỉnh Quảng Ninh đã thu hút được 76 dự án có vốn đầu tư từ Trung Quốc, tổng vốn đầu tư 3,38 tỷ USD.",
				PUB, "Quảng Ninh", "Trung Quốc",
				"count 76 dự án s=Quảng Ninh | 76 dự án\n"
				"investment 3380000000 USD s=Quảng Ninh | 3,38 tỷ USD\n");
	CHECK_FIG_P("Doanh nghiệp từ Trung Quốc đầu tư 5 triệu USD.", PUB, "Trung Quốc", NULL,
				"investment 5000000 USD | 5 triệu USD\n");
	CHECK_FIG_P("Lào đã hỗ trợ 2 tỷ kíp.", PUB, "Lào", NULL,
				"money 2000000000 LAK s=Lào | 2 tỷ kíp\n");
	CHECK_FIG_P("Năm 2023, Hà Tĩnh đón 53.000 lượt du khách Lào, tăng 18,6% so với năm 2022.",
				PUB, "Hà Tĩnh", "Lào",
				"count 53000 lượt du khách p=Năm 2023 [2023-01-01..2023-12-31] s=Hà Tĩnh | 53.000 lượt du khách\n"
				"growth 18.6 % p=Năm 2023 [2023-01-01..2023-12-31] c=năm 2022 s=Hà Tĩnh | 18,6%\n");
	CHECK_FIG_P("Chuyên gia Việt Nam hi sinh tại Campuchia (đến nay hai tỉnh đã hồi hương được 1667 bộ hài cốt).",
				NOPUB, "Việt Nam", "Campuchia",
				"count 1667 bộ hài cốt | 1667 bộ hài cốt\n");
	CHECK_FIG_P("Đoàn tỉnh Thanh Hóa đã trao tặng tỉnh Hủa Phăn 500 triệu đồng.",
				PUB, "Thanh Hóa", "Hủa Phăn",
				"money 500000000 VND s=Thanh Hóa | 500 triệu đồng\n");
	CHECK_FIG_P("Trong 10 tháng năm 2022, kim ngạch qua các cửa khẩu của Lào Cai đạt 2 tỷ 350 triệu USD.",
				PUB, "Lào Cai", NULL,
				"trade_total 2350000000 USD q=đạt p=10 tháng năm 2022 [2022-01-01..2022-10-31] s=Lào Cai | 2 tỷ 350 triệu USD\n");
	CHECK_FIG_P("Trên đoạn biên giới tiếp giáp Ratanakiri, 100% cột mốc được bảo vệ.",
				PUB, "Ratanakiri", NULL,
				"percent 100 % | 100%\n");
}

/* counts, classifiers carried from an earlier mention, ratios */
BC_TEST(figures_counts)
{
	CHECK_FIG("Đến nay hai tỉnh đã hồi hương được 1667 bộ hài cốt liệt sĩ, riêng trong 3 năm qua đã hồi hương được 41 bộ.",
			  NOPUB,
			  "count 1667 bộ hài cốt | 1667 bộ hài cốt\n"
			  "count 41 bộ hài cốt p=3 năm qua | 41 bộ\n");
	CHECK_FIG("Đã xây dựng được 23/28 cột mốc chính, 80/80 mốc phụ.", NOPUB,
			  "ratio 23 cột mốc chính of=28 | 23/28 cột mốc chính\n"
			  "ratio 80 mốc phụ of=80 | 80/80 mốc phụ\n");
	CHECK_FIG("Hai bên thống nhất với 6 lĩnh vực hợp tác. Hợp tác trong 6 lĩnh vực.", NOPUB,
			  "count 6 lĩnh vực | 6 lĩnh vực\n");
	CHECK_FIG("Năm 2022 đón 53.000 lượt du khách và xuất 7 triệu tấn hàng.", PUB,
			  "count 53000 lượt du khách p=Năm 2022 [2022-01-01..2022-12-31] | 53.000 lượt du khách\n"
			  "count 7000000 tấn p=Năm 2022 [2022-01-01..2022-12-31] | 7 triệu tấn\n");
	/* data/heldout3: seizures, documents, members of an exchange */
	CHECK_FIG("Thu giữ 52 bánh heroin và 120.000 viên ma túy tổng hợp; ký 10 văn kiện hợp tác khác với 200 đoàn viên.", PUB,
			  "count 52 bánh heroin | 52 bánh heroin\n"
			  "count 120000 viên ma túy tổng hợp | 120.000 viên ma túy tổng hợp\n"
			  "count 10 văn kiện hợp tác | 10 văn kiện hợp tác\n"
			  "count 200 đoàn viên | 200 đoàn viên\n");
	CHECK_FIG("Có 2 viên chức tham dự.", PUB, "");
	CHECK_FIG("Khoảng 7-10 bộ hài cốt được tìm thấy.", PUB,
			  "count 7 bộ hài cốt q=khoảng | 7-10 bộ hài cốt\n");
	CHECK_FIG("Có hơn hai mươi lăm doanh nghiệp tham gia.", PUB,
			  "count 25 doanh nghiệp q=hơn | hai mươi lăm doanh nghiệp\n");
	CHECK_FIG("Hai bên hợp tác trên 5 lĩnh vực ưu tiên, với trên 200 đại biểu.", PUB,
			  "count 5 lĩnh vực | 5 lĩnh vực\n"
			  "count 200 đại biểu q=trên | 200 đại biểu\n");
	CHECK_FIG("Hội nghị vào tháng 11/2023 thống nhất 7 nội dung hợp tác; lực lượng hai bên tổ chức 24 đợt tuần tra song phương, quy tập 56 hài cốt liệt sĩ.", PUB,
			  "count 7 nội dung hợp tác | 7 nội dung hợp tác\n"
			  "count 24 đợt tuần tra | 24 đợt tuần tra\n"
			  "count 56 hài cốt | 56 hài cốt\n");
	CHECK_FIG("Tỉnh đã cấp 1.500 suất học bổng. Tỷ lệ hộ nghèo giảm còn 2,5%.", PUB,
			  "count 1500 suất học bổng | 1.500 suất học bổng\n"
			  "percent 2.5 % | 2,5%\n");
	CHECK_FIG("Kinh tế tăng trưởng bình quân 8,2%/năm; 3/5 Dự án Nhà nước.", PUB,
			  "growth 8.2 % | 8,2%\n");
	CHECK_FIG("Từ năm 2015 đến nay, hai tỉnh đã ký 12 văn bản hợp tác, tổ chức 36 cuộc tuần tra song phương.", PUB,
			  "count 12 văn bản p=Từ năm 2015 đến nay [2015-01-01..2021-08-27] | 12 văn bản\n"
			  "count 36 cuộc tuần tra p=Từ năm 2015 đến nay [2015-01-01..2021-08-27] | 36 cuộc tuần tra\n");
	CHECK_FIG("Mỗi suất quà trị giá 500.000đ, tổng cộng 5 tỷ đ.", PUB,
			  "money 500000 VND | 500.000đ\n"
			  "money 5000000000 VND | 5 tỷ đ\n");
	CHECK_FIG("Chiếm 30% tổng kim ngạch.", PUB,
			  "percent 30 % | 30%\n");
	CHECK_FIG("Tăng trưởng 8,5 % so với năm 2020.", PUB,
			  "growth 8.5 % c=năm 2020 | 8,5 %\n");
	CHECK_FIG("Giảm 12% so với cùng kỳ.", PUB,
			  "growth -12 % c=cùng kỳ | 12%\n");
	/* currencies written without diacritics: kip, rien */
	CHECK_FIG("Hợp đồng trị giá 250 triệu kip và 40 triệu rien.", PUB,
			  "money 250000000 LAK | 250 triệu kip\n"
			  "money 40000000 KHR | 40 triệu rien\n");
	/* groups of people, visiting groups (data/heldout2) */
	CHECK_FIG("Hai bên đã trao trả 37 ngư dân và tổ chức 6 đoàn famtrip khảo sát.", PUB,
			  "count 37 ngư dân | 37 ngư dân\n"
			  "count 6 đoàn famtrip | 6 đoàn famtrip\n");
	CHECK_FIG("Đã hỗ trợ 120 hộ gia đình và 15 chuyên gia.", PUB,
			  "count 120 hộ gia đình | 120 hộ gia đình\n"
			  "count 15 chuyên gia | 15 chuyên gia\n");
	CHECK_FIG("Cửa khẩu tiếp nhận 1,239 tấn hàng.", PUB,
			  "count 1.239 tấn uncertain | 1,239 tấn\n");
}

/* what is not a figure */
BC_TEST(figures_not_figures)
{
	/* counts of the meeting's own parties, ordinals, durations, years */
	CHECK_FIG("Lãnh đạo 3 tỉnh giáp biên và 2 nước đã dự hội nghị lần thứ 11 vào năm 2019.", PUB, "");
	CHECK_FIG("Hai bên khẳng định quan hệ 2 hai bên; 02 tỉnh và 04 tỉnh cùng tham dự.", PUB, "");
	CHECK_FIG("Sau hơn ba năm gián đoạn bởi dịch COVID-19, hai lần tổ chức trực tuyến.", PUB, "");
	CHECK_FIG("Hội nghị lần thứ ba; hội nghị lần thứ 13 Ủy ban công tác liên hợp.", PUB, "");
	/* document numbers, photo numbers, dates */
	CHECK_FIG("Sửa đổi Thông tư 02 và Nghị quyết 202/2025/QH15 đến cuối tháng 6/2024.", PUB, "");
	CHECK_FIG("Hội nghị gặp gỡ đầu xuân - Ảnh 1.", PUB, "");
	CHECK_FIG("Ngày 25/2, sáng 25-3, Ngày 3.11, ngày 19 và 20-12, 19-20/12.", PUB, "");
	CHECK_FIG("Giai đoạn 2023-2025 và giai đoạn 2022-2026.", PUB, "");
	CHECK_FIG("Thời gian chờ: 60 giây; kéo dài thêm 6 tháng.", PUB, "");
	/* geographic constants */
	CHECK_FIG("Đường biên giới dài 369 km.", PUB, "");
	CHECK_FIG("Tây Ninh có 240 km đường biên giới với Campuchia.", PUB, "");
	CHECK_FIG("Tỉnh mới có 96 xã, phường và 12 thôn, bản.", PUB, "");
	/* data/heldout3: the border gates a province has */
	CHECK_FIG("Lào Cai có 1 cửa khẩu quốc tế đường bộ, 1 cửa khẩu quốc tế đường sắt.", PUB, "");
	CHECK_FIG("Sau hợp nhất, An Giang có 7 cửa khẩu với Campuchia.", PUB, "");
	/* names, words that are not numbers */
	CHECK_FIG("Lãnh đạo cấp cao hai Đảng, hai Nhà nước.", PUB, "");
	CHECK_FIG("Hai bên thống nhất hàng năm tổ chức sơ kết.", PUB, "");
	CHECK_FIG("Ký một thỏa thuận và một số văn bản.", PUB, "");
	CHECK_FIG("Hàng trăm dự án đang triển khai.", PUB, "");
	CHECK_FIG("Mạng 5G và công nghệ 4.0.", PUB, "");
	CHECK_FIG("Số liệu 1..234 triệu USD; 1,,5%; 0/0 mốc phụ; 3/0 cột mốc.", PUB, "");
	CHECK_FIG("Điện thoại 0271 3879 079.", PUB, "");
	CHECK_FIG("Tổng số điểm của bài viết là: 0 trong 0 đánh giá", PUB, "");
}

/* a decline is a negative growth rate; a level reached stays a percent */
BC_TEST(figures_decline_negative)
{
	CHECK_FIG("Kim ngạch đạt 215,7 triệu USD, giảm 5,3% so với cùng kỳ.", PUB,
			  "trade_total 215700000 USD q=đạt | 215,7 triệu USD\n"
			  "growth -5.3 % c=cùng kỳ | 5,3%\n");
	CHECK_FIG("Xuất khẩu tăng 8% so với cùng kỳ do giá nông sản tăng.", PUB,
			  "growth 8 % c=cùng kỳ | 8%\n");
	CHECK_FIG("Kim ngạch giảm 5,3% so với năm 2022 chủ yếu vì thị trường khó khăn.", PUB,
			  "growth -5.3 % c=năm 2022 | 5,3%\n");
	CHECK_FIG("Tỷ lệ hộ nghèo giảm còn 2,5%.", PUB,
			  "percent 2.5 % | 2,5%\n");
	CHECK_FIG("Xuất khẩu sụt giảm 8% trong quý I/2024.", PUB,
			  "growth -8 % p=quý I/2024 [2024-01-01..2024-03-31] | 8%\n");
}

/* the area of a province is a geographic constant */
BC_TEST(figures_area_constant)
{
	CHECK_FIG("Tỉnh mới có diện tích hơn 21.500 km², vừa có rừng vừa có biển.", PUB, "");
	CHECK_FIG("Tổng diện tích tự nhiên 15.510 km2.", PUB, "");
	/* a road to build is a quantity, even with its length (data/heldout4) */
	CHECK_FIG("Hai bên đề nghị đầu tư tuyến đường dài 45 km đường giao thông.", PUB,
			  "count 45 km | 45 km\n");
	CHECK_FIG("Hai tỉnh có đường biên giới dài 45 km.", PUB, "");
}

/* "thương mại" alone names trade, unless inside a name; "giá trị" is money */
BC_TEST(figures_trade_named_thuong_mai)
{
	CHECK_FIG("Thương mại giữa hai tỉnh năm 2023 chỉ đạt 8,4 triệu USD.", PUB,
			  "trade_total 8400000 USD q=đạt p=năm 2023 [2023-01-01..2023-12-31] | 8,4 triệu USD\n");
	CHECK_FIG("Ông cho biết, thương mại còn khiêm tốn, năm 2023 chỉ đạt 8,4 triệu USD.", PUB,
			  "trade_total 8400000 USD q=đạt p=năm 2023 [2023-01-01..2023-12-31] | 8,4 triệu USD\n");
	CHECK_FIG("Sở Thương mại tỉnh Vân Nam tài trợ 2 triệu USD.", PUB,
			  "money 2000000 USD | 2 triệu USD\n");
	CHECK_FIG("Các doanh nghiệp ký 18 hợp đồng thương mại với tổng giá trị 32 triệu USD.", PUB,
			  "count 18 hợp đồng | 18 hợp đồng\n"
			  "money 32000000 USD | 32 triệu USD\n");
	CHECK_FIG("Giá trị xuất khẩu sang Campuchia đạt 48,6 triệu USD.", PUB,
			  "export 48600000 USD q=đạt | 48,6 triệu USD\n");
	/* the value of a flow named earlier in the clause (data/heldout4) */
	CHECK_FIG("Doanh nghiệp nhập khẩu gỗ từ Lào với giá trị 15 triệu USD mỗi năm.", PUB,
			  "import 15000000 USD | 15 triệu USD\n");
}

/* list items take their period from the sentence that introduces the list */
BC_TEST(figures_list_items_period)
{
	CHECK_FIG("Năm 2023, hoạt động xuất nhập khẩu qua các cửa khẩu đạt kết quả như sau:\n"
			  "- Tổng kim ngạch: 218,8 triệu USD\n"
			  "- Xuất khẩu: 120,5 triệu USD\n"
			  "- Số lượt phương tiện qua lại: 35.600 lượt", PUB,
			  "trade_total 218800000 USD p=Năm 2023 [2023-01-01..2023-12-31] | 218,8 triệu USD\n"
			  "export 120500000 USD p=Năm 2023 [2023-01-01..2023-12-31] | 120,5 triệu USD\n"
			  "count 35600 lượt p=Năm 2023 [2023-01-01..2023-12-31] | 35.600 lượt\n");
	/* no introduction ending in ':', or not a list item: no period */
	CHECK_FIG("Năm 2023 là năm bản lề.\n"
			  "- Tổng kim ngạch: 218,8 triệu USD", PUB,
			  "trade_total 218800000 USD | 218,8 triệu USD\n");
	CHECK_FIG("Năm 2023, kết quả như sau:\n"
			  "Tổng kim ngạch đạt 218,8 triệu USD", PUB,
			  "trade_total 218800000 USD q=đạt | 218,8 triệu USD\n");
}

/* no text, no sentences, no crash */
BC_TEST(figures_empty)
{
	bc_arena   *a = bc_arena_new();
	bc_result  *r = bc_alloc(a, sizeof(bc_result));

	bc_find_figures(a, r);
	BC_CHECK_INT(r->figures.n, 0);
	r = make_result(a, "", PUB);
	bc_find_figures(a, r);
	BC_CHECK_INT(r->figures.n, 0);
	bc_arena_free(a);
}

/* many numbers: bounded and capped */
BC_TEST(figures_many)
{
	bc_arena   *a = bc_arena_new();
	bc_buf		b;
	bc_result  *r;
	int			i;

	bc_buf_init(&b, a);
	for (i = 0; i < 1200; i++)
		bc_buf_printf(&b, "%d dự án, ", i + 1);
	r = make_result(a, bc_buf_cstr(&b), PUB);
	bc_find_figures(a, r);
	BC_CHECK_INT(r->figures.n, BC_MAX_ENTITIES);
	BC_CHECK_STR(r->figures.items[0].value, "1");
	bc_arena_free(a);
}

/* data/heldout3: a table's rows under a header of years */
BC_TEST(figures_table_rows)
{
	CHECK_FIG("STT | Chỉ tiêu | Năm 2023 | Năm 2024 (ước)\n"
			  "1 | Kim ngạch xuất nhập khẩu qua cửa khẩu (triệu USD) | 2.150 | 2.780\n"
			  "2 | Lượt khách vào tỉnh (lượt) | 410.000 | 690.000\n"
			  "3 | Ghi chú | 12 | 13\n", PUB,
			  "trade_total 2150000000 USD p=Năm 2023 [2023-01-01..2023-12-31] | 2.150\n"
			  "trade_total 2780000000 USD p=Năm 2024 (ước) [2024-01-01..2024-12-31] | 2.780\n"
			  "count 410000 lượt p=Năm 2023 [2023-01-01..2023-12-31] | 410.000\n"
			  "count 690000 lượt p=Năm 2024 (ước) [2024-01-01..2024-12-31] | 690.000\n");
	/* cells without numbers are no table row for figures */
	CHECK_FIG("Thời sự | Kinh tế | Đầu tư 50 dự án mới.", PUB,
			  "count 50 dự án | 50 dự án\n");
}
