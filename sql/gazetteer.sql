-- Gazetteer reference tables: counts, the 2025 reorganisation, aliases.
SET client_min_messages = warning;
SET datestyle = ISO;

-- units per country and kind
SELECT country_code, kind, count(*) AS units
FROM bordercoop.party GROUP BY 1, 2 ORDER BY 1, 2;

-- 63 Vietnamese provinces before 1 July 2025, 34 after
SELECT count(*) AS before_2025,
	   count(*) FILTER (WHERE valid_to IS NULL) AS after_2025,
	   count(*) FILTER (WHERE valid_to = '2025-06-30') AS merged_away
FROM bordercoop.party WHERE country_code = 'VN' AND kind = 'province';

-- every one of the 63 maps to one of the 34, and each of the 34 to itself
SELECT count(*) AS mapped
FROM bordercoop.party AS p
	 JOIN bordercoop.party AS cur ON cur.code = p.current_code
WHERE p.country_code = 'VN' AND p.kind = 'province'
  AND cur.valid_to IS NULL AND cur.current_code = cur.code;
SELECT code, name FROM bordercoop.party
WHERE country_code = 'VN' AND kind = 'province'
  AND (current_code IS NULL OR current_code NOT IN
	   (SELECT code FROM bordercoop.party WHERE valid_to IS NULL AND current_code = code));

-- the 34 current provinces and what they hold
SELECT cur.code, cur.name, string_agg(p.name, ', ' ORDER BY p.code) AS holds
FROM bordercoop.party AS cur
	 JOIN bordercoop.party AS p ON p.current_code = cur.code AND p.code <> cur.code
GROUP BY cur.code, cur.name ORDER BY cur.code;

-- foreign units have no current province
SELECT count(*) AS foreign_with_current
FROM bordercoop.party WHERE country_code <> 'VN' AND current_code IS NOT NULL;

-- aliases: several forms per foreign province
SELECT code, string_agg(alias, ' | ' ORDER BY alias) AS aliases
FROM bordercoop.party_alias
WHERE code IN ('KH-10', 'KH-25', 'LA-SV', 'LA-CH', 'CN-GX', 'KH')
GROUP BY code ORDER BY code;
SELECT count(*) AS provinces_without_three_aliases
FROM bordercoop.party AS p
WHERE p.country_code IN ('KH', 'LA') AND p.kind = 'province'
  AND (SELECT count(*) FROM bordercoop.party_alias AS a WHERE a.code = p.code) < 3;

-- the alias table only names known units
SELECT count(*) AS dangling FROM bordercoop.party_alias AS a
WHERE NOT EXISTS (SELECT 1 FROM bordercoop.party AS p WHERE p.code = a.code);

-- names and press names
SELECT code, name, name_vi, kind, country_code, current_code, valid_to
FROM bordercoop.party
WHERE code IN ('VN', 'KH', 'LA', 'CN', 'TH', 'VN-58', 'VN-39', 'VN-26', 'VN-SG',
			   'KH-10', 'LA-LP', 'CN-YN', 'CN-GX', 'TH-49')
ORDER BY code;

-- constraints
\set VERBOSITY terse
INSERT INTO bordercoop.party (code, name, name_vi, kind, country_code)
	VALUES ('XX-1', 'X', 'X', 'planet', 'XX');
INSERT INTO bordercoop.party_alias VALUES ('Atlantis', 'XX-99');

-- party_code(): any written form to its ISO code
\set VERBOSITY default
SELECT a AS written, bordercoop.party_code(a) AS code
FROM unnest(ARRAY['Karatie', 'Kra-chê', 'KRATIE', 'kra che', 'Tabong Khmum',
				  'Xa-vẳn-na-khệt', 'xavannakhet', 'Thanh Hoá', 'Thanh Hóa',
				  'Bà Rịa–Vũng Tàu', 'TP.HCM', 'Khu tự trị dân tộc Choang Quảng Tây',
				  'Lào Cai', 'Lào', 'Ai Cập', 'Thái Bình Dương', '']) AS a;
SELECT bordercoop.party_code(NULL) IS NULL AS null_in_null_out;
-- agrees with the alias table for every alias it holds
SELECT count(*) AS disagreeing FROM bordercoop.party_alias
WHERE bordercoop.party_code(alias) IS DISTINCT FROM code;
