/*
 * test/bench/bench_core.c
 *		Standalone benchmark of the core: bc_extract + bc_result_json over
 *		the article files given, repeated until enough bytes went through.
 *
 *	bench_core [-m MB] FILE...
 *	prints articles/s and MB/s; run it under perf or callgrind to profile.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bc_core.h"

/* Read a whole file into malloc'd memory. */
static char *
read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		n;

	if (f == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc(n + 1);
	if (buf == NULL || fread(buf, 1, n, f) != (size_t) n)
	{
		fclose(f);
		free(buf);
		return NULL;
	}
	fclose(f);
	buf[n] = '\0';
	*len = (size_t) n;
	return buf;
}

/* Seconds on the monotonic clock. */
static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Run the files through the core until the byte target is reached. */
int
main(int argc, char **argv)
{
	double		target_mb = 50;
	int			first = 1;
	int			nfiles;
	char	  **texts;
	size_t	   *lens;
	double		t0,
				t1,
				bytes = 0;
	long		articles = 0;

	if (argc > 2 && strcmp(argv[1], "-m") == 0)
	{
		target_mb = atof(argv[2]);
		first = 3;
	}
	nfiles = argc - first;
	if (nfiles <= 0)
	{
		fprintf(stderr, "usage: bench_core [-m MB] FILE...\n");
		return 2;
	}
	texts = calloc(nfiles, sizeof(char *));
	lens = calloc(nfiles, sizeof(size_t));
	for (int i = 0; i < nfiles; i++)
		if ((texts[i] = read_file(argv[first + i], &lens[i])) == NULL)
		{
			fprintf(stderr, "bench_core: cannot read %s\n", argv[first + i]);
			return 1;
		}
	t0 = now();
	while (bytes < target_mb * 1024 * 1024)
	{
		for (int i = 0; i < nfiles; i++)
		{
			bc_arena   *a = bc_arena_new();
			bc_options	opt;
			size_t		jlen;
			bc_result  *r;

			memset(&opt, 0, sizeof(opt));
			r = bc_extract(a, texts[i], lens[i], &opt);
			(void) bc_result_json(a, r, &jlen);
			bc_arena_free(a);
			bytes += lens[i];
			articles++;
		}
	}
	t1 = now();
	printf("core: %ld articles, %.1f MB in %.2f s: %.0f articles/s, %.1f MB/s\n",
		   articles, bytes / 1048576.0, t1 - t0, articles / (t1 - t0),
		   bytes / 1048576.0 / (t1 - t0));
	return 0;
}
