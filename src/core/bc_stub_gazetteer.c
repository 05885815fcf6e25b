/*
 * src/core/bc_stub_gazetteer.c
 *		Weak placeholder for bc_unit_by_code until its module lands; the module's
 *		strong definition replaces it.  Delete this file when the module lands.
 */
#include "bc_core.h"

/* placeholder */
__attribute__((weak)) const bc_unit *
bc_unit_by_code(const char *code)
{
	(void) code;
	return NULL;
}
