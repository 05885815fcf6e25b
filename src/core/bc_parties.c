/*
 * src/core/bc_parties.c
 *		Parties: every gazetteer unit the main text names, in context.
 *
 * The gazetteer matcher finds the longest alias at each word start ("Lào
 * Cai" before "Lào", "Thái Bình Dương" blocks "Thái Bình"); this stage then
 * reads the words before each match to drop what is not a party: a ward,
 * commune, district, border gate, river or newspaper named like a province
 * ("phường Long An", "cửa khẩu Lào Cai", "Báo Bình Phước"), a city that is
 * not a province-level city ("thành phố Kampot"), a capital named only as
 * the venue ("tại điểm cầu Hà Nội"), a province name inside a
 * person's name ("Phạm Bình Định"), and ordinary words in all-capital
 * headlines ("XÂY DỰNG BIÊN GIỚI HÒA BÌNH").
 */
#include "bc_core.h"
#include "bc_gazetteer.h"
#include "bc_parties.h"

#include <stdio.h>

/* words before a place name that make it something other than a party */
static const char *const block_prefixes[] = {
	"huyện", "quận", "xã", "phường", "p", "h", "q", "thị xã", "tx", "thị trấn", "tt",
	"thôn", "bản", "ấp", "làng", "sông", "núi", "đèo", "đường", "phố", "cầu",
	"chợ", "ga", "bến", "cảng", "báo", "đài", "trường", "đồn", "cửa khẩu",
	"cửa khẩu quốc tế", "cửa khẩu chính", "cửa khẩu phụ", "cặp cửa khẩu",
	"sân bay", "khách sạn", "bệnh viện", "hồ", "đảo", "vịnh", "khu kinh tế",
	"khu kinh tế cửa khẩu", "lối mở", "quảng trường", "nhà khách", "công ty",
	"tập đoàn", "ngân hàng", "thủy điện", "nhà máy", "tuyến", "xe", "biển số",
	"đặc khu", "khu phố", "tổ dân phố", "bản tin", "khóm", "tổ",
	"tiểu học", "trung học", "trung học cơ sở", "trung học phổ thông", "thcs",
	"thpt", "mầm non", "đại học", "cao đẳng", "học viện", "nhà văn hóa",
	"hội trường", "trường học", "trường tiểu học", "chùa", "nhà thờ", "khu du lịch",
	"công viên", "siêu thị", "trung tâm thương mại", "hợp tác xã", "htx", "đội",
	"sư đoàn", "trung đoàn", "lữ đoàn", "tiểu đoàn"
};

/* words that make a dash-joined chain of places a route, not parties */
static const char *const route_strong[] = {
	"đường sắt", "cao tốc", "hành lang", "quốc lộ", "đường bay", "tuyến bay",
	"tuyến xe", "tuyến vận tải", "đường ống", "chuyến bay", "tuyến xe buýt",
	"tuyến du lịch", "tour", "đường bộ"
};
static const char *const route_weak[] = {"tuyến", "tuyến đường", "lộ trình"};

/* words before a place name that make it a city */
static const char *const city_prefixes[] = {"thành phố", "tp"};

/* words before a place name that make it a province for sure */
static const char *const province_prefixes[] = {"tỉnh", "các tỉnh", "hai tỉnh", "điểm cầu"};

/* words before a capital that make it only the venue ("tại điểm cầu Hà Nội") */
static const char *const venue_words[] = {
	"tại", "ở", "điểm cầu", "điểm cầu chính", "đầu cầu", "tại thủ đô", "ở thủ đô",
	"tại thành phố", "tại tp"
};

/* capitals: named only as a venue, they host national bodies, not a party */
static bool
is_capital(const bc_unit *u)
{
	return strcmp(u->code, "VN-HN") == 0 || strcmp(u->code, "KH-12") == 0 ||
		strcmp(u->code, "LA-VT") == 0;
}

/* province names that are also ordinary words, ambiguous in all capitals */
static const char *const common_words[] = {
	"hòa bình", "thái bình", "bình định", "hải dương", "an giang", "long an",
	"bình dương", "quảng nam", "hà nam", "nam định"
};

/* Vietnamese family names and frequent middle names: "Phạm Bình Định" */
const char *const bc_vn_surnames[] = {
	"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
	"Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lương", "Đinh", "Trịnh",
	"Đoàn", "Đào", "Mai", "Cao", "Lâm", "Tô", "Tạ", "Hà", "Vương", "Châu",
	"Quách", "Thái", "Lưu", "Trương", "Triệu", "Kiều", "Lại", "Phùng", "Văn",
	"Hứa", "Chu", "Tôn", "Mạc", "Khổng", "La", "Đàm", "Giang", "Nông", "Lục",
	"Hầu", "Giàng", "Lò", "Vàng", "Sùng", "Thào", "Mùa", "Sầm", "Lù", "Hoàng",
	"Quàng", "Cầm", "Hà", "Ksor", "Rơ", "Y", "H'", "Điểu", "Thạch", "Sơn",
	"Danh", "Kim", "Lã", "Ông", "Bế", "Ma", "Hờ", "Sình", "Vi", "Đới", "Ninh",
	"Tăng", "Khúc", "Nghiêm", "Âu", "Doãn", "Bạch", "Tiêu", "Từ", "Thân",
	"Mẫn", "Viên", "Phó", "Tống", "Diệp", "Ôn", "Khương", "Lữ", "Thiều",
	"Lạc", "Quan", "Mông", "Lầu", "Chá", "Hạng", "Pờ", "Tòng", "Lỷ", "Phàn",
	"Chảo", "Tẩn", "Bàn", "Đèo", "Khà", "Ly", "Mã", "Nhữ", "Tào",
	"A", "Siu", "Nay", "Kpă", "Rah", "Rchăm", "Niê", "Byă",
	"Lam", "Tiền", "Hàn", "Bành", "Diêu", "Uông", "Thẩm", "Tần", "Tập",
	"Nhiếp", "Khuất", "Cù", "Kha", "Ngụy", "Mao", "Cát", "Trác", "Nhan",
	/* Mông, Thái, Dao, Tày family names of the northern border provinces */
	"Vừ", "Hảng", "Tráng", "Cứ", "Sộng", "Thèn", "Lường", "Lồ", "Sần",
	"Lèng", "Vần", "Dìu"
};
const int	bc_vn_nsurnames = sizeof(bc_vn_surnames) / sizeof(bc_vn_surnames[0]);

/* family names that are also common words, capitalised at a sentence start */
static const char *const common_word_names[] = {
	"Đoàn", "Mai", "Cao", "Hồ", "Giang", "Kim", "Tăng", "Thân", "Quan", "Từ",
	"Ông", "Ninh", "Sơn", "Văn", "Hà", "Lâm", "Thái", "Châu", "Tiêu", "Âu",
	"Ly", "Ma", "Y", "A", "Nay", "Mã", "La", "Lại", "Phó", "Lò"
};

static const char *const middle_names[] = {
	"Văn", "Thị", "Hữu", "Đức", "Công", "Quang", "Minh", "Ngọc", "Xuân",
	"Thanh", "Hồng", "Quốc", "Đình", "Bá", "Trọng", "Tuấn", "Mạnh", "Thế"
};

/* central cities: "thành phố Đà Nẵng" is the province */
static bool
is_central_city(const bc_unit *u)
{
	static const char *const codes[] = {
		"VN-HN", "VN-HP", "VN-DN", "VN-CT", "VN-SG", "VN-26"
	};
	size_t		i;

	for (i = 0; i < sizeof(codes) / sizeof(codes[0]); i++)
		if (strcmp(u->code, codes[i]) == 0)
			return true;
	return false;
}

/* The start of the character before byte pos (pos > 0). */
static size_t
char_before(const char *t, size_t pos)
{
	size_t		p = pos - 1;
	int			k;

	for (k = 0; k < 3 && p > 0 && ((unsigned char) t[p] & 0xC0) == 0x80; k++)
		p--;
	return p;
}

/*
 * Fold the words (at most max) just before byte pos, crossing only spaces
 * and the dot of an abbreviation ("P.Long An", "TP. Cần Thơ").  Returns the
 * number of words folded into ph; 0 when punctuation comes first.
 */
int
bc_prev_words(const char *t, size_t len, size_t pos, int max, bc_gaz_phrase *ph)
{
	size_t		q = pos;
	size_t		starts[BC_GAZ_MAX_WORDS];
	int			count = 0;

	ph->nwords = 0;
	if (max > BC_GAZ_MAX_WORDS)
		max = BC_GAZ_MAX_WORDS;
	while (count < max && q > 0)
	{
		size_t		p = q;
		uint32_t	cp;
		bool		crossed = false;
		int			guard;

		/* separators: spaces and at most one dot */
		for (guard = 0; guard < 8 && p > 0; guard++)
		{
			size_t		b = char_before(t, p);

			bc_gaz_decode(t + b, len - b, &cp);
			if (cp == ' ' || cp == 0xA0 || cp == '\t' || (cp == '.' && !crossed))
			{
				if (cp == '.')
					crossed = true;
				p = b;
			}
			else
				break;
		}
		if (p == q && count > 0)
			break;				/* words glued without a separator */
		if (p == 0)
			break;
		{
			size_t		b = char_before(t, p);

			bc_gaz_decode(t + b, len - b, &cp);
			if (!bc_gaz_is_wordchar(cp))
				break;
		}
		/* walk back over the word */
		for (guard = 0; guard < 64 && p > 0; guard++)
		{
			size_t		b = char_before(t, p);

			bc_gaz_decode(t + b, len - b, &cp);
			if (!bc_gaz_is_wordchar(cp))
				break;
			p = b;
		}
		if (guard >= 64)
			break;
		starts[count++] = p;
		q = p;
	}
	/*
	 * Fold from the earliest word; a dot the fold does not cross (the end of
	 * a sentence) drops the words before it.
	 */
	while (count > 0)
	{
		if (bc_gaz_fold(t, len, starts[count - 1], count, ph) == count)
			return count;
		count--;
	}
	ph->nwords = 0;
	return 0;
}

/* True when the last j words of ph form a phrase of lex, for some j. */
bool
bc_prev_words_end_with(const bc_gaz_phrase *ph, const bc_lex *lex)
{
	int			j;

	for (j = 1; j <= ph->nwords; j++)
	{
		int			from = ph->nwords - j;
		int			off = from == 0 ? 0 : ph->dkey_end[from - 1] + 1;

		if (bc_lex_has(lex, ph->dkey + off, ph->dkey_end[ph->nwords - 1] - off))
			return true;
	}
	return false;
}

/* Lexicons used by the context rules, folded once per article. */
typedef struct party_ctx
{
	bc_lex	   *route_strong;
	bc_lex	   *route_weak;
	bc_lex	   *block;
	bc_lex	   *city;
	bc_lex	   *province;
	bc_lex	   *common;
	bc_lex	   *names;
	bc_lex	   *common_names;
	bc_lex	   *venue;
} party_ctx;

#define NELEM(x) ((int) (sizeof(x) / sizeof((x)[0])))

/* Is the all-capital word at byte pos a word of two letters or more? */
static bool
caps_word_at(const char *t, size_t len, size_t pos)
{
	bc_gaz_phrase ph;

	if (!bc_gaz_word_start(t, len, pos))
		return false;
	if (bc_gaz_fold(t, len, pos, 1, &ph) != 1)
		return false;
	return ph.all_upper[0] && ph.akey_end[0] >= 2;
}

/* Decide whether a gazetteer match names a party here. */
static bool
accept_match(const party_ctx *cx, const char *t, size_t len,
			 const bc_gaz_match *m)
{
	bc_gaz_phrase prev;
	int			np;
	bool		after_province = false;

	np = bc_prev_words(t, len, m->start, 4, &prev);
	if (np > 0)
	{
		size_t		gap_start = prev.word_end[np - 1];
		bool		dotted = false;
		size_t		i;

		for (i = gap_start; i < m->start; i++)
			if (t[i] == '.')
				dotted = true;

		if (bc_prev_words_end_with(&prev, cx->province))
			after_province = true;
		else if (m->unit->kind != BC_PARTY_COUNTRY &&
				 bc_prev_words_end_with(&prev, cx->block))
			return false;		/* a ward, a border gate, a school: not the province */
		else if (bc_prev_words_end_with(&prev, cx->city))
		{
			if (!is_central_city(m->unit))
				return false;
		}
		else if (!dotted && prev.upper[np - 1] && !prev.all_upper[np - 1])
		{
			int			off = np > 1 ? prev.dkey_end[np - 2] + 1 : 0;
			const char *w = prev.dkey + off;
			int			wl = prev.dkey_end[np - 1] - off;

			/*
			 * Inside a person's name: after a family name, or after a
			 * family name that is also a common word ("Đoàn" delegation,
			 * "Mai" tomorrow) when another capital precedes it.
			 */
			if (bc_lex_has(cx->names, w, wl) &&
				(!bc_lex_has(cx->common_names, w, wl) ||
				 (np > 1 && prev.upper[np - 2])))
				return false;
		}
	}

	/* an all-capital headline: ordinary words look like provinces */
	if (m->all_upper && !after_province &&
		bc_lex_has(cx->common, m->alias->dkey, (int) strlen(m->alias->dkey)))
	{
		size_t		p = m->end;
		uint32_t	cp;
		bool		caps_around = false;

		if (np > 0 && prev.all_upper[np - 1] && prev.akey_end[np - 1] -
			(np > 1 ? prev.akey_end[np - 2] + 1 : 0) >= 2)
			caps_around = true;
		while (p < len)
		{
			int			k = bc_gaz_decode(t + p, len - p, &cp);

			if (cp != ' ')
				break;
			p += k;
		}
		if (p < len && caps_word_at(t, len, p))
			caps_around = true;
		if (caps_around)
			return false;
	}
	return true;
}


/* Skip spaces backward from pos; returns the new position. */
static size_t
skip_spaces_back(const char *t, size_t pos)
{
	int			guard;

	for (guard = 0; guard < 8 && pos > 0 && (t[pos - 1] == ' ' || t[pos - 1] == '\t'); guard++)
		pos--;
	return pos;
}

/* If a dash ends the text before pos (after spaces), the position before it. */
static bool
dash_before(const char *t, size_t len, size_t pos, size_t *out)
{
	size_t		p = skip_spaces_back(t, pos);
	size_t		b;
	uint32_t	cp;

	if (p == 0)
		return false;
	b = char_before(t, p);
	bc_gaz_decode(t + b, len - b, &cp);
	if (cp != '-' && cp != 0x2013 && cp != 0x2014)
		return false;
	*out = skip_spaces_back(t, b);
	return *out > 0;
}

/* If a dash follows pos (after spaces), the position after it and its spaces. */
static bool
dash_after(const char *t, size_t len, size_t pos, size_t *out)
{
	size_t		p = pos;
	uint32_t	cp;
	int			n,
				guard;

	for (guard = 0; guard < 8 && p < len && (t[p] == ' ' || t[p] == '\t'); guard++)
		p++;
	if (p >= len)
		return false;
	n = bc_gaz_decode(t + p, len - p, &cp);
	if (cp != '-' && cp != 0x2013 && cp != 0x2014)
		return false;
	p += n;
	for (guard = 0; guard < 8 && p < len && (t[p] == ' ' || t[p] == '\t'); guard++)
		p++;
	*out = p;
	return p < len;
}

/* Is [s, e) exactly one gazetteer name? */
static bool
is_gaz_name(const char *t, size_t len, size_t s, size_t e)
{
	bc_gaz_match m;

	return bc_gaz_match_at(t, len, s, &m) && m.end == e;
}

/*
 * Is the match [ms, me) an element of a route, "tuyến đường sắt Lào Cai -
 * Hà Nội - Hải Phòng", "hành lang kinh tế Côn Minh - Lào Cai"?  Walks the
 * dash-joined chain of capitalised names around it, then looks for a route
 * word among the eight words before the chain.
 */
static bool
in_route(const party_ctx *cx, const char *t, size_t len, size_t ms, size_t me)
{
	size_t		start = ms,
				pos = me;
	int			elements = 1;
	bool		foreign_name = false;
	int			guard;
	bc_gaz_phrase ph;
	int			n,
				i,
				k;
	bool		strong = false,
				weak = false;

	/* backward */
	for (guard = 0; guard < 6; guard++)
	{
		size_t		q;
		int			first;

		if (!dash_before(t, len, start, &q))
			break;
		n = bc_prev_words(t, len, q, 4, &ph);
		if (n == 0 || ph.word_end[n - 1] != q)
			break;
		for (first = n; first > 0 && ph.upper[first - 1]; first--)
			;
		if (first == n)
			break;
		if (!is_gaz_name(t, len, ph.word_start[first], q))
			foreign_name = true;
		start = ph.word_start[first];
		elements++;
	}
	/* forward */
	for (guard = 0; guard < 6; guard++)
	{
		size_t		q;
		int			last;

		if (!dash_after(t, len, pos, &q))
			break;
		n = bc_gaz_fold(t, len, q, 4, &ph);
		for (last = 0; last < n && ph.upper[last]; last++)
			;
		if (last == 0)
			break;
		if (!is_gaz_name(t, len, q, ph.word_end[last - 1]))
			foreign_name = true;
		pos = ph.word_end[last - 1];
		elements++;
	}
	if (elements < 2)
		return false;
	n = bc_prev_words(t, len, start, 8, &ph);
	for (i = 0; i < n; i++)
	{
		int			off = i == 0 ? 0 : ph.dkey_end[i - 1] + 1;

		for (k = i; k < n && k < i + 3; k++)
		{
			int			klen = ph.dkey_end[k] - off;

			if (bc_lex_has(cx->route_strong, ph.dkey + off, klen))
				strong = true;
			if (bc_lex_has(cx->route_weak, ph.dkey + off, klen))
				weak = true;
		}
	}
	return strong || (weak && (elements >= 3 || foreign_name));
}

/*
 * Is the country match at [ms,me) one of a list of three or more countries
 * after "đến từ" ("doanh nghiệp đến từ Việt Nam, Trung Quốc, Lào và Thái
 * Lan")?  Such a list gives where exhibitors, tourists or students come
 * from, not who meets.  The countries of the list that are parties are
 * named elsewhere in the article too.
 */
static bool
in_origin_list(const char *t, size_t len, size_t ms, size_t me)
{
	static const char from[] = "\xc4\x91\xe1\xba\xbfn t\xe1\xbb\xab";	/* đến từ */
	const size_t fl = sizeof(from) - 1;
	size_t		lo = ms > 200 ? ms - 200 : 0,
				p,
				start = (size_t) -1;
	int			n = 0,
				guard;
	bool		mine = false;

	/* the last "đến từ" of the clause before the match */
	for (p = ms; p > lo; p--)
	{
		char		c = t[p - 1];

		if (c == '.' || c == ';' || c == ':' || c == '\n' || c == '(')
			break;
		if (p - 1 + fl <= ms && memcmp(t + p - 1, from, fl) == 0)
		{
			start = p - 1 + fl;
			break;
		}
	}
	if (start == (size_t) -1)
		return false;
	/* read the list: country, country, ... và country */
	p = start;
	for (guard = 0; guard < 16 && p < len; guard++)
	{
		bc_gaz_match m;

		while (p < len && t[p] == ' ')
			p++;
		if (p >= len || !bc_gaz_match_at(t, len, p, &m) || m.unit == NULL ||
			m.unit->kind != BC_PARTY_COUNTRY)
			break;
		n++;
		if (m.start == ms && m.end == me)
			mine = true;
		p = m.end;
		while (p < len && t[p] == ' ')
			p++;
		if (p < len && t[p] == ',')
			p++;
		else if (p + 3 <= len && memcmp(t + p, "v\xc3\xa0", 3) == 0 &&
				 (p + 3 == len || t[p + 3] == ' '))
			p += 3;				/* "và" */
		else
			break;
	}
	return mine && n >= 3;
}

/* Is the match followed by "(cũ)" (a former unit)? */
static bool
former_unit(const char *t, size_t len, size_t me)
{
	static const char cu[] = "(c\xc5\xa9)";	/* (cũ) */
	size_t		p = me;

	while (p < len && t[p] == ' ')
		p++;
	return p + sizeof(cu) - 1 <= len && memcmp(t + p, cu, sizeof(cu) - 1) == 0;
}

/* Had the unit ceased to exist when the article was published? */
static bool
ceased_before(const bc_unit *u, const bc_date *pub)
{
	int			y,
				m,
				d;
	long		vt,
				pd;

	if (u->valid_to == NULL || pub->year == 0 || pub->precision < BC_PREC_MONTH)
		return false;
	if (sscanf(u->valid_to, "%d-%d-%d", &y, &m, &d) != 3)
		return false;
	vt = y * 10000L + m * 100L + d;
	pd = pub->year * 10000L + pub->month * 100L +
		(pub->precision == BC_PREC_DAY ? pub->day : 31);
	if (pub->precision == BC_PREC_MONTH)
		pd = pub->year * 10000L + pub->month * 100L + 1;
	return pd > vt;
}

/* The party index of a unit, adding the party on first sight. */
int
bc_party_for_unit(bc_arena *a, bc_result *r, const bc_unit *u,
				  const char *as_written, int start, int end)
{
	int			i;
	bc_party   *p;

	for (i = 0; i < r->parties.n; i++)
		if (r->parties.items[i].unit == u)
			return i;
	if (r->parties.n >= BC_MAX_ENTITIES)
		return -1;
	p = bc_vec_push(a, &r->parties);
	p->unit = u;
	p->as_written = bc_strdup(a, as_written);
	p->start = start;
	p->end = end;
	p->mentions = 0;
	p->side = strcmp(u->country, "VN") == 0 ? BC_SIDE_VIETNAM : BC_SIDE_COUNTERPART;
	return r->parties.n - 1;
}

/*
 * Is the match at ms only the seat of a foreign mission: "Tổng Lãnh sự
 * Trung Quốc tại TP. Hồ Chí Minh", "Đại sứ quán Lào tại Hà Nội"?
 */
static bool
mission_seat(bc_arena *a, const char *t, size_t ms)
{
	size_t		from = ms > 90 ? ms - 90 : 0,
				n,
				e;
	char	   *w;
	static const char *const cities[] = {"thành phố ", "tp. ", "tp.", "tp ", NULL};
	char	   *tai;

	while (from < ms && ((unsigned char) t[from] & 0xC0) == 0x80)
		from++;
	w = bc_casefold(a, t + from, ms - from, &n);
	if (w == NULL)
		return false;
	e = n;
	while (e > 0 && w[e - 1] == ' ')
		e--;
	for (int k = 0; cities[k]; k++)
	{
		size_t		l = strlen(cities[k]);

		while (l > 0 && cities[k][l - 1] == ' ')
			l--;
		if (e >= l && memcmp(w + e - l, cities[k], l) == 0)
		{
			e -= l;
			while (e > 0 && w[e - 1] == ' ')
				e--;
			break;
		}
	}
	if (e < 5 || memcmp(w + e - 5, "t\xe1\xba\xa1i", 5) != 0)	/* tại */
		return false;
	w[e - 5] = '\0';
	/* the mission's title in the same clause */
	tai = w;
	for (char *q = w; *q; q++)
		if (*q == ',' || *q == '.' || *q == ';' || *q == ':')
			tai = q + 1;
	return strstr(tai, "l\xc3\xa3nh s\xe1\xbb\xb1") != NULL ||	/* lãnh sự */
		strstr(tai, "\xc4\x91\xe1\xba\xa1i s\xe1\xbb\xa9") != NULL;	/* đại sứ */
}

/*
 * Drop the capitals named only as a venue ("Bộ Công Thương chủ trì tại điểm
 * cầu Hà Nội"): the ministries there are the country, already a party or
 * not; the capital's mentions go with it and later parties move down.
 */
static void
drop_venue_only(bc_result *r, const bool *not_venue, const bool *not_seat)
{
	int			pi;

	for (pi = r->parties.n - 1; pi >= 0; pi--)
	{
		int			i,
					k = 0;

		if ((not_venue[pi] || !is_capital(r->parties.items[pi].unit)) &&
			not_seat[pi])
			continue;
		for (i = 0; i < r->mentions.n; i++)
		{
			bc_mention mn = r->mentions.items[i];

			if (mn.party == pi)
				continue;
			if (mn.party > pi)
				mn.party--;
			r->mentions.items[k++] = mn;
		}
		r->mentions.n = k;
		for (i = pi; i + 1 < r->parties.n; i++)
			r->parties.items[i] = r->parties.items[i + 1];
		r->parties.n--;
	}
}

/*
 * Is the match a neighbour named by geography: after "giáp", "tiếp giáp
 * (với)", "giáp ranh (với)" earlier in its clause ("Sơn La có 250 km đường
 * biên giới tiếp giáp với hai tỉnh Hủa Phăn và Luông Pha Băng")?  "giáp
 * biên (giới)" ("các tỉnh giáp biên") is not such a word.
 */
static bool
after_border_word(const char *t, size_t ms)
{
	static const char gi[] = "gi\xc3\xa1p";	/* giáp */
	static const char bien[] = " bi\xc3\xaan";	/* " biên" */
	const size_t gl = sizeof(gi) - 1;
	size_t		lo = ms > 120 ? ms - 120 : 0,
				p;

	for (p = ms; p > lo; p--)
	{
		char		c = t[p - 1];

		if (c == '.' || c == ';' || c == ':' || c == '\n' || c == '(' || c == ')')
			return false;
		if (p - 1 + gl <= ms && memcmp(t + p - 1, gi, gl) == 0 &&
			(p - 1 == 0 || t[p - 2] == ' ') &&
			(t[p - 1 + gl] == ' ' || t[p - 1 + gl] == ','))
			return memcmp(t + p - 1 + gl, bien, sizeof(bien) - 1) != 0;
	}
	return false;
}

/*
 * Is pos in a sentence (or line) of history: one that opens with a year at
 * least three years before publication ("Từ năm 2008, bốn tỉnh biên giới
 * Quảng Ninh, Lạng Sơn ... thành lập Ủy ban công tác liên hợp")?
 */
static bool
in_history(const bc_result *r, size_t pos)
{
	static const char nam[] = "n\xc4\x83m ";	/* "năm " */
	const char *t = r->doc.main;
	const bc_date *pub = &r->doc.published;
	int			ss = -1,
				se = -1;

	if (pub->precision == BC_PREC_NONE || pub->year == 0)
		return false;
	for (int i = 0; i < r->doc.sents.n; i++)
		if ((size_t) r->doc.sents.items[i].start <= pos &&
			pos < (size_t) r->doc.sents.items[i].end)
		{
			ss = r->doc.sents.items[i].start;
			se = r->doc.sents.items[i].end;
			break;
		}
	if (ss < 0)
		return false;
	/* a heading without a full stop may share the sentence: start at the line */
	for (size_t p = pos; p > (size_t) ss; p--)
		if (t[p - 1] == '\n')
		{
			ss = (int) p;
			break;
		}
	for (int p = ss; p < ss + 12 && p + 8 < se; p++)
		if (memcmp(t + p, nam, sizeof(nam) - 1) == 0 && (p == 0 || t[p - 1] == ' ' || p == ss))
		{
			const char *d = t + p + sizeof(nam) - 1;
			int			y = 0,
						k;

			for (k = 0; k < 4 && d[k] >= '0' && d[k] <= '9'; k++)
				y = y * 10 + (d[k] - '0');
			if (k == 4 && !(d[4] >= '0' && d[4] <= '9'))
				return y >= 1900 && y <= pub->year - 3;
			return false;
		}
	return false;
}

/*
 * Drop the provinces named only as geographic neighbours or in the history
 * the article tells: they are not parties of anything it reports.
 */
static void
drop_neighbour_only(bc_result *r, const bool *not_neighbour)
{
	int			pi;

	for (pi = r->parties.n - 1; pi >= 0; pi--)
	{
		int			i,
					k = 0;

		if (not_neighbour[pi] || r->parties.items[pi].unit->kind != BC_PARTY_PROVINCE)
			continue;
		for (i = 0; i < r->mentions.n; i++)
		{
			bc_mention mn = r->mentions.items[i];

			if (mn.party == pi)
				continue;
			if (mn.party > pi)
				mn.party--;
			r->mentions.items[k++] = mn;
		}
		r->mentions.n = k;
		for (i = pi; i + 1 < r->parties.n; i++)
			r->parties.items[i] = r->parties.items[i + 1];
		r->parties.n--;
	}
}

/* Find every party the main text names (see the file header). */
void
bc_find_parties(bc_arena *a, bc_result *r)
{
	const char *t = r->doc.main;
	size_t		len = r->doc.main_len;
	size_t		p = 0;
	party_ctx	cx;
	bool	   *not_venue;
	bool	   *not_seat;

	if (t == NULL || len == 0)
		return;
	cx.block = bc_lex_build(a, block_prefixes, NELEM(block_prefixes));
	cx.route_strong = bc_lex_build(a, route_strong, NELEM(route_strong));
	cx.route_weak = bc_lex_build(a, route_weak, NELEM(route_weak));
	cx.city = bc_lex_build(a, city_prefixes, NELEM(city_prefixes));
	cx.province = bc_lex_build(a, province_prefixes, NELEM(province_prefixes));
	cx.common = bc_lex_build(a, common_words, NELEM(common_words));
	cx.common_names = bc_lex_build(a, common_word_names, NELEM(common_word_names));
	cx.venue = bc_lex_build(a, venue_words, NELEM(venue_words));
	not_venue = bc_alloc(a, sizeof(bool) * (BC_MAX_ENTITIES + 1));
	not_seat = bc_alloc(a, sizeof(bool) * (BC_MAX_ENTITIES + 1));
	{
		const char **all = bc_alloc(a, sizeof(char *) * (size_t) (bc_vn_nsurnames + NELEM(middle_names)));
		int			i;

		for (i = 0; i < bc_vn_nsurnames; i++)
			all[i] = bc_vn_surnames[i];
		for (i = 0; i < NELEM(middle_names); i++)
			all[bc_vn_nsurnames + i] = middle_names[i];
		cx.names = bc_lex_build(a, all, bc_vn_nsurnames + NELEM(middle_names));
	}

	while (p < len)
	{
		bc_gaz_match m;
		uint32_t	cp;

		if (bc_gaz_match_at(t, len, p, &m))
		{
			if (m.unit != NULL && accept_match(&cx, t, len, &m) &&
				!former_unit(t, len, m.end) &&
				!(m.unit->kind == BC_PARTY_COUNTRY &&
				  in_origin_list(t, len, m.start, m.end)) &&
				!ceased_before(m.unit, &r->doc.published) &&
				!in_route(&cx, t, len, m.start, m.end))
			{
				char	   *w = bc_strndup(a, t + m.start, m.end - m.start);
				int			pi = bc_party_for_unit(a, r, m.unit, w,
											   (int) m.start, (int) m.end);

				if (pi >= 0 && r->mentions.n < BC_MAX_ENTITIES * 8)
				{
					bc_mention *mn = bc_vec_push(a, &r->mentions);

					mn->party = pi;
					mn->start = (int) m.start;
					mn->end = (int) m.end;
					r->parties.items[pi].mentions++;
				}
				if (pi >= 0 && !not_venue[pi])
				{
					bc_gaz_phrase prev;

					not_venue[pi] = !is_capital(m.unit) ||
						bc_prev_words(t, len, m.start, 4, &prev) == 0 ||
						!bc_prev_words_end_with(&prev, cx.venue);
				}
				if (pi >= 0 && !not_seat[pi])
					not_seat[pi] = !mission_seat(a, t, m.start);
			}
			p = m.end > p ? m.end : p + 1;
			continue;
		}
		p += bc_gaz_decode(t + p, len - p, &cp);
	}
	drop_venue_only(r, not_venue, not_seat);
	/* provinces named only as neighbours or in history (after the capitals moved indexes down) */
	{
		bool	   *nb = bc_alloc(a, sizeof(bool) * (BC_MAX_ENTITIES + 1));

		for (int i = 0; i < r->mentions.n; i++)
		{
			int			pi = r->mentions.items[i].party;

			if (pi >= 0 && pi < r->parties.n &&
				!after_border_word(t, (size_t) r->mentions.items[i].start) &&
				!in_history(r, (size_t) r->mentions.items[i].start))
				nb[pi] = true;
		}
		drop_neighbour_only(r, nb);
	}
}
