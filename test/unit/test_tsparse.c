/*
 * test/unit/test_tsparse.c
 *		Unit tests of the Vietnamese text search tokenizer and dictionary.
 */
#include <stdio.h>
#include <stdlib.h>

#include "bc_core.h"
#include "bc_tsparse.h"
#include "bc_test.h"

static const char test_lexicon[] =
"# test lexicon\n"
"biên giới\n"
"biên bản\n"
"thế giới\n"
"hợp tác\n"
"hòa bình\n"
"xuất nhập khẩu\n"
"lao động\n"
"w\tkim ngạch\n"
"w\tbí thư tỉnh ủy\n"
"bí thư\n"
"tỉnh ủy\n"
"s\tvà\n"
"s\tcủa\n"
"s\ttuy nhiên\n"
"p\tKratie\tKH-10\n"
"p\tKaratie\tKH-10\n"
"p\tKra-chê\tKH-10\n"
"p\tLào\tLA\n"
"p\tBình Phước\tVN-58\n";

/* A lexicon loaded from test_lexicon, in arena a. */
static bc_lexicon *
test_lx(bc_arena *a)
{
	bc_lexicon *lx = bc_lexicon_new(a);
	int			line = 0;
	const char *msg = NULL;
	int			n = bc_lexicon_load(lx, test_lexicon, strlen(test_lexicon),
									&line, &msg);

	BC_CHECK_INT(n, 19);
	bc_lexicon_freeze(lx);
	return lx;
}

/* Tokens of s as "type:text|type:text...", blanks left out. */
static char *
tokens(bc_arena *a, const bc_lexicon *lx, const char *s)
{
	bc_tsparser *p = bc_alloc(a, sizeof(bc_tsparser));
	bc_buf		b;
	size_t		st,
				len;
	bc_tstype	t;
	int			guard = 0;

	bc_buf_init(&b, a);
	bc_tsparse_init(p, lx, s, strlen(s), a);
	while ((t = bc_tsparse_next(p, &st, &len)) != BC_TS_EOF && guard++ < 1000)
	{
		if (t == BC_TS_BLANK)
			continue;
		if (b.len)
			bc_buf_putc(&b, '|');
		bc_buf_printf(&b, "%s:%.*s", bc_tstype_name(t), (int) len, s + st);
	}
	return bc_buf_cstr(&b);
}

/* Lexemes of one token as "lex lex +lex* / v2lex" ('+' addpos, '*' prefix, '/' new variant). */
static char *
lexemes(bc_arena *a, const bc_lexicon *lx, const char *tok)
{
	bc_tslexize *out = bc_alloc(a, sizeof(bc_tslexize));
	bc_buf		b;
	int			i;

	bc_buf_init(&b, a);
	if (!bc_ts_lexize(lx, tok, strlen(tok), BC_TSD_DEFAULT, out, a))
		return "(none)";
	if (out->stop)
		return "(stop)";
	for (i = 0; i < out->nlex; i++)
	{
		if (i > 0)
			bc_buf_puts(&b, out->lex[i].variant != out->lex[i - 1].variant ? " / " : " ");
		if (out->lex[i].addpos)
			bc_buf_putc(&b, '+');
		bc_buf_puts(&b, out->buf + out->lex[i].off);
		if (out->lex[i].prefix)
			bc_buf_putc(&b, '*');
	}
	return bc_buf_cstr(&b);
}

/* Normalised exact form of a word. */
static char *
exact(bc_arena *a, const char *s)
{
	bc_tsnorm  *n = bc_alloc(a, sizeof(bc_tsnorm));

	if (!bc_ts_normalize(s, strlen(s), n, a))
		return "(fail)";
	return bc_strdup(a, n->exact);
}

/* ASCII fold of a word. */
static char *
fold(bc_arena *a, const char *s)
{
	bc_tsnorm  *n = bc_alloc(a, sizeof(bc_tsnorm));

	if (!bc_ts_normalize(s, strlen(s), n, a))
		return "(fail)";
	return bc_strdup(a, n->fold);
}

BC_TEST(tsparse_normalize_case_and_tone)
{
	bc_arena   *a = bc_arena_new();

	BC_CHECK_STR(exact(a, "Hoà"), "hòa");
	BC_CHECK_STR(exact(a, "hòa"), "hòa");
	BC_CHECK_STR(exact(a, "THUỶ"), "thủy");
	BC_CHECK_STR(exact(a, "hoè"), "hòe");
	BC_CHECK_STR(exact(a, "hoàn"), "hoàn");	/* closed: stays on a */
	BC_CHECK_STR(exact(a, "quý"), "quý");
	BC_CHECK_STR(exact(a, "giữa"), "giữa");
	BC_CHECK_STR(exact(a, "người"), "người");
	BC_CHECK_STR(exact(a, "ĐẮK LẮK"), "đắk lắk");
	BC_CHECK_STR(fold(a, "Đắk Lắk"), "dak lak");
	BC_CHECK_STR(fold(a, "biên giới"), "bien gioi");
	bc_arena_free(a);
}

BC_TEST(tsparse_normalize_iy_safe_list)
{
	bc_arena   *a = bc_arena_new();

	BC_CHECK_STR(exact(a, "tỉ"), "tỷ");
	BC_CHECK_STR(exact(a, "tỷ"), "tỷ");
	BC_CHECK_STR(exact(a, "kĩ"), "kỹ");
	BC_CHECK_STR(exact(a, "lí"), "lý");
	BC_CHECK_STR(exact(a, "quí"), "quý");
	BC_CHECK_STR(exact(a, "sỹ"), "sĩ");
	BC_CHECK_STR(exact(a, "chí"), "chí");	/* not in the list */
	BC_CHECK_STR(exact(a, "lịch"), "lịch");	/* closed syllable */
	bc_arena_free(a);
}

BC_TEST(tsparse_normalize_nfd)
{
	bc_arena   *a = bc_arena_new();

	/* b i e U+0302 U+0300 n: "biền" decomposed; hoa + U+0300 on a */
	BC_CHECK_STR(exact(a, "bie\xcc\x82\xcc\x80n"), "biền");
	BC_CHECK_STR(exact(a, "hoa\xcc\x80"), "hòa");
	BC_CHECK_STR(exact(a, "gio\xcc\x9b\xcc\x81i"), "giới");
	/* a letter outside Vietnamese goes through ICU */
	BC_CHECK_STR(exact(a, "ÄRGER"), "ärger");
	BC_CHECK_STR(exact(a, "Straße"), "strasse");
	bc_arena_free(a);
}

BC_TEST(tsparse_tokens_compounds)
{
	bc_arena   *a = bc_arena_new();
	bc_lexicon *lx = test_lx(a);

	BC_CHECK_STR(tokens(a, lx, "hợp tác biên giới"),
				 "compound:hợp tác|compound:biên giới");
	BC_CHECK_STR(tokens(a, lx, "ký biên bản về thế giới"),
				 "word:ký|compound:biên bản|word:về|compound:thế giới");
	/* longest match; three syllables */
	BC_CHECK_STR(tokens(a, lx, "hàng xuất nhập khẩu"),
				 "word:hàng|compound:xuất nhập khẩu");
	/* no diacritics: found through the fold */
	BC_CHECK_STR(tokens(a, lx, "bien gioi"), "compound:bien gioi");
	/* diacritics typed must agree; a mixed spelling is not a fold */
	BC_CHECK_STR(tokens(a, lx, "biến giới"), "word:biến|word:giới");
	BC_CHECK_STR(tokens(a, lx, "biên gioi"), "word:biên|word:gioi");
	/* a line break ends a compound; a hyphen joins a transliteration */
	BC_CHECK_STR(tokens(a, lx, "biên\ngiới Kra-chê"),
				 "word:biên|word:giới|compound:Kra-chê");
	BC_CHECK_STR(tokens(a, lx, "Bí thư Tỉnh ủy Cao Bằng"),
				 "compound:Bí thư Tỉnh ủy|word:Cao|word:Bằng");
	/* tone placement and NFD inside the lookup */
	BC_CHECK_STR(tokens(a, lx, "hoà bình"), "compound:hoà bình");
	BC_CHECK_STR(tokens(a, lx, "hoa\xcc\x80 bi\xcc\x80nh"),
				 "compound:hoa\xcc\x80 bi\xcc\x80nh");
	bc_arena_free(a);
}

BC_TEST(tsparse_tokens_numbers_urls)
{
	bc_arena   *a = bc_arena_new();
	bc_lexicon *lx = test_lx(a);

	BC_CHECK_STR(tokens(a, lx, "đạt 436,23 triệu USD, 253.494.860,10 USD."),
				 "word:đạt|number:436,23|word:triệu|word:USD|number:253.494.860,10|word:USD");
	BC_CHECK_STR(tokens(a, lx, "năm 2021. Covid-19 G20 5G"),
				 "word:năm|number:2021|word:Covid|number:19|numword:G20|numword:5G");
	BC_CHECK_STR(tokens(a, lx, "xem https://binhphuoc.gov.vn/tin-tuc/a.html, hoặc www.vnexpress.net."),
				 "word:xem|url:https://binhphuoc.gov.vn/tin-tuc/a.html|word:hoặc|url:www.vnexpress.net");
	BC_CHECK_STR(tokens(a, lx, "gửi toasoan@baobinhphuoc.com.vn nhé"),
				 "word:gửi|email:toasoan@baobinhphuoc.com.vn|word:nhé");
	BC_CHECK_STR(tokens(a, lx, "“Tăng cường” (28/10)…"),
				 "word:Tăng|word:cường|number:28|number:10");
	BC_CHECK_STR(tokens(a, lx, ""), "");
	{
		/* a long run of punctuation comes in pieces of at most 1 kB */
		char	   *dashes = bc_alloc(a, 5001);
		bc_tsparser *p = bc_alloc(a, sizeof(bc_tsparser));
		size_t		st,
					len;
		int			n = 0;

		memset(dashes, '-', 5000);
		bc_tsparse_init(p, lx, dashes, 5000, a);
		while (bc_tsparse_next(p, &st, &len) == BC_TS_BLANK && n < 100)
		{
			BC_CHECK(len <= BC_TS_MAX_TOKEN);
			n++;
		}
		BC_CHECK_INT(n, 5);
	}
	bc_arena_free(a);
}

BC_TEST(tsparse_lexemes)
{
	bc_arena   *a = bc_arena_new();
	bc_lexicon *lx = test_lx(a);

	BC_CHECK_STR(lexemes(a, lx, "Biên giới"),
				 "bien_gioi~biên_giới bien~biên +gioi~giới");
	BC_CHECK_STR(lexemes(a, lx, "bien gioi"), "bien_gioi~* bien~* +gioi~*");
	/* a compound made of shorter ones: the parts, at their own positions */
	BC_CHECK_STR(lexemes(a, lx, "Bí thư Tỉnh ủy"),
				 "bi~bí bi_thu~bí_thư +thu~thư +tinh~tỉnh tinh_uy~tỉnh_ủy +uy~ủy");
	/* a compound that is not made of two shorter ones keeps its own lexeme */
	BC_CHECK_STR(lexemes(a, lx, "xuất nhập khẩu"),
				 "xuat_nhap_khau~xuất_nhập_khẩu xuat~xuất +nhap~nhập +khau~khẩu");
	BC_CHECK_STR(lexemes(a, lx, "Hoà"), "hoa~hòa");
	BC_CHECK_STR(lexemes(a, lx, "USD"), "usd~*");
	BC_CHECK_STR(lexemes(a, lx, "và"), "(stop)");
	BC_CHECK_STR(lexemes(a, lx, "Tuy nhiên"), "(stop)");
	/* a plain "cua" is not the stop word "của" */
	BC_CHECK_STR(lexemes(a, lx, "cua"), "cua~*");
	/* places: the code, or the words as written */
	BC_CHECK_STR(lexemes(a, lx, "Karatie"), "KH-10 / karatie~*");
	BC_CHECK_STR(lexemes(a, lx, "kratie"), "KH-10 / kratie~*");
	BC_CHECK_STR(lexemes(a, lx, "Kra-chê"),
				 "KH-10 / kra_che~kra_chê kra~* / +KH-10 / che~chê");
	BC_CHECK_STR(lexemes(a, lx, "kra che"), "KH-10 / kra_che~* kra~* / +KH-10 / che~*");
	BC_CHECK_STR(lexemes(a, lx, "Lào"), "LA / lao~lào");
	/* "lao" typed plainly is not Laos */
	BC_CHECK_STR(lexemes(a, lx, "lao"), "lao~*");
	/* a lexicon word with a syllable plain by nature is not a prefix */
	BC_CHECK_STR(lexemes(a, lx, "kim ngạch"), "kim_ngach~kim_ngạch kim~* +ngach~ngạch");
	BC_CHECK_STR(lexemes(a, lx, "kim ngach"), "kim_ngach~* kim~* +ngach~*");
	BC_CHECK_STR(lexemes(a, lx, "Bình Phước"),
				 "VN-58 / binh_phuoc~bình_phước binh~bình / +VN-58 / phuoc~phước");
	BC_CHECK_STR(lexemes(a, lx, ""), "(none)");
	bc_arena_free(a);
}

BC_TEST(tsparse_lexicon_errors)
{
	bc_arena   *a = bc_arena_new();
	bc_lexicon *lx = bc_lexicon_new(a);
	int			line = 0;
	const char *msg = NULL;

	BC_CHECK_INT(bc_lexicon_load(lx, "a b\nx\tfoo\n", 10, &line, &msg), -1);
	BC_CHECK_INT(line, 2);
	BC_CHECK(msg != NULL);
	BC_CHECK_INT(bc_lexicon_load(lx, "p\tKratie\n", 9, &line, &msg), -1);
	BC_CHECK_INT(bc_lexicon_load(lx, "a b c d e f g h i\n", 18, &line, &msg), -1);
	BC_CHECK_INT(bc_lexicon_load(lx, "# only\n\n", 8, &line, &msg), 0);
	bc_arena_free(a);
}

BC_TEST(tsparse_bounded_on_junk)
{
	bc_arena   *a = bc_arena_new();
	bc_lexicon *lx = test_lx(a);
	char		junk[4096];
	int			i;
	unsigned	seed = 12345;

	for (i = 0; i < (int) sizeof(junk) - 1; i++)
	{
		seed = seed * 1103515245u + 12345u;
		junk[i] = (char) ((seed >> 16) & 0xFF);
		if (junk[i] == 0)
			junk[i] = ' ';
	}
	junk[sizeof(junk) - 1] = '\0';
	(void) tokens(a, lx, junk);
	for (i = 0; i + 40 < (int) sizeof(junk); i += 37)
		(void) lexemes(a, lx, bc_strndup(a, junk + i, 40));
	BC_CHECK(1);
	bc_arena_free(a);
}
