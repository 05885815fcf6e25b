-- ----------------------------------------------------------------
-- text search (placeholder until the Vietnamese configuration lands)
-- ----------------------------------------------------------------
CREATE FUNCTION bordercoop._tsv(title text, main_text text) RETURNS tsvector
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN pg_catalog.to_tsvector('pg_catalog.simple', coalesce(title, '') || ' ' || coalesce(main_text, ''));
COMMENT ON FUNCTION bordercoop._tsv(text, text) IS 'internal: the search vector of an article';
