/*
 * src/core/bc_core.h
 *		Public interface of the bordercoop core: text in, structs out.
 *
 * The core never includes postgres.h.  Memory comes from an arena whose
 * blocks are obtained through handlers that the host installs (malloc in the
 * unit tests and fuzzers, palloc in the server); errors in the input are
 * returned as values (bc_status), never thrown.  The only callback that does
 * not return is the fatal handler, used for out-of-memory and can't-happen
 * states.
 *
 * Every loop in the core is bounded by the input length or by an explicit
 * cap (BC_MAX_*): the core must never hang.
 */
#ifndef BC_CORE_H
#define BC_CORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define BC_EXTRACTOR_VERSION "0.1.0"

/* caps that keep every pass bounded */
#define BC_MAX_ARTICLE_BYTES_DEFAULT (4 * 1024 * 1024)
#define BC_MAX_ENTITIES 999		/* per kind and article */

/* ----------------------------------------------------------------
 * host handlers
 * ---------------------------------------------------------------- */
typedef struct bc_handlers
{
	void	   *(*alloc) (size_t size);		/* never returns NULL */
	void		(*release) (void *ptr);
	void		(*fatal) (const char *msg);	/* does not return */
} bc_handlers;

/* install handlers; NULL fields fall back to malloc/free/abort */
extern void bc_set_handlers(const bc_handlers *h);
extern void *bc_host_alloc(size_t size);
extern void bc_host_free(void *ptr);
extern void bc_fatal(const char *msg);

/* ----------------------------------------------------------------
 * arena: all per-article allocations; freed at once
 * ---------------------------------------------------------------- */
typedef struct bc_arena bc_arena;

extern bc_arena *bc_arena_new(void);
extern void bc_arena_free(bc_arena *a);
extern void *bc_alloc(bc_arena *a, size_t size);	/* zeroed */
extern char *bc_strndup(bc_arena *a, const char *s, size_t n);
extern char *bc_strdup(bc_arena *a, const char *s);
extern char *bc_sprintf(bc_arena *a, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));

/* growable byte buffer in an arena */
typedef struct bc_buf
{
	bc_arena   *arena;
	char	   *data;
	size_t		len;
	size_t		cap;
} bc_buf;

extern void bc_buf_init(bc_buf *b, bc_arena *a);
extern void bc_buf_append(bc_buf *b, const char *s, size_t n);
extern void bc_buf_puts(bc_buf *b, const char *s);
extern void bc_buf_putc(bc_buf *b, char c);
extern void bc_buf_printf(bc_buf *b, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));
extern char *bc_buf_cstr(bc_buf *b);	/* NUL-terminated view */

/* arena-backed growable array: BC_VEC(type) v; bc_vec_push(a,&v) */
#define BC_VEC(T) struct { T *items; int n; int cap; }
extern void *bc_vec_grow(bc_arena *a, void *items, int *cap, size_t elsize);
#define bc_vec_push(arena, v) \
	(((v)->n >= (v)->cap ? \
	  (void) ((v)->items = bc_vec_grow((arena), (v)->items, &(v)->cap, sizeof(*(v)->items))) : \
	  (void) 0), \
	 memset(&(v)->items[(v)->n], 0, sizeof(*(v)->items)), \
	 &(v)->items[(v)->n++])

/* ----------------------------------------------------------------
 * text utilities (bc_text.c)
 * ---------------------------------------------------------------- */

/* NFC-normalise valid UTF-8 (ICU); invalid sequences become U+FFFD */
extern char *bc_nfc(bc_arena *a, const char *s, size_t len, size_t *outlen);

/* full case fold (ICU); result may be longer or shorter than input */
extern char *bc_casefold(bc_arena *a, const char *s, size_t len, size_t *outlen);

/*
 * Fold for matching: NFC, lower case, tone placement unified (hoà -> hòa,
 * thuỷ -> thủy), đ kept.  bc_fold_ascii additionally strips every diacritic
 * (đ -> d), giving the "typed without accents" form.
 */
extern char *bc_fold(bc_arena *a, const char *s, size_t len, size_t *outlen);
extern char *bc_fold_ascii(bc_arena *a, const char *s, size_t len, size_t *outlen);

/*
 * The old-style tone rule: which of the nv vowels of a syllable's nucleus
 * carries the tone, given which vowels carry a shape mark (ă â ê ô ơ ư) and
 * whether a consonant follows the nucleus.  Shared by bc_fold and the text
 * search normaliser.
 */
extern int	bc_tone_target(int nv, const bool *shaped, bool final_consonant);

/*
 * Decode one UTF-8 code point at s (len bytes left); returns the bytes used
 * (at least 1).  The one decoder of the core: inline, for the scanners' hot
 * loops.
 */
/* invalid, overlong or truncated sequences give U+FFFD and 1 byte */
static inline int
bc_utf8_decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *) s;
	uint32_t	c;
	int			n,
				i;

	if (len == 0)
	{
		*cp = 0;
		return 1;
	}
	c = u[0];
	if (c < 0x80)
	{
		*cp = c;
		return 1;
	}
	else if ((c & 0xE0) == 0xC0)
	{
		n = 2;
		c &= 0x1F;
	}
	else if ((c & 0xF0) == 0xE0)
	{
		n = 3;
		c &= 0x0F;
	}
	else if ((c & 0xF8) == 0xF0)
	{
		n = 4;
		c &= 0x07;
	}
	else
	{
		*cp = 0xFFFD;
		return 1;
	}
	if ((size_t) n > len)
	{
		*cp = 0xFFFD;
		return 1;
	}
	for (i = 1; i < n; i++)
	{
		if ((u[i] & 0xC0) != 0x80)
		{
			*cp = 0xFFFD;
			return 1;
		}
		c = (c << 6) | (u[i] & 0x3F);
	}
	/* overlong forms, surrogates and out-of-range values */
	if ((n == 2 && c < 0x80) || (n == 3 && c < 0x800) || (n == 4 && c < 0x10000) ||
		c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
	{
		*cp = 0xFFFD;
		return 1;
	}
	*cp = c;
	return n;
}

extern int	bc_utf8_encode(uint32_t cp, char *out);
extern size_t bc_utf8_chars(const char *s, size_t len);	/* code points */
extern bool bc_cp_is_letter(uint32_t cp);
extern bool bc_cp_is_upper(uint32_t cp);
extern bool bc_cp_is_space(uint32_t cp);

/* ----------------------------------------------------------------
 * dates
 * ---------------------------------------------------------------- */
typedef enum bc_precision
{
	BC_PREC_NONE = 0,
	BC_PREC_YEAR,
	BC_PREC_MONTH,
	BC_PREC_DAY
} bc_precision;

typedef struct bc_date
{
	int			year;			/* 0 = unknown */
	int			month;			/* 0 = unknown */
	int			day;			/* 0 = unknown */
	bc_precision precision;
} bc_date;

/* ----------------------------------------------------------------
 * the article: lines, chrome, title, date line, sentences (bc_article.c)
 * ---------------------------------------------------------------- */
typedef enum bc_line_class
{
	BC_LINE_BLANK = 0,
	BC_LINE_MAIN,				/* part of the main text */
	BC_LINE_TITLE,
	BC_LINE_DATELINE,			/* publication date/time line */
	BC_LINE_CAPTION,			/* photo caption inside the main block */
	BC_LINE_BYLINE,				/* author/outlet line */
	BC_LINE_CHROME,				/* menus, counters, ratings, forms */
	BC_LINE_RELATED				/* related-news blurb */
} bc_line_class;

typedef struct bc_line
{
	int			start;			/* byte offsets into bc_doc.text */
	int			end;
	bc_line_class cls;
} bc_line;

typedef struct bc_sentence
{
	int			start;			/* byte offsets into bc_doc.main */
	int			end;
	int			para;			/* paragraph number in the main text */
} bc_sentence;

typedef struct bc_doc
{
	const char *text;			/* NFC, normalised whitespace */
	size_t		len;
	BC_VEC(bc_line) lines;
	char	   *main;			/* main text: main lines joined by '\n' */
	size_t		main_len;
	BC_VEC(bc_sentence) sents;
	char	   *title;
	char	   *outlet;
	char	   *author;
	bc_date		published;		/* from the date line, or the caller */
	bool		published_from_caller;
	int			pub_hour;		/* -1 when unknown */
	int			pub_min;
	int			pub_sec;
	int			pub_utc_offset_min; /* minutes east of UTC; INT32_MIN unknown */
} bc_doc;

/* ----------------------------------------------------------------
 * gazetteer (generated from data/gazetteer TSV files)
 * ---------------------------------------------------------------- */
typedef enum bc_party_kind
{
	BC_PARTY_COUNTRY = 0,
	BC_PARTY_PROVINCE,
	BC_PARTY_DISTRICT,
	BC_PARTY_ORGANIZATION
} bc_party_kind;

typedef struct bc_unit
{
	const char *code;			/* ISO 3166 / 3166-2: VN, VN-58, KH-10 */
	const char *name;			/* stable display name: Binh Phuoc, Kratie */
	const char *name_vi;		/* usual Vietnamese press name */
	bc_party_kind kind;
	const char *country;		/* VN, KH, ... */
	const char *current;		/* VN: code of the post-2025 province */
	const char *valid_from;		/* ISO date or NULL */
	const char *valid_to;		/* ISO date or NULL */
} bc_unit;

extern const bc_unit *bc_unit_by_code(const char *code);

/* ----------------------------------------------------------------
 * extraction results
 * ---------------------------------------------------------------- */
typedef enum bc_side
{
	BC_SIDE_UNKNOWN = 0,
	BC_SIDE_VIETNAM,
	BC_SIDE_COUNTERPART
} bc_side;

typedef struct bc_party
{
	const bc_unit *unit;
	char	   *as_written;		/* first spelling seen */
	int			start;			/* first mention, bytes into doc.main */
	int			end;
	int			mentions;
	bc_side		side;
} bc_party;

/* one place in doc.main where a party is named */
typedef struct bc_mention
{
	int			party;			/* index into result.parties */
	int			start;			/* bytes into doc.main */
	int			end;
} bc_mention;

typedef struct bc_person
{
	char	   *name;
	char	   *honorific;		/* NULL when none */
	char	   *title;			/* NULL when none */
	int			party;			/* index into result.parties, -1 unknown */
	char	   *role;			/* chair, co-chair, head, participant, NULL */
	int			meeting;		/* index into result.meetings, -1 none */
	int			start;
	int			end;
} bc_person;

typedef struct bc_figure
{
	const char *metric;			/* contract vocabulary */
	char	   *value;			/* canonical decimal text in base units */
	char	   *unit;			/* "USD", "%", "dự án", "bộ hài cốt" */
	char	   *currency;		/* ISO 4217 when money, else NULL */
	char	   *ratio_of;		/* decimal text, NULL unless a ratio */
	char	   *qualifier;		/* khoảng, hơn, gần, trên, đạt, NULL */
	char	   *period;			/* as written, NULL when none */
	bc_date		period_from;
	bc_date		period_to;
	char	   *compared_with;	/* as written, for growth */
	int			subject;		/* index into result.parties, -1 none */
	int			meeting;		/* index into result.meetings, -1 none */
	char	   *mention;		/* as written */
	int			sentence;		/* index into doc.sents */
	int			start;			/* bytes into doc.main */
	int			end;
	bool		uncertain;		/* dot/comma reading was a guess */
} bc_figure;

typedef struct bc_agreement
{
	const char *kind;			/* contract vocabulary */
	char	   *title;			/* as written */
	int			period_from;	/* year, 0 unknown */
	int			period_to;
	int			meeting;
	int			start;
	int			end;
} bc_agreement;

typedef struct bc_meeting
{
	const char *kind;			/* contract vocabulary */
	const char *mode;			/* online, in_person, hybrid, NULL */
	int			ordinal;		/* 0 unknown */
	char	   *series;
	char	   *location;
	int			host;			/* index into result.parties, -1 */
	bc_date		occurred;
	bool		reference;		/* background mention, not a current meeting */
	int		   *parties;		/* indexes into result.parties */
	int			nparties;
	const char **fields;		/* cooperation fields */
	int			nfields;
	const char *cameo;			/* "040", "043", ... */
	int			start;
	int			end;
} bc_meeting;

typedef enum bc_status
{
	BC_OK = 0,
	BC_ERR_EMPTY,				/* no text at all */
	BC_ERR_TOO_LARGE,			/* over the size limit */
	BC_ERR_NOT_TEXT,			/* binary-looking junk */
	BC_ERR_NO_CONTENT			/* text, but no main text found */
} bc_status;

typedef struct bc_options
{
	size_t		max_bytes;		/* 0 = BC_MAX_ARTICLE_BYTES_DEFAULT */
	bc_date		published;		/* from the caller (inbox.published_on) */
} bc_options;

typedef struct bc_result
{
	bc_status	status;
	char	   *message;		/* clear reason when status != BC_OK */
	bc_doc		doc;
	BC_VEC(bc_party) parties;
	BC_VEC(bc_mention) mentions;	/* every mention, in text order */
	BC_VEC(bc_person) people;
	BC_VEC(bc_figure) figures;
	BC_VEC(bc_agreement) agreements;
	BC_VEC(bc_meeting) meetings;
} bc_result;

/* ----------------------------------------------------------------
 * entry points
 * ---------------------------------------------------------------- */

/* the whole extraction of one article; never fails except by bc_fatal */
extern bc_result *bc_extract(bc_arena *a, const char *text, size_t len,
							 const bc_options *opt);

/* the result as JSON text (the shape of the files in seeds/expected) */
extern char *bc_result_json(bc_arena *a, const bc_result *r, size_t *len);

/* stages, in the order bc_extract runs them */
extern bc_status bc_article_parse(bc_arena *a, const char *text, size_t len,
								  const bc_options *opt, bc_doc *doc,
								  char **message);
extern void bc_find_parties(bc_arena *a, bc_result *r);		/* bc_parties.c */
extern void bc_find_people(bc_arena *a, bc_result *r);		/* bc_people.c */
extern void bc_find_figures(bc_arena *a, bc_result *r);		/* bc_figures.c */
extern void bc_find_meetings(bc_arena *a, bc_result *r);	/* bc_meetings.c */

#endif							/* BC_CORE_H */
