/*
 * src/core/bc_json.c
 *		Serialise a bc_result as JSON text in the shape of the gold files.
 *
 * Offsets in the JSON are character (code point) offsets into main_text, as
 * SQL's substr() counts them; the core works in bytes.
 */
#include <stdio.h>

#include "bc_core.h"

/* byte -> character offset conversion with a forward-moving cache */
typedef struct offset_map
{
	const char *s;
	size_t		len;
	size_t		byte;
	size_t		chr;
} offset_map;

/* Character offset of byte offset b. */
static long
char_offset(offset_map *m, int b)
{
	size_t		target = b < 0 ? 0 : (size_t) b;

	if (target > m->len)
		target = m->len;
	if (target < m->byte)
	{
		m->byte = 0;
		m->chr = 0;
	}
	m->chr += bc_utf8_chars(m->s + m->byte, target - m->byte);
	m->byte = target;
	return (long) m->chr;
}

/* Append s as a JSON string (or null). */
static void
json_str(bc_buf *b, const char *s)
{
	const unsigned char *p;

	if (s == NULL)
	{
		bc_buf_puts(b, "null");
		return;
	}
	bc_buf_putc(b, '"');
	for (p = (const unsigned char *) s; *p; p++)
	{
		switch (*p)
		{
			case '"':
				bc_buf_puts(b, "\\\"");
				break;
			case '\\':
				bc_buf_puts(b, "\\\\");
				break;
			case '\n':
				bc_buf_puts(b, "\\n");
				break;
			case '\r':
				bc_buf_puts(b, "\\r");
				break;
			case '\t':
				bc_buf_puts(b, "\\t");
				break;
			default:
				if (*p < 0x20)
					bc_buf_printf(b, "\\u%04x", *p);
				else
					bc_buf_putc(b, (char) *p);
		}
	}
	bc_buf_putc(b, '"');
}

/* Append s[0,n) as a JSON string. */
static void
json_strn(bc_buf *b, bc_arena *a, const char *s, size_t n)
{
	json_str(b, bc_strndup(a, s, n));
}

/* Is s a plain decimal number that JSON accepts as is? */
static bool
is_decimal(const char *s)
{
	const char *p = s;
	bool		digits = false;

	if (s == NULL || *p == '\0')
		return false;
	if (*p == '-')
		p++;
	if (*p == '0' && p[1] >= '0' && p[1] <= '9')
		return false;
	while (*p >= '0' && *p <= '9')
	{
		p++;
		digits = true;
	}
	if (*p == '.')
	{
		p++;
		if (!(*p >= '0' && *p <= '9'))
			return false;
		while (*p >= '0' && *p <= '9')
			p++;
	}
	return digits && *p == '\0';
}

/* Append a decimal as a JSON number, or a string when it is not one. */
static void
json_num(bc_buf *b, const char *s)
{
	if (s && is_decimal(s))
		bc_buf_puts(b, s);
	else
		json_str(b, s);
}

/* Append a date (null when the year is unknown). */
static void
json_date(bc_buf *b, bc_date d)
{
	if (d.precision == BC_PREC_NONE || d.year <= 0)
	{
		bc_buf_puts(b, "null");
		return;
	}
	bc_buf_printf(b, "\"%04d-%02d-%02d\"", d.year,
				  d.precision >= BC_PREC_MONTH && d.month ? d.month : 1,
				  d.precision >= BC_PREC_DAY && d.day ? d.day : 1);
}

/* JSON name of a date precision, or NULL when there is none. */
static const char *
precision_name(bc_precision p)
{
	switch (p)
	{
		case BC_PREC_DAY:
			return "day";
		case BC_PREC_MONTH:
			return "month";
		case BC_PREC_YEAR:
			return "year";
		default:
			return NULL;
	}
}

/* Contract vocabulary name of a party kind. */
static const char *
kind_name(bc_party_kind k)
{
	switch (k)
	{
		case BC_PARTY_COUNTRY:
			return "country";
		case BC_PARTY_PROVINCE:
			return "province";
		case BC_PARTY_DISTRICT:
			return "district";
		default:
			return "organization";
	}
}

/* ISO code of party index i, or NULL. */
static const char *
party_code(const bc_result *r, int i)
{
	if (i < 0 || i >= r->parties.n || r->parties.items[i].unit == NULL)
		return NULL;
	return r->parties.items[i].unit->code;
}

/* Sequential number (1-based) of meeting i in storage order. */
static int
meeting_no(const bc_result *r, int i)
{
	return (i >= 0 && i < r->meetings.n) ? i + 1 : 0;
}

/* Append an integer, or null when it is not known. */
static void
json_int_or_null(bc_buf *b, int v, bool known)
{
	if (known)
		bc_buf_printf(b, "%d", v);
	else
		bc_buf_puts(b, "null");
}

/* One meeting object. */
static void
json_meeting(bc_buf *b, const bc_result *r, int i, offset_map *om)
{
	const bc_meeting *m = &r->meetings.items[i];
	int			k;

	bc_buf_printf(b, "{\"no\":%d,\"occurred_on\":", meeting_no(r, i));
	json_date(b, m->occurred);
	bc_buf_puts(b, ",\"occurred_precision\":");
	json_str(b, m->occurred.year > 0 ? precision_name(m->occurred.precision) : NULL);
	bc_buf_puts(b, ",\"kind\":");
	json_str(b, m->kind ? m->kind : "other");
	bc_buf_puts(b, ",\"mode\":");
	json_str(b, m->mode);
	bc_buf_puts(b, ",\"ordinal\":");
	json_int_or_null(b, m->ordinal, m->ordinal > 0);
	bc_buf_puts(b, ",\"series\":");
	json_str(b, m->series);
	bc_buf_puts(b, ",\"location\":");
	json_str(b, m->location);
	bc_buf_puts(b, ",\"host\":");
	json_str(b, party_code(r, m->host));
	bc_buf_puts(b, ",\"parties\":[");
	for (k = 0; k < m->nparties; k++)
	{
		if (k)
			bc_buf_putc(b, ',');
		json_str(b, party_code(r, m->parties[k]));
	}
	bc_buf_puts(b, "],\"fields\":[");
	for (k = 0; k < m->nfields; k++)
	{
		if (k)
			bc_buf_putc(b, ',');
		json_str(b, m->fields[k]);
	}
	bc_buf_puts(b, "],\"cameo\":");
	json_str(b, m->cameo);
	bc_buf_printf(b, ",\"reference\":%s,\"start\":%ld,\"end\":%ld}",
				  m->reference ? "true" : "false",
				  char_offset(om, m->start), char_offset(om, m->end));
}

/* The whole result as JSON. */
char *
bc_result_json(bc_arena *a, const bc_result *r, size_t *len)
{
	bc_buf		b;
	const bc_doc *d = &r->doc;
	offset_map	om = {d->main, d->main_len, 0, 0};
	int			i,
				k;
	bool		first;

	bc_buf_init(&b, a);
	bc_buf_puts(&b, "{\"extractor_version\":");
	json_str(&b, BC_EXTRACTOR_VERSION);
	if (r->status != BC_OK)
	{
		static const char *const codes[] = {"ok", "empty", "too_large", "not_text", "no_content"};

		bc_buf_puts(&b, ",\"error\":");
		json_str(&b, r->message ? r->message : "cannot parse");
		bc_buf_puts(&b, ",\"error_code\":");
		json_str(&b, codes[r->status]);
		bc_buf_putc(&b, '}');
		*len = b.len;
		return bc_buf_cstr(&b);
	}
	bc_buf_puts(&b, ",\"title\":");
	json_str(&b, d->title);
	bc_buf_puts(&b, ",\"published_on\":");
	json_date(&b, d->published);
	bc_buf_puts(&b, ",\"published_at\":");
	if (d->published.precision == BC_PREC_DAY && d->pub_hour >= 0 && !d->published_from_caller)
	{
		/* without a written zone, Vietnamese sites mean Indochina time */
		int			tz = d->pub_utc_offset_min == INT32_MIN ? 420 : d->pub_utc_offset_min;

		bc_buf_printf(&b, "\"%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d\"",
					  d->published.year, d->published.month, d->published.day,
					  d->pub_hour, d->pub_min < 0 ? 0 : d->pub_min,
					  d->pub_sec < 0 ? 0 : d->pub_sec,
					  tz < 0 ? '-' : '+', (tz < 0 ? -tz : tz) / 60, (tz < 0 ? -tz : tz) % 60);
	}
	else
		bc_buf_puts(&b, "null");
	bc_buf_puts(&b, ",\"outlet\":");
	json_str(&b, d->outlet);
	bc_buf_puts(&b, ",\"author\":");
	json_str(&b, d->author);
	bc_buf_puts(&b, ",\"main_text\":");
	json_strn(&b, a, d->main, d->main_len);
	bc_buf_printf(&b, ",\"main_chars\":%zu,\"sentences\":%d",
				  bc_utf8_chars(d->main, d->main_len), d->sents.n);
	{
		int			chrome = 0;

		for (i = 0; i < d->lines.n; i++)
			if (d->lines.items[i].cls == BC_LINE_CHROME ||
				d->lines.items[i].cls == BC_LINE_RELATED)
				chrome++;
		bc_buf_printf(&b, ",\"chrome_lines\":%d", chrome);
	}

	/* meetings, then background references */
	for (k = 0; k < 2; k++)
	{
		bc_buf_puts(&b, k == 0 ? ",\"meetings\":[" : ",\"referenced_meetings\":[");
		first = true;
		for (i = 0; i < r->meetings.n; i++)
		{
			if (r->meetings.items[i].reference != (k == 1))
				continue;
			if (!first)
				bc_buf_putc(&b, ',');
			first = false;
			json_meeting(&b, r, i, &om);
		}
		bc_buf_putc(&b, ']');
	}

	bc_buf_puts(&b, ",\"parties\":[");
	first = true;
	for (i = 0; i < r->parties.n; i++)
	{
		const bc_party *p = &r->parties.items[i];
		const bc_unit *u = p->unit;

		if (u == NULL)
			continue;
		if (!first)
			bc_buf_putc(&b, ',');
		first = false;
		bc_buf_puts(&b, "{\"iso\":");
		json_str(&b, u->code);
		bc_buf_puts(&b, ",\"kind\":");
		json_str(&b, kind_name(u->kind));
		bc_buf_puts(&b, ",\"as_written\":");
		json_str(&b, p->as_written);
		bc_buf_puts(&b, ",\"name\":");
		json_str(&b, u->name);
		bc_buf_puts(&b, ",\"name_vi\":");
		json_str(&b, u->name_vi);
		bc_buf_puts(&b, ",\"country\":");
		json_str(&b, u->country);
		bc_buf_puts(&b, ",\"current\":");
		json_str(&b, u->current);
		bc_buf_puts(&b, ",\"side\":");
		json_str(&b, p->side == BC_SIDE_VIETNAM ? "vietnam" :
				 p->side == BC_SIDE_COUNTERPART ? "counterpart" : NULL);
		bc_buf_printf(&b, ",\"mentions\":%d,\"start\":%ld,\"end\":%ld}",
					  p->mentions, char_offset(&om, p->start), char_offset(&om, p->end));
	}
	bc_buf_putc(&b, ']');

	bc_buf_puts(&b, ",\"people\":[");
	for (i = 0; i < r->people.n; i++)
	{
		const bc_person *p = &r->people.items[i];

		if (i)
			bc_buf_putc(&b, ',');
		bc_buf_puts(&b, "{\"name\":");
		json_str(&b, p->name);
		bc_buf_puts(&b, ",\"honorific\":");
		json_str(&b, p->honorific);
		bc_buf_puts(&b, ",\"title\":");
		json_str(&b, p->title);
		bc_buf_puts(&b, ",\"party\":");
		json_str(&b, party_code(r, p->party));
		bc_buf_puts(&b, ",\"role\":");
		json_str(&b, p->role);
		bc_buf_puts(&b, ",\"meeting\":");
		json_int_or_null(&b, meeting_no(r, p->meeting), meeting_no(r, p->meeting) > 0);
		bc_buf_printf(&b, ",\"start\":%ld,\"end\":%ld}",
					  char_offset(&om, p->start), char_offset(&om, p->end));
	}
	bc_buf_putc(&b, ']');

	bc_buf_puts(&b, ",\"agreements\":[");
	for (i = 0; i < r->agreements.n; i++)
	{
		const bc_agreement *g = &r->agreements.items[i];

		if (i)
			bc_buf_putc(&b, ',');
		bc_buf_puts(&b, "{\"kind\":");
		json_str(&b, g->kind ? g->kind : "other");
		bc_buf_puts(&b, ",\"as_written\":");
		json_str(&b, g->title);
		bc_buf_puts(&b, ",\"period\":");
		if (g->period_from > 0 && g->period_to > 0)
			bc_buf_printf(&b, "\"%d-%d\"", g->period_from, g->period_to);
		else
			bc_buf_puts(&b, "null");
		bc_buf_puts(&b, ",\"period_from\":");
		json_int_or_null(&b, g->period_from, g->period_from > 0);
		bc_buf_puts(&b, ",\"period_to\":");
		json_int_or_null(&b, g->period_to, g->period_to > 0);
		bc_buf_puts(&b, ",\"meeting\":");
		json_int_or_null(&b, meeting_no(r, g->meeting), meeting_no(r, g->meeting) > 0);
		bc_buf_printf(&b, ",\"start\":%ld,\"end\":%ld}",
					  char_offset(&om, g->start), char_offset(&om, g->end));
	}
	bc_buf_putc(&b, ']');

	bc_buf_puts(&b, ",\"figures\":[");
	for (i = 0; i < r->figures.n; i++)
	{
		const bc_figure *f = &r->figures.items[i];
		const bc_sentence *s = (f->sentence >= 0 && f->sentence < d->sents.n) ?
			&d->sents.items[f->sentence] : NULL;

		if (i)
			bc_buf_putc(&b, ',');
		bc_buf_puts(&b, "{\"text\":");
		json_str(&b, f->mention);
		bc_buf_puts(&b, ",\"value\":");
		json_num(&b, f->value);
		bc_buf_puts(&b, ",\"unit\":");
		json_str(&b, f->unit);
		bc_buf_puts(&b, ",\"currency\":");
		json_str(&b, f->currency);
		bc_buf_puts(&b, ",\"metric\":");
		json_str(&b, f->metric);
		bc_buf_puts(&b, ",\"of\":");
		if (f->ratio_of)
			json_num(&b, f->ratio_of);
		else
			bc_buf_puts(&b, "null");
		bc_buf_puts(&b, ",\"qualifier\":");
		json_str(&b, f->qualifier);
		bc_buf_puts(&b, ",\"period\":");
		json_str(&b, f->period);
		bc_buf_puts(&b, ",\"period_from\":");
		json_date(&b, f->period_from);
		bc_buf_puts(&b, ",\"period_to\":");
		json_date(&b, f->period_to);
		bc_buf_puts(&b, ",\"compared_with\":");
		json_str(&b, f->compared_with);
		bc_buf_puts(&b, ",\"subject\":");
		json_str(&b, party_code(r, f->subject));
		bc_buf_puts(&b, ",\"meeting\":");
		json_int_or_null(&b, meeting_no(r, f->meeting), meeting_no(r, f->meeting) > 0);
		bc_buf_puts(&b, ",\"sentence\":");
		if (s)
			json_strn(&b, a, d->main + s->start, (size_t) (s->end - s->start));
		else
			bc_buf_puts(&b, "null");
		bc_buf_printf(&b, ",\"start\":%ld,\"end\":%ld,\"uncertain\":%s}",
					  char_offset(&om, f->start), char_offset(&om, f->end),
					  f->uncertain ? "true" : "false");
	}
	bc_buf_puts(&b, "]}");
	*len = b.len;
	return bc_buf_cstr(&b);
}
