/*
 * test/unit/test_extract.c
 *		The whole pipeline (bc_extract) on short articles: rules that look at
 *		the result of every stage together.
 */
#include "bc_core.h"
#include "bc_test.h"

/* A domestic article (no foreign unit named) yields nothing cross-border. */
BC_TEST(extract_domestic_article_is_empty)
{
	bc_arena   *a = bc_arena_new();
	const char *dom =
		"HĐND tỉnh Đắk Lắk khai mạc kỳ họp thứ 12\n"
		"09/07/2024 10:05 GMT+7\n"
		"Sáng 9/7, HĐND tỉnh Đắk Lắk khóa X khai mạc kỳ họp thứ 12. Chủ tịch HĐND tỉnh Đắk Lắk Huỳnh Thị Chiến Hòa phát biểu khai mạc hội nghị, đề nghị các hợp tác xã nông nghiệp mở rộng sản xuất.\n"
		"Theo báo cáo, kim ngạch xuất khẩu cà phê của tỉnh đạt 1,1 tỷ USD, thu ngân sách đạt 5.480 tỷ đồng.\n";
	const char *xb =
		"Đắk Lắk hội đàm với tỉnh Mondulkiri\n"
		"09/07/2024 10:05 GMT+7\n"
		"Sáng 9/7, tỉnh Đắk Lắk hội đàm với tỉnh Mondulkiri (Campuchia). Chủ tịch UBND tỉnh Đắk Lắk Tạ Anh Tuấn chủ trì hội đàm.\n"
		"Kim ngạch thương mại giữa hai tỉnh đạt 1,1 tỷ USD.\n";
	bc_result  *r;

	r = bc_extract(a, dom, strlen(dom), NULL);
	BC_CHECK_INT(r->status, BC_OK);
	BC_CHECK_INT(r->meetings.n, 0);
	BC_CHECK_INT(r->parties.n, 0);
	BC_CHECK_INT(r->people.n, 0);
	BC_CHECK_INT(r->figures.n, 0);
	BC_CHECK_INT(r->doc.published.day, 9);
	/* the same shape with a foreign counterpart keeps everything */
	r = bc_extract(a, xb, strlen(xb), NULL);
	BC_CHECK_INT(r->status, BC_OK);
	BC_CHECK(r->meetings.n >= 1);
	BC_CHECK(r->parties.n >= 2);
	BC_CHECK_INT(r->people.n, 1);
	BC_CHECK_INT(r->figures.n, 1);
	bc_arena_free(a);
}

/* Provinces named only in a sentence of history are not parties; a recent year is not history. */
BC_TEST(extract_history_provinces_not_parties)
{
	bc_arena   *a = bc_arena_new();
	const char *old =
		"Quảng Ninh hội đàm với Quảng Tây\n"
		"28/10/2024 11:30\n"
		"Ngày 25/10, lãnh đạo tỉnh Quảng Ninh hội đàm với lãnh đạo Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) tại thành phố Hạ Long.\n"
		"Cơ chế hợp tác\n"
		"Từ năm 2008, bốn tỉnh biên giới Quảng Ninh, Lạng Sơn, Cao Bằng, Hà Giang và Quảng Tây thành lập Ủy ban công tác liên hợp.\n";
	const char *recent =
		"Quảng Ninh hội đàm với Quảng Tây\n"
		"28/10/2024 11:30\n"
		"Ngày 25/10, lãnh đạo tỉnh Quảng Ninh hội đàm với lãnh đạo Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) tại thành phố Hạ Long.\n"
		"Năm 2023, tỉnh Lạng Sơn cũng đã tham gia cơ chế hợp tác này.\n";
	bc_result  *r;
	bool		ls;

	r = bc_extract(a, old, strlen(old), NULL);
	ls = false;
	for (int i = 0; i < r->parties.n; i++)
		if (strcmp(r->parties.items[i].unit->code, "VN-09") == 0 ||
			strcmp(r->parties.items[i].unit->code, "VN-03") == 0 ||
			strcmp(r->parties.items[i].unit->code, "VN-04") == 0)
			ls = true;
	BC_CHECK(!ls);
	BC_CHECK(r->parties.n >= 2);
	r = bc_extract(a, recent, strlen(recent), NULL);
	ls = false;
	for (int i = 0; i < r->parties.n; i++)
		if (strcmp(r->parties.items[i].unit->code, "VN-09") == 0)
			ls = true;
	BC_CHECK(ls);
	bc_arena_free(a);
}
