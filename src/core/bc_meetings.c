/*
 * src/core/bc_meetings.c
 *		Meetings, agreements, cooperation fields, people roles and CAMEO codes.
 *
 * The stage runs after parties, people and figures.  It scans a folded copy
 * of doc.main (lower case, old-style tone placement, same byte offsets) for
 * meeting words (hội nghị, hội đàm, gặp gỡ, ...), classifies every
 * occurrence as a report of a meeting that is happening (current), a
 * background mention of an earlier meeting (reference) or a generic/future
 * mention (ignored), merges the occurrences that describe one meeting, and
 * then reads each meeting's attributes from the sentences that talk about it:
 * mode, ordinal, series, location, host, date, parties, fields and CAMEO.
 *
 * Everything is bounded by the length of the main text and by BC_MAX_ENTITIES;
 * no state outlives the call except read-only tables.
 */
#include "bc_core.h"
#include "bc_meetings.h"

/*
 * Dates come from the numbers stage's scanner when it is built in
 * (bc_date.h); the private scanner below is the fallback.
 */
#if defined(__has_include)
#if __has_include("bc_date.h")
#include "bc_date.h"
#define MT_HAVE_BC_DATES 1
#endif
#endif

#include <stdio.h>
#include <stdlib.h>

#define MT_MAX_OCC 400			/* meeting-word occurrences considered */
#define MT_MAX_MEETINGS 8		/* current meetings per article */
#define MT_MAX_REFS 8			/* referenced meetings per article */
#define MT_MAX_DATES 64

/* classes of an occurrence */
enum
{
	MT_GENERIC = 0,				/* plural, mechanism or future: ignored */
	MT_REF,						/* background mention of an earlier meeting */
	MT_MENTION,					/* anaphoric mention of a current meeting */
	MT_CURRENT					/* reports the meeting as happening */
};

typedef struct mt_trigger
{
	const char *kw;				/* folded keyword */
	const char *kind;			/* contract vocabulary */
	bool		noun;			/* can carry a series name and an ordinal */
} mt_trigger;

/* longest first where keywords share a prefix */
static const mt_trigger mt_triggers[] = {
	{"hội nghị", "conference", true},
	{"phiên họp", "conference", true},
	{"kỳ họp", "conference", true},
	{"hội đàm", "talks", true},
	{"điện đàm", "talks", false},
	{"hội kiến", "meeting", false},
	{"gặp gỡ", "meeting", false},
	{"gặp mặt", "meeting", true},
	{"cuộc họp", "meeting", true},
	{"cuộc gặp", "meeting", false},
	{"buổi gặp", "meeting", false},
	{"cuộc tiếp xúc", "meeting", false},
	{"buổi tiếp xúc", "meeting", false},
	{"buổi họp", "meeting", true},
	{"buổi giao ban", "meeting", true},
	{"cuộc giao ban", "meeting", true},
	{"thăm và làm việc", "visit", false},
	{"thăm, làm việc", "visit", false},
	{"buổi làm việc", "working_session", false},
	{"làm việc với", "working_session", false},
	{"đã làm việc", "working_session", false},
	{"đến làm việc", "working_session", false},
	{"sang làm việc", "working_session", false},
	{"tới làm việc", "working_session", false},
	{"đã tiếp", "visit", false},
	{"tiếp và làm việc", "working_session", false},
	{"đã tiếp và làm việc", "working_session", false},
	{"tiếp đoàn", "visit", false},
	{"chuyến thăm", "visit", false},
	{"đến thăm", "visit", false},
	{"sang thăm", "visit", false},
	{"thăm chính thức", "visit", false},
	{"chào xã giao", "visit", false},
	{"thăm xã giao", "visit", false},
	{"tiếp xã giao", "visit", false},
	{"chào, chúc tết", "visit", false},
	{"thăm, chúc tết", "visit", false},
	{"chúc tết", "visit", false},
	{"hội thảo", "seminar", true},
	{"tọa đàm", "seminar", true},
	{"diễn đàn", "other", true},
	{"lễ ký kết", "ceremony", true},
	{"lễ ký", "ceremony", true},
	{"lễ khánh thành", "ceremony", true},
	{"lễ bàn giao", "ceremony", true},
	{"lễ tiếp nhận", "ceremony", true},
	{"lễ trao", "ceremony", true},
	{"lễ kỷ niệm", "ceremony", true},
	{"lễ ra mắt", "ceremony", true},
	{"lễ công bố", "ceremony", true},
	{"lễ khai trương", "ceremony", true},
	{"lễ truy điệu", "ceremony", true},
	{"lễ hồi hương", "ceremony", true},
	{"lễ đón", "ceremony", true},
	{"lễ mít tinh", "ceremony", true},
	{"lễ khởi công", "ceremony", true},
	{"lễ khai mạc", "ceremony", true},
	{NULL, NULL, false}
};

/* cooperation fields and their keyword evidence (folded) */
typedef struct mt_field
{
	const char *field;
	const char *kws[16];
} mt_field;

static const mt_field mt_fields[] = {
	{"security_crime", {"an ninh", "tội phạm", "buôn lậu", "ma túy", "trái phép",
	"buôn bán người", "tuần tra", "vượt biên", "quốc phòng", NULL}},
	{"trade", {"thương mại", "xuất nhập khẩu", "kim ngạch", "giao thương",
	"xuất khẩu", "nhập khẩu", "biên mậu", "trao đổi hàng hóa", NULL}},
	{"investment", {"đầu tư", NULL}},
	{"tourism", {"du lịch", NULL}},
	{"health", {"y tế", "phòng, chống dịch", "phòng chống dịch", "chống dịch",
	"bệnh viện", "khám chữa bệnh", "phòng, chống dịch bệnh", NULL}},
	{"education", {"giáo dục", "đào tạo", "học bổng", "lưu học sinh",
	"du học sinh", NULL}},
	{"transport_infrastructure", {"giao thông", "hạ tầng", "đường bộ",
	"đường sắt", "cao tốc", "vận tải", "kết nối giao thông", NULL}},
	{"energy", {"điện lực", "năng lượng", "lưới điện", "mua bán điện",
	"thủy điện", "cung cấp điện", NULL}},
	{"border_demarcation", {"phân giới", "cắm mốc", "cột mốc", "mốc giới",
	"mốc phụ", NULL}},
	{"remains_repatriation", {"hài cốt", "quân tình nguyện", NULL}},
	{"labour", {"lao động", NULL}},
	{"agriculture", {"nông nghiệp", "nông sản", "lâm nghiệp", "thủy sản",
	"chăn nuôi", "trồng trọt", "nông lâm", NULL}},
	{"culture_society", {"văn hóa", "thể thao", "giao lưu nhân dân",
	"nghệ thuật", "giảm nghèo", "an sinh xã hội", NULL}},
	{"environment", {"môi trường", "biến đổi khí hậu", "thiên tai",
	"lũ lụt", NULL}},
	{"justice", {"tư pháp", "pháp luật", "hộ tịch", NULL}},
	{"finance", {"tài chính", "ngân hàng", "thanh toán", "tiền tệ", NULL}},
	{"border_gates", {"cửa khẩu", "lối mở", "chợ biên giới", "thông quan",
	"lối thông quan", NULL}},
	{NULL, {NULL}}
};

typedef struct mt_agr_kw
{
	const char *kw;
	const char *kind;
} mt_agr_kw;

/* agreement nouns; longest first where they share a prefix */
static const mt_agr_kw mt_agr_kws[] = {
	{"biên bản ghi nhớ", "memorandum"},
	{"bản ghi nhớ", "memorandum"},
	{"thỏa thuận ghi nhớ", "memorandum"},
	{"biên bản thỏa thuận", "cooperation_agreement"},	/* the head is "thỏa thuận" */
	{"biên bản thoả thuận", "cooperation_agreement"},
	{"biên bản", "minutes"},
	{"thông cáo chung", "joint_communique"},
	{"tuyên bố chung", "joint_communique"},
	{"kế hoạch hành động", "action_plan"},
	{"chương trình hành động", "action_plan"},
	{"kế hoạch hợp tác", "action_plan"},
	{"thỏa thuận", "cooperation_agreement"},
	{"hiệp định", "cooperation_agreement"},
	{"nghị định thư", "cooperation_agreement"},
	{"các nội dung hợp tác", "cooperation_agreement"},
	{"hợp tác", "cooperation_agreement"},	/* only right after ký kết */
	{NULL, NULL}
};

typedef struct mt_sent
{
	int			start;
	int			end;
} mt_sent;

typedef struct mt_occ
{
	int			start;
	int			end;
	int			sent;
	const mt_trigger *trig;
	int			cls;
	int			ordinal;
	int			meeting;		/* current meeting index, -1 */
	bc_date		date;			/* explicit date before the trigger */
	int			ref_year;		/* "vào năm 2019" after a reference */
} mt_occ;

typedef struct mt_ctx
{
	bc_arena   *a;
	bc_result  *r;
	const char *t;				/* doc.main */
	char	   *f;				/* folded doc.main, same offsets */
	int			n;
	mt_sent    *sents;
	int			nsents;
	mt_occ	   *occ;
	int			nocc;
	int		   *sent_meeting;	/* context meeting of each sentence */
} mt_ctx;

/* ----------------------------------------------------------------
 * folding with stable offsets
 * ---------------------------------------------------------------- */

/* decode one code point (lenient: bad bytes count as one Latin-1 char) */
static int
mt_dec(const char *s, int len, uint32_t *cp)
{
	return bc_utf8_decode(s, len > 0 ? (size_t) len : 0, cp);
}

/* encode a code point of at most three bytes into out; returns bytes */
static int
mt_enc(uint32_t cp, char *out)
{
	if (cp < 0x80)
	{
		out[0] = (char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		out[0] = (char) (0xC0 | (cp >> 6));
		out[1] = (char) (0x80 | (cp & 0x3F));
		return 2;
	}
	out[0] = (char) (0xE0 | (cp >> 12));
	out[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
	out[2] = (char) (0x80 | (cp & 0x3F));
	return 3;
}

/* simple lower case for Latin scripts; keeps the UTF-8 length */
static uint32_t
mt_lower(uint32_t cp)
{
	if (cp >= 'A' && cp <= 'Z')
		return cp + 32;
	if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
		return cp + 0x20;
	if (((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) &&
		(cp & 1) == 0)
		return cp + 1;
	if (cp == 0x1A0 || cp == 0x1AF)
		return cp + 1;
	if (cp >= 0x1EA0 && cp <= 0x1EF9 && (cp & 1) == 0)
		return cp + 1;
	return cp;
}

/* true for letters and digits (the parts of a word) */
static bool
mt_is_wordcp(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
			(cp >= '0' && cp <= '9');
	if (cp == 0xD7 || cp == 0xF7 || cp == 0xFFFD || cp == 0xFEFF)
		return false;
	if (cp < 0xC0)
		return false;
	if (cp >= 0x2000 && cp <= 0x2BFF)
		return false;
	if (cp >= 0x3000 && cp <= 0x303F)
		return false;
	return true;
}

/* tone marks of a, e, o, u, y: [vowel][tone] with tones grave acute hook tilde dot */
static const uint32_t mt_tone_tab[5][6] = {
	{'a', 0xE0, 0xE1, 0x1EA3, 0xE3, 0x1EA1},
	{'e', 0xE8, 0xE9, 0x1EBB, 0x1EBD, 0x1EB9},
	{'o', 0xF2, 0xF3, 0x1ECF, 0xF5, 0x1ECD},
	{'u', 0xF9, 0xFA, 0x1EE7, 0x169, 0x1EE5},
	{'y', 0x1EF3, 0xFD, 0x1EF7, 0x1EF9, 0x1EF5},
};

/* find vowel row and tone (1..5) of a toned plain vowel; false otherwise */
static bool
mt_toned(uint32_t cp, int *row, int *tone)
{
	for (int i = 0; i < 5; i++)
		for (int j = 1; j < 6; j++)
			if (mt_tone_tab[i][j] == cp)
			{
				*row = i;
				*tone = j;
				return true;
			}
	return false;
}

/* utf-8 length of a code point */
static int
mt_cplen(uint32_t cp)
{
	return cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
}

/*
 * Fold s in place-compatible form: lower case and old-style tone placement
 * (hoà -> hòa, thuỷ -> thủy) whenever that keeps the byte length, so that
 * every offset into the result is an offset into s.
 */
char *
bc_mt_fold(bc_arena *a, const char *s, int n)
{
	char	   *f = bc_alloc(a, (size_t) n + 1);
	int			i = 0;

	while (i < n)
	{
		uint32_t	cp;
		int			k = mt_dec(s + i, n - i, &cp);
		uint32_t	lc = mt_lower(cp);

		if (k == mt_cplen(lc) && cp < 0x10000)
			mt_enc(lc, f + i);
		else
			memcpy(f + i, s + i, (size_t) k);
		i += k;
	}
	f[n] = '\0';

	/* second pass: o/u + toned a/e/y at the end of a syllable */
	i = 0;
	while (i < n)
	{
		uint32_t	c1,
					c2,
					c3 = 0,
					c0 = 0;
		int			k1 = mt_dec(f + i, n - i, &c1);
		int			k2,
					row,
					tone;

		if ((c1 != 'o' && c1 != 'u') || i + k1 >= n)
		{
			i += k1;
			continue;
		}
		k2 = mt_dec(f + i + k1, n - i - k1, &c2);
		if (!mt_toned(c2, &row, &tone) ||
			!((c1 == 'o' && (row == 0 || row == 1)) || (c1 == 'u' && row == 4)))
		{
			i += k1;
			continue;
		}
		if (i + k1 + k2 < n)
			mt_dec(f + i + k1 + k2, n - i - k1 - k2, &c3);
		if (i > 0)
		{
			int			b = i - 1;

			while (b > 0 && ((unsigned char) f[b] & 0xC0) == 0x80)
				b--;
			mt_dec(f + b, i - b, &c0);
		}
		if (!mt_is_wordcp(c3) && c0 != 'q')
		{
			uint32_t	first = mt_tone_tab[c1 == 'o' ? 2 : 3][tone];
			uint32_t	second = mt_tone_tab[row][0];

			if (mt_cplen(first) + mt_cplen(second) == k1 + k2)
			{
				int			w = mt_enc(first, f + i);

				mt_enc(second, f + i + w);
			}
		}
		i += k1 + k2;
	}
	return f;
}

/* ----------------------------------------------------------------
 * matching helpers on the folded text
 * ---------------------------------------------------------------- */

/* true when the character ending just before pos is part of a word */
static bool
mt_word_before(const mt_ctx *c, int pos)
{
	int			b;
	uint32_t	cp;

	if (pos <= 0)
		return false;
	b = pos - 1;
	while (b > 0 && pos - b < 4 && ((unsigned char) c->f[b] & 0xC0) == 0x80)
		b--;
	mt_dec(c->f + b, pos - b, &cp);
	return mt_is_wordcp(cp);
}

/* true when the character starting at pos is part of a word */
static bool
mt_word_at(const mt_ctx *c, int pos)
{
	uint32_t	cp;

	if (pos >= c->n)
		return false;
	mt_dec(c->f + pos, c->n - pos, &cp);
	return mt_is_wordcp(cp);
}

/* keyword kw at pos, on word boundaries; sets *end */
static bool
mt_at(const mt_ctx *c, int pos, const char *kw, int *end)
{
	size_t		k = strlen(kw);

	if (pos < 0 || (size_t) (c->n - pos) < k)
		return false;
	if (memcmp(c->f + pos, kw, k) != 0)
		return false;
	if (mt_word_before(c, pos) || mt_word_at(c, pos + (int) k))
		return false;
	if (end)
		*end = pos + (int) k;
	return true;
}

/* first position of kw in [from, to) on word boundaries, or -1 */
static int
mt_find(const mt_ctx *c, int from, int to, const char *kw)
{
	size_t		k = strlen(kw);

	if (from < 0)
		from = 0;
	if (to > c->n)
		to = c->n;
	for (int p = from; p + (int) k <= to; p++)
	{
		if (c->f[p] == kw[0] && mt_at(c, p, kw, NULL))
			return p;
	}
	return -1;
}

/* last position of kw that starts in [from, to) and ends by to, or -1 */
static int
mt_rfind(const mt_ctx *c, int from, int to, const char *kw)
{
	size_t		k = strlen(kw);

	if (from < 0)
		from = 0;
	if (to > c->n)
		to = c->n;
	for (int p = to - (int) k; p >= from; p--)
	{
		if (c->f[p] == kw[0] && mt_at(c, p, kw, NULL))
			return p;
	}
	return -1;
}

/* any of the NULL-terminated keywords in [from, to) */
static bool
mt_any(const mt_ctx *c, int from, int to, const char *const *kws)
{
	for (int i = 0; kws[i]; i++)
		if (mt_find(c, from, to, kws[i]) >= 0)
			return true;
	return false;
}

/* the text just before pos, skipping spaces, ends with kw (word boundary) */
static bool
mt_ends_with(const mt_ctx *c, int pos, const char *kw)
{
	int			k = (int) strlen(kw);

	while (pos > 0 && (c->f[pos - 1] == ' ' || c->f[pos - 1] == '\t'))
		pos--;
	return pos - k >= 0 && mt_at(c, pos - k, kw, NULL);
}

/* true for bytes that end a clause */
static bool
mt_clause_byte(char ch)
{
	return ch == ',' || ch == ';' || ch == ':' || ch == '.' || ch == '!' ||
		ch == '?' || ch == '\n' || ch == '(' || ch == ')';
}

/* end of the clause that starts at pos (bounded by limit) */
static int
mt_clause_end(const mt_ctx *c, int pos, int limit)
{
	if (limit > c->n)
		limit = c->n;
	while (pos < limit && !mt_clause_byte(c->t[pos]))
		pos++;
	return pos;
}

/* start of the clause that contains pos (bounded by limit) */
static int
mt_clause_start(const mt_ctx *c, int pos, int limit)
{
	if (limit < 0)
		limit = 0;
	while (pos > limit && !mt_clause_byte(c->t[pos - 1]))
		pos--;
	return pos;
}

/* skip spaces forward */
static int
mt_skip_sp(const mt_ctx *c, int pos)
{
	while (pos < c->n && (c->t[pos] == ' ' || c->t[pos] == '\t'))
		pos++;
	return pos;
}

/* trim spaces and punctuation from both ends of [*s, *e) */
static void
mt_trim(const mt_ctx *c, int *s, int *e)
{
	while (*s < *e && strchr(" \t,;:-–", c->t[*s]) != NULL)
		(*s)++;
	while (*e > *s && strchr(" \t,;:-.", c->t[*e - 1]) != NULL)
		(*e)--;
}

/* ----------------------------------------------------------------
 * sentences
 * ---------------------------------------------------------------- */

/* the sentences of doc.main: the article stage's, else a simple split */
static void
mt_sentences(mt_ctx *c)
{
	const bc_doc *d = &c->r->doc;

	if (d->sents.n > 0)
	{
		c->sents = bc_alloc(c->a, sizeof(mt_sent) * (size_t) d->sents.n);
		for (int i = 0; i < d->sents.n; i++)
		{
			c->sents[i].start = d->sents.items[i].start;
			c->sents[i].end = d->sents.items[i].end;
		}
		c->nsents = d->sents.n;
		return;
	}
	{
		int			cap = 16,
					s = 0;

		c->sents = bc_alloc(c->a, sizeof(mt_sent) * (size_t) cap);
		for (int i = 0; i <= c->n; i++)
		{
			bool		brk = (i == c->n) || c->t[i] == '\n' ||
				((c->t[i] == '.' || c->t[i] == '!' || c->t[i] == '?') &&
				 (i + 1 >= c->n || c->t[i + 1] == ' ' || c->t[i + 1] == '\n'));

			/* "TP. Pleiku", "TX. Bình Long": an abbreviation does not end it */
			if (brk && i < c->n && c->t[i] == '.')
			{
				int			w = i;

				while (w > s && w > i - 3 && c->t[w - 1] >= 'A' && c->t[w - 1] <= 'Z')
					w--;
				if (w < i && (w == s || c->t[w - 1] == ' ' || c->t[w - 1] == '('))
					brk = false;
			}
			if (!brk)
				continue;
			if (i > s)
			{
				if (c->nsents == cap)
				{
					mt_sent    *ns = bc_alloc(c->a, sizeof(mt_sent) * (size_t) cap * 2);

					memcpy(ns, c->sents, sizeof(mt_sent) * (size_t) cap);
					c->sents = ns;
					cap *= 2;
				}
				c->sents[c->nsents].start = s;
				c->sents[c->nsents].end = (i < c->n) ? i + 1 : i;
				c->nsents++;
			}
			s = i + 1;
		}
	}
}

/* index of the sentence holding pos, -1 when none */
static int
mt_sent_of(const mt_ctx *c, int pos)
{
	int			lo = 0,
				hi = c->nsents - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;

		if (pos < c->sents[mid].start)
			hi = mid - 1;
		else if (pos >= c->sents[mid].end)
			lo = mid + 1;
		else
			return mid;
	}
	return -1;
}

/* ----------------------------------------------------------------
 * numbers: ordinals
 * ---------------------------------------------------------------- */

/* value of a Roman numeral in t[s, e), 0 when not one */
static int
mt_roman(const char *t, int s, int e)
{
	int			v = 0,
				prev = 0;

	if (e - s < 1 || e - s > 12)
		return 0;
	for (int i = e - 1; i >= s; i--)
	{
		int			d;

		switch (t[i])
		{
			case 'I':
				d = 1;
				break;
			case 'V':
				d = 5;
				break;
			case 'X':
				d = 10;
				break;
			case 'L':
				d = 50;
				break;
			case 'C':
				d = 100;
				break;
			default:
				return 0;
		}
		if (d < prev)
			v -= d;
		else
		{
			v += d;
			prev = d;
		}
	}
	return v > 0 && v < 400 ? v : 0;
}

/* a Vietnamese number word at pos (folded), value 1..9, 10 for mười, 0 none */
static int
mt_numword(const mt_ctx *c, int pos, int *end, bool first)
{
	static const struct
	{
		const char *w;
		int			v;
	}			words[] = {
		{"nhất", 1}, {"một", 1}, {"mốt", 1}, {"hai", 2}, {"ba", 3}, {"bốn", 4},
		{"tư", 4}, {"năm", 5}, {"lăm", 5}, {"sáu", 6}, {"bảy", 7}, {"bẩy", 7},
		{"tám", 8}, {"chín", 9}, {"mười", 10}, {NULL, 0}
	};

	for (int i = 0; words[i].w; i++)
	{
		if (!first && words[i].v == 1 && strcmp(words[i].w, "nhất") == 0)
			continue;
		if (mt_at(c, pos, words[i].w, end))
			return words[i].v;
	}
	return 0;
}

/* an ordinal number at pos: digits, Roman numeral or words; 0 when none */
static int
mt_number_at(const mt_ctx *c, int pos, int *endp)
{
	int			e = pos,
				v = 0;

	if (pos >= c->n)
		return 0;
	if (c->t[pos] >= '0' && c->t[pos] <= '9')
	{
		while (e < c->n && e - pos < 4 && c->t[e] >= '0' && c->t[e] <= '9')
		{
			v = v * 10 + (c->t[e] - '0');
			e++;
		}
		if (mt_word_at(c, e))
			return 0;
		*endp = e;
		return v;
	}
	while (e < c->n && e - pos < 12 && strchr("IVXLC", c->t[e]) != NULL &&
		   c->t[e] != '\0')
		e++;
	if (e > pos && !mt_word_at(c, e) && (v = mt_roman(c->t, pos, e)) > 0)
	{
		*endp = e;
		return v;
	}
	{
		int			w1end,
					w2end,
					w3end,
					u;
		int			w1 = mt_numword(c, pos, &w1end, true);

		if (w1 == 0)
			return 0;
		v = w1;
		e = w1end;
		if (w1 == 10)
		{
			u = mt_numword(c, mt_skip_sp(c, w1end), &w2end, false);
			if (u > 0 && u < 10)
			{
				v = 10 + u;
				e = w2end;
			}
		}
		else if (w1 > 1 && mt_at(c, mt_skip_sp(c, w1end), "mươi", &w2end))
		{
			v = w1 * 10;
			e = w2end;
			u = mt_numword(c, mt_skip_sp(c, w2end), &w3end, false);
			if (u > 0 && u < 10)
			{
				v += u;
				e = w3end;
			}
		}
		*endp = e;
		return v;
	}
}

/*
 * The ordinal that follows a meeting word in [from, to): "lần thứ 11",
 * "lần thứ ba", "lần thứ XXXII", "lần 3", or "thứ 9" right after the word
 * ("phiên họp thứ 9").  Returns 0 when none; *at gets its position.
 */
static int
mt_ordinal_in(const mt_ctx *c, int from, int to, int *at)
{
	int			p,
				e,
				v;

	p = mt_skip_sp(c, from);
	if (mt_at(c, p, "thứ", &e) && (v = mt_number_at(c, mt_skip_sp(c, e), &e)) > 0)
	{
		*at = p;
		return v;
	}
	for (p = from; p < to; p++)
	{
		if (c->f[p] != 'l' || !mt_at(c, p, "lần", &e))
			continue;
		e = mt_skip_sp(c, e);
		if (mt_at(c, e, "thứ", &e))
			e = mt_skip_sp(c, e);
		else if (!(c->t[e] >= '0' && c->t[e] <= '9'))
			continue;
		if ((v = mt_number_at(c, e, &e)) > 0)
		{
			*at = p;
			return v;
		}
	}
	return 0;
}

/* ----------------------------------------------------------------
 * dates (private fallback until the numbers stage exports a scanner)
 * ---------------------------------------------------------------- */

typedef struct mt_date
{
	int			start;
	int			end;
	bc_date		d;
} mt_date;

/* read 1..max digits at pos; returns count, value in *v */
static int
mt_digits(const mt_ctx *c, int pos, int max, int *v)
{
	int			k = 0;

	*v = 0;
	while (pos + k < c->n && k < max && c->t[pos + k] >= '0' && c->t[pos + k] <= '9')
	{
		*v = *v * 10 + (c->t[pos + k] - '0');
		k++;
	}
	if (pos + k < c->n && c->t[pos + k] >= '0' && c->t[pos + k] <= '9')
		return 0;
	return k;
}

/* the year for a day/month without one: the publication year, or the one before */
static int
mt_infer_year(const bc_date *pub, int month, int day)
{
	if (pub->year <= 0)
		return 0;
	if (pub->month > 0 && (month > pub->month + 1 ||
						   (month == pub->month + 1 && day > 7 && pub->day < 25)))
		return pub->year - 1;
	return pub->year;
}

/*
 * Dates in [from, to): "27/3", "(28/10)", "25-2", "3.11", "27/3/2023",
 * "ngày 27 tháng 3 năm 2023", ranges "19-20/12" (first day).  A bare d/m
 * counts only after a date word (ngày, sáng, chiều, tối, trưa, đêm, hôm,
 * từ, đến) or an opening parenthesis, or with a year.
 */
static int
mt_dates(const mt_ctx *c, int from, int to, mt_date *out, int max)
{
	int			n = 0;
#ifdef MT_HAVE_BC_DATES
	bc_date_match dm[MT_MAX_DATES];
	int			nm;
#endif
	const bc_date *pub = &c->r->doc.published;
	static const char *const ctxw[] = {"ngày", "sáng", "chiều", "tối", "trưa",
	"đêm", "hôm", "từ", "đến", "nay", "qua", "mai", NULL};

	if (from < 0)
		from = 0;
	if (to > c->n)
		to = c->n;
#ifdef MT_HAVE_BC_DATES
	/* day-precision expressions, with a date word or a year (as below) */
	if (to <= from)
		return 0;
	nm = bc_dates_find(c->t + from, (size_t) (to - from), *pub, dm,
					   max < MT_MAX_DATES ? max : MT_MAX_DATES);
	for (int i = 0; i < nm && n < max; i++)
	{
		int			p = from + dm[i].start;
		bool		ctx = false;
		int			b = p;

		if (dm[i].from.precision != BC_PREC_DAY)
			continue;
		for (int q = p; q < from + dm[i].end; q++)
			if (c->t[q] >= '0' && c->t[q] <= '9' && q + 3 < c->n &&
				c->t[q + 1] >= '0' && c->t[q + 1] <= '9' &&
				c->t[q + 2] >= '0' && c->t[q + 2] <= '9' &&
				c->t[q + 3] >= '0' && c->t[q + 3] <= '9')
				ctx = true;		/* a written year */
		if (!(c->t[p] >= '0' && c->t[p] <= '9'))
			ctx = true;			/* begins with a word: "ngày 27 tháng 3" */
		while (b > 0 && c->t[b - 1] == ' ')
			b--;
		if (b > 0 && c->t[b - 1] == '(')
			ctx = true;
		for (int k = 0; !ctx && ctxw[k]; k++)
			if (mt_ends_with(c, p, ctxw[k]))
				ctx = true;
		if (!ctx)
			continue;
		out[n].start = p;
		out[n].end = from + dm[i].end;
		out[n].d = dm[i].from;
		if (out[n].d.year == 0)
			out[n].d.precision = BC_PREC_NONE;
		n++;
	}
	return n;
#endif
	for (int p = from; p < to && n < max; p++)
	{
		int			d,
					m,
					y = 0,
					k,
					q,
					e;
		bool		ctx = false;

		if (!(c->t[p] >= '0' && c->t[p] <= '9'))
			continue;
		if (p > 0 && ((c->t[p - 1] >= '0' && c->t[p - 1] <= '9') ||
					  c->t[p - 1] == '/' || c->t[p - 1] == '.' ||
					  c->t[p - 1] == ',' || mt_word_before(c, p)))
			continue;
		k = mt_digits(c, p, 2, &d);
		if (k == 0)
			continue;
		q = p + k;
		/* range "19-20/12", "16 - 17/5": skip the first day */
		{
			int			r0 = mt_skip_sp(c, q);
			int			r1 = -1;
			int			ve;

			if (r0 < c->n && c->t[r0] == '-')
				r1 = mt_skip_sp(c, r0 + 1);
			else if (r0 + 3 <= c->n && memcmp(c->t + r0, "–", 3) == 0)
				r1 = mt_skip_sp(c, r0 + 3);
			else if (mt_at(c, r0, "và", &ve))	/* "ngày 19 và 20-12" */
				r1 = mt_skip_sp(c, ve);
			if (r1 > 0 && (r1 - q) <= 8)
			{
				int			d2,
							k2 = mt_digits(c, r1, 2, &d2);

				if (k2 > 0 && r1 + k2 < c->n && (c->t[r1 + k2] == '/' ||
												 c->t[r1 + k2] == '.' ||
												 (c->t[r1 + k2] == '-' && c->t[r0] != '-')) &&
					d2 > d)
					q = r1 + k2;
			}
		}
		if (q < c->n && (c->t[q] == '/' || c->t[q] == '-' || c->t[q] == '.'))
		{
			char		sep = c->t[q];

			k = mt_digits(c, q + 1, 2, &m);
			if (k == 0)
				continue;
			e = q + 1 + k;
			if (e + 1 < c->n && c->t[e] == sep)
			{
				int			ky = mt_digits(c, e + 1, 4, &y);

				if (ky == 4)
					e = e + 1 + 4;
				else
					y = 0;
			}
			if (e < c->n && mt_word_at(c, e))
				continue;
			if (y == 0 && e + 1 < c->n && (c->t[e] == '/' ||
											(c->t[e] == ',' && c->t[e + 1] >= '0' && c->t[e + 1] <= '9')))
				continue;
		}
		else
		{
			/* "27 tháng 3 (năm 2023)" */
			int			t1,
						t2;

			if (!mt_at(c, mt_skip_sp(c, q), "tháng", &t1))
				continue;
			t1 = mt_skip_sp(c, t1);
			k = mt_digits(c, t1, 2, &m);
			if (k == 0)
				continue;
			e = t1 + k;
			if (mt_at(c, mt_skip_sp(c, e), "năm", &t2))
			{
				t2 = mt_skip_sp(c, t2);
				if (mt_digits(c, t2, 4, &y) == 4)
					e = t2 + 4;
				else
					y = 0;
			}
			ctx = true;
		}
		if (d < 1 || d > 31 || m < 1 || m > 12)
			continue;
		if (y != 0 && (y < 1900 || y > 2200))
			continue;
		if (!ctx && y == 0)
		{
			int			b = p;

			while (b > 0 && c->t[b - 1] == ' ')
				b--;
			if (b > 0 && c->t[b - 1] == '(')
				ctx = true;
			for (int i = 0; !ctx && ctxw[i]; i++)
				if (mt_ends_with(c, p, ctxw[i]))
					ctx = true;
		}
		if (!ctx && y == 0)
			continue;
		out[n].start = p;
		out[n].end = e;
		out[n].d.year = y ? y : mt_infer_year(pub, m, d);
		out[n].d.month = m;
		out[n].d.day = d;
		out[n].d.precision = out[n].d.year ? BC_PREC_DAY : BC_PREC_NONE;
		n++;
		p = e;
	}
	return n;
}

/* the last "tháng 3/2024", "tháng 3 năm 2024" or "tháng 3" in [from, to) */
static bool
mt_month_date(const mt_ctx *c, int from, int to, bc_date *out)
{
	bool		found = false;

	if (from < 0)
		from = 0;
	for (int p = from; p < to; p++)
	{
		int			e,
					m,
					y = 0,
					k;

		if (c->f[p] != 't' || !mt_at(c, p, "tháng", &e))
			continue;
		e = mt_skip_sp(c, e);
		k = mt_digits(c, e, 2, &m);
		if (k == 0 || m < 1 || m > 12)
			continue;
		e += k;
		if (e + 5 <= c->n && (c->t[e] == '/' || c->t[e] == '-') &&
			mt_digits(c, e + 1, 4, &y) == 4)
			e += 5;
		else if (mt_at(c, mt_skip_sp(c, e), "năm", &k))
		{
			k = mt_skip_sp(c, k);
			if (mt_digits(c, k, 4, &y) != 4)
				y = 0;
		}
		else if (mt_word_at(c, e) || (e < c->n && (c->t[e] == '/' || c->t[e] == ',')
									  && e + 1 < c->n && c->t[e + 1] >= '0' &&
									  c->t[e + 1] <= '9'))
			continue;
		if (y == 0)
			y = mt_infer_year(&c->r->doc.published, m, 1);
		if (y < 1900 || y > 2200)
			continue;
		out->year = y;
		out->month = m;
		out->day = 0;
		out->precision = BC_PREC_MONTH;
		found = true;
	}
	return found;
}

/* true when t[s, e) holds four digits in a row (a written year) */
static bool
mt_has_year(const mt_ctx *c, int s, int e)
{
	int			run = 0;

	for (int p = s; p < e && p < c->n; p++)
	{
		run = (c->t[p] >= '0' && c->t[p] <= '9') ? run + 1 : 0;
		if (run == 4)
			return true;
	}
	return false;
}

/* the day before or after a day-precision date (delta is -1 or +1) */
static bc_date
mt_next_day(bc_date d, int delta)
{
	static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int			dim;

	if (d.precision != BC_PREC_DAY || d.month < 1 || d.month > 12)
		return d;
	d.day += delta;
	if (d.day < 1)
	{
		if (--d.month < 1)
		{
			d.month = 12;
			d.year--;
		}
		dim = mdays[d.month - 1] + (d.month == 2 && d.year % 4 == 0 &&
									 (d.year % 100 != 0 || d.year % 400 == 0));
		d.day = dim;
	}
	dim = mdays[d.month - 1] + (d.month == 2 && d.year % 4 == 0 &&
								 (d.year % 100 != 0 || d.year % 400 == 0));
	if (d.day > dim)
	{
		d.day = 1;
		if (++d.month > 12)
		{
			d.month = 1;
			d.year++;
		}
	}
	return d;
}

/* true when two dates name the same day */
static bool
mt_same_day(const bc_date *x, const bc_date *y)
{
	return x->year == y->year && x->month == y->month && x->day == y->day;
}

/* ----------------------------------------------------------------
 * occurrences of meeting words and their classes
 * ---------------------------------------------------------------- */

/* the trigger at pos, longest keyword first; NULL when none */
static const mt_trigger *
mt_trigger_at(const mt_ctx *c, int pos, int *end)
{
	const mt_trigger *best = NULL;
	int			bestend = -1,
				e;

	for (int i = 0; mt_triggers[i].kw; i++)
		if (c->f[pos] == mt_triggers[i].kw[0] &&
			mt_at(c, pos, mt_triggers[i].kw, &e) && e > bestend)
		{
			best = &mt_triggers[i];
			bestend = e;
		}
	if (best)
		*end = bestend;
	return best;
}

/* collect every meeting word of doc.main */
static void
mt_collect(mt_ctx *c)
{
	int			cap = 32;
	int			last_end = -1000;

	c->occ = bc_alloc(c->a, sizeof(mt_occ) * (size_t) cap);
	for (int p = 0; p < c->n && c->nocc < MT_MAX_OCC; p++)
	{
		const mt_trigger *tr;
		int			e;
		bool		glued = false;

		if (((unsigned char) c->f[p] & 0xC0) == 0x80 || mt_word_before(c, p))
			continue;
		tr = mt_trigger_at(c, p, &e);
		if (!tr)
			continue;
		/* "thăm hỏi", "thăm thân": not visits */
		if (strcmp(tr->kind, "visit") == 0 &&
			(mt_at(c, mt_skip_sp(c, e), "hỏi", NULL) ||
			 mt_at(c, mt_skip_sp(c, e), "thân", NULL)))
			continue;
		/* "Trung tâm Hội nghị quốc gia", "Cung Hội nghị": a building */
		if (mt_ends_with(c, p, "trung tâm") || mt_ends_with(c, p, "cung"))
		{
			p = e - 1;
			continue;
		}
		/* "đã tiếp nhận", "đã tiếp tục": not receptions */
		if (strcmp(tr->kw, "đã tiếp") == 0)
		{
			static const char *const notrecv[] = {"tục", "nhận", "cận", "giáp",
			"thu", "theo", "đó", "xúc", "sức", "tế", "viện", "quản", "diễn", NULL};
			bool		skip = false;

			for (int k = 0; notrecv[k]; k++)
				if (mt_at(c, mt_skip_sp(c, e), notrecv[k], NULL))
					skip = true;
			if (skip)
				continue;
		}
		/* a second meeting word inside the first one's noun phrase */
		if (p - last_end <= 26 && p > last_end && c->nocc > 0 &&
			c->occ[c->nocc - 1].trig != tr && mt_find(c, last_end, p, "và") < 0 &&
			mt_find(c, last_end, p, "với") < 0)
		{
			glued = true;
			for (int q = last_end; q < p; q++)
				if (mt_clause_byte(c->t[q]))
					glued = false;
		}
		if (glued)
		{
			last_end = -1000;
			p = e - 1;
			continue;
		}
		if (c->nocc == cap)
		{
			mt_occ	   *no = bc_alloc(c->a, sizeof(mt_occ) * (size_t) cap * 2);

			memcpy(no, c->occ, sizeof(mt_occ) * (size_t) cap);
			c->occ = no;
			cap *= 2;
		}
		c->occ[c->nocc].start = p;
		c->occ[c->nocc].end = e;
		c->occ[c->nocc].trig = tr;
		c->occ[c->nocc].sent = mt_sent_of(c, p);
		c->occ[c->nocc].meeting = -1;
		c->nocc++;
		last_end = e;
		p = e - 1;
	}
}

/* a year 1990..2100 written as "năm YYYY" or "(YYYY)" in [from, to), else 0 */
static int
mt_year_in(const mt_ctx *c, int from, int to)
{
	for (int p = from; p < to; p++)
	{
		int			y,
					e;

		if (!mt_at(c, p, "năm", &e))
			continue;
		e = mt_skip_sp(c, e);
		if (mt_digits(c, e, 4, &y) == 4 && y >= 1990 && y <= 2100)
			return y;
	}
	return 0;
}

static bool mt_separate_cue(const mt_ctx *c, int sent);

/* classify one occurrence: generic, reference, mention or current */
static void
mt_classify(mt_ctx *c, int i)
{
	mt_occ	   *o = &c->occ[i];
	int			ss = o->sent >= 0 ? c->sents[o->sent].start : mt_clause_start(c, o->start, o->start - 200);
	int			se = o->sent >= 0 ? c->sents[o->sent].end : mt_clause_end(c, o->end, o->end + 200);

	int			back;
	int			cend;
	bool		dated;
	const bc_date *pub = &c->r->doc.published;
	int			oat = 0;
	int			oend;
	mt_date		ds[MT_MAX_DATES];
	int			nd;
	static const char *const generic_before[] = {"các", "những", "cơ chế",
		"nhiều", "mỗi", "hàng năm", "định kỳ", "hai", "ba", "bốn",
	"năm", "mấy", "vài", NULL};
	static const char *const future_before[] = {"sẽ", "dự kiến", "tiếp tục tổ chức",
		"duy trì", "đề nghị", "sắp tới", "chuẩn bị cho", "tiến tới", "thống nhất tổ chức",
	"đề xuất", "mời", "tăng cường tổ chức", "luân phiên", "giao tỉnh", NULL};
	static const char *const future_strict[] = {"sẽ", "dự kiến", "sắp tới",
	"chuẩn bị cho", "tiến tới", NULL};
	static const char *const future_after[] = {"sẽ", "lần tới", "tiếp theo",
	"tới đây", "sắp tới", "kỳ tới", "dự kiến", NULL};
	static const char *const ref_before[] = {"kể từ", "kết quả", "đạt được tại",
		"thống nhất tại", "nhất trí tại", "từ sau", "kỳ trước", "lần trước",
	"trước đó", "trước đây", "ký kết tại", "cam kết tại", NULL};
	static const char *const ref_after[] = {"trước đó", "trước đây", "lần trước",
	"kỳ trước", "năm trước", "năm ngoái", "vừa qua tại", NULL};
	static const char *const ref_right_after[] = {"trước", "trước đó", "cũ", NULL};
	static const char *const current_before[] = {"đã dự", "dự", "tham dự",
		"chủ trì", "tổ chức", "đã có", "có buổi", "đã", "vừa", "đã tham gia",
	"dẫn đầu", NULL};
	static const char *const current_after[] = {"diễn ra", "được tổ chức",
	"khai mạc", "đã diễn ra", "vừa diễn ra", NULL};

	/* long sentences: look at a bounded window around the word */
	if (ss < o->start - 300)
		ss = o->start - 300;
	if (se > o->end + 600)
		se = o->end + 600;
	back = o->start - 60 > ss ? o->start - 60 : ss;
	cend = mt_clause_end(c, o->end, se);

	/* the clause after the word ends at the next meeting word */
	if (i + 1 < c->nocc && c->occ[i + 1].start < cend)
		cend = c->occ[i + 1].start;
	oend = mt_clause_end(c, o->end, o->end + 80 < se ? o->end + 80 : se);
	if (oend > cend)
		oend = cend;
	o->ordinal = mt_ordinal_in(c, o->end, oend, &oat);
	/*
	 * "Hội nghị hợp tác ... giữa ba tỉnh A (Việt Nam), B (Lào) và C (Thái
	 * Lan) lần thứ 3 đã diễn ra": a long subject whose ordinal comes just
	 * before the verb that reports the meeting
	 */
	if (o->ordinal == 0)
	{
		static const char *const verbs[] = {"đã diễn ra", "diễn ra",
		"được tổ chức", "đã được tổ chức", "đã khai mạc", "khai mạc", NULL};
		int			lim = o->end + 400 < se ? o->end + 400 : se;

		if (i + 1 < c->nocc && c->occ[i + 1].sent == o->sent &&
			c->occ[i + 1].start < lim)
			lim = c->occ[i + 1].start;
		for (int k = 0; verbs[k]; k++)
		{
			int			v = mt_find(c, o->end, lim, verbs[k]);

			if (v > o->end)
			{
				int			n = mt_ordinal_in(c, v - 24 > o->end ? v - 24 : o->end, v, &oat);

				if (n > 0)
				{
					o->ordinal = n;
					break;
				}
			}
		}

		/*
		 * "Hội nghị Ủy ban điều phối chung các tỉnh Tam giác phát triển
		 * Campuchia - Lào - Việt Nam lần thứ 12.": a long name whose
		 * ordinal ends the sentence
		 */
		if (o->ordinal == 0)
		{
			int			lim2 = o->end + 200 < lim ? o->end + 200 : lim;
			int			n = mt_ordinal_in(c, o->end, lim2, &oat),
						ne;

			if (n > 0 && mt_at(c, oat, "lần", &ne))
			{
				ne = mt_skip_sp(c, ne);
				if (mt_at(c, ne, "thứ", &ne))
					ne = mt_skip_sp(c, ne);
				mt_number_at(c, ne, &ne);
				if (ne >= se || c->t[ne] == '.' || c->t[ne] == ';')
					o->ordinal = n;
			}
		}
	}

	/* "theo hình thức hội nghị trực tuyến": the form of the meeting itself */
	if (mt_ends_with(c, o->start, "hình thức"))
	{
		int			h = mt_rfind(c, back, o->start, "hình thức");

		o->cls = MT_MENTION;
		for (int k = 0; h >= 0 && k < 3; k++)
			if (mt_ends_with(c, h, k == 0 ? "các" : k == 1 ? "những" : "nhiều"))
				o->cls = MT_GENERIC;
		return;
	}
	/* explicit date before the meeting word in the same sentence */
	nd = mt_dates(c, ss, o->start, ds, MT_MAX_DATES);
	if (nd > 0)
		o->date = ds[nd - 1].d;
	else
	{
		/*
		 * "Hội nghị hội đàm thường niên giữa lãnh đạo hai bên diễn ra ngày
		 * 25/10": the date right after "diễn ra", "được tổ chức" is the
		 * meeting's own, when no other meeting word comes between
		 */
		static const char *const held[] = {"diễn ra vào", "diễn ra", "được tổ chức vào",
		"được tổ chức", "tổ chức vào", NULL};
		int			lim = o->end + 120 < se ? o->end + 120 : se;

		for (int k = i + 1; k < c->nocc; k++)
			if (c->occ[k].start >= o->end)
			{
				if (c->occ[k].start < lim)
					lim = c->occ[k].start;
				break;
			}
		for (int k = 0; held[k]; k++)
		{
			int			v = mt_find(c, o->end, lim, held[k]),
						ve;

			if (v < 0 || !mt_at(c, v, held[k], &ve))
				continue;
			ve = mt_skip_sp(c, ve);
			if (mt_at(c, ve, "ngày", &ve) || mt_at(c, ve, "hôm", &ve))
				ve = mt_skip_sp(c, ve);
			if (mt_dates(c, ve, lim, ds, 1) > 0 && ds[0].start <= ve + 2 &&
				ds[0].d.precision == BC_PREC_DAY)
			{
				o->date = ds[0].d;
				nd = 1;
			}
			break;
		}
	}
	dated = nd > 0 && o->date.precision == BC_PREC_DAY &&
		(pub->precision != BC_PREC_DAY ||
		 o->date.year * 400 + o->date.month * 32 + o->date.day <=
		 pub->year * 400 + pub->month * 32 + pub->day);

	/* generic: "các hội nghị", "cơ chế hội nghị thường niên", "5 hội nghị" */
	{
		int			w = o->start;

		/* look past a classifier: "12 cuộc gặp gỡ", "các buổi làm việc" */
		for (int k = 0; k < 4; k++)
		{
			const char *cl = k == 0 ? "cuộc" : k == 1 ? "buổi" : k == 2 ? "chuyến" : "phiên";

			if (mt_ends_with(c, w, cl))
			{
				while (w > 0 && c->t[w - 1] == ' ')
					w--;
				w -= (int) strlen(cl);
				break;
			}
		}
		for (int k = 0; generic_before[k]; k++)
			if (mt_ends_with(c, w, generic_before[k]) ||
				(w != o->start && mt_ends_with(c, o->start, generic_before[k])))
			{
				o->cls = MT_GENERIC;
				return;
			}
		while (w > 0 && c->t[w - 1] == ' ')
			w--;
		if (w > 0 && c->t[w - 1] >= '0' && c->t[w - 1] <= '9')
		{
			int			b = w;

			while (b > 0 && c->t[b - 1] >= '0' && c->t[b - 1] <= '9')
				b--;
			if (b == 0 || c->t[b - 1] == ' ')
			{
				o->cls = MT_GENERIC;	/* a count of meetings */
				return;
			}
		}
	}
	/*
	 * "thống nhất tỉnh X đăng cai Hội nghị lần thứ 13": the sides agree who
	 * hosts the next one
	 */
	if (!dated)
	{
		int			h = mt_rfind(c, back, o->start, "đăng cai");

		if (h >= 0 && (mt_rfind(c, back, h, "thống nhất") >= 0 ||
					   mt_rfind(c, back, h, "nhất trí") >= 0))
		{
			o->cls = MT_GENERIC;
			return;
		}
	}
	if (mt_any(c, back, o->start, dated ? future_strict : future_before) ||
		mt_any(c, o->end, cend, future_after))
	{
		o->cls = MT_GENERIC;
		return;
	}
	/* a date with its year written, months before publication: earlier */
	if (dated && mt_has_year(c, ds[nd - 1].start, ds[nd - 1].end) &&
		pub->precision == BC_PREC_DAY &&
		(pub->year * 372 + pub->month * 31 + pub->day) -
		(o->date.year * 372 + o->date.month * 31 + o->date.day) > 93)
	{
		o->cls = MT_REF;
		o->ref_year = o->date.year;
		return;
	}
	/* "năm 2023, tỉnh đã tổ chức ..." in a later year: background */
	if (!dated)
	{
		int			y = mt_year_in(c, back, o->start);

		if (y > 0 && pub->year > 0 && y < pub->year)
		{
			o->cls = MT_REF;
			o->ref_year = y;
			return;
		}
	}

	/* reference: "kể từ hội nghị lần thứ 10 vào năm 2019" */
	for (int k = 0; ref_right_after[k]; k++)
		if (mt_at(c, mt_skip_sp(c, o->end), ref_right_after[k], NULL))
		{
			o->cls = MT_REF;
			o->ref_year = mt_year_in(c, o->end, cend);
			return;
		}
	if (mt_any(c, back, o->start, ref_before) || mt_any(c, o->end, cend, ref_after))
	{
		o->cls = MT_REF;
		o->ref_year = mt_year_in(c, o->end, cend);
		return;
	}
	/*
	 * "hội nghị ... năm 2022" in a later year: an earlier meeting; not when a
	 * day date before the word dates this one ("Ngày 11/6, ... tổ chức hội
	 * nghị ... nhằm đánh giá kết quả hợp tác năm 2023": the year is the
	 * period reviewed)
	 */
	if (!dated)
	{
		int			y = mt_year_in(c, o->end, cend);
		int			py = c->r->doc.published.year;

		if (y > 0 && py > 0 && y < py)
		{
			o->cls = MT_REF;
			o->ref_year = y;
			return;
		}
	}
	/* "tại hội nghị X và hội nghị lần thứ 12": coordinated with a reference */
	if (i > 0 && c->occ[i - 1].cls == MT_REF && c->occ[i - 1].sent == o->sent &&
		o->start - c->occ[i - 1].end < 120 && mt_ends_with(c, o->start, "và"))
	{
		o->cls = MT_REF;
		o->ref_year = mt_year_in(c, o->end, cend);
		return;
	}

	o->cls = MT_MENTION;
	if (nd > 0 || mt_any(c, o->end, cend, current_after))
		o->cls = MT_CURRENT;
	for (int k = 0; o->cls != MT_CURRENT && current_before[k]; k++)
		if (mt_find(c, back, o->start, current_before[k]) >= 0)
			o->cls = MT_CURRENT;
	/* "đã làm việc", "đã tiếp"; "Chiều cùng ngày, đoàn ..." */
	if (o->cls != MT_CURRENT && (strncmp(o->trig->kw, "đã ", strlen("đã ")) == 0 ||
								 mt_separate_cue(c, o->sent)))
		o->cls = MT_CURRENT;
	if (o->cls != MT_CURRENT && (mt_find(c, ss, o->start, "hôm nay") >= 0 ||
								 mt_find(c, ss, o->start, "sáng nay") >= 0 ||
								 mt_find(c, ss, o->start, "chiều nay") >= 0))
		o->cls = MT_CURRENT;
}

/* ----------------------------------------------------------------
 * meetings
 * ---------------------------------------------------------------- */

typedef struct mt_meet
{
	const char *kind;
	int			first;			/* first occurrence */
	int			ordinal;
	bc_date		date;
	bool		reference;
	int			ref_year;
} mt_meet;

/* the sentence opens with a cue for a separate occasion ("Chiều cùng ngày") */
static bool
mt_separate_cue(const mt_ctx *c, int sent)
{
	static const char *const cues[] = {"cùng ngày", "hôm sau", "sau đó",
		"tiếp đó", "tiếp theo chương trình", "trước đó", "cũng trong ngày",
	"trong chiều", "buổi chiều", "buổi sáng", NULL};
	int			s,
				e;

	if (sent < 0)
		return false;
	s = c->sents[sent].start;
	e = s + 60 < c->sents[sent].end ? s + 60 : c->sents[sent].end;
	return mt_any(c, s, e, cues);
}

/* the party named right after a meeting word ("làm việc với tỉnh B"), -1 */
static int
mt_object_party(const mt_ctx *c, const mt_occ *o)
{
	int			se = o->sent >= 0 ? c->sents[o->sent].end : o->end;
	int			lim = o->end + 150 < se ? o->end + 150 : se;

	for (int i = 0; i < c->r->mentions.n; i++)
		if (c->r->mentions.items[i].start >= o->end &&
			c->r->mentions.items[i].end <= lim)
			return c->r->mentions.items[i].party;
	return -1;
}

/* record a referenced meeting unless one of that kind and edition is there */
static void
mt_add_ref(mt_ctx *c, int i, mt_meet *refs, int *nrefs)
{
	mt_occ	   *o = &c->occ[i];
	mt_meet    *rm;

	for (int k = 0; k < *nrefs; k++)
		if (strcmp(refs[k].kind, o->trig->kind) == 0 && refs[k].ordinal == o->ordinal)
			return;
	if (*nrefs >= MT_MAX_REFS)
		return;
	rm = &refs[(*nrefs)++];
	memset(rm, 0, sizeof(*rm));
	rm->kind = o->trig->kind;
	rm->first = i;
	rm->ordinal = o->ordinal;
	rm->reference = true;
	rm->ref_year = o->ref_year;
}

/* the meeting of kind nearest before occurrence i (context first), -1 */
static int
mt_same_kind(const mt_ctx *c, const mt_meet *ms, int nm, int i, const char *kind)
{
	for (int k = i - 1; k >= 0; k--)
		if (c->occ[k].meeting >= 0)
		{
			if (strcmp(ms[c->occ[k].meeting].kind, kind) == 0)
				return c->occ[k].meeting;
			break;
		}
	for (int k = nm - 1; k >= 0; k--)
		if (strcmp(ms[k].kind, kind) == 0)
			return k;
	return -1;
}

/* attach occurrence i to meeting m, filling what the meeting lacks */
static void
mt_attach(mt_ctx *c, mt_meet *ms, int m, int i)
{
	mt_occ	   *o = &c->occ[i];

	o->meeting = m;
	if (ms[m].ordinal == 0 && o->ordinal > 0 && strcmp(ms[m].kind, o->trig->kind) == 0)
		ms[m].ordinal = o->ordinal;
	if (ms[m].date.precision != BC_PREC_DAY && o->date.precision == BC_PREC_DAY)
		ms[m].date = o->date;
}

/*
 * Decide which occurrences are meetings and merge them.  Pass 1 takes the
 * occurrences that report a meeting as happening: the first starts a
 * meeting; a later one starts another only with a date of its own or a cue
 * for a separate occasion ("Chiều cùng ngày") and a different kind; else it
 * is the same meeting reported again.  Pass 2 attaches anaphoric mentions
 * ("Tại hội nghị") to the meeting of that kind nearest before them.
 */
static int
mt_group(mt_ctx *c, mt_meet *ms, int *nrefs, mt_meet *refs)
{
	int			nm = 0;

	*nrefs = 0;
	for (int pass = 1; pass <= 2; pass++)
		for (int i = 0; i < c->nocc; i++)
		{
			mt_occ	   *o = &c->occ[i];
			int			same;

			if (o->cls == MT_GENERIC)
				continue;
			if (o->cls == MT_REF)
			{
				if (pass == 1)
					mt_add_ref(c, i, refs, nrefs);
				continue;
			}
			if ((pass == 1) != (o->cls == MT_CURRENT))
				continue;
			same = mt_same_kind(c, ms, nm, i, o->trig->kind);
			/* a different edition than the meeting of that kind: reference */
			if (same >= 0 && o->ordinal > 0 && ms[same].ordinal > 0 &&
				o->ordinal != ms[same].ordinal)
			{
				o->cls = MT_REF;
				mt_add_ref(c, i, refs, nrefs);
				continue;
			}
			if (nm == 0 || (pass == 1 && nm < MT_MAX_MEETINGS))
			{
				bool		newdate = o->date.precision == BC_PREC_DAY;
				bool		sep = nm > 0 && mt_separate_cue(c, o->sent);

				for (int k = 0; k < nm && newdate; k++)
					if (ms[k].date.precision != BC_PREC_DAY ||
						mt_same_day(&ms[k].date, &o->date))
						newdate = false;
				/* "Chiều cùng ngày, đoàn làm việc với tỉnh B": another counterpart */
				if (sep && same >= 0)
				{
					int			a1 = mt_object_party(c, o);
					int			a0 = mt_object_party(c, &c->occ[ms[same].first]);

					if (a1 < 0 || a0 < 0 || a1 == a0)
						sep = false;
				}
				else if (sep && o->sent == c->occ[ms[nm - 1].first].sent)
					sep = false;
				if (nm == 0 || newdate || sep)
				{
					mt_meet    *m = &ms[nm];

					memset(m, 0, sizeof(*m));
					m->kind = o->trig->kind;
					m->first = i;
					m->ordinal = o->ordinal;
					m->date = o->date;
					if (m->date.precision != BC_PREC_DAY && sep)
					{
						m->date = ms[nm - 1].date;
						/* "Ngày hôm sau", "Sáng hôm sau" */
						if (mt_find(c, c->sents[o->sent].start, o->start, "hôm sau") >= 0)
							m->date = mt_next_day(m->date, 1);
					}
					o->meeting = nm++;
					continue;
				}
			}
			/* merge: same kind, else the meeting of the surrounding context */
			if (same < 0)
			{
				same = 0;
				for (int k = i - 1; k >= 0; k--)
					if (c->occ[k].meeting >= 0)
					{
						same = c->occ[k].meeting;
						break;
					}
			}
			mt_attach(c, ms, same, i);
		}
	return nm;
}

/* fill c->sent_meeting: the meeting each sentence talks about */
static void
mt_sentence_context(mt_ctx *c, int nm)
{
	int			cur = nm > 0 ? 0 : -1;
	int			oi = 0;

	c->sent_meeting = bc_alloc(c->a, sizeof(int) * (size_t) (c->nsents + 1));
	for (int s = 0; s < c->nsents; s++)
	{
		for (; oi < c->nocc && c->occ[oi].start < c->sents[s].end; oi++)
			if (c->occ[oi].meeting >= 0)
				cur = c->occ[oi].meeting;
		c->sent_meeting[s] = cur;
	}
}

/* the meeting a position belongs to */
static int
mt_meeting_at(const mt_ctx *c, int pos, int nm)
{
	int			s = mt_sent_of(c, pos);

	if (nm <= 0)
		return -1;
	if (nm == 1 || s < 0)
		return 0;
	return c->sent_meeting[s];
}

/* true when a mode cue at p is about an earlier meeting ("sau hai lần ... trực tuyến") */
static bool
mt_mode_cue_is_background(const mt_ctx *c, int p, int ss)
{
	int			from = p - 50 > ss ? p - 50 : ss;

	for (int q = from; q < p; q++)
	{
		int			e;

		if (c->f[q] == 'l' && mt_at(c, q, "lần", &e))
		{
			int			n = mt_skip_sp(c, e);

			if (!mt_at(c, n, "thứ", NULL) && !mt_at(c, n, "đầu", NULL))
				return true;
		}
	}
	return mt_find(c, from, p, "trước đây") >= 0 || mt_find(c, from, p, "các năm") >= 0;
}

/* the occurrence nearest before p in the sentence (or after if none); -1 */
static int
mt_nearest_occ(const mt_ctx *c, int sent, int p)
{
	int			best = -1;

	for (int i = 0; i < c->nocc; i++)
	{
		if (c->occ[i].sent != sent)
			continue;
		if (c->occ[i].start <= p)
			best = i;
		else if (best < 0)
			return i;
		else
			break;
	}
	return best;
}

/* "tại ..." physical venue of a sentence: sets *vs,*ve; online when "điểm cầu" */
static bool
mt_venue(const mt_ctx *c, int ss, int se, int *vs, int *ve, bool *bridge,
		 bool need_verb)
{
	static const char *const verbs[] = {"tiếp đoàn", "tổ chức", "diễn ra",
		"hội đàm", "làm việc", "gặp", "gặp gỡ", "đón", "đến", "ký kết", "họp",
	"tiếp", "điểm cầu chính", NULL};
	static const char *const notvenue[] = {"hội nghị", "buổi", "lễ", "cuộc",
		"phiên", "đây", "các", "chỗ", "hội đàm", "hội thảo", "đó", "địa phương",
	"biên giới", "nhiều", "mỗi", NULL};
	static const char *const placew[] = {"khu vực", "cửa khẩu", "trụ sở",
		"hội trường", "nhà khách", "khách sạn", "thành phố", "tp", "tỉnh",
		"huyện", "thị xã", "thủ đô", "trung tâm", "phòng họp", "văn phòng",
		"quận", "xã", "phường", "đồn", "nhà văn hóa", "cột mốc", "mốc", "thị trấn",
	"điểm cầu", "cung", "dinh", "tòa", "khu", "nhà hội đàm", "nhà làm việc",
	"nhà khách", "trạm", "cảng", "sân bay", "ga", NULL};
	static const char *const admin[] = {"huyện", "tỉnh", "thành phố", "tp",
	"thị xã", "quận", "xã", "phường", "thị trấn", "nước", NULL};
	static const char *const stopw[] = {"đã", "vừa", "diễn ra", "giữa", "với",
		"do", "về", "nhằm", "để", "cùng", "và", "lãnh đạo", "đoàn", "đăng cai", "có",
	"chủ trì", "tổ chức", "là", NULL};

	for (int p = ss; p < se; p++)
	{
		int			e,
					s,
					end,
					bstart;
		bool		ok = false;
		uint32_t	cp;

		if (c->f[p] != 't' || !mt_at(c, p, "tại", &e))
			continue;
		/*
		 * "Trong chuyến công tác tại Trung Quốc, chiều 19/3, tại thành phố
		 * Quảng Châu, ...": the trip's country, when a venue follows
		 */
		if ((mt_ends_with(c, p, "chuyến công tác") || mt_ends_with(c, p, "chuyến thăm") ||
			 mt_ends_with(c, p, "chuyến làm việc")) &&
			mt_find(c, e, se, "tại") >= 0)
			continue;
		/* "Đại sứ Campuchia tại Việt Nam": a title, not a venue */
		if (mt_find(c, p - 40 > ss ? p - 40 : ss, p, "đại sứ") >= 0 ||
			mt_find(c, p - 40 > ss ? p - 40 : ss, p, "lãnh sự") >= 0 ||
			mt_find(c, p - 40 > ss ? p - 40 : ss, p, "đại diện") >= 0)
			continue;
		if (need_verb)
		{
			bool		v = false;

			for (int k = 0; verbs[k] && !v; k++)
				if (mt_ends_with(c, p, verbs[k]))
					v = true;
			if (!v)
				continue;
		}
		s = mt_skip_sp(c, e);
		for (int k = 0; notvenue[k]; k++)
			if (mt_at(c, s, notvenue[k], NULL))
				goto next;
		for (int k = 0; placew[k] && !ok; k++)
			if (mt_at(c, s, placew[k], NULL))
				ok = true;
		mt_dec(c->t + s, c->n - s, &cp);
		if (!ok && mt_lower(cp) != cp)
			ok = true;
		if (!ok)
			continue;
		*bridge = mt_at(c, s, "điểm cầu", NULL);
		/* "với điểm cầu chính tại thành phố Lào Cai và thành phố Côn Minh" */
		bstart = -1;
		if (mt_ends_with(c, p, "điểm cầu chính") || mt_ends_with(c, p, "điểm cầu"))
		{
			bstart = mt_rfind(c, p - 30 > ss ? p - 30 : ss, p, "điểm cầu");
			if (bstart >= 0)
				*bridge = true;
		}
		if (mt_at(c, s, "khu vực", &e))
			s = mt_skip_sp(c, e);
		end = mt_clause_end(c, s, s + 200 < se ? s + 200 : se);
		/* "TP. Pleiku", "TX. Bình Long": an abbreviation, not a sentence end */
		if (end < se && c->t[end] == '.' && end - s <= 3 && end + 1 < se &&
			c->t[end + 1] == ' ')
			end = mt_clause_end(c, end + 1, se);
		/*
		 * "TP.Đông Hà", "UBND P.Long An": an abbreviation of at most three
		 * letters glued to the name that follows, first in the venue or
		 * after a space inside it
		 */
		else if (end < se && c->t[end] == '.' && end + 1 < se &&
				 (end - s <= 3 ||
				  (end - 3 > s && (c->t[end - 2] == ' ' || c->t[end - 3] == ' ' ||
								   c->t[end - 4] == ' ') &&
				   c->t[end - 1] >= 'A' && c->t[end - 1] <= 'Z')))
		{
			uint32_t	nc;

			mt_dec(c->t + end + 1, c->n - end - 1, &nc);
			if (mt_lower(nc) != nc)
				end = mt_clause_end(c, end + 1, se);
		}
		/* ", huyện Lộc Ninh": keep administrative continuations */
		for (int guard = 0; guard < 4 && end < se && c->t[end] == ','; guard++)
		{
			int			n2 = mt_skip_sp(c, end + 1);
			bool		adm = false;

			for (int k = 0; admin[k]; k++)
			{
				int			ae;

				if (mt_at(c, n2, admin[k], &ae) &&
					!mt_at(c, mt_skip_sp(c, ae), "ủy", NULL))
					adm = true;
			}
			if (!adm)
				break;
			end = mt_clause_end(c, n2, se);
		}
		/* stop words inside the clause ("và" joins the bridges of a call) */
		for (int k = 0; stopw[k]; k++)
		{
			int			q;

			if (bstart >= 0 && strcmp(stopw[k], "và") == 0)
				continue;
			q = mt_find(c, s, end, stopw[k]);
			if (q > s)
				end = q;
		}
		if (bstart >= 0)
		{
			int			q = mt_find(c, s, end, "và các");

			if (q > s)
				end = q;
			s = bstart;
		}
		mt_trim(c, &s, &end);
		if (end - s < 2 || end - s > 160)
			continue;
		/* "tại tỉnh." alone names no place */
		{
			bool		bare = false;
			int			pe;

			for (int k = 0; placew[k] && !bare; k++)
				if (mt_at(c, s, placew[k], &pe) && pe >= end)
					bare = true;
			if (bare)
				continue;
		}
		*vs = s;
		*ve = end;
		return true;
next:
		;
	}
	return false;
}

/* one meeting's mode from the sentences that talk about it */
static const char *
mt_mode(const mt_ctx *c, int m, int nm, bool have_venue, bool bridge)
{
	bool		online = bridge,
				inperson = false,
				hybrid = false;
	static const char *const hybrid_kw[] = {"trực tiếp kết hợp trực tuyến",
		"trực tuyến kết hợp trực tiếp", "trực tiếp và trực tuyến",
		"trực tuyến và trực tiếp", "kết hợp trực tuyến", "kết hợp với trực tuyến",
	"kết hợp hình thức trực tuyến", NULL};
	static const char *const online_kw[] = {"trực tuyến", "điểm cầu", "online",
	"truyền hình", "qua video", NULL};
	static const char *const inperson_prev[] = {"hình thức", "tổ chức", "gặp",
		"gặp gỡ", "họp", "trao đổi", "dự", "tham dự", "hội đàm", "hội nghị",
	"làm việc", "thường niên", "gặp mặt", "thăm", "gặp nhau", NULL};

	for (int s = 0; s < c->nsents; s++)
	{
		int			ss = c->sents[s].start,
					se = c->sents[s].end;
		bool		mine = false;

		for (int i = 0; i < c->nocc; i++)
			if (c->occ[i].sent == s && c->occ[i].meeting == m &&
				(c->occ[i].cls == MT_CURRENT || c->occ[i].cls == MT_MENTION))
				mine = true;
		if (!mine)
			continue;
		if (mt_any(c, ss, se, hybrid_kw))
			hybrid = true;
		for (int k = 0; online_kw[k]; k++)
		{
			int			from = ss;

			for (int guard = 0; guard < 16; guard++)
			{
				int			p = mt_find(c, from, se, online_kw[k]);
				int			near;

				if (p < 0)
					break;
				from = p + 1;
				near = mt_nearest_occ(c, s, p);
				if (near >= 0 && c->occ[near].meeting != m &&
					c->occ[near].cls != MT_GENERIC)
					continue;
				if (mt_mode_cue_is_background(c, p, ss))
					continue;
				online = true;
			}
		}
		{
			int			from = ss;

			for (int guard = 0; guard < 16; guard++)
			{
				int			p = mt_find(c, from, se, "trực tiếp");
				int			near;
				int			q = p;

				if (p < 0)
					break;
				from = p + 1;
				near = mt_nearest_occ(c, s, p);
				if (near >= 0 && c->occ[near].meeting != m &&
					c->occ[near].cls != MT_GENERIC)
					continue;
				if (mt_mode_cue_is_background(c, p, ss))
					continue;
				/* the word before, skipping ", " */
				while (q > ss && (c->t[q - 1] == ' ' || c->t[q - 1] == ','))
					q--;
				for (int k = 0; inperson_prev[k]; k++)
					if (mt_ends_with(c, q, inperson_prev[k]))
						inperson = true;
			}
		}
	}
	(void) nm;
	/* a phone or video call */
	for (int i = 0; i < c->nocc && !online; i++)
		if (c->occ[i].meeting == m && strcmp(c->occ[i].trig->kw, "điện đàm") == 0)
			online = true;
	if (hybrid || (online && inperson))
		return "hybrid";
	if (online)
		return "online";
	if (inperson || have_venue)
		return "in_person";
	return NULL;
}

/* series name: the meeting noun phrase without mode, ordinal and date */
static char *
mt_series(const mt_ctx *c, const mt_occ *o)
{
	int			s = o->start,
				e;
	int			se = o->sent >= 0 ? c->sents[o->sent].end : c->n;
	bc_buf		b;
	static const char *const stopw[] = {"đã", "tập trung", "diễn ra", "được",
		"với chủ đề", "tại", "vào", "do", "nhằm", "sẽ", "vừa", "là", "có", "trong",
	"chiều", "sáng", "ngày", "và thống nhất", "và ký", "và giao", "và nhất trí",
	"tổ chức", "dự kiến", NULL};
	static const char *const dropw[] = {"kết hợp trực tuyến", "kết hợp trực tiếp",
		"kết hợp với trực tuyến", "trực tuyến", "trực tiếp", "theo hình thức",
	"bằng hình thức", "hình thức", NULL};

	if (!o->trig->noun)
		return NULL;
	if (se > o->end + 400)
		se = o->end + 400;
	if (o->ordinal == 0 && strcmp(o->trig->kind, "conference") != 0 &&
		strcmp(o->trig->kind, "seminar") != 0 && strcmp(o->trig->kind, "other") != 0)
		return NULL;
	e = mt_clause_end(c, o->end, se);
	/* ", giữa ..." and ": A, B, C" continue the phrase */
	for (int guard = 0; guard < 12 && e < se; guard++)
	{
		int			n2 = mt_skip_sp(c, e + 1);

		if (c->t[e] == ',' && (mt_at(c, n2, "giữa", NULL) || mt_at(c, n2, "về", NULL)))
			e = mt_clause_end(c, n2, se);
		else if (c->t[e] == ':' || c->t[e] == '(' || c->t[e] == ')' ||
				 (c->t[e] == ',' && mt_find(c, s, e, "giữa") >= 0 &&
				  !mt_at(c, n2, "các", NULL) && !mt_at(c, n2, "đồng chí", NULL) &&
				  mt_lower((unsigned char) c->t[n2]) != (unsigned char) c->t[n2]))
			e = mt_clause_end(c, e + 1, se);
		else if (c->t[e] == ',' && mt_find(c, s, e, "giữa") >= 0)
		{
			uint32_t	cp;

			mt_dec(c->t + n2, c->n - n2, &cp);
			if (mt_lower(cp) != cp || mt_at(c, n2, "tỉnh", NULL) ||
				mt_at(c, n2, "thành phố", NULL) || mt_at(c, n2, "khu", NULL))
				e = mt_clause_end(c, n2, se);
			else
				break;
		}
		else
			break;
	}
	for (int k = 0; stopw[k]; k++)
	{
		int			q = mt_find(c, o->end, e, stopw[k]);

		if (q > o->end)
			e = q;
	}
	/* never into the next meeting word */
	for (int k = 0; k < c->nocc; k++)
		if (c->occ[k].start > o->start)
		{
			if (c->occ[k].start < e)
				e = c->occ[k].start;
			break;
		}
	/* no trailing "và" / "với" */
	for (int guard = 0; guard < 3; guard++)
	{
		int			q = e;

		while (q > s && c->t[q - 1] == ' ')
			q--;
		if (mt_ends_with(c, q, "và"))
			e = q - (int) strlen("và");
		else if (mt_ends_with(c, q, "với"))
			e = q - (int) strlen("với");
		else
			break;
	}
	/* a trailing "(Trung Quốc)" is kept only when closed */
	mt_trim(c, &s, &e);
	if (e - s > 220)
	{
		e = s + 220;
		while (e > s && c->t[e] != ' ')
			e--;
	}
	bc_buf_init(&b, c->a);
	for (int p = s; p < e;)
	{
		int			de = -1,
					oe;

		for (int k = 0; dropw[k]; k++)
			if (mt_at(c, p, dropw[k], &de))
				break;
			else
				de = -1;
		if (de < 0 && mt_at(c, p, "lần", &oe))
		{
			int			at;

			if (mt_ordinal_in(c, p, oe + 1, &at) > 0 && at == p)
			{
				int			q = mt_skip_sp(c, oe);

				if (mt_at(c, q, "thứ", &q))
					q = mt_skip_sp(c, q);
				mt_number_at(c, q, &de);
			}
		}
		if (de < 0 && p == mt_skip_sp(c, o->end) && mt_at(c, p, "thứ", &oe))
		{
			if (mt_number_at(c, mt_skip_sp(c, oe), &de) == 0)
				de = -1;
		}
		if (de > p)
		{
			p = mt_skip_sp(c, de);
			if (c->t[p] == ',')
				p = mt_skip_sp(c, p + 1);
			continue;
		}
		/* copy one word with its trailing space */
		{
			int			q = p;

			while (q < e && c->t[q] != ' ')
				q++;
			while (q < e && c->t[q] == ' ')
				q++;
			if (p == s)
			{
				/* lower-case the meeting word */
				bc_buf_append(&b, c->f + p, (size_t) (o->end - p));
				q = o->end;
				while (q < e && c->t[q] == ' ')
					q++;
				bc_buf_putc(&b, ' ');
			}
			else
				bc_buf_append(&b, c->t + p, (size_t) (q - p));
			p = q;
		}
	}
	/* collapse double spaces and trim */
	{
		char	   *x = bc_buf_cstr(&b);
		int			w = 0,
					len = (int) b.len;

		for (int i = 0; i < len; i++)
			if (!(x[i] == ' ' && (w == 0 || x[w - 1] == ' ')))
				x[w++] = x[i];
		while (w > 0 && (x[w - 1] == ' ' || x[w - 1] == ',' || x[w - 1] == '('))
			w--;
		x[w] = '\0';
		/* "hội nghị về X": drop the "về" */
		{
			size_t		kl = (size_t) (o->end - o->start);

			size_t		vl = strlen(" về");

			if ((size_t) w > kl + vl + 1 && strncmp(x + kl, " về ", vl + 1) == 0)
				memmove(x + kl, x + kl + vl, (size_t) w - kl - vl + 1);
		}
		if ((size_t) strlen(x) <= (size_t) (o->end - o->start) + 1)
			return NULL;
		return x;
	}
}

/* the last "tiếp" that means receiving guests in [from, to), -1 */
static int
mt_reception(const mt_ctx *c, int from, int to)
{
	static const char *const other[] = {"tục", "nhận", "cận", "giáp", "thu",
	"theo", "đó", "xúc", "sức", "tế", "viện", "quản", "diễn", "nối", NULL};

	for (int guard = 0; guard < 16 && to > from; guard++)
	{
		int			t = mt_rfind(c, from, to, "tiếp");
		int			e;
		bool		bad = false;

		if (t < 0)
			return -1;
		mt_at(c, t, "tiếp", &e);
		for (int k = 0; other[k]; k++)
			if (mt_at(c, mt_skip_sp(c, e), other[k], NULL))
				bad = true;
		/* "trực tiếp": the word before makes another word */
		if (mt_ends_with(c, t, "trực") || mt_ends_with(c, t, "kế"))
			bad = true;
		if (!bad)
			return t;
		to = t;
	}
	return -1;
}

/* the first party mention in [from, to), -1 */
static int
mt_first_mention(const mt_ctx *c, int from, int to)
{
	for (int i = 0; i < c->r->mentions.n; i++)
		if (c->r->mentions.items[i].start >= from && c->r->mentions.items[i].end <= to)
			return i;
	return -1;
}

/* the last party mention in [from, to), -1 */
static int
mt_last_mention(const mt_ctx *c, int from, int to)
{
	int			best = -1;

	for (int i = 0; i < c->r->mentions.n; i++)
		if (c->r->mentions.items[i].start >= from && c->r->mentions.items[i].end <= to)
			best = i;
	return best;
}

/* The party named in the venue loc, or -1. */
static int
mt_venue_party(const mt_ctx *c, const char *loc)
{
	const bc_result *r = c->r;

	if (loc == NULL)
		return -1;
	for (int i = 0; i < r->parties.n; i++)
	{
		const bc_unit *u = r->parties.items[i].unit;

		if ((u && u->name_vi && strstr(loc, u->name_vi)) ||
			(r->parties.items[i].as_written &&
			 strstr(loc, r->parties.items[i].as_written)))
			return i;
	}
	return -1;
}

/*
 * The host.  "tỉnh Hà Giang chủ trì tổ chức", "do X đăng cai", "X phối hợp
 * với Y tổ chức" (X); co-organisers "X và Y tổ chức" name no host.  For
 * meetings held in person: the receiver of "X tiếp/đón ...", the subject of
 * "X ... với đoàn Y", the party visited by a delegation ("đoàn ... đến thăm
 * tỉnh Y", "đoàn ... làm việc với tỉnh Y"), else a party named in the venue.
 */
static int
mt_host(const mt_ctx *c, int m, const mt_occ *o, bool in_person,
		const char *loc)
{
	const bc_result *r = c->r;
	static const char *const verbs[] = {"chủ trì", "đăng cai", "tổ chức", NULL};
	int			ss,
				se;
	int			tried = 0;

	for (int i = 0; i < r->mentions.n; i++)
	{
		const bc_mention *mn = &r->mentions.items[i];
		int			s = mt_sent_of(c, mn->start);
		int			p,
					cs;

		if (s < 0 || mt_meeting_at(c, mn->start, 1 + m) != m)
			continue;
		{
			bool		mine = false;

			for (int k = 0; k < c->nocc; k++)
				if (c->occ[k].sent == s && c->occ[k].meeting == m &&
					c->occ[k].cls == MT_CURRENT)
					mine = true;
			if (!mine)
				continue;
		}
		p = mt_skip_sp(c, mn->end);
		if (p < c->n && c->t[p] == '(')
		{
			int			q = p;

			while (q < c->n && q - p < 40 && c->t[q] != ')')
				q++;
			p = mt_skip_sp(c, q + 1);
		}
		if (mt_at(c, p, "đã", &p) || mt_at(c, p, "vừa", &p) || mt_at(c, p, "là", &p))
			p = mt_skip_sp(c, p);
		/* "UBND tỉnh Gia Lai phối hợp tổ chức Hội nghị": the organiser */
		{
			int			e;

			if (mt_at(c, p, "phối hợp", &e) && !mt_at(c, mt_skip_sp(c, e), "với", NULL))
				p = mt_skip_sp(c, e);
		}
		for (int k = 0; verbs[k]; k++)
		{
			int			e;

			if (!mt_at(c, p, verbs[k], &e) || mt_at(c, mt_skip_sp(c, e), "đoàn", NULL))
				continue;
			cs = c->sents[s].start;
			if (cs < mn->start - 200)
				cs = mn->start - 200;
			if (++tried > 16)
				return -1;
			/* "X phối hợp với Y tổ chức": X */
			{
				int			ph = mt_rfind(c, cs, mn->start, "phối hợp với");

				if (ph >= 0)
				{
					int			x = mt_last_mention(c, cs, ph);

					return x >= 0 ? r->mentions.items[x].party : -1;
				}
			}
			/* "X và Y tổ chức": co-organisers */
			{
				int			prev = mt_last_mention(c, cs, mn->start);

				if (prev >= 0 && mt_find(c, r->mentions.items[prev].end,
										 mn->start, "và") >= 0 &&
					mn->start - r->mentions.items[prev].end < 60)
					break;
			}
			return mn->party;
		}
	}
	if (!in_person || o == NULL || o->sent < 0)
		return -1;
	ss = c->sents[o->sent].start;
	se = c->sents[o->sent].end;
	/* "X đã tiếp (và làm việc với) đoàn Y": X */
	{
		int			t = mt_reception(c, ss, o->end);

		if (t < 0)
			t = mt_rfind(c, ss, o->start, "đón");
		if (t >= 0)
		{
			int			x = mt_last_mention(c, ss, t);

			if (x >= 0)
				return r->mentions.items[x].party;
		}
	}
	/* "X ... gặp mặt với đoàn Y": X */
	{
		int			v = mt_find(c, o->end, se, "với đoàn");

		/* not when a delegation meets a delegation: see below */
		if (v >= 0 && v - o->end < 80 && mt_find(c, ss, o->start, "đoàn") < 0)
		{
			int			x = mt_last_mention(c, ss, o->start);

			if (x >= 0)
				return r->mentions.items[x].party;
		}
	}
	/*
	 * "tại thành phố Sơn La, Đoàn tỉnh Sơn La đã hội đàm với Đoàn tỉnh Hủa
	 * Phăn": a party named in the venue receives
	 */
	{
		int			v = mt_venue_party(c, loc);

		if (v >= 0)
			return v;
	}
	/* "đoàn (tỉnh X) ... thăm/làm việc với tỉnh Y", "X đến thăm tỉnh Y": Y */
	if (mt_find(c, ss, o->start, "đoàn") >= 0 || strcmp(o->trig->kind, "visit") == 0)
	{
		int			y = mt_first_mention(c, o->end, se);

		if (y >= 0)
			return r->mentions.items[y].party;
	}
	return mt_venue_party(c, loc);
}

/* ----------------------------------------------------------------
 * agreements
 * ---------------------------------------------------------------- */

/* the first n words of two folded spans are equal */
static bool
mt_same_words(const mt_ctx *c, int a, int a2, int b, int b2, int n)
{
	int			w = 0;

	while (a < a2 && b < b2)
	{
		if (c->f[a] != c->f[b])
			return false;
		if (c->f[a] == ' ' && ++w >= n)
			return true;
		a++;
		b++;
	}
	return a == a2 && b == b2;
}

/* the agreements of the article, attached to meetings */
static void
mt_agreements(mt_ctx *c, int nm)
{
	bc_result  *r = c->r;
	static const char *const signv[] = {"ký kết", "ký", "thông qua", "trao",
	"ký biên bản", NULL};
	static const char *const skip_before[] = {"giúp", "tạo điều kiện", "hỗ trợ",
		"khuyến khích", "doanh nghiệp", "tiếp tục", "sẽ", "các văn bản",
		"nhiều", "thực hiện", "triển khai",
		/* planned, not signed: "chuẩn bị nội dung để ký kết", "tiến tới ký" */
	"để ký", "nhằm ký", "tiến tới", "dự kiến", "chuẩn bị", NULL};

	if (nm <= 0)
		return;
	for (int p = 0; p < c->n && r->agreements.n < BC_MAX_ENTITIES; p++)
	{
		const mt_agr_kw *ak = NULL;
		int			e = -1,
					s,
					se,
					cs,
					ts,
					te;
		bool		signed_ = false,
					after = false,
					quoted = false;

		if (((unsigned char) c->f[p] & 0xC0) == 0x80 || mt_word_before(c, p))
			continue;
		for (int k = 0; mt_agr_kws[k].kw; k++)
			if (c->f[p] == mt_agr_kws[k].kw[0] && mt_at(c, p, mt_agr_kws[k].kw, &e))
			{
				ak = &mt_agr_kws[k];
				break;
			}
		if (!ak)
			continue;
		s = mt_sent_of(c, p);
		se = s >= 0 ? c->sents[s].end : c->n;
		if (se > p + 800)
			se = p + 800;
		cs = mt_clause_start(c, p, p - 200);
		if (cs > 0 && c->t[cs - 1] == '(')
			cs = mt_clause_start(c, cs - 1, cs - 200);
		ts = p;
		/* "ký kết hợp tác" and "ký kết các nội dung hợp tác": only after ký kết */
		if (strcmp(ak->kw, "hợp tác") == 0 || strcmp(ak->kw, "các nội dung hợp tác") == 0)
		{
			if (!mt_ends_with(c, p, "ký kết") && !mt_ends_with(c, p, "ký"))
			{
				p = e - 1;
				continue;
			}
			ts = mt_rfind(c, p - 12, p, "ký");
			if (ts < 0)
				ts = p;
		}
		/* an opening quote just before: the title is inside the quotes */
		{
			int			q = p;
			uint32_t	cp;

			if (q >= 3)
			{
				mt_dec(c->t + q - 3, 3, &cp);
				if (cp == 0x201C)
					quoted = true;
			}
			if (q >= 1 && c->t[q - 1] == '"')
				quoted = true;
		}
		/* the signing verb: before, in the clause, or "được ký kết" after */
		for (int k = 0; signv[k]; k++)
		{
			int			q = mt_find(c, cs, p, signv[k]);
			int			qe;

			/* "trao đổi" (discuss) is no handing over */
			if (q >= 0 && strcmp(signv[k], "trao") == 0 && mt_at(c, q, "trao", &qe) &&
				mt_at(c, mt_skip_sp(c, qe), "đổi", NULL))
				q = -1;
			if (q >= 0)
				signed_ = true;
		}
		if (mt_find(c, e, mt_clause_end(c, e, se), "được ký") >= 0 ||
			mt_find(c, e, mt_clause_end(c, e, se), "đã được ký") >= 0)
			signed_ = after = true;
		(void) after;
		if (!signed_)
		{
			p = e - 1;
			continue;
		}
		{
			bool		skip = false;

			int			wide = p - 40 > (s >= 0 ? c->sents[s].start : 0) ? p - 40 :
				(s >= 0 ? c->sents[s].start : 0);

			for (int k = 0; skip_before[k]; k++)
				if (mt_find(c, cs < wide ? cs : wide, p, skip_before[k]) >= 0)
					skip = true;
			if (mt_ends_with(c, p, "các") && strcmp(ak->kw, "các nội dung hợp tác") != 0)
				skip = true;
			if (mt_ends_with(c, p, "nhiều"))
				skip = true;
			/* "Trước đó, năm 2022, hai tỉnh đã ký kết ...": background */
			{
				int			s0 = s >= 0 ? c->sents[s].start : cs;
				int			y;
				int			py = c->r->doc.published.year;

				if (s0 < p - 200)
					s0 = p - 200;	/* long sentences: a bounded window */
				y = mt_year_in(c, s0, p);

				if (mt_find(c, s0, p, "trước đó") >= 0 ||
					mt_find(c, s0, p, "trước đây") >= 0 ||
					mt_find(c, s0, p, "năm ngoái") >= 0 ||
					mt_find(c, s0, p, "từng") >= 0 ||
					(y > 0 && py > 0 && y < py))
					skip = true;
			}
			if (skip)
			{
				p = e - 1;
				continue;
			}
		}
		/* the title's end */
		if (quoted)
		{
			te = p;
			while (te < se && te - p < 600)
			{
				uint32_t	cp;
				int			k = mt_dec(c->t + te, c->n - te, &cp);

				if (cp == 0x201D || cp == '"')
					break;
				te += k;
			}
		}
		else
		{
			te = e;
			for (int guard = 0; guard < 6 && te < se; guard++)
			{
				int			ce = mt_clause_end(c, te, se);
				int			n2;

				te = ce;
				if (ce < se && c->t[ce] == '(')
				{
					int			q = ce;

					while (q < se && q - ce < 80 && c->t[q] != ')')
						q++;
					if (q < se && c->t[q] == ')')
					{
						te = q + 1;
						continue;
					}
				}
				if (ce >= se || c->t[ce] != ',')
					break;
				n2 = mt_skip_sp(c, ce + 1);
				if (!mt_at(c, n2, "giai đoạn", NULL) && !mt_at(c, n2, "năm", NULL) &&
					!mt_at(c, n2, "nhiệm kỳ", NULL) && !mt_at(c, n2, "chống", NULL))
					break;
				te = n2;
			}
			/* "A và B": a second document starts a title of its own */
			for (int q = e; q < te; q++)
			{
				int			ve;

				if (c->f[q] != 'v' || !mt_at(c, q, "và", &ve))
					continue;
				ve = mt_skip_sp(c, ve);
				for (int k = 0; mt_agr_kws[k].kw; k++)
					if (strcmp(mt_agr_kws[k].kw, "hợp tác") != 0 &&
						mt_at(c, ve, mt_agr_kws[k].kw, NULL))
					{
						te = q;
						break;
					}
				if (te == q)
					break;
			}
			/* stop before the venue or a following clause verb */
			{
				static const char *const stopw[] = {"tại", "và ký", "giữa hai bên",
					"với sự chứng kiến", "dưới sự chứng kiến", "và giao", "và thống nhất",
				"và trao", "và cam kết", "và nhất trí", "nhằm", "để", "là", NULL};

				for (int k = 0; stopw[k]; k++)
				{
					int			q = mt_find(c, e, te, stopw[k]);

					if (q > e)
						te = q;
				}
			}
		}
		{
			int			a1 = ts,
						a2 = te;
			bc_agreement *ag;
			char	   *title;
			bool		dup = false;
			int			kwords = 1;

			mt_trim(c, &a1, &a2);
			if (a2 - a1 > 500)
				a2 = a1 + 500;
			while (a2 > a1 && ((unsigned char) c->t[a2] & 0xC0) == 0x80)
				a2--;
			title = bc_strndup(c->a, c->t + a1, (size_t) (a2 - a1));
			for (const char *q = ak->kw; *q; q++)
				kwords += (*q == ' ');
			/* the same document named again ("việc ký kết thỏa thuận hợp tác ...") */
			for (int k = 0; k < r->agreements.n; k++)
				if (strcmp(r->agreements.items[k].kind, ak->kind) == 0 &&
					r->agreements.items[k].meeting == mt_meeting_at(c, p, nm) &&
					mt_same_words(c, r->agreements.items[k].start,
								  r->agreements.items[k].end, a1, a2, kwords + 2))
					dup = true;
			if (!dup)
			{
				ag = bc_vec_push(c->a, &r->agreements);
				ag->kind = ak->kind;
				ag->title = title;
				ag->start = a1;
				ag->end = a2;
				ag->meeting = mt_meeting_at(c, p, nm);
				/* "giai đoạn 2022-2026" in the title or right after it */
				{
					int			lim = a2 + 40 < se ? a2 + 40 : se;
					int			g = mt_find(c, a1, lim, "giai đoạn");

					if (g >= 0)
					{
						int			q = mt_skip_sp(c, g + (int) strlen("giai đoạn"));
						int			y1,
									y2;

						if (mt_digits(c, q, 4, &y1) == 4)
						{
							q = mt_skip_sp(c, q + 4);
							if (q < c->n && (c->t[q] == '-' || c->t[q] == '/'))
								q = mt_skip_sp(c, q + 1);
							else if (q + 3 <= c->n && memcmp(c->t + q, "–", 3) == 0)
								q = mt_skip_sp(c, q + 3);
							if (mt_digits(c, q, 4, &y2) == 4 && y2 >= y1 && y2 - y1 < 30)
							{
								ag->period_from = y1;
								ag->period_to = y2;
							}
						}
					}
				}
			}
			p = (te > e ? te : e) - 1;
		}
	}
}

/* ----------------------------------------------------------------
 * fields, people, figures, CAMEO
 * ---------------------------------------------------------------- */

/* cooperation fields with evidence in the meeting's sentences */
static void
mt_fields_of(mt_ctx *c, bc_meeting *bm, int m, int nm)
{
	const char **out = bc_alloc(c->a, sizeof(char *) * 20);
	int			n = 0;

	for (int k = 0; mt_fields[k].field; k++)
	{
		bool		hit = false;

		for (int s = 0; s < c->nsents && !hit; s++)
		{
			if (nm > 1 && c->sent_meeting[s] != m)
				continue;
			if (mt_any(c, c->sents[s].start, c->sents[s].end, mt_fields[k].kws))
				hit = true;
		}
		if (hit)
			out[n++] = mt_fields[k].field;
	}
	bm->fields = out;
	bm->nfields = n;
}

/* party side, from the parties stage or the unit's country */
static bc_side
mt_side(const bc_result *r, int pi)
{
	const bc_party *p;

	if (pi < 0 || pi >= r->parties.n)
		return BC_SIDE_UNKNOWN;
	p = &r->parties.items[pi];
	if (p->side != BC_SIDE_UNKNOWN)
		return p->side;
	if (p->unit && p->unit->country)
		return strcmp(p->unit->country, "VN") == 0 ? BC_SIDE_VIETNAM : BC_SIDE_COUNTERPART;
	return BC_SIDE_UNKNOWN;
}

/* the parties of meeting m */
static void
mt_parties_of(mt_ctx *c, bc_meeting *bm, int m, int nm)
{
	bc_result  *r = c->r;
	bool	   *in = bc_alloc(c->a, sizeof(bool) * (size_t) (r->parties.n + 1));
	int			n = 0;
	bool		vn = false;

	if (nm <= 1)
	{
		for (int i = 0; i < r->parties.n; i++)
			in[i] = true;
	}
	else
	{
		for (int i = 0; i < r->mentions.n; i++)
		{
			int			pi = r->mentions.items[i].party;

			if (pi >= 0 && pi < r->parties.n &&
				mt_meeting_at(c, r->mentions.items[i].start, nm) == m)
				in[pi] = true;
		}
		for (int i = 0; i < r->parties.n; i++)
			if (in[i] && mt_side(r, i) == BC_SIDE_VIETNAM)
				vn = true;
		/* the home province of the lead when the meeting names no VN party */
		if (!vn && c->nsents > 0)
			for (int i = 0; i < r->mentions.n; i++)
			{
				int			pi = r->mentions.items[i].party;

				if (pi >= 0 && pi < r->parties.n &&
					mt_sent_of(c, r->mentions.items[i].start) <= 0 + (c->nsents > 1) &&
					mt_side(r, pi) == BC_SIDE_VIETNAM)
					in[pi] = true;
			}
	}
	/* "hai bên" with no counterpart named: the previous meeting's counterparts */
	if (nm > 1 && m > 0 && r->meetings.n >= m)
	{
		bool		cp = false;
		const bc_meeting *prev = &r->meetings.items[r->meetings.n - 2];

		for (int i = 0; i < r->parties.n; i++)
			if (in[i] && mt_side(r, i) == BC_SIDE_COUNTERPART)
				cp = true;
		for (int k = 0; !cp && k < prev->nparties; k++)
			if (mt_side(r, prev->parties[k]) == BC_SIDE_COUNTERPART)
				in[prev->parties[k]] = true;
	}
	bm->parties = bc_alloc(c->a, sizeof(int) * (size_t) (r->parties.n + 1));
	for (int i = 0; i < r->parties.n; i++)
		if (in[i])
			bm->parties[n++] = i;
	bm->nparties = n;
}

/* roles of people: chair, co-chair, head, participant */
static void
mt_people(mt_ctx *c, int nm)
{
	bc_result  *r = c->r;

	if (nm <= 0)
		return;
	for (int i = 0; i < r->people.n; i++)
	{
		bc_person  *pp = &r->people.items[i];
		int			s = mt_sent_of(c, pp->start);
		int			ss = s >= 0 ? c->sents[s].start : pp->start;
		int			se = s >= 0 ? c->sents[s].end : pp->end;
		const char *role = "participant";
		int			limit = se < pp->end + 300 ? se : pp->end + 300;

		int			s0 = ss;	/* the sentence's real start */

		pp->meeting = mt_meeting_at(c, pp->start, nm);
		if (ss < pp->start - 200)
			ss = pp->start - 200;
		/* role words after the person, before the next meeting word */
		for (int k = 0; k < c->nocc; k++)
			if (c->occ[k].start >= pp->end && c->occ[k].start < limit)
				limit = c->occ[k].start;
		{
			int			p_co = mt_find(c, pp->end, limit, "đồng chủ trì");
			int			p_ch = mt_find(c, pp->end, limit, "chủ trì");
			int			p_hd = mt_find(c, pp->end, limit, "dẫn đầu");
			int			p_tr = mt_find(c, pp->end, limit, "làm trưởng đoàn");

			if (p_co >= 0)
				role = "co-chair";
			else if (p_ch >= 0 && !mt_at(c, mt_skip_sp(c, p_ch + (int) strlen("chủ trì")), "đoàn", NULL))
				role = "chair";
			else if (p_hd >= 0 || p_tr >= 0)
				role = "head";
		}
		/* a sentence opening "Đồng chủ trì hội nghị có X và Y", "Chủ trì ... có X" */
		if (strcmp(role, "participant") == 0 && s >= 0)
		{
			int			b0 = mt_skip_sp(c, s0);
			int			ce;

			int			cf;

			if (mt_at(c, b0, "đồng chủ trì", &ce))
			{
				cf = ce > pp->start - 300 ? ce : pp->start - 300;
				if (mt_find(c, cf, pp->start, "có") >= 0 || mt_find(c, cf, pp->start, "là") >= 0)
					role = "co-chair";
			}
			else if (mt_at(c, b0, "chủ trì", &ce) &&
					 !mt_at(c, mt_skip_sp(c, ce), "đoàn", NULL))
			{
				cf = ce > pp->start - 300 ? ce : pp->start - 300;
				if (mt_find(c, cf, pp->start, "có") >= 0 || mt_find(c, cf, pp->start, "là") >= 0)
					role = "chair";
			}
		}
		/* role words before: "dưới sự chủ trì của", "đồng chủ trì hội nghị có" */
		if (strcmp(role, "participant") == 0)
		{
			int			b = pp->start - 120 > ss ? pp->start - 120 : ss;

			if (mt_find(c, b, pp->start, "dưới sự đồng chủ trì") >= 0 ||
				mt_find(c, b, pp->start, "đồng chủ trì có") >= 0)
				role = "co-chair";
			else if (mt_find(c, b, pp->start, "dưới sự chủ trì") >= 0)
				role = "chair";
			else if (mt_find(c, ss, pp->start, "trưởng đoàn") >= 0 &&
					 mt_find(c, ss, pp->start, "phó trưởng đoàn") < 0 &&
					 pp->start - mt_find(c, ss, pp->start, "trưởng đoàn") < 64)
				role = "head";
			else if (mt_find(c, ss, pp->start, "chủ trì đoàn") >= 0)
				role = "head";
		}
		if (pp->title)
		{
			size_t		tl;
			char	   *tf = bc_mt_fold(c->a, pp->title, (int) strlen(pp->title));

			tl = strlen(tf);
			if (strstr(tf, "trưởng đoàn") && !strstr(tf, "phó trưởng đoàn"))
				role = "head";
			(void) tl;
		}
		pp->role = bc_strdup(c->a, role);
	}
}

/* CAMEO code of a meeting */
static const char *
mt_cameo(mt_ctx *c, const bc_meeting *bm, int m, int first_occ)
{
	bc_result  *r = c->r;

	for (int i = 0; i < r->agreements.n; i++)
		if (r->agreements.items[i].meeting == m)
			return "057";
	if (strcmp(bm->kind, "talks") == 0)
		return "046";
	if (strcmp(bm->kind, "visit") == 0)
	{
		const mt_occ *o = &c->occ[first_occ];
		int			ss = o->sent >= 0 ? c->sents[o->sent].start : 0;
		int			visitor = -1;

		int			d;

		if (mt_reception(c, ss, o->end) >= 0 || mt_find(c, ss, o->start, "đón") >= 0)
			return "043";
		/* the visited side hosts */
		if (bm->host >= 0)
			return mt_side(r, bm->host) == BC_SIDE_VIETNAM ? "043" : "042";
		/* the visitor: the delegation's party ("đoàn tỉnh X"), else the subject */
		d = mt_rfind(c, ss, o->start, "đoàn");
		if (d >= 0)
		{
			int			k = mt_first_mention(c, d, o->start);

			visitor = k >= 0 ? r->mentions.items[k].party : -1;
		}
		else
		{
			int			k = mt_last_mention(c, ss, o->start);

			visitor = k >= 0 ? r->mentions.items[k].party : -1;
		}
		if (visitor >= 0 && mt_side(r, visitor) == BC_SIDE_COUNTERPART)
			return "043";
		return "042";
	}
	return "040";
}

/* ----------------------------------------------------------------
 * the stage
 * ---------------------------------------------------------------- */

/* fill r->meetings and r->agreements; set people roles and figure meetings */
void
bc_find_meetings(bc_arena *a, bc_result *r)
{
	mt_ctx		c;
	mt_meet		ms[MT_MAX_MEETINGS];
	mt_meet		refs[MT_MAX_REFS];
	int			nm,
				nrefs;

	if (r == NULL || r->doc.main == NULL)
		return;
	memset(&c, 0, sizeof(c));
	c.a = a;
	c.r = r;
	c.t = r->doc.main;
	c.n = (int) r->doc.main_len;
	c.f = bc_mt_fold(a, c.t, c.n);
	mt_sentences(&c);
	mt_collect(&c);
	for (int i = 0; i < c.nocc; i++)
		mt_classify(&c, i);
	nm = mt_group(&c, ms, &nrefs, refs);
	mt_sentence_context(&c, nm);

	/* agreements first: the CAMEO code depends on them */
	mt_agreements(&c, nm);

	for (int m = 0; m < nm; m++)
	{
		bc_meeting *bm = bc_vec_push(a, &r->meetings);
		const mt_occ *o = &c.occ[ms[m].first];
		int			ss = o->sent >= 0 ? c.sents[o->sent].start : o->start;
		int			se = o->sent >= 0 ? c.sents[o->sent].end : o->end;
		int			vs = 0,
					ve = 0;
		bool		bridge = false,
					venue;

		bm->kind = ms[m].kind;
		bm->ordinal = ms[m].ordinal;
		bm->start = o->start;
		bm->end = o->end;
		bm->host = -1;
		bm->reference = false;
		bm->occurred = ms[m].date;
		/* "Hội nghị ... diễn ra ngày 15/3": a past date after the word */
		if (bm->occurred.precision != BC_PREC_DAY && o->sent >= 0)
		{
			mt_date		ds[4];
			const bc_date *pub = &r->doc.published;
			int			nd = mt_dates(&c, o->end, o->end + 200 < se ? o->end + 200 : se,
									  ds, 4);

			for (int k = 0; k < nd; k++)
				if (ds[k].d.precision == BC_PREC_DAY &&
					(pub->precision != BC_PREC_DAY ||
					 ds[k].d.year * 400 + ds[k].d.month * 32 + ds[k].d.day <=
					 pub->year * 400 + pub->month * 32 + pub->day))
				{
					bm->occurred = ds[k].d;
					break;
				}
		}
		/* no date in the meeting's sentence: the lead's, or "hôm nay" */
		if (bm->occurred.precision != BC_PREC_DAY && m == 0)
		{
			mt_date		ds[4];
			int			lim = c.nsents > 0 ? c.sents[0].end : c.n;

			if (c.nsents > 1 && lim - c.sents[0].start < 40)
				lim = c.sents[1].end;
			if (mt_dates(&c, 0, lim, ds, 4) > 0)
				bm->occurred = ds[0].d;
			else if ((mt_find(&c, ss, se, "hôm nay") >= 0 ||
					  mt_find(&c, ss, se, "sáng nay") >= 0 ||
					  mt_find(&c, ss, se, "chiều nay") >= 0 ||
					  mt_find(&c, ss, se, "tối nay") >= 0) &&
					 r->doc.published.precision == BC_PREC_DAY)
				bm->occurred = r->doc.published;
			else if (mt_find(&c, ss, se, "hôm qua") >= 0 &&
					 r->doc.published.precision == BC_PREC_DAY)
				bm->occurred = mt_next_day(r->doc.published, -1);
		}
		/* "Tháng 3/2024, hai tỉnh đã tổ chức hội nghị": month precision */
		if (bm->occurred.precision != BC_PREC_DAY && o->sent >= 0)
		{
			bc_date		md;

			if (mt_month_date(&c, ss, o->start, &md))
				bm->occurred = md;
		}
		if (bm->occurred.year == 0)
			memset(&bm->occurred, 0, sizeof(bc_date));
		{
			int			vs0 = ss,
						ve0 = se;

			/* only the part of the sentence about this meeting word */
			for (int k = 0; k < c.nocc; k++)
				if (c.occ[k].sent == o->sent && &c.occ[k] != o)
				{
					if (c.occ[k].end <= o->start && c.occ[k].end > vs0 &&
						c.occ[k].meeting != m)
						vs0 = c.occ[k].end;
					if (c.occ[k].start >= o->end && c.occ[k].start < ve0 &&
						c.occ[k].meeting != m)
						ve0 = c.occ[k].start;
				}
			venue = mt_venue(&c, vs0, ve0, &vs, &ve, &bridge, false);
		}
		/* else "Tiếp đoàn tại trụ sở ..." in a following sentence about it */
		for (int s = o->sent + 1; !venue && o->sent >= 0 && s < c.nsents &&
			 s <= o->sent + 4; s++)
			if (c.sent_meeting[s] == m)
				venue = mt_venue(&c, c.sents[s].start, c.sents[s].end, &vs, &ve,
								 &bridge, true);
		if (venue)
			bm->location = bc_strndup(a, c.t + vs, (size_t) (ve - vs));
		bm->mode = mt_mode(&c, m, nm, venue && !bridge, bridge);
		/* a visit is made in person unless the text says otherwise */
		if (bm->mode == NULL && strcmp(bm->kind, "visit") == 0)
			bm->mode = "in_person";
		/* so is a reception: "X tiếp và làm việc với ông Y" */
		for (int i = ms[m].first; i < c.nocc && bm->mode == NULL; i++)
			if (c.occ[i].meeting == m && c.occ[i].cls != MT_GENERIC &&
				(strncmp(c.occ[i].trig->kw, "tiếp ", strlen("tiếp ")) == 0 ||
				 strncmp(c.occ[i].trig->kw, "đã tiếp", strlen("đã tiếp")) == 0) &&
				strncmp(c.occ[i].trig->kw, "tiếp xúc", strlen("tiếp xúc")) != 0)
				bm->mode = "in_person";
		/* a series name only for named, recurring or numbered meetings */
		for (int i = ms[m].first; i < c.nocc && !bm->series; i++)
			if (c.occ[i].meeting == m && c.occ[i].trig->noun &&
				strcmp(c.occ[i].trig->kind, bm->kind) == 0)
				bm->series = mt_series(&c, &c.occ[i]);
		bm->host = mt_host(&c, m, o, bm->mode == NULL || strcmp(bm->mode, "in_person") == 0,
						   venue && !bridge ? bm->location : NULL);
		mt_parties_of(&c, bm, m, nm);
		mt_fields_of(&c, bm, m, nm);
		bm->cameo = mt_cameo(&c, bm, m, ms[m].first);
	}
	/* referenced meetings follow the current ones */
	for (int k = 0; k < nrefs && nm > 0; k++)
	{
		bc_meeting *bm = bc_vec_push(a, &r->meetings);
		const mt_occ *o = &c.occ[refs[k].first];

		bm->kind = refs[k].kind;
		bm->ordinal = refs[k].ordinal;
		bm->reference = true;
		bm->host = -1;
		bm->start = o->start;
		bm->end = o->end;
		if (refs[k].ref_year > 0)
		{
			bm->occurred.year = refs[k].ref_year;
			bm->occurred.precision = BC_PREC_YEAR;
		}
		/* "Hội nghị lần thứ XXXI tổ chức tại Ratanakiri vào tháng 10/2021" */
		{
			int			s0 = o->sent >= 0 ? c.sents[o->sent].start : 0;
			int			se = o->sent >= 0 ? c.sents[o->sent].end : o->end;
			int			lim = o->end + 120 < se ? o->end + 120 : se;
			bc_date		md;

			for (int i = refs[k].first + 1; i < c.nocc; i++)
				if (c.occ[i].start > o->end)
				{
					if (c.occ[i].start < lim)
						lim = c.occ[i].start;
					break;
				}
			if (o->date.precision == BC_PREC_DAY)
				bm->occurred = o->date;
			else if (mt_month_date(&c, o->end, lim, &md) &&
					 (refs[k].ref_year == 0 || md.year == refs[k].ref_year))
				bm->occurred = md;
			/* "Trước đó, tháng 5/2023, hai tỉnh đã tổ chức hội nghị" */
			else if (mt_month_date(&c, o->start - 60 > s0 ? o->start - 60 : s0,
								   o->start, &md) &&
					 (refs[k].ref_year == 0 || md.year == refs[k].ref_year))
				bm->occurred = md;
		}
		bm->series = mt_series(&c, o);
		bm->cameo = "040";
	}
	mt_people(&c, nm);
	for (int i = 0; i < r->figures.n; i++)
		r->figures.items[i].meeting = mt_meeting_at(&c, r->figures.items[i].start, nm);
}
