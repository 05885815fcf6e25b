/*
 * src/core/bc_number.c
 *		The Vietnamese numeral grammar: digits, scale words, spelled numbers.
 *
 * Values are exact decimals held as digit strings (bc_dec) and printed as
 * canonical text in base units.  Nothing here allocates: every buffer is a
 * fixed array bounded by BC_NUM_MAX_DIGITS, and every loop is bounded by the
 * input length or by a small constant.
 */
#include "bc_core.h"
#include "bc_number.h"

#include <stdint.h>
#include <string.h>

#define DEC_CAP (BC_NUM_MAX_DIGITS + 2)

/* an exact non-negative decimal: digits d[0..n) most significant first, value = d / 10^scale */
typedef struct bc_dec
{
	char		d[DEC_CAP + 1];
	int			n;
	int			scale;
} bc_dec;

/* ----------------------------------------------------------------
 * UTF-8 and word helpers
 * ---------------------------------------------------------------- */

/* decode one code point; invalid bytes decode as themselves, one byte long */
static int
dec_cp(const char *s, size_t len, unsigned int *cp)
{
	uint32_t	c;
	int			l;

	if (len == 0)
	{
		*cp = 0;
		return 0;
	}
	l = bc_utf8_decode(s, len, &c);
	*cp = c;
	return l;
}

/* lower-case a Latin code point (ASCII, Latin-1, Extended-A/B, Vietnamese) */
unsigned int
bc_lower_cp(unsigned int cp)
{
	if (cp >= 'A' && cp <= 'Z')
		return cp + 32;
	if (cp < 0xC0)
		return cp;
	if (cp <= 0xDE && cp != 0xD7)
		return cp + 32;
	if (cp >= 0x100 && cp <= 0x17F && (cp & 1) == 0 && cp != 0x130 &&
		!(cp >= 0x138 && cp <= 0x148) && !(cp >= 0x179))
		return cp + 1;
	if (cp >= 0x139 && cp <= 0x148 && (cp & 1) == 1)
		return cp + 1;
	if (cp == 0x1A0 || cp == 0x1AF)
		return cp + 1;
	if (cp >= 0x1E00 && cp <= 0x1EFF && (cp & 1) == 0)
		return cp + 1;
	return cp;
}

/* true for letters and digits of the scripts the articles use */
static bool
is_alnum_cp(unsigned int cp)
{
	if (cp < 0x80)
		return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
			(cp >= 'A' && cp <= 'Z');
	if (cp == 0xD7 || cp == 0xF7 || cp == 0xA0 || cp < 0xC0)
		return false;
	if (cp >= 0x2000 && cp <= 0x2BFF)	/* punctuation, symbols, arrows */
		return false;
	if (cp >= 0x3000 && cp <= 0x303F)
		return false;
	if (cp == 0xFFFD || cp == 0xFEFF)
		return false;
	return true;
}

/* the code point that ends just before pos (0 at the start) */
static unsigned int
cp_before(const char *s, size_t pos)
{
	size_t		i = pos;
	unsigned int cp;
	int			k = 0;

	if (pos == 0)
		return 0;
	i--;
	while (i > 0 && k < 3 && (((unsigned char) s[i]) & 0xC0) == 0x80)
	{
		i--;
		k++;
	}
	dec_cp(s + i, pos - i, &cp);
	return cp;
}

/* true when the byte at pos starts a word */
bool
bc_word_start(const char *s, size_t pos)
{
	return !is_alnum_cp(cp_before(s, pos));
}

/* skip ASCII spaces and no-break spaces */
size_t
bc_skip_space(const char *s, size_t len, size_t pos)
{
	while (pos < len)
	{
		if (s[pos] == ' ' || s[pos] == '\t')
			pos++;
		else if (pos + 1 < len && (unsigned char) s[pos] == 0xC2 &&
				 (unsigned char) s[pos + 1] == 0xA0)
			pos += 2;
		else
			break;
	}
	return pos;
}

/* match lower-case word w case-insensitively at s+pos, ending at a word boundary */
size_t
bc_word_at(const char *s, size_t len, size_t pos, const char *w)
{
	size_t		i = pos;
	size_t		wl;
	size_t		j = 0;
	unsigned int a,
				b;

	/*
	 * Quick reject on the first byte when it is ASCII on both sides (w is
	 * lower case): most calls end here, without strlen (a hot path).
	 */
	if (pos < len && w[0] != '\0' && w[0] != ' ' &&
		(unsigned char) w[0] < 0x80 && (unsigned char) s[pos] < 0x80)
	{
		char		c = s[pos];

		if (c >= 'A' && c <= 'Z')
			c = (char) (c + ('a' - 'A'));
		if (c != w[0])
			return 0;
	}
	wl = strlen(w);
	while (j < wl)
	{
		int			ka,
					kb;

		if (i >= len)
			return 0;
		kb = dec_cp(w + j, wl - j, &b);
		ka = dec_cp(s + i, len - i, &a);
		if (b == ' ')
		{
			/* one space in the word matches one or more spaces in the text */
			size_t		k = bc_skip_space(s, len, i);

			if (k == i)
				return 0;
			i = k;
			j += kb;
			continue;
		}
		if (bc_lower_cp(a) != b)
			return 0;
		i += ka;
		j += kb;
	}
	if (i < len)
	{
		unsigned int c;

		dec_cp(s + i, len - i, &c);
		if (is_alnum_cp(c))
			return 0;
	}
	return i - pos;
}

/* ----------------------------------------------------------------
 * exact decimals
 * ---------------------------------------------------------------- */

/* drop leading zeros of the integer part */
static void
dec_trim(bc_dec *x)
{
	int			lead = 0;

	while (lead < x->n - x->scale - 1 && x->d[lead] == '0')
		lead++;
	if (lead > 0)
	{
		memmove(x->d, x->d + lead, x->n - lead);
		x->n -= lead;
	}
	x->d[x->n] = '\0';
}

/* count of significant digits (after trimming leading zeros) */
static int
dec_sigdigits(const bc_dec *x)
{
	int			i = 0;

	while (i < x->n - 1 && x->d[i] == '0')
		i++;
	return x->n - i;
}

/* append one digit; false when the cap is reached */
static bool
dec_push(bc_dec *x, char c)
{
	if (x->n >= DEC_CAP)
	{
		/* leading zeros do not count against the cap */
		if (dec_sigdigits(x) >= DEC_CAP || x->scale >= x->n)
			return false;
		dec_trim(x);
		if (x->n >= DEC_CAP)
			return false;
	}
	x->d[x->n++] = c;
	x->d[x->n] = '\0';
	return true;
}

/* x *= 10^k exactly; false on overflow of the digit cap */
static bool
dec_mul_pow10(bc_dec *x, int k)
{
	if (k <= x->scale)
	{
		x->scale -= k;
		return true;
	}
	k -= x->scale;
	x->scale = 0;
	if (k > DEC_CAP)
		return false;
	while (k-- > 0)
		if (!dec_push(x, '0'))
			return false;
	return true;
}

/* raise the scale of x to s by appending zeros */
static bool
dec_rescale(bc_dec *x, int s)
{
	while (x->scale < s)
	{
		if (!dec_push(x, '0'))
			return false;
		x->scale++;
	}
	return true;
}

/* r = a + b exactly */
static bool
dec_add(const bc_dec *a0, const bc_dec *b0, bc_dec *r)
{
	bc_dec		a = *a0,
				b = *b0;
	int			s = a.scale > b.scale ? a.scale : b.scale;
	int			n,
				i,
				carry = 0;
	char		tmp[DEC_CAP + 2];

	if (!dec_rescale(&a, s) || !dec_rescale(&b, s))
		return false;
	n = (a.n > b.n ? a.n : b.n) + 1;
	if (n > DEC_CAP + 1)
		return false;
	for (i = 0; i < n; i++)
	{
		int			da = i < a.n ? a.d[a.n - 1 - i] - '0' : 0;
		int			db = i < b.n ? b.d[b.n - 1 - i] - '0' : 0;
		int			v = da + db + carry;

		tmp[n - 1 - i] = (char) ('0' + v % 10);
		carry = v / 10;
	}
	/*
	 * The first digit is the carry slot; when the sum did not grow it is 0,
	 * and dropping it keeps n + 1 within d[] (the fuzzer found a write one
	 * past the end for a sum of DEC_CAP digits).
	 */
	i = 0;
	if (n > 1 && tmp[0] == '0')
	{
		i = 1;
		n--;
	}
	if (n > DEC_CAP)
		return false;
	memcpy(r->d, tmp + i, n);
	r->n = n;
	r->scale = s;
	r->d[n] = '\0';
	dec_trim(r);
	return dec_sigdigits(r) <= BC_NUM_MAX_DIGITS;
}

/* canonical text of x: no leading zeros, '.' before the fraction */
static bool
dec_text(const bc_dec *x0, char out[BC_NUM_TEXT])
{
	bc_dec		x = *x0;
	int			ip,
				o = 0,
				i;

	if (x.n == 0)
	{
		strcpy(out, "0");
		return true;
	}
	/* make sure there is at least one integer digit */
	if (x.scale >= x.n)
	{
		int			need = x.scale - x.n + 1;

		if (x.n + need > DEC_CAP)
			return false;
		memmove(x.d + need, x.d, x.n);
		memset(x.d, '0', need);
		x.n += need;
	}
	dec_trim(&x);
	if (dec_sigdigits(&x) > BC_NUM_MAX_DIGITS)
		return false;
	ip = x.n - x.scale;
	if (ip + x.scale > BC_NUM_MAX_DIGITS)
		return false;			/* the text must pass bc_decimal_valid */
	for (i = 0; i < ip; i++)
		out[o++] = x.d[i];
	if (x.scale > 0)
	{
		out[o++] = '.';
		for (i = ip; i < x.n; i++)
			out[o++] = x.d[i];
	}
	out[o] = '\0';
	return true;
}

/* x from an unsigned 64-bit integer */
static void
dec_from_u64(bc_dec *x, uint64_t v)
{
	char		tmp[24];
	int			n = 0;

	do
	{
		tmp[n++] = (char) ('0' + v % 10);
		v /= 10;
	} while (v > 0 && n < 22);
	x->n = 0;
	x->scale = 0;
	while (n > 0)
		x->d[x->n++] = tmp[--n];
	x->d[x->n] = '\0';
}

/* true when s is canonical decimal text */
bool
bc_decimal_valid(const char *s)
{
	size_t		i = 0,
				nd = 0;

	if (s == NULL)
		return false;
	if (s[i] == '-')
		i++;
	if (s[i] < '0' || s[i] > '9')
		return false;
	if (s[i] == '0' && s[i + 1] >= '0' && s[i + 1] <= '9')
		return false;
	while (s[i] >= '0' && s[i] <= '9')
	{
		i++;
		nd++;
	}
	if (s[i] == '.')
	{
		i++;
		if (s[i] < '0' || s[i] > '9')
			return false;
		while (s[i] >= '0' && s[i] <= '9')
		{
			i++;
			nd++;
		}
	}
	return s[i] == '\0' && nd <= BC_NUM_MAX_DIGITS;
}

/* compare the magnitudes of two canonical texts without sign */
static int
mag_cmp(const char *a, const char *b)
{
	size_t		ia = strcspn(a, "."),
				ib = strcspn(b, ".");
	const char *fa,
			   *fb;
	int			c;

	if (ia != ib)
		return ia < ib ? -1 : 1;
	c = strncmp(a, b, ia);
	if (c != 0)
		return c < 0 ? -1 : 1;
	fa = a[ia] == '.' ? a + ia + 1 : "";
	fb = b[ib] == '.' ? b + ib + 1 : "";
	/* compare fractions digit by digit, missing digits are zeros */
	while (*fa || *fb)
	{
		char		x = *fa ? *fa++ : '0';
		char		y = *fb ? *fb++ : '0';

		if (x != y)
			return x < y ? -1 : 1;
	}
	return 0;
}

/* true when a canonical text is zero */
static bool
text_is_zero(const char *s)
{
	for (; *s; s++)
		if (*s >= '1' && *s <= '9')
			return false;
	return true;
}

/* compare two canonical decimal texts */
int
bc_decimal_cmp(const char *a, const char *b)
{
	bool		na = a[0] == '-' && !text_is_zero(a);
	bool		nb = b[0] == '-' && !text_is_zero(b);

	if (a[0] == '-')
		a++;
	if (b[0] == '-')
		b++;
	if (na != nb)
		return na ? -1 : 1;
	return na ? -mag_cmp(a, b) : mag_cmp(a, b);
}

/* ----------------------------------------------------------------
 * digits with separators
 * ---------------------------------------------------------------- */

/*
 * Lex "253.494.860,10" at pos: digit groups joined by '.' or ',' (a
 * separator counts only when a digit follows), and interpret the groups.
 */
static bc_num_error
lex_digits_mode(const char *s, size_t len, size_t pos, bc_dec *x, size_t *endp,
				bool *uncertain, bool *date_like, int *int_digits, bool *has_frac,
				bool dot_decimal)
{
	int			gstart[64],
				glen[64];
	char		sep[64];
	int			ng = 0,
				ndots = 0,
				ncommas = 0,
				i,
				total = 0;
	size_t		p = pos;

	*uncertain = false;
	*date_like = false;
	*has_frac = false;
	while (p < len)
	{
		size_t		g = p;

		while (p < len && s[p] >= '0' && s[p] <= '9')
			p++;
		if (p == g)
			break;
		if (ng >= 64)
			return BC_NUM_TOO_LONG;
		gstart[ng] = (int) g;
		glen[ng] = (int) (p - g);
		total += glen[ng];
		if (total > 4 * BC_NUM_MAX_DIGITS)
			return BC_NUM_TOO_LONG;
		ng++;
		if (p + 1 < len && (s[p] == '.' || s[p] == ',') &&
			s[p + 1] >= '0' && s[p + 1] <= '9')
		{
			sep[ng - 1] = s[p];
			if (s[p] == '.')
				ndots++;
			else
				ncommas++;
			p++;
		}
		else
			break;
	}
	if (ng == 0)
		return BC_NUM_NONE;
	*endp = p;
	*int_digits = glen[0];
	x->n = 0;
	x->scale = 0;

	/* the integer groups and the decimal group, by pattern */
	{
		int			nint = ng;	/* groups that belong to the integer part */
		bool		grouped = false;	/* separators between integer groups */

		if (ng == 1)
			nint = 1;
		else if (ncommas == 0)
		{
			/* dots only: thousands grouping, or a date/decimal guess */
			bool		thousands = glen[0] <= 3;

			for (i = 1; i < ng; i++)
				if (glen[i] != 3)
					thousands = false;
			if (dot_decimal && ng == 2 && !(thousands && s[gstart[0]] != '0'))
				nint = 1;		/* canonical text "253494860.10", "19.2", "0.001" */
			else if (thousands)
				grouped = true;
			else if (ng == 2)
			{
				int			a = 0,
							b = 0;

				for (i = 0; i < glen[0] && i < 4; i++)
					a = a * 10 + (s[gstart[0] + i] - '0');
				for (i = 0; i < glen[1] && i < 4; i++)
					b = b * 10 + (s[gstart[1] + i] - '0');
				if (glen[0] <= 2 && glen[1] <= 2 && a >= 1 && a <= 31 &&
					b >= 1 && b <= 12)
					*date_like = true;
				/* an English-style decimal point: a guess */
				nint = 1;
				*uncertain = true;
			}
			else
				return BC_NUM_SYNTAX;	/* a version "2.0.1" or an IP */
		}
		else if (ncommas == 1 && sep[ng - 2] == ',')
		{
			/* [dot-grouped integer] , decimals */
			bool		ok = glen[0] <= 3 || ng == 2;

			for (i = 1; i < ng - 1; i++)
				if (glen[i] != 3)
					ok = false;
			if (!ok)
				return BC_NUM_SYNTAX;
			grouped = ng > 2;
			nint = ng - 1;
			/* "1,239" may be an English thousands group; "0,001" may not */
			if (ng == 2 && glen[1] == 3 && s[gstart[0]] != '0')
				*uncertain = true;
		}
		else if (ndots == 0)
		{
			/* several commas: English thousands "10,646,572" */
			bool		ok = glen[0] <= 3;

			for (i = 1; i < ng; i++)
				if (glen[i] != 3)
					ok = false;
			if (!ok)
				return BC_NUM_SYNTAX;
			grouped = true;
			*uncertain = true;
		}
		else if (ndots == 1 && sep[ng - 2] == '.')
		{
			/* English "1,234.5": commas group, the dot is decimal */
			bool		ok = glen[0] <= 3;

			for (i = 1; i < ng - 1; i++)
				if (glen[i] != 3 || sep[i - 1] != ',')
					ok = false;
			if (!ok)
				return BC_NUM_SYNTAX;
			grouped = true;
			nint = ng - 1;
			*uncertain = true;
		}
		else
			return BC_NUM_SYNTAX;	/* "1.234,5,6" */

		(void) grouped;
		for (i = 0; i < ng; i++)
		{
			int			k;

			for (k = 0; k < glen[i]; k++)
			{
				if (!dec_push(x, s[gstart[i] + k]))
					return BC_NUM_TOO_LONG;
				if (i >= nint)
					x->scale++;
			}
			if (i >= nint)
				*has_frac = true;
		}
	}
	dec_trim(x);
	if (dec_sigdigits(x) > BC_NUM_MAX_DIGITS)
		return BC_NUM_TOO_LONG;
	return BC_NUM_OK;
}

/* lex digits in the text convention (a lone dot is a guess) */
static bc_num_error
lex_digits(const char *s, size_t len, size_t pos, bc_dec *x, size_t *endp,
		   bool *uncertain, bool *date_like, int *int_digits, bool *has_frac)
{
	return lex_digits_mode(s, len, pos, x, endp, uncertain, date_like,
						   int_digits, has_frac, false);
}

/* ----------------------------------------------------------------
 * scale words and spelled-out numbers
 * ---------------------------------------------------------------- */

typedef struct word_val
{
	const char *w;
	int			v;				/* digit value, or power of ten for scales */
} word_val;

/* scale words with their power of ten, longest first */
static const word_val scale_words[] = {
	{"nghìn tỷ", 12}, {"nghìn tỉ", 12}, {"ngàn tỷ", 12}, {"ngàn tỉ", 12},
	{"triệu tỷ", 15}, {"triệu tỉ", 15},
	{"nghìn", 3}, {"ngàn", 3}, {"ngh.", 3},
	{"triệu", 6}, {"tr.", 6},
	{"tỷ", 9}, {"tỉ", 9},
	{NULL, 0}
};

/* the scale word at pos: its power of ten and its length, 0 when none */
static size_t
scale_at(const char *s, size_t len, size_t pos, int *pow10)
{
	int			i;

	for (i = 0; scale_words[i].w; i++)
	{
		size_t		k;

		/* "tr." and "ngh." end with a dot, so no boundary check after */
		if (scale_words[i].w[strlen(scale_words[i].w) - 1] == '.')
		{
			size_t		wl = strlen(scale_words[i].w);

			if (pos + wl <= len && strncmp(s + pos, scale_words[i].w, wl) == 0)
			{
				*pow10 = scale_words[i].v;
				return wl;
			}
			continue;
		}
		k = bc_word_at(s, len, pos, scale_words[i].w);
		if (k > 0)
		{
			*pow10 = scale_words[i].v;
			return k;
		}
	}
	return 0;
}

/* digit words 0-9 */
static const word_val digit_words[] = {
	{"không", 0}, {"một", 1}, {"hai", 2}, {"ba", 3}, {"bốn", 4},
	{"năm", 5}, {"sáu", 6}, {"bảy", 7}, {"bẩy", 7}, {"tám", 8}, {"chín", 9},
	{NULL, 0}
};

/* the word at pos from a table; its value, 0 length when none */
static size_t
table_word(const char *s, size_t len, size_t pos, const word_val *t, int *v)
{
	int			i;

	for (i = 0; t[i].w; i++)
	{
		size_t		k = bc_word_at(s, len, pos, t[i].w);

		if (k > 0)
		{
			*v = t[i].v;
			return k;
		}
	}
	return 0;
}

/* the next word start after spaces, or 0 when the text ends */
static size_t
next_word(const char *s, size_t len, size_t p)
{
	return bc_skip_space(s, len, p);
}

/*
 * Read a spelled-out number below 1000 at pos ("hai mươi lăm", "ba trăm
 * linh năm", "mười", "một"); returns its length, 0 when none.
 */
static size_t
spelled_chunk(const char *s, size_t len, size_t pos, int *value)
{
	size_t		p = pos,
				k;
	int			h = -1,
				t = -1,
				u = -1,
				v;
	bool		need_unit = false;	/* after "linh"/"lẻ" */
	size_t		last_end = pos;
	int			steps;

	for (steps = 0; steps < 8; steps++)
	{
		size_t		q = steps == 0 ? p : next_word(s, len, p);

		if (q >= len)
			break;
		if ((k = table_word(s, len, q, digit_words, &v)) > 0)
		{
			if (u >= 0)
				break;			/* two digits in a row: the number ended */
			if (v == 5 && t >= 1)
				break;			/* after tens five is "lăm": "hai mươi năm" is twenty years */
			if (v == 0)
			{
				/* "không" only as "không trăm" */
				size_t		r = next_word(s, len, q + k);

				if (!bc_word_at(s, len, r, "trăm"))
					break;
			}
			u = v;
			need_unit = false;
			p = q + k;
			last_end = p;
			continue;
		}
		if ((k = bc_word_at(s, len, q, "trăm")) > 0)
		{
			if (u < 0 || h >= 0 || t >= 0)
				break;
			h = u;
			u = -1;
			p = q + k;
			last_end = p;
			continue;
		}
		if ((k = bc_word_at(s, len, q, "mươi")) > 0)
		{
			if (u < 2 || t >= 0)
				break;
			t = u;
			u = -1;
			p = q + k;
			last_end = p;
			continue;
		}
		if ((k = bc_word_at(s, len, q, "mười")) > 0)
		{
			if (u >= 0 || t >= 0)
				break;
			t = 1;
			p = q + k;
			last_end = p;
			continue;
		}
		if ((k = bc_word_at(s, len, q, "linh")) > 0 ||
			(k = bc_word_at(s, len, q, "lẻ")) > 0)
		{
			if (h < 0 || t >= 0 || u >= 0)
				break;
			t = 0;
			need_unit = true;
			p = q + k;
			continue;
		}
		if ((k = bc_word_at(s, len, q, "mốt")) > 0)
		{
			if (t < 2 || u >= 0)
				break;
			u = 1;
			p = q + k;
			last_end = p;
			continue;
		}
		if ((k = bc_word_at(s, len, q, "tư")) > 0)
		{
			if (t < 2 || u >= 0)
				break;
			u = 4;
			p = q + k;
			last_end = p;
			continue;
		}
		if ((k = bc_word_at(s, len, q, "lăm")) > 0 ||
			(k = bc_word_at(s, len, q, "nhăm")) > 0)
		{
			if (t < 1 || u >= 0)
				break;
			u = 5;
			p = q + k;
			last_end = p;
			continue;
		}
		break;
	}
	if (need_unit)
		t = -1;					/* "trăm linh" without its digit: drop it */
	if (h < 0 && t < 0 && u < 0)
		return 0;
	*value = (h > 0 ? h : 0) * 100 + (t > 0 ? t : 0) * 10 + (u > 0 ? u : 0);
	if (*value == 0)
		return 0;
	return last_end - pos;
}

/*
 * Read a spelled-out number with scale words ("hai trăm nghìn", "ba triệu
 * hai trăm nghìn", "hai nghìn tỷ") into x; returns its length, 0 if none.
 */
static size_t
spelled_number(const char *s, size_t len, size_t pos, bc_dec *x,
			   bc_num_error *err)
{
	uint64_t	total = 0,
				cur = 0;
	int			curpow = 99;	/* scale of cur; 99 = none yet */
	size_t		p = pos,
				end = pos;
	int			steps;
	bool		any = false;
	int			lastpow = 99;	/* the last scale word, to refuse "tỷ tỷ" */

	*err = BC_NUM_OK;
	for (steps = 0; steps < 12; steps++)
	{
		size_t		q = steps == 0 ? p : next_word(s, len, p);
		int			v = 0,
					pw = 0;
		size_t		k = spelled_chunk(s, len, q, &v),
					ks;
		uint64_t	mult = 1;
		int			i;

		if (k == 0)
		{
			/* a bare scale word after a scale: "nghìn tỷ" handled as one */
			if (!any)
				break;
			ks = scale_at(s, len, q, &pw);
			if (ks == 0)
				break;
			if (pw >= lastpow && lastpow != 99)
			{
				/* "tỷ tỷ": the same or a larger scale stacked on a scale */
				if (pw == lastpow || curpow == 99)
				{
					*err = BC_NUM_SCALE;
					return 0;
				}
			}
			if (pw <= curpow && curpow != 99)
			{
				*err = BC_NUM_SCALE;
				return 0;
			}
			for (i = 0; i < pw - (curpow == 99 ? 0 : curpow); i++)
				mult *= 10;
			if (cur > UINT64_MAX / 10 / mult)
			{
				*err = BC_NUM_TOO_LONG;
				return 0;
			}
			cur *= mult;
			curpow = pw;
			lastpow = pw;
			p = q + ks;
			end = p;
			continue;
		}
		any = true;
		p = q + k;
		end = p;
		q = next_word(s, len, p);
		ks = q < len ? scale_at(s, len, q, &pw) : 0;
		if (ks == 0)
		{
			/* the units after the last scale, or a plain number */
			if (curpow != 99 && curpow < 3)
				break;
			total += cur + (uint64_t) v;
			cur = 0;
			curpow = 99;
			break;
		}
		if (curpow != 99 && pw >= curpow)
		{
			/* "một triệu hai triệu": a larger-or-equal scale after a scale */
			*err = BC_NUM_SCALE;
			return 0;
		}
		total += cur;
		mult = 1;
		for (i = 0; i < pw; i++)
			mult *= 10;
		cur = (uint64_t) v * mult;
		curpow = pw;
		lastpow = pw;
		p = q + ks;
		end = p;
	}
	if (!any)
		return 0;
	total += cur;
	if (total > UINT64_MAX / 100)
	{
		*err = BC_NUM_TOO_LONG;
		return 0;
	}
	dec_from_u64(x, total);
	return end - pos;
}

/* ----------------------------------------------------------------
 * currencies and percent
 * ---------------------------------------------------------------- */

typedef struct currency_word
{
	const char *w;
	const char *iso;
} currency_word;

/* currency words, longest first; matched case-insensitively */
static const currency_word currencies[] = {
	{"đô la mỹ", "USD"}, {"đô-la mỹ", "USD"}, {"đôla mỹ", "USD"},
	{"đô la", "USD"}, {"đô-la", "USD"}, {"đôla", "USD"}, {"usd", "USD"},
	{"đô", "USD"},
	{"nhân dân tệ", "CNY"}, {"ndt", "CNY"}, {"cny", "CNY"}, {"rmb", "CNY"},
	{"vnđ", "VND"}, {"vnd", "VND"}, {"đồng", "VND"}, {"đ", "VND"},
	{"kíp lào", "LAK"}, {"kíp", "LAK"}, {"kip", "LAK"}, {"lak", "LAK"},
	{"riel", "KHR"}, {"rien", "KHR"}, {"khr", "KHR"},
	{"baht", "THB"}, {"bạt", "THB"}, {"thb", "THB"},
	{"euro", "EUR"}, {"eur", "EUR"}, {"yên nhật", "JPY"}, {"yên", "JPY"},
	{NULL, NULL}
};

/* words after "đồng" that make it a noun, not the currency */
static const char *const dong_not_currency[] = {
	"chí", "bào", "hồ", "thời", "ý", "tình", "bằng", "nghiệp", "hương",
	"minh", "loại", "bộ", "đều", "ruộng", "lòng", "hành", "tâm", "cảm",
	"chủ", "tác", "phục", NULL
};

/* the currency at pos: ISO code and length, 0 when none */
static size_t
currency_at(const char *s, size_t len, size_t pos, const char **iso)
{
	int			i;

	if (pos < len && s[pos] == '$')
	{
		*iso = "USD";
		return 1;
	}
	for (i = 0; currencies[i].w; i++)
	{
		size_t		k = bc_word_at(s, len, pos, currencies[i].w);

		if (k == 0)
			continue;
		if (strcmp(currencies[i].w, "đồng") == 0)
		{
			size_t		q = bc_skip_space(s, len, pos + k);
			int			j;

			for (j = 0; dong_not_currency[j]; j++)
				if (q > pos + k && bc_word_at(s, len, q, dong_not_currency[j]))
					return 0;
		}
		*iso = currencies[i].iso;
		return k;
	}
	return 0;
}

/* percent sign or "phần trăm" at pos: its length, 0 when none */
static size_t
percent_at(const char *s, size_t len, size_t pos)
{
	size_t		k;

	if (pos < len && s[pos] == '%')
		return 1;
	/* U+FF05 fullwidth percent */
	if (pos + 3 <= len && (unsigned char) s[pos] == 0xEF &&
		(unsigned char) s[pos + 1] == 0xBC && (unsigned char) s[pos + 2] == 0x85)
		return 3;
	k = bc_word_at(s, len, pos, "phần trăm");
	return k;
}

/* ----------------------------------------------------------------
 * one number: digits or words, then scale words
 * ---------------------------------------------------------------- */

/* the number (with its scale words) at pos into x; end in *endp */
static bc_num_error
number_at(const char *s, size_t len, size_t pos, bc_dec *x, size_t *endp,
		  bc_quantity *q, bool dot_decimal)
{
	bc_num_error err;
	size_t		p,
				r;
	int			pw;
	size_t		k;
	int			lastpow = 99;
	int			groups;

	if (pos >= len)
		return BC_NUM_NONE;
	if (s[pos] >= '0' && s[pos] <= '9')
	{
		bool		date_like,
					unc,
					frac;
		int			intd;

		err = lex_digits_mode(s, len, pos, x, &p, &unc, &date_like, &intd, &frac,
							  dot_decimal);
		if (err != BC_NUM_OK)
			return err;
		q->uncertain |= unc;
		q->has_fraction |= frac;
		q->int_digits = intd;
		q->leading_zero = intd > 1 && s[pos] == '0';
		if (date_like)
		{
			/* "19.2" is a date unless a scale word or a unit follows */
			size_t		r = bc_skip_space(s, len, p);
			const char *iso;
			int			pw2;

			if (!(r < len && (scale_at(s, len, r, &pw2) ||
							  currency_at(s, len, r, &iso) ||
							  percent_at(s, len, r))))
				return BC_NUM_DATE_LIKE;
		}
	}
	else
	{
		size_t		n = spelled_number(s, len, pos, x, &err);

		if (err != BC_NUM_OK)
			return err;
		if (n == 0)
			return BC_NUM_NONE;
		q->spelled = true;
		*endp = pos + n;
		/* spelled numbers carry their own scale words */
		p = *endp;
		k = scale_at(s, len, bc_skip_space(s, len, p), &pw);
		if (k > 0)
			return BC_NUM_SCALE;
		return BC_NUM_OK;
	}

	/* the scale word of the number, then smaller groups: "9 tỷ 140 triệu 500 nghìn" */
	r = bc_skip_space(s, len, p);
	k = r < len ? scale_at(s, len, r, &pw) : 0;
	if (k > 0)
	{
		if (!dec_mul_pow10(x, pw))
			return BC_NUM_TOO_LONG;
		q->has_scale = true;
		p = r + k;
		lastpow = pw;
		for (groups = 0; groups < 4; groups++)
		{
			size_t		r2 = bc_skip_space(s, len, p),
						e2,
						r3,
						k2;
			bc_dec		y;
			bool		u2,
						d2,
						f2;
			int			i2,
						pw2;

			/* a scale word stacked on a scale word: "9 tỷ tỷ" */
			if (r2 > p && r2 < len && scale_at(s, len, r2, &pw2))
				return BC_NUM_SCALE;
			if (r2 == p || r2 >= len || s[r2] < '0' || s[r2] > '9')
				break;
			if (lex_digits(s, len, r2, &y, &e2, &u2, &d2, &i2, &f2) != BC_NUM_OK || f2)
				break;
			r3 = bc_skip_space(s, len, e2);
			if (r3 == e2 || (k2 = scale_at(s, len, r3, &pw2)) == 0)
			{
				const char *iso;

				/* the last group without a scale before a currency: "2 triệu 500 USD" */
				if (r3 > e2 && r3 < len && i2 <= lastpow &&
					currency_at(s, len, r3, &iso) > 0)
				{
					if (!dec_add(x, &y, x))
						return BC_NUM_TOO_LONG;
					p = e2;
				}
				break;
			}
			/* each group fits below the one before: "140 triệu" under "tỷ" */
			if (pw2 >= lastpow || i2 > lastpow - pw2)
				break;
			if (!dec_mul_pow10(&y, pw2) || !dec_add(x, &y, x))
				return BC_NUM_TOO_LONG;
			p = r3 + k2;
			lastpow = pw2;
		}
	}
	*endp = p;
	if (dec_sigdigits(x) > BC_NUM_MAX_DIGITS)
		return BC_NUM_TOO_LONG;
	return BC_NUM_OK;
}

/* read a quantity at pos; dot_decimal reads a lone dot as the decimal mark */
static bc_num_error
quantity_at(const char *s, size_t len, size_t pos, bc_quantity *q,
			bool dot_decimal)
{
	bc_dec		x;
	size_t		p,
				r;
	bc_num_error err;
	const char *iso = NULL;
	size_t		k;

	memset(q, 0, sizeof(*q));
	q->start = (int) pos;
	err = number_at(s, len, pos, &x, &p, q, dot_decimal);
	if (err != BC_NUM_OK)
		return err;
	if (!dec_text(&x, q->value))
		return BC_NUM_TOO_LONG;
	q->num_end = (int) p;

	/* a range: "7-10", "1.000 - 2.000", "5 đến 7 triệu" */
	r = bc_skip_space(s, len, p);
	{
		size_t		dash = 0;

		if (r < len && s[r] == '-')
			dash = 1;
		else if (r + 3 <= len && (unsigned char) s[r] == 0xE2 &&
				 (unsigned char) s[r + 1] == 0x80 &&
				 ((unsigned char) s[r + 2] == 0x93 || (unsigned char) s[r + 2] == 0x94))
			dash = 3;			/* en dash, em dash */
		else if ((k = bc_word_at(s, len, r, "đến")) > 0 ||
				 (k = bc_word_at(s, len, r, "tới")) > 0)
			dash = k;
		if (dash > 0)
		{
			size_t		u = bc_skip_space(s, len, r + dash);
			bc_quantity q2;
			bc_dec		y;
			size_t		e;
			char		lower[BC_NUM_TEXT],
						upper[BC_NUM_TEXT];

			memset(&q2, 0, sizeof(q2));
			if (u < len && ((s[u] >= '0' && s[u] <= '9') == !q->spelled) &&
				number_at(s, len, u, &y, &e, &q2, dot_decimal) == BC_NUM_OK &&
				q2.leading_zero == q->leading_zero)
			{
				/* "5-7 triệu": the scale of the upper bound applies to both */
				if (q2.has_scale && !q->has_scale)
				{
					bc_dec		lo = x;
					int			pw = 0;
					size_t		t = u;

					while (t < e && ((s[t] >= '0' && s[t] <= '9') ||
									 s[t] == '.' || s[t] == ','))
						t++;
					t = bc_skip_space(s, e, t);
					if (!scale_at(s, e, t, &pw))
						pw = 0;
					if (!dec_mul_pow10(&lo, pw) || !dec_text(&lo, lower))
						return BC_NUM_TOO_LONG;
				}
				else
					strcpy(lower, q->value);
				/* a range goes up: "10-5" is not one */
				if (dec_text(&y, upper) && bc_decimal_cmp(lower, upper) < 0)
				{
					strcpy(q->value, lower);
					strcpy(q->upper, upper);
					q->has_scale |= q2.has_scale;
					q->uncertain |= q2.uncertain;
					p = e;
					q->num_end = (int) p;
				}
			}
		}
	}

	/* currency or percent */
	r = bc_skip_space(s, len, p);
	if (r < len && (k = percent_at(s, len, r)) > 0)
	{
		q->percent = true;
		q->end = (int) (r + k);
		return BC_NUM_OK;
	}
	if (r < len && (k = currency_at(s, len, r, &iso)) > 0)
	{
		/* "đồng" and "đ" are the currency only for sums worth naming */
		if (strcmp(iso, "VND") != 0 ||
			(bc_word_at(s, len, r, "đồng") == 0 && bc_word_at(s, len, r, "đ") == 0) ||
			q->has_scale || strlen(q->value) >= 4)
		{
			q->currency = iso;
			q->end = (int) (r + k);
			return BC_NUM_OK;
		}
	}
	q->end = (int) p;
	return BC_NUM_OK;
}

/* read a quantity at pos: number, range, currency or percent */
bc_num_error
bc_quantity_at(const char *s, size_t len, size_t pos, bc_quantity *q)
{
	return quantity_at(s, len, pos, q, false);
}

/* parse a whole string as one number */
bc_num_error
bc_number_parse(const char *s, size_t len, char out[BC_NUM_TEXT],
				bool *uncertain)
{
	bc_quantity q;
	bc_num_error err;
	size_t		p = bc_skip_space(s, len, 0);
	size_t		e;

	out[0] = '\0';
	if (uncertain)
		*uncertain = false;
	if (p >= len)
		return BC_NUM_NONE;
	err = bc_quantity_at(s, len, p, &q);
	if (err != BC_NUM_OK)
		return err;
	if (q.upper[0] || q.currency || q.percent)
		return BC_NUM_SYNTAX;
	e = bc_skip_space(s, len, (size_t) q.num_end);
	if (e != len)
		return BC_NUM_SYNTAX;
	strcpy(out, q.value);
	if (uncertain)
		*uncertain = q.uncertain;
	return BC_NUM_OK;
}

/* detail sentence for an error */
const char *
bc_num_error_detail(bc_num_error e)
{
	switch (e)
	{
		case BC_NUM_OK:
			return "The input is valid.";
		case BC_NUM_NONE:
			return "No number was found.";
		case BC_NUM_SYNTAX:
			return "Digit groups must be written 253.494.860,10 (dot between thousands, comma before decimals).";
		case BC_NUM_TOO_LONG:
			return "A value may have at most 38 digits.";
		case BC_NUM_SCALE:
			return "Scale words must decrease, as in \"9 tỷ 140 triệu\"; \"tỷ tỷ\" is not a number.";
		case BC_NUM_DATE_LIKE:
			return "A day and month such as \"19.2\" is a date, not a number.";
	}
	return "Unknown error.";
}

/* parse an amount: number, scale words and a unit */
bool
bc_amount_parse(const char *s, size_t len, char value[BC_NUM_TEXT],
				char *unit, size_t unitsz, const char **detail)
{
	bc_quantity q;
	bc_num_error err;
	size_t		p = bc_skip_space(s, len, 0),
				e,
				o = 0;
	bool		neg = false;

	value[0] = '\0';
	if (unitsz > 0)
		unit[0] = '\0';
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' ||
					   s[len - 1] == '\n' || s[len - 1] == '\r'))
		len--;
	if (p >= len)
	{
		*detail = "The input is empty.";
		return false;
	}
	if (s[p] == '-' || s[p] == '+')
	{
		neg = s[p] == '-';
		p = bc_skip_space(s, len, p + 1);
	}
	/* "$5" */
	if (p < len && s[p] == '$')
	{
		err = quantity_at(s, len, p + 1, &q, true);
		if (err == BC_NUM_OK && q.currency == NULL && !q.percent)
		{
			q.currency = "USD";
			q.end = q.num_end;
		}
	}
	else
		err = quantity_at(s, len, p, &q, true);
	if (err != BC_NUM_OK)
	{
		*detail = err == BC_NUM_NONE ?
			"An amount starts with a number, in digits or in words." :
			bc_num_error_detail(err);
		return false;
	}
	if (q.upper[0])
	{
		*detail = "A range is not one amount.";
		return false;
	}
	if (q.uncertain)
	{
		*detail = "The separators are ambiguous; write thousands with dots and decimals with a comma, as in 1.234,5.";
		return false;
	}
	if (neg && !text_is_zero(q.value))
	{
		if (strlen(q.value) + 2 > BC_NUM_TEXT)
		{
			*detail = bc_num_error_detail(BC_NUM_TOO_LONG);
			return false;
		}
		memmove(q.value + 1, q.value, strlen(q.value) + 1);
		q.value[0] = '-';
	}
	strcpy(value, q.value);

	if (q.percent || q.currency)
	{
		const char *u = q.percent ? "%" : q.currency;

		e = bc_skip_space(s, len, (size_t) q.end);
		if (e != len)
		{
			*detail = "Nothing may follow the currency or the percent sign.";
			return false;
		}
		if (strlen(u) + 1 > unitsz)
		{
			*detail = "The unit is too long.";
			return false;
		}
		strcpy(unit, u);
		return true;
	}

	/* a free unit: the rest, whitespace collapsed */
	e = bc_skip_space(s, len, (size_t) q.num_end);
	if (e < len && e == (size_t) q.num_end)
	{
		*detail = "A space must separate the number from its unit.";
		return false;
	}
	{
		int			pw;

		if (e < len && scale_at(s, len, e, &pw))
		{
			*detail = bc_num_error_detail(BC_NUM_SCALE);
			return false;
		}
	}
	while (e < len)
	{
		unsigned char c = (unsigned char) s[e];

		if (c < 0x20 || c == 0x7F)
		{
			if (c == '\t' || c == '\n' || c == '\r')
				c = ' ';
			else
			{
				*detail = "The unit may not contain control characters.";
				return false;
			}
		}
		if (c >= '0' && c <= '9')
		{
			*detail = "The unit may not contain digits; only one number is allowed.";
			return false;
		}
		if (c == ' ')
		{
			if (o > 0 && unit[o - 1] != ' ')
			{
				if (o + 1 >= unitsz)
					goto toolong;
				unit[o++] = ' ';
			}
			e++;
			continue;
		}
		if (o + 1 >= unitsz)
			goto toolong;
		unit[o++] = (char) c;
		e++;
	}
	while (o > 0 && unit[o - 1] == ' ')
		o--;
	unit[o] = '\0';
	return true;

toolong:
	*detail = "The unit is too long.";
	return false;
}

/* ----------------------------------------------------------------
 * qualifiers
 * ---------------------------------------------------------------- */

/* qualifiers, longest first */
static const char *const qualifiers[] = {
	"lên tới", "lên đến", "gần như", "ước đạt", "ước tính", "ít nhất",
	"tối thiểu", "tối đa", "xấp xỉ", "khoảng", "chừng", "hơn", "gần",
	"trên", "dưới", "đạt", "tới", "ước", "có", NULL
};

/* the qualifier that ends just before pos (spaces between allowed) */
const char *
bc_qualifier_before(const char *s, size_t pos, int *qstart)
{
	size_t		end = pos;
	int			i;

	while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '\t'))
		end--;
	if (end == pos)
		return NULL;
	for (i = 0; qualifiers[i]; i++)
	{
		size_t		wl = strlen(qualifiers[i]);
		size_t		st;

		if (strcmp(qualifiers[i], "có") == 0)
			continue;			/* listed for completeness, never a qualifier alone */
		if (wl > end)
			continue;
		st = end - wl;
		/* the text is NFC; compare case-insensitively through bc_word_at */
		if (bc_word_at(s, end, st, qualifiers[i]) == wl && bc_word_start(s, st))
		{
			*qstart = (int) st;
			return qualifiers[i];
		}
	}
	return NULL;
}
