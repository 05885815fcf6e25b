/*
 * src/core/bc_meetings.h
 *		Helpers of the meetings stage exposed for unit tests.
 */
#ifndef BC_MEETINGS_H
#define BC_MEETINGS_H

#include "bc_core.h"

/* lower case and old-style tone placement with the same byte offsets as s */
extern char *bc_mt_fold(bc_arena *a, const char *s, int n);

#endif							/* BC_MEETINGS_H */
