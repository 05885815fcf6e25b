/*
 * src/core/bc_alloc.c
 *		Host handlers, the per-article arena, growable buffers and vectors.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "bc_core.h"

/* default handlers: the C library */
static void *
default_alloc(size_t size)
{
	void	   *p = malloc(size ? size : 1);

	if (p == NULL)
		bc_fatal("out of memory");
	return p;
}

/* Default fatal handler outside the server: print the message and abort. */
static void
default_fatal(const char *msg)
{
	fprintf(stderr, "bordercoop: fatal: %s\n", msg);
	abort();
}

/*
 * The handlers are set once by the host before any parsing (the server does
 * it in _PG_init) and only read afterwards.
 */
static bc_handlers handlers = {default_alloc, free, default_fatal};

/* Install host handlers; NULL fields keep the defaults. */
void
bc_set_handlers(const bc_handlers *h)
{
	handlers.alloc = h && h->alloc ? h->alloc : default_alloc;
	handlers.release = h && h->release ? h->release : free;
	handlers.fatal = h && h->fatal ? h->fatal : default_fatal;
}

/* Allocate through the host. */
void *
bc_host_alloc(size_t size)
{
	return handlers.alloc(size);
}

/* Free through the host. */
void
bc_host_free(void *ptr)
{
	if (ptr)
		handlers.release(ptr);
}

/* Report an unrecoverable state; does not return. */
void
bc_fatal(const char *msg)
{
	handlers.fatal(msg);
	abort();					/* not reached */
}

/* ---------------------------------------------------------------- arena */

#define ARENA_BLOCK 65536
#define ARENA_ALIGN 16

typedef struct bc_block
{
	struct bc_block *next;
	size_t		size;
	size_t		used;
	/* data follows, aligned */
} bc_block;

struct bc_arena
{
	bc_block   *head;
	size_t		total;
};

#define BLOCK_HDR ((sizeof(bc_block) + ARENA_ALIGN - 1) & ~(size_t) (ARENA_ALIGN - 1))

/* Create an empty arena. */
bc_arena *
bc_arena_new(void)
{
	bc_arena   *a = bc_host_alloc(sizeof(bc_arena));

	a->head = NULL;
	a->total = 0;
	return a;
}

/* Free an arena and everything allocated in it. */
void
bc_arena_free(bc_arena *a)
{
	bc_block   *b,
			   *next;

	if (a == NULL)
		return;
	for (b = a->head; b; b = next)
	{
		next = b->next;
		bc_host_free(b);
	}
	bc_host_free(a);
}

/* Allocate zeroed memory in the arena. */
void *
bc_alloc(bc_arena *a, size_t size)
{
	bc_block   *b = a->head;
	char	   *p;

	size = (size + ARENA_ALIGN - 1) & ~(size_t) (ARENA_ALIGN - 1);
	if (size == 0)
		size = ARENA_ALIGN;
	if (size > ((size_t) 1 << 40))
		bc_fatal("allocation request too large");
	if (b == NULL || b->size - b->used < size)
	{
		size_t		bsize = size > ARENA_BLOCK / 4 ? size : ARENA_BLOCK;

		b = bc_host_alloc(BLOCK_HDR + bsize);
		b->size = bsize;
		b->used = 0;
		if (bsize > ARENA_BLOCK || a->head == NULL)
		{
			/* big or first block: keep the current head for small requests */
			if (a->head && bsize > ARENA_BLOCK)
			{
				b->next = a->head->next;
				a->head->next = b;
			}
			else
			{
				b->next = a->head;
				a->head = b;
			}
		}
		else
		{
			b->next = a->head;
			a->head = b;
		}
		a->total += bsize;
	}
	p = (char *) b + BLOCK_HDR + b->used;
	b->used += size;
	memset(p, 0, size);
	return p;
}

/* Copy n bytes into the arena as a NUL-terminated string. */
char *
bc_strndup(bc_arena *a, const char *s, size_t n)
{
	char	   *p = bc_alloc(a, n + 1);

	if (n)
		memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/* Copy a NUL-terminated string into the arena. */
char *
bc_strdup(bc_arena *a, const char *s)
{
	return s ? bc_strndup(a, s, strlen(s)) : NULL;
}

/* printf into the arena. */
char *
bc_sprintf(bc_arena *a, const char *fmt,...)
{
	va_list		ap;
	int			n;
	char	   *p;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		bc_fatal("bad format");
	p = bc_alloc(a, (size_t) n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t) n + 1, fmt, ap);
	va_end(ap);
	return p;
}

/* ---------------------------------------------------------------- buffers */

/* Initialise an empty buffer in an arena. */
void
bc_buf_init(bc_buf *b, bc_arena *a)
{
	b->arena = a;
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
}

/* Make room for n more bytes plus a terminator. */
static void
buf_reserve(bc_buf *b, size_t n)
{
	size_t		need = b->len + n + 1;

	if (need > b->cap)
	{
		size_t		cap = b->cap ? b->cap : 256;
		char	   *d;

		while (cap < need)
			cap *= 2;
		d = bc_alloc(b->arena, cap);
		if (b->len)
			memcpy(d, b->data, b->len);
		b->data = d;
		b->cap = cap;
	}
}

/* Append n bytes. */
void
bc_buf_append(bc_buf *b, const char *s, size_t n)
{
	buf_reserve(b, n);
	if (n)
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

/* Append a NUL-terminated string. */
void
bc_buf_puts(bc_buf *b, const char *s)
{
	bc_buf_append(b, s, strlen(s));
}

/* Append one byte. */
void
bc_buf_putc(bc_buf *b, char c)
{
	bc_buf_append(b, &c, 1);
}

/* Append printf output. */
void
bc_buf_printf(bc_buf *b, const char *fmt,...)
{
	va_list		ap;
	int			n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		bc_fatal("bad format");
	buf_reserve(b, (size_t) n);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t) n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t) n;
}

/* The buffer as a NUL-terminated string (never NULL). */
char *
bc_buf_cstr(bc_buf *b)
{
	buf_reserve(b, 0);
	b->data[b->len] = '\0';
	return b->data;
}

/* ---------------------------------------------------------------- vectors */

/* Grow a vector's storage (doubling), copying the old items. */
void *
bc_vec_grow(bc_arena *a, void *items, int *cap, size_t elsize)
{
	int			ncap = *cap ? *cap * 2 : 8;
	void	   *n;

	if (ncap > (1 << 26))
		bc_fatal("vector too large");
	n = bc_alloc(a, (size_t) ncap * elsize);
	if (items && *cap)
		memcpy(n, items, (size_t) *cap * elsize);
	*cap = ncap;
	return n;
}
