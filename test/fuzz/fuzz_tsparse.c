/*
 * test/fuzz/fuzz_tsparse.c
 *		libFuzzer harness: the Vietnamese text search tokenizer and
 *		dictionary (bc_tsparse_next, bc_ts_lexize) and the lexicon loader.
 *
 * An input starting with "LEX\n" is also loaded as a lexicon file; every
 * input is tokenised with a small built-in lexicon and each token lexized.
 *
 * requires: src/core/bc_tsparse.h
 */
#include <stdio.h>
#include <stdlib.h>

#include "bc_core.h"
#include "bc_tsparse.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char lexicon_text[] =
"# built-in lexicon for the fuzzer\n"
"w\thợp tác\n"
"w\tbiên bản ghi nhớ\n"
"w\tủy ban nhân dân\n"
"w\thội đàm\n"
"s\tcủa\n"
"s\tvà\n"
"s\tđã\n"
"p\tTây Ninh\tVN-37\n"
"p\tSvay Rieng\tKH-20\n"
"p\tQuảng Tây\tCN-GX\n"
"p\tVân Nam\tCN-YN\n";

/* One input: lexicon load (sometimes), tokens, lexemes. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	bc_arena   *a = bc_arena_new();
	bc_lexicon *lx = bc_lexicon_new(a);
	bc_tsparser p;
	bc_tslexize *lz = bc_alloc(a, sizeof(bc_tslexize));
	int			errline = 0;
	const char *errmsg = NULL;
	size_t		start,
				tlen;
	int			guard = 0;

	if (bc_lexicon_load(lx, lexicon_text, sizeof(lexicon_text) - 1, &errline, &errmsg) < 0)
		abort();
	if (size >= 4 && memcmp(s, "LEX\n", 4) == 0)
		(void) bc_lexicon_load(lx, s + 4, size - 4, &errline, &errmsg);
	bc_lexicon_freeze(lx);

	bc_tsparse_init(&p, lx, s, size, a);
	for (;;)
	{
		bc_tstype t = bc_tsparse_next(&p, &start, &tlen);

		if (t == BC_TS_EOF)
			break;
		/* tokens move forward and stay inside the text */
		if (start > size || tlen > size - start)
			abort();
		if (++guard > (int) size + 16)
			abort();			/* more tokens than bytes: no progress */
		if (t != BC_TS_BLANK)
		{
			if (bc_ts_lexize(lx, s + start, tlen, BC_TSD_DEFAULT, lz, a))
			{
				if (lz->nlex < 0 || lz->nlex > BC_TS_MAX_LEXEMES ||
					lz->buflen < 0 || lz->buflen > (int) sizeof(lz->buf))
					abort();
				for (int i = 0; i < lz->nlex; i++)
					if (lz->lex[i].off < 0 || lz->lex[i].len < 0 ||
						lz->lex[i].off + lz->lex[i].len > lz->buflen)
						abort();
			}
		}
	}
	bc_arena_free(a);
	return 0;
}
