-- bordercoop install script, assembled from sql/install/*.sql by the Makefile.

\echo Use "CREATE EXTENSION bordercoop" to load this file. \quit

-- The extractor works on UTF-8 text only: refuse other databases up front.
DO $$
BEGIN
	IF pg_catalog.getdatabaseencoding() OPERATOR(pg_catalog.<>) 'UTF8' THEN
		RAISE EXCEPTION USING
			ERRCODE = 'feature_not_supported',
			MESSAGE = 'bordercoop requires a UTF8 database',
			DETAIL = pg_catalog.format('The current database uses encoding %s.',
									   pg_catalog.getdatabaseencoding()),
			HINT = 'Create the database with ENCODING ''UTF8'' and install the extension there.';
	END IF;
END
$$;

COMMENT ON SCHEMA bordercoop IS 'bordercoop: Vietnamese cross-border cooperation news as relational rows (load into inbox, read the v_* views)';
