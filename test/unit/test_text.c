/*
 * test/unit/test_text.c
 *		UTF-8 helpers, NFC, case folding and the Vietnamese matching folds.
 */
#include "bc_core.h"
#include "bc_test.h"

/* Apply a fold to a C string and return the result in the arena. */
static const char *
apply(bc_arena *a, char *(*fn) (bc_arena *, const char *, size_t, size_t *),
	  const char *s)
{
	size_t		n;

	return fn(a, s, strlen(s), &n);
}

BC_TEST(text_utf8_decode)
{
	uint32_t	cp;

	BC_CHECK_INT(bc_utf8_decode("a", 1, &cp), 1);
	BC_CHECK_INT(cp, 'a');
	BC_CHECK_INT(bc_utf8_decode("\xc4\x91", 2, &cp), 2);
	BC_CHECK_INT(cp, 0x111);
	BC_CHECK_INT(bc_utf8_decode("\xe1\xbb\x87", 3, &cp), 3);
	BC_CHECK_INT(cp, 0x1EC7);
	/* truncated, overlong, surrogate, stray continuation */
	BC_CHECK_INT(bc_utf8_decode("\xe1\xbb", 2, &cp), 1);
	BC_CHECK_INT(cp, 0xFFFD);
	BC_CHECK_INT(bc_utf8_decode("\xc0\xaf", 2, &cp), 1);
	BC_CHECK_INT(cp, 0xFFFD);
	BC_CHECK_INT(bc_utf8_decode("\xed\xa0\x80", 3, &cp), 1);
	BC_CHECK_INT(cp, 0xFFFD);
	BC_CHECK_INT(bc_utf8_decode("\x80", 1, &cp), 1);
	BC_CHECK_INT(cp, 0xFFFD);
	BC_CHECK_INT(bc_utf8_chars("Việt Nam", strlen("Việt Nam")), 8);
}

BC_TEST(text_nfc)
{
	bc_arena   *a = bc_arena_new();

	/* "Việt" decomposed: e + circumflex + dot below */
	BC_CHECK_STR(apply(a, bc_nfc, "Vie\xcc\x82\xcc\xa3t"), "Việt");
	BC_CHECK_STR(apply(a, bc_nfc, "plain ascii"), "plain ascii");
	BC_CHECK_STR(apply(a, bc_nfc, ""), "");
	/* invalid bytes become U+FFFD */
	BC_CHECK_STR(apply(a, bc_nfc, "a\xff" "b"), "a\xef\xbf\xbd" "b");
	bc_arena_free(a);
}

BC_TEST(text_casefold)
{
	bc_arena   *a = bc_arena_new();

	BC_CHECK_STR(apply(a, bc_casefold, "ĐẮK LẮK"), "đắk lắk");
	BC_CHECK_STR(apply(a, bc_casefold, "HÀ GIANG"), "hà giang");
	/* folding can lengthen a string */
	BC_CHECK_STR(apply(a, bc_casefold, "Straße"), "strasse");
	bc_arena_free(a);
}

BC_TEST(text_fold_tone_placement)
{
	bc_arena   *a = bc_arena_new();

	/* new style -> old style; old style unchanged */
	BC_CHECK_STR(apply(a, bc_fold, "hoà bình"), "hòa bình");
	BC_CHECK_STR(apply(a, bc_fold, "hòa bình"), "hòa bình");
	BC_CHECK_STR(apply(a, bc_fold, "Thuỷ sản"), "thủy sản");
	BC_CHECK_STR(apply(a, bc_fold, "Khánh Hoà"), "khánh hòa");
	BC_CHECK_STR(apply(a, bc_fold, "Thanh Hoá"), "thanh hóa");
	BC_CHECK_STR(apply(a, bc_fold, "hoè"), "hòe");
	/* a final consonant keeps the mark on the second vowel */
	BC_CHECK_STR(apply(a, bc_fold, "hoàn thành"), "hoàn thành");
	BC_CHECK_STR(apply(a, bc_fold, "toán"), "toán");
	/* shaped vowels carry the mark */
	BC_CHECK_STR(apply(a, bc_fold, "người"), "người");
	BC_CHECK_STR(apply(a, bc_fold, "quyết"), "quyết");
	/* qu- and gi- are consonants */
	BC_CHECK_STR(apply(a, bc_fold, "quý"), "quý");
	BC_CHECK_STR(apply(a, bc_fold, "giá"), "giá");
	/* three vowels: the middle one */
	BC_CHECK_STR(apply(a, bc_fold, "ngoài"), "ngoài");
	/* NFD input folds like NFC */
	BC_CHECK_STR(apply(a, bc_fold, "hoa\xcc\x80"), "hòa");
	bc_arena_free(a);
}

BC_TEST(text_fold_ascii)
{
	bc_arena   *a = bc_arena_new();

	BC_CHECK_STR(apply(a, bc_fold_ascii, "Biên giới Việt Nam"), "bien gioi viet nam");
	BC_CHECK_STR(apply(a, bc_fold_ascii, "Đắk Nông"), "dak nong");
	BC_CHECK_STR(apply(a, bc_fold_ascii, "Kra-chê"), "kra-che");
	BC_CHECK_STR(apply(a, bc_fold_ascii, "Lào"), "lao");
	bc_arena_free(a);
}

BC_TEST(text_buffers)
{
	bc_arena   *a = bc_arena_new();
	bc_buf		b;
	int			i;

	bc_buf_init(&b, a);
	BC_CHECK_STR(bc_buf_cstr(&b), "");
	for (i = 0; i < 1000; i++)
		bc_buf_printf(&b, "%d,", i);
	BC_CHECK_INT(b.len, 3890);
	BC_CHECK(strncmp(b.data, "0,1,2,", 6) == 0);
	BC_CHECK_STR(bc_sprintf(a, "%s-%d", "x", 7), "x-7");
	/* a large allocation gets a block of its own */
	BC_CHECK(bc_alloc(a, 1 << 20) != NULL);
	BC_CHECK(bc_alloc(a, 10) != NULL);
	bc_arena_free(a);
}
