/*
 * src/pg/gazetteer.c
 *		SQL access to the compiled gazetteer: party_code(alias).
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include "../core/bc_core.h"
#include "../core/bc_gazetteer.h"

PG_FUNCTION_INFO_V1(bordercoop_party_code);

/*
 * bordercoop.party_code(text): the ISO code of the unit a written form
 * names, ignoring case, accents, hyphens and tone placement; NULL when the
 * gazetteer does not know it.
 */
Datum
bordercoop_party_code(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	const bc_unit *u;

	u = bc_unit_by_alias(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
	PG_FREE_IF_COPY(t, 0);
	if (u == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(u->code));
}
