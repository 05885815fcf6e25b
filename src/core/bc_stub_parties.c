/*
 * src/core/bc_stub_parties.c
 *		Weak placeholder for bc_find_parties until its module lands; the module's
 *		strong definition replaces it.  Delete this file when the module lands.
 */
#include "bc_core.h"

/* placeholder */
__attribute__((weak)) void
bc_find_parties(bc_arena *a, bc_result *r)
{
	(void) a;
	(void) r;
}
