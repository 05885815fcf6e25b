-- ----------------------------------------------------------------
-- events across articles (placeholder until the meetings work lands)
-- ----------------------------------------------------------------
CREATE FUNCTION bordercoop._link_events(article_ids bigint[]) RETURNS void
	LANGUAGE plpgsql VOLATILE
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	NULL;
END
$$;
COMMENT ON FUNCTION bordercoop._link_events(bigint[]) IS 'internal: link newly stored meetings to events';
