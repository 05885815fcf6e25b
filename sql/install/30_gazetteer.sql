-- ----------------------------------------------------------------
-- sql/install/30_gazetteer.sql
--	The border gazetteer: reference tables for BI tools.
--
-- Rows come from data/gazetteer/*.tsv through tools/gen_gazetteer.pl
-- (31_gazetteer_gen.sql); the same data is compiled into the module, which
-- is what the extraction uses.  The tables belong to the extension and are
-- replaced by each version, so they are not registered with
-- pg_extension_config_dump: to add a spelling, add it to the TSV files.
-- ----------------------------------------------------------------
CREATE TABLE bordercoop.party (
	code text PRIMARY KEY,
	name text NOT NULL,
	name_vi text NOT NULL,
	kind text NOT NULL
		CHECK (kind IN ('country', 'province', 'district', 'organization')),
	country_code text NOT NULL,
	current_code text REFERENCES bordercoop.party,
	valid_from date,
	valid_to date,
	CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to)
);
COMMENT ON TABLE bordercoop.party IS 'gazetteer: countries and provinces (Viet Nam before and after the 2025 reorganisation, Cambodia, Laos, southern China, Thailand on the Mekong), one row per unit, by ISO 3166 code';
COMMENT ON COLUMN bordercoop.party.code IS 'ISO 3166-1 alpha-2 code of a country or ISO 3166-2 code of a province (pre-2025 codes for Viet Nam): VN, VN-58, KH-10, LA-LP, CN-YN';
COMMENT ON COLUMN bordercoop.party.name IS 'stable display name: official Vietnamese name for Vietnamese provinces and for countries (Việt Nam, Campuchia, Lào, Trung Quốc, Thái Lan), usual international spelling for foreign provinces (Kratie, Luang Prabang, Yunnan)';
COMMENT ON COLUMN bordercoop.party.name_vi IS 'usual Vietnamese press name (Kra-chê, Luông Pha Băng, Vân Nam, Quảng Tây)';
COMMENT ON COLUMN bordercoop.party.kind IS 'country, province, district or organization';
COMMENT ON COLUMN bordercoop.party.country_code IS 'ISO 3166-1 code of the country the unit belongs to';
COMMENT ON COLUMN bordercoop.party.current_code IS 'Vietnamese provinces: code of the province that holds the unit since 1 July 2025 (Resolution 202/2025/QH15); the unit itself for the 34 that remain; NULL for foreign units';
COMMENT ON COLUMN bordercoop.party.valid_from IS 'first day the unit existed, NULL when long before the articles';
COMMENT ON COLUMN bordercoop.party.valid_to IS 'last day the unit existed (2025-06-30 for the 29 provinces merged away), NULL while it exists';

CREATE TABLE bordercoop.party_alias (
	alias text NOT NULL,
	code text NOT NULL REFERENCES bordercoop.party,
	PRIMARY KEY (alias, code)
);
CREATE INDEX party_alias_code_idx ON bordercoop.party_alias (code);
COMMENT ON TABLE bordercoop.party_alias IS 'gazetteer: the written forms of each unit (Karatie, Kra-chê, Kratie, Cratie are all KH-10); matching ignores case, hyphens and tone placement but not diacritics, and a capitalised word must be capitalised in the text';
COMMENT ON COLUMN bordercoop.party_alias.alias IS 'one written form as the press uses it';
COMMENT ON COLUMN bordercoop.party_alias.code IS 'ISO code of the unit it names';
COMMENT ON INDEX bordercoop.party_alias_code_idx IS 'the aliases of one unit';

CREATE FUNCTION bordercoop.party_code(alias text) RETURNS text
	AS 'MODULE_PATHNAME', 'bordercoop_party_code'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bordercoop.party_code(text) IS 'ISO code of the unit a written form names (Karatie, Kra-chê, KRATIE: KH-10), ignoring case, accents, hyphens and tone placement; NULL when the gazetteer does not know the name';
