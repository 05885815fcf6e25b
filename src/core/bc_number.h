/*
 * src/core/bc_number.h
 *		Vietnamese numerals, money and percentages: the numeral grammar.
 *
 * Vietnamese writes "253.494.860,10" (dot groups thousands, comma is the
 * decimal mark), adds scale words ("436,23 triệu", "9 tỷ 140 triệu",
 * "2 nghìn tỷ") and spells numbers out ("hai mươi lăm", "ba trăm linh năm").
 * Values are exact: they are kept as canonical decimal text in base units
 * ("436230000", "39.52", "253494860.10"), never as floating point.  Every
 * reading is bounded by BC_NUM_MAX_DIGITS significant digits.
 */
#ifndef BC_NUMBER_H
#define BC_NUMBER_H

#include <stdbool.h>
#include <stddef.h>

#define BC_NUM_MAX_DIGITS 38	/* digits of a value, before and after '.' */
#define BC_NUM_TEXT 48			/* room for a canonical value and its NUL */

/* why a quantity could not be read (BC_NUM_OK when it could) */
typedef enum bc_num_error
{
	BC_NUM_OK = 0,
	BC_NUM_NONE,				/* no number here */
	BC_NUM_SYNTAX,				/* separators that make no number */
	BC_NUM_TOO_LONG,			/* more than BC_NUM_MAX_DIGITS digits */
	BC_NUM_SCALE,				/* scale words that do not combine ("tỷ tỷ") */
	BC_NUM_DATE_LIKE			/* "19.2", "3.11": a day.month, not a number */
} bc_num_error;

/* a quantity read from text: number, scale words, range, currency or % */
typedef struct bc_quantity
{
	int			start;			/* first byte of the number */
	int			num_end;		/* end of the number, scale words and range */
	int			end;			/* end including currency or '%' when any */
	char		value[BC_NUM_TEXT]; /* lower bound for a range */
	char		upper[BC_NUM_TEXT]; /* upper bound of a range, "" when none */
	const char *currency;		/* ISO 4217 code, NULL when none */
	bool		percent;
	bool		uncertain;		/* the dot/comma reading was a guess */
	bool		spelled;		/* written in words */
	bool		has_scale;		/* a scale word was written */
	bool		has_fraction;	/* a decimal part was written */
	int			int_digits;		/* digits written before any separator */
	bool		leading_zero;	/* "02", "04" */
} bc_quantity;

/*
 * Read a quantity starting exactly at s[pos] (a digit or a number word):
 * digits with separators or spelled-out words, scale words, an optional
 * range ("-", "–", "đến", "tới") and an optional currency or percent sign.
 * Returns BC_NUM_OK and fills *q, or the reason it could not.
 */
extern bc_num_error bc_quantity_at(const char *s, size_t len, size_t pos,
								   bc_quantity *q);

/* the whole of s[0,len) is one number (scale words allowed); value in out */
extern bc_num_error bc_number_parse(const char *s, size_t len,
									char out[BC_NUM_TEXT], bool *uncertain);

/*
 * Parse an amount: "[-]number [scale words] [unit]" where the unit is a
 * currency (normalised to its ISO code), "%" / "phần trăm" (normalised to
 * "%"), or any other text (kept, whitespace collapsed).  The number follows
 * the Vietnamese convention, and also reads the canonical output: a lone dot
 * is the decimal mark ("253494860.10", "19.2", "0.001") unless it can only
 * be a thousands group ("1.667" is 1667).  On failure returns false and
 * points *detail at a static English sentence.
 */
extern bool bc_amount_parse(const char *s, size_t len,
							char value[BC_NUM_TEXT],
							char *unit, size_t unitsz,
							const char **detail);

/* compare two canonical decimal texts (optional '-'): <0, 0, >0 */
extern int	bc_decimal_cmp(const char *a, const char *b);

/* true when s is a canonical decimal text: -?(0|[1-9][0-9]*)(\.[0-9]+)? */
extern bool bc_decimal_valid(const char *s);

/*
 * The qualifier written just before byte `pos` ("khoảng", "hơn", "gần",
 * "trên", "đạt", "gần như", "lên tới", ...), as a static lower-case string,
 * or NULL; *qstart gets its first byte.
 */
extern const char *bc_qualifier_before(const char *s, size_t pos, int *qstart);

/* message for an error code, a full English sentence */
extern const char *bc_num_error_detail(bc_num_error e);

/* small Vietnamese-aware helpers shared by the number, date and figure code */
extern unsigned int bc_lower_cp(unsigned int cp);
/* length of word w (lower case NFC) matched case-insensitively at s+pos, 0 if not; must end at a word boundary */
extern size_t bc_word_at(const char *s, size_t len, size_t pos, const char *w);
/* true when the byte at pos starts a word (the code point before is not a letter or digit) */
extern bool bc_word_start(const char *s, size_t pos);
/* skip spaces (ASCII and NBSP) from pos, return the new position */
extern size_t bc_skip_space(const char *s, size_t len, size_t pos);

#endif							/* BC_NUMBER_H */
