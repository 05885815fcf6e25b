/*
 * src/core/bc_parties.h
 *		Helpers shared by the party and people stages (bc_parties.c).
 */
#ifndef BC_PARTIES_H
#define BC_PARTIES_H

#include "bc_core.h"
#include "bc_gazetteer.h"

/* Vietnamese family names (also used by bc_people.c) */
extern const char *const bc_vn_surnames[];
extern const int bc_vn_nsurnames;

/*
 * Fold up to max words just before byte pos of t, crossing only spaces and
 * one abbreviation dot; returns the number of words (0 after punctuation).
 */
extern int	bc_prev_words(const char *t, size_t len, size_t pos, int max,
						  bc_gaz_phrase *ph);

/* true when the last j words of ph (for some j) form a phrase of lex */
extern bool bc_prev_words_end_with(const bc_gaz_phrase *ph, const bc_lex *lex);

/* index of the party for unit u in r->parties, adding it when new */
extern int	bc_party_for_unit(bc_arena *a, bc_result *r, const bc_unit *u,
							  const char *as_written, int start, int end);

#endif							/* BC_PARTIES_H */
