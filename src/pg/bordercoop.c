/*
 * src/pg/bordercoop.c
 *		Module entry: core handlers, settings, parse() and the loader's
 *		extraction function.
 */
#include "postgres.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/guc.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"

#include "../core/bc_core.h"
#include "bordercoop.h"

PG_MODULE_MAGIC;

/* bordercoop.max_article_size, in kB */
int			bc_max_article_kb = BC_MAX_ARTICLE_BYTES_DEFAULT / 1024;

/* Core allocations come from the current memory context (huge allowed). */
static void *
pg_core_alloc(size_t size)
{
	return MemoryContextAllocExtended(CurrentMemoryContext, size, MCXT_ALLOC_HUGE);
}

/* Core frees go to pfree. */
static void
pg_core_free(void *ptr)
{
	pfree(ptr);
}

/* A can't-happen state in the core becomes an internal error. */
static void
pg_core_fatal(const char *msg)
{
	if (strcmp(msg, "out of memory") == 0)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory")));
	elog(ERROR, "unexpected failure in text extraction: %s", msg);
}

/* Check hook: the article size limit must fit the core's arithmetic. */
static bool
check_max_article_size(int *newval, void **extra, GucSource source)
{
	if (*newval < 1 || *newval > 1024 * 1024)
	{
		GUC_check_errdetail("bordercoop.max_article_size must be between 1 kB and 1 GB.");
		return false;
	}
	return true;
}

void		_PG_init(void);

/* Module load: install handlers, define settings. */
void
_PG_init(void)
{
	static const bc_handlers h = {pg_core_alloc, pg_core_free, pg_core_fatal};

	bc_set_handlers(&h);
	DefineCustomIntVariable("bordercoop.max_article_size",
							"Largest article body that is parsed.",
							"Longer bodies are rejected with a reason.",
							&bc_max_article_kb,
							BC_MAX_ARTICLE_BYTES_DEFAULT / 1024,
							1, 1024 * 1024,
							PGC_USERSET,
							GUC_UNIT_KB,
							check_max_article_size, NULL, NULL);
	MarkGUCPrefixReserved("bordercoop");
}

/* Refuse to work in a database whose encoding is not UTF8. */
void
bc_check_encoding(void)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("bordercoop requires a UTF8 database"),
				 errdetail("The current database uses encoding %s.",
						   GetDatabaseEncodingName()),
				 errhint("Create the database with ENCODING 'UTF8'.")));
}

/* Convert a PostgreSQL date to a core date. */
static bc_date
core_date(DateADT d)
{
	bc_date		r = {0, 0, 0, BC_PREC_NONE};
	int			y,
				m,
				dd;

	if (DATE_NOT_FINITE(d))
		return r;
	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &dd);
	r.year = y;
	r.month = m;
	r.day = dd;
	r.precision = BC_PREC_DAY;
	return r;
}

/*
 * Run the core over a text and return its result as jsonb, built in the
 * caller's context; all core memory lives in a temporary context.
 */
static Datum
extract_jsonb(text *body, bc_date published, bool raise)
{
	MemoryContext tmp,
				old;
	bc_arena   *arena;
	bc_result  *r;
	bc_options	opt;
	char	   *json;
	size_t		jlen;
	Datum		result;

	bc_check_encoding();
	tmp = AllocSetContextCreate(CurrentMemoryContext, "bordercoop extraction",
								ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(tmp);
	memset(&opt, 0, sizeof(opt));
	opt.max_bytes = (size_t) bc_max_article_kb * 1024;
	opt.published = published;
	arena = bc_arena_new();
	r = bc_extract(arena, VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body), &opt);
	if (raise && r->status != BC_OK)
	{
		int			code;
		char	   *detail;

		switch (r->status)
		{
			case BC_ERR_TOO_LARGE:
				code = ERRCODE_PROGRAM_LIMIT_EXCEEDED;
				break;
			case BC_ERR_NOT_TEXT:
				code = ERRCODE_INVALID_TEXT_REPRESENTATION;
				break;
			default:
				code = ERRCODE_INVALID_PARAMETER_VALUE;
				break;
		}
		/* the core's reason, as a sentence: "Empty article: the text ..." */
		detail = pstrdup(r->message);
		if (detail[0] >= 'a' && detail[0] <= 'z')
			detail[0] += 'A' - 'a';
		ereport(ERROR,
				(errcode(code),
				 errmsg("cannot parse article"),
				 errdetail("%s.", detail),
				 r->status == BC_ERR_TOO_LARGE ?
				 errhint("Raise bordercoop.max_article_size to parse longer texts.") : 0));
	}
	json = bc_result_json(arena, r, &jlen);
	MemoryContextSwitchTo(old);
	result = DirectFunctionCall1(jsonb_in, CStringGetDatum(json));
	MemoryContextDelete(tmp);
	return result;
}

PG_FUNCTION_INFO_V1(bordercoop_parse);

/* bordercoop.parse(body text) returns jsonb: the whole extraction. */
Datum
bordercoop_parse(PG_FUNCTION_ARGS)
{
	text	   *body = PG_GETARG_TEXT_PP(0);
	bc_date		none = {0, 0, 0, BC_PREC_NONE};
	Datum		result = extract_jsonb(body, none, true);

	PG_FREE_IF_COPY(body, 0);
	PG_RETURN_DATUM(result);
}

PG_FUNCTION_INFO_V1(bordercoop_extract);

/*
 * bordercoop._extract(body text, published_on date) returns jsonb: as
 * parse(), but problems with the text come back as {"error": ...} so that
 * the loader can file the row in bordercoop.rejected without a
 * subtransaction.
 */
Datum
bordercoop_extract(PG_FUNCTION_ARGS)
{
	text	   *body;
	bc_date		pub = {0, 0, 0, BC_PREC_NONE};
	Datum		result;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	body = PG_GETARG_TEXT_PP(0);
	if (!PG_ARGISNULL(1))
		pub = core_date(PG_GETARG_DATEADT(1));
	result = extract_jsonb(body, pub, false);
	PG_FREE_IF_COPY(body, 0);
	PG_RETURN_DATUM(result);
}

PG_FUNCTION_INFO_V1(bordercoop_extractor_version);

/* bordercoop.extractor_version() returns text. */
Datum
bordercoop_extractor_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(BC_EXTRACTOR_VERSION));
}
