/*
 * test/unit/test_date.c
 *		Unit tests of date expressions and date lines (bc_date.c).
 */
#include "bc_test.h"
#include "bc_date.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

/* one date as text: 2021-08-27/d, 2021-07/m, 2021/y, ?-12-19/d */
static void
fmt_date(char *out, size_t sz, bc_date d)
{
	char		y[8];

	if (d.year)
		snprintf(y, sizeof(y), "%d", d.year);
	else
		strcpy(y, "?");
	switch (d.precision)
	{
		case BC_PREC_DAY:
			snprintf(out, sz, "%s-%02d-%02d/d", y, d.month, d.day);
			break;
		case BC_PREC_MONTH:
			snprintf(out, sz, "%s-%02d/m", y, d.month);
			break;
		case BC_PREC_YEAR:
			snprintf(out, sz, "%s/y", y);
			break;
		default:
			strcpy(out, "-");
	}
}

/* every match of a text as "[as written]from..to; " */
static char *
find_all(const char *s, bc_date ref)
{
	static char out[1024];
	bc_date_match m[16];
	int			n = bc_dates_find(s, strlen(s), ref, m, 16),
				i;

	out[0] = '\0';
	for (i = 0; i < n; i++)
	{
		char		a[32],
					b[32],
					one[160];

		fmt_date(a, sizeof(a), m[i].from);
		fmt_date(b, sizeof(b), m[i].to);
		if (m[i].to.precision == BC_PREC_NONE)
			snprintf(one, sizeof(one), "[%.*s]%s; ", m[i].end - m[i].start, s + m[i].start, a);
		else
			snprintf(one, sizeof(one), "[%.*s]%s..%s; ", m[i].end - m[i].start, s + m[i].start, a, b);
		strncat(out, one, sizeof(out) - strlen(out) - 1);
	}
	return out;
}

static const bc_date REF = {2021, 8, 27, BC_PREC_DAY};
static const bc_date NOREF = {0, 0, 0, BC_PREC_NONE};

typedef struct dcase
{
	const char *in;
	const char *want;
} dcase;

/* with the publication date 27/8/2021 */
static const dcase with_ref[] = {
	{"Thứ năm - 28/10/2021 14:53", "[28/10/2021]2021-10-28/d; "},
	{"Sáng nay (27/8), tại", "[27/8]2021-08-27/d; "},
	{"Ngày 27/3, tỉnh Hà Giang", "[Ngày 27/3]2021-03-27/d; "},
	{"ngày 27/3", "[ngày 27/3]2021-03-27/d; "},
	{"sáng 25-3", "[25-3]2021-03-25/d; "},
	{"chiều 5-8 vừa qua", "[5-8]2021-08-05/d; "},
	{"Ngày 3.11", "[Ngày 3.11]2021-11-03/d; "},
	{"tối 3.11", "[3.11]2021-11-03/d; "},
	{"ngày 19 và 20-12", "[ngày 19 và 20-12]2021-12-19/d..2021-12-20/d; "},
	{"19-20/12", "[19-20/12]2021-12-19/d..2021-12-20/d; "},
	{"19 - 20/12", "[19 - 20/12]2021-12-19/d..2021-12-20/d; "},
	{"ngày 14, 15/3", "[ngày 14, 15/3]2021-03-14/d..2021-03-15/d; "},
	{"từ 14-16/3", "[14-16/3]2021-03-14/d..2021-03-16/d; "},
	{"14, 15/3", "[15/3]2021-03-15/d; "},
	{"từ ngày 19 đến 20/8", "[từ ngày 19 đến 20/8]2021-08-19/d..2021-08-20/d; "},
	{"30/11 - 2/12/2021", "[30/11 - 2/12/2021]2021-11-30/d..2021-12-02/d; "},
	{"tháng 3/2023", "[tháng 3/2023]2023-03/m; "},
	{"tháng 3 năm 2023", "[tháng 3 năm 2023]2023-03/m; "},
	{"trong tháng 7", "[tháng 7]2021-07/m; "},
	{"năm 2021", "[năm 2021]2021/y; "},
	{"trong năm 2023 và thời gian tới", "[năm 2023]2023/y; "},
	{"năm nay", "[năm nay]2021/y; "},
	{"năm ngoái", "[năm ngoái]2020/y; "},
	{"7 tháng đầu năm 2021", "[7 tháng đầu năm 2021]2021-01/m..2021-07/m; "},
	{"7 tháng đầu năm qua các cửa khẩu", "[7 tháng đầu năm]2021-01/m..2021-07/m; "},
	{"6 tháng đầu năm nay", "[6 tháng đầu năm nay]2021-01/m..2021-06/m; "},
	{"sáu tháng đầu năm", "[sáu tháng đầu năm]2021-01/m..2021-06/m; "},
	{"3 tháng cuối năm", "[3 tháng cuối năm]2021-10/m..2021-12/m; "},
	{"trong 10 tháng năm 2022,", "[10 tháng năm 2022]2022-01/m..2022-10/m; "},
	{"8 tháng năm nay", "[8 tháng năm nay]2021-01/m..2021-08/m; "},
	{"6 tháng năm", ""},
	{"giai đoạn 2019 - 2021", "[giai đoạn 2019 - 2021]2019/y..2021/y; "},
	{"giai đoạn 2023-2025.", "[giai đoạn 2023-2025]2023/y..2025/y; "},
	{"2022–2026", "[2022–2026]2022/y..2026/y; "},
	{"năm 2019 - 2021", "[năm 2019 - 2021]2019/y..2021/y; "},
	{"cùng kỳ năm 2020", "[cùng kỳ năm 2020]2020/y; "},
	{"cùng kỳ 2016 - 2018", "[cùng kỳ 2016 - 2018]2016/y..2018/y; "},
	{"so với cùng kỳ", "[cùng kỳ]2020/y; "},
	{"cùng kỳ năm trước", "[cùng kỳ năm trước]2020/y; "},
	{"3 năm qua", "[3 năm qua]2018/y..2021/y; "},
	{"Từ năm 2015 đến nay", "[Từ năm 2015 đến nay]2015/y..2021-08-27/d; "},
	{"từ 1991 tới nay", "[từ 1991 tới nay]1991/y..2021-08-27/d; "},
	{"từ đầu năm đến nay", "[từ đầu năm đến nay]2021-01/m..2021-08-27/d; "},
	{"từ đầu năm 2020 đến nay", "[từ đầu năm 2020 đến nay]2020-01/m..2021-08-27/d; "},
	{"từ năm 2015", "[năm 2015]2015/y; "},
	{"từ năm 2019 đến năm 2021", "[từ năm 2019 đến năm 2021]2019/y..2021/y; "},
	{"từ 2019 tới 2021", "[từ 2019 tới 2021]2019/y..2021/y; "},
	{"từ năm 2021 đến năm 2019", "[năm 2021]2021/y; [năm 2019]2019/y; "},
	{"ba năm gần đây", "[ba năm gần đây]2018/y..2021/y; "},
	{"quý I/2022", "[quý I/2022]2022-01/m..2022-03/m; "},
	{"quý 2 năm 2022", "[quý 2 năm 2022]2022-04/m..2022-06/m; "},
	{"quý IV", "[quý IV]2021-10/m..2021-12/m; "},
	{"ngày 27 tháng 3 năm 2023", "[ngày 27 tháng 3 năm 2023]2023-03-27/d; "},
	{"ngày 2 tháng 9", "[ngày 2 tháng 9]2021-09-02/d; "},
	{"hôm nay", "[hôm nay]2021-08-27/d; "},
	{"sáng nay, tại", "[sáng nay]2021-08-27/d; "},
	{"hôm qua", "[hôm qua]2021-08-26/d; "},
	{"ngày mai", "[ngày mai]2021-08-28/d; "},
	{"2021-10-28", "[2021-10-28]2021-10-28/d; "},
	{"1/1/2022 và 31/12/2022", "[1/1/2022]2022-01-01/d; [31/12/2022]2022-12-31/d; "},
	{"ngày 29/2/2020", "[ngày 29/2/2020]2020-02-29/d; "},
	{"ngày 20/1", "[ngày 20/1]2021-01-20/d; "},
	{"ngày 20/3", "[ngày 20/3]2021-03-20/d; "},
	{"ngày 20/2", "[ngày 20/2]2021-02-20/d; "},
	/* not dates */
	{"7-10 bộ hài cốt", ""},
	{"19.2", ""},
	{"1.5 triệu", ""},
	{"1.667", ""},
	{"23/28 cột mốc", ""},
	{"80/80 mốc phụ", ""},
	{"202/2025/QH15", ""},
	{"ngày 29/2/2021", ""},
	{"32/1", ""},
	{"0/5", ""},
	{"12/13", ""},
	{"hơn ba năm gián đoạn", ""},
	{"3 tỉnh", ""},
	{"lần thứ 11", ""},
	{"Covid-19", ""},
	{"năm 3000", ""},
	{"năm 1800", ""},
	{"tháng 13", ""},
	{"436,23 triệu USD", ""},
	{"Đang truy cập1,239", ""},
	{"", ""},
};

/* the cases with a reference date */
BC_TEST(date_find_with_ref)
{
	size_t		i;

	for (i = 0; i < sizeof(with_ref) / sizeof(with_ref[0]); i++)
	{
		const char *got = find_all(with_ref[i].in, REF);

		if (strcmp(got, with_ref[i].want) != 0)
			bc_test_fail(__FILE__, __LINE__, "\"%s\": got \"%s\", want \"%s\"",
						 with_ref[i].in, got, with_ref[i].want);
		bc_test_checks++;
	}
}

/* without a publication date, day/month forms keep an unknown year */
static const dcase without_ref[] = {
	{"Ngày 27/3", "[Ngày 27/3]?-03-27/d; "},
	{"Sáng nay (27/8)", "[27/8]?-08-27/d; "},
	{"sáng 25-3", "[25-3]?-03-25/d; "},
	{"19-20/12", "[19-20/12]?-12-19/d..?-12-20/d; "},
	{"tháng 3", "[tháng 3]?-03/m; "},
	{"7 tháng đầu năm", "[7 tháng đầu năm]?-01/m..?-07/m; "},
	{"3 năm qua", "[3 năm qua]-; "},
	{"năm 2021", "[năm 2021]2021/y; "},
	{"28/10/2021", "[28/10/2021]2021-10-28/d; "},
	{"hôm nay", ""},
	{"năm nay", ""},
	{"ngày 29/2", "[ngày 29/2]?-02-29/d; "},
};

/* the cases without a reference date */
BC_TEST(date_find_without_ref)
{
	size_t		i;

	for (i = 0; i < sizeof(without_ref) / sizeof(without_ref[0]); i++)
	{
		const char *got = find_all(without_ref[i].in, NOREF);

		if (strcmp(got, without_ref[i].want) != 0)
			bc_test_fail(__FILE__, __LINE__, "\"%s\": got \"%s\", want \"%s\"",
						 without_ref[i].in, got, without_ref[i].want);
		bc_test_checks++;
	}
}

/* the year of a day/month crosses the new year when far from the reference */
BC_TEST(date_year_inference)
{
	bc_date		jan = {2022, 1, 10, BC_PREC_DAY};
	bc_date		dec = {2021, 12, 20, BC_PREC_DAY};

	BC_CHECK_STR(find_all("ngày 25/12", jan), "[ngày 25/12]2021-12-25/d; ");
	BC_CHECK_STR(find_all("ngày 5/1", dec), "[ngày 5/1]2022-01-05/d; ");
	BC_CHECK_STR(find_all("ngày 5/1", jan), "[ngày 5/1]2022-01-05/d; ");
	BC_CHECK_STR(find_all("ngày 10/7", jan), "[ngày 10/7]2022-07-10/d; ");
	BC_CHECK_STR(find_all("ngày 10/8", jan), "[ngày 10/8]2021-08-10/d; ");
	BC_CHECK_STR(find_all("ngày 20/1", (bc_date) {2021, 8, 27, BC_PREC_DAY}), "[ngày 20/1]2021-01-20/d; ");
	BC_CHECK_STR(find_all("ngày 20/2", dec), "[ngày 20/2]2022-02-20/d; ");
	BC_CHECK_STR(find_all("ngày 20/3", dec), "[ngày 20/3]2021-03-20/d; ");
}

/* a sentence with several expressions, in text order */
BC_TEST(date_find_sentence)
{
	const char *s = "Tổng kim ngạch xuất nhập khẩu 7 tháng đầu năm qua các cửa khẩu đạt "
		"436,23 triệu USD, tăng 39,52% so với cùng kỳ năm 2020.";

	BC_CHECK_STR(find_all(s, REF),
				 "[7 tháng đầu năm]2021-01/m..2021-07/m; [cùng kỳ năm 2020]2020/y; ");
	BC_CHECK_STR(find_all("Ngày 25/2, đã diễn ra hội nghị. Hội nghị lần thứ 13 năm 2022.", REF),
				 "[Ngày 25/2]2021-02-25/d; [năm 2022]2022/y; ");
}

/* out is bounded by max */
BC_TEST(date_find_max)
{
	bc_date_match m[2];
	const char *s = "1/1/2021, 2/1/2021, 3/1/2021, 4/1/2021";

	BC_CHECK_INT(bc_dates_find(s, strlen(s), REF, m, 2), 2);
	BC_CHECK_INT(m[1].from.day, 2);
	BC_CHECK_INT(bc_dates_find(s, strlen(s), REF, m, 0), 0);
	BC_CHECK_INT(bc_dates_find(NULL, 0, REF, m, 2), 0);
}

/* date lines */
typedef struct lcase
{
	const char *in;
	bool		ok;
	int			y,
				m,
				d,
				hh,
				mi,
				ss,
				tz;				/* INT_MIN: none */
} lcase;

static const lcase lines[] = {
	{"Thứ năm - 28/10/2021 14:53", true, 2021, 10, 28, 14, 53, 0, INT_MIN},
	{"Thứ sáu - 27/08/2021 05:03 399 0", true, 2021, 8, 27, 5, 3, 0, INT_MIN},
	{"Thứ Ba, 28/03/2023 08:37 (GMT+0)", true, 2023, 3, 28, 8, 37, 0, 0},
	{"25/02/2022 6:30 PM (GMT+7)", true, 2022, 2, 25, 18, 30, 0, 420},
	{"Thời gian đăng: 27/03/2023 12:47:05 PM", true, 2023, 3, 27, 12, 47, 5, INT_MIN},
	{"Cập nhật: 01/01/2024 12:05 AM", true, 2024, 1, 1, 0, 5, 0, INT_MIN},
	{"Thứ bảy, 18/05/2024", true, 2024, 5, 18, -1, -1, -1, INT_MIN},
	{"Chủ nhật, 05/06/2022 - 09:15", true, 2022, 6, 5, 9, 15, 0, INT_MIN},
	{"2021-10-28 14:53", true, 2021, 10, 28, 14, 53, 0, INT_MIN},
	{"28/10/2021 14:53 GMT+07:00", true, 2021, 10, 28, 14, 53, 0, 420},
	{"28-10-2021 14h53", true, 2021, 10, 28, 14, 53, 0, INT_MIN},
	{"Thứ 5, 28/10/2021, 14:53 (GMT-5)", true, 2021, 10, 28, 14, 53, 0, -300},
	{"Ngày 28/10/2021 lúc 14:53", true, 2021, 10, 28, 14, 53, 0, INT_MIN},
	{"28/10/2021 14:53 |", true, 2021, 10, 28, 14, 53, 0, INT_MIN},
	{"Cập nhật: 10:45 | 03/11/2022", true, 2022, 11, 3, 10, 45, 0, INT_MIN},
	{"Cập nhật 14:05 ngày 04/11/2023", true, 2023, 11, 4, 14, 5, 0, INT_MIN},
	{"Đăng lúc: 15:32 - 28/03/2023", true, 2023, 3, 28, 15, 32, 0, INT_MIN},
	{"18/5/2023 | 08:40", true, 2023, 5, 18, 8, 40, 0, INT_MIN},
	{"16/09/2025 - 10:05", true, 2025, 9, 16, 10, 5, 0, INT_MIN},
	{"26/2/2024, 17:48 (GMT+07:00)", true, 2024, 2, 26, 17, 48, 0, 420},
	{"Ngày đăng: 19/12/2023", true, 2023, 12, 19, -1, -1, -1, INT_MIN},
	/* a weekday after the time, a byline before a bullet, counters after the date */
	{"Cập nhật lúc 16:20, Thứ Tư, 06/12/2023 (GMT+7)", true, 2023, 12, 6, 16, 20, 0, 420},
	{"Thanh Lê • 10:48, 22/08/2024", true, 2024, 8, 22, 10, 48, 0, INT_MIN},
	{"Ngày đăng: 11/04/2024 | Lượt xem: 845", true, 2024, 4, 11, -1, -1, -1, INT_MIN},
	{"19:05 | 14/03/2024  |  💬 (3 bình luận)  |  👁 1.204", true, 2024, 3, 14, 19, 5, 0, INT_MIN},
	{"Thứ Hai, 17/11/2025 - 07:30  (0 bình luận)", true, 2025, 11, 17, 7, 30, 0, INT_MIN},
	{"16/09/2025 - 10:05 Lượt đọc: 3.417 | Bình luận: 2 | ♥ 56", true, 2025, 9, 16, 10, 5, 0, INT_MIN},
	/* data/heldout2: a date in words, weekday forms above the title */
	{"Ngày 20 tháng 3 năm 2024", true, 2024, 3, 20, -1, -1, -1, INT_MIN},
	{"ngày 5 tháng 11 năm 2023 | 09:10", true, 2023, 11, 5, 9, 10, 0, INT_MIN},
	{"Cập nhật lúc 08:15, Thứ Tư, 12/6/2024", true, 2024, 6, 12, 8, 15, 0, INT_MIN},
	{"Thứ Sáu, 6/9/2024 - 16:20", true, 2024, 9, 6, 16, 20, 0, INT_MIN},
	{"Chủ nhật, 3/3/2024 10:02", true, 2024, 3, 3, 10, 2, 0, INT_MIN},
	{"Đăng ngày: 21-12-2024", true, 2024, 12, 21, -1, -1, -1, INT_MIN},
	/* data/heldout3: a byline before a spaced dash (Thanh Niên) */
	{"PHAN THÀNH - 21/03/2024 19:42 GMT+7", true, 2024, 3, 21, 19, 42, 0, 420},
	{"Minh Anh – 05/06/2024 08:00", true, 2024, 6, 5, 8, 0, 0, INT_MIN},
	{"PHAN THÀNH - 21/03/2024", false, 0, 0, 0, -1, -1, -1, INT_MIN},
	{"Hà Nội - 21/03/2024 là ngày họp", false, 0, 0, 0, -1, -1, -1, INT_MIN},
	{"Ngày 20 tháng 3 năm 2024, tỉnh Quảng Ninh", false, 0, 0, 0, -1, -1, -1, INT_MIN},
	{"Ngày 20 tháng 13 năm 2024", false, 0, 0, 0, -1, -1, -1, INT_MIN},
	{"20 tháng 3", false, 0, 0, 0, -1, -1, -1, INT_MIN},
	{"20/11/2024 15:48 Hội nghị giao ban", false, 0, 0, 0, -1, -1, -1, INT_MIN},
	{"Thanh Lê • Hà Nội", false, 0, 0, 0, -1, -1, -1, INT_MIN},
	{"Thứ Ba, 27/02/2024 | Âm lịch: 18/1 Giáp Thìn", false, 0, 0, 0, -1, -1, -1, INT_MIN},
	{"Sáng nay (28/10), tại điểm cầu", false, 0, 0, 0, -1, -1, -1, INT_MIN},
	{"Ngày 27/3, tỉnh Hà Giang chủ trì", false, 0, 0, 0, -1, -1, -1, INT_MIN},
	{"28/10/2021 là ngày hội nghị", false, 0, 0, 0, -1, -1, -1, INT_MIN},
	{"31/02/2021 14:53", false, 0, 0, 0, -1, -1, -1, INT_MIN},
	{"28/13/2021", false, 0, 0, 0, -1, -1, -1, INT_MIN},
	{"28/10/2021 25:00", false, 0, 0, 0, -1, -1, -1, INT_MIN},
	{"28/10/21 14:53", false, 0, 0, 0, -1, -1, -1, INT_MIN},
	{"", false, 0, 0, 0, -1, -1, -1, INT_MIN},
	{"Đang truy cập1,239", false, 0, 0, 0, -1, -1, -1, INT_MIN},
	{"Tổng số điểm của bài viết là: 0 trong 0 đánh giá", false, 0, 0, 0, -1, -1, -1, INT_MIN},
	{"(GMT+7)", false, 0, 0, 0, -1, -1, -1, INT_MIN},
};

/* every date line case */
BC_TEST(date_lines)
{
	size_t		i;

	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++)
	{
		const lcase *c = &lines[i];
		bc_date		d;
		int			hh,
					mi,
					ss,
					tz;
		bool		ok = bc_dateline_parse(c->in, strlen(c->in), &d, &hh, &mi, &ss, &tz);

		if (ok != c->ok)
		{
			bc_test_fail(__FILE__, __LINE__, "\"%s\": got %d", c->in, ok);
			continue;
		}
		bc_test_checks++;
		if (!ok)
			continue;
		if (d.year != c->y || d.month != c->m || d.day != c->d || hh != c->hh ||
			mi != c->mi || ss != c->ss || tz != c->tz || d.precision != BC_PREC_DAY)
			bc_test_fail(__FILE__, __LINE__,
						 "\"%s\": got %d-%d-%d %d:%d:%d tz %d", c->in,
						 d.year, d.month, d.day, hh, mi, ss, tz);
	}
}

/* the calendar helpers */
BC_TEST(date_calendar)
{
	BC_CHECK_INT(bc_days_in_month(2021, 2), 28);
	BC_CHECK_INT(bc_days_in_month(2020, 2), 29);
	BC_CHECK_INT(bc_days_in_month(1900, 2), 28);
	BC_CHECK_INT(bc_days_in_month(2000, 2), 29);
	BC_CHECK_INT(bc_days_in_month(2021, 12), 31);
	BC_CHECK_INT(bc_days_in_month(2021, 4), 30);
	BC_CHECK_INT(bc_days_in_month(2021, 13), 0);
	BC_CHECK(bc_date_valid(2021, 10, 28));
	BC_CHECK(!bc_date_valid(2021, 2, 29));
	BC_CHECK(bc_date_valid(0, 2, 29));
	BC_CHECK(!bc_date_valid(2021, 4, 31));
	BC_CHECK(!bc_date_valid(1800, 1, 1));
}

/* junk never hangs nor reads past the end */
BC_TEST(date_bounded_on_junk)
{
	static const char *const junk[] = {
		"1/", "/1", "1/1/", "ngày", "ngày ", "tháng", "năm", "quý", "cùng kỳ",
		"giai đoạn", "giai đoạn 2019 -", "19 và", "19-", "\xFF\xFF/\xFF",
		"7 tháng", "7 tháng đầu", "3 năm", "ngày 19 và 20", "1.1.1.1",
	};
	size_t		i;

	for (i = 0; i < sizeof(junk) / sizeof(junk[0]); i++)
	{
		bc_date_match m[8];
		int			n = bc_dates_find(junk[i], strlen(junk[i]), REF, m, 8),
					k;

		BC_CHECK(n >= 0 && n <= 8);
		for (k = 0; k < n; k++)
			BC_CHECK(m[k].end <= (int) strlen(junk[i]) && m[k].start < m[k].end);
	}
}
