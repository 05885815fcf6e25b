/*
 * src/core/bc_stub_people.c
 *		Weak placeholder for bc_find_people until its module lands; the module's
 *		strong definition replaces it.  Delete this file when the module lands.
 */
#include "bc_core.h"

/* placeholder */
__attribute__((weak)) void
bc_find_people(bc_arena *a, bc_result *r)
{
	(void) a;
	(void) r;
}
