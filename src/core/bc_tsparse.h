/*
 * src/core/bc_tsparse.h
 *		Vietnamese text search: tokenizer, word normalisation and lexicon.
 *
 * Pure C (no postgres.h).  The PostgreSQL text search parser
 * (src/pg/tsparser.c) and dictionary (src/pg/tsdict.c) are thin wrappers
 * around the functions declared here.
 *
 * Tokens: syllables (BC_TS_WORD), compound words found by longest match
 * against the lexicon (BC_TS_COMPOUND, e.g. "biên giới", "Kra-chê"),
 * numbers in Vietnamese format ("436,23", "253.494.860,10"), words with
 * digits, URLs, e-mail addresses, and blanks (everything else).
 *
 * Lexemes: every word is normalised to its "exact" form (NFC, lower case,
 * tone placed in the old style: hoà -> hòa, thuỷ -> thủy; i/y spelling
 * variants unified for a safe list of syllables) and to its "fold" (every
 * diacritic removed, đ -> d), and gives one lexeme carrying both,
 * "fold~exact" ("bien_gioi~biên_giới").  A word typed without diacritics
 * gives "fold~" flagged as a prefix, so that in a query it finds every
 * accented form of the same letters, while a word typed with diacritics
 * finds only itself: "Lào" is "lao~lào", which "lao động" does not have.
 */
#ifndef BC_TSPARSE_H
#define BC_TSPARSE_H

#include "bc_core.h"

/*
 * Token types; the numbers are the parser's lextype ids.  They follow the
 * ids of PostgreSQL's default parser where the meaning is the same, because
 * prsd_headline (used for ts_headline) knows token kinds by those ids: 12 is
 * a blank, numbers are tokens a headline should not end on.
 */
typedef enum bc_tstype
{
	BC_TS_EOF = 0,
	BC_TS_WORD = 1,				/* one word or syllable of letters */
	BC_TS_COMPOUND = 2,			/* several syllables found in the lexicon */
	BC_TS_NUMWORD = 3,			/* letters and digits: G20, 5G */
	BC_TS_EMAIL = 4,
	BC_TS_URL = 6,
	BC_TS_BLANK = 12,			/* spaces and punctuation */
	BC_TS_NUMBER = 22			/* 2021, 436,23, 253.494.860,10 */
} bc_tstype;

#define BC_TS_NTYPES 7
#define BC_TS_MAXTYPE 22

/* the token types in display order */
extern const int bc_tstypes[BC_TS_NTYPES];

/* caps that bound every pass */
#define BC_TS_MAX_SYLLABLES 8	/* syllables in one compound */
#define BC_TS_MAX_WORD 256		/* bytes in one word token; longer: ignored */
#define BC_TS_MAX_TOKEN 1024	/* bytes in one compound token */
#define BC_TS_MAX_LEXEMES (4 + 4 * BC_TS_MAX_SYLLABLES + 2 * BC_TS_MAX_SYLLABLES * BC_TS_MAX_SYLLABLES)

/* lexicon entry kinds (lines of the .lex files) */
#define BC_LEX_WORD 0x01		/* compound word: a token of its own */
#define BC_LEX_STOP 0x02		/* stop word */
#define BC_LEX_PLACE 0x04		/* place alias; code says which place */

typedef struct bc_lexicon bc_lexicon;

/* an empty lexicon whose memory comes from arena a */
extern bc_lexicon *bc_lexicon_new(bc_arena *a);

/*
 * Add the entries of one lexicon file (text, len bytes).  Lines:
 *	   # comment
 *	   w <TAB> compound word
 *	   s <TAB> stop word
 *	   p <TAB> place alias <TAB> CODE
 * A line without a tab is a compound word.  Returns the number of entries
 * added, or -1 with *errline set (1-based) and *errmsg on a malformed line.
 */
extern int	bc_lexicon_load(bc_lexicon *lx, const char *text, size_t len,
							int *errline, const char **errmsg);

/* lookups are only valid after this; further loads need another call */
extern void bc_lexicon_freeze(bc_lexicon *lx);

extern int	bc_lexicon_entries(const bc_lexicon *lx);
extern size_t bc_lexicon_bytes(const bc_lexicon *lx);

/* ----------------------------------------------------------------
 * word normalisation
 * ---------------------------------------------------------------- */

/*
 * A normalised token: syllables joined by one space in both forms.  plain
 * is set for every syllable typed without any diacritic (exact == fold).
 */
typedef struct bc_tsnorm
{
	char		exact[2 * BC_TS_MAX_TOKEN];
	char		fold[2 * BC_TS_MAX_TOKEN];
	int			exact_len;
	int			fold_len;
	int			nsyl;
	int			exact_start[BC_TS_MAX_SYLLABLES + 1];	/* syllable i is */
	int			exact_end[BC_TS_MAX_SYLLABLES + 1];	/* [start, end) */
	int			fold_start[BC_TS_MAX_SYLLABLES + 1];
	int			fold_end[BC_TS_MAX_SYLLABLES + 1];
	bool		plain[BC_TS_MAX_SYLLABLES + 1];	/* no diacritic */
} bc_tsnorm;

/*
 * Normalise a token of one or more syllables separated by spaces or
 * hyphens.  Returns false when the token is too long or has too many
 * syllables (the caller ignores it).  slow is used only for text outside
 * the Vietnamese Latin letters (ICU case folding, NFC).
 */
extern bool bc_ts_normalize(const char *s, size_t len, bc_tsnorm *out,
							bc_arena *slow);

/* ----------------------------------------------------------------
 * tokenizer
 * ---------------------------------------------------------------- */
typedef struct bc_tsparser
{
	const bc_lexicon *lx;		/* may be NULL: no compounds */
	const char *s;
	size_t		len;
	size_t		pos;
	bc_arena   *slow;			/* scratch for rare slow paths */
	bc_tsnorm	cand;			/* scratch for the compound lookahead */
	/* the syllable after the current token, normalised by the lookahead */
	size_t		cache_at;		/* its offset; SIZE_MAX when none */
	int			cache_elen;
	int			cache_flen;
	bool		cache_plain;
	char		cache_exact[4 * BC_TS_MAX_WORD + 8];
	char		cache_fold[4 * BC_TS_MAX_WORD + 8];
} bc_tsparser;

extern void bc_tsparse_init(bc_tsparser *p, const bc_lexicon *lx,
							const char *s, size_t len, bc_arena *slow);

/* next token: type, byte offset and length; BC_TS_EOF at the end */
extern bc_tstype bc_tsparse_next(bc_tsparser *p, size_t *start, size_t *tlen);

/* name and description of a token type; "" when unknown */
extern const char *bc_tstype_name(int type);
extern const char *bc_tstype_descr(int type);

/* ----------------------------------------------------------------
 * the dictionary: lexemes of one token
 * ---------------------------------------------------------------- */
#define BC_TSD_FOLD 0x01		/* also emit the ASCII folds */
#define BC_TSD_STOP 0x02		/* drop stop words */
#define BC_TSD_PLACES 0x04		/* map place aliases to their code */
#define BC_TSD_DEFAULT (BC_TSD_FOLD | BC_TSD_STOP | BC_TSD_PLACES)

typedef struct bc_tslexeme
{
	int			off;			/* into bc_tslexize.buf */
	int			len;
	bool		addpos;			/* one position after the previous lexeme */
	bool		prefix;			/* search as a prefix (typed without diacritics) */
	int			variant;		/* lexemes of one variant are ANDed */
} bc_tslexeme;

typedef struct bc_tslexize
{
	bc_tsnorm	norm;
	char		buf[6 * BC_TS_MAX_TOKEN];
	int			buflen;
	bc_tslexeme lex[BC_TS_MAX_LEXEMES];
	int			nlex;
	bool		stop;			/* a stop word: no lexemes, keep position */
} bc_tslexize;

/* does normalising this text need the slow path (and so an arena)? */
extern bool bc_ts_needs_slow(const char *s, size_t len);

/*
 * Lexemes of one token.  Returns false when there is nothing to say (empty
 * or over-long token); true with out->stop for a stop word.
 */
extern bool bc_ts_lexize(const bc_lexicon *lx, const char *tok, size_t len,
						 int opts, bc_tslexize *out, bc_arena *slow);

#endif							/* BC_TSPARSE_H */
