/*
 * test/unit/bc_test.h
 *		A tiny self-registering unit test harness for the core.
 *
 *	BC_TEST(name) { BC_CHECK(cond); BC_CHECK_STR(got, want); BC_CHECK_INT(got, want); }
 *
 * Each test file's tests register themselves at start-up; main() runs them
 * all (or those whose name contains argv[1]) and prints TAP, ending with
 * "N passed, N failed".
 */
#ifndef BC_TEST_H
#define BC_TEST_H

#include <stdio.h>
#include <string.h>

typedef void (*bc_test_fn) (void);

extern void bc_test_register(const char *name, bc_test_fn fn);
extern void bc_test_fail(const char *file, int line, const char *fmt,...)
			__attribute__((format(printf, 3, 4)));
extern int	bc_test_checks;

#define BC_TEST(name) \
	static void name(void); \
	__attribute__((constructor)) static void name##_register(void) \
	{ bc_test_register(#name, name); } \
	static void name(void)

#define BC_CHECK(cond) do { bc_test_checks++; if (!(cond)) \
	bc_test_fail(__FILE__, __LINE__, "check failed: %s", #cond); } while (0)

#define BC_CHECK_STR(got, want) do { const char *g_ = (got), *w_ = (want); \
	bc_test_checks++; \
	if ((g_ == NULL) != (w_ == NULL) || (g_ && strcmp(g_, w_) != 0)) \
		bc_test_fail(__FILE__, __LINE__, "%s: got \"%s\", want \"%s\"", #got, \
					 g_ ? g_ : "(null)", w_ ? w_ : "(null)"); } while (0)

#define BC_CHECK_INT(got, want) do { long long g_ = (long long) (got), w_ = (long long) (want); \
	bc_test_checks++; \
	if (g_ != w_) \
		bc_test_fail(__FILE__, __LINE__, "%s: got %lld, want %lld", #got, g_, w_); } while (0)

#endif
