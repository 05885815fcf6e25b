/*
 * src/core/bc_extract.c
 *		The extraction pipeline: article, parties, people, figures, meetings.
 */
#include "bc_core.h"

/* Run every stage over one article; the result carries status and message. */
bc_result *
bc_extract(bc_arena *a, const char *text, size_t len, const bc_options *opt)
{
	bc_result  *r = bc_alloc(a, sizeof(bc_result));

	r->status = bc_article_parse(a, text, len, opt, &r->doc, &r->message);
	if (r->status != BC_OK)
		return r;
	bc_find_parties(a, r);
	bc_find_people(a, r);
	bc_find_figures(a, r);
	bc_find_meetings(a, r);
	return r;
}
