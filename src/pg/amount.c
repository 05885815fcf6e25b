/*
 * src/pg/amount.c
 *		The bordercoop.amount type: a quantity with its unit.
 *
 * An amount is an exact decimal value in base units plus a unit: a currency
 * code (USD, VND, CNY, LAK, KHR, THB, ...), "%", a counted noun ("dự án"),
 * or nothing.  Input accepts the Vietnamese forms the articles use ("9 tỷ
 * 140 triệu USD", "253.494.860,10 USD", "39,52%", "436,23 triệu USD",
 * "hai mươi lăm dự án"); the numeral grammar is the core's (bc_number.c).
 *
 * Output is canonical: the value as plain decimal text (no grouping, a '.'
 * before decimals, the decimals as written), then a space and the unit,
 * except "%" which follows the value directly:
 *		436230000 USD		253494860.10 USD		39.52%		76 dự án		12
 * Output always reads back as an equal amount: input also takes a lone dot
 * as the decimal mark, except where it can only group thousands ("1.667");
 * the one value shape that would be misread, three decimals after at most
 * three digits (1.239), is printed with a trailing zero (1.2390).
 *
 * On disk: a varlena holding the value text and the unit text, each
 * NUL-terminated.  Amounts compare by value within one unit; comparing
 * amounts in different units is an error (SQLSTATE 42804), so a btree index
 * or a sort over a column is valid as long as the column holds one unit.
 *
 * PostgreSQL 15 has no soft input errors (escontext arrived in 16), so bad
 * input raises the error directly; the type is otherwise ready for it: all
 * checks happen before anything is allocated for the result.
 */
#include "postgres.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "../core/bc_core.h"
#include "../core/bc_number.h"

#define AMOUNT_MAX_UNIT 200		/* bytes of a unit */

/* the stored form */
typedef struct Amount
{
	int32		vl_len_;		/* varlena header */
	char		data[FLEXIBLE_ARRAY_MEMBER];	/* value NUL unit NUL */
} Amount;

#define DatumGetAmountP(X)		((Amount *) PG_DETOAST_DATUM(X))
#define PG_GETARG_AMOUNT_P(n)	DatumGetAmountP(PG_GETARG_DATUM(n))
#define PG_RETURN_AMOUNT_P(x)	PG_RETURN_POINTER(x)

/* the value text of an amount */
static inline const char *
amount_value_text(const Amount *a)
{
	return a->data;
}

/* the unit text of an amount ("" when none) */
static inline const char *
amount_unit_text(const Amount *a)
{
	return a->data + strlen(a->data) + 1;
}

/* build an amount from checked value and unit texts */
static Amount *
amount_make(const char *value, const char *unit)
{
	size_t		vl = strlen(value),
				ul = strlen(unit);
	Size		sz = offsetof(Amount, data) + vl + 1 + ul + 1;
	Amount	   *r = (Amount *) palloc0(sz);

	SET_VARSIZE(r, sz);
	memcpy(r->data, value, vl + 1);
	memcpy(r->data + vl + 1, unit, ul + 1);
	return r;
}

/* raise the input syntax error for s with a detail sentence */
static void
CheckAmountInput(bool ok, const char *s, const char *detail)
{
	/* too many digits is a number out of range, as numeric_in says */
	if (!ok && detail == bc_num_error_detail(BC_NUM_TOO_LONG))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("value out of range for type %s: \"%.*s%s\"", "amount",
						pg_mbcliplen(s, strlen(s), 40), s,
						strlen(s) > 40 ? "..." : ""),
				 errdetail("%s", detail)));
	if (!ok)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type %s: \"%s\"", "amount", s),
				 errdetail("%s", detail)));
}

/* error unless both amounts have the same unit */
static void
CheckSameUnit(const Amount *a, const Amount *b)
{
	if (strcmp(amount_unit_text(a), amount_unit_text(b)) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("cannot compare amounts in different units"),
				 errdetail("The units are \"%s\" and \"%s\".",
						   amount_unit_text(a), amount_unit_text(b)),
				 errhint("Compare amount_value() of each when the units are meant to mix.")));
}

/* NFC form of s (palloc'd) so that decomposed input reads like composed input */
static char *
nfc_copy(const char *s, size_t len, size_t *outlen)
{
	bc_arena   *a = bc_arena_new();
	size_t		n = 0;
	char	   *t = bc_nfc(a, s, len, &n);
	char	   *r = palloc(n + 1);

	memcpy(r, t, n);
	r[n] = '\0';
	bc_arena_free(a);
	*outlen = n;
	return r;
}

PG_FUNCTION_INFO_V1(bc_amount_in);
/* amount input: Vietnamese forms */
Datum
bc_amount_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	char		value[BC_NUM_TEXT];
	char		unit[AMOUNT_MAX_UNIT + 1];
	const char *detail = "";
	size_t		n;
	char	   *t = nfc_copy(s, strlen(s), &n);
	bool		ok;

	ok = bc_amount_parse(t, n, value, unit, sizeof(unit), &detail);
	CheckAmountInput(ok, s, detail);
	pfree(t);
	PG_RETURN_AMOUNT_P(amount_make(value, unit));
}

/*
 * The value as output text.  "1.239" would read back as 1239 (a dot before
 * three digits after at most three is a thousands group in Vietnamese), so
 * such a value gets a trailing zero: "1.2390" reads back as an equal amount.
 */
static const char *
amount_value_out(const char *v, char *buf, size_t bufsz)
{
	const char *d = v[0] == '-' ? v + 1 : v;
	size_t		ip = strcspn(d, ".");

	if (d[ip] == '.' && ip >= 1 && ip <= 3 && d[0] != '0' &&
		strlen(d + ip + 1) == 3 && strlen(v) + 2 <= bufsz)
	{
		snprintf(buf, bufsz, "%s0", v);
		return buf;
	}
	return v;
}

/* the canonical text of an amount */
static char *
amount_text(const Amount *a)
{
	const char *u = amount_unit_text(a);
	char		buf[BC_NUM_TEXT + 2];
	const char *v = amount_value_out(amount_value_text(a), buf, sizeof(buf));

	if (u[0] == '\0')
		return pstrdup(v);
	if (strcmp(u, "%") == 0)
		return psprintf("%s%%", v);
	return psprintf("%s %s", v, u);
}

PG_FUNCTION_INFO_V1(bc_amount_out);
/* amount output: "436230000 USD", "39.52%" */
Datum
bc_amount_out(PG_FUNCTION_ARGS)
{
	Amount	   *a = PG_GETARG_AMOUNT_P(0);

	PG_RETURN_CSTRING(amount_text(a));
}

PG_FUNCTION_INFO_V1(bc_amount_recv);
/* binary input: value text, then unit text, checked like text input */
Datum
bc_amount_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	const char *value = pq_getmsgstring(buf);
	const char *unit = pq_getmsgstring(buf);
	const char *p;

	if (!bc_decimal_valid(value))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external amount value"),
				 errdetail("The value must be canonical decimal text with at most %d digits.",
						   BC_NUM_MAX_DIGITS)));
	if (strlen(unit) > AMOUNT_MAX_UNIT)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external amount unit"),
				 errdetail("A unit may have at most %d bytes.", AMOUNT_MAX_UNIT)));
	for (p = unit; *p; p++)
		if ((unsigned char) *p < 0x20 || (*p >= '0' && *p <= '9'))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid external amount unit"),
					 errdetail("A unit may not contain digits or control characters.")));
	PG_RETURN_AMOUNT_P(amount_make(value, unit));
}

PG_FUNCTION_INFO_V1(bc_amount_send);
/* binary output: value text, then unit text */
Datum
bc_amount_send(PG_FUNCTION_ARGS)
{
	Amount	   *a = PG_GETARG_AMOUNT_P(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendstring(&buf, amount_value_text(a));
	pq_sendstring(&buf, amount_unit_text(a));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(bc_amount_value);
/* the value as numeric (also the cast to numeric) */
Datum
bc_amount_value(PG_FUNCTION_ARGS)
{
	Amount	   *a = PG_GETARG_AMOUNT_P(0);

	PG_RETURN_DATUM(DirectFunctionCall3(numeric_in,
										CStringGetDatum(amount_value_text(a)),
										ObjectIdGetDatum(InvalidOid),
										Int32GetDatum(-1)));
}

PG_FUNCTION_INFO_V1(bc_amount_make);
/* an amount from a numeric value and a unit (the unit taken as given) */
Datum
bc_amount_make(PG_FUNCTION_ARGS)
{
	Numeric		num = PG_GETARG_NUMERIC(0);
	text	   *ut = PG_GETARG_TEXT_PP(1);
	char	   *value;
	char	   *unit = text_to_cstring(ut);
	const char *p;

	if (numeric_is_nan(num) || numeric_is_inf(num))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("an amount must be a finite number")));
	value = DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(num)));
	if (strcmp(value, "-0") == 0 || (value[0] == '-' && strspn(value + 1, "0.") == strlen(value + 1)))
		value = pstrdup("0");
	if (!bc_decimal_valid(value))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("value out of range for type amount"),
				 errdetail("A value may have at most %d digits.", BC_NUM_MAX_DIGITS)));
	if (strlen(unit) > AMOUNT_MAX_UNIT)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unit of an amount too long"),
				 errdetail("A unit may have at most %d bytes.", AMOUNT_MAX_UNIT)));
	for (p = unit; *p; p++)
		if ((unsigned char) *p < 0x20 || (*p >= '0' && *p <= '9'))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid unit of an amount: \"%s\"", unit),
					 errdetail("A unit may not contain digits or control characters.")));
	/* trim the unit's outer spaces, as input does */
	while (*unit == ' ')
		unit++;
	{
		size_t		n = strlen(unit);

		while (n > 0 && unit[n - 1] == ' ')
			unit[--n] = '\0';
	}
	PG_FREE_IF_COPY(ut, 1);
	PG_RETURN_AMOUNT_P(amount_make(value, unit));
}

PG_FUNCTION_INFO_V1(bc_amount_unit);
/* the unit as text ("" when none) */
Datum
bc_amount_unit(PG_FUNCTION_ARGS)
{
	Amount	   *a = PG_GETARG_AMOUNT_P(0);

	PG_RETURN_TEXT_P(cstring_to_text(amount_unit_text(a)));
}

/* three-way comparison within one unit */
static int
amount_cmp_internal(const Amount *a, const Amount *b)
{
	CheckSameUnit(a, b);
	return bc_decimal_cmp(amount_value_text(a), amount_value_text(b));
}

PG_FUNCTION_INFO_V1(bc_amount_cmp);
/* btree support: -1, 0, 1 */
Datum
bc_amount_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(amount_cmp_internal(PG_GETARG_AMOUNT_P(0),
										PG_GETARG_AMOUNT_P(1)));
}

PG_FUNCTION_INFO_V1(bc_amount_eq);
/* = */
Datum
bc_amount_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(amount_cmp_internal(PG_GETARG_AMOUNT_P(0),
									   PG_GETARG_AMOUNT_P(1)) == 0);
}

PG_FUNCTION_INFO_V1(bc_amount_ne);
/* <> */
Datum
bc_amount_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(amount_cmp_internal(PG_GETARG_AMOUNT_P(0),
									   PG_GETARG_AMOUNT_P(1)) != 0);
}

PG_FUNCTION_INFO_V1(bc_amount_lt);
/* < */
Datum
bc_amount_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(amount_cmp_internal(PG_GETARG_AMOUNT_P(0),
									   PG_GETARG_AMOUNT_P(1)) < 0);
}

PG_FUNCTION_INFO_V1(bc_amount_le);
/* <= */
Datum
bc_amount_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(amount_cmp_internal(PG_GETARG_AMOUNT_P(0),
									   PG_GETARG_AMOUNT_P(1)) <= 0);
}

PG_FUNCTION_INFO_V1(bc_amount_gt);
/* > */
Datum
bc_amount_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(amount_cmp_internal(PG_GETARG_AMOUNT_P(0),
									   PG_GETARG_AMOUNT_P(1)) > 0);
}

PG_FUNCTION_INFO_V1(bc_amount_ge);
/* >= */
Datum
bc_amount_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(amount_cmp_internal(PG_GETARG_AMOUNT_P(0),
									   PG_GETARG_AMOUNT_P(1)) >= 0);
}
