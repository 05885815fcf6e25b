/*
 * test/unit/main.c
 *		Runs every registered core unit test and prints TAP.
 */
#include <stdarg.h>
#include <stdlib.h>

#include "bc_core.h"
#include "bc_test.h"

#define MAX_TESTS 4096

typedef struct entry
{
	const char *name;
	bc_test_fn	fn;
} entry;

static entry tests[MAX_TESTS];
static int	ntests;
static int	current_failures;
int			bc_test_checks;

/* Called from each test's constructor. */
void
bc_test_register(const char *name, bc_test_fn fn)
{
	if (ntests < MAX_TESTS)
	{
		tests[ntests].name = name;
		tests[ntests].fn = fn;
		ntests++;
	}
}

/* Record and print one failed check. */
void
bc_test_fail(const char *file, int line, const char *fmt,...)
{
	va_list		ap;

	current_failures++;
	printf("# %s:%d: ", file, line);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(((const entry *) a)->name, ((const entry *) b)->name);
}

int
main(int argc, char **argv)
{
	int			i,
				run = 0,
				passed = 0,
				failed = 0;

	qsort(tests, (size_t) ntests, sizeof(entry), by_name);
	for (i = 0; i < ntests; i++)
		if (argc < 2 || strstr(tests[i].name, argv[1]))
			run++;
	printf("1..%d\n", run);
	run = 0;
	for (i = 0; i < ntests; i++)
	{
		if (argc >= 2 && !strstr(tests[i].name, argv[1]))
			continue;
		current_failures = 0;
		tests[i].fn();
		run++;
		if (current_failures == 0)
		{
			printf("ok %d - %s\n", run, tests[i].name);
			passed++;
		}
		else
		{
			printf("not ok %d - %s\n", run, tests[i].name);
			failed++;
		}
	}
	printf("# %d checks\n", bc_test_checks);
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
