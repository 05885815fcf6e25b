/*
 * test/fuzz/fuzz_amount.c
 *		libFuzzer harness: the bordercoop.amount input parser and the
 *		number reader the figures use (bc_amount_parse, bc_quantity_at).
 *
 * requires: src/core/bc_number.h
 */
#include <stdio.h>
#include <stdlib.h>

#include "bc_core.h"
#include "bc_number.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* One input: as an amount literal, then a quantity read at every digit. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	char		value[BC_NUM_TEXT];
	char		unit[256];
	const char *detail = NULL;
	bool		uncertain = false;

	if (size > 4096)
		size = 4096;
	memset(value, 0, sizeof(value));
	if (bc_amount_parse(s, size, value, unit, sizeof(unit), &detail))
	{
		/* an accepted amount has a canonical value and a terminated unit */
		if (!bc_decimal_valid(value))
			abort();
		if (memchr(unit, '\0', sizeof(unit)) == NULL)
			abort();
		(void) bc_decimal_cmp(value, value);
	}
	else if (detail == NULL)
		abort();

	if (bc_number_parse(s, size, value, &uncertain) == BC_NUM_OK &&
		!bc_decimal_valid(value))
		abort();

	for (size_t pos = 0; pos < size; pos++)
	{
		bc_quantity q;

		if (data[pos] < '0' || data[pos] > '9')
			continue;
		if (bc_quantity_at(s, size, pos, &q) == BC_NUM_OK)
		{
			if (q.start < 0 || (size_t) q.end > size || q.start > q.end)
				abort();
			if (!bc_decimal_valid(q.value))
				abort();
		}
	}
	return 0;
}
