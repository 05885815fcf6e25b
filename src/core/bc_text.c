/*
 * src/core/bc_text.c
 *		UTF-8 helpers and ICU-based normalisation, case folding and the
 *		Vietnamese matching folds.
 *
 * ICU works in UTF-16; every conversion goes through arena buffers sized
 * from the input, and every ICU call that can overflow is retried once with
 * the size ICU asked for (case folding can lengthen a string: "ß" -> "ss").
 */
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "bc_core.h"

/* ---------------------------------------------------------------- UTF-8 */

/* Encode a code point; returns the number of bytes written (1-4). */
int
bc_utf8_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *) out;

	if (cp < 0x80)
	{
		o[0] = (unsigned char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		o[0] = 0xC0 | (cp >> 6);
		o[1] = 0x80 | (cp & 0x3F);
		return 2;
	}
	if (cp < 0x10000)
	{
		o[0] = 0xE0 | (cp >> 12);
		o[1] = 0x80 | ((cp >> 6) & 0x3F);
		o[2] = 0x80 | (cp & 0x3F);
		return 3;
	}
	o[0] = 0xF0 | (cp >> 18);
	o[1] = 0x80 | ((cp >> 12) & 0x3F);
	o[2] = 0x80 | ((cp >> 6) & 0x3F);
	o[3] = 0x80 | (cp & 0x3F);
	return 4;
}

/* Count code points. */
size_t
bc_utf8_chars(const char *s, size_t len)
{
	size_t		n = 0,
				i;

	for (i = 0; i < len; i++)
		if (((unsigned char) s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

/* Is the code point a letter (any script)? */
bool
bc_cp_is_letter(uint32_t cp)
{
	if (cp < 0x80)
		return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
	return u_isalpha((UChar32) cp) != 0;
}

/* Is the code point an upper-case or title-case letter? */
bool
bc_cp_is_upper(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	return u_isupper((UChar32) cp) || u_istitle((UChar32) cp);
}

/* Is the code point white space (including NBSP and other Unicode spaces)? */
bool
bc_cp_is_space(uint32_t cp)
{
	if (cp < 0x80)
		return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
			cp == '\f' || cp == '\v';
	return u_isUWhiteSpace((UChar32) cp) || cp == 0x00A0 || cp == 0x200B ||
		cp == 0xFEFF;
}

/* ---------------------------------------------------------------- ICU glue */

/* UTF-8 to UTF-16 in the arena; invalid input becomes U+FFFD. */
static UChar *
to_u16(bc_arena *a, const char *s, size_t len, int32_t *ulen)
{
	UErrorCode	err = U_ZERO_ERROR;
	int32_t		cap = (int32_t) len + 1;
	UChar	   *u;
	int32_t		n = 0;

	if (len > (size_t) INT32_MAX / 2)
		bc_fatal("text too long for normalisation");
	u = bc_alloc(a, sizeof(UChar) * (size_t) cap);
	u_strFromUTF8WithSub(u, cap, &n, s, (int32_t) len, 0xFFFD, NULL, &err);
	if (U_FAILURE(err))
		bc_fatal("utf-8 to utf-16 conversion failed");
	*ulen = n;
	return u;
}

/* UTF-16 to UTF-8 in the arena. */
static char *
from_u16(bc_arena *a, const UChar *u, int32_t ulen, size_t *outlen)
{
	UErrorCode	err = U_ZERO_ERROR;
	int32_t		cap = ulen * 3 + 1;
	char	   *s = bc_alloc(a, (size_t) cap);
	int32_t		n = 0;

	u_strToUTF8WithSub(s, cap, &n, u, ulen, 0xFFFD, NULL, &err);
	if (U_FAILURE(err))
		bc_fatal("utf-16 to utf-8 conversion failed");
	s[n] = '\0';
	*outlen = (size_t) n;
	return s;
}

/* Normalise UTF-16 with an ICU normaliser, growing the buffer if asked. */
static UChar *
u16_normalize(bc_arena *a, const UNormalizer2 *norm, const UChar *u,
			  int32_t ulen, int32_t *outlen)
{
	UErrorCode	err = U_ZERO_ERROR;
	int32_t		cap = ulen * 2 + 16;
	UChar	   *o = bc_alloc(a, sizeof(UChar) * (size_t) cap);
	int32_t		n;

	n = unorm2_normalize(norm, u, ulen, o, cap, &err);
	if (err == U_BUFFER_OVERFLOW_ERROR)
	{
		err = U_ZERO_ERROR;
		cap = n + 1;
		o = bc_alloc(a, sizeof(UChar) * (size_t) cap);
		n = unorm2_normalize(norm, u, ulen, o, cap, &err);
	}
	if (U_FAILURE(err))
		bc_fatal("unicode normalisation failed");
	*outlen = n;
	return o;
}

/* Full case folding of UTF-16, growing the buffer if asked. */
static UChar *
u16_fold(bc_arena *a, const UChar *u, int32_t ulen, int32_t *outlen)
{
	UErrorCode	err = U_ZERO_ERROR;
	int32_t		cap = ulen + ulen / 2 + 16;
	UChar	   *o = bc_alloc(a, sizeof(UChar) * (size_t) cap);
	int32_t		n;

	n = u_strFoldCase(o, cap, u, ulen, U_FOLD_CASE_DEFAULT, &err);
	if (err == U_BUFFER_OVERFLOW_ERROR)
	{
		err = U_ZERO_ERROR;
		cap = n + 1;
		o = bc_alloc(a, sizeof(UChar) * (size_t) cap);
		n = u_strFoldCase(o, cap, u, ulen, U_FOLD_CASE_DEFAULT, &err);
	}
	if (U_FAILURE(err))
		bc_fatal("case folding failed");
	*outlen = n;
	return o;
}

/* ICU's shared NFC normaliser (owned by ICU, never freed). */
static const UNormalizer2 *
nfc_instance(void)
{
	UErrorCode	err = U_ZERO_ERROR;
	const UNormalizer2 *n = unorm2_getNFCInstance(&err);

	if (U_FAILURE(err) || n == NULL)
		bc_fatal("cannot load the ICU NFC normaliser");
	return n;
}

/* ICU's shared NFD normaliser (owned by ICU, never freed). */
static const UNormalizer2 *
nfd_instance(void)
{
	UErrorCode	err = U_ZERO_ERROR;
	const UNormalizer2 *n = unorm2_getNFDInstance(&err);

	if (U_FAILURE(err) || n == NULL)
		bc_fatal("cannot load the ICU NFD normaliser");
	return n;
}

/* Is the whole string printable ASCII-or-controls (so already NFC)? */
static bool
all_ascii(const char *s, size_t len)
{
	size_t		i;

	for (i = 0; i < len; i++)
		if ((unsigned char) s[i] >= 0x80)
			return false;
	return true;
}

/* NFC-normalise UTF-8; invalid sequences become U+FFFD. */
char *
bc_nfc(bc_arena *a, const char *s, size_t len, size_t *outlen)
{
	int32_t		ulen,
				nlen;
	UChar	   *u,
			   *n;

	if (all_ascii(s, len))
	{
		*outlen = len;
		return bc_strndup(a, s, len);
	}
	u = to_u16(a, s, len, &ulen);
	n = u16_normalize(a, nfc_instance(), u, ulen, &nlen);
	return from_u16(a, n, nlen, outlen);
}

/* Full case fold of UTF-8 (result NFC). */
char *
bc_casefold(bc_arena *a, const char *s, size_t len, size_t *outlen)
{
	int32_t		ulen,
				flen,
				nlen;
	UChar	   *u,
			   *f,
			   *n;

	if (all_ascii(s, len))
	{
		char	   *o = bc_strndup(a, s, len);
		size_t		i;

		for (i = 0; i < len; i++)
			if (o[i] >= 'A' && o[i] <= 'Z')
				o[i] += 'a' - 'A';
		*outlen = len;
		return o;
	}
	u = to_u16(a, s, len, &ulen);
	f = u16_fold(a, u, ulen, &flen);
	n = u16_normalize(a, nfc_instance(), f, flen, &nlen);
	return from_u16(a, n, nlen, outlen);
}

/* ---------------------------------------------------------------- folds */

/* Vietnamese tone marks (combining, in NFD) */
static bool
is_tone_mark(UChar c)
{
	return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 ||
		c == 0x0323;
}

/* other combining marks that make a Vietnamese vowel letter (ă â ê ô ơ ư) */
static bool
is_shape_mark(UChar c)
{
	return c == 0x0306 || c == 0x0302 || c == 0x031B;
}

/* True for a base vowel letter (a e i o u y) of a folded NFD syllable. */
static bool
is_base_vowel(UChar c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/*
 * Re-place the tone mark of one NFD, case-folded syllable u[0..n) in the
 * "old" style (hòa, thủy, hoàn), writing into o; returns the new length.
 *
 * The rule: 'qu' and 'gi' + vowel count as consonants; the tone goes on the
 * last vowel carrying a shape mark (ơ in ươ), else on the only vowel, else
 * on the last vowel when a consonant follows the nucleus, else on the first
 * of two vowels or the middle of three.
 */
static int32_t
place_tone(const UChar *u, int32_t n, UChar *o)
{
	UChar		tone = 0;
	int32_t		i,
				k = 0;
	int32_t		vpos[8];		/* positions (in o, tone removed) of base vowels */
	bool		vshape[8];
	int			nv = 0;
	int32_t		nucleus_end = -1;
	bool		final_consonant = false;
	int			target;
	int32_t		start = 0;

	/* copy without the tone mark, remembering it */
	for (i = 0; i < n; i++)
	{
		if (is_tone_mark(u[i]))
		{
			if (tone == 0)
				tone = u[i];
			continue;
		}
		o[k++] = u[i];
	}
	if (tone == 0)
		return k;

	/* skip initial consonants; qu- and gi- + vowel are consonants */
	while (start < k && !is_base_vowel(o[start]))
		start++;
	if (start > 0 && start + 1 < k && o[start] == 'u' && o[start - 1] == 'q')
		start++;
	else if (start > 0 && start + 1 < k && o[start] == 'i' && o[start - 1] == 'g' &&
			 start == 1 && is_base_vowel(o[start + 1]))
		start++;

	for (i = start; i < k && nv < 8; i++)
	{
		if (is_base_vowel(o[i]))
		{
			vpos[nv] = i;
			vshape[nv] = (i + 1 < k && is_shape_mark(o[i + 1]));
			nv++;
			nucleus_end = i + 1 + (vshape[nv - 1] ? 1 : 0);
		}
		else if (is_shape_mark(o[i]))
			continue;
		else
			break;
	}
	if (nv == 0)
	{
		/* no vowel: put the mark back at the end */
		o[k++] = tone;
		return k;
	}
	if (nucleus_end < k)
		final_consonant = true;

	target = bc_tone_target(nv, vshape, final_consonant);

	/* insert the tone after the target vowel (and its shape mark) */
	{
		int32_t		at = vpos[target] + 1 + (vshape[target] ? 1 : 0);

		memmove(o + at + 1, o + at, sizeof(UChar) * (size_t) (k - at));
		o[at] = tone;
		k++;
	}
	return k;
}

/*
 * Which vowel of the nucleus carries the tone (see bc_core.h): the last one
 * with a shape mark (ơ in ươ), else the only vowel, else the last vowel when
 * a consonant follows, else the first of two or the middle of three.
 */
int
bc_tone_target(int nv, const bool *shaped, bool final_consonant)
{
	int			i;

	for (i = nv - 1; i >= 0; i--)
		if (shaped[i])
			return i;
	if (nv <= 1)
		return 0;
	if (final_consonant)
		return nv - 1;
	return nv == 2 ? 0 : 1;
}

/* Is this UTF-16 unit part of a word (letters and combining marks)? */
static bool
u16_wordchar(UChar c)
{
	if (c < 0x80)
		return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
	if (c >= 0x0300 && c <= 0x036F)
		return true;
	return u_isalpha(c) != 0;
}

/*
 * Fold for matching: case fold, NFD, re-place tones syllable by syllable,
 * back to NFC.  "Hoà" and "hòa" fold to the same string.
 */
char *
bc_fold(bc_arena *a, const char *s, size_t len, size_t *outlen)
{
	int32_t		ulen,
				flen,
				dlen,
				nlen,
				i,
				k = 0;
	UChar	   *u,
			   *f,
			   *d,
			   *o,
			   *n;

	if (all_ascii(s, len))
		return bc_casefold(a, s, len, outlen);
	u = to_u16(a, s, len, &ulen);
	f = u16_fold(a, u, ulen, &flen);
	d = u16_normalize(a, nfd_instance(), f, flen, &dlen);
	o = bc_alloc(a, sizeof(UChar) * ((size_t) dlen + 1));
	for (i = 0; i < dlen;)
	{
		if (u16_wordchar(d[i]))
		{
			int32_t		j = i;

			while (j < dlen && u16_wordchar(d[j]) && j - i < 64)
				j++;
			k += place_tone(d + i, j - i, o + k);
			i = j;
		}
		else
			o[k++] = d[i++];
	}
	n = u16_normalize(a, nfc_instance(), o, k, &nlen);
	return from_u16(a, n, nlen, outlen);
}

/*
 * Fold to plain ASCII-ish lower case: every combining mark dropped after
 * NFD, đ -> d.  Non-Latin letters are kept (lower-cased).
 */
char *
bc_fold_ascii(bc_arena *a, const char *s, size_t len, size_t *outlen)
{
	int32_t		ulen,
				flen,
				dlen,
				i,
				k = 0;
	UChar	   *u,
			   *f,
			   *d;

	if (all_ascii(s, len))
		return bc_casefold(a, s, len, outlen);
	u = to_u16(a, s, len, &ulen);
	f = u16_fold(a, u, ulen, &flen);
	d = u16_normalize(a, nfd_instance(), f, flen, &dlen);
	for (i = 0; i < dlen; i++)
	{
		UChar		c = d[i];

		if (c >= 0x0300 && c <= 0x036F)
			continue;
		if (c == 0x0111)		/* đ */
			c = 'd';
		d[k++] = c;
	}
	return from_u16(a, d, k, outlen);
}
