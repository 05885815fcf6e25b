/*
 * src/core/bc_extract.c
 *		The extraction pipeline: article, parties, people, figures, meetings.
 */
#include "bc_core.h"

/*
 * Does the article name any foreign unit (country, province, organisation)?
 * One that names none and has no word of cross-border cooperation either
 * (a provincial council session) is a domestic item.
 */
static bool
names_foreign_unit(const bc_result *r)
{
	for (int i = 0; i < r->parties.n; i++)
	{
		const bc_unit *u = r->parties.items[i].unit;

		if (u && u->country && strcmp(u->country, "VN") != 0)
			return true;
	}
	return false;
}

/*
 * Does the main text speak of anything across a border?  Words of
 * neighbourly cooperation ("biên giới", "cửa khẩu", "nước bạn", "hai
 * bên", "hợp tác" but not "hợp tác xã", a domestic cooperative).
 */
static bool
speaks_cross_border(bc_arena *a, const bc_result *r)
{
	static const char *const cues[] = {
		"bien gioi", "cua khau", "nuoc ban", "hai nuoc", "hai ben", "cac ben",
		"hai tinh", "ba tinh", "tinh ban", "doi ngoai", "huu nghi", "hop tac", NULL
	};
	size_t		fl;
	char	   *f = bc_fold_ascii(a, r->doc.main, r->doc.main_len, &fl);

	for (int j = 0; cues[j]; j++)
	{
		const char *p = f;
		size_t		cl = strlen(cues[j]);

		/* bounded: each step moves past the previous hit */
		while ((p = strstr(p, cues[j])) != NULL)
		{
			if (strcmp(cues[j], "hop tac") != 0 || strncmp(p + cl, " xa", 3) != 0)
				return true;
			p += cl;
		}
	}
	return false;
}

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
	/* nothing of a domestic article belongs in the cross-border tables */
	if (!names_foreign_unit(r) && !speaks_cross_border(a, r))
	{
		r->parties.n = 0;
		r->mentions.n = 0;
		r->people.n = 0;
		r->figures.n = 0;
		r->agreements.n = 0;
		r->meetings.n = 0;
	}
	return r;
}
