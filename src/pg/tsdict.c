/*
 * src/pg/tsdict.c
 *		Text search dictionary template bordercoop.vietnamese_template.
 *
 * Options (all boolean, default true):
 *	 Fold		also index the ASCII fold of words with diacritics, so that a
 *				query typed without diacritics finds them
 *	 StopWords	drop the stop words of the lexicon
 *	 Places		map place aliases to the place's ISO code
 *
 * LEXIZE returns NULL when it has nothing to say (an over-long token), an
 * empty array for a stop word (its position is kept), else the lexemes.
 */
#include "postgres.h"

#include "commands/defrem.h"
#include "fmgr.h"
#include "tsearch/ts_public.h"
#include "utils/builtins.h"

#include "tsearch.h"

PG_FUNCTION_INFO_V1(bc_vn_dict_init);
PG_FUNCTION_INFO_V1(bc_vn_dict_lexize);

typedef struct VnDict
{
	int			opts;			/* BC_TSD_* */
	const bc_lexicon *lx;
} VnDict;

/* INIT: read the options; load the lexicon now so that errors show early. */
Datum
bc_vn_dict_init(PG_FUNCTION_ARGS)
{
	List	   *options = (List *) PG_GETARG_POINTER(0);
	VnDict	   *d = palloc0(sizeof(VnDict));
	ListCell   *l;
	bool		seen_fold = false,
				seen_stop = false,
				seen_places = false;

	d->opts = BC_TSD_DEFAULT;
	foreach(l, options)
	{
		DefElem    *defel = (DefElem *) lfirst(l);
		int			flag;
		bool	   *seen;

		if (strcmp(defel->defname, "fold") == 0)
		{
			flag = BC_TSD_FOLD;
			seen = &seen_fold;
		}
		else if (strcmp(defel->defname, "stopwords") == 0)
		{
			flag = BC_TSD_STOP;
			seen = &seen_stop;
		}
		else if (strcmp(defel->defname, "places") == 0)
		{
			flag = BC_TSD_PLACES;
			seen = &seen_places;
		}
		else
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unrecognized Vietnamese dictionary parameter: \"%s\"",
							defel->defname),
					 errhint("The parameters are Fold, StopWords and Places.")));
		if (*seen)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("multiple %s parameters", defel->defname)));
		*seen = true;
		if (defGetBoolean(defel))
			d->opts |= flag;
		else
			d->opts &= ~flag;
	}
	d->lx = bc_pg_lexicon();
	PG_RETURN_POINTER(d);
}

/* LEXIZE: the lexemes of one token. */
Datum
bc_vn_dict_lexize(PG_FUNCTION_ARGS)
{
	VnDict	   *d = (VnDict *) PG_GETARG_POINTER(0);
	char	   *in = (char *) PG_GETARG_POINTER(1);
	int32		len = PG_GETARG_INT32(2);
	bc_tslexize out;
	bc_arena   *slow = NULL;
	bool		ok;
	TSLexeme   *res;
	int			i;

	ok = bc_ts_lexize(d->lx, in, (size_t) len, d->opts, &out, NULL);
	if (!ok && len <= BC_TS_MAX_TOKEN && bc_ts_needs_slow(in, (size_t) len))
	{
		/* letters outside Vietnamese: ICU needs an arena */
		slow = bc_arena_new();
		ok = bc_ts_lexize(d->lx, in, (size_t) len, d->opts, &out, slow);
	}
	if (slow)
		bc_arena_free(slow);
	if (!ok)
		PG_RETURN_POINTER(NULL);

	res = palloc0(sizeof(TSLexeme) * (out.nlex + 1));
	if (out.stop)
		PG_RETURN_POINTER(res);
	for (i = 0; i < out.nlex; i++)
	{
		res[i].lexeme = pnstrdup(out.buf + out.lex[i].off, out.lex[i].len);
		res[i].nvariant = (uint16) out.lex[i].variant;
		res[i].flags = (out.lex[i].addpos ? TSL_ADDPOS : 0) |
			(out.lex[i].prefix ? TSL_PREFIX : 0);
	}
	PG_RETURN_POINTER(res);
}
