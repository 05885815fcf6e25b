-- bordercoop 0.1.0 -> 0.2.0: roles, and a loader that needs only the inbox.
--
-- A fresh CREATE EXTENSION bordercoop installs 0.1.0 (sql/install/*.sql)
-- and then runs this script.

\echo Use "ALTER EXTENSION bordercoop UPDATE TO '0.2.0'" to load this file. \quit

-- ----------------------------------------------------------------
-- roles
--
-- Roles are cluster-wide objects, not members of the extension: they are
-- created here only when missing (a second database reuses them) and are
-- left in place by DROP EXTENSION; the privileges granted below belong to
-- the extension's objects and go with them.  A role of the same name made
-- beforehand by someone else is reused as it is: the DBA who installs the
-- extension should check who is a member of these roles.
--
--   bordercoop_reader  reads the views and the reference tables (gazetteer)
--   bordercoop_loader  inserts or COPYs into bordercoop.inbox and calls
--                      bordercoop.ingest(); sees nothing else
-- ----------------------------------------------------------------
DO $$
BEGIN
	PERFORM FROM pg_catalog.pg_roles AS r
	WHERE r.rolname OPERATOR(pg_catalog.=) 'bordercoop_reader';
	IF NOT FOUND THEN
		CREATE ROLE bordercoop_reader NOLOGIN;
		COMMENT ON ROLE bordercoop_reader IS 'bordercoop: may read the views and the reference tables';
	END IF;
	PERFORM FROM pg_catalog.pg_roles AS r
	WHERE r.rolname OPERATOR(pg_catalog.=) 'bordercoop_loader';
	IF NOT FOUND THEN
		CREATE ROLE bordercoop_loader NOLOGIN;
		COMMENT ON ROLE bordercoop_loader IS 'bordercoop: may load articles into bordercoop.inbox';
	END IF;
END
$$;

GRANT USAGE ON SCHEMA bordercoop TO bordercoop_reader, bordercoop_loader;

-- the reader: every view of the extension, and the reference tables, that is
-- the extension's tables that pg_dump does not treat as data (not
-- registered with pg_extension_config_dump) apart from the inbox
DO $$
DECLARE
	r record;
BEGIN
	FOR r IN
		SELECT c.oid::pg_catalog.regclass AS rel
		FROM pg_catalog.pg_depend AS d
			 JOIN pg_catalog.pg_class AS c ON c.oid OPERATOR(pg_catalog.=) d.objid
			 JOIN pg_catalog.pg_extension AS e ON e.oid OPERATOR(pg_catalog.=) d.refobjid
		WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
		  AND d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_extension'::pg_catalog.regclass
		  AND d.deptype OPERATOR(pg_catalog.=) 'e'
		  AND e.extname OPERATOR(pg_catalog.=) 'bordercoop'
		  AND (c.relkind OPERATOR(pg_catalog.=) ANY ('{v,m}'::"char"[])
			   OR (c.relkind OPERATOR(pg_catalog.=) 'r'
				   AND c.oid OPERATOR(pg_catalog.<>) 'bordercoop.inbox'::pg_catalog.regclass
				   AND (e.extconfig IS NULL
						OR NOT c.oid OPERATOR(pg_catalog.=) ANY (e.extconfig))))
		ORDER BY 1
	LOOP
		EXECUTE pg_catalog.format('GRANT SELECT ON %s TO bordercoop_reader', r.rel);
	END LOOP;
END
$$;

-- the loader: the inbox, its row numbers, and ingest()
GRANT INSERT ON bordercoop.inbox TO bordercoop_loader;
GRANT USAGE ON SEQUENCE bordercoop.inbox_id_seq TO bordercoop_loader;

-- The inbox trigger writes the articles and their rows and empties the
-- inbox: it runs with the rights of the extension's owner, so that a role
-- with INSERT on the inbox alone can load.  It reads nothing but its
-- transition table and the extension's own objects, all schema-qualified,
-- with a fixed search_path.
ALTER FUNCTION bordercoop._inbox_load() SECURITY DEFINER; -- definer: the loader may only insert into the inbox

-- ingest() returns the article's number, which the loader may not read
-- otherwise: it too runs as the owner, and only the loader (and the owner)
-- may call it.
ALTER FUNCTION bordercoop.ingest(text, text, text, date) SECURITY DEFINER; -- definer: returns an article id the loader may not read
REVOKE EXECUTE ON FUNCTION bordercoop.ingest(text, text, text, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION bordercoop.ingest(text, text, text, date) TO bordercoop_loader;

-- reparse() rewrites every article: the owner's only
REVOKE EXECUTE ON FUNCTION bordercoop.reparse(boolean) FROM PUBLIC;

-- ----------------------------------------------------------------
-- what the installed version is
-- ----------------------------------------------------------------
CREATE FUNCTION bordercoop.version() RETURNS text
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN (SELECT e.extversion FROM pg_catalog.pg_extension AS e
			WHERE e.extname OPERATOR(pg_catalog.=) 'bordercoop');
COMMENT ON FUNCTION bordercoop.version() IS 'the installed version of the extension''s SQL objects (see extractor_version() for the rules in the library)';
