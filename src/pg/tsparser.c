/*
 * src/pg/tsparser.c
 *		Text search parser bordercoop.vietnamese_parser, and the lexicon
 *		that it shares with the dictionary.
 *
 * The lexicon is read from $SHAREDIR/tsearch_data/bordercoop_vietnamese.lex
 * (installed with the extension) and, when present,
 * $SHAREDIR/tsearch_data/bordercoop_user.lex (the user's own words).  It is
 * built once per backend, on first use, in its own memory context, and is
 * read-only afterwards: parallel workers build their own copy the same way,
 * nothing is prepared only in the leader.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "storage/fd.h"
#include "tsearch/ts_public.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "tsearch.h"

PG_FUNCTION_INFO_V1(bc_vn_prsstart);
PG_FUNCTION_INFO_V1(bc_vn_prsgettoken);
PG_FUNCTION_INFO_V1(bc_vn_prsend);
PG_FUNCTION_INFO_V1(bc_vn_prslextype);
PG_FUNCTION_INFO_V1(bc_vn_lexicon_info);

/* lazily loaded, read-only once set */
static const bc_lexicon *lexicon = NULL;
static MemoryContext lexicon_context = NULL;

/* The parser's state for one text: lives in the calling memory context. */
typedef struct VnParserState
{
	bc_tsparser parser;
	bc_arena   *slow;
} VnParserState;

/* An error unless the database encoding is UTF8. */
void
bc_pg_ts_check_encoding(void)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("the Vietnamese text search configuration requires a UTF8 database"),
				 errdetail("The database encoding is %s.",
						   GetDatabaseEncodingName())));
}

/* Read one lexicon file into lx; a missing optional file is skipped. */
static void
load_lexicon_file(bc_lexicon *lx, const char *basename, bool required)
{
	char	   *path = get_tsearch_config_filename(basename, "lex");
	FILE	   *f;
	StringInfoData buf;
	char		chunk[8192];
	size_t		n;
	int			line = 0;
	const char *msg = NULL;

	f = AllocateFile(path, "r");
	if (f == NULL)
	{
		if (!required && errno == ENOENT)
			return;
		ereport(ERROR,
				(errcode(ERRCODE_CONFIG_FILE_ERROR),
				 errmsg("could not open lexicon file \"%s\": %m", path)));
	}
	initStringInfo(&buf);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		appendBinaryStringInfo(&buf, chunk, (int) n);
	if (ferror(f))
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not read lexicon file \"%s\": %m", path)));
	FreeFile(f);

	if (!pg_verify_mbstr(PG_UTF8, buf.data, buf.len, true))
		ereport(ERROR,
				(errcode(ERRCODE_CONFIG_FILE_ERROR),
				 errmsg("lexicon file \"%s\" is not valid UTF-8", path)));
	if (bc_lexicon_load(lx, buf.data, buf.len, &line, &msg) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_CONFIG_FILE_ERROR),
				 errmsg("invalid lexicon file \"%s\", line %d: %s",
						path, line, msg)));
	pfree(buf.data);
}

/* The lexicon of this backend, built on first use. */
const bc_lexicon *
bc_pg_lexicon(void)
{
	MemoryContext cxt,
				old;
	bc_lexicon *lx;

	if (lexicon != NULL)
		return lexicon;
	bc_pg_ts_check_encoding();
	cxt = AllocSetContextCreate(TopMemoryContext, "bordercoop lexicon",
								ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(cxt);
	PG_TRY();
	{
		bc_arena   *a = bc_arena_new();

		lx = bc_lexicon_new(a);
		load_lexicon_file(lx, "bordercoop_vietnamese", true);
		load_lexicon_file(lx, "bordercoop_user", false);
		bc_lexicon_freeze(lx);
	}
	PG_CATCH();
	{
		MemoryContextSwitchTo(old);
		MemoryContextDelete(cxt);
		PG_RE_THROW();
	}
	PG_END_TRY();
	MemoryContextSwitchTo(old);
	lexicon_context = cxt;
	lexicon = lx;
	return lexicon;
}

/* START: set up the tokenizer over the text. */
Datum
bc_vn_prsstart(PG_FUNCTION_ARGS)
{
	char	   *text = (char *) PG_GETARG_POINTER(0);
	int			len = PG_GETARG_INT32(1);
	const bc_lexicon *lx = bc_pg_lexicon();
	VnParserState *st = palloc(sizeof(VnParserState));

	st->slow = bc_arena_new();
	bc_tsparse_init(&st->parser, lx, text, (size_t) len, st->slow);
	PG_RETURN_POINTER(st);
}

/* GETTOKEN: the next token, its text and length; 0 at the end. */
Datum
bc_vn_prsgettoken(PG_FUNCTION_ARGS)
{
	VnParserState *st = (VnParserState *) PG_GETARG_POINTER(0);
	char	  **t = (char **) PG_GETARG_POINTER(1);
	int		   *tlen = (int *) PG_GETARG_POINTER(2);
	size_t		start = 0,
				len = 0;
	bc_tstype	type;

	CHECK_FOR_INTERRUPTS();
	type = bc_tsparse_next(&st->parser, &start, &len);
	*t = (char *) st->parser.s + start;
	*tlen = (int) len;
	PG_RETURN_INT32((int32) type);
}

/* END: free the state. */
Datum
bc_vn_prsend(PG_FUNCTION_ARGS)
{
	VnParserState *st = (VnParserState *) PG_GETARG_POINTER(0);

	bc_arena_free(st->slow);
	pfree(st);
	PG_RETURN_VOID();
}

/* LEXTYPES: the token types, ending with a zero lexid. */
Datum
bc_vn_prslextype(PG_FUNCTION_ARGS)
{
	LexDescr   *d = palloc(sizeof(LexDescr) * (BC_TS_NTYPES + 1));
	int			i;

	for (i = 0; i < BC_TS_NTYPES; i++)
	{
		d[i].lexid = bc_tstypes[i];
		d[i].alias = pstrdup(bc_tstype_name(bc_tstypes[i]));
		d[i].descr = pstrdup(bc_tstype_descr(bc_tstypes[i]));
	}
	d[BC_TS_NTYPES].lexid = 0;
	PG_RETURN_POINTER(d);
}

/* bordercoop.lexicon_info(): entries and memory of this backend's lexicon. */
Datum
bc_vn_lexicon_info(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc;
	Datum		values[2];
	bool		nulls[2] = {false, false};
	const bc_lexicon *lx = bc_pg_lexicon();

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	values[0] = Int32GetDatum(bc_lexicon_entries(lx));
	values[1] = Int64GetDatum((int64) MemoryContextMemAllocated(lexicon_context, true));
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
