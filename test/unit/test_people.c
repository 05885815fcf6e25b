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
	 "Đặng Quốc Khánh|đồng chí|Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy|VN-03; Đặng Xuân Phong|đồng chí|Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy|VN-02; Giàng Páo Mỷ|đồng chí|Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy|VN-01; Trần Quốc Cường|đồng chí|Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy|VN-71"},
	{"Tiếp đoàn có các đồng chí Phó Chủ tịch UBND tỉnh Tây Ninh: Nguyễn Văn Hòa, Trần Thị Mai cùng lãnh đạo các sở.",
	 "Nguyễn Văn Hòa|đồng chí|Phó Chủ tịch UBND tỉnh|VN-37; Trần Thị Mai|đồng chí|Phó Chủ tịch UBND tỉnh|VN-37"},
	/* a foreign governor's title with "tỉnh" and no place (data/heldout2) */
	{"Tại điểm cầu Mukdahan (Thái Lan) có Phó Thống đốc tỉnh Somchai Rattanakorn.",
	 "Somchai Rattanakorn||Phó Thống đốc|TH-49"},
	{"Đoàn tỉnh Koh Kong do Phó Tỉnh trưởng tỉnh Sok Sothy dẫn đầu.",
	 "Sok Sothy||Phó Tỉnh trưởng|KH-9"},
	/* Mông, Thái family names (data/heldout2) */
	{"Về phía tỉnh Điện Biên có đồng chí Vừ A Bằng, Phó Chủ tịch UBND tỉnh.",
	 "Vừ A Bằng|đồng chí|Phó Chủ tịch UBND tỉnh|VN-71"},
	{"Phó Chủ tịch UBND tỉnh Lai Châu Lường Văn Thắng phát biểu.",
	 "Lường Văn Thắng||Phó Chủ tịch UBND tỉnh|VN-01"},
	/* party from the sentence or the article */
	{"Tại điểm cầu Bình Phước, Chủ tịch UBND tỉnh Trần Tuệ Hiền dự hội nghị.",
	 "Trần Tuệ Hiền||Chủ tịch UBND tỉnh|VN-58"},
	/* merge: one person per name, fullest title */
	{"Bình Phước. Bí thư Tỉnh ủy Nguyễn Mạnh Cường nói. Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Nguyễn Mạnh Cường và Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Trần Tuệ Hiền đã gặp.",
	 "Nguyễn Mạnh Cường||Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy|VN-58; Trần Tuệ Hiền||Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh|VN-58"},
	/* one person whatever the tone placement */
	{"Bí thư Tỉnh ủy Nguyễn Văn Hoà nói. Ông Nguyễn Văn Hòa, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy tỉnh Long An cho biết.",
	 "Nguyễn Văn Hoà|Ông|Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy|VN-41"},
	/* honorifics */
	{"Ngài Bá tước Rat Sokhorn làm trưởng đoàn tỉnh Mondulkiri (Campuchia).",
	 "Rat Sokhorn|Ngài Bá tước||KH-11"},
	{"Lok Chumteav Men Sam An dự lễ tại Campuchia.", "Men Sam An|Lok Chumteav||KH"},
	{"ông Nguyễn Văn Lợi, Bí thư Tỉnh ủy Bình Phước", "Nguyễn Văn Lợi|ông|Bí thư Tỉnh ủy|VN-58"},
	/* minority and Chinese names */
	{"Chủ tịch UBND tỉnh Lai Châu Giàng Páo Mỷ", "Giàng Páo Mỷ||Chủ tịch UBND tỉnh|VN-01"},
	{"Tỉnh trưởng Vân Nam Vương Dữ Ba", "Vương Dữ Ba||Tỉnh trưởng|CN-YN"},
	{"Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn", "Bùi Thanh Sơn||Bộ trưởng Bộ Ngoại giao|"},
	/* more of the press */
	{"Chiều 15/3, Phó Chủ tịch UBND tỉnh An Giang Trần Anh Thư đã tiếp đoàn công tác tỉnh Takeo (Campuchia) do ông Vei Samnang, Tỉnh trưởng tỉnh Takeo làm trưởng đoàn.",
	 "Trần Anh Thư||Phó Chủ tịch UBND tỉnh|VN-44; Vei Samnang|ông|Tỉnh trưởng|KH-21"},
	{"Đồng chí Lê Quang Mạnh, Ủy viên Trung ương Đảng, Bí thư Thành ủy Cần Thơ phát biểu.",
	 "Lê Quang Mạnh|Đồng chí|Ủy viên Trung ương Đảng, Bí thư Thành ủy|VN-CT"},
	{"Thủ tướng Chính phủ Việt Nam Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone.",
	 "Phạm Minh Chính||Thủ tướng Chính phủ|VN; Sonexay Siphandone||Thủ tướng|LA"},
	{"Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu và Phó Chủ tịch Chính phủ Nhân dân Khu tự trị dân tộc Choang Quảng Tây Vi Triều Huy đồng chủ trì.",
	 "Hồ Tiến Thiệu||Chủ tịch UBND tỉnh|VN-09; Vi Triều Huy||Phó Chủ tịch Chính phủ Nhân dân|CN-GX"},
	{"Đại sứ Việt Nam tại Campuchia Nguyễn Minh Vũ và Đại sứ Campuchia tại Việt Nam Chay Navuth dự lễ.",
	 "Nguyễn Minh Vũ||Đại sứ|VN; Chay Navuth||Đại sứ|KH"},
	{"Bộ trưởng Bộ Ngoại giao Lào Saleumxay Kommasith", "Saleumxay Kommasith||Bộ trưởng Bộ Ngoại giao|LA"},
	{"Phó Tỉnh trưởng tỉnh Champasak Vilay Vongkhaseum tiếp đoàn", "Vilay Vongkhaseum||Phó Tỉnh trưởng|LA-CH"},
	{"Bà Bùi Thị Quỳnh Vân, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Quảng Ngãi cho biết",
	 "Bùi Thị Quỳnh Vân|Bà|Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy|VN-29"},
	{"Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng Việt Nam chủ trì.",
	 "Hoàng Xuân Chiến||Thượng tướng, Thứ trưởng Bộ Quốc phòng|VN"},
	/* hyphenated Lao names, NDCM, lists after "các đồng chí:" */
	{"Phía tỉnh Luông Pha Băng có các đồng chí: Khăm-khăn Chăn-thạ-vi-xúc - Ủy viên Trung ương Đảng NDCM Lào, Tỉnh trưởng tỉnh Luông Pha Băng; Xổm-phết Phôm-ma-chăn - Phó Tỉnh trưởng.",
	 "Khăm-khăn Chăn-thạ-vi-xúc|đồng chí|Ủy viên Trung ương Đảng NDCM, Tỉnh trưởng|LA-LP; Xổm-phết Phôm-ma-chăn|đồng chí|Phó Tỉnh trưởng|LA-LP"},
	{"Tiếp đoàn có đồng chí Vi-lay-vông Bút-đa-khăm, Ủy viên Trung ương Đảng NDCM Lào, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Chăm-pa-xắc.",
	 "Vi-lay-vông Bút-đa-khăm|đồng chí|Ủy viên Trung ương Đảng NDCM, Bí thư Tỉnh ủy, Tỉnh trưởng|LA-CH"},
	/* provincial departments, deputies of any title, Chinese regional government */
	{"Dự có đồng chí Sùng A Lềnh, Giám đốc Sở Ngoại vụ. Tỉnh Lào Cai đã chủ trì.",
	 "Sùng A Lềnh|đồng chí|Giám đốc Sở Ngoại vụ|VN-02"},
	{"Tại Lạng Sơn, ông Trần Vĩnh Hoa, Phó Chánh Văn phòng Ngoại vụ Khu tự trị dân tộc Choang Quảng Tây phát biểu.",
	 "Trần Vĩnh Hoa|ông|Phó Chánh Văn phòng Ngoại vụ|CN-GX"},
	{"Đoàn Quảng Tây do ông Hoàng Chí Cường, Phó Chủ tịch Chính phủ nhân dân Khu tự trị làm trưởng đoàn đã thăm Lạng Sơn.",
	 "Hoàng Chí Cường|ông|Phó Chủ tịch Chính phủ nhân dân Khu tự trị|CN-GX"},
	{"Samdech Thipadei Hun Manet, Thủ tướng Chính phủ Hoàng gia Campuchia", "Hun Manet|Samdech Thipadei|Thủ tướng Chính phủ Hoàng gia|KH"},
	{"Đại tá Nguyễn Hữu Tâm, Chỉ huy trưởng Bộ đội Biên phòng tỉnh nói về tỉnh Gia Lai.",
	 "Nguyễn Hữu Tâm||Đại tá, Chỉ huy trưởng Bộ đội Biên phòng tỉnh|VN-30"},
	{"ông A Đức, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Kon Tum", "A Đức|ông|Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh|VN-28"},
	/* Chinese regional titles */
	{"Chủ tịch Chính quyền nhân dân Khu tự trị Quảng Tây Lam Thiên Lập phát biểu.",
	 "Lam Thiên Lập||Chủ tịch Chính quyền nhân dân|CN-GX"},
	{"Bí thư Khu ủy Khu tự trị dân tộc Choang Quảng Tây Lưu Ninh và Bí thư Tỉnh ủy Lạng Sơn Nguyễn Quốc Đoàn hội đàm.",
	 "Lưu Ninh||Bí thư Khu ủy|CN-GX; Nguyễn Quốc Đoàn||Bí thư Tỉnh ủy|VN-09"},
	/* a title in brackets */
	{"Ông Val Thal (Tỉnh trưởng tỉnh Kratie) cảm ơn.", "Val Thal|Ông|Tỉnh trưởng|KH-10"},
	{"Lãnh đạo tỉnh Bình Phước (Việt Nam) tiếp đoàn.", ""},
	/* the side named in the sentence */
	{"Phía Quảng Tây có ông Trần Vĩnh Hoa, Phó Chánh Văn phòng Ngoại vụ Khu tự trị và đại diện các cơ quan.",
	 "Trần Vĩnh Hoa|ông|Phó Chánh Văn phòng|CN-GX"},
	/* a foreign-shaped name after a title */
	{"Thủ tướng Sonexay Siphandone hội đàm với đoàn Lào.", "Sonexay Siphandone||Thủ tướng|LA"},
	{"Bộ trưởng Sar Kheng phát biểu tại Campuchia.", "Sar Kheng||Bộ trưởng|KH"},
	/* a national title takes no province from the sentence */
	{"Tại tỉnh Tây Ninh, Phó thủ tướng Phạm Bình Minh phát biểu.", "Phạm Bình Minh||Phó thủ tướng|"},
	/* a Khmer honorific puts the person on the Cambodian side */
	{"Tại tỉnh Savannakhet (Lào), Samdech Sar Kheng và tỉnh Kratie (Campuchia) ký kết.",
	 "Sar Kheng|Samdech||KH-10"},
	/* "nước" before the country belongs to the unit, not the title */
	{"Chiều 21/8, Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao nước CHDCND Lào Sa-lơm-xay Côm-ma-sít đến thăm tỉnh Nghệ An.",
	 "Sa-lơm-xay Côm-ma-sít||Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao|LA"},
	/* data/heldout3: every officer's rank, border posts, "T.Ư" */
	{"Trung tá Hoàng Văn Sơn, Đồn trưởng Đồn Biên phòng cửa khẩu quốc tế Hữu Nghị và đại diện tỉnh Lạng Sơn dự.",
	 "Hoàng Văn Sơn||Trung tá, Đồn trưởng Đồn Biên phòng cửa khẩu quốc tế Hữu Nghị|"},
	{"đoàn tỉnh Savannakhet (Lào) do ông Santiphap Phomvihane, Ủy viên T.Ư Đảng NDCM Lào, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Savannakhet dẫn đầu.",
	 "Santiphap Phomvihane|ông|Ủy viên T.Ư Đảng NDCM, Bí thư Tỉnh ủy, Tỉnh trưởng|LA-SV"},
	/* not people */
	{"Chủ tịch HĐQT Tập đoàn Hoàng Anh Gia Lai phát biểu tại Attapư.", ""},
	{"Bí thư Tỉnh ủy Vân Nam (Trung Quốc).", ""},
	{"Bí thư Tỉnh ủy 4 tỉnh: Cao Bằng, Lạng Sơn", ""},
	{"giữa các Bí thư Tỉnh ủy và phiên họp nhóm công tác", ""},
	/* a titled list of foreign names, each with its province in brackets (data/heldout4) */
	{"Dự có các đồng chí Tỉnh trưởng: Khăm Phăn Vông (Hủa Phăn), Xổm Phết Xay (Bò Kẹo) và Bun Mi Chăn (Luông Nặm Thà).",
	 "Khăm Phăn Vông|đồng chí|Tỉnh trưởng|LA-HO; Xổm Phết Xay|đồng chí|Tỉnh trưởng|LA-BK; Bun Mi Chăn|đồng chí|Tỉnh trưởng|LA-LM"},
	/* a Lao name of seven syllables (data/heldout4) */
	{"Đoàn do đồng chí Phon Sa Vẳn Xỉ Thăm Ma Vông - Tỉnh trưởng tỉnh Xiêng Khoảng dẫn đầu.",
	 "Phon Sa Vẳn Xỉ Thăm Ma Vông|đồng chí|Tỉnh trưởng|LA-XI"},
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

/* Run parties and people over text; the caller checks it returns. */
static int
run_both(bc_arena *a, const char *text, size_t len)
{
	bc_result  *r = bc_alloc(a, sizeof(bc_result));

	r->doc.main = bc_strndup(a, text, len);
	r->doc.main_len = len;
	bc_find_parties(a, r);
	bc_find_people(a, r);
	return r->people.n;
}

/* Repeat s n times into the arena. */
static const char *
repeat(bc_arena *a, const char *s, int n, size_t *len)
{
	bc_buf		b;
	int			i;

	bc_buf_init(&b, a);
	for (i = 0; i < n; i++)
		bc_buf_puts(&b, s);
	*len = b.len;
	return bc_buf_cstr(&b);
}

BC_TEST(people_pathological_inputs)
{
	static const char *const pieces[] = {
		"Bí thư Tỉnh ủy ", "Nguyễn ", "tỉnh ", "Samdech ", "(", "Hà Giang, ",
		"Ủy viên Trung ương Đảng, ", "Tỉnh trưởng tỉnh Kampot, Mao Thunin - ",
		"\xff\xfe", "\xcc\x80", "đồng chí ", "Lào Cai Lào ", "-", " ", "\n"
	};
	size_t		i;

	for (i = 0; i < sizeof(pieces) / sizeof(pieces[0]); i++)
	{
		bc_arena   *a = bc_arena_new();
		size_t		len;
		const char *t = repeat(a, pieces[i], 3000, &len);

		BC_CHECK(run_both(a, t, len) <= BC_MAX_ENTITIES);
		bc_arena_free(a);
	}
	/* many different people: capped, one per name */
	{
		bc_arena   *a = bc_arena_new();
		bc_buf		b;
		int			k;

		bc_buf_init(&b, a);
		for (k = 0; k < 1500; k++)
			bc_buf_printf(&b, "Bí thư Tỉnh ủy Nguyễn Văn A%d nói. Bí thư Tỉnh ủy Nguyễn Văn A%d nói. ", k, k);
		BC_CHECK_INT(run_both(a, b.data, b.len), 0);	/* "A12" is no name */
		bc_arena_free(a);
	}
	{
		bc_arena   *a = bc_arena_new();
		static const char *const syll[] = {"Minh", "Hùng", "Lan", "Phong", "Tuấn", "Dũng", "Hiếu", "Quý", "Thu", "Yến"};
		bc_buf		b;
		int			k;

		bc_buf_init(&b, a);
		for (k = 0; k < 1200; k++)
			bc_buf_printf(&b, "Bí thư Tỉnh ủy Nguyễn %s %s %s nói. ", syll[k % 10], syll[(k / 10) % 10], syll[(k / 100) % 10]);
		BC_CHECK_INT(run_both(a, b.data, b.len), BC_MAX_ENTITIES);
		bc_arena_free(a);
	}
}
