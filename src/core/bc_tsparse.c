/*
 * src/core/bc_tsparse.c
 *		Vietnamese text search: tokenizer, word normalisation and lexicon.
 *
 * The hot path (Vietnamese in NFC or NFD, ASCII) is table driven and never
 * calls ICU; text with other letters goes through bc_nfc/bc_casefold.
 *
 * Lexicon: an open-addressing hash keyed by the ASCII fold of a word or of
 * a prefix (in whole syllables) of a compound.  Each key lists the entries
 * that share that fold ("biên giới", "biến giới", ...); a candidate matches
 * an entry when every syllable typed with diacritics is equal to the
 * entry's syllable, a syllable typed without any matching by its fold.  The
 * tables are built once and read-only afterwards.
 */
#include "bc_tsparse.h"

/* ----------------------------------------------------------------
 * letter tables
 * ---------------------------------------------------------------- */

/* the 12 Vietnamese vowel letters by tone: none, grave, acute, hook, tilde, dot */
static const char *const vowels_lower[12] = {
	"aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
	"oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ"
};
static const char *const vowels_upper[12] = {
	"AÀÁẢÃẠ", "ĂẰẮẲẴẶ", "ÂẦẤẨẪẬ", "EÈÉẺẼẸ", "ÊỀẾỂỄỆ", "IÌÍỈĨỊ",
	"OÒÓỎÕỌ", "ÔỒỐỔỖỘ", "ƠỜỚỞỠỢ", "UÙÚỦŨỤ", "ƯỪỨỬỮỰ", "YỲÝỶỸỴ"
};

/* vowel ids */
#define V_A 0
#define V_AB 1					/* ă */
#define V_AC 2					/* â */
#define V_E 3
#define V_EC 4					/* ê */
#define V_I 5
#define V_O 6
#define V_OC 7					/* ô */
#define V_OH 8					/* ơ */
#define V_U 9
#define V_UH 10					/* ư */
#define V_Y 11
#define V_DD 12					/* đ: not a vowel, folds to d */
#define V_NONE 255

static const char vowel_base[13] = "aaaeeiooouuyd";

typedef struct vinfo
{
	uint8_t		v;				/* vowel id, V_DD, or V_NONE */
	uint8_t		tone;
} vinfo;

#define LAT_MAX 0x250
#define EXT_LO 0x1EA0
#define EXT_HI 0x1EF9

static vinfo lat_tab[LAT_MAX];
static vinfo ext_tab[EXT_HI - EXT_LO + 1];
static char compose_utf8[12][6][4];	/* lower case vowel by tone, UTF-8 */
static uint8_t compose_len[12][6];
static bool tables_built = false;

/* Record one precomposed letter in the lookup tables. */
static void
set_letter(uint32_t cp, uint8_t v, uint8_t tone)
{
	if (cp < LAT_MAX)
	{
		lat_tab[cp].v = v;
		lat_tab[cp].tone = tone;
	}
	else if (cp >= EXT_LO && cp <= EXT_HI)
	{
		ext_tab[cp - EXT_LO].v = v;
		ext_tab[cp - EXT_LO].tone = tone;
	}
}

/* Build the letter tables once; they are read-only afterwards. */
static void
build_tables(void)
{
	int			v,
				t;

	if (tables_built)
		return;
	for (t = 0; t < LAT_MAX; t++)
		lat_tab[t].v = V_NONE;
	for (t = 0; t <= EXT_HI - EXT_LO; t++)
		ext_tab[t].v = V_NONE;
	for (v = 0; v < 12; v++)
	{
		const char *lo = vowels_lower[v];
		const char *up = vowels_upper[v];

		for (t = 0; t < 6; t++)
		{
			uint32_t	cp;
			int			n;

			n = bc_utf8_decode(lo, strlen(lo), &cp);
			memcpy(compose_utf8[v][t], lo, n);
			compose_len[v][t] = (uint8_t) n;
			set_letter(cp, (uint8_t) v, (uint8_t) t);
			lo += n;
			n = bc_utf8_decode(up, strlen(up), &cp);
			set_letter(cp, (uint8_t) v, (uint8_t) t);
			up += n;
		}
	}
	/* ASCII letters are handled inline; đ Đ, and Ð often typed for Đ */
	set_letter(0x0111, V_DD, 0);
	set_letter(0x0110, V_DD, 0);
	set_letter(0x00D0, V_DD, 0);
	tables_built = true;
}

/*
 * Decode one UTF-8 sequence: the common two- and three-byte forms inline,
 * everything else (and every invalid sequence) through bc_utf8_decode.
 */
static inline int
dec_utf8(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *) s;

	if (u[0] < 0x80)
	{
		*cp = u[0];
		return 1;
	}
	if (u[0] >= 0xC2 && u[0] < 0xE0 && len >= 2 && (u[1] & 0xC0) == 0x80)
	{
		*cp = ((uint32_t) (u[0] & 0x1F) << 6) | (u[1] & 0x3F);
		return 2;
	}
	if (u[0] >= 0xE1 && u[0] < 0xED && len >= 3 && (u[1] & 0xC0) == 0x80 &&
		(u[2] & 0xC0) == 0x80)
	{
		*cp = ((uint32_t) (u[0] & 0x0F) << 12) | ((uint32_t) (u[1] & 0x3F) << 6) |
			(u[2] & 0x3F);
		return 3;
	}
	return bc_utf8_decode(s, len, cp);
}

/* Letter info of a code point above ASCII; V_NONE when not in the tables. */
static inline vinfo
letter_info(uint32_t cp)
{
	static const vinfo none = {V_NONE, 0};

	if (cp < LAT_MAX)
		return lat_tab[cp];
	if (cp >= EXT_LO && cp <= EXT_HI)
		return ext_tab[cp - EXT_LO];
	return none;
}

/* Is this a combining mark that Vietnamese NFD text uses? */
static inline bool
is_viet_mark(uint32_t cp)
{
	return cp == 0x0300 || cp == 0x0301 || cp == 0x0303 || cp == 0x0309 ||
		cp == 0x0323 || cp == 0x0302 || cp == 0x0306 || cp == 0x031B;
}

/*
 * Is the code point (above ASCII) part of a word?  Letters of any script and
 * combining marks are; Latin-1 symbols, general punctuation, symbols, CJK
 * punctuation, private use, specials and emoji are not.
 */
static inline bool
is_word_cp(uint32_t cp)
{
	if (cp < 0xC0)
		return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
	if (cp == 0xD7 || cp == 0xF7)
		return false;
	if (cp < 0x2000)
		return true;
	if (cp < 0x2C00)
		return false;			/* punctuation, symbols, arrows, shapes */
	if (cp >= 0x3000 && cp <= 0x303F)
		return false;
	if (cp >= 0xE000 && cp <= 0xF8FF)
		return false;
	if (cp >= 0xFE30 && cp <= 0xFE4F)
		return false;
	if (cp >= 0xFF00 && cp <= 0xFF0F)
		return false;
	if (cp >= 0xFFF0 && cp <= 0xFFFF)
		return false;
	if (cp >= 0x1F000 && cp <= 0x1FAFF)
		return false;
	return true;
}

/* ----------------------------------------------------------------
 * syllable normalisation
 * ---------------------------------------------------------------- */

#define MAX_UNITS 64

/* one letter of a syllable: a vowel with its tone, đ, or another letter */
typedef struct unit
{
	uint32_t	cp;				/* lower case letter when v == V_NONE */
	uint8_t		v;
	uint8_t		tone;
} unit;

/* Is u a vowel letter (tone-bearing)? */
static inline bool
is_vowel(const unit *u)
{
	return u->v < 12;
}

/* Does the vowel carry a shape mark (ă â ê ô ơ ư)? */
static inline bool
has_shape(uint8_t v)
{
	return v == V_AB || v == V_AC || v == V_EC || v == V_OC || v == V_OH ||
		v == V_UH;
}

/* Is unit i the ASCII consonant c? */
static inline bool
unit_is(const unit *u, int n, int i, char c)
{
	return i >= 0 && i < n && u[i].v == V_NONE && u[i].cp == (uint32_t) c;
}

/*
 * Put the tone of a syllable on the vowel where the old style puts it
 * (hòa, thủy, hoàn, quý, giữa).  The rule: qu- and gi- + vowel are
 * consonants; the tone goes on the last vowel with a shape mark, else on
 * the only vowel, else on the last vowel when a consonant follows, else on
 * the first of two vowels or the middle of three.  Syllables with more than
 * one tone are left alone.
 */
static void
place_tone(unit *u, int n)
{
	int			i,
				start = 0,
				nv = 0,
				target = -1,
				ntones = 0,
				from = -1;
	int			vpos[8];
	bool		shaped[8];
	uint8_t		tone = 0;
	bool		final_consonant;

	for (i = 0; i < n; i++)
		if (u[i].v < 12 && u[i].tone)
		{
			ntones++;
			from = i;
			tone = u[i].tone;
		}
	if (ntones != 1)
		return;

	while (start < n && !is_vowel(&u[start]))
		start++;
	if (start >= n)
		return;
	if (start > 0 && start + 1 < n && u[start].v == V_U && unit_is(u, n, start - 1, 'q'))
		start++;
	else if (start == 1 && start + 1 < n && u[start].v == V_I &&
			 unit_is(u, n, 0, 'g') && is_vowel(&u[start + 1]))
		start++;

	for (i = start; i < n && is_vowel(&u[i]) && nv < 8; i++)
		vpos[nv++] = i;
	if (nv == 0)
		return;
	final_consonant = (vpos[nv - 1] + 1 < n);

	for (i = 0; i < nv; i++)
		shaped[i] = has_shape(u[vpos[i]].v);
	target = bc_tone_target(nv, shaped, final_consonant);
	u[from].tone = 0;
	u[vpos[target]].tone = tone;
}

/*
 * The i/y spelling variants of whole syllables, unified (a documented safe
 * list): after h, k, l, m, t and qu the y spelling (hy, kỹ, lý, mỹ, tỷ, quý),
 * after s and v the i spelling (sĩ, vĩ).  Only open syllables of one vowel.
 */
static void
unify_iy(unit *u, int n)
{
	unit	   *last;

	if (n == 2 && u[0].v == V_NONE)
	{
		last = &u[1];
		if (last->v != V_I && last->v != V_Y)
			return;
		switch (u[0].cp)
		{
			case 'h':
			case 'k':
			case 'l':
			case 'm':
			case 't':
				last->v = V_Y;
				break;
			case 's':
			case 'v':
				last->v = V_I;
				break;
			default:
				break;
		}
	}
	else if (n == 3 && unit_is(u, n, 0, 'q') && u[1].v == V_U && u[1].tone == 0 &&
			 (u[2].v == V_I || u[2].v == V_Y))
		u[2].v = V_Y;
}

/*
 * Decode one syllable s[0..len) into units.  Returns the number of units,
 * or -1 when the syllable needs the slow path (letters outside the tables,
 * other combining marks) and allow_other is false.
 */
static int
decode_syllable(const char *s, size_t len, unit *u, bool allow_other)
{
	size_t		i = 0;
	int			n = 0;

	while (i < len)
	{
		unsigned char c = (unsigned char) s[i];
		uint32_t	cp;

		if (n >= MAX_UNITS)
			return -1;
		if (c < 0x80)
		{
			if (c >= 'A' && c <= 'Z')
				c = (unsigned char) (c + 32);
			u[n].cp = c;
			u[n].tone = 0;
			switch (c)
			{
				case 'a':
					u[n].v = V_A;
					break;
				case 'e':
					u[n].v = V_E;
					break;
				case 'i':
					u[n].v = V_I;
					break;
				case 'o':
					u[n].v = V_O;
					break;
				case 'u':
					u[n].v = V_U;
					break;
				case 'y':
					u[n].v = V_Y;
					break;
				default:
					u[n].v = V_NONE;
					break;
			}
			n++;
			i++;
			continue;
		}
		i += dec_utf8(s + i, len - i, &cp);
		if (is_viet_mark(cp) && n > 0 && is_vowel(&u[n - 1]))
		{
			unit	   *p = &u[n - 1];

			switch (cp)
			{
				case 0x0300:
				case 0x0301:
				case 0x0309:
				case 0x0303:
				case 0x0323:
					if (p->tone == 0)
					{
						p->tone = cp == 0x0300 ? 1 : cp == 0x0301 ? 2 :
							cp == 0x0309 ? 3 : cp == 0x0303 ? 4 : 5;
						continue;
					}
					break;
				case 0x0302:
					if (p->v == V_A || p->v == V_E || p->v == V_O)
					{
						p->v = (uint8_t) (p->v + 1 + (p->v == V_A));
						continue;
					}
					break;
				case 0x0306:
					if (p->v == V_A)
					{
						p->v = V_AB;
						continue;
					}
					break;
				case 0x031B:
					if (p->v == V_O || p->v == V_U)
					{
						p->v = p->v == V_O ? V_OH : V_UH;
						continue;
					}
					break;
			}
		}
		else
		{
			vinfo		vi = letter_info(cp);

			if (vi.v != V_NONE)
			{
				u[n].cp = 0;
				u[n].v = vi.v;
				u[n].tone = vi.tone;
				n++;
				continue;
			}
		}
		if (!allow_other)
			return -1;
		u[n].cp = cp;
		u[n].v = V_NONE;
		u[n].tone = 0;
		n++;
	}
	return n;
}

/*
 * Append the exact and fold forms of units to out (capacity checked by the
 * caller: at most 4 bytes per unit).  Returns true when the syllable is
 * plain (exact == fold).
 */
static bool
encode_units(const unit *u, int n, char *exact, int *elen, char *fold, int *flen)
{
	int			i,
				e = *elen,
				f = *flen;
	bool		plain = true;

	for (i = 0; i < n; i++)
	{
		if (u[i].v < 12)
		{
			memcpy(exact + e, compose_utf8[u[i].v][u[i].tone],
				   compose_len[u[i].v][u[i].tone]);
			e += compose_len[u[i].v][u[i].tone];
			fold[f++] = vowel_base[u[i].v];
			if (u[i].tone || has_shape(u[i].v))
				plain = false;
		}
		else if (u[i].v == V_DD)
		{
			exact[e++] = (char) 0xC4;
			exact[e++] = (char) 0x91;
			fold[f++] = 'd';
			plain = false;
		}
		else if (u[i].cp < 0x80)
		{
			exact[e++] = (char) u[i].cp;
			fold[f++] = (char) u[i].cp;
		}
		else
		{
			int			k = bc_utf8_encode(u[i].cp, exact + e);

			memcpy(fold + f, exact + e, k);
			e += k;
			f += k;
		}
	}
	*elen = e;
	*flen = f;
	return plain;
}

/* Is c a separator between the syllables of one token? */
static inline bool
is_syl_sep(unsigned char c)
{
	return c == ' ' || c == '-' || c == '\t' || c == '_';
}

/*
 * Normalise one syllable s[0..len) and append it to out.  Returns false when
 * it does not fit.
 */
static bool
norm_syllable(const char *s, size_t len, bc_tsnorm *out, bc_arena *slow)
{
	unit		u[MAX_UNITS];
	int			n;
	int			k = out->nsyl;

	if (k >= BC_TS_MAX_SYLLABLES || len > BC_TS_MAX_WORD)
		return false;
	n = decode_syllable(s, len, u, false);
	if (n < 0)
	{
		/* slow path: other scripts, other marks */
		size_t		nlen,
					flen;
		char	   *nfc,
				   *cf;

		if (slow == NULL)
			return false;
		nfc = bc_nfc(slow, s, len, &nlen);
		cf = bc_casefold(slow, nfc, nlen, &flen);
		if (flen > BC_TS_MAX_WORD)
			return false;
		n = decode_syllable(cf, flen, u, true);
		if (n < 0)
			return false;
	}
	if (out->exact_len + 4 * n + 2 > (int) sizeof(out->exact) ||
		out->fold_len + 4 * n + 2 > (int) sizeof(out->fold))
		return false;
	place_tone(u, n);
	unify_iy(u, n);
	if (k > 0)
	{
		out->exact[out->exact_len++] = ' ';
		out->fold[out->fold_len++] = ' ';
	}
	out->exact_start[k] = out->exact_len;
	out->fold_start[k] = out->fold_len;
	out->plain[k] = encode_units(u, n, out->exact, &out->exact_len,
								 out->fold, &out->fold_len);
	out->exact_end[k] = out->exact_len;
	out->fold_end[k] = out->fold_len;
	out->nsyl = k + 1;
	return true;
}

/* Does this text have letters outside the tables, or combining marks? */
bool
bc_ts_needs_slow(const char *s, size_t len)
{
	size_t		i = 0;

	build_tables();
	while (i < len)
	{
		uint32_t	cp;

		if ((unsigned char) s[i] < 0x80)
		{
			i++;
			continue;
		}
		i += dec_utf8(s + i, len - i, &cp);
		if (is_viet_mark(cp) || letter_info(cp).v == V_NONE)
			return true;
	}
	return false;
}

/* Normalise a token of syllables separated by spaces or hyphens. */
bool
bc_ts_normalize(const char *s, size_t len, bc_tsnorm *out, bc_arena *slow)
{
	size_t		i = 0;

	build_tables();
	out->nsyl = 0;
	out->exact_len = 0;
	out->fold_len = 0;
	if (len > BC_TS_MAX_TOKEN)
		return false;
	while (i < len)
	{
		size_t		j;

		while (i < len && is_syl_sep((unsigned char) s[i]))
			i++;
		j = i;
		while (j < len && !is_syl_sep((unsigned char) s[j]))
			j++;
		if (j > i && !norm_syllable(s + i, j - i, out, slow))
			return false;
		i = j;
	}
	out->exact[out->exact_len] = '\0';
	out->fold[out->fold_len] = '\0';
	return out->nsyl > 0;
}

/* ----------------------------------------------------------------
 * lexicon
 * ---------------------------------------------------------------- */

typedef struct lexent
{
	uint32_t	exact;			/* offset in the pool: syllables joined by ' ' */
	uint32_t	code;			/* offset of the place code, 0 when none */
	uint16_t	exact_len;
	uint8_t		nsyl;
	uint8_t		flags;
	bool		plain;			/* the entry has no diacritic */
	int32_t		next;			/* next entry with the same fold, -1 */
} lexent;

typedef struct lexkey
{
	uint32_t	hash;
	uint32_t	fold;			/* offset in the pool */
	uint16_t	fold_len;
	bool		prefix;			/* a proper prefix of some compound */
	int32_t		first;			/* first entry, -1 when only a prefix */
} lexkey;

struct bc_lexicon
{
	bc_arena   *arena;
	bc_buf		pool;
	BC_VEC(lexent) ents;
	BC_VEC(lexkey) keys;
	int32_t    *slots;			/* open addressing: key index + 1, 0 empty */
	uint32_t	mask;
	bool		frozen;
};

/* FNV-1a, extended byte by byte */
static inline uint32_t
hash_bytes(uint32_t h, const char *s, size_t len)
{
	size_t		i;

	for (i = 0; i < len; i++)
	{
		h ^= (unsigned char) s[i];
		h *= 16777619u;
	}
	return h;
}

#define HASH_INIT 2166136261u

/* An empty lexicon in arena a. */
bc_lexicon *
bc_lexicon_new(bc_arena *a)
{
	bc_lexicon *lx = bc_alloc(a, sizeof(bc_lexicon));

	lx->arena = a;
	bc_buf_init(&lx->pool, a);
	bc_buf_putc(&lx->pool, '\0');	/* offset 0 means "none" */
	return lx;
}

/* Copy n bytes into the pool, NUL-terminated; returns the offset. */
static uint32_t
pool_add(bc_lexicon *lx, const char *s, size_t n)
{
	uint32_t	off = (uint32_t) lx->pool.len;

	bc_buf_append(&lx->pool, s, n);
	bc_buf_putc(&lx->pool, '\0');
	return off;
}

/* Find the key with this fold in a frozen lexicon, or NULL. */
static const lexkey *
find_key(const bc_lexicon *lx, uint32_t h, const char *fold, size_t len)
{
	uint32_t	i,
				probes;

	if (lx == NULL || !lx->frozen || lx->slots == NULL)
		return NULL;
	i = h & lx->mask;
	for (probes = 0; probes <= lx->mask; probes++)
	{
		int32_t		k = lx->slots[i];
		const lexkey *key;

		if (k == 0)
			return NULL;
		key = &lx->keys.items[k - 1];
		if (key->hash == h && key->fold_len == len &&
			memcmp(lx->pool.data + key->fold, fold, len) == 0)
			return key;
		i = (i + 1) & lx->mask;
	}
	return NULL;
}

/* Key index for this fold while loading (linear search through a scratch hash). */
static int32_t
key_for(bc_lexicon *lx, const char *fold, size_t len, uint32_t h)
{
	uint32_t	i,
				probes;
	lexkey	   *key;

	/* grow the table at half load */
	if (lx->slots == NULL || (uint32_t) (lx->keys.n + 1) * 2 > lx->mask + 1)
	{
		uint32_t	size = lx->slots ? (lx->mask + 1) * 2 : 1024;
		int32_t    *slots = bc_alloc(lx->arena, sizeof(int32_t) * size);
		int			k;

		for (k = 0; k < lx->keys.n; k++)
		{
			i = lx->keys.items[k].hash & (size - 1);
			while (slots[i] != 0)
				i = (i + 1) & (size - 1);
			slots[i] = k + 1;
		}
		lx->slots = slots;
		lx->mask = size - 1;
	}
	i = h & lx->mask;
	for (probes = 0; probes <= lx->mask; probes++)
	{
		int32_t		k = lx->slots[i];

		if (k == 0)
			break;
		key = &lx->keys.items[k - 1];
		if (key->hash == h && key->fold_len == len &&
			memcmp(lx->pool.data + key->fold, fold, len) == 0)
			return k - 1;
		i = (i + 1) & lx->mask;
	}
	key = bc_vec_push(lx->arena, &lx->keys);
	key->hash = h;
	key->fold = pool_add(lx, fold, len);
	key->fold_len = (uint16_t) len;
	key->first = -1;
	lx->slots[i] = lx->keys.n;
	return lx->keys.n - 1;
}

/* Add one entry (text is a word or compound as written in the file). */
static bool
lexicon_add(bc_lexicon *lx, const char *text, size_t len, int flags,
			const char *code, size_t codelen, bc_tsnorm *nm)
{
	int			s;
	int32_t		k = -1,
				e;
	lexent	   *ent;
	uint32_t	h = HASH_INIT;

	if (!bc_ts_normalize(text, len, nm, NULL))
		return false;
	/* prefixes, in whole syllables */
	for (s = 0; s < nm->nsyl; s++)
	{
		size_t		flen = (size_t) nm->fold_end[s];

		h = hash_bytes(HASH_INIT, nm->fold, flen);
		k = key_for(lx, nm->fold, flen, h);
		if (s < nm->nsyl - 1)
			lx->keys.items[k].prefix = true;
	}
	/* the same entry twice: merge the flags */
	for (e = lx->keys.items[k].first; e >= 0; e = lx->ents.items[e].next)
	{
		ent = &lx->ents.items[e];
		if (ent->exact_len == nm->exact_len &&
			memcmp(lx->pool.data + ent->exact, nm->exact, nm->exact_len) == 0)
		{
			ent->flags |= (uint8_t) flags;
			if (code && ent->code == 0)
				ent->code = pool_add(lx, code, codelen);
			return true;
		}
	}
	ent = bc_vec_push(lx->arena, &lx->ents);
	ent->exact = pool_add(lx, nm->exact, nm->exact_len);
	ent->exact_len = (uint16_t) nm->exact_len;
	ent->nsyl = (uint8_t) nm->nsyl;
	ent->flags = (uint8_t) flags;
	ent->code = code ? pool_add(lx, code, codelen) : 0;
	ent->plain = (nm->exact_len == nm->fold_len &&
				  memcmp(nm->exact, nm->fold, nm->exact_len) == 0);
	ent->next = lx->keys.items[k].first;
	lx->keys.items[k].first = lx->ents.n - 1;
	return true;
}

/* Add the entries of one lexicon file. */
int
bc_lexicon_load(bc_lexicon *lx, const char *text, size_t len,
				int *errline, const char **errmsg)
{
	size_t		i = 0;
	int			line = 0,
				added = 0;
	bc_tsnorm  *nm = bc_alloc(lx->arena, sizeof(bc_tsnorm));

	build_tables();
	lx->frozen = false;
	while (i < len)
	{
		size_t		eol = i,
					f1,
					f2,
					f3;
		const char *tab1,
				   *tab2;
		int			flags = BC_LEX_WORD;
		const char *word,
				   *code = NULL;
		size_t		wlen,
					codelen = 0;

		while (eol < len && text[eol] != '\n')
			eol++;
		line++;
		f1 = eol;
		/* trim a CR and trailing blanks */
		while (f1 > i && (text[f1 - 1] == '\r' || text[f1 - 1] == ' '))
			f1--;
		if (f1 == i || text[i] == '#')
		{
			i = eol + 1;
			continue;
		}
		tab1 = memchr(text + i, '\t', f1 - i);
		word = text + i;
		wlen = f1 - i;
		if (tab1)
		{
			size_t		kl = (size_t) (tab1 - (text + i));

			if (kl == 1 && text[i] == 'w')
				flags = BC_LEX_WORD;
			else if (kl == 1 && text[i] == 's')
				flags = BC_LEX_STOP;
			else if (kl == 1 && text[i] == 'p')
				flags = BC_LEX_PLACE | BC_LEX_WORD;
			else
			{
				*errline = line;
				*errmsg = "the kind of an entry must be w, s or p";
				return -1;
			}
			f2 = (size_t) (tab1 - text) + 1;
			tab2 = memchr(text + f2, '\t', f1 - f2);
			word = text + f2;
			wlen = (tab2 ? (size_t) (tab2 - text) : f1) - f2;
			if (flags & BC_LEX_PLACE)
			{
				if (tab2 == NULL)
				{
					*errline = line;
					*errmsg = "a place alias needs a code in its third field";
					return -1;
				}
				f3 = (size_t) (tab2 - text) + 1;
				code = text + f3;
				codelen = f1 - f3;
				if (codelen == 0 || codelen > 32)
				{
					*errline = line;
					*errmsg = "a place code must have 1 to 32 bytes";
					return -1;
				}
			}
			else if (tab2 != NULL)
			{
				*errline = line;
				*errmsg = "too many fields";
				return -1;
			}
		}
		if (!lexicon_add(lx, word, wlen, flags, code, codelen, nm))
		{
			*errline = line;
			*errmsg = "the entry is empty, too long, has more than 8 syllables or letters outside Vietnamese";
			return -1;
		}
		added++;
		i = eol + 1;
	}
	return added;
}

/* Make the lexicon ready for lookups. */
void
bc_lexicon_freeze(bc_lexicon *lx)
{
	if (lx->slots == NULL)
	{
		lx->slots = bc_alloc(lx->arena, sizeof(int32_t) * 16);
		lx->mask = 15;
	}
	lx->frozen = true;
}

/* Number of entries. */
int
bc_lexicon_entries(const bc_lexicon *lx)
{
	return lx ? lx->ents.n : 0;
}

/* Bytes held by the tables (not counting arena overhead). */
size_t
bc_lexicon_bytes(const bc_lexicon *lx)
{
	if (lx == NULL)
		return 0;
	return lx->pool.cap + sizeof(lexent) * (size_t) lx->ents.cap +
		sizeof(lexkey) * (size_t) lx->keys.cap +
		sizeof(int32_t) * ((size_t) lx->mask + 1);
}

/*
 * Does entry e match the candidate?  A candidate typed with a diacritic
 * somewhere must be spelt like the entry; one typed without any diacritic
 * matches through its fold (the key), so "bien gioi" is "biên giới" but
 * "tỉnh Thanh" is not "tỉnh thành".
 */
static bool
entry_matches(const bc_lexicon *lx, const lexent *e, const bc_tsnorm *c,
			  bool exact_only)
{
	int			s;

	if (e->nsyl != c->nsyl)
		return false;
	if (!exact_only)
	{
		for (s = 0; s < c->nsyl && c->plain[s]; s++)
			;
		if (s == c->nsyl)
			return true;
	}
	return e->exact_len == c->exact_len &&
		memcmp(lx->pool.data + e->exact, c->exact, c->exact_len) == 0;
}

/*
 * Is syllables [from, to) of the candidate a compound word of the lexicon?
 * The same matching rule as entry_matches.  Returns 0 when not, 2 when the
 * span is spelt exactly like the word, 1 when it matched through its fold.
 */
static int
span_is_word(const bc_lexicon *lx, const bc_tsnorm *c, int from, int to)
{
	const char *fold = c->fold + c->fold_start[from];
	size_t		flen = (size_t) (c->fold_end[to - 1] - c->fold_start[from]);
	const char *exact = c->exact + c->exact_start[from];
	size_t		elen = (size_t) (c->exact_end[to - 1] - c->exact_start[from]);
	const lexkey *key = find_key(lx, hash_bytes(HASH_INIT, fold, flen), fold, flen);
	int32_t		k;
	int			s,
				found = 0;
	bool		plain = true;

	if (key == NULL)
		return 0;
	for (s = from; s < to; s++)
		plain &= c->plain[s];
	for (k = key->first; k >= 0; k = lx->ents.items[k].next)
	{
		const lexent *e = &lx->ents.items[k];

		if (!(e->flags & BC_LEX_WORD) || e->nsyl != to - from)
			continue;
		if (e->exact_len == elen &&
			memcmp(lx->pool.data + e->exact, exact, elen) == 0)
			return 2;
		if (plain)
			found = 1;
	}
	return found;
}

/* ----------------------------------------------------------------
 * tokenizer
 * ---------------------------------------------------------------- */

const int	bc_tstypes[BC_TS_NTYPES] = {
	BC_TS_WORD, BC_TS_COMPOUND, BC_TS_NUMWORD, BC_TS_NUMBER, BC_TS_URL,
	BC_TS_EMAIL, BC_TS_BLANK
};

/* Name of a token type. */
const char *
bc_tstype_name(int type)
{
	switch (type)
	{
		case BC_TS_WORD:
			return "word";
		case BC_TS_COMPOUND:
			return "compound";
		case BC_TS_NUMWORD:
			return "numword";
		case BC_TS_NUMBER:
			return "number";
		case BC_TS_URL:
			return "url";
		case BC_TS_EMAIL:
			return "email";
		case BC_TS_BLANK:
			return "blank";
	}
	return "";
}

/* Description of a token type. */
const char *
bc_tstype_descr(int type)
{
	switch (type)
	{
		case BC_TS_WORD:
			return "Word or syllable";
		case BC_TS_COMPOUND:
			return "Compound word from the lexicon";
		case BC_TS_NUMWORD:
			return "Word with digits";
		case BC_TS_NUMBER:
			return "Number, Vietnamese format";
		case BC_TS_URL:
			return "URL";
		case BC_TS_EMAIL:
			return "E-mail address";
		case BC_TS_BLANK:
			return "Space or punctuation";
	}
	return "";
}

/* Set up a tokenizer over s[0..len). */
void
bc_tsparse_init(bc_tsparser *p, const bc_lexicon *lx, const char *s,
				size_t len, bc_arena *slow)
{
	build_tables();
	p->lx = lx;
	p->s = s;
	p->len = len;
	p->pos = 0;
	p->slow = slow;
	p->cache_at = SIZE_MAX;
}

/* character classes */
#define CC_BLANK 0
#define CC_LETTER 1
#define CC_DIGIT 2

/* Class of the character at i; *n gets its length in bytes. */
static inline int
char_class(const char *s, size_t len, size_t i, int *n)
{
	unsigned char c = (unsigned char) s[i];
	uint32_t	cp;

	if (c < 0x80)
	{
		*n = 1;
		if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
			return CC_LETTER;
		if (c >= '0' && c <= '9')
			return CC_DIGIT;
		return CC_BLANK;
	}
	*n = dec_utf8(s + i, len - i, &cp);
	return is_word_cp(cp) ? CC_LETTER : CC_BLANK;
}

/* End of the run of letters starting at i. */
static size_t
letters_end(const char *s, size_t len, size_t i)
{
	int			n;

	while (i < len && char_class(s, len, i, &n) == CC_LETTER)
		i += n;
	return i;
}

/* End of the run of letters and digits starting at i. */
static size_t
alnum_end(const char *s, size_t len, size_t i)
{
	int			n;

	while (i < len && char_class(s, len, i, &n) != CC_BLANK)
		i += n;
	return i;
}

/* Does s[i..] start with the ASCII text t, ignoring case? */
static bool
starts_ci(const char *s, size_t len, size_t i, const char *t)
{
	size_t		k;

	for (k = 0; t[k]; k++)
		if (i + k >= len || (s[i + k] | 0x20) != t[k])
			return false;
	return true;
}

/* Length of a URL at i, 0 when none. */
static size_t
url_at(const char *s, size_t len, size_t i)
{
	size_t		j;

	if (!starts_ci(s, len, i, "http://") && !starts_ci(s, len, i, "https://") &&
		!starts_ci(s, len, i, "www."))
		return 0;
	j = i;
	while (j < len && (unsigned char) s[j] > ' ' && s[j] != '"' && s[j] != '<' &&
		   s[j] != '>')
		j++;
	while (j > i && strchr(".,;:!?)]}'", s[j - 1]) != NULL)
		j--;
	return j - i > 4 ? j - i : 0;
}

/* Is c allowed in the local part or domain of an e-mail address? */
static inline bool
email_char(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? true :
		(c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-' || c == '+';
}

/* Length of an e-mail address at i, 0 when none. */
static size_t
email_at(const char *s, size_t len, size_t i)
{
	size_t		j = i,
				at,
				dot = 0;

	while (j < len && email_char((unsigned char) s[j]) && j - i < 128)
		j++;
	if (j == i || j >= len || s[j] != '@')
		return 0;
	at = j++;
	while (j < len && email_char((unsigned char) s[j]) && j - at < 256)
	{
		if (s[j] == '.')
			dot = j;
		j++;
	}
	while (j > at + 1 && (s[j - 1] == '.' || s[j - 1] == '-'))
		j--;
	if (dot == 0 || dot <= at + 1 || dot + 1 >= j)
		return 0;
	return j - i;
}

/* End of a number at i: digits, groups after '.' or ',' followed by digits. */
static size_t
number_end(const char *s, size_t len, size_t i)
{
	int			groups = 0;

	while (i < len && s[i] >= '0' && s[i] <= '9')
		i++;
	while (i + 1 < len && (s[i] == '.' || s[i] == ',') &&
		   s[i + 1] >= '0' && s[i + 1] <= '9' && groups < 64)
	{
		i++;
		while (i < len && s[i] >= '0' && s[i] <= '9')
			i++;
		groups++;
	}
	return i;
}

/*
 * Next syllable after the end of the previous one at i: one or more spaces
 * (not a line break) or one hyphen, then letters not followed by a digit.
 * Returns false when there is none; *b and *e get its bounds.
 */
static bool
next_syllable(const char *s, size_t len, size_t i, size_t *b, size_t *e)
{
	size_t		j = i;
	int			n;

	if (j < len && s[j] == '-')
		j++;
	else
	{
		while (j < len && (s[j] == ' ' || s[j] == '\t' ||
						   ((unsigned char) s[j] == 0xC2 && j + 1 < len &&
							(unsigned char) s[j + 1] == 0xA0)))
			j += (s[j] == ' ' || s[j] == '\t') ? 1 : 2;
	}
	if (j == i || j >= len || char_class(s, len, j, &n) != CC_LETTER)
		return false;
	*b = j;
	*e = letters_end(s, len, j);
	if (*e < len && char_class(s, len, *e, &n) == CC_DIGIT)
		return false;
	return *e - *b <= BC_TS_MAX_WORD;
}

/*
 * Longest compound starting with the syllable s[b..e): returns the end of
 * its last syllable, or e when no entry of two or more syllables matches.
 */
static size_t
longest_compound(bc_tsparser *p, size_t b, size_t e)
{
	bc_tsnorm  *c = &p->cand;
	size_t		best = e,
				end = e;
	const lexkey *key;
	int			s;

	if (p->lx == NULL || p->lx->keys.n == 0)
		return e;
	c->nsyl = 0;
	c->exact_len = 0;
	c->fold_len = 0;
	if (p->cache_at == b)
	{
		/* normalised already, as the second syllable of the last lookahead */
		memcpy(c->exact, p->cache_exact, p->cache_elen);
		memcpy(c->fold, p->cache_fold, p->cache_flen);
		c->exact_start[0] = 0;
		c->exact_end[0] = c->exact_len = p->cache_elen;
		c->fold_start[0] = 0;
		c->fold_end[0] = c->fold_len = p->cache_flen;
		c->plain[0] = p->cache_plain;
		c->nsyl = 1;
	}
	else if (!norm_syllable(p->s + b, e - b, c, p->slow))
		return e;
	p->cache_at = SIZE_MAX;
	key = find_key(p->lx, hash_bytes(HASH_INIT, c->fold, c->fold_len),
				   c->fold, c->fold_len);
	for (s = 1; s < BC_TS_MAX_SYLLABLES && key != NULL && key->prefix; s++)
	{
		size_t		nb,
					ne;
		int32_t		k;

		if (!next_syllable(p->s, p->len, end, &nb, &ne))
			break;
		if (!norm_syllable(p->s + nb, ne - nb, c, p->slow))
			break;
		if (s == 1 && c->exact_end[1] - c->exact_start[1] <= (int) sizeof(p->cache_exact) &&
			c->fold_end[1] - c->fold_start[1] <= (int) sizeof(p->cache_fold))
		{
			p->cache_at = nb;
			p->cache_elen = c->exact_end[1] - c->exact_start[1];
			p->cache_flen = c->fold_end[1] - c->fold_start[1];
			memcpy(p->cache_exact, c->exact + c->exact_start[1], p->cache_elen);
			memcpy(p->cache_fold, c->fold + c->fold_start[1], p->cache_flen);
			p->cache_plain = c->plain[1];
		}
		end = ne;
		key = find_key(p->lx, hash_bytes(HASH_INIT, c->fold, c->fold_len),
					   c->fold, c->fold_len);
		if (key == NULL)
			break;
		for (k = key->first; k >= 0; k = p->lx->ents.items[k].next)
			if (entry_matches(p->lx, &p->lx->ents.items[k], c, false))
			{
				best = end;
				break;
			}
	}
	return best;
}

/* Next token. */
bc_tstype
bc_tsparse_next(bc_tsparser *p, size_t *start, size_t *tlen)
{
	const char *s = p->s;
	size_t		len = p->len,
				i = p->pos,
				j;
	int			n,
				cc;
	bc_tstype	type;

	if (i >= len)
		return BC_TS_EOF;
	*start = i;
	cc = char_class(s, len, i, &n);
	if (cc == CC_BLANK)
	{
		/* capped, so that PostgreSQL never sees an over-long token */
		j = i + n;
		while (j < len && j - i < BC_TS_MAX_TOKEN &&
			   char_class(s, len, j, &n) == CC_BLANK)
			j += n;
		type = BC_TS_BLANK;
	}
	else if ((j = url_at(s, len, i)) > 0)
	{
		j += i;
		type = BC_TS_URL;
	}
	else if ((unsigned char) s[i] < 0x80 && (j = email_at(s, len, i)) > 0)
	{
		j += i;
		type = BC_TS_EMAIL;
	}
	else if (cc == CC_DIGIT)
	{
		j = number_end(s, len, i);
		type = BC_TS_NUMBER;
		if (j < len && char_class(s, len, j, &n) == CC_LETTER)
		{
			j = alnum_end(s, len, j);
			type = BC_TS_NUMWORD;
		}
	}
	else
	{
		j = letters_end(s, len, i);
		type = BC_TS_WORD;
		if (j < len && char_class(s, len, j, &n) == CC_DIGIT)
		{
			j = alnum_end(s, len, j);
			type = BC_TS_NUMWORD;
		}
		else if (j - i <= BC_TS_MAX_WORD)
		{
			size_t		ce = longest_compound(p, i, j);

			if (ce > j)
			{
				j = ce;
				type = BC_TS_COMPOUND;
			}
		}
	}
	p->pos = j;
	*tlen = j - i;
	return type;
}

/* ----------------------------------------------------------------
 * dictionary
 * ---------------------------------------------------------------- */

/* Append a lexeme (bytes s[0..n), with '_' for ' ') to out. */
static void
add_lexeme(bc_tslexize *out, const char *s, int n, bool addpos, int variant)
{
	int			k;
	bc_tslexeme *l;

	if (out->nlex >= BC_TS_MAX_LEXEMES ||
		out->buflen + n + 1 > (int) sizeof(out->buf))
		return;
	l = &out->lex[out->nlex++];
	l->off = out->buflen;
	l->len = n;
	l->addpos = addpos;
	l->prefix = false;
	l->variant = variant;
	for (k = 0; k < n; k++)
		out->buf[out->buflen + k] = s[k] == ' ' ? '_' : s[k];
	out->buflen += n;
	out->buf[out->buflen++] = '\0';
}

/*
 * Append the lexeme of syllables [from, to) of the token.  With folding,
 * one lexeme carries both forms: "fold~exact" ("bien_gioi~biên_giới").  A
 * word typed without a diacritic on some syllable becomes "fold~" and is
 * searched as a prefix, so that it finds every accented form of the same
 * letters; a word typed with diacritics finds only itself.  In a document
 * the prefix flag means nothing, so a plain word is stored as "fold~".
 * as_written: the token is spelt exactly like a lexicon word whose plain
 * syllables are plain by nature ("kim ngạch"), so it is not a prefix.
 */
static void
add_form(bc_tslexize *out, const bc_tsnorm *nm, int from, int to, bool fold,
		 bool as_written, bool addpos, int variant)
{
	int			es = nm->exact_start[from],
				el = nm->exact_end[to - 1] - es,
				fs = nm->fold_start[from],
				fl = nm->fold_end[to - 1] - fs,
				k,
				n;
	bool		plain = false;
	bc_tslexeme *l;

	if (!fold)
	{
		add_lexeme(out, nm->exact + es, el, addpos, variant);
		return;
	}
	if (as_written)
	{
		/* plain only when no syllable has a diacritic */
		plain = true;
		for (k = from; k < to; k++)
			plain &= nm->plain[k];
	}
	else
		for (k = from; k < to; k++)
			plain |= nm->plain[k];
	n = fl + 1 + (plain ? 0 : el);
	if (out->nlex >= BC_TS_MAX_LEXEMES ||
		out->buflen + n + 1 > (int) sizeof(out->buf))
		return;
	l = &out->lex[out->nlex++];
	l->off = out->buflen;
	l->len = n;
	l->addpos = addpos;
	l->prefix = plain;
	l->variant = variant;
	for (k = 0; k < fl; k++)
		out->buf[out->buflen++] = nm->fold[fs + k] == ' ' ? '_' : nm->fold[fs + k];
	out->buf[out->buflen++] = '~';
	if (!plain)
		for (k = 0; k < el; k++)
			out->buf[out->buflen++] = nm->exact[es + k] == ' ' ? '_' : nm->exact[es + k];
	out->buf[out->buflen++] = '\0';
}

/* Lexemes of one token. */
bool
bc_ts_lexize(const bc_lexicon *lx, const char *tok, size_t len, int opts,
			 bc_tslexize *out, bc_arena *slow)
{
	bc_tsnorm  *nm = &out->norm;
	const lexkey *key;
	const lexent *place = NULL;
	bool		fold = (opts & BC_TSD_FOLD) != 0;
	bool		as_written = false;
	bool		diff;
	int			s,
				k;

	out->nlex = 0;
	out->buflen = 0;
	out->stop = false;
	if (!bc_ts_normalize(tok, len, nm, slow))
		return false;
	diff = !(nm->exact_len == nm->fold_len &&
			 memcmp(nm->exact, nm->fold, nm->exact_len) == 0);

	key = find_key(lx, hash_bytes(HASH_INIT, nm->fold, nm->fold_len),
				   nm->fold, nm->fold_len);
	if (key != NULL)
	{
		for (k = key->first; k >= 0; k = lx->ents.items[k].next)
		{
			const lexent *e = &lx->ents.items[k];

			if ((opts & BC_TSD_STOP) && (e->flags & BC_LEX_STOP) &&
				entry_matches(lx, e, nm, true))
			{
				out->stop = true;
				return true;
			}
			/*
			 * A place alias: diacritics as typed must agree; a query without
			 * any diacritic finds an accented alias only when the alias has
			 * several syllables ("kra che" yes, "lao" is not "Lào").
			 */
			if ((e->flags & (BC_LEX_WORD | BC_LEX_PLACE)) && !as_written &&
				entry_matches(lx, e, nm, true))
				as_written = true;
			if ((opts & BC_TSD_PLACES) && (e->flags & BC_LEX_PLACE) &&
				place == NULL && entry_matches(lx, e, nm, false) &&
				(e->plain || diff || e->nsyl > 1))
				place = e;
		}
	}

	if (place != NULL)
	{
		/*
		 * Variant 1: the place; variant 2: the words as written.  Each
		 * syllable's position has both, so that a query finds the place by
		 * any of its names (the variants of one position are ORed) and the
		 * positions match those of the same words outside a place name.
		 */
		const char *code = lx->pool.data + place->code;

		add_lexeme(out, code, (int) strlen(code), false, 1);
		add_form(out, nm, 0, nm->nsyl, fold, as_written, false, 2);
		if (nm->nsyl > 1)
			for (s = 0; s < nm->nsyl; s++)
			{
				/* the code again at every syllable's position */
				if (s > 0)
					add_lexeme(out, code, (int) strlen(code), true, 1);
				add_form(out, nm, s, s + 1, fold, false, false, 2);
			}
		return true;
	}

	/*
	 * The word, then for a compound its syllables, one position each, and
	 * the shorter compounds inside a long one at their own positions ("bí
	 * thư tỉnh ủy" also gives "bí thư" and "tỉnh ủy"), so that a search for
	 * a part finds it.  A span made entirely of shorter compounds ("biên
	 * giới hòa bình" = "biên giới" + "hòa bình") gets no lexeme of its own:
	 * its parts say the same, and the text may have been split elsewhere
	 * ("hợp tác biên giới" + "hòa bình"), where a lexeme of the whole would
	 * be missing.
	 */
	if (nm->nsyl == 1)
	{
		add_form(out, nm, 0, 1, fold, as_written, false, 1);
		return true;
	}
	else
	{
		int			n = nm->nsyl,
					len,
					a,
					b,
					m;
		int8_t		word[BC_TS_MAX_SYLLABLES + 1][BC_TS_MAX_SYLLABLES + 1];
		bool		cover[BC_TS_MAX_SYLLABLES + 1][BC_TS_MAX_SYLLABLES + 1];

		/* word[a][b]: 0, 1 (by fold) or 2 (as written); cover: split in words */
		memset(word, 0, sizeof(word));
		memset(cover, 0, sizeof(cover));
		for (len = 2; len <= n; len++)
			for (a = 0; a + len <= n; a++)
			{
				b = a + len;
				if (len < n)
					word[a][b] = (int8_t) span_is_word(lx, nm, a, b);
				for (m = a + 2; m + 2 <= b && !cover[a][b]; m++)
					cover[a][b] = (word[a][m] || cover[a][m]) &&
						(word[m][b] || cover[m][b]);
			}

		if (!cover[0][n])
			add_form(out, nm, 0, n, fold, as_written, false, 1);
		for (a = 0; a < n; a++)
		{
			add_form(out, nm, a, a + 1, fold, false, a > 0, 1);
			for (b = n - (a == 0 ? 1 : 0); b >= a + 2; b--)
				if (word[a][b] > 0 && !cover[a][b])
					add_form(out, nm, a, b, fold, word[a][b] == 2, false, 1);
		}
	}
	return true;
}
