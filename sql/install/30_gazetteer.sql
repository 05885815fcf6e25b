-- ----------------------------------------------------------------
-- gazetteer reference tables (placeholder until the gazetteer lands)
-- ----------------------------------------------------------------
CREATE TABLE bordercoop.party (
	code text PRIMARY KEY,
	name text NOT NULL,
	name_vi text NOT NULL,
	kind text NOT NULL,
	country_code text NOT NULL,
	current_code text REFERENCES bordercoop.party,
	valid_from date,
	valid_to date
);
COMMENT ON TABLE bordercoop.party IS 'countries and provinces, by ISO 3166 code';

CREATE TABLE bordercoop.party_alias (
	alias text NOT NULL,
	code text NOT NULL REFERENCES bordercoop.party,
	PRIMARY KEY (alias, code)
);
COMMENT ON TABLE bordercoop.party_alias IS 'spellings of each party';
