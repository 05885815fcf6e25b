/*
 * test/fuzz/fuzz_extract.c
 *		libFuzzer harness: raw article bytes through bc_extract and
 *		bc_result_json, the path of bordercoop.parse() and the inbox.
 *
 * The first input byte, when it is not text, picks the caller's publication
 * date and a small size limit, so that the "given date" and "too large"
 * branches are fuzzed as well; any other input goes in whole.
 */
#include <stdio.h>
#include <stdlib.h>

#include "bc_core.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Check that the JSON text is NUL-terminated at its length and has no NUL. */
static void
check_json(const char *json, size_t len)
{
	if (json == NULL)
		abort();
	if (json[len] != '\0' || memchr(json, '\0', len) != NULL)
		abort();
	if (len < 2 || json[0] != '{' || json[len - 1] != '}')
		abort();
}

/* One input: extract, serialise, check the offsets, free. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	bc_arena   *a = bc_arena_new();
	bc_options	opt;
	bc_result  *r;
	size_t		jlen = 0;
	char	   *json;

	memset(&opt, 0, sizeof(opt));
	if (size > 0 && data[0] < 0x08)
	{
		/* control byte: options from it, the rest is the article */
		opt.published.year = 2020 + data[0];
		opt.published.month = 1 + (data[0] % 12);
		opt.published.day = 1 + (data[0] * 5) % 28;
		opt.published.precision = BC_PREC_DAY;
		if (data[0] & 1)
			opt.max_bytes = 512;
		data++;
		size--;
	}
	r = bc_extract(a, (const char *) data, size, &opt);
	if (r == NULL)
		abort();
	if (r->status == BC_OK)
	{
		const bc_doc *d = &r->doc;

		if (d->main == NULL || d->main[d->main_len] != '\0')
			abort();
		for (int i = 0; i < d->sents.n; i++)
			if (d->sents.items[i].start < 0 ||
				d->sents.items[i].start > d->sents.items[i].end ||
				(size_t) d->sents.items[i].end > d->main_len)
				abort();
		for (int i = 0; i < r->parties.n; i++)
			if (r->parties.items[i].start > r->parties.items[i].end ||
				(size_t) r->parties.items[i].end > d->main_len)
				abort();
		for (int i = 0; i < r->figures.n; i++)
			if (r->figures.items[i].start > r->figures.items[i].end ||
				(size_t) r->figures.items[i].end > d->main_len)
				abort();
	}
	else if (r->message == NULL)
		abort();
	json = bc_result_json(a, r, &jlen);
	check_json(json, jlen);
	bc_arena_free(a);
	return 0;
}
