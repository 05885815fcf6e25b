/*
 * test/unit/test_gazetteer.c
 *		Unit tests of the gazetteer: tables, folding, alias lookup, matcher.
 */
#include "bc_core.h"
#include "bc_gazetteer.h"
#include "bc_test.h"

/* alias -> code (NULL: must not resolve) */
static const char *const alias_cases[][2] = {
	{"Việt Nam", "VN"}, {"Viet Nam", "VN"}, {"Vietnam", "VN"}, {"VIỆT NAM", "VN"},
	{"Cộng hòa xã hội chủ nghĩa Việt Nam", "VN"}, {"CHXHCN Việt Nam", "VN"},
	{"Campuchia", "KH"}, {"Cam-pu-chia", "KH"}, {"Căm-pu-chia", "KH"},
	{"Vương quốc Campuchia", "KH"}, {"vuong quoc campuchia", "KH"}, {"Cambodia", "KH"},
	{"Lào", "LA"}, {"Laos", "LA"}, {"CHDCND Lào", "LA"},
	{"Cộng hòa Dân chủ Nhân dân Lào", "LA"}, {"Cộng hoà Dân chủ Nhân dân Lào", "LA"},
	{"Trung Quốc", "CN"}, {"trung quoc", "CN"}, {"China", "CN"},
	{"Thái Lan", "TH"}, {"Thailand", "TH"},
	{"Lai Châu", "VN-01"}, {"Lào Cai", "VN-02"}, {"Lao Cai", "VN-02"}, {"LÀO CAI", "VN-02"},
	{"Hà Giang", "VN-03"}, {"Ha Giang", "VN-03"}, {"Cao Bằng", "VN-04"}, {"Sơn La", "VN-05"},
	{"Yên Bái", "VN-06"}, {"Tuyên Quang", "VN-07"}, {"Lạng Sơn", "VN-09"},
	{"Quảng Ninh", "VN-13"}, {"Hòa Bình", "VN-14"}, {"Hoà Bình", "VN-14"}, {"Hoa Binh", "VN-14"},
	{"Ninh Bình", "VN-18"}, {"Thái Bình", "VN-20"}, {"Thanh Hóa", "VN-21"}, {"Thanh Hoá", "VN-21"},
	{"Nghệ An", "VN-22"}, {"Hà Tĩnh", "VN-23"}, {"Quảng Bình", "VN-24"}, {"Quảng Trị", "VN-25"},
	{"Thừa Thiên Huế", "VN-26"}, {"Thừa Thiên - Huế", "VN-26"}, {"Huế", "VN-26"},
	{"Quảng Nam", "VN-27"}, {"Kon Tum", "VN-28"}, {"Kontum", "VN-28"}, {"Quảng Ngãi", "VN-29"},
	{"Gia Lai", "VN-30"}, {"Bình Định", "VN-31"}, {"Phú Yên", "VN-32"}, {"Đắk Lắk", "VN-33"},
	{"Đắc Lắc", "VN-33"}, {"Dak Lak", "VN-33"}, {"Khánh Hòa", "VN-34"}, {"Khánh Hoà", "VN-34"},
	{"Lâm Đồng", "VN-35"}, {"Ninh Thuận", "VN-36"}, {"Tây Ninh", "VN-37"}, {"Đồng Nai", "VN-39"},
	{"Bình Thuận", "VN-40"}, {"Long An", "VN-41"}, {"Bà Rịa - Vũng Tàu", "VN-43"},
	{"Bà Rịa–Vũng Tàu", "VN-43"}, {"Bà Rịa-Vũng Tàu", "VN-43"}, {"BR-VT", "VN-43"},
	{"An Giang", "VN-44"}, {"Đồng Tháp", "VN-45"}, {"Tiền Giang", "VN-46"}, {"Kiên Giang", "VN-47"},
	{"Vĩnh Long", "VN-49"}, {"Bến Tre", "VN-50"}, {"Trà Vinh", "VN-51"}, {"Sóc Trăng", "VN-52"},
	{"Bắc Kạn", "VN-53"}, {"Bắc Cạn", "VN-53"}, {"Bắc Giang", "VN-54"}, {"Bạc Liêu", "VN-55"},
	{"Bắc Ninh", "VN-56"}, {"Bình Dương", "VN-57"}, {"Bình Phước", "VN-58"}, {"Binh Phuoc", "VN-58"},
	{"BÌNH PHƯỚC", "VN-58"}, {"Cà Mau", "VN-59"}, {"Hải Dương", "VN-61"}, {"Hà Nam", "VN-63"},
	{"Hưng Yên", "VN-66"}, {"Nam Định", "VN-67"}, {"Phú Thọ", "VN-68"}, {"Thái Nguyên", "VN-69"},
	{"Vĩnh Phúc", "VN-70"}, {"Điện Biên", "VN-71"}, {"Dien Bien", "VN-71"}, {"Đắk Nông", "VN-72"},
	{"Hậu Giang", "VN-73"}, {"Cần Thơ", "VN-CT"}, {"Đà Nẵng", "VN-DN"}, {"Hà Nội", "VN-HN"},
	{"Ha Noi", "VN-HN"}, {"Hải Phòng", "VN-HP"}, {"TP Hồ Chí Minh", "VN-SG"}, {"TP.HCM", "VN-SG"},
	{"TP HCM", "VN-SG"}, {"TPHCM", "VN-SG"}, {"Thành phố Hồ Chí Minh", "VN-SG"},
	{"TP. Hồ Chí Minh", "VN-SG"},
	{"Banteay Meanchey", "KH-1"}, {"Battambang", "KH-2"}, {"Bát Đom Boong", "KH-2"},
	{"Kampong Cham", "KH-3"}, {"Kông Pông Chàm", "KH-3"}, {"Kampong Chhnang", "KH-4"},
	{"Kampong Speu", "KH-5"}, {"Kampong Thom", "KH-6"}, {"Kampot", "KH-7"}, {"Kampốt", "KH-7"},
	{"Cam-pốt", "KH-7"}, {"Kandal", "KH-8"}, {"Kan-đan", "KH-8"}, {"Koh Kong", "KH-9"},
	{"Kratie", "KH-10"}, {"Karatie", "KH-10"}, {"Kra-chê", "KH-10"}, {"Kra chê", "KH-10"},
	{"Cratie", "KH-10"}, {"Kratié", "KH-10"}, {"KRATIE", "KH-10"},
	{"Mondulkiri", "KH-11"}, {"Mundulkiri", "KH-11"}, {"Mondul Kiri", "KH-11"},
	{"Phnom Penh", "KH-12"}, {"Phnôm Pênh", "KH-12"}, {"Preah Vihear", "KH-13"},
	{"Prey Veng", "KH-14"}, {"Prây Veng", "KH-14"}, {"Pursat", "KH-15"}, {"Ratanakiri", "KH-16"},
	{"Rattanakiri", "KH-16"}, {"Siem Reap", "KH-17"}, {"Xiêm Riệp", "KH-17"},
	{"Preah Sihanouk", "KH-18"}, {"Stung Treng", "KH-19"}, {"Xtung Treng", "KH-19"},
	{"Svay Rieng", "KH-20"}, {"Svây Riêng", "KH-20"}, {"Takeo", "KH-21"}, {"Ta Keo", "KH-21"},
	{"Oddar Meanchey", "KH-22"}, {"Kep", "KH-23"}, {"Pailin", "KH-24"},
	{"Tbong Khmum", "KH-25"}, {"Tboung Khmum", "KH-25"}, {"Tabong Khmum", "KH-25"},
	{"Thbong Khmum", "KH-25"},
	{"Attapeu", "LA-AT"}, {"Attapư", "LA-AT"}, {"Bokeo", "LA-BK"}, {"Bolikhamxay", "LA-BL"},
	{"Bô-ly-khăm-xay", "LA-BL"}, {"Bôlykhămxay", "LA-BL"}, {"Champasak", "LA-CH"},
	{"Champassak", "LA-CH"}, {"Chăm-pa-xắc", "LA-CH"}, {"Houaphanh", "LA-HO"}, {"Hủa Phăn", "LA-HO"},
	{"Khammouane", "LA-KH"}, {"Khăm Muộn", "LA-KH"}, {"Luang Namtha", "LA-LM"},
	{"Luang Prabang", "LA-LP"}, {"Luông Pha Băng", "LA-LP"}, {"Luông Phabang", "LA-LP"},
	{"Oudomxay", "LA-OU"}, {"U Đôm Xay", "LA-OU"}, {"Phongsaly", "LA-PH"}, {"Phôngxalỳ", "LA-PH"},
	{"Salavan", "LA-SL"}, {"Xalavan", "LA-SL"}, {"Savannakhet", "LA-SV"}, {"Savanakhet", "LA-SV"},
	{"Xa-vẳn-na-khệt", "LA-SV"}, {"Xa vẳn na khệt", "LA-SV"}, {"Vientiane Province", "LA-VI"},
	{"Viêng Chăn", "LA-VT"}, {"Vientiane", "LA-VT"}, {"Xayabury", "LA-XA"}, {"Sainyabuli", "LA-XA"},
	{"Sekong", "LA-XE"}, {"Sê Kông", "LA-XE"}, {"Xiengkhouang", "LA-XI"}, {"Xiêng Khoảng", "LA-XI"},
	{"Xaisomboun", "LA-XS"},
	{"Vân Nam", "CN-YN"}, {"Yunnan", "CN-YN"}, {"Quảng Tây", "CN-GX"}, {"Guangxi", "CN-GX"},
	{"Khu tự trị dân tộc Choang Quảng Tây", "CN-GX"}, {"Quảng Đông", "CN-GD"},
	{"Nong Khai", "TH-43"}, {"Bueng Kan", "TH-38"}, {"Nakhon Phanom", "TH-48"},
	{"Mukdahan", "TH-49"}, {"Ubon Ratchathani", "TH-34"}, {"Loei", "TH-42"},
	{"Amnat Charoen", "TH-37"}, {"Chiang Rai", "TH-57"},
	/* not units */
	{"Ai Cập", NULL}, {"Bình Minh", NULL}, {"Lộc Ninh", NULL}, {"Hoa Lư", NULL},
	{"Thái Bình Dương", NULL}, {"Hồ Chí Minh", NULL}, {"", NULL}, {"   ", NULL},
	{"Kratie (Campuchia)", NULL}, {"Lao động", NULL}, {"Kampot Kampot", NULL}
};

BC_TEST(gazetteer_alias_lookup)
{
	size_t		i;

	for (i = 0; i < sizeof(alias_cases) / sizeof(alias_cases[0]); i++)
	{
		const bc_unit *u = bc_unit_by_alias(alias_cases[i][0], strlen(alias_cases[i][0]));

		if (alias_cases[i][1] == NULL)
		{
			if (u != NULL)
				bc_test_fail(__FILE__, __LINE__, "\"%s\" resolved to %s", alias_cases[i][0], u->code);
			bc_test_checks++;
		}
		else
		{
			if (u == NULL || strcmp(u->code, alias_cases[i][1]) != 0)
				bc_test_fail(__FILE__, __LINE__, "\"%s\": got %s, want %s", alias_cases[i][0],
							 u ? u->code : "(null)", alias_cases[i][1]);
			bc_test_checks++;
		}
	}
}

BC_TEST(gazetteer_units_and_merger)
{
	int			i,
				vn = 0,
				current = 0,
				kh = 0,
				la = 0,
				countries = 0;
	const bc_unit *u;

	for (i = 0; i < bc_gaz_nunits; i++)
	{
		u = &bc_gaz_units[i];
		if (i > 0)
			BC_CHECK(strcmp(bc_gaz_units[i - 1].code, u->code) < 0);
		BC_CHECK(bc_unit_by_code(u->code) == u);
		if (u->kind == BC_PARTY_COUNTRY)
			countries++;
		if (strcmp(u->country, "KH") == 0 && u->kind == BC_PARTY_PROVINCE)
			kh++;
		if (strcmp(u->country, "LA") == 0 && u->kind == BC_PARTY_PROVINCE)
			la++;
		if (strcmp(u->country, "VN") == 0 && u->kind == BC_PARTY_PROVINCE)
		{
			const bc_unit *c = bc_unit_by_code(u->current);

			vn++;
			BC_CHECK(c != NULL);
			if (c)
			{
				BC_CHECK_STR(c->current, c->code);
				BC_CHECK(c->valid_to == NULL);
			}
			if (strcmp(u->current, u->code) == 0)
			{
				current++;
				BC_CHECK(u->valid_to == NULL);
			}
			else
				BC_CHECK_STR(u->valid_to, "2025-06-30");
		}
		else
			BC_CHECK(u->current == NULL);
	}
	BC_CHECK_INT(vn, 63);
	BC_CHECK_INT(current, 34);
	BC_CHECK_INT(kh, 25);
	BC_CHECK_INT(la, 18);
	BC_CHECK_INT(countries, 6);
	BC_CHECK_STR(bc_unit_by_code("VN-58")->current, "VN-39");
	BC_CHECK_STR(bc_unit_by_code(bc_unit_by_code("VN-58")->current)->name, "Đồng Nai");
	BC_CHECK_STR(bc_unit_by_code("VN-03")->current, "VN-07");
	BC_CHECK_STR(bc_unit_by_code("VN-47")->current, "VN-44");
	BC_CHECK_STR(bc_unit_by_code("VN-43")->current, "VN-SG");
	BC_CHECK_STR(bc_unit_by_code("VN-14")->current, "VN-68");
	BC_CHECK_STR(bc_unit_by_code("VN-63")->current, "VN-18");
	BC_CHECK_STR(bc_unit_by_code("VN-21")->current, "VN-21");
	BC_CHECK_STR(bc_unit_by_code("KH-10")->name, "Kratie");
	BC_CHECK_STR(bc_unit_by_code("KH-10")->name_vi, "Kra-chê");
	BC_CHECK_STR(bc_unit_by_code("CN-YN")->name_vi, "Vân Nam");
	BC_CHECK_STR(bc_unit_by_code("CN-GX")->name_vi, "Quảng Tây");
	BC_CHECK_STR(bc_unit_by_code("LA-LP")->name_vi, "Luông Pha Băng");
	BC_CHECK(bc_unit_by_code("XX") == NULL);
	BC_CHECK(bc_unit_by_code("") == NULL);
	BC_CHECK(bc_unit_by_code(NULL) == NULL);
	BC_CHECK(bc_unit_by_code("VN-5") == NULL);
}

/* the generator and the C folding agree on every alias */
BC_TEST(gazetteer_fold_matches_generator)
{
	int			i;

	for (i = 0; i < bc_gaz_naliases; i++)
	{
		bc_gaz_phrase ph;
		const bc_gaz_alias *a = &bc_gaz_aliases[i];

		BC_CHECK_INT(bc_gaz_fold(a->alias, strlen(a->alias), 0, BC_GAZ_MAX_WORDS, &ph), a->nwords);
		BC_CHECK_STR(ph.dkey, a->dkey);
		BC_CHECK_STR(ph.akey, a->akey);
		if (i > 0)
			BC_CHECK(strcmp(bc_gaz_aliases[i - 1].dkey, a->dkey) <= 0);
	}
}

BC_TEST(gazetteer_fold_keys)
{
	bc_gaz_phrase ph;
	/* "hoà" written decomposed (NFD): o + combining grave, a */
	const char *nfd = "Ho\xcc\x80" "a Bi\xcc\x80nh";

	bc_gaz_fold("Hòa Bình", strlen("Hòa Bình"), 0, 4, &ph);
	BC_CHECK_STR(ph.dkey, "hoa2 binh2");
	BC_CHECK_STR(ph.akey, "hoa binh");
	bc_gaz_fold("Hoà Bình", strlen("Hoà Bình"), 0, 4, &ph);
	BC_CHECK_STR(ph.dkey, "hoa2 binh2");
	bc_gaz_fold(nfd, strlen(nfd), 0, 4, &ph);
	BC_CHECK_STR(ph.dkey, "hoa2 binh2");
	bc_gaz_fold("Đắk Lắk", strlen("Đắk Lắk"), 0, 4, &ph);
	BC_CHECK_STR(ph.dkey, "d-a(k1 la(k1");
	BC_CHECK_STR(ph.akey, "dak lak");
	bc_gaz_fold("Xa-vẳn-na-khệt, Lào", strlen("Xa-vẳn-na-khệt, Lào"), 0, 8, &ph);
	BC_CHECK_INT(ph.nwords, 4);
	BC_CHECK_STR(ph.akey, "xa van na khet");
	bc_gaz_fold("TP.HCM", 6, 0, 4, &ph);
	BC_CHECK_STR(ph.akey, "tp hcm");
	BC_CHECK(ph.all_upper[0] && ph.all_upper[1]);
	bc_gaz_fold("tỉnh  Kratie", strlen("tỉnh  Kratie"), 0, 1, &ph);
	BC_CHECK_INT(ph.nwords, 1);
	BC_CHECK(!ph.upper[0]);
	BC_CHECK_INT(bc_gaz_fold("", 0, 0, 4, &ph), 0);
	BC_CHECK_INT(bc_gaz_fold("(", 1, 0, 4, &ph), 0);
	/* invalid UTF-8 never hangs */
	BC_CHECK(bc_gaz_fold("\xff\xfe\xc3", 3, 0, 4, &ph) >= 0);
}

/* the matcher over a whole text: "code@start-end code@..." */
static void
match_all(const char *t, char *out, size_t outsz)
{
	size_t		len = strlen(t),
				p = 0,
				o = 0;

	out[0] = '\0';
	while (p < len)
	{
		bc_gaz_match m;

		if (bc_gaz_match_at(t, len, p, &m))
		{
			o += (size_t) snprintf(out + o, outsz - o, "%s%s", o ? " " : "",
								   m.unit ? m.unit->code : "-");
			p = m.end;
			continue;
		}
		p++;
	}
}

BC_TEST(gazetteer_matcher_longest)
{
	char		out[512];

	match_all("Lào Cai giáp Lào và Vân Nam (Trung Quốc)", out, sizeof out);
	BC_CHECK_STR(out, "VN-02 LA CN-YN CN");
	match_all("xây dựng biên giới hòa bình, hữu nghị", out, sizeof out);
	BC_CHECK_STR(out, "");
	match_all("tỉnh Hòa Bình và tỉnh Hoà Bình", out, sizeof out);
	BC_CHECK_STR(out, "VN-14 VN-14");
	match_all("Thái Bình Dương và Thái Bình", out, sizeof out);
	BC_CHECK_STR(out, "- VN-20");
	match_all("Lao động Lào", out, sizeof out);
	BC_CHECK_STR(out, "LA");
	match_all("Khu tự trị dân tộc Choang Quảng Tây", out, sizeof out);
	BC_CHECK_STR(out, "CN-GX");
	match_all("Karatie, Mondulkiri và Tabong Khmum", out, sizeof out);
	BC_CHECK_STR(out, "KH-10 KH-11 KH-25");
	match_all("Xa-vẳn-na-khệt, Chăm-pa-xắc và Savannakhet", out, sizeof out);
	BC_CHECK_STR(out, "LA-SV LA-CH LA-SV");
	match_all("tỉnh Viêng Chăn và thủ đô Viêng Chăn", out, sizeof out);
	BC_CHECK_STR(out, "LA-VI LA-VT");
	match_all("TP.HCM và Thành phố Hồ Chí Minh, Chủ tịch Hồ Chí Minh", out, sizeof out);
	BC_CHECK_STR(out, "VN-SG VN-SG -");
	match_all("Bà Rịa - Vũng Tàu, Thừa Thiên Huế", out, sizeof out);
	BC_CHECK_STR(out, "VN-43 VN-26");
	match_all("Campuchia-Lào-Việt Nam", out, sizeof out);
	BC_CHECK_STR(out, "KH LA VN");
	match_all("Phnompenh Kampotx", out, sizeof out);
	BC_CHECK_STR(out, "");
}
