/*
 * src/pg/tsearch.h
 *		The Vietnamese text search lexicon shared by the parser and the
 *		dictionary (one per backend, loaded on first use).
 */
#ifndef BC_PG_TSEARCH_H
#define BC_PG_TSEARCH_H

#include "../core/bc_tsparse.h"

/* the lexicon of this backend, loaded from the tsearch_data files on first use */
extern const bc_lexicon *bc_pg_lexicon(void);

/* an error unless the database encoding is UTF8 */
extern void bc_pg_ts_check_encoding(void);

#endif							/* BC_PG_TSEARCH_H */
