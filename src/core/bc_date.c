/*
 * src/core/bc_date.c
 *		Vietnamese date expressions with their precision, and date lines.
 *
 * bc_dates_find walks the text once; at each word start it tries the
 * patterns below, longest first, and records a match or moves on by one
 * code point.  Every pattern reads a bounded number of tokens, so the whole
 * pass is linear in the input length.
 */
#include "bc_date.h"
#include "bc_number.h"

#include <limits.h>
#include <string.h>

/* ----------------------------------------------------------------
 * calendar
 * ---------------------------------------------------------------- */

/* days in month m of year y */
int
bc_days_in_month(int y, int m)
{
	static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m < 1 || m > 12)
		return 0;
	if (m == 2 && y > 0 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	if (m == 2 && y == 0)
		return 29;				/* unknown year: allow 29 February */
	return dm[m - 1];
}

/* true when y-m-d is a real calendar day (y 0 = unknown year) */
bool
bc_date_valid(int y, int m, int d)
{
	if (y != 0 && (y < 1900 || y > 2100))
		return false;
	return d >= 1 && d <= bc_days_in_month(y, m);
}

/* a date value */
static bc_date
mkdate(int y, int m, int d, bc_precision p)
{
	bc_date		r;

	r.year = y;
	r.month = m;
	r.day = d;
	r.precision = p;
	return r;
}

/* the empty date */
static bc_date
nodate(void)
{
	return mkdate(0, 0, 0, BC_PREC_NONE);
}

/* the year of a day/month without one: the reference year, moved across a new year when far off */
static int
infer_year(bc_date ref, int month)
{
	int			y = ref.year;

	if (y == 0)
		return 0;
	if (ref.month >= 1 && month >= 1)
	{
		/* news looks back more often than ahead: only a near new year moves forward */
		if (month - ref.month > 6)
			y--;
		else if (ref.month - month > 9)
			y++;
	}
	return y;
}

/* the reference date moved by delta days (|delta| <= 1 in practice) */
static bc_date
shift_day(bc_date d, int delta)
{
	d.day += delta;
	if (d.day < 1)
	{
		d.month--;
		if (d.month < 1)
		{
			d.month = 12;
			d.year--;
		}
		d.day = bc_days_in_month(d.year, d.month);
	}
	else if (d.day > bc_days_in_month(d.year, d.month))
	{
		d.day = 1;
		d.month++;
		if (d.month > 12)
		{
			d.month = 1;
			d.year++;
		}
	}
	return d;
}

/* ----------------------------------------------------------------
 * token helpers
 * ---------------------------------------------------------------- */

/* read 1..maxd ASCII digits at p; value in *v, returns count (0 none); fails if more digits follow */
static int
read_int(const char *s, size_t len, size_t p, int maxd, int *v)
{
	int			n = 0;

	*v = 0;
	while (p + n < len && s[p + n] >= '0' && s[p + n] <= '9')
	{
		if (n >= maxd)
			return 0;
		*v = *v * 10 + (s[p + n] - '0');
		n++;
	}
	return n;
}

/* true when the byte at p cannot continue a number or a date ("2021." at a sentence end is fine) */
static bool
num_boundary(const char *s, size_t len, size_t p)
{
	if (p >= len)
		return true;
	if (s[p] >= '0' && s[p] <= '9')
		return false;
	if ((s[p] == '/' || s[p] == '.' || s[p] == ',' || s[p] == '-') &&
		p + 1 < len && s[p + 1] >= '0' && s[p + 1] <= '9')
		return false;
	{
		unsigned char c = (unsigned char) s[p];
		size_t		l = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;

		if (p + l > len)
			l = len - p;
		/* the code point at p is a letter or digit when the next one does not start a word */
		return bc_word_start(s, p + l);
	}
	return true;
}

/* a word at p (after spaces); returns the position after it, or 0 */
static size_t
word(const char *s, size_t len, size_t p, const char *w)
{
	size_t		q = bc_skip_space(s, len, p);
	size_t		k = bc_word_at(s, len, q, w);

	return k > 0 ? q + k : 0;
}

/* a dash (-, en dash, em dash) at p after spaces; position after it, or 0 */
static size_t
dash_at(const char *s, size_t len, size_t p)
{
	size_t		q = bc_skip_space(s, len, p);

	if (q < len && s[q] == '-')
		return q + 1;
	if (q + 3 <= len && (unsigned char) s[q] == 0xE2 &&
		(unsigned char) s[q + 1] == 0x80 &&
		((unsigned char) s[q + 2] == 0x93 || (unsigned char) s[q + 2] == 0x94))
		return q + 3;
	return 0;
}

/* a 4-digit year 1900..2100 at p (no skipping); position after or 0 */
static size_t
year_at(const char *s, size_t len, size_t p, int *y)
{
	int			n = read_int(s, len, p, 4, y);

	if (n != 4 || *y < 1900 || *y > 2100 ||
		(!num_boundary(s, len, p + 4) && s[p + 4] != '-'))
		return 0;
	return p + 4;
}

/* small count in digits or words (1..99) at p; position after or 0 */
static size_t
count_at(const char *s, size_t len, size_t p, int *n)
{
	static const char *const words[] = {
		"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười",
		"mười một", "mười hai", NULL
	};
	int			i,
				k;

	if (p < len && s[p] >= '0' && s[p] <= '9')
	{
		k = read_int(s, len, p, 2, n);
		if (k == 0 || *n < 1 || !num_boundary(s, len, p + k))
			return 0;
		return p + k;
	}
	/* longest word first */
	for (i = 11; i >= 0; i--)
	{
		size_t		w = bc_word_at(s, len, p, words[i]);

		if (w > 0)
		{
			*n = i + 1;
			return p + w;
		}
	}
	return 0;
}

/* words that put a bare d-m or d.m in date context when they come just before it */
static const char *const day_context[] = {
	"ngày", "sáng", "chiều", "tối", "trưa", "đêm", "khuya", "hôm", "nay",
	"rạng sáng", "sáng sớm", "từ", "đến", "tới", "và", "hôm nay", NULL
};

/* true when a date-context word or '(' ends just before p */
static bool
has_day_context(const char *s, size_t p)
{
	size_t		e = p;
	int			i;

	while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t'))
		e--;
	if (e > 0 && (s[e - 1] == '(' || s[e - 1] == ','))
		return s[e - 1] == '(';
	for (i = 0; day_context[i]; i++)
	{
		size_t		wl = strlen(day_context[i]);

		if (wl <= e && bc_word_at(s, e, e - wl, day_context[i]) == wl &&
			bc_word_start(s, e - wl))
			return true;
	}
	return false;
}

/*
 * A numeric day: "27/3", "27/3/2023", "25-3", "3.11", "28/10/2021"; sep is
 * the separator used; returns the position after or 0.
 */
static size_t
numeric_day(const char *s, size_t len, size_t p, bc_date ref, bool context,
			bc_date *out)
{
	int			d,
				m,
				y = 0;
	int			k;
	char		sep;
	size_t		q;

	if (p > 0 && (s[p - 1] == '/' || s[p - 1] == '.' || s[p - 1] == ',' ||
				  (s[p - 1] >= '0' && s[p - 1] <= '9')))
		return 0;
	k = read_int(s, len, p, 2, &d);
	if (k == 0 || p + k >= len)
		return 0;
	sep = s[p + k];
	if (sep != '/' && sep != '-' && sep != '.')
		return 0;
	q = p + k + 1;
	k = read_int(s, len, q, 2, &m);
	if (k == 0)
		return 0;
	q += k;
	if (q + 1 < len && s[q] == sep && s[q + 1] >= '0' && s[q + 1] <= '9')
	{
		k = read_int(s, len, q + 1, 4, &y);
		if (k != 4 || !num_boundary(s, len, q + 1 + k))
			return 0;
		q += 1 + k;
	}
	else if (q + 1 < len && (s[q] == '/' || s[q] == '.' || s[q] == ',') &&
			 s[q + 1] >= '0' && s[q + 1] <= '9')
		return 0;				/* "1.234,5": a number */
	else if (q < len && s[q] >= '0' && s[q] <= '9')
		return 0;
	if (m < 1 || m > 12 || !bc_date_valid(y, m, d))
		return 0;
	if (y == 0 && sep != '/' && !context)
		return 0;				/* "7-10", "1.5": only dates in date context */
	if (y == 0)
		y = infer_year(ref, m);
	*out = mkdate(y, m, d, BC_PREC_DAY);
	return q;
}

/* ----------------------------------------------------------------
 * the patterns
 * ---------------------------------------------------------------- */

/* one match at p, or 0 */
static size_t
match_at(const char *s, size_t len, size_t p, bc_date ref, bc_date_match *m)
{
	size_t		q,
				r,
				t;
	int			n,
				y,
				y2,
				mo,
				d;
	bc_date		dt;

	m->start = (int) p;
	m->from = nodate();
	m->to = nodate();

	/* "cùng kỳ" [năm] [YYYY [- YYYY] | trước | ngoái] */
	if ((q = word(s, len, p, "cùng kỳ")) || (q = word(s, len, p, "cùng kì")))
	{
		size_t		e = q;

		r = word(s, len, q, "năm");
		t = bc_skip_space(s, len, r ? r : q);
		if (t < len && year_at(s, len, t, &y))
		{
			e = t + 4;
			m->from = mkdate(y, 0, 0, BC_PREC_YEAR);
			if ((r = dash_at(s, len, e)) &&
				year_at(s, len, bc_skip_space(s, len, r), &y2) && y2 > y)
			{
				e = bc_skip_space(s, len, r) + 4;
				m->to = mkdate(y2, 0, 0, BC_PREC_YEAR);
			}
		}
		else
		{
			if (r && ((t = word(s, len, r, "trước")) || (t = word(s, len, r, "ngoái"))))
				e = t;
			if (ref.year)
				m->from = mkdate(ref.year - 1, 0, 0, BC_PREC_YEAR);
		}
		m->end = (int) e;
		return e;
	}

	/* "từ năm 2015 đến nay", "từ đầu năm đến nay", "từ năm 1991 tới nay" */
	if ((q = word(s, len, p, "từ")))
	{
		size_t		e = 0;
		bool		since_jan = false;

		y = 0;
		if ((r = word(s, len, q, "đầu năm")))
		{
			since_jan = true;
			t = bc_skip_space(s, len, r);
			if (t < len && year_at(s, len, t, &y))
				r = t + 4;
			else
				y = ref.year;
			e = r;
		}
		else
		{
			r = word(s, len, q, "năm");
			t = bc_skip_space(s, len, r ? r : q);
			if (t < len && year_at(s, len, t, &y))
				e = t + 4;
		}
		/* "từ năm 2019 đến năm 2021", "từ 2019 tới 2021" */
		if (e && !since_jan &&
			((r = word(s, len, e, "đến")) || (r = word(s, len, e, "tới"))))
		{
			size_t		v = word(s, len, r, "năm");

			t = bc_skip_space(s, len, v ? v : r);
			if (t < len && year_at(s, len, t, &y2) && y2 > y && y2 - y <= 100)
			{
				m->from = mkdate(y, 0, 0, BC_PREC_YEAR);
				m->to = mkdate(y2, 0, 0, BC_PREC_YEAR);
				m->end = (int) (t + 4);
				return t + 4;
			}
		}
		if (e && ((t = word(s, len, e, "đến nay")) || (t = word(s, len, e, "tới nay"))))
		{
			m->from = since_jan ? mkdate(y, 1, 0, BC_PREC_MONTH) : mkdate(y, 0, 0, BC_PREC_YEAR);
			/* "đến nay": up to the reference date, as precise as it is */
			if (ref.year)
				m->to = ref;
			else
				m->to = mkdate(0, 0, 0, BC_PREC_NONE);
			if (y == 0)
				m->from = nodate();
			m->end = (int) t;
			return t;
		}
	}

	/* "giai đoạn YYYY - YYYY" / "YYYY-YYYY" */
	q = word(s, len, p, "giai đoạn");
	t = q ? bc_skip_space(s, len, q) : p;
	if (t < len && year_at(s, len, t, &y) && (r = dash_at(s, len, t + 4)))
	{
		size_t		u = bc_skip_space(s, len, r);

		if (year_at(s, len, u, &y2) && y2 > y && y2 - y <= 50)
		{
			m->from = mkdate(y, 0, 0, BC_PREC_YEAR);
			m->to = mkdate(y2, 0, 0, BC_PREC_YEAR);
			m->end = (int) (u + 4);
			return u + 4;
		}
	}

	/* "N tháng đầu năm [YYYY|nay]", "N tháng cuối năm" */
	if ((q = count_at(s, len, p, &n)) && n <= 12 && (r = word(s, len, q, "tháng")))
	{
		bool		first = false;

		if ((t = word(s, len, r, "đầu năm")))
			first = true;
		else if ((t = word(s, len, r, "cuối năm")))
			first = false;
		else if ((t = word(s, len, r, "năm")) &&
				 (year_at(s, len, bc_skip_space(s, len, t), &y) || word(s, len, t, "nay")))
		{
			/* "10 tháng năm 2022": the first ten months */
			first = true;
			t = r;
			t = word(s, len, t, "năm");
		}
		else
			t = 0;
		if (t)
		{
			size_t		u = bc_skip_space(s, len, t);

			y = 0;
			if (u < len && year_at(s, len, u, &y))
				t = u + 4;
			else if ((u = word(s, len, t, "nay")))
			{
				y = ref.year;
				t = u;
			}
			else
				y = ref.year;
			if (first)
			{
				m->from = mkdate(y, 1, 0, BC_PREC_MONTH);
				m->to = mkdate(y, n, 0, BC_PREC_MONTH);
			}
			else
			{
				m->from = mkdate(y, 13 - n, 0, BC_PREC_MONTH);
				m->to = mkdate(y, 12, 0, BC_PREC_MONTH);
			}
			m->end = (int) t;
			return t;
		}
	}

	/* "N năm qua", "N năm gần đây", "N năm trở lại đây" */
	if ((q = count_at(s, len, p, &n)) && (r = word(s, len, q, "năm")) &&
		((t = word(s, len, r, "qua")) || (t = word(s, len, r, "gần đây")) ||
		 (t = word(s, len, r, "trở lại đây"))))
	{
		if (ref.year)
		{
			m->from = mkdate(ref.year - n, 0, 0, BC_PREC_YEAR);
			m->to = mkdate(ref.year, 0, 0, BC_PREC_YEAR);
		}
		m->end = (int) t;
		return t;
	}

	/* "quý I/2021", "quý 2 năm 2022" */
	if ((q = word(s, len, p, "quý")))
	{
		static const char *const roman[] = {"i", "ii", "iii", "iv", NULL};
		int			i;

		n = 0;
		t = bc_skip_space(s, len, q);
		for (i = 3; i >= 0 && n == 0; i--)
			if ((r = bc_word_at(s, len, t, roman[i])))
			{
				n = i + 1;
				t += r;
			}
		if (n == 0 && t < len && s[t] >= '1' && s[t] <= '4' && num_boundary(s, len, t + 1))
		{
			n = s[t] - '0';
			t++;
		}
		if (n > 0)
		{
			y = ref.year;
			if (t + 1 < len && (s[t] == '/' || s[t] == '-') && year_at(s, len, t + 1, &y2))
			{
				y = y2;
				t += 5;
			}
			else if ((r = word(s, len, t, "năm")) &&
					 year_at(s, len, bc_skip_space(s, len, r), &y2))
			{
				y = y2;
				t = bc_skip_space(s, len, r) + 4;
			}
			m->from = mkdate(y, 3 * n - 2, 0, BC_PREC_MONTH);
			m->to = mkdate(y, 3 * n, 0, BC_PREC_MONTH);
			m->end = (int) t;
			return t;
		}
	}

	/* "tháng M/YYYY", "tháng M năm YYYY", "tháng M" */
	if ((q = word(s, len, p, "tháng")))
	{
		t = bc_skip_space(s, len, q);
		n = read_int(s, len, t, 2, &mo);
		if (n > 0 && mo >= 1 && mo <= 12)
		{
			t += n;
			if (t + 1 < len && (s[t] == '/' || s[t] == '-' || s[t] == '.') &&
				year_at(s, len, t + 1, &y))
				t += 5;
			else if ((r = word(s, len, t, "năm")) &&
					 year_at(s, len, bc_skip_space(s, len, r), &y))
				t = bc_skip_space(s, len, r) + 4;
			else if (num_boundary(s, len, t))
				y = infer_year(ref, mo);
			else
				goto not_month;
			m->from = mkdate(y, mo, 0, BC_PREC_MONTH);
			m->end = (int) t;
			return t;
		}
not_month:
		;
	}

	/* "năm YYYY", "năm nay", "năm ngoái" */
	if ((q = word(s, len, p, "năm")))
	{
		t = bc_skip_space(s, len, q);
		if (t < len && year_at(s, len, t, &y))
		{
			/* "năm 2019 - 2021" */
			if ((r = dash_at(s, len, t + 4)) &&
				year_at(s, len, bc_skip_space(s, len, r), &y2) && y2 > y && y2 - y <= 50)
			{
				m->from = mkdate(y, 0, 0, BC_PREC_YEAR);
				m->to = mkdate(y2, 0, 0, BC_PREC_YEAR);
				m->end = (int) (bc_skip_space(s, len, r) + 4);
				return (size_t) m->end;
			}
			m->from = mkdate(y, 0, 0, BC_PREC_YEAR);
			m->end = (int) (t + 4);
			return t + 4;
		}
		if ((r = word(s, len, q, "nay")) && ref.year)
		{
			m->from = mkdate(ref.year, 0, 0, BC_PREC_YEAR);
			m->end = (int) r;
			return r;
		}
		if (((r = word(s, len, q, "ngoái")) || (r = word(s, len, q, "trước"))) && ref.year)
		{
			m->from = mkdate(ref.year - 1, 0, 0, BC_PREC_YEAR);
			m->end = (int) r;
			return r;
		}
	}

	/* "(sáng|chiều|tối|trưa) nay", "hôm nay", "hôm qua", "ngày mai" */
	{
		static const char *const today[] = {
			"sáng nay", "chiều nay", "tối nay", "trưa nay", "đêm nay",
			"hôm nay", "ngày hôm nay", NULL
		};
		int			i;

		for (i = 0; today[i]; i++)
			if ((q = word(s, len, p, today[i])))
				break;
		if (q && today[i])
		{
			t = bc_skip_space(s, len, q);
			/* "Sáng nay (27/8)": the written date is the match */
			if (t < len && s[t] == '(')
				return 0;
			if (ref.precision != BC_PREC_DAY)
				return 0;
			m->from = ref;
			m->end = (int) q;
			return q;
		}
		if ((q = word(s, len, p, "hôm qua")) && ref.precision == BC_PREC_DAY)
		{
			m->from = shift_day(ref, -1);
			m->end = (int) q;
			return q;
		}
		if ((q = word(s, len, p, "ngày mai")) && ref.precision == BC_PREC_DAY)
		{
			m->from = shift_day(ref, 1);
			m->end = (int) q;
			return q;
		}
	}

	/* "ngày 27 tháng 3 [năm 2023]" */
	if ((q = word(s, len, p, "ngày")))
	{
		t = bc_skip_space(s, len, q);
		n = read_int(s, len, t, 2, &d);
		if (n > 0 && (r = word(s, len, t + n, "tháng")))
		{
			size_t		u = bc_skip_space(s, len, r);
			int			k = read_int(s, len, u, 2, &mo);

			if (k > 0 && num_boundary(s, len, u + k) && mo >= 1 && mo <= 12)
			{
				size_t		e = u + k,
							v;

				y = 0;
				if ((v = word(s, len, e, "năm")) &&
					year_at(s, len, bc_skip_space(s, len, v), &y))
					e = bc_skip_space(s, len, v) + 4;
				else
					y = infer_year(ref, mo);
				if (bc_date_valid(y, mo, d))
				{
					m->from = mkdate(y, mo, d, BC_PREC_DAY);
					m->end = (int) e;
					return e;
				}
			}
		}
	}

	/* day ranges: "[ngày] 19 và 20-12", "19-20/12", "19 đến 20/12" */
	{
		size_t		a = p;
		bool		ctx = false;

		if ((q = word(s, len, p, "ngày")))
		{
			a = bc_skip_space(s, len, q);
			ctx = true;
		}
		else if ((q = word(s, len, p, "từ ngày")))
		{
			a = bc_skip_space(s, len, q);
			ctx = true;
		}
		n = a < len ? read_int(s, len, a, 2, &d) : 0;
		if (n > 0 && (a == p ? (p == 0 || !(s[p - 1] >= '0' && s[p - 1] <= '9')) : true))
		{
			size_t		b = a + n,
						c = 0;
			int			d2;

			bool		dashed = false;

			if ((r = word(s, len, b, "và")) || (r = word(s, len, b, "đến")) ||
				(r = word(s, len, b, "tới")))
				c = bc_skip_space(s, len, r);
			else if ((r = dash_at(s, len, b)))
			{
				c = bc_skip_space(s, len, r);
				dashed = true;
			}
			else if (ctx && b < len && s[b] == ',')
				c = bc_skip_space(s, len, b + 1);	/* "ngày 14, 15/3" */
			if (c && (t = word(s, len, c, "ngày")))
				c = bc_skip_space(s, len, t);
			if (c && c < len && s[c] >= '0' && s[c] <= '9' &&
				(t = numeric_day(s, len, c, ref, true, &dt)) &&
				read_int(s, len, c, 2, &d2) > 0 && d2 > d && d >= 1 &&
				bc_date_valid(dt.year, dt.month, d))
			{
				/* "19-20/12": a slash date after a dash; "19 và 20-12" needs context or a slash */
				if (ctx || dashed || s[c + (d2 >= 10 ? 2 : 1)] == '/' ||
					has_day_context(s, p))
				{
					m->from = mkdate(dt.year, dt.month, d, BC_PREC_DAY);
					m->to = dt;
					m->end = (int) t;
					return t;
				}
			}
		}
	}

	/* "ngày 27/3", "(27/8)", "sáng 25-3", "28/10/2021", "Ngày 3.11" */
	{
		size_t		a = p;
		bool		ctx = false;

		if ((q = word(s, len, p, "ngày")))
		{
			a = bc_skip_space(s, len, q);
			ctx = true;
		}
		if (a < len && s[a] >= '0' && s[a] <= '9' &&
			(t = numeric_day(s, len, a, ref, ctx || has_day_context(s, a), &dt)))
		{
			/* a range to a second day: "30/11 - 2/12" */
			if ((r = dash_at(s, len, t)) || (r = word(s, len, t, "đến")))
			{
				bc_date		dt2;
				size_t		u = bc_skip_space(s, len, r),
							e;

				if (u < len && s[u] >= '0' && s[u] <= '9' &&
					(e = numeric_day(s, len, u, ref, true, &dt2)) &&
					(dt2.year > dt.year || (dt2.year == dt.year &&
											(dt2.month > dt.month ||
											 (dt2.month == dt.month && dt2.day > dt.day)))))
				{
					/* "30/11 - 2/12/2021": the year written last holds for both */
					if (dt2.year && dt.year != dt2.year && dt.month <= dt2.month &&
						!(t >= 5 && s[t - 5] == '/' && s[t - 4] >= '0' && s[t - 4] <= '9'))
						dt.year = dt2.year;
					m->from = dt;
					m->to = dt2;
					m->end = (int) e;
					return e;
				}
			}
			m->from = dt;
			m->end = (int) t;
			return t;
		}
	}

	/* ISO "2021-10-28" */
	if (p + 10 <= len && read_int(s, len, p, 4, &y) == 4 && s[p + 4] == '-' &&
		read_int(s, len, p + 5, 2, &mo) == 2 && s[p + 7] == '-' &&
		read_int(s, len, p + 8, 2, &d) == 2 && num_boundary(s, len, p + 10) &&
		mo >= 1 && mo <= 12 && bc_date_valid(y, mo, d))
	{
		m->from = mkdate(y, mo, d, BC_PREC_DAY);
		m->end = (int) (p + 10);
		return p + 10;
	}
	return 0;
}

/* every date expression in s[0,len) */
int
bc_dates_find(const char *s, size_t len, bc_date ref, bc_date_match *out,
			  int max)
{
	size_t		p = 0;
	int			n = 0;

	if (s == NULL || out == NULL)
		return 0;
	while (p < len && n < max)
	{
		unsigned char c = (unsigned char) s[p];

		if ((c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
			 (c >= 'a' && c <= 'z')) && (c & 0xC0) != 0x80 && bc_word_start(s, p))
		{
			bc_date_match m;
			size_t		e = match_at(s, len, p, ref, &m);

			if (e > p)
			{
				out[n++] = m;
				p = e;
				continue;
			}
		}
		p++;
	}
	return n;
}

/* ----------------------------------------------------------------
 * date lines
 * ---------------------------------------------------------------- */

/* a clock time at *pp: "14:53", "6:30 PM", "12:47:05 PM", "14h53"; moves *pp past it */
static bool
parse_time(const char *s, size_t len, size_t *pp, int *hour, int *min, int *sec)
{
	size_t		p = *pp,
				q,
				k;
	int			h,
				mi,
				se = 0;

	k = (size_t) read_int(s, len, p, 2, &h);
	if (k == 0 || p + k >= len ||
		!(s[p + k] == ':' || s[p + k] == 'h' || s[p + k] == 'H') ||
		read_int(s, len, p + k + 1, 2, &mi) != 2)
		return false;
	q = p + k + 3;
	if (q + 2 < len && s[q] == ':' && read_int(s, len, q + 1, 2, &se) == 2)
		q += 3;
	if (h > 23 || mi > 59 || se > 59 || !num_boundary(s, len, q))
		return false;
	p = bc_skip_space(s, len, q);
	if ((k = bc_word_at(s, len, p, "pm")) || (k = bc_word_at(s, len, p, "ch")))
	{
		if (h < 12)
			h += 12;
		p = bc_skip_space(s, len, p + k);
	}
	else if ((k = bc_word_at(s, len, p, "am")) || (k = bc_word_at(s, len, p, "sa")))
	{
		if (h == 12)
			h = 0;
		p = bc_skip_space(s, len, p + k);
	}
	*hour = h;
	*min = mi;
	*sec = se;
	*pp = p;
	return true;
}

/* skip date-line separators: ',', '-', '|', "lúc", "ngày" */
static size_t
skip_line_seps(const char *s, size_t len, size_t p)
{
	int			i;
	size_t		q;

	p = bc_skip_space(s, len, p);
	for (i = 0; i < 4 && p < len; i++)
	{
		if (s[p] == ',' || s[p] == '-' || s[p] == '|')
			p = bc_skip_space(s, len, p + 1);
		else if ((q = dash_at(s, len, p)))
			p = bc_skip_space(s, len, q);
		else if ((q = word(s, len, p, "lúc")) || (q = word(s, len, p, "ngày")))
			p = bc_skip_space(s, len, q);
		else
			break;
	}
	return p;
}

/*
 * True when s[p,len) holds only page counters: numbers, separators, symbols
 * (emoji such as 👁, 💬, ♥) and counter words ("399 0", "| Lượt xem: 845",
 * "(3 bình luận)", "Bình luận: 1 | Lượt xem: 967").  Anything else (a lunar
 * date "Âm lịch: 18/1 Giáp Thìn", a sentence) makes the line not a date line.
 */
static bool
only_counters(const char *s, size_t len, size_t p)
{
	static const char *const words[] = {
		"lượt xem", "lượt đọc", "lượt thích", "lượt chia sẻ", "bình luận",
		"ý kiến", "lượt", "xem", "views", "view", "comments", "comment",
		"likes", "like", NULL
	};
	int			guard;

	for (guard = 0; p < len && guard < 200; guard++)
	{
		unsigned char ch = (unsigned char) s[p];
		int			i;
		size_t		k = 0;

		if ((ch >= '0' && ch <= '9') || ch == ' ' || ch == '\t' || ch == '|' ||
			ch == '(' || ch == ')' || ch == '.' || ch == ',')
		{
			p++;
			continue;
		}
		/* symbols: U+2000..U+2FFF (E2 ..), emoji (F0 ..), variation selectors (EF B8 ..) */
		if (ch == 0xE2 && p + 3 <= len)
		{
			p += 3;
			continue;
		}
		if (ch >= 0xF0 && ch <= 0xF4 && p + 4 <= len)
		{
			p += 4;
			continue;
		}
		if (ch == 0xEF && p + 3 <= len && (unsigned char) s[p + 1] == 0xB8)
		{
			p += 3;
			continue;
		}
		for (i = 0; words[i]; i++)
			if ((k = bc_word_at(s, len, p, words[i])) > 0)
				break;
		if (k == 0)
			return false;
		p = bc_skip_space(s, len, p + k);
		if (p < len && s[p] == ':')
			p++;				/* "Lượt xem: 845" */
	}
	return p >= len;
}

/* parse a publication date line */
bool
bc_dateline_parse(const char *s, size_t len, bc_date *date, int *hour,
				  int *min, int *sec, int *utc_offset_min)
{
	static const char *const dow[] = {
		"thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy",
		"thứ 2", "thứ 3", "thứ 4", "thứ 5", "thứ 6", "thứ 7", "chủ nhật",
		"cn", "t2", "t3", "t4", "t5", "t6", "t7", NULL
	};
	size_t		p,
				q,
				e;
	int			i,
				d,
				mo,
				y,
				k;
	bool		any_time = false,
				named = false;

	*date = nodate();
	*hour = -1;
	*min = -1;
	*sec = -1;
	*utc_offset_min = INT_MIN;
	if (s == NULL || len == 0 || len > 200)
		return false;
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\r' || s[len - 1] == '|'))
		len--;
	p = bc_skip_space(s, len, 0);

	/* a label ending in ':' ("Thời gian đăng:", "Cập nhật:") */
	for (q = p; q < len && q < p + 64; q++)
	{
		if (s[q] >= '0' && s[q] <= '9')
			break;
		if (s[q] == ':')
		{
			p = bc_skip_space(s, len, q + 1);
			break;
		}
		/* a byline before a bullet: "Thanh Lê • 10:48, 22/08/2024" */
		if (q + 3 <= len && memcmp(s + q, "\xe2\x80\xa2", 3) == 0)
		{
			p = bc_skip_space(s, len, q + 3);
			break;
		}
		if (q + 2 <= len && memcmp(s + q, "\xc2\xb7", 2) == 0)
		{
			p = bc_skip_space(s, len, q + 2);
			break;
		}

		/*
		 * a byline before a spaced dash and a date: "PHAN THÀNH -
		 * 21/03/2024 19:42 GMT+7" (the time is then required below)
		 */
		if (q > p && s[q] == ' ')
		{
			size_t		r = q + 1,
						t;

			if (r < len && s[r] == '-')
				r++;
			else if (r + 3 <= len && memcmp(s + r, "\xe2\x80\x93", 3) == 0)
				r += 3;
			else
				continue;
			t = bc_skip_space(s, len, r);
			if (t > r && t < len && s[t] >= '0' && s[t] <= '9')
			{
				p = t;
				named = true;
				break;
			}
		}
	}
	/* a day of the week, then ',', '-', '|' */
	for (i = 0; dow[i]; i++)
		if ((k = (int) bc_word_at(s, len, p, dow[i])) > 0)
		{
			p = bc_skip_space(s, len, p + k);
			if (p < len && (s[p] == ',' || s[p] == '-' || s[p] == '|'))
				p = bc_skip_space(s, len, p + 1);
			else if ((q = dash_at(s, len, p)))
				p = bc_skip_space(s, len, q);
			break;
		}
	/* a label without a colon: "Cập nhật 14:05 ngày 04/11/2023" */
	{
		static const char *const labels[] = {
			"thời gian đăng", "ngày đăng", "đăng ngày", "đăng lúc", "cập nhật lúc",
			"cập nhật ngày", "cập nhật", "ngày cập nhật", "xuất bản", "posted",
			"published", "updated", NULL
		};

		for (i = 0; labels[i]; i++)
			if ((k = (int) bc_word_at(s, len, p, labels[i])) > 0)
			{
				p = bc_skip_space(s, len, p + k);
				if (p < len && s[p] == ':')
					p = bc_skip_space(s, len, p + 1);
				break;
			}
	}
	/* the time may come first: "10:45 | 03/11/2022", "15:32 - 28/03/2023" */
	if (parse_time(s, len, &p, hour, min, sec))
	{
		any_time = true;
		p = skip_line_seps(s, len, p);
		/* "Cập nhật lúc 16:20, Thứ Tư, 06/12/2023": the weekday after the time */
		for (i = 0; dow[i]; i++)
			if ((k = (int) bc_word_at(s, len, p, dow[i])) > 0)
			{
				p = skip_line_seps(s, len, p + k);
				break;
			}
	}
	/* "ngày" before the date */
	if ((q = word(s, len, p, "ngày")))
		p = bc_skip_space(s, len, q);

	/*
	 * the date: dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd, or in words
	 * "20 tháng 3 năm 2024" (after "Ngày")
	 */
	if ((k = read_int(s, len, p, 2, &d)) > 0 &&
		(q = word(s, len, p + k, "tháng")) &&
		(k = read_int(s, len, bc_skip_space(s, len, q), 2, &mo)) > 0 &&
		(q = word(s, len, bc_skip_space(s, len, q) + k, "năm")) &&
		read_int(s, len, bc_skip_space(s, len, q), 4, &y) == 4)
		e = bc_skip_space(s, len, q) + 4;
	else if ((k = read_int(s, len, p, 4, &y)) == 4 && p + 10 <= len &&
		s[p + 4] == '-' && read_int(s, len, p + 5, 2, &mo) == 2 &&
		s[p + 7] == '-' && read_int(s, len, p + 8, 2, &d) == 2)
		e = p + 10;
	else
	{
		char		sep;

		k = read_int(s, len, p, 2, &d);
		if (k == 0 || p + k >= len)
			return false;
		sep = s[p + k];
		if (sep != '/' && sep != '-' && sep != '.')
			return false;
		q = p + k + 1;
		k = read_int(s, len, q, 2, &mo);
		if (k == 0 || q + k >= len || s[q + k] != sep)
			return false;
		q += k + 1;
		k = read_int(s, len, q, 4, &y);
		if (k != 4)
			return false;
		e = q + 4;
	}
	if (mo < 1 || mo > 12 || !bc_date_valid(y, mo, d) || y == 0)
		return false;
	*date = mkdate(y, mo, d, BC_PREC_DAY);

	/* separators, then the time "14:53", "6:30 PM", "12:47:05 PM", "14h53" */
	p = skip_line_seps(s, len, e);
	if (!any_time)
	{
		if (parse_time(s, len, &p, hour, min, sec))
			any_time = true;
		else
		{
			*hour = -1;
			*min = -1;
			*sec = -1;
		}
	}
	/* after a byline, only a full time stamp makes a date line */
	if (named && !any_time)
		return false;

	/* "(GMT+7)", "GMT+07:00", "(UTC+7)" */
	{
		size_t		a = p;
		bool		paren = false;

		if (a < len && s[a] == '(')
		{
			paren = true;
			a++;
		}
		if (a + 3 <= len && (strncmp(s + a, "GMT", 3) == 0 || strncmp(s + a, "UTC", 3) == 0))
		{
			int			sign = 1,
						hh = 0,
						mm = 0;

			a += 3;
			if (a < len && (s[a] == '+' || s[a] == '-'))
			{
				sign = s[a] == '-' ? -1 : 1;
				a++;
				k = read_int(s, len, a, 2, &hh);
				if (k == 0 || hh > 14)
					return false;
				a += k;
				if (a + 2 < len && s[a] == ':' && read_int(s, len, a + 1, 2, &mm) == 2)
					a += 3;
			}
			if (paren)
			{
				if (a >= len || s[a] != ')')
					return false;
				a++;
			}
			*utc_offset_min = sign * (hh * 60 + mm);
			p = bc_skip_space(s, len, a);
		}
	}

	/* what remains may only be counters ("399 0") */
	return only_counters(s, len, p);
}
