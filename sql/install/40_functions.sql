-- ----------------------------------------------------------------
-- functions: extraction
-- ----------------------------------------------------------------

CREATE FUNCTION bordercoop.parse(body text) RETURNS jsonb
	AS 'MODULE_PATHNAME', 'bordercoop_parse'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bordercoop.parse(text) IS 'the whole extraction of one article as jsonb (the shape of the gold files), stored nowhere; raises an error for text that cannot be parsed (immutable: the rows depend on the text alone; the setting bordercoop.max_article_size only decides whether a text is refused)';

CREATE FUNCTION bordercoop._extract(body text, published_on date) RETURNS jsonb
	AS 'MODULE_PATHNAME', 'bordercoop_extract'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION bordercoop._extract(text, date) IS 'internal: parse() for the loader; problems come back as {"error": ...} instead of an error, and published_on gives the year of day/month dates';

CREATE FUNCTION bordercoop.extractor_version() RETURNS text
	AS 'MODULE_PATHNAME', 'bordercoop_extractor_version'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bordercoop.extractor_version() IS 'version of the extraction rules in the loaded library';

CREATE FUNCTION bordercoop._body_hash(body text) RETURNS bytea
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	-- is_normalized() is a quick check, several times faster than normalize()
	-- on text that is NFC already (nearly all of it)
	RETURN pg_catalog.sha256(pg_catalog.convert_to(
		CASE WHEN pg_catalog.is_normalized(body, 'NFC') THEN body
			 ELSE pg_catalog.normalize(body, 'NFC') END, 'UTF8'));
COMMENT ON FUNCTION bordercoop._body_hash(text) IS 'internal: SHA-256 of the NFC-normalised text, the identity of an article';
