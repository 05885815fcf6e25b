/*
 * src/core/bc_figures.c
 *		The quantitative facts of the main text: money, percentages, counts.
 *
 * Each sentence of doc.main is read once, left to right.  A number becomes a
 * figure only when what follows it says what it counts: a currency, a
 * percent sign, or a counted noun from the table below.  Dates, years,
 * ordinals, durations, document and photo numbers, and counts of the
 * meeting's own parties ("3 tỉnh", "hai bên") never reach that point: they
 * are either inside a date expression, behind a word that makes them a
 * label ("lần thứ", "Thông tư", "Ảnh"), or followed by a noun that is not
 * in the table.  The metric comes from the nearest keyword before the number
 * in the same clause ("xuất khẩu", "tổng kim ngạch", "vốn đầu tư", "tăng").
 */
#include "bc_core.h"
#include "bc_date.h"
#include "bc_number.h"

#include <string.h>

#define MAX_DATES 4096
#define KEYWORD_WINDOW 400		/* bytes looked back for a metric keyword */

/* counted nouns; a figure's unit is the longest one that follows the number */
static const char *const count_units[] = {
	"bộ hài cốt", "hài cốt", "cột mốc chính", "cột mốc phụ", "mốc chính",
	"mốc phụ", "cột mốc", "mốc giới", "dự án", "lĩnh vực", "lượt du khách",
	"lượt khách", "lượt người", "lượt phương tiện", "lượt xe", "lượt",
	"du khách", "khách du lịch", "tấn", "doanh nghiệp", "hợp đồng",
	"văn bản", "thỏa thuận", "thoả thuận", "biên bản", "bản ghi nhớ",
	"chương trình", "hoạt động", "sự kiện", "chuyến", "xe", "phương tiện",
	"container", "người", "lao động", "công dân", "đại biểu", "học viên",
	"sinh viên", "lưu học sinh", "du học sinh", "học sinh", "giáo viên",
	"bác sĩ", "y bác sĩ", "bệnh nhân", "ca bệnh", "ca mắc", "hộ dân", "hộ",
	"ngôi nhà", "căn nhà", "nhà ở", "nhà đầu tư", "nhà máy", "trường học", "phòng học",
	"cây", "con", "chiếc", "ha", "héc-ta", "hecta", "km", "cây số", "km2", "km²",
	"m2", "m3", "kg", "lít", "mw", "kwh", "suất quà", "phần quà", "suất",
	"gói", "liều vắc-xin", "liều vaccine", "liều", "bộ", "cặp cửa khẩu",
	"cửa khẩu", "cặp chợ", "chợ biên giới", "lối mở", "vụ việc", "vụ",
	"đối tượng", "tàu", "cuộc", "cuộc tuần tra", "cuộc họp", "cuộc gặp",
	"lượt cán bộ", "buổi", "lớp", "khóa học", "mô hình",
	"sản phẩm", "mặt hàng", "tờ khai", "công trình", "khu công nghiệp",
	"cơ sở", "tổ chức", "cán bộ", "chiến sĩ",
	"liệt sĩ", "bệnh viện", "trạm y tế", "giường bệnh", "tuyến", "chuyến bay",
	"chuyến tàu", "con giống", "cây giống", "học bổng", "suất học bổng",
	"máy", "thiết bị", "bộ thiết bị", "ngàn liều", "lô hàng", "lô", "tấm",
	"căn", "ngôi", "cái", "nội dung", "nội dung hợp tác", "tin", "nguồn tin",
	"bản tin", "đợt", "đợt tuần tra", "vụ án", "trường hợp", "lớp học",
	"học viện", "trường", "gian hàng",
	/* groups of people and of visitors that are not the meeting's parties */
	"ngư dân", "thuyền viên", "công nhân", "nông dân", "người lao động",
	"thanh niên", "tình nguyện viên", "chuyên gia", "hộ gia đình", "hộ nghèo",
	"trẻ em", "nạn nhân", "tàu cá", "đoàn khách", "đoàn famtrip",
	"đoàn khảo sát", "đoàn doanh nghiệp", "đoàn nghệ thuật",
	/* seizures at the border, documents signed, members of an exchange */
	"bánh heroin", "bánh hêrôin", "bánh", "viên ma túy", "viên ma túy tổng hợp",
	"viên ma tuý", "viên hồng phiến", "văn kiện hợp tác",
	"đoàn viên", "hội viên", "thanh thiếu niên", NULL
};

/* classifiers that take their noun from an earlier mention ("41 bộ" after "1667 bộ hài cốt") */
static const char *const classifiers[] = {
	"bộ", "lượt", "chiếc", "con", "cái", "căn", "ngôi", "cuộc", "lô", "tấm",
	"suất", "liều", "đợt", NULL
};

/* words just before a number that make it a label, not a quantity */
static const char *const label_words[] = {
	"lần thứ", "thứ", "lần", "số hiệu", "ảnh", "hình", "clip", "video",
	"thông tư", "nghị định", "quyết định", "nghị quyết", "chỉ thị",
	"công văn", "luật", "khóa", "khoá", "điều", "khoản", "chương", "mục",
	"trang", "quốc lộ", "tỉnh lộ", "đường tỉnh", "đường", "phòng",
	"phiên", "kỳ họp", "kì họp", "cột mốc", "mốc", "lô", "tổ", "ấp",
	"phường", "quận", "đội", "khu", "top", "hotline", "điện thoại", "sđt",
	"đt", "fax", "mã", "biển số", "giai đoạn", "hạng",
	"khoảnh khắc", "kỷ niệm", NULL
};

/* keywords that name the metric of an amount of money, with the metric */
typedef struct metric_kw
{
	const char *w;
	const char *metric;
} metric_kw;

static const metric_kw money_keywords[] = {
	{"kim ngạch xuất nhập khẩu", "trade_total"},
	{"xuất nhập khẩu", "trade_total"},
	{"xuất, nhập khẩu", "trade_total"},
	{"kim ngạch thương mại", "trade_total"},
	{"kim ngạch hai chiều", "trade_total"},
	{"thương mại hai chiều", "trade_total"},
	{"trao đổi thương mại", "trade_total"},
	{"tổng kim ngạch", "trade_total"},
	{"kim ngạch", "trade_total"},
	{"thương mại", "trade_total"},
	{"thông quan", "trade_total"},
	{"giá trị", "money"},
	{"tổng giá trị", "money"},
	{"kim ngạch xuất khẩu", "export"},
	{"xuất khẩu", "export"},
	{"kim ngạch nhập khẩu", "import"},
	{"nhập khẩu", "import"},
	{"vốn đầu tư", "investment"},
	{"tổng vốn", "investment"},
	{"vốn đăng ký", "investment"},
	{"đầu tư", "investment"},
	{"fdi", "investment"},
	{"viện trợ", "money"},
	{"hỗ trợ", "money"},
	{"tài trợ", "money"},
	{"ngân sách", "money"},
	{"kinh phí", "money"},
	{"trị giá", "money"},
	{"thu ngân sách", "money"},
	{NULL, NULL}
};

/* keywords that make a percentage a growth rate */
static const metric_kw percent_keywords[] = {
	{"tăng trưởng", "growth"},
	{"tăng", "growth"},
	{"giảm", "growth"},
	{"chiếm", "percent"},
	{"đạt", "percent"},
	{"bằng", "percent"},
	{NULL, NULL}
};

/* words before a party name that make it an object, not the subject */
static const char *const prepositions[] = {
	"từ", "với", "của", "tại", "sang", "giữa", "và", "cùng", "cho", "ở",
	"qua", "đến", "tới", "về", "là", "thăm", "gặp", "nước bạn", "giáp",
	"tiếp giáp", "khách", "du khách", "nhân dân", "hàng", "trao tặng",
	"tặng", "hỗ trợ", "giúp", "giúp đỡ", NULL
};

/* words before a party name that make it the owner of what is counted */
static const char *const owners[] = {
	"cửa khẩu của", "địa bàn", "trên địa bàn", NULL
};

/* ----------------------------------------------------------------
 * helpers
 * ---------------------------------------------------------------- */

/* decode the code point at pos (s has len bytes); returns its length */
static size_t
cp_at(const char *s, size_t len, size_t pos, unsigned int *cp)
{
	uint32_t	c;
	size_t		l = (size_t) bc_utf8_decode(s + pos, len - pos, &c);

	*cp = c;
	return l;
}

/* true when the code point at pos is a letter or a digit */
static bool
alnum_at(const char *s, size_t len, size_t pos)
{
	unsigned int cp;
	size_t		k;

	if (pos >= len)
		return false;
	k = cp_at(s, len, pos, &cp);
	/* the next position starts a word exactly when this code point is not alphanumeric */
	return !bc_word_start(s, pos + k);
}

/* true when the word at pos is written with a capital then a small letter */
static bool
title_case(const char *s, size_t len, size_t pos)
{
	unsigned int c0,
				c1;
	size_t		k;

	if (pos >= len)
		return false;
	k = cp_at(s, len, pos, &c0);
	if (bc_lower_cp(c0) == c0 || pos + k >= len)
		return false;
	cp_at(s, len, pos + k, &c1);
	return bc_lower_cp(c1) == c1 && c1 != ' ' && !(c1 >= '0' && c1 <= '9') &&
		((c1 >= 'a' && c1 <= 'z') || c1 >= 0xC0);
}

/* the longest word of a list matched at pos: its index and length */
static size_t
longest_of(const char *s, size_t len, size_t pos, const char *const *list,
		   int *idx)
{
	size_t		best = 0;
	int			i;

	*idx = -1;
	for (i = 0; list[i]; i++)
	{
		size_t		k = bc_word_at(s, len, pos, list[i]);

		if (k > best)
		{
			best = k;
			*idx = i;
		}
	}
	return best;
}

/* true when a word of the list ends just before pos (spaces skipped) */
static bool
word_before(const char *s, size_t lo, size_t pos, const char *const *list,
			size_t *wstart)
{
	size_t		e = pos;
	int			i;
	size_t		best = 0;

	while (e > lo && (s[e - 1] == ' ' || s[e - 1] == '\t'))
		e--;
	for (i = 0; list[i]; i++)
	{
		size_t		wl = strlen(list[i]);

		if (wl > e - lo)
			continue;
		if (bc_word_at(s, e, e - wl, list[i]) == wl && bc_word_start(s, e - wl) &&
			wl > best)
			best = wl;
	}
	if (best > 0 && wstart)
		*wstart = e - best;
	return best > 0;
}

/* true when the word at p is capitalised and so is the word before it (lo bounds the look-back) */
static bool
in_proper_name(const char *s, size_t lo, size_t p)
{
	size_t		e = p,
				b;
	unsigned int cp;

	if (!title_case(s, p + 8, p))
		return false;
	while (e > lo && s[e - 1] == ' ')
		e--;
	if (e == p || e == lo)
		return false;
	b = e - 1;
	while (b > lo && ((unsigned char) s[b] & 0xC0) == 0x80)
		b--;
	while (b > lo && !bc_word_start(s, b))
		b--;
	cp_at(s, e, b, &cp);
	return bc_lower_cp(cp) != cp;
}

/* the last keyword of a table in s[lo,hi): its metric, or NULL; *kpos its start */
static const char *
last_keyword(const char *s, size_t lo, size_t hi, const metric_kw *t,
			 size_t *kpos)
{
	size_t		p = lo;
	const char *found = NULL;

	/* keep every look-back bounded, whatever the sentence length */
	if (hi > lo + KEYWORD_WINDOW)
	{
		p = hi - KEYWORD_WINDOW;
		while (p < hi && ((unsigned char) s[p] & 0xC0) == 0x80)
			p++;
	}
	while (p < hi)
	{
		if (bc_word_start(s, p) && ((unsigned char) s[p] & 0xC0) != 0x80)
		{
			size_t		best = 0;
			int			i,
						bi = -1;

			for (i = 0; t[i].w; i++)
			{
				size_t		k = bc_word_at(s, hi, p, t[i].w);

				if (k > best)
				{
					best = k;
					bi = i;
				}
			}
			/* "Sở Thương mại", "Hội chợ Thương mại": part of a name */
			if (bi >= 0 && strcmp(t[bi].w, "thương mại") == 0 &&
				in_proper_name(s, lo, p))
				bi = -1;
			if (bi >= 0)
			{
				found = t[bi].metric;
				if (kpos)
					*kpos = p;
				p += best;
				continue;
			}
		}
		p++;
	}
	return found;
}

/* first day of a date, or the empty date */
static bc_date
first_day(bc_date d)
{
	if (d.precision == BC_PREC_NONE || d.year <= 0)
	{
		memset(&d, 0, sizeof(d));
		return d;
	}
	if (d.month == 0)
		d.month = 1;
	if (d.day == 0)
		d.day = 1;
	d.precision = BC_PREC_DAY;
	return d;
}

/* last day of a date, or the empty date */
static bc_date
last_day(bc_date d)
{
	if (d.precision == BC_PREC_NONE || d.year <= 0)
	{
		memset(&d, 0, sizeof(d));
		return d;
	}
	if (d.month == 0)
		d.month = 12;
	if (d.day == 0)
		d.day = bc_days_in_month(d.year, d.month);
	d.precision = BC_PREC_DAY;
	return d;
}

/* end of the clause that starts at p: the first , ; ) or sentence end */
static size_t
clause_end(const char *s, size_t p, size_t hi)
{
	while (p < hi)
	{
		char		c = s[p];

		if (c == ',' || c == ';' || c == ')' || c == '\n' || c == '(')
			break;
		if (c == '.' && (p + 1 >= hi || s[p + 1] == ' ' || s[p + 1] == '\n'))
			break;
		p++;
	}
	return p;
}

/* trim spaces and final dots from s[a,b) */
static void
trim(const char *s, size_t *a, size_t *b)
{
	while (*a < *b && (s[*a] == ' ' || s[*a] == '\t'))
		(*a)++;
	while (*b > *a && (s[*b - 1] == ' ' || s[*b - 1] == '\t' || s[*b - 1] == '.'))
		(*b)--;
}

/* true when s[a,b) is a list item: it starts with "-", "+", "•" or "–" */
static bool
list_item(const char *s, size_t a, size_t b)
{
	while (a < b && (s[a] == ' ' || s[a] == '\t'))
		a++;
	if (a >= b)
		return false;
	if ((s[a] == '-' || s[a] == '+') && a + 1 < b && s[a + 1] == ' ')
		return true;
	return a + 3 < b && (memcmp(s + a, "\xe2\x80\xa2", 3) == 0 ||
						 memcmp(s + a, "\xe2\x80\x93", 3) == 0);
}

/* true when a figure with this metric, value and unit exists already */
static bool
is_duplicate(const bc_result *r, const char *metric, const char *value,
			 const char *unit)
{
	int			i;

	for (i = 0; i < r->figures.n; i++)
	{
		const bc_figure *f = &r->figures.items[i];

		if (strcmp(f->metric, metric) == 0 && strcmp(f->value, value) == 0 &&
			strcmp(f->unit ? f->unit : "", unit ? unit : "") == 0)
			return true;
	}
	return false;
}

/*
 * The party named as the subject of the clause that holds pos, or -1.
 * Vietnamese puts the subject first ("tỉnh Quảng Ninh đã thu hút được 76 dự
 * án có vốn đầu tư từ Trung Quốc"), so this is the first party named in the
 * sentence before pos that is not the object of a preposition ("từ Trung
 * Quốc", "tại Campuchia", "tiếp giáp Ratanakiri") nor an aside in
 * parentheses; a figure inside parentheses looks only inside them.
 */
static int
subject_before(const bc_result *r, const char *s, size_t sstart, size_t pos)
{
	static const char *const kinds[] = {
		"tỉnh", "thành phố", "tp", "huyện", "nước", "khu tự trị",
		"khu tự trị dân tộc choang", "vương quốc", "chính phủ",
		"ubnd tỉnh", "tỉnh ủy", "tỉnh uỷ", "đoàn công tác tỉnh",
		"đoàn đại biểu tỉnh", NULL
	};
	size_t		lo = sstart,
				p;
	int			depth = 0,
				i;

	/* an open parenthesis before pos starts the clause that holds it */
	for (p = pos; p > sstart; p--)
	{
		if (s[p - 1] == ')')
			depth++;
		else if (s[p - 1] == '(')
		{
			if (depth == 0)
			{
				lo = p;
				break;
			}
			depth--;
		}
	}
	for (i = 0; i < r->mentions.n; i++)
	{
		const bc_mention *m = &r->mentions.items[i];
		size_t		st = (size_t) m->start,
					ws,
					e;

		if (st < lo || (size_t) m->end > pos)
			continue;
		if (m->party < 0 || m->party >= r->parties.n)
			continue;
		/* "tỉnh Quảng Ninh": look before the unit word too */
		if (word_before(s, lo, st, kinds, &ws))
			st = ws;
		/* "các cửa khẩu của Lào Cai", "trên địa bàn tỉnh Lạng Sơn": the owner */
		if (!word_before(s, lo, st, owners, NULL) &&
			word_before(s, lo, st, prepositions, NULL))
			continue;
		/* "(Campuchia)": an aside */
		e = st;
		while (e > lo && s[e - 1] == ' ')
			e--;
		if (e > lo && s[e - 1] == '(')
			continue;
		return m->party;
	}
	return -1;
}

/* ----------------------------------------------------------------
 * one figure
 * ---------------------------------------------------------------- */

typedef struct fig_ctx
{
	bc_arena   *a;
	bc_result  *r;
	const char *s;
	size_t		len;
	bc_date_match *dates;
	int			ndates;
	int			sent;
	size_t		sstart;
	size_t		send;
	size_t		prev_end;		/* end of the previous figure in the sentence */
	const char *prev_money;		/* metric of the previous amount of money in it */
	size_t		cmp_start;		/* "so với ..." span of the last growth figure */
	size_t		cmp_end;
} fig_ctx;

/*
 * The period of a list item ("- Xuất khẩu: 120,5 triệu USD") given by the
 * sentence that introduces the list ("Năm 2023, hoạt động xuất nhập khẩu
 * ... đạt kết quả như sau:"): the index of the last period expression in
 * that sentence, or -1.  The introduction is the nearest sentence before the
 * run of list items that ends with ':'.
 */
static int
intro_period(fig_ctx *c)
{
	const bc_sentence *sents = c->r->doc.sents.items;
	int			si = c->sent,
				guard,
				i,
				best = -1;
	size_t		a,
				b;

	if (!list_item(c->s, (size_t) sents[si].start, (size_t) sents[si].end))
		return -1;
	for (guard = 0; guard < 30 && si > 0; guard++)
	{
		si--;
		a = (size_t) sents[si].start;
		b = (size_t) sents[si].end;
		if (!list_item(c->s, a, b))
			break;
	}
	a = (size_t) sents[si].start;
	b = (size_t) sents[si].end;
	while (b > a && (c->s[b - 1] == ' ' || c->s[b - 1] == '\n'))
		b--;
	if (si == c->sent || b == a || c->s[b - 1] != ':')
		return -1;
	for (i = 0; i < c->ndates; i++)
	{
		bc_date_match *m = &c->dates[i];

		if ((size_t) m->start < a || (size_t) m->end > b)
			continue;
		if (m->from.precision == BC_PREC_DAY && m->to.precision == BC_PREC_NONE)
			continue;
		best = i;
	}
	return best;
}

/* the period of a figure at [start,end): the last period expression before it in the sentence */
static void
find_period(fig_ctx *c, bc_figure *f, size_t start, size_t end)
{
	int			i,
				best = -1;

	for (i = 0; i < c->ndates; i++)
	{
		bc_date_match *m = &c->dates[i];

		if ((size_t) m->start < c->sstart || (size_t) m->end > start)
			continue;
		if (m->from.precision == BC_PREC_DAY && m->to.precision == BC_PREC_NONE)
			continue;			/* a meeting day is not a period */
		if (bc_word_at(c->s, c->len, (size_t) m->start, "cùng kỳ") ||
			bc_word_at(c->s, c->len, (size_t) m->start, "cùng kì"))
			continue;
		if ((size_t) m->start >= c->cmp_start && (size_t) m->end <= c->cmp_end)
			continue;
		{
			/* "vào tháng 11/2023": when something happened, not a period */
			static const char *const at[] = {"vào", "lúc", "hôm", NULL};

			if (word_before(c->s, c->sstart, (size_t) m->start, at, NULL))
				continue;
		}
		{
			size_t		ws;
			static const char *const so_voi[] = {"so với", NULL};

			if (word_before(c->s, c->sstart, (size_t) m->start, so_voi, &ws))
				continue;
		}
		best = i;
	}
	if (best < 0)
	{
		/* a period written after the figure in the same clause */
		size_t		ce = clause_end(c->s, end, c->send);

		for (i = 0; i < c->ndates; i++)
		{
			bc_date_match *m = &c->dates[i];
			static const char *const so_voi[] = {"so với", NULL};

			if ((size_t) m->start < end || (size_t) m->end > ce)
				continue;
			if (m->from.precision == BC_PREC_DAY && m->to.precision == BC_PREC_NONE)
				continue;
			if (word_before(c->s, end, (size_t) m->start, so_voi, NULL))
				continue;
			best = i;
			break;
		}
	}
	if (best < 0)
		best = intro_period(c);
	if (best < 0)
		return;
	{
		bc_date_match *m = &c->dates[best];
		size_t		a = (size_t) m->start,
					b = (size_t) m->end;

		/* "giai đoạn 2019 - 2021" is written as a period already */
		f->period = bc_strndup(c->a, c->s + a, b - a);
		f->period_from = first_day(m->from);
		f->period_to = last_day(m->to.precision != BC_PREC_NONE ? m->to : m->from);
		if (f->period_from.precision == BC_PREC_NONE)
			memset(&f->period_to, 0, sizeof(f->period_to));
	}
}

/* add one figure; the metric decides dedup */
static void
add_figure(fig_ctx *c, const char *metric, const bc_quantity *q,
		   const char *unit, const char *ratio_of, size_t mstart, size_t mend)
{
	bc_figure  *f;
	const char *u = q->currency ? q->currency : unit;
	int			qs;
	const char *qual;

	if (c->r->figures.n >= BC_MAX_ENTITIES)
		return;
	if (is_duplicate(c->r, metric, q->value, u))
		return;
	f = bc_vec_push(c->a, &c->r->figures);
	f->metric = metric;
	f->value = bc_strdup(c->a, q->value);
	f->unit = bc_strdup(c->a, u ? u : "");
	f->currency = q->currency ? bc_strdup(c->a, q->currency) : NULL;
	f->ratio_of = ratio_of ? bc_strdup(c->a, ratio_of) : NULL;
	qual = bc_qualifier_before(c->s, mstart, &qs);
	/* "hợp tác trên 5 lĩnh vực": "trên" is "across" before fields and routes */
	if (qual && strcmp(qual, "trên") == 0 && unit &&
		(strcmp(unit, "lĩnh vực") == 0 || strcmp(unit, "tuyến") == 0))
		qual = NULL;
	f->qualifier = qual && (size_t) qs >= c->sstart ? bc_strdup(c->a, qual) : NULL;
	f->subject = subject_before(c->r, c->s, c->sstart, mstart);
	f->meeting = -1;
	f->mention = bc_strndup(c->a, c->s + mstart, mend - mstart);
	f->sentence = c->sent;
	f->start = (int) mstart;
	f->end = (int) mend;
	f->uncertain = q->uncertain;

	/* growth: "so với cùng kỳ năm 2020" */
	if (strcmp(metric, "growth") == 0)
	{
		size_t		p = bc_skip_space(c->s, c->send, mend);
		size_t		k = bc_word_at(c->s, c->send, p, "so với");

		if (k > 0)
		{
			size_t		a = p + k,
						b = clause_end(c->s, a, c->send),
						w;
			static const char *const cause[] = {
				"do", "vì", "nhờ", "bởi", "chủ yếu", "trong đó", NULL
			};

			/* "so với cùng kỳ do ảnh hưởng của ...": the cause is not the base */
			for (w = a; w < b; w++)
			{
				int			ci;

				if (w > a && c->s[w - 1] == ' ' && bc_word_start(c->s, w) &&
					longest_of(c->s, b, w, cause, &ci) > 0)
				{
					b = w;
					break;
				}
			}
			trim(c->s, &a, &b);
			if (b > a)
				f->compared_with = bc_strndup(c->a, c->s + a, b - a);
			c->cmp_start = p;
			c->cmp_end = b;
		}
	}
	find_period(c, f, mstart, mend);
}

/* true when the number at p is glued to an identifier ("COVID-19", "QH15", "4.0") */
static bool
glued(const char *s, size_t len, size_t start, size_t end)
{
	if (start >= 2 && (s[start - 1] == '-' || s[start - 1] == '/' ||
					   s[start - 1] == '#') &&
		!bc_word_start(s, start - 1))
		return true;
	/* "1..234", "1,,5": the tail of a broken number */
	if (start >= 1 && (s[start - 1] == '.' || s[start - 1] == ','))
		return true;
	if (start >= 1 && !bc_word_start(s, start))
		return true;
	/* a letter or digit right after: "5G", "15QH" */
	return end < len && s[end] != '%' && alnum_at(s, len, end);
}

/* the unit of a count after pos: index into count_units and its end, or -1 */
static int
count_unit_at(const char *s, size_t len, size_t pos, size_t *uend)
{
	size_t		p = bc_skip_space(s, len, pos);
	int			idx;
	size_t		k;

	if (p == pos)
		return -1;				/* "76dự án": no space, no unit */
	k = longest_of(s, len, p, count_units, &idx);
	if (k == 0)
		return -1;
	*uend = p + k;
	return idx;
}

/* the fuller unit of an earlier figure in the paragraph that starts with this classifier */
static const char *
carried_unit(fig_ctx *c, const char *cls)
{
	int			i;
	size_t		cl = strlen(cls);
	int			para = c->r->doc.sents.items[c->sent].para;

	for (i = c->r->figures.n - 1; i >= 0; i--)
	{
		const bc_figure *f = &c->r->figures.items[i];

		if (c->r->doc.sents.items[f->sentence].para != para)
			break;
		if (f->unit && strncmp(f->unit, cls, cl) == 0 && f->unit[cl] == ' ')
			return f->unit;
	}
	return NULL;
}

/* read what starts at p in the sentence; returns where to go on */
static size_t
read_at(fig_ctx *c, size_t p)
{
	const char *s = c->s;
	size_t		hi = c->send;
	bc_quantity q;
	bc_num_error err;
	size_t		skip;

	err = bc_quantity_at(s, hi, p, &q);
	if (err != BC_NUM_OK)
	{
		/* move past the token */
		skip = p + 1;
		while (skip < hi && ((s[skip] >= '0' && s[skip] <= '9') ||
							 s[skip] == '.' || s[skip] == ',' || s[skip] == '/'))
			skip++;
		return skip;
	}
	skip = (size_t) (q.end > q.num_end ? q.end : q.num_end);

	if (glued(s, hi, (size_t) q.start,
			  (size_t) (q.currency || q.percent ? q.end : q.num_end)) &&
		!((size_t) q.num_end < hi && s[q.num_end] == '/'))
		return skip;
	if (word_before(s, c->sstart, (size_t) q.start, label_words, NULL))
	{
		/* "Thông tư 02", "lần thứ 11": skip a document number wholly */
		while (skip < hi && s[skip] != ' ' && s[skip] != ',' && s[skip] != ';')
			skip++;
		return skip;
	}

	/* a slash after the number: a ratio "23/28 cột mốc" or a document number */
	if ((size_t) q.num_end < hi && s[q.num_end] == '/')
	{
		bc_quantity q2;
		size_t		e,
					uend;
		int			ui;

		if (q.spelled || q.upper[0] ||
			bc_quantity_at(s, hi, (size_t) q.num_end + 1, &q2) != BC_NUM_OK ||
			q2.spelled || q2.has_scale || q2.upper[0])
			goto skip_token;
		e = (size_t) q2.num_end;
		if (e < hi && (s[e] == '/' || alnum_at(s, hi, e)))
			goto skip_token;
		ui = count_unit_at(s, hi, e, &uend);
		if (ui < 0 || q2.currency || q2.percent ||
			bc_decimal_cmp(q2.value, "0") == 0 ||
			bc_decimal_cmp(q.value, q2.value) > 0)
			goto skip_token;
		if (title_case(s, uend, bc_skip_space(s, hi, e)))
			goto skip_token;
		add_figure(c, "ratio", &q, count_units[ui], q2.value, (size_t) q.start, uend);
		c->prev_end = uend;
		return uend;
skip_token:
		skip = (size_t) q.num_end;
		while (skip < hi && s[skip] != ' ' && s[skip] != ',' && s[skip] != ';')
			skip++;
		return skip;
	}

	if (q.spelled && strcmp(q.value, "1") == 0)
		return skip;			/* "một" is mostly the article "a" */
	if (q.spelled && (q.num_end - q.start <= 4) &&
		bc_word_at(s, hi, (size_t) q.start, "năm"))
		return skip;			/* "năm" alone is mostly "year" */
	{
		static const char *const vague[] = {"hàng", "mỗi", "các", "những", NULL};

		if (q.spelled && word_before(s, c->sstart, (size_t) q.start, vague, NULL))
			return skip;		/* "hàng trăm", "mỗi năm" */
	}

	/* money */
	if (q.currency)
	{
		size_t		kp = 0;
		const char *metric = last_keyword(s, c->prev_end, (size_t) q.start,
										  money_keywords, &kp);

		/*
		 * "tổng kim ngạch ... đạt X, riêng 8 tháng đầu năm đạt Y": a second
		 * amount reached in the same sentence, with no keyword of its own,
		 * measures what the first one measured
		 */
		if (metric == NULL && c->prev_money && strcmp(c->prev_money, "money") != 0)
		{
			static const metric_kw reach[] = {{"đạt", "x"}, {"riêng", "x"}, {NULL, NULL}};

			if (last_keyword(s, c->prev_end, (size_t) q.start, reach, NULL))
				metric = c->prev_money;
		}
		/*
		 * "xuất khẩu gỗ sang Lào với giá trị khoảng 15 triệu USD": the value
		 * of a flow named earlier in the clause measures that flow
		 */
		if (metric != NULL && strcmp(metric, "money") == 0 && kp > c->prev_end &&
			(bc_word_at(s, hi, kp, "giá trị") || bc_word_at(s, hi, kp, "tổng giá trị") ||
			 bc_word_at(s, hi, kp, "trị giá")))
		{
			static const metric_kw flows[] = {
				{"xuất nhập khẩu", "trade_total"}, {"xuất, nhập khẩu", "trade_total"},
				{"xuất khẩu", "export"}, {"nhập khẩu", "import"}, {NULL, NULL}
			};
			const char *flow = last_keyword(s, c->prev_end, kp, flows, NULL);

			if (flow)
				metric = flow;
		}
		if (metric == NULL)
			metric = "money";
		add_figure(c, metric, &q, NULL, NULL, (size_t) q.start, (size_t) q.end);
		c->prev_money = metric;
		c->prev_end = (size_t) q.end;
		return (size_t) q.end;
	}

	/* percent */
	if (q.percent)
	{
		size_t		kp = 0,
					lo = c->prev_end;
		const char *metric;
		size_t		p2 = bc_skip_space(s, hi, (size_t) q.end);

		metric = last_keyword(s, lo, (size_t) q.start, percent_keywords, &kp);
		/* the growth keyword must be close: "tăng 39,52%", "tăng trưởng bình quân 8%" */
		if (metric && strcmp(metric, "growth") == 0 && (size_t) q.start - kp > 40)
			metric = NULL;
		{
			/* "giảm còn 2,5%", "tăng lên 15%": the level reached, not the change */
			static const char *const level[] = {"còn", "xuống", "lên", "lên mức", "ở mức", NULL};
			size_t		e = (size_t) q.start;
			int			qs2;

			if (bc_qualifier_before(s, e, &qs2) && (size_t) qs2 >= c->sstart)
				e = (size_t) qs2;
			if (metric && strcmp(metric, "growth") == 0 &&
				word_before(s, c->sstart, e, level, NULL))
				metric = NULL;
		}
		if (bc_word_at(s, hi, p2, "so với"))
			metric = "growth";
		if (metric == NULL || strcmp(metric, "growth") != 0)
			metric = "percent";
		else if (kp < (size_t) q.start && q.start - kp <= 40 &&
				 bc_word_at(s, hi, kp, "giảm") && q.value[0] != '-' &&
				 strlen(q.value) + 2 <= sizeof(q.value))
		{
			/* "giảm 5,3% so với cùng kỳ": a decline is a negative growth rate */
			memmove(q.value + 1, q.value, strlen(q.value) + 1);
			q.value[0] = '-';
		}
		add_figure(c, metric, &q, "%", NULL, (size_t) q.start, (size_t) q.end);
		c->prev_end = (size_t) q.end;
		return (size_t) q.end;
	}

	/* counts: the noun that follows */
	{
		size_t		uend = 0,
					ustart;
		int			ui = count_unit_at(s, hi, (size_t) q.num_end, &uend);
		const char *unit;
		int			i;

		if (ui < 0)
			return skip;
		ustart = bc_skip_space(s, hi, (size_t) q.num_end);
		/* a capitalised noun is a name: "hai Nhà nước", "hai Đảng" */
		if (title_case(s, uend, ustart))
			return skip;
		/* the unit in its table spelling: lower case NFC */
		unit = count_units[ui];
		/* geographic constants: the length of the border, the area of a province */
		if (strcmp(unit, "km") == 0 || strcmp(unit, "cây số") == 0 ||
			strcmp(unit, "km2") == 0 || strcmp(unit, "km²") == 0)
		{
			static const metric_kw geo[] = {
				{"dài", "x"}, {"chiều dài", "x"}, {"đường biên giới", "x"},
				{"biên giới", "x"}, {"diện tích", "x"}, {"tổng diện tích", "x"},
				{"diện tích tự nhiên", "x"}, {"rộng", "x"}, {NULL, NULL}
			};

			/* "120 km đường", "28 km đường giao thông": road built, not a constant */
			size_t		r = bc_skip_space(s, hi, uend);
			bool		road = r > uend && bc_word_at(s, hi, r, "đường") &&
				!bc_word_at(s, hi, r, "đường biên") && !bc_word_at(s, hi, r, "đường biên giới");

			if (!road &&
				(last_keyword(s, c->sstart, (size_t) q.start, geo, NULL) ||
				 last_keyword(s, uend, clause_end(s, uend, hi), geo, NULL)))
				return uend;
		}
		/* "Lào Cai có 1 cửa khẩu quốc tế", "An Giang có 7 cửa khẩu": the gates a province has */
		if (strcmp(unit, "cửa khẩu") == 0 || strcmp(unit, "cặp cửa khẩu") == 0 ||
			strcmp(unit, "lối mở") == 0)
		{
			static const metric_kw has[] = {{"có", "x"}, {"gồm", "x"}, {NULL, NULL}};
			size_t		lo = (size_t) q.start > c->sstart + 80 ? (size_t) q.start - 80 : c->sstart;

			/* also the later items of the list: "có 1 cửa khẩu ..., 1 cửa khẩu ..." */
			if (last_keyword(s, lo, (size_t) q.start, has, NULL))
				return uend;
		}
		for (i = 0; classifiers[i]; i++)
			if (strcmp(unit, classifiers[i]) == 0)
			{
				const char *full = carried_unit(c, unit);

				if (full)
					unit = full;
				break;
			}
		add_figure(c, "count", &q, unit, NULL, (size_t) q.start, uend);
		c->prev_end = uend;
		return uend;
	}
}

/* ----------------------------------------------------------------
 * tables
 * ---------------------------------------------------------------- */

#define MAX_CELLS 12

/* Split s[a,b) at '|' into trimmed cells; returns how many (0 unless 3 or more). */
static int
table_cells(const char *s, size_t a, size_t b, size_t *cs, size_t *ce)
{
	int			n = 0;
	size_t		cb = a;

	for (size_t p = a; p <= b && n < MAX_CELLS; p++)
	{
		size_t		x,
					y;

		if (p < b && s[p] != '|')
			continue;
		x = cb;
		y = p;
		while (x < y && (s[x] == ' ' || s[x] == '\n'))
			x++;
		while (y > x && (s[y - 1] == ' ' || s[y - 1] == '\n' || s[y - 1] == '.'))
			y--;
		cs[n] = x;
		ce[n] = y;
		n++;
		cb = p + 1;
	}
	return n >= 3 ? n : 0;
}

/* Is s[a,b) a bare number ("2.150", "410.000", "14")? */
static bool
bare_number(const char *s, size_t a, size_t b)
{
	if (b <= a || s[a] < '0' || s[a] > '9')
		return false;
	for (size_t p = a; p < b; p++)
		if (!((s[p] >= '0' && s[p] <= '9') || s[p] == '.' || s[p] == ','))
			return false;
	return true;
}

/*
 * A row of a table ("1 | Kim ngạch ... (triệu USD) | 2.150 | 2.780") under
 * a header ("STT | Chỉ tiêu | Năm 2023 | Năm 2024"): each bare number is a
 * figure whose scale and unit come from the brackets at the end of the
 * row's label, whose metric comes from the label's words and whose period
 * is the header of its column.  Returns false when the sentence is no row.
 */
static bool
table_row(fig_ctx *c)
{
	const bc_result *r = c->r;
	const char *s = c->s;
	size_t		cs[MAX_CELLS],
				ce[MAX_CELLS],
				hs[MAX_CELLS],
				he[MAX_CELLS];
	int			n = table_cells(s, c->sstart, c->send, cs, ce),
				nh = 0,
				label = -1;
	size_t		ub = 0,
				ue = 0;

	if (n == 0)
		return false;
	{
		bool		any = false;

		for (int j = 0; j < n; j++)
			if (bare_number(s, cs[j], ce[j]))
				any = true;
		if (!any)
			return false;
	}
	/* the header: the nearest row above without bare numbers */
	for (int k = c->sent - 1; k >= 0 && k >= c->sent - 8; k--)
	{
		const bc_sentence *st = &r->doc.sents.items[k];
		int			m = table_cells(s, (size_t) st->start, (size_t) st->end, hs, he);
		bool		nums = false;

		if (m == 0)
			break;
		for (int j = 1; j < m; j++)
			if (bare_number(s, hs[j], he[j]))
				nums = true;
		if (!nums)
		{
			nh = m;
			break;
		}
	}
	/* the label: the first cell that is not a bare number, its unit in brackets */
	for (int j = 0; j < n && label < 0; j++)
		if (!bare_number(s, cs[j], ce[j]))
			label = j;
	if (label < 0)
		return true;
	if (ce[label] > cs[label] && s[ce[label] - 1] == ')')
	{
		size_t		o = ce[label] - 1;

		while (o > cs[label] && s[o] != '(')
			o--;
		if (s[o] == '(')
		{
			ub = o + 1;
			ue = ce[label] - 1;
		}
	}
	if (ue <= ub || ue - ub > 40)
		return true;			/* no unit: the numbers say nothing */
	for (int j = label + 1; j < n; j++)
	{
		char		buf[96];
		size_t		vl = ce[j] - cs[j],
					ul = ue - ub;
		bc_quantity q;
		const char *metric = "count";
		char	   *unit = NULL;

		if (!bare_number(s, cs[j], ce[j]) || vl + ul + 2 > sizeof(buf))
			continue;
		memcpy(buf, s + cs[j], vl);
		buf[vl] = ' ';
		memcpy(buf + vl + 1, s + ub, ul);
		buf[vl + 1 + ul] = '\0';
		if (bc_quantity_at(buf, vl + 1 + ul, 0, &q) != BC_NUM_OK)
			continue;
		if (q.currency)
		{
			metric = last_keyword(s, cs[label], ub, money_keywords, NULL);
			if (metric == NULL)
				metric = "money";
		}
		else if (q.percent)
			metric = "percent";
		else
		{
			/* the unit without its scale word: "(nghìn lượt)" -> "lượt" */
			size_t		u0 = (size_t) (q.num_end > (int) vl ? q.num_end : (int) vl + 1);

			while (u0 < vl + 1 + ul && buf[u0] == ' ')
				u0++;
			unit = bc_strndup(c->a, buf + u0, vl + 1 + ul - u0);
		}
		{
			int			before = r->figures.n;

			add_figure(c, metric, &q, unit, NULL, cs[j], ce[j]);
			if (r->figures.n > before && nh == n)
			{
				bc_figure  *f = &r->figures.items[r->figures.n - 1];
				size_t		a2 = hs[j],
							b2 = he[j];

				f->period = bc_strndup(c->a, s + a2, b2 - a2);
				memset(&f->period_from, 0, sizeof(bc_date));
				memset(&f->period_to, 0, sizeof(bc_date));
				for (size_t p = a2; p + 4 <= b2; p++)
					if (bare_number(s, p, p + 4) && (p == a2 || s[p - 1] == ' ') &&
						(p + 4 == b2 || s[p + 4] < '0' || s[p + 4] > '9'))
					{
						bc_date		y;

						memset(&y, 0, sizeof(y));
						y.year = (s[p] - '0') * 1000 + (s[p + 1] - '0') * 100 +
							(s[p + 2] - '0') * 10 + (s[p + 3] - '0');
						y.precision = BC_PREC_YEAR;
						f->period_from = first_day(y);
						f->period_to = last_day(y);
						break;
					}
			}
		}
	}
	return true;
}

/* ----------------------------------------------------------------
 * the stage
 * ---------------------------------------------------------------- */

/* fill r->figures from the sentences of doc.main */
void
bc_find_figures(bc_arena *a, bc_result *r)
{
	fig_ctx		c;
	int			si,
				di = 0;
	int			maxd;

	if (r == NULL || r->doc.main == NULL || r->doc.main_len == 0)
		return;
	memset(&c, 0, sizeof(c));
	c.a = a;
	c.r = r;
	c.s = r->doc.main;
	c.len = r->doc.main_len;
	maxd = (int) (c.len / 4 + 16);
	if (maxd > MAX_DATES)
		maxd = MAX_DATES;
	c.dates = bc_alloc(a, sizeof(bc_date_match) * (size_t) maxd);
	c.ndates = bc_dates_find(c.s, c.len, r->doc.published, c.dates, maxd);

	for (si = 0; si < r->doc.sents.n; si++)
	{
		const bc_sentence *st = &r->doc.sents.items[si];
		size_t		p;

		if (st->start < 0 || st->end > (int) c.len || st->start >= st->end)
			continue;
		c.sent = si;
		c.sstart = (size_t) st->start;
		c.send = (size_t) st->end;
		c.prev_end = c.sstart;
		c.prev_money = NULL;
		c.cmp_start = c.cmp_end = 0;
		if (table_row(&c))
			continue;
		p = c.sstart;
		while (p < c.send)
		{
			unsigned char ch = (unsigned char) c.s[p];

			/* dates are not figures: jump over them */
			while (di < c.ndates && (size_t) c.dates[di].end <= p)
				di++;
			if (di < c.ndates && (size_t) c.dates[di].start <= p)
			{
				p = (size_t) c.dates[di].end;
				continue;
			}
			if ((ch & 0xC0) == 0x80 || !bc_word_start(c.s, p) ||
				!((ch >= '0' && ch <= '9') || ch >= 0x80 ||
				  (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')))
			{
				p++;
				continue;
			}
			{
				size_t		np = read_at(&c, p);

				p = np > p ? np : p + 1;
			}
		}
	}
}
