/*
 * src/core/bc_gazetteer.c
 *		Gazetteer lookups: units by ISO code and by alias, and the matcher.
 *
 * All data is static const (bc_gazetteer_gen.c), so there is no state to
 * build or share: the functions are safe in parallel workers and threads.
 */
#include "bc_gazetteer.h"

#include <stdlib.h>

#define MAX_WORD_LETTERS 64

/* Decode one UTF-8 code point; invalid bytes decode as U+FFFD, one byte. */
int
bc_gaz_decode(const char *s, size_t len, uint32_t *cp)
{
	return bc_utf8_decode(s, len, cp);
}

/* Folding info of a precomposed Latin letter (binary search), or NULL. */
const bc_gaz_cpinfo *
bc_gaz_cp(uint32_t cp)
{
	int			lo = 0,
				hi = bc_gaz_ncps - 1;

	if (cp < 0xC0)
		return NULL;
	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;

		if (bc_gaz_cps[mid].cp == cp)
			return &bc_gaz_cps[mid];
		if (bc_gaz_cps[mid].cp < cp)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return NULL;
}

/* True for a letter or digit of any script (a coarse but total rule). */
bool
bc_gaz_is_wordchar(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
			(cp >= '0' && cp <= '9');
	if (cp <= 0xBF || cp == 0xD7 || cp == 0xF7)
		return false;
	if (cp >= 0x0300 && cp <= 0x036F)
		return true;			/* combining marks belong to their letter */
	if (cp >= 0x2000 && cp <= 0x2BFF)
		return false;			/* punctuation, symbols, arrows */
	if ((cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE00 && cp <= 0xFE6F) ||
		(cp >= 0xFF00 && cp <= 0xFF20) || cp == 0xFFFD || cp == 0xFEFF)
		return false;
	return true;
}

/* True for a separator between the words of one name. */
static bool
is_sep(uint32_t cp)
{
	return cp == ' ' || cp == 0xA0 || cp == '\t' || cp == '-' ||
		(cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
}

/* True when byte pos of text starts a word. */
bool
bc_gaz_word_start(const char *text, size_t len, size_t pos)
{
	size_t		p;
	uint32_t	cp;
	int			back;

	if (pos >= len)
		return false;
	bc_gaz_decode(text + pos, len - pos, &cp);
	if (!bc_gaz_is_wordchar(cp) || (cp >= 0x0300 && cp <= 0x036F))
		return false;
	if (pos == 0)
		return true;
	/* step back to the previous character start (at most 4 bytes) */
	p = pos - 1;
	for (back = 0; back < 3 && p > 0 && ((unsigned char) text[p] & 0xC0) == 0x80; back++)
		p--;
	bc_gaz_decode(text + p, len - p, &cp);
	return !bc_gaz_is_wordchar(cp);
}

/* Word being folded: letters with their modifiers, and the tone. */
typedef struct fold_word
{
	char		base[MAX_WORD_LETTERS];
	unsigned char mods[MAX_WORD_LETTERS];
	int			n;
	int			tone;
	bool		upper;
	bool		all_upper;
	size_t		start;
	size_t		end;
} fold_word;

/* Append the finished word w to the phrase; false when it does not fit. */
static bool
flush_word(bc_gaz_phrase *ph, fold_word *w, int *al, int *dl)
{
	int			i;
	int			need;

	if (w->n == 0)
		return true;
	need = w->n * 5 + 3;
	if (ph->nwords >= BC_GAZ_MAX_WORDS || *al + need >= BC_GAZ_KEY_MAX ||
		*dl + need >= BC_GAZ_KEY_MAX)
		return false;
	if (ph->nwords > 0)
	{
		ph->akey[(*al)++] = ' ';
		ph->dkey[(*dl)++] = ' ';
	}
	for (i = 0; i < w->n; i++)
	{
		ph->akey[(*al)++] = w->base[i];
		ph->dkey[(*dl)++] = w->base[i];
		if (w->mods[i] & 1)
			ph->dkey[(*dl)++] = '^';
		if (w->mods[i] & 2)
			ph->dkey[(*dl)++] = '(';
		if (w->mods[i] & 4)
			ph->dkey[(*dl)++] = '+';
		if (w->mods[i] & 8)
			ph->dkey[(*dl)++] = '-';
	}
	if (w->tone)
		ph->dkey[(*dl)++] = (char) ('0' + w->tone);
	ph->akey[*al] = '\0';
	ph->dkey[*dl] = '\0';
	ph->akey_end[ph->nwords] = *al;
	ph->dkey_end[ph->nwords] = *dl;
	ph->word_start[ph->nwords] = w->start;
	ph->word_end[ph->nwords] = w->end;
	ph->upper[ph->nwords] = w->upper;
	ph->all_upper[ph->nwords] = w->all_upper;
	ph->nwords++;
	w->n = 0;
	w->tone = 0;
	return true;
}

/* Fold up to maxwords words of text from pos (see bc_gazetteer.h). */
int
bc_gaz_fold(const char *text, size_t len, size_t pos, int maxwords,
			bc_gaz_phrase *ph)
{
	fold_word	w;
	int			al = 0,
				dl = 0;
	size_t		p = pos;

	ph->nwords = 0;
	ph->akey[0] = ph->dkey[0] = '\0';
	w.n = 0;
	w.tone = 0;
	if (maxwords > BC_GAZ_MAX_WORDS)
		maxwords = BC_GAZ_MAX_WORDS;
	while (p < len && ph->nwords < maxwords)
	{
		uint32_t	cp;
		int			n = bc_gaz_decode(text + p, len - p, &cp);
		char		base = 0;
		unsigned char mods = 0,
					tone = 0;
		bool		up = false;
		const bc_gaz_cpinfo *ci;

		if (cp < 0x80 && bc_gaz_is_wordchar(cp))
		{
			up = (cp >= 'A' && cp <= 'Z');
			base = (char) (up ? cp - 'A' + 'a' : cp);
		}
		else if (cp >= 0x0300 && cp <= 0x036F)
		{
			if (w.n > 0)
			{
				switch (cp)
				{
					case 0x0301: w.tone = 1; break;
					case 0x0300: w.tone = 2; break;
					case 0x0309: w.tone = 3; break;
					case 0x0303: w.tone = 4; break;
					case 0x0323: w.tone = 5; break;
					case 0x0302: w.mods[w.n - 1] |= 1; break;
					case 0x0306: w.mods[w.n - 1] |= 2; break;
					case 0x031B: w.mods[w.n - 1] |= 4; break;
					default: break;
				}
				w.end = p + n;
			}
			p += n;
			continue;
		}
		else if ((ci = bc_gaz_cp(cp)) != NULL)
		{
			base = ci->base;
			mods = ci->mods;
			tone = ci->tone;
			up = ci->upper;
		}
		else if (cp == '.' && w.n > 0)
		{
			uint32_t	next = 0;

			if (p + 1 < len)
				bc_gaz_decode(text + p + 1, len - p - 1, &next);
			if ((bc_gaz_is_wordchar(next) && !(next >= '0' && next <= '9')) ||
				(next == ' ' && w.n <= 2 && w.upper))
			{
				if (!flush_word(ph, &w, &al, &dl))
					break;
				p += n;
				continue;
			}
			break;
		}
		else if (is_sep(cp))
		{
			if (!flush_word(ph, &w, &al, &dl))
				break;
			p += n;
			continue;
		}
		else if (bc_gaz_is_wordchar(cp))
		{
			base = '?';			/* a letter of another script */
		}
		else
			break;

		if (w.n == 0)
		{
			w.start = p;
			w.upper = up;
			w.all_upper = true;
			w.tone = 0;
		}
		if (w.n < MAX_WORD_LETTERS)
		{
			w.base[w.n] = base;
			w.mods[w.n] = mods;
			w.n++;
		}
		if (!up && !(base >= '0' && base <= '9'))
			w.all_upper = false;
		if (tone)
			w.tone = tone;
		w.end = p + n;
		p += n;
	}
	if (ph->nwords < maxwords)
		flush_word(ph, &w, &al, &dl);
	return ph->nwords;
}

/* Compare a key of klen bytes with a NUL-terminated key, like strcmp. */
static int
keycmp(const char *key, int klen, const char *s)
{
	int			c = strncmp(key, s, (size_t) klen);

	if (c != 0)
		return c;
	return s[klen] == '\0' ? 0 : -1;
}

/* The first alias whose diacritic key is not below key (bc_gaz_naliases when none). */
static int
dkey_lower_bound(const char *key, int klen)
{
	int			lo = 0,
				hi = bc_gaz_naliases;

	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;

		if (keycmp(key, klen, bc_gaz_aliases[mid].dkey) > 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The first alias whose diacritic key equals key, or -1. */
static int
first_by_dkey(const char *key, int klen)
{
	int			i = dkey_lower_bound(key, klen);

	return (i < bc_gaz_naliases && keycmp(key, klen, bc_gaz_aliases[i].dkey) == 0) ? i : -1;
}

/*
 * Does some alias's diacritic key begin with the word key[0,klen) (the whole
 * key, or the key and a space)?  Aliases are sorted by key, and a space sorts
 * before every other character of a key, so the first alias not below the
 * word decides.
 */
static bool
starts_some_dkey(const char *key, int klen)
{
	int			i = dkey_lower_bound(key, klen);
	const char *d;

	if (i >= bc_gaz_naliases)
		return false;
	d = bc_gaz_aliases[i].dkey;
	return strncmp(d, key, (size_t) klen) == 0 && (d[klen] == '\0' || d[klen] == ' ');
}

/* The first position in bc_gaz_by_akey whose ASCII key equals key, or -1. */
static int
first_by_akey(const char *key, int klen)
{
	int			lo = 0,
				hi = bc_gaz_naliases - 1,
				found = -1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		int			c = keycmp(key, klen, bc_gaz_aliases[bc_gaz_by_akey[mid]].akey);

		if (c == 0)
		{
			found = mid;
			hi = mid - 1;
		}
		else if (c < 0)
			hi = mid - 1;
		else
			lo = mid + 1;
	}
	return found;
}

/* The unit with this ISO code, or NULL. */
const bc_unit *
bc_unit_by_code(const char *code)
{
	int			lo = 0,
				hi = bc_gaz_nunits - 1;

	if (code == NULL)
		return NULL;
	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		int			c = strcmp(code, bc_gaz_units[mid].code);

		if (c == 0)
			return &bc_gaz_units[mid];
		if (c < 0)
			hi = mid - 1;
		else
			lo = mid + 1;
	}
	return NULL;
}

/* Index of a unit in bc_gaz_units, -1 if it is not one of them. */
int
bc_unit_index(const bc_unit *u)
{
	if (u == NULL || u < bc_gaz_units || u >= bc_gaz_units + bc_gaz_nunits)
		return -1;
	return (int) (u - bc_gaz_units);
}

/* The unit one written form names, ignoring case and accents, or NULL. */
const bc_unit *
bc_unit_by_alias(const char *s, size_t len)
{
	bc_gaz_phrase ph;
	int			n,
				i;
	size_t		p;
	const bc_unit *loose = NULL;

	if (s == NULL)
		return NULL;
	/* skip leading non-letters */
	p = 0;
	while (p < len)
	{
		uint32_t	cp;
		int			k = bc_gaz_decode(s + p, len - p, &cp);

		if (bc_gaz_is_wordchar(cp))
			break;
		p += k;
	}
	n = bc_gaz_fold(s, len, p, BC_GAZ_MAX_WORDS, &ph);
	if (n == 0)
		return NULL;
	/* nothing but punctuation and spaces may follow */
	for (p = ph.word_end[n - 1]; p < len;)
	{
		uint32_t	cp;
		int			k = bc_gaz_decode(s + p, len - p, &cp);

		if (bc_gaz_is_wordchar(cp))
			return NULL;
		p += k;
	}
	i = first_by_akey(ph.akey, ph.akey_end[n - 1]);
	if (i < 0)
		return NULL;
	for (; i < bc_gaz_naliases; i++)
	{
		const bc_gaz_alias *a = &bc_gaz_aliases[bc_gaz_by_akey[i]];

		if (strcmp(a->akey, ph.akey) != 0)
			break;
		if (a->unit < 0)
			continue;
		if (strcmp(a->dkey, ph.dkey) == 0)
			return &bc_gaz_units[a->unit];
		if (loose == NULL)
			loose = &bc_gaz_units[a->unit];
	}
	return loose;
}

/* Longest gazetteer match at byte pos of text (see bc_gazetteer.h). */
bool
bc_gaz_match_at(const char *text, size_t len, size_t pos, bc_gaz_match *m)
{
	bc_gaz_phrase ph;
	int			n,
				k;

	if (!bc_gaz_word_start(text, len, pos))
		return false;
	/* most words start no name: fold one word and look before folding more */
	if (bc_gaz_fold(text, len, pos, 1, &ph) != 1 ||
		!starts_some_dkey(ph.dkey, ph.dkey_end[0]))
		return false;
	n = bc_gaz_fold(text, len, pos, bc_gaz_max_words, &ph);
	for (k = n; k >= 1; k--)
	{
		int			i = first_by_dkey(ph.dkey, ph.dkey_end[k - 1]);

		if (i < 0)
			continue;
		for (; i < bc_gaz_naliases; i++)
		{
			const bc_gaz_alias *a = &bc_gaz_aliases[i];
			int			w;
			bool		ok = true;

			if (keycmp(ph.dkey, ph.dkey_end[k - 1], a->dkey) != 0)
				break;
			for (w = 0; w < k && w < 31; w++)
				if ((a->capmask & (1u << w)) && !ph.upper[w])
					ok = false;
			if (!ok)
				continue;
			m->unit = a->unit >= 0 ? &bc_gaz_units[a->unit] : NULL;
			m->alias = a;
			m->start = ph.word_start[0];
			m->end = ph.word_end[k - 1];
			m->nwords = k;
			m->all_upper = true;
			for (w = 0; w < k; w++)
				if (!ph.all_upper[w])
					m->all_upper = false;
			return true;
		}
	}
	return false;
}

/* qsort comparator for C strings behind pointers. */
static int
cmp_cstr(const void *x, const void *y)
{
	return strcmp(*(const char *const *) x, *(const char *const *) y);
}

/* Fold a word list into a sorted list of diacritic keys in the arena. */
bc_lex *
bc_lex_build(bc_arena *a, const char *const *words, int n)
{
	bc_lex	   *lex = bc_alloc(a, sizeof(bc_lex));
	int			i;

	lex->keys = bc_alloc(a, sizeof(char *) * (size_t) (n > 0 ? n : 1));
	lex->n = 0;
	for (i = 0; i < n; i++)
	{
		bc_gaz_phrase ph;

		if (bc_gaz_fold(words[i], strlen(words[i]), 0, BC_GAZ_MAX_WORDS, &ph) == 0)
			continue;
		lex->keys[lex->n++] = bc_strdup(a, ph.dkey);
	}
	qsort(lex->keys, (size_t) lex->n, sizeof(char *), cmp_cstr);
	return lex;
}

/* True when the diacritic key (klen bytes) is in the list. */
bool
bc_lex_has(const bc_lex *lex, const char *key, int klen)
{
	int			lo = 0,
				hi = lex->n - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		int			c = keycmp(key, klen, lex->keys[mid]);

		if (c == 0)
			return true;
		if (c < 0)
			hi = mid - 1;
		else
			lo = mid + 1;
	}
	return false;
}
