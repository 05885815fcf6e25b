/*
 * test/unit/test_people.c
 *		Unit tests of people: names, honorifics, titles, parties (bc_people.c).
 */
#include <stdio.h>

#include "bc_core.h"
#include "bc_test.h"

/* The people of text as "name|honorific|title|party; ..." */
static const char *
people_of(bc_arena *a, const char *text)
{
	bc_result  *r = bc_alloc(a, sizeof(bc_result));
	bc_buf		b;
	int			i;

	r->doc.main = bc_strdup(a, text);
	r->doc.main_len = strlen(text);
	bc_find_parties(a, r);
	bc_find_people(a, r);
	bc_buf_init(&b, a);
	for (i = 0; i < r->people.n; i++)
	{
		bc_person  *p = &r->people.items[i];

		bc_buf_printf(&b, "%s%s|%s|%s|%s", i ? "; " : "", p->name,
					  p->honorific ? p->honorific : "",
					  p->title ? p->title : "",
					  p->party >= 0 ? r->parties.items[p->party].unit->code : "");
	}
	return bc_buf_cstr(&b);
}

static const char *const cases[][2] = {
	/* TITLE [UNIT] NAME */
	{"Bí thư Tỉnh ủy Hà Giang Đặng Quốc Khánh ký kết biên bản.",
	 "Đặng Quốc Khánh||Bí thư Tỉnh ủy|VN-03"},
	{"Phó thủ tướng Thường trực Chính phủ Việt Nam Phạm Bình Minh và Phó thủ tướng, Bộ trưởng Bộ Nội vụ Campuchia Samdech Sar Kheng đồng chủ trì hội nghị.",
	 "Phạm Bình Minh||Phó thủ tướng Thường trực Chính phủ|VN; Sar Kheng|Samdech|Phó thủ tướng, Bộ trưởng Bộ Nội vụ|KH"},
	{"Tỉnh trưởng tỉnh Karatie Val Thal thay mặt lãnh đạo 3 tỉnh.",
	 "Val Thal||Tỉnh trưởng|KH-10"},
	/* TITLE UNIT, NAME */
	{"Phát biểu tại hội nghị, Chủ tịch tỉnh Kiên Giang, Lâm Minh Thành đánh giá cao.",
	 "Lâm Minh Thành||Chủ tịch tỉnh|VN-47"},
	{"Tỉnh trưởng tỉnh Kampot, Mao Thunin cảm ơn.", "Mao Thunin||Tỉnh trưởng|KH-7"},
	/* NAME, TITLE UNIT and NAME - TITLE UNIT */
	{"đồng chí Trần Hồng Minh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Cao Bằng nhấn mạnh",
	 "Trần Hồng Minh|đồng chí|Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy|VN-04"},
	{"Phía tỉnh Vân Nam có đồng chí Vương Ninh - Ủy viên Trung ương Đảng Cộng sản Trung Quốc, Bí thư Tỉnh ủy Vân Nam.",
	 "Vương Ninh|đồng chí|Ủy viên Trung ương Đảng Cộng sản, Bí thư Tỉnh ủy|CN-YN"},
	/* a list joined by ";" */
	{"có các đồng chí Ủy viên Trung ương Đảng: Đặng Quốc Khánh - Bí thư Tỉnh ủy Hà Giang; Đặng Xuân Phong - Bí thư Tỉnh ủy Lào Cai; Giàng Páo Mỷ - Bí thư Tỉnh ủy Lai Châu; Trần Quốc Cường - Bí thư Tỉnh ủy Điện Biên.",
	 "Đặng Quốc Khánh||Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy|VN-03; Đặng Xuân Phong||Bí thư Tỉnh ủy|VN-02; Giàng Páo Mỷ||Bí thư Tỉnh ủy|VN-01; Trần Quốc Cường||Bí thư Tỉnh ủy|VN-71"},
	/* party from the sentence or the article */
	{"Tại điểm cầu Bình Phước, Chủ tịch UBND tỉnh Trần Tuệ Hiền dự hội nghị.",
	 "Trần Tuệ Hiền||Chủ tịch UBND tỉnh|VN-58"},
	/* merge: one person per name, fullest title */
	{"Bình Phước. Bí thư Tỉnh ủy Nguyễn Mạnh Cường nói. Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Nguyễn Mạnh Cường và Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Trần Tuệ Hiền đã gặp.",
	 "Nguyễn Mạnh Cường||Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy|VN-58; Trần Tuệ Hiền||Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh|VN-58"},
	/* honorifics */
	{"Ngài Bá tước Rat Sokhorn làm trưởng đoàn tỉnh Mondulkiri (Campuchia).",
	 "Rat Sokhorn|Ngài Bá tước||KH-11"},
	{"Lok Chumteav Men Sam An dự lễ tại Campuchia.", "Men Sam An|Lok Chumteav||KH"},
	{"ông Nguyễn Văn Lợi, Bí thư Tỉnh ủy Bình Phước", "Nguyễn Văn Lợi|ông|Bí thư Tỉnh ủy|VN-58"},
	/* minority and Chinese names */
	{"Chủ tịch UBND tỉnh Lai Châu Giàng Páo Mỷ", "Giàng Páo Mỷ||Chủ tịch UBND tỉnh|VN-01"},
	{"Tỉnh trưởng Vân Nam Vương Dữ Ba", "Vương Dữ Ba||Tỉnh trưởng|CN-YN"},
	{"Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn", "Bùi Thanh Sơn||Bộ trưởng Bộ Ngoại giao|"},
	/* a national title takes no province from the sentence */
	{"Tại tỉnh Tây Ninh, Phó thủ tướng Phạm Bình Minh phát biểu.", "Phạm Bình Minh||Phó thủ tướng|"},
	/* a Khmer honorific puts the person on the Cambodian side */
	{"Tại tỉnh Savannakhet (Lào), Samdech Sar Kheng và tỉnh Kratie (Campuchia) ký kết.",
	 "Sar Kheng|Samdech||KH-10"},
	/* not people */
	{"Bí thư Tỉnh ủy Vân Nam (Trung Quốc).", ""},
	{"Bí thư Tỉnh ủy 4 tỉnh: Cao Bằng, Lạng Sơn", ""},
	{"giữa các Bí thư Tỉnh ủy và phiên họp nhóm công tác", ""},
	{"Chủ tịch Hồ Chí Minh kính yêu", ""},
	{"Nguyễn Văn A nói", ""},
	{"Hội nghị Thường niên lần thứ ba", ""},
	{"Chủ tịch UBND tỉnh Bình Phước cùng đoàn công tác", ""},
	{"Tỉnh trưởng tỉnh Kampot cảm ơn", ""},
	{"", ""}
};

BC_TEST(people_patterns)
{
	bc_arena   *a = bc_arena_new();
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		const char *got = people_of(a, cases[i][0]);

		bc_test_checks++;
		if (strcmp(got, cases[i][1]) != 0)
			bc_test_fail(__FILE__, __LINE__, "\"%s\":\n#   got  \"%s\"\n#   want \"%s\"",
						 cases[i][0], got, cases[i][1]);
	}
	bc_arena_free(a);
}
