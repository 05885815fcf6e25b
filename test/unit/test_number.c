/*
 * test/unit/test_number.c
 *		Unit tests of the numeral grammar (bc_number.c): values, scale words,
 *		spelled numbers, ranges, currencies, percentages, amounts and traps.
 */
#include "bc_test.h"
#include "bc_number.h"

#include <stdbool.h>
#include <string.h>

/* one reading of a quantity at the start of a text */
typedef struct qcase
{
	const char *in;
	bc_num_error err;
	const char *value;
	const char *upper;			/* "" when no range */
	const char *currency;		/* NULL when none */
	bool		percent;
	bool		uncertain;
	int			end;			/* -1: do not check */
} qcase;

static const qcase qcases[] = {
	/* digits, dot thousands, comma decimals */
	{"0", BC_NUM_OK, "0", "", NULL, false, false, 1},
	{"7", BC_NUM_OK, "7", "", NULL, false, false, 1},
	{"76", BC_NUM_OK, "76", "", NULL, false, false, 2},
	{"1667", BC_NUM_OK, "1667", "", NULL, false, false, 4},
	{"1.667", BC_NUM_OK, "1667", "", NULL, false, false, 5},
	{"53.000", BC_NUM_OK, "53000", "", NULL, false, false, 6},
	{"253.494.860", BC_NUM_OK, "253494860", "", NULL, false, false, 11},
	{"253.494.860,10", BC_NUM_OK, "253494860.10", "", NULL, false, false, 14},
	{"436,23", BC_NUM_OK, "436.23", "", NULL, false, false, 6},
	{"39,52", BC_NUM_OK, "39.52", "", NULL, false, false, 5},
	{"3,38", BC_NUM_OK, "3.38", "", NULL, false, false, 4},
	{"1,5", BC_NUM_OK, "1.5", "", NULL, false, false, 3},
	{"0,5", BC_NUM_OK, "0.5", "", NULL, false, false, 3},
	{"0,05", BC_NUM_OK, "0.05", "", NULL, false, false, 4},
	{"0,001", BC_NUM_OK, "0.001", "", NULL, false, false, 5},
	{"02", BC_NUM_OK, "2", "", NULL, false, false, 2},
	{"04", BC_NUM_OK, "4", "", NULL, false, false, 2},
	{"007", BC_NUM_OK, "7", "", NULL, false, false, 3},
	{"1.000.000", BC_NUM_OK, "1000000", "", NULL, false, false, 9},
	{"1.000.000,5", BC_NUM_OK, "1000000.5", "", NULL, false, false, 11},
	{"12.345,678", BC_NUM_OK, "12345.678", "", NULL, false, false, 10},
	{"100,00", BC_NUM_OK, "100.00", "", NULL, false, false, 6},
	{"2021.", BC_NUM_OK, "2021", "", NULL, false, false, 4},
	{"76,", BC_NUM_OK, "76", "", NULL, false, false, 2},
	{"5 ", BC_NUM_OK, "5", "", NULL, false, false, 1},
	/* ambiguous separators: uncertain */
	{"1,239", BC_NUM_OK, "1.239", "", NULL, false, true, 5},
	{"10,646,572", BC_NUM_OK, "10646572", "", NULL, false, true, 10},
	{"456,041,694", BC_NUM_OK, "456041694", "", NULL, false, true, 11},
	{"1,234.5", BC_NUM_OK, "1234.5", "", NULL, false, true, 7},
	{"1.5 triệu", BC_NUM_OK, "1500000", "", NULL, false, true, -1},
	{"2.75 tỷ", BC_NUM_OK, "2750000000", "", NULL, false, true, -1},
	{"123.45", BC_NUM_OK, "123.45", "", NULL, false, true, 6},
	/* dates and junk separators */
	{"19.2", BC_NUM_DATE_LIKE, "", "", NULL, false, false, -1},
	{"3.11", BC_NUM_DATE_LIKE, "", "", NULL, false, false, -1},
	{"31.12", BC_NUM_DATE_LIKE, "", "", NULL, false, false, -1},
	{"1.5", BC_NUM_DATE_LIKE, "", "", NULL, false, false, -1},
	{"1.234,5,6", BC_NUM_SYNTAX, "", "", NULL, false, false, -1},
	{"2.0.1", BC_NUM_SYNTAX, "", "", NULL, false, false, -1},
	{"192.168.1.1", BC_NUM_SYNTAX, "", "", NULL, false, false, -1},
	{"1,2,3", BC_NUM_SYNTAX, "", "", NULL, false, false, -1},
	{"1.23,4", BC_NUM_SYNTAX, "", "", NULL, false, false, -1},
	{"1234.567.890", BC_NUM_SYNTAX, "", "", NULL, false, false, -1},
	{"1,234,56", BC_NUM_SYNTAX, "", "", NULL, false, false, -1},
	{"", BC_NUM_NONE, "", "", NULL, false, false, -1},
	{"abc", BC_NUM_NONE, "", "", NULL, false, false, -1},
	{"USD", BC_NUM_NONE, "", "", NULL, false, false, -1},
	{"triệu", BC_NUM_NONE, "", "", NULL, false, false, -1},
	{"trăm", BC_NUM_NONE, "", "", NULL, false, false, -1},
	{"tư", BC_NUM_NONE, "", "", NULL, false, false, -1},
	{"lăm", BC_NUM_NONE, "", "", NULL, false, false, -1},
	{"mốt", BC_NUM_NONE, "", "", NULL, false, false, -1},
	{"không", BC_NUM_NONE, "", "", NULL, false, false, -1},
	{"%", BC_NUM_NONE, "", "", NULL, false, false, -1},
	{"-", BC_NUM_NONE, "", "", NULL, false, false, -1},
	/* scale words */
	{"436,23 triệu", BC_NUM_OK, "436230000", "", NULL, false, false, -1},
	{"3,38 tỷ", BC_NUM_OK, "3380000000", "", NULL, false, false, -1},
	{"3,38 tỉ", BC_NUM_OK, "3380000000", "", NULL, false, false, -1},
	{"7 triệu", BC_NUM_OK, "7000000", "", NULL, false, false, -1},
	{"2 nghìn", BC_NUM_OK, "2000", "", NULL, false, false, -1},
	{"2 ngàn", BC_NUM_OK, "2000", "", NULL, false, false, -1},
	{"2 nghìn tỷ", BC_NUM_OK, "2000000000000", "", NULL, false, false, -1},
	{"1,5 nghìn tỷ", BC_NUM_OK, "1500000000000", "", NULL, false, false, -1},
	{"2 ngàn tỉ", BC_NUM_OK, "2000000000000", "", NULL, false, false, -1},
	{"1,2345 nghìn", BC_NUM_OK, "1234.5", "", NULL, false, false, -1},
	{"0,5 triệu", BC_NUM_OK, "500000", "", NULL, false, false, -1},
	{"1.200 tỷ", BC_NUM_OK, "1200000000000", "", NULL, false, false, -1},
	{"9 tỷ 140 triệu", BC_NUM_OK, "9140000000", "", NULL, false, false, -1},
	{"1 tỷ 200 triệu 500 nghìn", BC_NUM_OK, "1200500000", "", NULL, false, false, -1},
	{"5 triệu 300 nghìn", BC_NUM_OK, "5300000", "", NULL, false, false, -1},
	{"2 tỷ 5 triệu", BC_NUM_OK, "2005000000", "", NULL, false, false, -1},
	{"2 triệu 500 USD", BC_NUM_OK, "2000500", "", "USD", false, false, -1},
	{"9 tỷ 140 triệu 5 nghìn 7 USD", BC_NUM_OK, "9140005007", "", "USD", false, false, -1},
	{"2 nghìn 5000 USD", BC_NUM_OK, "2000", "", NULL, false, false, -1},
	{"2 triệu 500 dự án", BC_NUM_OK, "2000000", "", NULL, false, false, -1},
	{"Triệu", BC_NUM_NONE, "", "", NULL, false, false, -1},
	{"7 TRIỆU", BC_NUM_OK, "7000000", "", NULL, false, false, -1},
	{"7 Tỷ", BC_NUM_OK, "7000000000", "", NULL, false, false, -1},
	{"9 tỷ tỷ", BC_NUM_SCALE, "", "", NULL, false, false, -1},
	{"9 triệu triệu", BC_NUM_SCALE, "", "", NULL, false, false, -1},
	{"9 nghìn nghìn", BC_NUM_SCALE, "", "", NULL, false, false, -1},
	{"9 triệu tỷ tỷ", BC_NUM_SCALE, "", "", NULL, false, false, -1},
	{"5 triệu tỷ", BC_NUM_OK, "5000000000000000", "", NULL, false, false, -1},
	{"9 triệu 140 tỷ", BC_NUM_OK, "9000000", "", NULL, false, false, -1},
	/* spelled-out numbers */
	{"một", BC_NUM_OK, "1", "", NULL, false, false, -1},
	{"hai", BC_NUM_OK, "2", "", NULL, false, false, -1},
	{"ba", BC_NUM_OK, "3", "", NULL, false, false, -1},
	{"bốn", BC_NUM_OK, "4", "", NULL, false, false, -1},
	{"năm", BC_NUM_OK, "5", "", NULL, false, false, -1},
	{"sáu", BC_NUM_OK, "6", "", NULL, false, false, -1},
	{"bảy", BC_NUM_OK, "7", "", NULL, false, false, -1},
	{"tám", BC_NUM_OK, "8", "", NULL, false, false, -1},
	{"chín", BC_NUM_OK, "9", "", NULL, false, false, -1},
	{"mười", BC_NUM_OK, "10", "", NULL, false, false, -1},
	{"mười một", BC_NUM_OK, "11", "", NULL, false, false, -1},
	{"mười lăm", BC_NUM_OK, "15", "", NULL, false, false, -1},
	{"mười chín", BC_NUM_OK, "19", "", NULL, false, false, -1},
	{"hai mươi", BC_NUM_OK, "20", "", NULL, false, false, -1},
	{"hai mươi mốt", BC_NUM_OK, "21", "", NULL, false, false, -1},
	{"hai mươi tư", BC_NUM_OK, "24", "", NULL, false, false, -1},
	{"hai mươi lăm", BC_NUM_OK, "25", "", NULL, false, false, -1},
	{"ba mươi hai", BC_NUM_OK, "32", "", NULL, false, false, -1},
	{"bốn mươi tư", BC_NUM_OK, "44", "", NULL, false, false, -1},
	{"chín mươi chín", BC_NUM_OK, "99", "", NULL, false, false, -1},
	{"một trăm", BC_NUM_OK, "100", "", NULL, false, false, -1},
	{"ba trăm", BC_NUM_OK, "300", "", NULL, false, false, -1},
	{"ba trăm linh năm", BC_NUM_OK, "305", "", NULL, false, false, -1},
	{"ba trăm lẻ năm", BC_NUM_OK, "305", "", NULL, false, false, -1},
	{"một trăm mười", BC_NUM_OK, "110", "", NULL, false, false, -1},
	{"hai trăm năm mươi", BC_NUM_OK, "250", "", NULL, false, false, -1},
	{"chín trăm chín mươi chín", BC_NUM_OK, "999", "", NULL, false, false, -1},
	{"hai trăm nghìn", BC_NUM_OK, "200000", "", NULL, false, false, -1},
	{"hai trăm ngàn", BC_NUM_OK, "200000", "", NULL, false, false, -1},
	{"ba triệu", BC_NUM_OK, "3000000", "", NULL, false, false, -1},
	{"một triệu hai trăm nghìn", BC_NUM_OK, "1200000", "", NULL, false, false, -1},
	{"hai nghìn tỷ", BC_NUM_OK, "2000000000000", "", NULL, false, false, -1},
	{"năm tỷ", BC_NUM_OK, "5000000000", "", NULL, false, false, -1},
	{"mười hai nghìn", BC_NUM_OK, "12000", "", NULL, false, false, -1},
	{"Hai mươi", BC_NUM_OK, "20", "", NULL, false, false, -1},
	{"MƯỜI", BC_NUM_OK, "10", "", NULL, false, false, -1},
	{"hai mươi năm", BC_NUM_OK, "20", "", NULL, false, false, 10},
	{"mười năm", BC_NUM_OK, "10", "", NULL, false, false, 7},
	{"hai mươi lăm năm", BC_NUM_OK, "25", "", NULL, false, false, 15},
	{"một trăm linh năm", BC_NUM_OK, "105", "", NULL, false, false, -1},
	{"năm trăm", BC_NUM_OK, "500", "", NULL, false, false, -1},
	{"năm mươi", BC_NUM_OK, "50", "", NULL, false, false, -1},
	{"hai ba", BC_NUM_OK, "2", "", NULL, false, false, 3},
	{"ba năm", BC_NUM_OK, "3", "", NULL, false, false, 2},
	{"hai tỷ tỷ", BC_NUM_SCALE, "", "", NULL, false, false, -1},
	{"một triệu hai triệu", BC_NUM_SCALE, "", "", NULL, false, false, -1},
	/* ranges: lower bound with the upper bound kept */
	{"7-10", BC_NUM_OK, "7", "10", NULL, false, false, 4},
	{"1.000-2.000", BC_NUM_OK, "1000", "2000", NULL, false, false, 11},
	{"1.000 - 2.000", BC_NUM_OK, "1000", "2000", NULL, false, false, 13},
	{"1.000 đến 2.000", BC_NUM_OK, "1000", "2000", NULL, false, false, -1},
	{"1.000 tới 2.000", BC_NUM_OK, "1000", "2000", NULL, false, false, -1},
	{"5-7 triệu USD", BC_NUM_OK, "5000000", "7000000", "USD", false, false, -1},
	{"5 triệu - 7 triệu", BC_NUM_OK, "5000000", "7000000", NULL, false, false, -1},
	{"10–20%", BC_NUM_OK, "10", "20", NULL, true, false, -1},
	{"hai đến ba", BC_NUM_OK, "2", "3", NULL, false, false, -1},
	{"10-5", BC_NUM_OK, "10", "", NULL, false, false, 2},
	{"5-5", BC_NUM_OK, "5", "", NULL, false, false, 1},
	{"7-", BC_NUM_OK, "7", "", NULL, false, false, 1},
	{"7 - abc", BC_NUM_OK, "7", "", NULL, false, false, 1},
	/* currencies */
	{"9 tỷ 140 triệu USD", BC_NUM_OK, "9140000000", "", "USD", false, false, -1},
	{"253.494.860,10 USD", BC_NUM_OK, "253494860.10", "", "USD", false, false, -1},
	{"436,23 triệu USD", BC_NUM_OK, "436230000", "", "USD", false, false, -1},
	{"54,98 triệu USD", BC_NUM_OK, "54980000", "", "USD", false, false, -1},
	{"381,25 triệu USD", BC_NUM_OK, "381250000", "", "USD", false, false, -1},
	{"3,38 tỷ USD", BC_NUM_OK, "3380000000", "", "USD", false, false, -1},
	{"5 usd", BC_NUM_OK, "5", "", "USD", false, false, -1},
	{"5 triệu đô la Mỹ", BC_NUM_OK, "5000000", "", "USD", false, false, -1},
	{"5 triệu đô la", BC_NUM_OK, "5000000", "", "USD", false, false, -1},
	{"5 triệu đôla", BC_NUM_OK, "5000000", "", "USD", false, false, -1},
	{"2 tỷ đồng", BC_NUM_OK, "2000000000", "", "VND", false, false, -1},
	{"2.000 đồng", BC_NUM_OK, "2000", "", "VND", false, false, -1},
	{"2 tỷ VNĐ", BC_NUM_OK, "2000000000", "", "VND", false, false, -1},
	{"2 tỷ VND", BC_NUM_OK, "2000000000", "", "VND", false, false, -1},
	{"2 tỷ vnđ", BC_NUM_OK, "2000000000", "", "VND", false, false, -1},
	{"10 triệu nhân dân tệ", BC_NUM_OK, "10000000", "", "CNY", false, false, -1},
	{"10 triệu NDT", BC_NUM_OK, "10000000", "", "CNY", false, false, -1},
	{"10 triệu CNY", BC_NUM_OK, "10000000", "", "CNY", false, false, -1},
	{"500 triệu kíp", BC_NUM_OK, "500000000", "", "LAK", false, false, -1},
	{"500 triệu LAK", BC_NUM_OK, "500000000", "", "LAK", false, false, -1},
	{"40 triệu riel", BC_NUM_OK, "40000000", "", "KHR", false, false, -1},
	{"40 triệu KHR", BC_NUM_OK, "40000000", "", "KHR", false, false, -1},
	{"3 triệu baht", BC_NUM_OK, "3000000", "", "THB", false, false, -1},
	{"3 triệu bạt", BC_NUM_OK, "3000000", "", "THB", false, false, -1},
	{"3 triệu THB", BC_NUM_OK, "3000000", "", "THB", false, false, -1},
	{"hai triệu USD", BC_NUM_OK, "2000000", "", "USD", false, false, -1},
	{"500.000đ", BC_NUM_OK, "500000", "", "VND", false, false, 9},
	{"500.000 đ", BC_NUM_OK, "500000", "", "VND", false, false, 10},
	{"5 tỷ đ", BC_NUM_OK, "5000000000", "", "VND", false, false, -1},
	{"5 đ", BC_NUM_OK, "5", "", NULL, false, false, 1},
	{"5 đồng chí", BC_NUM_OK, "5", "", NULL, false, false, 1},
	{"5 triệu đồng chí", BC_NUM_OK, "5000000", "", NULL, false, false, -1},
	{"5 USDT", BC_NUM_OK, "5", "", NULL, false, false, 1},
	/* percent */
	{"39,52%", BC_NUM_OK, "39.52", "", NULL, true, false, 6},
	{"39,52 %", BC_NUM_OK, "39.52", "", NULL, true, false, 7},
	{"32,32%", BC_NUM_OK, "32.32", "", NULL, true, false, 6},
	{"100%", BC_NUM_OK, "100", "", NULL, true, false, 4},
	{"5 phần trăm", BC_NUM_OK, "5", "", NULL, true, false, -1},
	{"năm phần trăm", BC_NUM_OK, "5", "", NULL, true, false, -1},
	{"0,5%", BC_NUM_OK, "0.5", "", NULL, true, false, 4},
	/* length caps */
	{"12345678901234567890123456789012345678", BC_NUM_OK,
	 "12345678901234567890123456789012345678", "", NULL, false, false, 38},
	{"123456789012345678901234567890123456789", BC_NUM_TOO_LONG, "", "", NULL, false, false, -1},
	{"1 nghìn tỷ tỷ", BC_NUM_SCALE, "", "", NULL, false, false, -1},
	{"999999999999999999999999999999 tỷ", BC_NUM_TOO_LONG, "", "", NULL, false, false, -1},
	{"9999999999999999999999999999 tỷ", BC_NUM_OK,
	 "9999999999999999999999999999000000000", "", NULL, false, false, -1},
	{"0,00000000000000000000000000000000000001", BC_NUM_TOO_LONG, "", "", NULL, false, false, -1},
};

/* every quantity case */
BC_TEST(number_quantity_cases)
{
	size_t		i;

	for (i = 0; i < sizeof(qcases) / sizeof(qcases[0]); i++)
	{
		const qcase *c = &qcases[i];
		bc_quantity q;
		bc_num_error e = bc_quantity_at(c->in, strlen(c->in), 0, &q);

		if (e != c->err)
		{
			bc_test_fail(__FILE__, __LINE__, "\"%s\": error %d, want %d (value %s)",
						 c->in, (int) e, (int) c->err, e == BC_NUM_OK ? q.value : "-");
			continue;
		}
		bc_test_checks++;
		if (e != BC_NUM_OK)
			continue;
		BC_CHECK_STR(q.value, c->value);
		BC_CHECK_STR(q.upper, c->upper);
		BC_CHECK_STR(q.currency, c->currency);
		if (q.percent != c->percent || q.uncertain != c->uncertain)
			bc_test_fail(__FILE__, __LINE__, "\"%s\": percent %d uncertain %d",
						 c->in, q.percent, q.uncertain);
		if (c->end >= 0)
			BC_CHECK_INT(q.end, c->end);
	}
}

/* a 400-digit number is refused, not overflowed */
BC_TEST(number_400_digits)
{
	char		buf[512];
	bc_quantity q;
	char		out[BC_NUM_TEXT];
	bool		unc;

	memset(buf, '9', 400);
	buf[400] = '\0';
	BC_CHECK_INT(bc_quantity_at(buf, 400, 0, &q), BC_NUM_TOO_LONG);
	BC_CHECK_INT(bc_number_parse(buf, 400, out, &unc), BC_NUM_TOO_LONG);
	/* 400 digits grouped by dots */
	{
		size_t		n = 0;
		int			g;

		buf[n++] = '1';
		for (g = 0; g < 120; g++)
		{
			memcpy(buf + n, ".000", 4);
			n += 4;
		}
		buf[n] = '\0';
		BC_CHECK_INT(bc_quantity_at(buf, n, 0, &q), BC_NUM_TOO_LONG);
	}
	/* leading zeros do not count toward the value's digits */
	memset(buf, '0', 100);
	strcpy(buf + 100, "42");
	BC_CHECK_INT(bc_quantity_at(buf, strlen(buf), 0, &q), BC_NUM_OK);
	BC_CHECK_STR(q.value, "42");
	/* but more than 4 * BC_NUM_MAX_DIGITS written digits are refused outright */
	memset(buf, '0', 300);
	strcpy(buf + 300, "42");
	BC_CHECK_INT(bc_quantity_at(buf, strlen(buf), 0, &q), BC_NUM_TOO_LONG);
}

/* bc_number_parse takes the whole string */
BC_TEST(number_parse_whole)
{
	static const struct
	{
		const char *in;
		bc_num_error err;
		const char *out;
	}			c[] = {
		{"1.667", BC_NUM_OK, "1667"},
		{" 1.667 ", BC_NUM_OK, "1667"},
		{"436,23 triệu", BC_NUM_OK, "436230000"},
		{"hai mươi lăm", BC_NUM_OK, "25"},
		{"19.2", BC_NUM_DATE_LIKE, ""},
		{"1.234,5,6", BC_NUM_SYNTAX, ""},
		{"5 USD", BC_NUM_SYNTAX, ""},
		{"5%", BC_NUM_SYNTAX, ""},
		{"5-7", BC_NUM_SYNTAX, ""},
		{"5 abc", BC_NUM_SYNTAX, ""},
		{"", BC_NUM_NONE, ""},
		{"   ", BC_NUM_NONE, ""},
		{"abc", BC_NUM_NONE, ""},
	};
	size_t		i;

	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++)
	{
		char		out[BC_NUM_TEXT];
		bool		unc;

		BC_CHECK_INT(bc_number_parse(c[i].in, strlen(c[i].in), out, &unc), c[i].err);
		BC_CHECK_STR(out, c[i].out);
	}
}

/* amounts: the type's input */
BC_TEST(number_amount_parse)
{
	static const struct
	{
		const char *in;
		bool		ok;
		const char *value;
		const char *unit;
	}			c[] = {
		{"9 tỷ 140 triệu USD", true, "9140000000", "USD"},
		{"253.494.860,10 USD", true, "253494860.10", "USD"},
		{"39,52%", true, "39.52", "%"},
		{"39,52 %", true, "39.52", "%"},
		{"39,52 phần trăm", true, "39.52", "%"},
		{"436,23 triệu USD", true, "436230000", "USD"},
		{"76 dự án", true, "76", "dự án"},
		{"76   dự   án  ", true, "76", "dự án"},
		{"1667 bộ hài cốt", true, "1667", "bộ hài cốt"},
		{"hai mươi lăm dự án", true, "25", "dự án"},
		{"53.000 lượt du khách", true, "53000", "lượt du khách"},
		{"7 triệu tấn", true, "7000000", "tấn"},
		{"12", true, "12", ""},
		{"  12  ", true, "12", ""},
		{"-5 USD", true, "-5", "USD"},
		{"+5 USD", true, "5", "USD"},
		{"-0 USD", true, "0", "USD"},
		{"$5", true, "5", "USD"},
		{"0,5%", true, "0.5", "%"},
		{"2 tỷ đồng", true, "2000000000", "VND"},
		{"10 triệu nhân dân tệ", true, "10000000", "CNY"},
		{"5 đồng chí", true, "5", "đồng chí"},
		{"abc", false, "", ""},
		{"", false, "", ""},
		{"   ", false, "", ""},
		{"USD", false, "", ""},
		{"1.234,5,6 USD", false, "", ""},
		{"9 tỷ tỷ", false, "", ""},
		{"9 tỷ tỷ USD", false, "", ""},
		{"1,239 USD", false, "", ""},
		{"1.5 triệu USD", true, "1500000", "USD"},
		{"253494860.10 USD", true, "253494860.10", "USD"},
		{"39.52%", true, "39.52", "%"},
		{"19.2", true, "19.2", ""},
		{"0.001 USD", true, "0.001", "USD"},
		{"1.667", true, "1667", ""},
		{"1.2390 USD", true, "1.2390", "USD"},
		{"1234.567 USD", true, "1234.567", "USD"},
		{"10,646,572", false, "", ""},
		{"1,234.5 USD", false, "", ""},
		{"7-10 bộ hài cốt", false, "", ""},
		{"5 USD thêm", false, "", ""},
		{"5% abc", false, "", ""},
		{"5 dự án 6", false, "", ""},
		{"5dự án", false, "", ""},
		{"5 \001", false, "", ""},
		{"- USD", false, "", ""},
	};
	size_t		i;

	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++)
	{
		char		v[BC_NUM_TEXT],
					u[64];
		const char *d = NULL;
		bool		ok = bc_amount_parse(c[i].in, strlen(c[i].in), v, u, sizeof(u), &d);

		if (ok != c[i].ok)
		{
			bc_test_fail(__FILE__, __LINE__, "amount \"%s\": ok %d", c[i].in, ok);
			continue;
		}
		bc_test_checks++;
		if (ok)
		{
			BC_CHECK_STR(v, c[i].value);
			BC_CHECK_STR(u, c[i].unit);
		}
		else
			BC_CHECK(d != NULL && d[0] != '\0');
	}
}

/* a unit longer than the buffer is refused */
BC_TEST(number_amount_unit_too_long)
{
	char		buf[300];
	char		v[BC_NUM_TEXT],
				u[16];
	const char *d = NULL;

	strcpy(buf, "5 ");
	memset(buf + 2, 'x', 100);
	buf[102] = '\0';
	BC_CHECK(!bc_amount_parse(buf, strlen(buf), v, u, sizeof(u), &d));
	BC_CHECK_STR(d, "The unit is too long.");
}

/* exact comparison of canonical decimals */
BC_TEST(number_decimal_cmp)
{
	static const struct
	{
		const char *a;
		const char *b;
		int			want;
	}			c[] = {
		{"1", "1", 0}, {"1", "2", -1}, {"2", "1", 1}, {"10", "9", 1},
		{"9", "10", -1}, {"1.5", "1.50", 0}, {"1.5", "1.49", 1},
		{"0.1", "0.10", 0}, {"0", "-0", 0}, {"-1", "1", -1}, {"-2", "-1", -1},
		{"-1.5", "-1.6", 1}, {"253494860.10", "253494860.1", 0},
		{"9140000000", "9140000000", 0}, {"9140000000", "914000000", 1},
		{"0.001", "0", 1}, {"-0.001", "0", -1},
		{"12345678901234567890123456789012345678", "12345678901234567890123456789012345677", 1},
	};
	size_t		i;

	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++)
	{
		int			r = bc_decimal_cmp(c[i].a, c[i].b);

		BC_CHECK_INT(r < 0 ? -1 : r > 0 ? 1 : 0, c[i].want);
	}
}

/* canonical text validity */
BC_TEST(number_decimal_valid)
{
	BC_CHECK(bc_decimal_valid("0"));
	BC_CHECK(bc_decimal_valid("436230000"));
	BC_CHECK(bc_decimal_valid("253494860.10"));
	BC_CHECK(bc_decimal_valid("-5"));
	BC_CHECK(bc_decimal_valid("0.5"));
	BC_CHECK(!bc_decimal_valid(""));
	BC_CHECK(!bc_decimal_valid("-"));
	BC_CHECK(!bc_decimal_valid("05"));
	BC_CHECK(!bc_decimal_valid("5."));
	BC_CHECK(!bc_decimal_valid(".5"));
	BC_CHECK(!bc_decimal_valid("1,5"));
	BC_CHECK(!bc_decimal_valid("1e5"));
	BC_CHECK(!bc_decimal_valid("123456789012345678901234567890123456789"));
	BC_CHECK(!bc_decimal_valid(NULL));
}

/* qualifiers written before a number */
BC_TEST(number_qualifiers)
{
	static const struct
	{
		const char *text;		/* the number starts at '#' */
		const char *want;
		int			qstart;
	}			c[] = {
		{"đạt #", "đạt", 0},
		{"kim ngạch đạt #", "đạt", 12},
		{"khoảng #", "khoảng", 0},
		{"hơn #", "hơn", 0},
		{"Hơn #", "hơn", 0},
		{"gần #", "gần", 0},
		{"gần như #", "gần như", 0},
		{"trên #", "trên", 0},
		{"dưới #", "dưới", 0},
		{"lên tới #", "lên tới", 0},
		{"lên đến #", "lên đến", 0},
		{"tới #", "tới", 0},
		{"xấp xỉ #", "xấp xỉ", 0},
		{"ước đạt #", "ước đạt", 0},
		{"ít nhất #", "ít nhất", 0},
		{"được #", NULL, -1},
		{"thêm #", NULL, -1},
		{"#", NULL, -1},
		{"Phơn #", NULL, -1},
	};
	size_t		i;

	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++)
	{
		int			qs = -1;
		const char *pos = strchr(c[i].text, '#');
		const char *q = bc_qualifier_before(c[i].text, (size_t) (pos - c[i].text), &qs);

		BC_CHECK_STR(q, c[i].want);
		if (c[i].want)
			BC_CHECK_INT(qs, c[i].qstart);
	}
}

/* a quantity read in the middle of a sentence */
BC_TEST(number_in_context)
{
	const char *s = "Tổng kim ngạch đạt 436,23 triệu USD, tăng 39,52% so với cùng kỳ.";
	const char *p = strstr(s, "436");
	bc_quantity q;

	BC_CHECK_INT(bc_quantity_at(s, strlen(s), (size_t) (p - s), &q), BC_NUM_OK);
	BC_CHECK_STR(q.value, "436230000");
	BC_CHECK_STR(q.currency, "USD");
	BC_CHECK_INT(q.start, p - s);
	BC_CHECK_INT(q.end, (int) (strstr(s, "USD") - s + 3));
	p = strstr(s, "39,52");
	BC_CHECK_INT(bc_quantity_at(s, strlen(s), (size_t) (p - s), &q), BC_NUM_OK);
	BC_CHECK_STR(q.value, "39.52");
	BC_CHECK(q.percent);
	BC_CHECK_INT(q.end, (int) (strchr(s, '%') - s + 1));
}

/* helpers: case folding and word matching */
BC_TEST(number_word_helpers)
{
	BC_CHECK_INT(bc_lower_cp('A'), 'a');
	BC_CHECK_INT(bc_lower_cp(0x110), 0x111);	/* Đ đ */
	BC_CHECK_INT(bc_lower_cp(0x1EA0), 0x1EA1);	/* Ạ ạ */
	BC_CHECK_INT(bc_lower_cp(0x1AF), 0x1B0);	/* Ư ư */
	BC_CHECK_INT(bc_lower_cp(0x1A0), 0x1A1);	/* Ơ ơ */
	BC_CHECK_INT(bc_lower_cp(0xC0), 0xE0);	/* À à */
	BC_CHECK_INT(bc_lower_cp('a'), 'a');
	BC_CHECK_INT(bc_lower_cp('5'), '5');
	BC_CHECK_INT(bc_word_at("Triệu USD", 10, 0, "triệu"), strlen("triệu"));
	BC_CHECK_INT(bc_word_at("triệuUSD", 9, 0, "triệu"), 0);
	BC_CHECK_INT(bc_word_at("so  với", strlen("so  với"), 0, "so với"), strlen("so  với"));
	BC_CHECK_INT(bc_word_at("tỷ", strlen("tỷ"), 0, "tỷ lệ"), 0);
	BC_CHECK(bc_word_start("a b", 2));
	BC_CHECK(!bc_word_start("ab", 1));
	BC_CHECK_INT(bc_skip_space("  x", 3, 0), 2);
	BC_CHECK_INT(bc_skip_space("\xC2\xA0x", 3, 0), 2);
}

/* every error has a sentence */
BC_TEST(number_error_details)
{
	int			e;

	for (e = BC_NUM_OK; e <= BC_NUM_DATE_LIKE; e++)
	{
		const char *d = bc_num_error_detail((bc_num_error) e);

		BC_CHECK(d != NULL && d[strlen(d) - 1] == '.');
	}
}

/* no reading runs past the text or hangs on junk */
BC_TEST(number_bounded_on_junk)
{
	static const char *const junk[] = {
		"1.", "1,", ".1", ",1", "1..2", "1,,2", "1.,2", "9 tỷ", "9 tỷ ", "9 tỷ 1",
		"9 tỷ 140", "9 tỷ 140 ", "mười mười", "trăm trăm", "linh", "một trăm linh",
		"hai mươi mươi", "\xFF\xFE", "1\xE2\x80", "5 \xC2", "5-\xE2\x80\x93", "đến",
		"5 đến", "5 đến đến 6", "0/0", "1/0", "tỷ tỷ tỷ",
	};
	size_t		i;

	for (i = 0; i < sizeof(junk) / sizeof(junk[0]); i++)
	{
		bc_quantity q;
		bc_num_error e = bc_quantity_at(junk[i], strlen(junk[i]), 0, &q);

		if (e == BC_NUM_OK)
			BC_CHECK(q.end <= (int) strlen(junk[i]) && q.num_end <= q.end);
		else
			BC_CHECK(e != BC_NUM_OK);
	}
}
