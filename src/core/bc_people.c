/*
 * src/core/bc_people.c
 *		People: named officials with honorific, title and party.
 *
 * The main text is cut into tokens (words and punctuation); party mentions
 * found by bc_parties.c mark their words.  A person is
 *
 *	 [honorifics] [TITLE-CHAIN] [","|":"] [honorifics] NAME [("-"|",") TITLE-CHAIN]
 *
 * where a TITLE-CHAIN is one or more titles ("Phó thủ tướng, Bộ trưởng Bộ Nội
 * vụ Campuchia") joined by "," or "kiêm", each title a head from the
 * lexicon below, an optional organisation ("Bộ Nội vụ") and an optional
 * unit ("tỉnh Kampot", "Campuchia").  A name is a run of capitalised words:
 * led by a Vietnamese family name (also Chinese names in Vietnamese reading,
 * "Vương Ninh"), or, for Khmer, Lao and Thai names ("Val Thal", "Sar
 * Kheng"), accepted when the context is foreign (a counterpart unit in the
 * title, a foreign honorific, a foreign-only title such as Tỉnh trưởng).  A
 * name with neither title nor honorific is not a person.  One person per
 * name and article: later mentions merge, keeping the fullest title.
 *
 * The person's party is the most specific unit in the titles; failing
 * that, for provincial titles, the province in the sentence or the
 * article's main province on the person's side.
 */
#include "bc_core.h"
#include "bc_gazetteer.h"
#include "bc_parties.h"

#define MAX_PHRASE_WORDS 8
#define MAX_NAME_WORDS 5
#define MAX_FOREIGN_NAME_WORDS 7	/* Lao names in Vietnamese syllables */
#define NELEM(x) ((int) (sizeof(x) / sizeof((x)[0])))

/* title heads; the longest one wins */
static const char *const title_heads[] = {
	"Ủy viên Trung ương Đảng", "Ủy viên Trung ương Đảng Cộng sản",
	"Ủy viên Trung ương Đảng Nhân dân Cách mạng", "Ủy viên Bộ Chính trị", "Ủy viên Ban Bí thư",
	"Ủy viên dự khuyết Trung ương Đảng", "Ủy viên Ban Thường vụ Tỉnh ủy",
	"Ủy viên Ban Thường vụ", "Bí thư Trung ương Đảng", "Tổng Bí thư",
	"Bí thư Tỉnh ủy", "Bí thư Thành ủy", "Bí thư Khu ủy", "Bí thư",
	"Phó Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy", "Phó Bí thư Thành ủy",
	"Phó Bí thư", "Chủ tịch UBND tỉnh", "Chủ tịch UBND", "Chủ tịch UBND thành phố",
	"Chủ tịch Ủy ban nhân dân tỉnh", "Chủ tịch Ủy ban nhân dân",
	"Chủ tịch HĐND tỉnh", "Chủ tịch HĐND", "Chủ tịch Hội đồng nhân dân tỉnh",
	"Chủ tịch tỉnh", "Chủ tịch nước", "Chủ tịch Quốc hội", "Chủ tịch",
	"Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch Thường trực UBND tỉnh",
	"Phó Chủ tịch UBND", "Phó Chủ tịch Ủy ban nhân dân tỉnh",
	"Phó Chủ tịch HĐND tỉnh", "Phó Chủ tịch tỉnh", "Phó Chủ tịch nước",
	"Phó Chủ tịch Quốc hội", "Phó Chủ tịch",
	"Tỉnh trưởng", "Phó Tỉnh trưởng", "Tỉnh phó", "Thống đốc", "Phó Thống đốc",
	"Tỉnh trưởng tỉnh", "Phó Tỉnh trưởng tỉnh", "Thống đốc tỉnh",
	"Phó Thống đốc tỉnh",
	"Thị trưởng", "Phó Thị trưởng", "Thủ tướng", "Thủ tướng Chính phủ",
	"Phó Thủ tướng", "Phó Thủ tướng Chính phủ", "Phó Thủ tướng Thường trực",
	"Phó Thủ tướng Thường trực Chính phủ", "Bộ trưởng", "Thứ trưởng",
	"Thứ trưởng Thường trực", "Tổng Lãnh sự", "Đại sứ",
	"Đại sứ đặc mệnh toàn quyền", "Lãnh sự", "Tham tán", "Trưởng đoàn",
	"Phó Trưởng đoàn", "Trưởng ban", "Phó Trưởng ban", "Giám đốc",
	"Phó Giám đốc", "Chỉ huy trưởng", "Chính ủy", "Tư lệnh", "Phó Tư lệnh",
	"Chánh Văn phòng", "Tổng cục trưởng", "Cục trưởng", "Vụ trưởng",
	"Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá",
	"Thượng tá", "Người phát ngôn", "Tổng Thư ký", "Chánh án", "Viện trưởng",
	"Tổ trưởng", "Trưởng phòng", "Chủ nhiệm", "Hiệu trưởng", "Tổng Giám đốc",
	"Ủy viên Ban Thường vụ Thành ủy", "Chánh Thanh tra", "Chỉ huy phó",
	"Thư ký", "Trợ lý", "Chủ tịch Hội", "Chủ tịch Chính phủ nhân dân",
	/* abbreviated Central Committee ("Ủy viên T.Ư Đảng", "Ủy viên TƯ Đảng") */
	"Ủy viên T.Ư Đảng", "Ủy viên TƯ Đảng", "Ủy viên TW Đảng", "Ủy viên T.Ư",
	"Ủy viên TƯ", "Ủy viên TW",
	/* every officer's rank, and the heads of border posts and stations */
	"Trung tá", "Thiếu tá", "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy",
	"Đồn trưởng", "Phó Đồn trưởng", "Trạm trưởng", "Phó Trạm trưởng",
	"Chính trị viên", "Chính trị viên phó", "Đội trưởng", "Phó Đội trưởng"
};

/* titles only foreign officials hold */
static const char *const foreign_titles[] = {
	"Tỉnh trưởng", "Phó Tỉnh trưởng", "Tỉnh phó", "Thống đốc", "Phó Thống đốc",
	"Tỉnh trưởng tỉnh", "Phó Tỉnh trưởng tỉnh", "Thống đốc tỉnh",
	"Phó Thống đốc tỉnh", "Thị trưởng", "Phó Thị trưởng"
};

/* titles of a province's leaders: their unit is a province */
static const char *const province_title_words[] = {
	"tỉnh", "tỉnh ủy", "ubnd", "hđnd", "tỉnh trưởng", "thành ủy", "khu ủy",
	"sở", "khu tự trị"
};

/* organisations only foreign provinces have */
static const char *const foreign_org_words[] = {
	"Chính phủ nhân dân", "khu tự trị", "khu ủy", "NDCM", "Nhân dân Cách mạng",
	"tỉnh trưởng"
};

/* verbs and function words that end an organisation's name */
static const char *const org_stop_words[] = {
	"làm", "dẫn", "đã", "đang", "sẽ", "cùng", "có", "tại", "với", "cho",
	"được", "là", "tiếp", "phát", "nhấn", "đồng", "thăm", "dự", "ký", "trao",
	"gặp", "chúc", "cảm", "khẳng", "đề", "nói", "mong", "bày", "chủ trì",
	"cho biết", "hội đàm", "làm việc", "đón", "tham", "khi", "nhưng", "vì"
};

/* honorifics before a name */
static const char *const honorifics[] = {
	"đồng chí", "các đồng chí", "ông", "bà", "Ngài", "ngài", "Samdech",
	"Samdech Krolahom", "Samdech Techo", "Samdech Akka Moha Sena Padei Techo",
	"Samdech Thipadei", "Samdech Moha Bovor Thipadei", "Ngài Samdech",
	"Lok Chumteav", "Bá tước", "Oknha", "H.E.", "Ngài Bá tước", "Phu nhân",
	"Tiến sĩ", "TS", "PGS", "GS", "Thạc sĩ", "ThS"
};

/* honorifics that mark a foreign (Khmer) person */
static const char *const foreign_honorifics[] = {
	"Samdech Thipadei", "Samdech Moha Bovor Thipadei", "Ngài Samdech",
	"Ngài", "ngài", "Samdech", "Samdech Krolahom", "Samdech Techo",
	"Samdech Akka Moha Sena Padei Techo", "Lok Chumteav", "Bá tước", "Oknha",
	"H.E.", "Ngài Bá tước"
};

/* honorifics of Cambodian officials: the person is on the Cambodian side */
static const char *const khmer_honorifics[] = {
	"Samdech Thipadei", "Samdech Moha Bovor Thipadei", "Ngài Samdech",
	"Samdech", "Samdech Krolahom", "Samdech Techo",
	"Samdech Akka Moha Sena Padei Techo", "Lok Chumteav", "Bá tước", "Oknha",
	"Ngài Bá tước"
};

/* organisations that may follow a title head ("Bộ trưởng Bộ Nội vụ") */
static const char *const org_starts[] = {
	"Bộ", "Sở", "Ban", "Ủy ban", "Đảng Cộng sản", "Đảng Nhân dân Cách mạng",
	"Cộng sản", "NDCM", "Nhân dân Cách mạng", "Nhân dân", "Đảng NDCM",
	"HĐQT", "Hội đồng quản trị", "Hội đồng thành viên", "Cục", "Tổng cục",
	"Vụ", "Văn phòng",
	"Chính phủ", "Quốc hội", "Trung ương", "Đảng", "Tỉnh ủy", "Thành ủy",
	"Khu ủy", "UBND", "HĐND", "Ủy ban nhân dân", "Hội đồng nhân dân",
	"Mặt trận", "Bộ Chỉ huy", "Bộ đội Biên phòng", "Công an", "Quân khu",
	"Đại sứ quán", "Tổng Lãnh sự quán", "Lãnh sự quán", "Thường trực",
	"Thường vụ", "Hội", "Liên hiệp", "Đoàn", "Học viện", "Viện", "Tòa án",
	"Kiểm toán", "Ngân hàng", "Tập đoàn", "Công ty", "Trường", "Chính quyền",
	"Chính quyền nhân dân", "Đồn Biên phòng", "Đồn", "Trạm", "Tổng trạm",
	"Trạm kiểm tra", "Trạm Kiểm soát", "Bộ Chỉ huy Quân sự", "Hải đội"
};

/* capitalised words that never start or continue a name */
static const char *const not_name_words[] = {
	"Tại", "Về", "Theo", "Trong", "Sáng", "Chiều", "Tối", "Ngày", "Hôm",
	"Thứ", "Tháng", "Năm", "Hội", "Hội nghị", "Đoàn", "Phía", "Bên", "Các",
	"Những", "Và", "Cùng", "Với", "Đây", "Đó", "Nhân", "Qua", "Sau", "Trước",
	"Đồng", "Tỉnh", "Thành", "Huyện", "Xã", "Phường", "Bộ", "Sở", "Ban",
	"Ủy", "Đảng", "Nhà", "Chính", "Quốc", "Trung", "Việt", "UBND", "HĐND",
	"Lãnh", "Đại", "Phó", "Chủ", "Bí", "Thủ", "Tổng", "Giám", "Trưởng",
	"COVID", "Covid", "ASEAN", "Ảnh", "Nguồn", "TTXVN", "VNA", "Tác",
	"Hai", "Ba", "Bốn", "Một", "Mỗi", "Tất", "Toàn", "Thời", "Nhằm", "Để",
	"Khi", "Nếu", "Dù", "Tuy", "Song", "Nhưng", "Đặc", "Cụ", "Ngoài",
	"Bình", "Kinh", "Văn", "Thương", "Giáo", "Y", "An", "Biên", "Xuất",
	"Nhập", "Hợp", "Phát", "Thông", "Kế", "Bản", "Biên bản", "Dự", "Chương"
};

/* A phrase folded into word keys. */
typedef struct phrase
{
	int			n;
	const char *w[MAX_PHRASE_WORDS];
	const char *text;
} phrase;

typedef struct plist
{
	int			n;
	phrase	   *items;
} plist;

/* One token of the main text. */
typedef struct tok
{
	int			start;
	int			end;
	char		kind;			/* 'w' word, else the punctuation */
	bool		upper;
	bool		all_upper;
	const char *dkey;
	int			mention;		/* index into r->mentions, -1 */
} tok;

typedef struct ctx
{
	bc_arena   *a;
	bc_result  *r;
	const char *t;
	size_t		len;
	tok		   *toks;
	int			ntok;
	plist		heads,
				foreign_titles,
				prov_words,
				hon,
				foreign_hon,
				khmer_hon,
				foreign_orgs,
				verbs,
				orgs,
				notname;
	bc_lex	   *surnames;
	int			list_until;		/* "các đồng chí" list runs to here */
	int			list_from;		/* ... from here */
	int			list_from_tok;
	const char *list_title;		/* the title the list shares, or NULL */
} ctx;

/* Fold a list of phrases into word keys. */
static plist
build_plist(bc_arena *a, const char *const *src, int n)
{
	plist		pl;
	int			i;

	pl.items = bc_alloc(a, sizeof(phrase) * (size_t) n);
	pl.n = 0;
	for (i = 0; i < n; i++)
	{
		bc_gaz_phrase ph;
		phrase	   *p = &pl.items[pl.n];
		int			k,
					off = 0;

		if (bc_gaz_fold(src[i], strlen(src[i]), 0, MAX_PHRASE_WORDS, &ph) == 0)
			continue;
		p->n = ph.nwords;
		p->text = src[i];
		for (k = 0; k < ph.nwords; k++)
		{
			p->w[k] = bc_strndup(a, ph.dkey + off, (size_t) (ph.dkey_end[k] - off));
			off = ph.dkey_end[k] + 1;
		}
		pl.n++;
	}
	return pl;
}

/* Number of tokens of the longest phrase of pl matching at token i (0 none). */
static int
match_plist(const ctx *c, const plist *pl, int i, int *which)
{
	int			best = 0,
				k,
				j;

	for (k = 0; k < pl->n; k++)
	{
		const phrase *p = &pl->items[k];
		bool		ok = true;

		if (p->n <= best || i + p->n > c->ntok)
			continue;
		for (j = 0; j < p->n; j++)
		{
			const tok  *tk = &c->toks[i + j];

			if (tk->kind != 'w' || tk->dkey[0] != p->w[j][0] ||
				strcmp(tk->dkey, p->w[j]) != 0)
			{
				ok = false;
				break;
			}
		}
		if (ok)
		{
			best = p->n;
			if (which)
				*which = k;
		}
	}
	return best;
}

/* Cut the main text into tokens and mark the words of party mentions. */
static void
tokenize(ctx *c)
{
	const char *t = c->t;
	size_t		len = c->len;
	size_t		p = 0;
	int			cap = 256;
	int			m = 0;

	c->toks = bc_alloc(c->a, sizeof(tok) * (size_t) cap);
	c->ntok = 0;
	while (p < len)
	{
		uint32_t	cp;
		int			n = bc_gaz_decode(t + p, len - p, &cp);
		tok		   *tk;

		if (cp == ' ' || cp == '\t' || cp == 0xA0 || cp == '\r')
		{
			p += n;
			continue;
		}
		if (c->ntok >= cap)
		{
			tok		   *nt = bc_alloc(c->a, sizeof(tok) * (size_t) cap * 2);

			memcpy(nt, c->toks, sizeof(tok) * (size_t) cap);
			c->toks = nt;
			cap *= 2;
		}
		tk = &c->toks[c->ntok];
		memset(tk, 0, sizeof(tok));
		tk->mention = -1;
		tk->start = (int) p;
		if (bc_gaz_is_wordchar(cp) && !(cp >= 0x0300 && cp <= 0x036F))
		{
			size_t		q = p;
			bc_gaz_phrase ph;

			while (q < len)
			{
				uint32_t	c2;
				int			k = bc_gaz_decode(t + q, len - q, &c2);

				if (!bc_gaz_is_wordchar(c2))
				{
					uint32_t	c3 = 0;

					/* a glued hyphen joins a compound: "Xay-nhạ-vông" */
					if (c2 == '-' && q + 1 < len)
						bc_gaz_decode(t + q + 1, len - q - 1, &c3);
					if (c2 != '-' || !bc_gaz_is_wordchar(c3) ||
						(c3 >= 0x0300 && c3 <= 0x036F))
						break;
				}
				q += k;
			}
			if (bc_gaz_fold(t, q, p, MAX_PHRASE_WORDS, &ph) >= 1)
			{
				tk->kind = 'w';
				tk->end = (int) q;
				tk->upper = ph.upper[0];
				tk->all_upper = ph.all_upper[0] && ph.akey_end[0] >= 2;
				tk->dkey = bc_strdup(c->a, ph.dkey);
				c->ntok++;
			}
			p = q > p ? q : p + (size_t) n;
			continue;
		}
		/* a dot glued between two letters joins an abbreviation */
		if (cp == '.' && p > 0 && p + 1 < len &&
			c->ntok > 0 && c->toks[c->ntok - 1].kind == 'w' &&
			c->toks[c->ntok - 1].end == (int) p)
		{
			uint32_t	next;

			bc_gaz_decode(t + p + 1, len - p - 1, &next);
			if (bc_gaz_is_wordchar(next))
			{
				p += n;
				continue;
			}
		}
		switch (cp)
		{
			case ',':
			case ';':
			case ':':
			case '(':
			case ')':
			case '.':
			case '!':
			case '?':
			case '\n':
				tk->kind = (char) cp;
				break;
			case '-':
			case 0x2013:
			case 0x2014:
			case 0x2212:
				tk->kind = '-';
				break;
			default:
				tk->kind = 'o';
				break;
		}
		tk->end = (int) (p + n);
		c->ntok++;
		p += n;
	}
	/* mark mention words */
	{
		int			i;

		for (i = 0; i < c->ntok; i++)
		{
			tok		   *tk = &c->toks[i];

			while (m < c->r->mentions.n && c->r->mentions.items[m].end <= tk->start)
				m++;
			if (m < c->r->mentions.n && c->r->mentions.items[m].start <= tk->start &&
				tk->start < c->r->mentions.items[m].end)
				tk->mention = m;
		}
	}
}

/* Token i is a word in the list pl (one-word phrases only). */
static bool
word_in(const ctx *c, const plist *pl, int i)
{
	int			w;

	return i < c->ntok && c->toks[i].kind == 'w' && match_plist(c, pl, i, &w) >= 1;
}

/* Skip the tokens of the mention starting at token i; returns the next token. */
static int
skip_mention(const ctx *c, int i)
{
	int			m = c->toks[i].mention;

	while (i < c->ntok && c->toks[i].mention == m && m >= 0)
		i++;
	return i;
}

/* The party index of mention m. */
static int
mention_party(const ctx *c, int m)
{
	return c->r->mentions.items[m].party;
}

/* Is party pi a province? */
static bool
party_is_province(const ctx *c, int pi)
{
	return pi >= 0 && c->r->parties.items[pi].unit->kind != BC_PARTY_COUNTRY;
}

/* A parsed title chain. */
typedef struct chain
{
	int			start;			/* first token */
	int			end;			/* token after the chain */
	bc_buf		title;			/* titles joined by ", " */
	int			party;			/* most specific unit seen, -1 */
	bool		foreign_title;
	bool		province_title;
	int			ntitles;
} chain;

/* Merge a unit into a chain: a province beats a country, later beats earlier. */
static void
chain_unit(const ctx *c, chain *ch, int pi)
{
	if (pi < 0)
		return;
	if (ch->party < 0 || party_is_province(c, pi) || !party_is_province(c, ch->party))
		ch->party = pi;
}

/*
 * Does token k follow "cửa khẩu" or "cửa khẩu quốc tế" (a border gate,
 * whose capitalised name belongs to the organisation: "Đồn Biên phòng cửa
 * khẩu quốc tế Hữu Nghị")?
 */
static bool
after_gate_word(ctx *c, int k)
{
	static const char *const gates[] = {"cửa khẩu ", "cửa khẩu quốc tế ", "cửa khẩu chính ", NULL};
	int			b = c->toks[k].start;

	for (int g = 0; gates[g]; g++)
	{
		int			l = (int) strlen(gates[g]);

		if (b >= l && memcmp(c->t + b - l, gates[g], (size_t) l) == 0)
			return true;
	}
	return false;
}

/*
 * Parse a title chain at token i; returns false when no title head is
 * there.  The chain's end is the token after its last title, organisation
 * or unit.
 */
static bool
parse_chain(ctx *c, int i, chain *ch)
{
	int			guard;

	memset(ch, 0, sizeof(chain));
	ch->party = -1;
	ch->start = i;
	bc_buf_init(&ch->title, c->a);
	for (guard = 0; guard < 6 && i < c->ntok; guard++)
	{
		int			which = -1;
		int			h = c->toks[i].mention < 0 ? match_plist(c, &c->heads, i, &which) : 0;
		int			j,
					item_end;
		int			dummy;

		/* "Phó" before any title is a deputy's title */
		if (h == 0 && c->toks[i].kind == 'w' && strcmp(c->toks[i].dkey, "pho1") == 0 &&
			i + 1 < c->ntok && c->toks[i + 1].mention < 0)
		{
			h = match_plist(c, &c->heads, i + 1, &which);
			if (h > 0)
				h++;
		}
		if (h == 0)
			break;
		if (match_plist(c, &c->foreign_titles, i, &dummy) == h)
			ch->foreign_title = true;
		for (j = i; j < i + h; j++)
			if (word_in(c, &c->prov_words, j))
				ch->province_title = true;
		j = i + h;
		item_end = j;
		/* organisation: a start word, then words that are not a name */
		if (j < c->ntok && c->toks[j].mention < 0 &&
			match_plist(c, &c->orgs, j, &dummy) > 0)
		{
			int			org = j;
			int			k = j + match_plist(c, &c->orgs, j, &dummy);
			int			g,
						q;

			for (q = org; q < k; q++)
			{
				if (word_in(c, &c->prov_words, q))
					ch->province_title = true;
				if (word_in(c, &c->foreign_orgs, q))
					ch->foreign_title = true;
			}
			for (g = 0; g < 8 && k < c->ntok; g++)
			{
				tok		   *tk = &c->toks[k];

				if (tk->kind != 'w' || tk->mention >= 0)
					break;
				if (word_in(c, &c->hon, k) || match_plist(c, &c->heads, k, &dummy) > 0)
					break;
				if (tk->upper && bc_lex_has(c->surnames, tk->dkey, (int) strlen(tk->dkey)))
					break;
				if (!tk->upper && word_in(c, &c->verbs, k))
					break;		/* "... Khu tự trị làm trưởng đoàn" */
				/* "và" before a lower-case word ends it ("Thể thao và Du lịch" goes on) */
				if (tk->end - tk->start == 3 && memcmp(c->t + tk->start, "và", 3) == 0 &&
					k + 1 < c->ntok && c->toks[k + 1].kind == 'w' && !c->toks[k + 1].upper)
					break;
				/* "tỉnh" or "nước" + unit belongs to the unit part */
				if ((strcmp(tk->dkey, "tinh3") == 0 ||
					 strcmp(tk->dkey, "nu+o+c1") == 0) && k + 1 < c->ntok &&
					c->toks[k + 1].mention >= 0)
					break;
				if (tk->upper && !tk->all_upper && k > org &&
					c->toks[k - 1].kind == 'w' && !c->toks[k - 1].upper &&
					!after_gate_word(c, k) &&
					!word_in(c, &c->orgs, k) && k + 1 < c->ntok &&
					c->toks[k + 1].kind == 'w' && c->toks[k + 1].upper &&
					c->toks[k + 1].mention < 0)
					break;		/* two capitals after lower-case words: a name */
				if (word_in(c, &c->prov_words, k))
					ch->province_title = true;
				if (word_in(c, &c->foreign_orgs, k))
					ch->foreign_title = true;
				k++;
			}
			j = k;
			item_end = j;
		}
		else
		{
			/*
			 * Without an organisation word, words up to a unit still belong
			 * to the title: "Phó Chánh Văn phòng Ngoại vụ Khu tự trị ...",
			 * "Thủ tướng Chính phủ Hoàng gia Campuchia"; a name stops it.
			 */
			int			k = j,
						n = 0;
			bool		ok = false;

			while (k < c->ntok && n < 5)
			{
				tok		   *tk = &c->toks[k];

				if (tk->kind != 'w')
					break;
				if (tk->mention >= 0 ||
					(strcmp(tk->dkey, "tinh3") == 0 && k + 1 < c->ntok &&
					 c->toks[k + 1].mention >= 0))
				{
					ok = n > 0;
					break;
				}
				if (tk->upper && k + 1 < c->ntok && c->toks[k + 1].kind == 'w' &&
					c->toks[k + 1].upper && c->toks[k + 1].mention < 0)
					break;		/* a run of capitals: a name */
				if (word_in(c, &c->hon, k) || word_in(c, &c->verbs, k) ||
					match_plist(c, &c->heads, k, &dummy) > 0)
					break;
				k++;
				n++;
			}
			if (ok)
			{
				int			q;

				for (q = j; q < k; q++)
				{
					if (word_in(c, &c->prov_words, q))
						ch->province_title = true;
					if (word_in(c, &c->foreign_orgs, q))
						ch->foreign_title = true;
				}
				j = k;
				item_end = j;
			}
		}
		if (ch->title.len > 0)
			bc_buf_puts(&ch->title, ", ");
		bc_buf_append(&ch->title, c->t + c->toks[i].start,
					  (size_t) (c->toks[item_end - 1].end - c->toks[i].start));
		ch->ntitles++;
		/* unit: "tỉnh X", "thành phố X", or a mention; possibly "X (Y)" */
		for (; j < c->ntok;)
		{
			tok		   *tk = &c->toks[j];

			if (tk->mention >= 0)
			{
				chain_unit(c, ch, mention_party(c, tk->mention));
				j = skip_mention(c, j);
				continue;
			}
			if (tk->kind == 'w' && (strcmp(tk->dkey, "tinh3") == 0 ||
									strcmp(tk->dkey, "nu+o+c1") == 0) &&
				j + 1 < c->ntok && c->toks[j + 1].mention >= 0)
			{
				j++;
				continue;
			}
			/* "Đại sứ Việt Nam tại Campuchia": the posting is not the party */
			if (tk->kind == 'w' && strcmp(tk->dkey, "tai5") == 0 && ch->party >= 0 &&
				j + 1 < c->ntok && c->toks[j + 1].mention >= 0)
			{
				j = skip_mention(c, j + 1);
				continue;
			}
			if (tk->kind == '(' && j + 2 < c->ntok && c->toks[j + 1].mention >= 0)
			{
				int			k = skip_mention(c, j + 1);

				if (k < c->ntok && c->toks[k].kind == ')')
				{
					chain_unit(c, ch, mention_party(c, c->toks[j + 1].mention));
					j = k + 1;
					continue;
				}
			}
			break;
		}
		ch->end = j;
		i = j;
		/* another title: ", TITLE" or "kiêm TITLE" */
		if (i + 1 < c->ntok &&
			(c->toks[i].kind == ',' ||
			 (c->toks[i].kind == 'w' && strcmp(c->toks[i].dkey, "kie^m") == 0)) &&
			match_plist(c, &c->heads, i + 1, &dummy) > 0)
		{
			i++;
			continue;
		}
		break;
	}
	return ch->ntitles > 0;
}

static void sentence_bounds(const ctx *c, int pos, int *start, int *end);

/* Parse honorifics at token i; returns the token after them. */
static int
parse_honorifics(ctx *c, int i, bc_buf *hon, bool *foreign, bool *khmer)
{
	int			guard;

	for (guard = 0; guard < 3 && i < c->ntok; guard++)
	{
		int			which = -1;
		int			dummy;
		int			h = match_plist(c, &c->hon, i, &which);

		if (h == 0)
			break;
		/* "Ông"/"Bà" need a capitalised word next */
		if (match_plist(c, &c->foreign_hon, i, &dummy) == h)
			*foreign = true;
		if (match_plist(c, &c->khmer_hon, i, &dummy) == h)
			*khmer = true;
		if (strcmp(c->hon.items[which].text, "các đồng chí") == 0)
		{
			/* "các đồng chí: A - ...; B - ...": each of them is "đồng chí" */
			int			s0,
						s1;

			sentence_bounds(c, c->toks[i].start, &s0, &s1);
			c->list_until = s1;
			c->list_from = c->toks[i].start;
			c->list_from_tok = i;
			c->list_title = NULL;
			if (hon->len > 0)
				bc_buf_putc(hon, ' ');
			bc_buf_append(hon, c->t + c->toks[i + 1].start,
						  (size_t) (c->toks[i + h - 1].end - c->toks[i + 1].start));
		}
		else
		{
			if (hon->len > 0)
				bc_buf_putc(hon, ' ');
			bc_buf_append(hon, c->t + c->toks[i].start,
						  (size_t) (c->toks[i + h - 1].end - c->toks[i].start));
		}
		i += h;
	}
	return i;
}

/* Does the n bytes at s hold an ASCII digit? */
static bool
has_digit(const char *s, int n)
{
	int			k;

	for (k = 0; k < n; k++)
		if (s[k] >= '0' && s[k] <= '9')
			return true;
	return false;
}

/*
 * Is the word [s, s+n) shaped unlike any Vietnamese syllable: hyphenated
 * ("Xay-nhạ-vông"), with f, j, w or z, with two vowel groups ("Sokhom",
 * "Thunin"), or ending in a consonant Vietnamese never ends in ("Val",
 * "Sar")?  Such a word marks a foreign name.
 */
static bool
foreign_shaped(const char *s, int n)
{
	bc_gaz_phrase ph;
	const char *w;
	int			len,
				k,
				groups = 0;
	bool		in_vowel = false;
	const char *end;

	if (bc_gaz_fold(s, (size_t) n, 0, MAX_PHRASE_WORDS, &ph) != 1)
		return ph.nwords > 1;	/* hyphenated */
	w = ph.akey;
	len = (int) strlen(w);
	for (k = 0; k < len; k++)
	{
		bool		v = strchr("aeiouy", w[k]) != NULL;

		if (w[k] == 'f' || w[k] == 'j' || w[k] == 'w' || w[k] == 'z')
			return true;
		if (v && !in_vowel)
			groups++;
		in_vowel = v;
	}
	if (groups != 1)
		return groups > 1;
	/* the final consonants of Vietnamese: c ch m n ng nh p t */
	for (k = len; k > 0 && !strchr("aeiouy", w[k - 1]); k--)
		;
	end = w + k;
	if (*end == '\0' || strcmp(end, "c") == 0 || strcmp(end, "ch") == 0 ||
		strcmp(end, "m") == 0 || strcmp(end, "n") == 0 || strcmp(end, "ng") == 0 ||
		strcmp(end, "nh") == 0 || strcmp(end, "p") == 0 || strcmp(end, "t") == 0)
		return false;
	return true;
}

/* Length of the name at token i (0 when there is none); sets *vn. */
static int
parse_name(ctx *c, int i, bool *vn)
{
	int			n = 0;
	int			dummy;

	*vn = false;
	while (i + n < c->ntok && n < MAX_FOREIGN_NAME_WORDS + 1)
	{
		tok		   *tk = &c->toks[i + n];

		if (tk->kind != 'w' || !tk->upper || tk->mention >= 0)
			break;
		if (has_digit(c->t + tk->start, tk->end - tk->start))
			return 0;			/* "Nguyễn Văn A12": a code, not a name */
		if (tk->all_upper && strlen(tk->dkey) > 1)
			break;				/* UBND, HĐND: not a name */
		if (n > 0 && (match_plist(c, &c->heads, i + n, &dummy) > 0 ||
					  match_plist(c, &c->hon, i + n, &dummy) > 0))
			break;
		if (n == 0 && word_in(c, &c->notname, i) &&
			!bc_lex_has(c->surnames, tk->dkey, (int) strlen(tk->dkey)))
			break;
		if (n == 0)
			*vn = bc_lex_has(c->surnames, tk->dkey, (int) strlen(tk->dkey));
		n++;
	}
	/* "Phon Sa Vẳn Xỉ Thăm Ma Vông": only names without a Vietnamese surname run long */
	if (n > (*vn ? MAX_NAME_WORDS : MAX_FOREIGN_NAME_WORDS) || n < 2)
		return 0;
	/* "Hoàng Anh Gia Lai": a name glued to a place is a company's name */
	if (i + n < c->ntok && c->toks[i + n].mention >= 0)
		return 0;
	if (match_plist(c, &c->heads, i, &dummy) > 0)
		return 0;
	{
		/* a place or a blocked phrase ("Hồ Chí Minh") is not a person */
		bc_gaz_match m;

		if (bc_gaz_match_at(c->t, c->len, (size_t) c->toks[i].start, &m) &&
			m.end >= (size_t) c->toks[i + n - 1].end)
			return 0;
	}
	return n;
}

/* A sentence-final punctuation byte. */
static bool
is_stop(char ch)
{
	return ch == '.' || ch == '!' || ch == '?';
}

/* Bounds of the sentence around byte pos: doc.sents, else punctuation. */
static void
sentence_bounds(const ctx *c, int pos, int *start, int *end)
{
	int			k;

	*start = 0;
	*end = (int) c->len;
	for (k = 0; k < c->r->doc.sents.n; k++)
		if (c->r->doc.sents.items[k].start <= pos && pos < c->r->doc.sents.items[k].end)
		{
			*start = c->r->doc.sents.items[k].start;
			*end = c->r->doc.sents.items[k].end;
			return;
		}
	for (k = pos; k > 0; k--)
		if (c->t[k - 1] == '\n' ||
			(c->t[k - 1] == ' ' && k >= 2 && is_stop(c->t[k - 2])))
			break;
	*start = k;
	for (k = pos; k < (int) c->len; k++)
		if (c->t[k] == '\n' || (is_stop(c->t[k]) &&
								(k + 1 == (int) c->len || c->t[k + 1] == ' ')))
			break;
	*end = k;
}

/*
 * The province (or country) on one side nearest before token i in its
 * sentence; with after, also the nearest after it; else the most named one.
 */
static int
context_party(ctx *c, int i, bool foreign, bool want_province, bool after,
			  const char *country)
{
	int			pos = c->toks[i].start;
	int			best = -1,
				k;
	int			sent_start,
				sent_end;

	sentence_bounds(c, pos, &sent_start, &sent_end);
	/* nearest mention before, in the sentence */
	for (k = c->r->mentions.n - 1; k >= 0; k--)
	{
		bc_mention *mn = &c->r->mentions.items[k];
		bc_party   *p = &c->r->parties.items[mn->party];

		if (mn->start >= pos)
			continue;
		if (mn->start < sent_start)
			break;
		if ((p->side == BC_SIDE_COUNTERPART) == foreign &&
			(p->unit->kind != BC_PARTY_COUNTRY) == want_province &&
			(country == NULL || strcmp(p->unit->country, country) == 0))
			return mn->party;
	}
	for (k = 0; after && k < c->r->mentions.n; k++)
	{
		bc_mention *mn = &c->r->mentions.items[k];
		bc_party   *p = &c->r->parties.items[mn->party];

		if (mn->start < pos)
			continue;
		if (mn->start >= sent_end)
			break;
		if ((p->side == BC_SIDE_COUNTERPART) == foreign &&
			(p->unit->kind != BC_PARTY_COUNTRY) == want_province &&
			(country == NULL || strcmp(p->unit->country, country) == 0))
			return mn->party;
	}
	/* the most mentioned one in the article */
	for (k = 0; k < c->r->parties.n; k++)
	{
		bc_party   *p = &c->r->parties.items[k];

		if ((p->side == BC_SIDE_COUNTERPART) != foreign ||
			(p->unit->kind != BC_PARTY_COUNTRY) != want_province ||
			(country != NULL && strcmp(p->unit->country, country) != 0))
			continue;
		if (best < 0 || p->mentions > c->r->parties.items[best].mentions)
			best = k;
	}
	return best;
}

/* The unit of "phía X" (the X side) earlier in the sentence of token i, or -1. */
static int
side_marker(ctx *c, int i)
{
	int			s0,
				s1,
				k;

	sentence_bounds(c, c->toks[i].start, &s0, &s1);
	for (k = i - 1; k >= 0 && c->toks[k].start >= s0 && k > i - 40; k--)
	{
		int			m = k + 1;

		if (c->toks[k].kind != 'w' || strcmp(c->toks[k].dkey, "phia1") != 0)
			continue;
		if (m < c->ntok && c->toks[m].kind == 'w' &&
			(strcmp(c->toks[m].dkey, "tinh3") == 0 || strcmp(c->toks[m].dkey, "ban5") == 0))
			m++;
		if (m < i && c->toks[m].mention >= 0)
			return mention_party(c, c->toks[m].mention);
		return -1;
	}
	return -1;
}

/*
 * A foreign governor's title written with its unit and no place ("Phó Thống
 * đốc tỉnh NAME", "Tỉnh trưởng tỉnh NAME") is the bare title.
 */
static const char *
trim_title_unit(bc_arena *a, const char *title)
{
	static const char *const ends[] = {
		"trưởng tỉnh", "đốc tỉnh", "Tỉnh phó tỉnh", NULL
	};
	size_t		n,
				l;
	int			i;

	if (title == NULL)
		return NULL;
	n = strlen(title);
	for (i = 0; ends[i]; i++)
	{
		l = strlen(ends[i]);
		if (n > l && memcmp(title + n - l, ends[i], l) == 0 &&
			(title[n - l - 1] == ' ' || title[n - l - 1] == ','))
			return bc_strndup(a, title, n - strlen(" tỉnh"));
		if (n == l && memcmp(title, ends[i], l) == 0)
			return bc_strndup(a, title, n - strlen(" tỉnh"));
	}
	return title;
}

/* Add a person or merge it into an earlier mention of the same name. */
static void
add_person(ctx *c, int name_tok, int nname, const char *honorific,
		   const char *title, int party, bool explicit_party, bool *expl)
{
	char	   *name = bc_strndup(c->a, c->t + c->toks[name_tok].start,
								  (size_t) (c->toks[name_tok + nname - 1].end -
											c->toks[name_tok].start));
	int			k;

	bc_gaz_phrase key,
				other;

	title = trim_title_unit(c->a, title);
	bc_gaz_fold(name, strlen(name), 0, BC_GAZ_MAX_WORDS, &key);
	for (k = 0; k < c->r->people.n; k++)
	{
		bc_person  *p = &c->r->people.items[k];

		bc_gaz_fold(p->name, strlen(p->name), 0, BC_GAZ_MAX_WORDS, &other);
		if (strcmp(key.dkey, other.dkey) == 0)
		{
			if (title && (!p->title || strlen(title) > strlen(p->title)))
				p->title = bc_strdup(c->a, title);
			if (honorific && !p->honorific)
				p->honorific = bc_strdup(c->a, honorific);
			if (party >= 0 && (p->party < 0 || (explicit_party && !expl[k])))
			{
				p->party = party;
				expl[k] = explicit_party;
			}
			return;
		}
	}
	if (c->r->people.n >= BC_MAX_ENTITIES)
		return;
	{
		bc_person  *p = bc_vec_push(c->a, &c->r->people);

		p->name = name;
		p->honorific = honorific ? bc_strdup(c->a, honorific) : NULL;
		p->title = title ? bc_strdup(c->a, title) : NULL;
		p->party = party;
		p->role = NULL;
		p->meeting = -1;
		p->start = c->toks[name_tok].start;
		p->end = c->toks[name_tok + nname - 1].end;
		expl[c->r->people.n - 1] = explicit_party;
	}
}

/*
 * Try to read a person starting at token i; returns the token after it, or
 * i when there is none.
 */
static int
person_at(ctx *c, int i, bool *expl)
{
	bc_buf		hon;
	bool		foreign_hon = false;
	bool		khmer_hon = false;
	bool		in_list;
	chain		pre,
				post;
	bool		have_pre,
				have_post = false,
				vn;
	int			j,
				name_tok,
				nname;
	int			party = -1;
	bool		explicit_party = false;
	bool		foreign;
	bc_buf		title;
	int			bracket_party = -1,
				bracket_end = -1;

	bc_buf_init(&hon, c->a);
	j = parse_honorifics(c, i, &hon, &foreign_hon, &khmer_hon);
	have_pre = parse_chain(c, j, &pre);
	if (have_pre)
	{
		j = pre.end;
		if (j < c->ntok && (c->toks[j].kind == ',' || c->toks[j].kind == ':'))
			j++;
		j = parse_honorifics(c, j, &hon, &foreign_hon, &khmer_hon);
	}
	else if (j > i && j + 1 < c->ntok && c->toks[j].kind == ':')
		j++;					/* "các đồng chí: NAME - TITLE; ..." */
	else if (j == i)
	{
		/* a bare name: only at the start of a capitalised run */
		if (i > 0 && c->toks[i - 1].kind == 'w' && c->toks[i - 1].upper)
			return i;
	}
	name_tok = j;
	nname = parse_name(c, j, &vn);
	if (nname == 0)
		return have_pre && pre.end > i ? pre.end : i;
	j = name_tok + nname;
	/* a title after the name: "NAME - TITLE", "NAME, TITLE" */
	if (j + 1 < c->ntok && (c->toks[j].kind == '-' || c->toks[j].kind == ',') &&
		parse_chain(c, j + 1, &post))
	{
		bool		vn2;
		int			k = post.end;

		if (k < c->ntok && c->toks[k].kind == ',')
			k++;
		/* the chain belongs to the next name when one follows it */
		if (!(k < c->ntok && parse_name(c, k, &vn2) > 0 &&
			  (k == post.end || c->toks[post.end].kind == ',')))
			have_post = true;
		else if (c->toks[j].kind == '-')
			have_post = true;
	}
	in_list = c->toks[name_tok].start < c->list_until &&
		c->toks[name_tok].start > c->list_from;
	if (have_pre && in_list && c->list_title == NULL && i <= c->list_from_tok)
		c->list_title = bc_strdup(c->a, bc_buf_cstr(&pre.title));
	/* a title in brackets after the name: "Val Thal (Tỉnh trưởng tỉnh Kratie)" */
	if (!have_post && j + 1 < c->ntok && c->toks[j].kind == '(' &&
		parse_chain(c, j + 1, &post) && post.end < c->ntok &&
		c->toks[post.end].kind == ')')
	{
		have_post = true;
		post.end++;
	}
	if (!have_pre && !have_post && hon.len == 0 && !in_list)
		return i;

	/*
	 * a unit in brackets after a name in a titled list: "các đồng chí Tỉnh
	 * trưởng: A (Luông Pha Băng), B (Phôngxalỳ) và C (U Đôm Xay)"
	 */
	if (!have_post && j + 2 < c->ntok && c->toks[j].kind == '(' &&
		c->toks[j + 1].mention >= 0 && (in_list || have_pre || hon.len > 0))
	{
		int			k = skip_mention(c, j + 1);

		if (k < c->ntok && c->toks[k].kind == ')')
		{
			bracket_party = mention_party(c, c->toks[j + 1].mention);
			bracket_end = k + 1;
		}
	}

	foreign = foreign_hon || (have_pre && pre.foreign_title) ||
		(have_post && post.foreign_title);
	if (have_pre && pre.party >= 0)
	{
		party = pre.party;
		explicit_party = true;
	}
	if (have_post && post.party >= 0 &&
		(party < 0 || party_is_province(c, post.party) || !party_is_province(c, party)))
	{
		party = post.party;
		explicit_party = true;
	}
	if (party < 0 && bracket_party >= 0)
	{
		party = bracket_party;
		explicit_party = true;
	}
	if (party >= 0 && c->r->parties.items[party].side == BC_SIDE_COUNTERPART)
		foreign = true;

	/* a name without a family name needs a foreign context or shape */
	if (!vn)
	{
		bool		shaped = false;
		int			k;

		for (k = name_tok; k < name_tok + nname; k++)
			if (foreign_shaped(c->t + c->toks[k].start, c->toks[k].end - c->toks[k].start))
				shaped = true;
		if (shaped && (have_pre || have_post))
			foreign = true;
		if (!foreign)
			return i;
		if (hon.len == 0 && !shaped && bracket_party < 0 &&
			!(have_pre && (pre.foreign_title || pre.party >= 0)) &&
			!(have_post && (post.foreign_title || post.party >= 0)))
			return i;
	}

	if (party < 0)
	{
		bool		prov = (have_pre && pre.province_title) ||
			(have_post && post.province_title);

		bool		untitled = !have_pre && !have_post;

		/* an untitled person belongs to the province named beside him */
		const char *country = khmer_hon ? "KH" : NULL;

		/* "Phía Quảng Tây có ông ...": the side named in the sentence */
		party = side_marker(c, name_tok);

		if (party < 0 && untitled)
			party = context_party(c, name_tok, foreign, true, true, country);
		if (party < 0)
			party = context_party(c, name_tok, foreign, prov, false, country);
		if (party < 0 && khmer_hon)
			party = context_party(c, name_tok, foreign, !prov, false, country);
	}

	bc_buf_init(&title, c->a);
	/* the title a "các đồng chí TITLE:" list shares */
	if (in_list && c->list_title && !(have_pre && strcmp(bc_buf_cstr(&pre.title), c->list_title) == 0))
		bc_buf_puts(&title, c->list_title);
	if (have_pre && title.len > 0)
		bc_buf_puts(&title, ", ");
	if (have_pre)
		bc_buf_append(&title, pre.title.data, pre.title.len);
	if (have_post)
	{
		if (title.len > 0)
			bc_buf_puts(&title, ", ");
		bc_buf_append(&title, post.title.data, post.title.len);
	}
	if (hon.len == 0 && in_list)
		bc_buf_puts(&hon, "đồng chí");
	add_person(c, name_tok, nname, hon.len ? bc_buf_cstr(&hon) : NULL,
			   title.len ? bc_buf_cstr(&title) : NULL, party, explicit_party, expl);
	if (have_post)
		return post.end;
	return bracket_end > 0 ? bracket_end : name_tok + nname;
}

/* Find the people of the main text (see the file header). */
void
bc_find_people(bc_arena *a, bc_result *r)
{
	ctx			c;
	int			i;
	bool	   *expl;

	if (r->doc.main == NULL || r->doc.main_len == 0)
		return;
	memset(&c, 0, sizeof(c));
	c.a = a;
	c.r = r;
	c.t = r->doc.main;
	c.len = r->doc.main_len;
	c.heads = build_plist(a, title_heads, NELEM(title_heads));
	c.foreign_titles = build_plist(a, foreign_titles, NELEM(foreign_titles));
	c.prov_words = build_plist(a, province_title_words, NELEM(province_title_words));
	c.hon = build_plist(a, honorifics, NELEM(honorifics));
	c.foreign_hon = build_plist(a, foreign_honorifics, NELEM(foreign_honorifics));
	c.khmer_hon = build_plist(a, khmer_honorifics, NELEM(khmer_honorifics));
	c.foreign_orgs = build_plist(a, foreign_org_words, NELEM(foreign_org_words));
	c.verbs = build_plist(a, org_stop_words, NELEM(org_stop_words));
	c.orgs = build_plist(a, org_starts, NELEM(org_starts));
	c.notname = build_plist(a, not_name_words, NELEM(not_name_words));
	c.surnames = bc_lex_build(a, bc_vn_surnames, bc_vn_nsurnames);
	tokenize(&c);
	expl = bc_alloc(a, sizeof(bool) * (BC_MAX_ENTITIES + 1));

	for (i = 0; i < c.ntok;)
	{
		int			next;

		if (c.toks[i].kind != 'w')
		{
			i++;
			continue;
		}
		next = person_at(&c, i, expl);
		i = next > i ? next : i + 1;
	}
}
