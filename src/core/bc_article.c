/*
 * src/core/bc_article.c
 *		Article-level parsing: clean text, tell the article from its page
 *		chrome, find title, publication date, outlet and author, and split the
 *		main text into sentences.
 *
 * Chrome is recognised by general signals that hold on sites never seen
 * (the jusText idea adapted to Vietnamese): a line of running text is long,
 * ends with sentence punctuation and has a high density of Vietnamese
 * function words; chrome is short, unpunctuated, full of digits glued to
 * labels, ends in a separator (" |"), repeats a headline, or carries a
 * generic web-interface label ("bình luận", "tin liên quan", "lượt xem").
 * The main block runs from the first running-text line after the header to
 * the last one before a comment form or related-news list.
 */
#include <stdio.h>

#include "bc_core.h"
#include "bc_date.h"

/* ---------------------------------------------------------------- lexicons */

/* Vietnamese function words (folded, with diacritics) */
static const char *const stop_words[] = {
	"và", "của", "các", "những", "được", "đã", "là", "có", "cho", "với",
	"trong", "tại", "này", "để", "từ", "về", "theo", "khi", "đến", "sẽ",
	"không", "một", "cũng", "như", "thì", "mà", "ra", "vào", "nhau", "đó",
	"nhằm", "qua", "trên", "dưới", "giữa", "hai", "bên", "đang", "vẫn",
	"rất", "nhiều", "hơn", "nữa", "đều", "lại", "nên", "do", "bởi", "vì",
	"nếu", "sau", "trước", "thời", "gian", "tới", "còn", "đây", "hoặc",
	"cùng", "tục", "tiếp", "việc", "sự", "mỗi", "mọi", "ở", "bị", "làm",
	"nhất", "chỉ", "thêm", "đối", "với", "năm", "ngày", "người", "nước",
	NULL
};

/*
 * Generic web-interface labels (folded, no diacritics).  A line that is
 * short and begins with one of these is chrome; the "end" labels also close
 * the main block (comment forms, related-news lists).
 */
typedef struct chrome_label
{
	const char *text;
	bool		ends_main;
} chrome_label;

static const chrome_label chrome_labels[] = {
	{"binh luan", true},
	{"y kien ban doc", true},
	{"y kien binh luan", true},
	{"gui binh luan", true},
	{"viet binh luan", true},
	{"tin lien quan", true},
	{"bai lien quan", true},
	{"bai viet lien quan", true},
	{"tin cung chuyen muc", true},
	{"tin khac", true},
	{"cac tin khac", true},
	{"tin moi", true},
	{"tin moi nhat", true},
	{"tin da dua", true},
	{"co the ban quan tam", true},
	{"ban co the quan tam", true},
	{"xem them", true},
	{"doc them", true},
	{"nhap thong tin", true},
	{"noi dung bat buoc", true},
	{"(*) noi dung bat buoc", true},
	{"tong so diem", false},
	{"click de danh gia", false},
	{"danh gia bai viet", false},
	{"dang truy cap", false},
	{"hom nay", false},
	{"thang hien tai", false},
	{"tong luot truy cap", false},
	{"thong ke truy cap", false},
	{"luot xem", false},
	{"luot doc", false},
	{"luot truy cap", false},
	{"chia se", false},
	{"in bai", false},
	{"trang chu", false},
	{"dang nhap", false},
	{"dang ky", false},
	{"tu khoa", false},
	{"tags", false},
	{"tag", false},
	{"ban quyen", false},
	{"logo", false},
	{"lien he", false},
	{"quang cao", false},
	{"theo doi", false},
	{"ung dung", false},
	{"ban da khong su dung site", false},
	{"thoi gian cho", false},
	{"zalo", false},
	{"facebook", false},
	{"twitter", false},
	{"email", false},
	{"copy link", false},
	{"sao chep", false},
	{"phong chu", false},
	{"co chu", false},
	/* English interface words on Vietnamese pages */
	{"related news", true},
	{"related articles", true},
	{"related posts", true},
	{"related stories", true},
	{"related", true},
	{"read more", true},
	{"more news", true},
	{"more stories", true},
	{"other news", true},
	{"latest news", true},
	{"most read", true},
	{"see also", true},
	{"you may also like", true},
	{"comments", true},
	{"leave a comment", true},
	{"share", false},
	{"tweet", false},
	{"print", false},
	{"home", false},
	{"back to top", false},
	{"copyright", false},
	{"all rights reserved", false},
	{"privacy", false},
	{"contact", false},
	{"search", false},
	{"login", false},
	{"log in", false},
	{"sign in", false},
	{"subscribe", false},
	{"follow us", false},
	{"views", false},
	{NULL, false}
};

/* an icon name such as "zalo-icon" */
static const chrome_label icon_label = {"icon", false};

/* abbreviations whose final period does not end a sentence (folded) */
static const char *const abbreviations[] = {
	"tp", "p", "q", "h", "x", "tx", "tt", "ts", "ths", "pgs", "gs", "bs",
	"ks", "st", "ông", "bà", "mr", "mrs", "dr", "no", "số", "v.v", "vv",
	NULL
};

/* ---------------------------------------------------------------- helpers */

/* Does the folded string s[0,n) start with word w (whole word)? */
static bool
starts_with_word(const char *s, size_t n, const char *w)
{
	size_t		wl;

	/* the first byte settles most calls without strlen (a hot path) */
	if (w[0] != '\0' && (n == 0 || s[0] != w[0]))
		return false;
	wl = strlen(w);
	if (n < wl || memcmp(s, w, wl) != 0)
		return false;
	return n == wl || !((unsigned char) s[wl] >= 0x80 ||
						((s[wl] | 0x20) >= 'a' && (s[wl] | 0x20) <= 'z'));
}

/* Is cp sentence-final punctuation? */
static bool
is_final_punct(uint32_t cp)
{
	return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == ':' ||
		cp == ';';
}

/* Is cp a closing quote or bracket that may follow final punctuation? */
static bool
is_closer(uint32_t cp)
{
	return cp == '"' || cp == '\'' || cp == ')' || cp == 0x201D ||
		cp == 0x2019 || cp == 0xBB || cp == ']';
}

/* Last code point of s[0,n) and its start offset. */
static uint32_t
last_cp(const char *s, size_t n, size_t *at)
{
	size_t		i = n;
	uint32_t	cp = 0;

	if (n == 0)
	{
		*at = 0;
		return 0;
	}
	i = n - 1;
	while (i > 0 && ((unsigned char) s[i] & 0xC0) == 0x80)
		i--;
	bc_utf8_decode(s + i, n - i, &cp);
	*at = i;
	return cp;
}

/* ---------------------------------------------------------------- cleaning */

/*
 * Validate and normalise the raw text: NFC, line endings to \n, every kind
 * of space to ' ', runs of spaces collapsed, lines trimmed, control and
 * zero-width characters dropped.  Counts what the junk check needs.
 */
typedef struct text_stats
{
	size_t		chars;
	size_t		letters;
	size_t		controls;
	size_t		replacement;
	size_t		nonspace;
	uint32_t	first_nonspace;
	bool		one_char;		/* every non-space character is the same */
} text_stats;

/*
 * NFC copy of the raw text with CR/LF unified, zero-width and control
 * characters dropped and runs of spaces collapsed; counts letters, controls
 * and replacement characters into st.
 */
static char *
clean_text(bc_arena *a, const char *raw, size_t rawlen, size_t *outlen,
		   text_stats *st)
{
	size_t		nlen,
				i = 0,
				k = 0;
	char	   *nfc = bc_nfc(a, raw, rawlen, &nlen);
	size_t		tabs = 0;
	char	   *o;
	bool		pending_space = false,
				pending_tab = false;

	/* a tab may become " – " (4 more bytes) */
	for (i = 0; i < nlen; i++)
		if (nfc[i] == '\t')
			tabs++;
	o = bc_alloc(a, nlen + 4 * tabs + 1);
	memset(st, 0, sizeof(*st));
	st->one_char = true;
	i = 0;
	while (i < nlen)
	{
		uint32_t	cp;
		int			l = bc_utf8_decode(nfc + i, nlen - i, &cp);

		i += l;
		st->chars++;
		if (cp == '\r')
		{
			if (i < nlen && nfc[i] == '\n')
				continue;
			cp = '\n';
		}
		if (cp == '\n')
		{
			/* trim trailing space of the line */
			pending_space = false;
			pending_tab = false;
			o[k++] = '\n';
			continue;
		}
		if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF ||
			cp == 0x00AD)
			continue;
		if (bc_cp_is_space(cp) || cp == '\t')
		{
			if (k > 0 && o[k - 1] != '\n')
			{
				pending_space = true;
				/* a tab between two cells of a table row */
				if (cp == '\t')
					pending_tab = true;
			}
			continue;
		}
		if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
		{
			st->controls++;
			continue;
		}
		if (cp == 0xFFFD)
			st->replacement++;
		if (bc_cp_is_letter(cp))
			st->letters++;
		if (st->nonspace == 0)
			st->first_nonspace = cp;
		else if (cp != st->first_nonspace)
			st->one_char = false;
		st->nonspace++;
		if (pending_space)
		{
			o[k++] = ' ';
			if (pending_tab)
			{
				/* "Ông NAME<TAB>TITLE" reads as "Ông NAME – TITLE" */
				k += bc_utf8_encode(0x2013, o + k);
				o[k++] = ' ';
			}
			pending_space = false;
		}
		pending_tab = false;
		k += bc_utf8_encode(cp, o + k);
	}
	o[k] = '\0';
	*outlen = k;
	return o;
}

/* ---------------------------------------------------------------- hard wraps */

/* Bounds of the hard-wrap detector (code points per line). */
#define WRAP_MIN_LINE	40		/* lines this long count as text lines */
#define WRAP_MAX_WIDTH	100		/* wider lines are paragraphs, not wraps */
#define WRAP_SLACK		18		/* a wrapped line fills its width to this */

/* Code points of the first word of s[0,n) (up to a space). */
static size_t
first_word_chars(const char *s, size_t n)
{
	size_t		e = 0;

	while (e < n && s[e] != ' ')
		e++;
	return bc_utf8_chars(s, e);
}

/*
 * Text copied from a PDF or an e-mail is broken every 70-90 characters
 * inside paragraphs, which splits names ("Kiên\nGiang") and sentences over
 * lines that each look like chrome.  When most text lines are no wider than
 * a common width and many lines fill it, the document is hard-wrapped; then
 * a line break is a wrap, and is replaced by a space in place (offsets do not
 * move), when the line fills the width and the next line's first word would
 * not have fitted on it.  Date lines, menus and list items are never joined.
 */
static void
rejoin_hard_wraps(bc_arena *a, char *text, size_t len)
{
	int			nlines = 0,
				textlines = 0,
				wide = 0,
				full = 0,
				width = 0,
				i;
	size_t		b,
				p;
	int		   *st,
			   *en,
			   *chars;

	for (p = 0; p < len; p++)
		if (text[p] == '\n')
			nlines++;
	nlines++;
	if (nlines < 4 || nlines > 20000)
		return;
	st = bc_alloc(a, sizeof(int) * (size_t) nlines * 3);
	en = st + nlines;
	chars = en + nlines;
	nlines = 0;
	for (b = 0, p = 0; p <= len; p++)
		if (p == len || text[p] == '\n')
		{
			st[nlines] = (int) b;
			en[nlines] = (int) p;
			chars[nlines] = (int) bc_utf8_chars(text + b, p - b);
			nlines++;
			b = p + 1;
		}
	for (i = 0; i < nlines; i++)
		if (chars[i] >= WRAP_MIN_LINE)
		{
			textlines++;
			if (chars[i] > WRAP_MAX_WIDTH)
				wide++;
			else if (chars[i] > width)
				width = chars[i];
		}
	for (i = 0; i < nlines; i++)
		if (chars[i] >= WRAP_MIN_LINE && chars[i] <= width &&
			chars[i] >= width - WRAP_SLACK)
			full++;
	/*
	 * hard-wrapped: few wide lines (a related-news list or a caption may be
	 * wider), and most of the other text lines fill the width
	 */
	if (textlines < 4 || wide * 4 > textlines || full < 4 ||
		full * 10 < (textlines - wide) * 6)
		return;
	for (i = 0; i + 1 < nlines; i++)
	{
		const char *s = text + st[i];
		size_t		n = (size_t) (en[i] - st[i]);
		const char *t = text + st[i + 1];
		size_t		tn = (size_t) (en[i + 1] - st[i + 1]);
		bc_date		d;
		int			hh,
					mi,
					ss,
					tz;

		if (chars[i] < width - WRAP_SLACK || chars[i] > width || tn == 0)
			continue;
		if ((size_t) chars[i] + 1 + first_word_chars(t, tn) <= (size_t) width)
			continue;			/* the next word would have fitted: a real break */
		if (memchr(s, '|', n) || memchr(t, '|', tn) || t[0] == '-' ||
			(unsigned char) t[0] == 0xE2 || t[0] == '*' || t[0] == '+')
			continue;
		if (bc_dateline_parse(s, n, &d, &hh, &mi, &ss, &tz) ||
			bc_dateline_parse(t, tn, &d, &hh, &mi, &ss, &tz))
			continue;
		text[en[i]] = ' ';
	}
}

/* ---------------------------------------------------------------- lines */

typedef struct line_info
{
	int			start;
	int			end;
	int			words;			/* tokens with a letter */
	int			stops;			/* function words */
	int			digits;			/* tokens that are only digits */
	bool		end_punct;		/* ends like a sentence */
	bool		pipe;			/* ends with " |" */
	bool		glued_counter;	/* "truy cập1,239" */
	bool		photo_number;	/* "... - Ảnh 1." */
	bool		menu;			/* "A | B | C", "Trang chủ > Thời sự" */
	bool		table;			/* "1 | Kim ngạch (triệu USD) | 2.150 | 2.780" */
	bool		all_caps;		/* no lower-case letter */
	const chrome_label *label;	/* begins with an interface label */
	bool		dateline;
	bool		good;			/* running text */
	char	   *fold;			/* folded, no diacritics */
	size_t		foldlen;
	char	   *lower;			/* folded, with diacritics */
	size_t		lowerlen;
} line_info;

/* Is w (folded) a function word? */
static bool
is_stop_word(const char *w, size_t n)
{
	int			i;

	if (n == 0)
		return false;
	for (i = 0; stop_words[i]; i++)
		if (stop_words[i][0] == w[0] && strlen(stop_words[i]) == n &&
			memcmp(stop_words[i], w, n) == 0)
			return true;
	return false;
}

/* Fill the features of one line. */
static void
line_features(bc_arena *a, const char *text, line_info *li)
{
	const char *s = text + li->start;
	size_t		n = (size_t) (li->end - li->start);
	size_t		i = 0,
				at;
	uint32_t	cp;
	int			j;
	bool		glued = false;

	li->lower = bc_casefold(a, s, n, &li->lowerlen);
	li->fold = bc_fold_ascii(a, s, n, &li->foldlen);

	/* tokens of the lower-cased line */
	while (i < li->lowerlen)
	{
		size_t		b,
					e;
		bool		letter = false,
					alldigit = true;
		size_t		wb,
					we;

		while (i < li->lowerlen && li->lower[i] == ' ')
			i++;
		b = i;
		while (i < li->lowerlen && li->lower[i] != ' ')
			i++;
		e = i;
		if (b == e)
			break;
		/* strip punctuation at the ends for the word itself */
		wb = b;
		we = e;
		while (wb < we && ((unsigned char) li->lower[wb] < 0x80) &&
			   !(((li->lower[wb] | 0x20) >= 'a' && (li->lower[wb] | 0x20) <= 'z') ||
				 (li->lower[wb] >= '0' && li->lower[wb] <= '9')))
			wb++;
		while (we > wb && ((unsigned char) li->lower[we - 1] < 0x80) &&
			   !(((li->lower[we - 1] | 0x20) >= 'a' && (li->lower[we - 1] | 0x20) <= 'z') ||
				 (li->lower[we - 1] >= '0' && li->lower[we - 1] <= '9')))
			we--;
		{
			size_t		p = wb;
			bool		prev_letter = false;

			while (p < we)
			{
				int			l = bc_utf8_decode(li->lower + p, we - p, &cp);
				bool		isl = bc_cp_is_letter(cp);
				bool		isd = cp >= '0' && cp <= '9';

				if (isl)
					letter = true;
				if (!isd && cp != '.' && cp != ',')
					alldigit = false;
				if (isd && prev_letter && bc_utf8_chars(li->lower + wb, p - wb) >= 2)
				{
					/*
					 * A word glued to a digit run that ends the token: a
					 * counter label ("truy cập1,239").  Codes such as "K52"
					 * have a single letter.
					 */
					size_t		q = p;

					while (q < we && ((li->lower[q] >= '0' && li->lower[q] <= '9') ||
									  li->lower[q] == ',' || li->lower[q] == '.'))
						q++;
					if (q == we)
						glued = true;
				}
				prev_letter = isl;
				p += l;
			}
		}
		if (we > wb && alldigit)
			li->digits++;
		if (letter)
		{
			li->words++;
			if (is_stop_word(li->lower + wb, we - wb))
				li->stops++;
		}
	}

	/* counters sit on short lines */
	li->glued_counter = glued && li->words <= 8;

	/* how the line ends */
	cp = last_cp(s, n, &at);
	while (n > 0 && is_closer(cp) && at > 0)
	{
		n = at;
		cp = last_cp(s, n, &at);
	}
	li->end_punct = is_final_punct(cp);
	n = (size_t) (li->end - li->start);
	li->pipe = n >= 2 && s[n - 1] == '|' && (s[n - 2] == ' ' || n == 1);
	if (n == 1 && s[0] == '|')
		li->pipe = true;

	/* menus and breadcrumbs: several separators on a short line */
	{
		int			seps = 0,
					lowers = 0;
		size_t		p = 0;
		size_t		n0 = (size_t) (li->end - li->start);

		while (p < n0)
		{
			int			l = bc_utf8_decode(s + p, n0 - p, &cp);

			if (cp == '|' || cp == 0xBB || cp == 0x203A || cp == '>' || cp == 0xB7)
				seps++;
			if (bc_cp_is_letter(cp) && !bc_cp_is_upper(cp))
				lowers++;
			p += l;
		}
		li->menu = seps >= 2 && li->words <= 30 && !li->pipe;
		li->all_caps = lowers == 0;
	}

	/*
	 * a row of a table: three or more cells between '|', one of them a bare
	 * number, a year ("Năm 2024") or a row-number heading ("STT")
	 */
	if (li->menu)
	{
		const char *f = li->fold;
		size_t		fl = li->foldlen,
					cb = 0;
		int			cells = 0;
		bool		numeric = false;

		for (size_t p = 0; p <= fl; p++)
		{
			if (p < fl && f[p] != '|')
				continue;
			{
				size_t		a2 = cb,
							b2 = p,
							q;
				bool		alldig = true;

				while (a2 < b2 && f[a2] == ' ')
					a2++;
				while (b2 > a2 && f[b2 - 1] == ' ')
					b2--;
				if (b2 > a2)
					cells++;
				for (q = a2; q < b2; q++)
					if (!((f[q] >= '0' && f[q] <= '9') || f[q] == '.' || f[q] == ','))
						alldig = false;
				if (b2 > a2 && alldig)
					numeric = true;
				if ((b2 - a2 >= 8 && memcmp(f + a2, "nam ", 4) == 0 &&
					 f[a2 + 4] >= '1' && f[a2 + 4] <= '2') ||
					(b2 - a2 == 3 && memcmp(f + a2, "stt", 3) == 0))
					numeric = true;
			}
			cb = p + 1;
		}
		li->table = cells >= 3 && numeric;
	}

	/* "... - Ảnh 1." photo alt text */
	{
		const char *f = li->fold;
		size_t		fl = li->foldlen;

		while (fl > 0 && (f[fl - 1] == '.' || f[fl - 1] == ' '))
			fl--;
		j = 0;
		while (fl > 0 && f[fl - 1] >= '0' && f[fl - 1] <= '9' && j < 4)
		{
			fl--;
			j++;
		}
		if (j > 0 && fl >= 4 && memcmp(f + fl - 4, "anh ", 4) == 0 &&
			(fl == 4 || f[fl - 5] == ' ' || f[fl - 5] == '-'))
			li->photo_number = true;
	}

	/* interface labels: only on short lines */
	if (li->words <= 12)
	{
		const char *f = li->fold;
		size_t		fl = li->foldlen;

		/* skip bullets, icons and punctuation at the start */
		while (fl > 0)
		{
			int			l = bc_utf8_decode(f, fl, &cp);

			if (bc_cp_is_letter(cp) || cp == '(')
				break;
			f += l;
			fl -= l;
		}
		for (j = 0; chrome_labels[j].text; j++)
			if (starts_with_word(f, fl, chrome_labels[j].text))
			{
				li->label = &chrome_labels[j];
				break;
			}
		/* "zalo-icon", "viber-icon": an icon name */
		if (li->label == NULL && li->words <= 2 && fl < 40 &&
			(strstr(li->fold, "-icon") || strstr(li->fold, "icon-")))
			li->label = &icon_label;
	}
}

/* ---------------------------------------------------------------- dates */

/* Recognise a publication date line (bc_date.c has the grammar). */
static bool
dateline_parse(const line_info *li, const char *text, bc_date *date,
			   int *hh, int *mi, int *ss, int *tz)
{
	return bc_dateline_parse(text + li->start, (size_t) (li->end - li->start),
							 date, hh, mi, ss, tz);
}

/*
 * Recognise a date line without a year, "Thứ Hai, 4/3 | 10:20", "4/3/ 10:20":
 * an optional weekday, day/month, then only separators and a clock time.
 */
static bool
dateline_noyear(const line_info *li, int *day, int *month, int *hh, int *mi)
{
	static const char *const dow[] = {"thứ hai", "thứ ba", "thứ tư", "thứ năm",
		"thứ sáu", "thứ bảy", "chủ nhật", NULL};
	const char *s = li->lower;
	size_t		n = li->lowerlen,
				p = 0;
	int			v[4] = {0, 0, -1, -1},
				k,
				i;

	if (li->words > 8)
		return false;
	for (k = 0; dow[k]; k++)
		if (n >= strlen(dow[k]) && memcmp(s, dow[k], strlen(dow[k])) == 0)
		{
			p = strlen(dow[k]);
			break;
		}
	while (p < n && (s[p] == ' ' || s[p] == ',' || s[p] == '-'))
		p++;
	for (i = 0; i < 4; i++)
	{
		int			digits = 0,
					x = 0;

		while (p < n && s[p] >= '0' && s[p] <= '9' && digits < 3)
		{
			x = x * 10 + (s[p] - '0');
			p++;
			digits++;
		}
		if (digits == 0 || digits > 2)
		{
			if (i == 2 && digits == 0)
				break;			/* no time */
			return false;
		}
		v[i] = x;
		if (i == 0 && !(p < n && s[p] == '/'))
			return false;
		if (i == 0 || i == 2)
		{
			if (p >= n || (s[p] != '/' && s[p] != ':' && s[p] != 'h'))
				return false;
			p++;
			continue;
		}
		if (i == 1)
		{
			/* a year after the month: not this form */
			if (p < n && s[p] == '/')
				return false;
			while (p < n && (s[p] == ' ' || s[p] == '|' || s[p] == ',' || s[p] == '-'))
				p++;
		}
	}
	if (p != n)
		return false;
	if (v[1] < 1 || v[1] > 12 || v[0] < 1 || v[0] > 31)
		return false;
	*day = v[0];
	*month = v[1];
	*hh = v[2];
	*mi = v[3];
	return true;
}

/* The first full date (d/m/yyyy) in line li, or false. */
static bool
line_full_date(const line_info *li, bc_date *out)
{
	const char *s = li->lower;
	size_t		n = li->lowerlen,
				p;

	for (p = 0; p < n; p++)
	{
		int			d = 0,
					m = 0,
					y = 0,
					k;
		size_t		q = p;

		if (s[p] < '0' || s[p] > '9' || (p > 0 && s[p - 1] >= '0' && s[p - 1] <= '9'))
			continue;
		for (k = 0; k < 2 && q < n && s[q] >= '0' && s[q] <= '9'; k++, q++)
			d = d * 10 + (s[q] - '0');
		if (q >= n || s[q] != '/')
			continue;
		q++;
		for (k = 0; k < 2 && q < n && s[q] >= '0' && s[q] <= '9'; k++, q++)
			m = m * 10 + (s[q] - '0');
		if (k == 0 || q >= n || s[q] != '/')
			continue;
		q++;
		for (k = 0; k < 4 && q < n && s[q] >= '0' && s[q] <= '9'; k++, q++)
			y = y * 10 + (s[q] - '0');
		if (k != 4 || (q < n && s[q] >= '0' && s[q] <= '9'))
			continue;
		if (m < 1 || m > 12 || !bc_date_valid(y, m, d))
			continue;
		out->year = y;
		out->month = m;
		out->day = d;
		out->precision = BC_PREC_DAY;
		return true;
	}
	return false;
}

/* ---------------------------------------------------------------- bylines */

/* Is the line an author/outlet line ("Tác giả: ...", "Theo ...", "Nguồn: ...")? */
static bool
byline(const line_info *li, const char *text, bc_arena *a, char **author)
{
	static const char *const labels[] = {
		"tac gia:", "tac gia :", "nguon:", "nguon :", "theo ", "bai va anh:",
		"bai, anh:", "nhom pv", "pv:", NULL
	};
	int			j;

	if (li->words > 14)
		return false;
	for (j = 0; labels[j]; j++)
	{
		size_t		l = strlen(labels[j]);

		if (li->foldlen >= l && memcmp(li->fold, labels[j], l) == 0)
		{
			/* the same prefix in the original text, by character count */
			const char *s = text + li->start;
			size_t		n = (size_t) (li->end - li->start);
			size_t		chars = bc_utf8_chars(li->fold, l),
						p = 0;
			uint32_t	cp;

			while (chars > 0 && p < n)
			{
				p += bc_utf8_decode(s + p, n - p, &cp);
				chars--;
			}
			if (strchr(labels[j], ':'))
			{
				while (p < n && s[p] == ' ')
					p++;
				*author = bc_strndup(a, s + p, n - p);
			}
			else
				*author = bc_strndup(a, s, n);
			return true;
		}
	}
	return false;
}

/* ---------------------------------------------------------------- sentences */

/* Is the word ending at main[e) (before a period) an abbreviation? */
static bool
abbreviation_before(bc_arena *a, const char *s, int b, int e)
{
	int			i = e;
	size_t		fl;
	char	   *f;
	int			j;
	uint32_t	cp;

	while (i > b && s[i - 1] != ' ' && s[i - 1] != '(' && s[i - 1] != '\n')
		i--;
	if (e - i == 0 || e - i > 8)
		return false;
	/* a single upper-case letter: initials, "P." */
	bc_utf8_decode(s + i, (size_t) (e - i), &cp);
	if (bc_utf8_chars(s + i, (size_t) (e - i)) == 1 && bc_cp_is_upper(cp))
		return true;
	f = bc_casefold(a, s + i, (size_t) (e - i), &fl);
	for (j = 0; abbreviations[j]; j++)
		if (abbreviations[j][0] == f[0] && strlen(abbreviations[j]) == fl &&
			memcmp(abbreviations[j], f, fl) == 0)
			return true;
	return false;
}

/* Split the main text into sentences, line by line. */
static void
split_sentences(bc_arena *a, bc_doc *doc)
{
	const char *s = doc->main;
	int			n = (int) doc->main_len;
	int			i = 0,
				para = 0;

	while (i < n)
	{
		int			le = i;
		int			b = i,
					p;

		while (le < n && s[le] != '\n')
			le++;
		p = i;
		while (p < le)
		{
			uint32_t	cp;
			int			l = bc_utf8_decode(s + p, (size_t) (le - p), &cp);
			int			q = p + l;

			if (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026)
			{
				/* runs: "...", "./.", "?!" */
				while (q < le && (s[q] == '.' || s[q] == '/' || s[q] == '!' || s[q] == '?'))
					q++;
				/* closing quotes/brackets belong to the sentence */
				while (q < le)
				{
					uint32_t	c2;
					int			l2 = bc_utf8_decode(s + q, (size_t) (le - q), &c2);

					if (!is_closer(c2))
						break;
					q += l2;
				}
				if (q >= le)
					break;
				if (s[q] == ' ')
				{
					uint32_t	nx;
					int			r = q + 1;

					bc_utf8_decode(s + r, (size_t) (le - r), &nx);
					if ((bc_cp_is_upper(nx) || (nx >= '0' && nx <= '9') ||
						 nx == '"' || nx == 0x201C || nx == '(' || nx == '-' ||
						 nx == 0x2013) &&
						!(cp == '.' && q == p + 1 && abbreviation_before(a, s, b, p)))
					{
						bc_sentence *st = bc_vec_push(a, &doc->sents);

						st->start = b;
						st->end = q;
						st->para = para;
						b = r;
						if (doc->sents.n >= 100000)
							return;
					}
				}
			}
			p = q;
		}
		if (le > b)
		{
			bc_sentence *st = bc_vec_push(a, &doc->sents);

			st->start = b;
			st->end = le;
			st->para = para;
		}
		para++;
		i = le + 1;
	}
}

/* ---------------------------------------------------------------- main */

static bool is_chrome(const line_info *li);

/* Is line li running text? */
static bool
is_good(const line_info *li)
{
	if (li->pipe || li->glued_counter || li->photo_number || li->label || li->menu)
		return false;
	if (li->words >= 10 && li->end_punct && li->stops * 100 >= li->words * 8)
		return true;
	/* long paragraphs without final punctuation still count */
	if (li->words >= 25 && li->stops * 100 >= li->words * 10)
		return true;
	return false;
}

/*
 * Is line li near-good: sentence-like but with few function words, as a
 * lead full of names and titles is?  Such lines join the main block when
 * they touch it.
 */
static bool
is_near_good(const line_info *li)
{
	if (li->pipe || li->glued_counter || li->photo_number || li->label ||
		li->menu || li->dateline)
		return false;
	return (li->words >= 8 && li->end_punct) || li->words >= 20;
}

/*
 * Is line li a short author and photo credit ("Thành Duy - Ảnh: Thành
 * Cường", "Bài, ảnh: Thu Trang")?
 */
static bool
is_credit(const line_info *li)
{
	static const char key[] = "ảnh:";
	size_t		k = sizeof(key) - 1;
	size_t		i;

	if (li->words > 8)
		return false;
	for (i = 0; i + k <= li->lowerlen; i++)
		if (memcmp(li->lower + i, key, k) == 0)
			return true;
	return false;
}

/* Could line li be the headline? */
static bool
title_candidate(const line_info *li)
{
	size_t		at;
	uint32_t	cp;

	if (li->end == li->start || li->dateline || is_chrome(li) || is_credit(li))
		return false;
	if (li->words < 4 || li->words > 40)
		return false;
	cp = last_cp(li->lower, li->lowerlen, &at);
	return cp != '.';
}

/* Is line li a weather widget ("Sơn La: 22°C - 29°C", "Pleiku 24°C")? */
static bool
is_weather(const line_info *li)
{
	size_t		i;

	for (i = 0; i + 2 < li->lowerlen; i++)
		if ((unsigned char) li->lower[i] == 0xC2 &&
			(unsigned char) li->lower[i + 1] == 0xB0 && li->lower[i + 2] == 'c')
			return true;
	return false;
}

/* Does line li carry chrome signals? */
static bool
is_chrome(const line_info *li)
{
	if (li->pipe || li->glued_counter || li->photo_number || li->label || li->menu)
		return true;
	if (is_weather(li))
		return true;
	if (li->words == 0)
		return true;			/* digits and symbols only: counters */
	return false;
}

/*
 * Find the publisher's tag at the start of the first main line: "(ĐCSVN) - ",
 * "(Báo Tây Ninh) - ", "GIA LAI - ", "QTO - ".  Returns the bytes to skip.
 */
static int
outlet_prefix(bc_arena *a, const char *s, int n, char **outlet)
{
	int			i,
				name_start,
				name_end,
				words = 1,
				j;
	uint32_t	cp;

	if (n < 4)
		return 0;
	if (s[0] == '(')
	{
		name_start = 1;
		i = 1;
		while (i < n && i < 60 && s[i] != ')')
		{
			if (s[i] == ' ')
				words++;
			i++;
		}
		if (i >= n || s[i] != ')' || i < 2 || words > 6)
			return 0;
		name_end = i;
		bc_utf8_decode(s + 1, (size_t) (n - 1), &cp);
		if (!bc_cp_is_upper(cp))
			return 0;
		j = i + 1;
	}
	else
	{
		/* bare tag: upper-case words only */
		name_start = 0;
		i = 0;
		while (i < n && i < 40)
		{
			int			l = bc_utf8_decode(s + i, (size_t) (n - i), &cp);

			if (cp == ' ')
			{
				if (i + 1 < n && (s[i + 1] == '-' || (unsigned char) s[i + 1] == 0xE2))
					break;
				words++;
			}
			else if ((cp == '-' || cp == 0x2013) && i >= 2 && i + l < n &&
					 s[i + l] == ' ')
				break;			/* "GLO- Sáng 22-10": the dash glued to the tag */
			else if (!(bc_cp_is_upper(cp) || cp == '.' || cp == '&'))
				return 0;
			i += l;
		}
		if (i == 0 || i >= n || (s[i] != ' ' && s[i] != '-' &&
								 (unsigned char) s[i] != 0xE2) || words > 4)
			return 0;
		name_end = i;
		j = i;
	}
	while (j < n && s[j] == ' ')
		j++;
	if (j >= n)
		return 0;
	{
		int			l = bc_utf8_decode(s + j, (size_t) (n - j), &cp);

		if (cp != '-' && cp != 0x2013 && cp != 0x2014)
			return 0;
		j += l;
	}
	while (j < n && s[j] == ' ')
		j++;
	*outlet = bc_strndup(a, s + name_start, (size_t) (name_end - name_start));
	return j;
}

/* Parse one article into a bc_doc. */
bc_status
bc_article_parse(bc_arena *a, const char *raw, size_t rawlen,
				 const bc_options *opt, bc_doc *doc, char **message)
{
	size_t		maxb = opt && opt->max_bytes ? opt->max_bytes : BC_MAX_ARTICLE_BYTES_DEFAULT;
	text_stats	st;
	char	   *text;
	size_t		len;
	line_info  *li;
	int			nl = 0,
				i,
				title = -1,
				dateline = -1,
				first_good = -1,
				last_good = -1,
				end_main;
	bc_buf		mb;

	memset(doc, 0, sizeof(*doc));
	doc->pub_hour = doc->pub_min = doc->pub_sec = -1;
	doc->pub_utc_offset_min = INT32_MIN;
	if (opt && opt->published.precision != BC_PREC_NONE)
	{
		doc->published = opt->published;
		doc->published_from_caller = true;
	}

	if (rawlen > maxb)
	{
		*message = bc_sprintf(a, "article too large: %zu bytes, the limit is %zu bytes",
							  rawlen, maxb);
		return BC_ERR_TOO_LARGE;
	}
	text = clean_text(a, raw, rawlen, &len, &st);
	rejoin_hard_wraps(a, text, len);
	doc->text = text;
	doc->len = len;
	if (st.nonspace == 0 && st.controls == 0)
	{
		*message = bc_strdup(a, "empty article: the text has no visible characters");
		return BC_ERR_EMPTY;
	}
	if (st.controls * 20 > st.chars || st.replacement * 10 > st.nonspace ||
		st.letters * 4 < st.nonspace)
	{
		*message = bc_sprintf(a, "not text: %zu of %zu characters are letters, "
							  "%zu are control characters",
							  st.letters, st.nonspace, st.controls);
		return BC_ERR_NOT_TEXT;
	}
	if (st.one_char && st.nonspace > 1)
	{
		*message = bc_sprintf(a, "no content: the text repeats one character %zu times",
							  st.nonspace);
		return BC_ERR_NO_CONTENT;
	}

	/* lines */
	for (i = 0; (size_t) i < len; i++)
		if (text[i] == '\n')
			nl++;
	nl++;
	li = bc_alloc(a, sizeof(line_info) * (size_t) nl);
	{
		int			b = 0,
					k = 0;

		for (i = 0; (size_t) i <= len; i++)
			if ((size_t) i == len || text[i] == '\n')
			{
				li[k].start = b;
				li[k].end = i;
				k++;
				b = i + 1;
			}
		nl = k;
	}
	for (i = 0; i < nl; i++)
	{
		bc_line    *ln = bc_vec_push(a, &doc->lines);

		ln->start = li[i].start;
		ln->end = li[i].end;
		if (li[i].end == li[i].start)
		{
			ln->cls = BC_LINE_BLANK;
			continue;
		}
		/* very long lines: features on a bounded prefix are enough */
		line_features(a, text, &li[i]);
		li[i].good = is_good(&li[i]);
		ln->cls = is_chrome(&li[i]) ? (li[i].pipe ? BC_LINE_RELATED : BC_LINE_CHROME)
			: BC_LINE_MAIN;
	}

	/*
	 * tables: two or more table rows in a row are content, not a menu
	 * ("STT | Chỉ tiêu | Năm 2023 | Năm 2024" and its rows)
	 */
	for (i = 0; i < nl; i++)
	{
		int			pv = i - 1,
					nx = i + 1;

		if (!li[i].table)
			continue;
		while (pv >= 0 && li[pv].end == li[pv].start)
			pv--;
		while (nx < nl && li[nx].end == li[nx].start)
			nx++;
		if ((pv >= 0 && li[pv].table) || (nx < nl && li[nx].table))
		{
			li[i].menu = false;
			if (!is_chrome(&li[i]))
				doc->lines.items[i].cls = BC_LINE_MAIN;
		}
	}

	/* repeated headlines: a line equal to the next non-blank line */
	for (i = 0; i < nl; i++)
	{
		int			j = i + 1;

		if (li[i].end == li[i].start)
			continue;
		while (j < nl && li[j].end == li[j].start)
			j++;
		if (j < nl && li[j].end - li[j].start == li[i].end - li[i].start &&
			memcmp(text + li[i].start, text + li[j].start,
				   (size_t) (li[i].end - li[i].start)) == 0)
		{
			int			k = j + 1;

			doc->lines.items[i].cls = BC_LINE_RELATED;
			doc->lines.items[j].cls = BC_LINE_RELATED;
			li[i].good = li[j].good = false;
			/* the lead that follows the repeated headline */
			while (k < nl && li[k].end == li[k].start)
				k++;
			if (k < nl)
			{
				doc->lines.items[k].cls = BC_LINE_RELATED;
				li[k].good = false;
			}
		}
	}

	/* date lines and the first running-text line */
	for (i = 0; i < nl; i++)
	{
		bc_date		d;
		int			hh,
					mi,
					ss,
					tz;

		if (li[i].end == li[i].start || li[i].words > 12)
		{
			if (li[i].good)
				break;
			continue;
		}
		if (dateline_parse(&li[i], text, &d, &hh, &mi, &ss, &tz))
		{
			li[i].dateline = true;
			doc->lines.items[i].cls = BC_LINE_DATELINE;
		}
	}
	for (i = 0; i < nl; i++)
		if (li[i].good)
		{
			first_good = i;
			break;
		}
	if (first_good < 0)
	{
		*message = bc_strdup(a, "no content: no line of running text was found");
		return BC_ERR_NO_CONTENT;
	}

	/*
	 * The title: the headline-like line nearest above a date line (a date
	 * line above the title is the page's current-date header); without one,
	 * the headline-like line nearest above the running text, preferring
	 * lines that are not all capitals (portal names), else the all-capitals
	 * one nearest the text.
	 */
	{
		int			anchored = -1,
					nearest = -1,
					caps = -1;

		for (i = 0; i < first_good; i++)
		{
			if (!title_candidate(&li[i]))
				continue;
			if (li[i].all_caps)
			{
				/*
				 * the headline in capitals is the one nearest the text;
				 * the site's name sits at the top of the page
				 */
				caps = i;
				continue;
			}
			nearest = i;
			/*
			 * the last anchored one: a site name above the page's
			 * current-date header is anchored too
			 */
			{
				int			j;

				for (j = i + 1; j < first_good; j++)
				{
					if (li[j].dateline)
					{
						anchored = i;
						break;
					}
					if (li[j].end > li[j].start && !is_chrome(&li[j]) &&
						!is_credit(&li[j]) && li[j].words >= 4)
						break;
				}
			}
		}
		title = anchored >= 0 ? anchored : nearest >= 0 ? nearest : caps;
		if (title >= 0)
		{
			doc->lines.items[title].cls = BC_LINE_TITLE;
			doc->title = bc_strndup(a, text + li[title].start,
									(size_t) (li[title].end - li[title].start));
		}
	}

	/* a lead full of names joins the running text that follows it */
	for (i = first_good - 1; i > title && i >= 0; i--)
	{
		if (li[i].end == li[i].start)
			continue;
		if (!is_near_good(&li[i]) || li[i].all_caps)
			break;
		li[i].good = true;
		first_good = i;
	}

	/* the publication date: the first date line after the title */
	for (i = (title >= 0 ? title + 1 : 0); i < nl && i <= first_good; i++)
		if (li[i].dateline)
		{
			dateline = i;
			break;
		}
	if (dateline < 0 && title < 0)
		for (i = 0; i < first_good; i++)
			if (li[i].dateline)
			{
				dateline = i;
				break;
			}

	/*
	 * A date line without a year just under the title ("Thứ Hai, 4/3 |
	 * 10:20"): the year comes from the page's date header above the title,
	 * the year before when the day would fall after the header's date.
	 */
	if (dateline < 0 && title > 0 && !doc->published_from_caller)
	{
		int			seen = 0;

		for (i = title + 1; i < nl && i <= first_good && seen < 3; i++)
		{
			int			dd,
						mm,
						hh,
						mi,
						j;
			bc_date		page;

			if (li[i].end == li[i].start)
				continue;
			seen++;
			if (!dateline_noyear(&li[i], &dd, &mm, &hh, &mi))
				continue;
			for (j = 0; j < title; j++)
				if (li[j].end > li[j].start && li[j].words <= 16 &&
					line_full_date(&li[j], &page))
				{
					int			y = page.year;

					if (mm > page.month || (mm == page.month && dd > page.day))
						y--;
					if (bc_date_valid(y, mm, dd))
					{
						doc->published.year = y;
						doc->published.month = mm;
						doc->published.day = dd;
						doc->published.precision = BC_PREC_DAY;
						doc->pub_hour = hh;
						doc->pub_min = mi;
						li[i].dateline = true;
						li[i].good = false;
						doc->lines.items[i].cls = BC_LINE_DATELINE;
						dateline = -2;
					}
					break;
				}
			break;
		}
	}

	/*
	 * No date line after the title: many portals print it above the title,
	 * under the site name or menu.  Take the nearest one above, except a
	 * date without a time on the page's first line: the current-date header.
	 */
	if (dateline == -1 && title > 0)
	{
		int			first_line = 0;

		while (first_line < nl && li[first_line].end == li[first_line].start)
			first_line++;
		for (i = title - 1; i >= 0; i--)
			if (li[i].dateline)
			{
				bc_date		d;
				int			hh,
							mi,
							ss,
							tz;

				if (i == first_line &&
					dateline_parse(&li[i], text, &d, &hh, &mi, &ss, &tz) && hh < 0)
					break;
				dateline = i;
				break;
			}
	}

	/*
	 * Still none: some outlets (VOV, VTV) print the date line with its
	 * clock time just under the lead paragraph.  Take a short line with a
	 * full time stamp among the first lines after the first running text.
	 */
	if (dateline == -1)
	{
		int			seen = 0;

		for (i = first_good + 1; i < nl && seen < 3; i++)
		{
			bc_date		d;
			int			hh,
						mi,
						ss,
						tz;

			if (li[i].end == li[i].start)
				continue;
			seen++;
			if (li[i].words <= 12 &&
				dateline_parse(&li[i], text, &d, &hh, &mi, &ss, &tz) && hh >= 0)
			{
				li[i].dateline = true;
				li[i].good = false;
				doc->lines.items[i].cls = BC_LINE_DATELINE;
				dateline = i;
				break;
			}
		}
	}
	if (dateline >= 0)
	{
		bc_date		d;
		int			hh,
					mi,
					ss,
					tz;

		if (dateline_parse(&li[dateline], text, &d, &hh, &mi, &ss, &tz) &&
			!doc->published_from_caller)
		{
			doc->published = d;
			doc->pub_hour = hh;
			doc->pub_min = mi;
			doc->pub_sec = ss;
			doc->pub_utc_offset_min = tz;
		}
	}

	/* the end of the main block: an interface label that closes it */
	end_main = nl;
	{
		int			goods = 0;

		for (i = first_good; i < nl; i++)
		{
			if (li[i].good)
				goods++;
			if (li[i].label && li[i].label->ends_main && goods >= 1)
			{
				end_main = i;
				break;
			}
		}
	}
	for (i = first_good; i < end_main; i++)
		if (li[i].good)
			last_good = i;

	/* a closing paragraph full of names joins the running text above it */
	for (i = last_good + 1; i < end_main; i++)
	{
		char	   *author = NULL;

		if (li[i].end == li[i].start)
			continue;
		if (doc->lines.items[i].cls != BC_LINE_MAIN || !is_near_good(&li[i]) ||
			li[i].all_caps || byline(&li[i], text, a, &author))
			break;
		li[i].good = true;
		last_good = i;
	}

	/* bylines just after the main block */
	for (i = last_good + 1; i < end_main && i < last_good + 8; i++)
	{
		char	   *author = NULL;

		if (li[i].end == li[i].start)
			continue;
		if (byline(&li[i], text, a, &author))
		{
			doc->lines.items[i].cls = BC_LINE_BYLINE;
			if (doc->author == NULL)
				doc->author = author;
			if (doc->outlet == NULL)
			{
				const char *p = author;
				size_t		pl = strlen(p);

				if (pl > 5 && (strncmp(p, "Theo ", 5) == 0 || strncmp(p, "theo ", 5) == 0))
					doc->outlet = bc_strdup(a, p + 5);
			}
		}
	}

	/* assemble the main text */
	bc_buf_init(&mb, a);
	for (i = 0; i < nl; i++)
	{
		bc_line    *ln = &doc->lines.items[i];
		int			s0 = li[i].start;

		if (i < first_good || i > last_good)
		{
			if (ln->cls == BC_LINE_MAIN)
				ln->cls = BC_LINE_CHROME;
			continue;
		}
		if (ln->cls != BC_LINE_MAIN)
			continue;
		if (i == first_good)
		{
			char	   *outlet = NULL;
			int			skip = outlet_prefix(a, text + s0, li[i].end - s0, &outlet);

			if (skip > 0)
			{
				/* the publisher's tag wins over a "Theo ..." source line */
				s0 += skip;
				doc->outlet = outlet;
			}
		}
		if (mb.len > 0)
			bc_buf_putc(&mb, '\n');
		bc_buf_append(&mb, text + s0, (size_t) (li[i].end - s0));
	}
	doc->main = bc_buf_cstr(&mb);
	doc->main_len = mb.len;
	split_sentences(a, doc);
	return BC_OK;
}
