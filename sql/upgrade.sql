-- Upgrade: install 0.1.0, load the sample articles, ALTER EXTENSION UPDATE
-- to 0.2.0: the views give the same rows, the loaded data stays, loading
-- goes on, and the 0.2.0 objects (roles, grants) are in place.
SET client_min_messages = warning;
SET datestyle = ISO;
DROP EXTENSION bordercoop;
CREATE EXTENSION bordercoop VERSION '0.1.0';
SELECT extversion FROM pg_extension WHERE extname = 'bordercoop';

-- the sample articles (read by psql from the repository)
CREATE TEMP TABLE sample_file (name text, body text);
\set b `cat data/samples/001_tayninh_svayrieng_hoidam.txt`
INSERT INTO sample_file VALUES ('001', :'b');
\set b `cat data/samples/003_gialai_ratanakiri_giaoban_xxxii.txt`
INSERT INTO sample_file VALUES ('003', :'b');
\set b `cat data/samples/005_laocai_vannam_phienhop9.txt`
INSERT INTO sample_file VALUES ('005', :'b');
\set b `cat data/samples/006_dienbien_luangprabang_kyket.txt`
INSERT INTO sample_file VALUES ('006', :'b');
\set b `cat data/samples/011_two_meetings.txt`
INSERT INTO sample_file VALUES ('011', :'b');
INSERT INTO bordercoop.inbox (source, body) SELECT name, body FROM sample_file ORDER BY name;
INSERT INTO bordercoop.inbox (source, body) VALUES ('empty', '');

-- every view of the extension, as rows of jsonb
CREATE FUNCTION pg_temp.view_rows() RETURNS TABLE (v text, r jsonb)
	LANGUAGE plpgsql AS $$
DECLARE
	c record;
BEGIN
	FOR c IN SELECT relname FROM pg_class
			 WHERE relnamespace = 'bordercoop'::regnamespace AND relkind = 'v'
			 ORDER BY relname LOOP
		RETURN QUERY EXECUTE format('SELECT %L::text, to_jsonb(t) FROM bordercoop.%I AS t', c.relname, c.relname);
	END LOOP;
	RETURN QUERY SELECT 'rejected', to_jsonb(t) - 'rejected_at' FROM bordercoop.rejected AS t;
END $$;
CREATE TEMP TABLE before_update AS SELECT * FROM pg_temp.view_rows();
SELECT count(*) FILTER (WHERE v = 'v_articles') AS articles,
	   count(*) FILTER (WHERE v = 'rejected') AS rejected
FROM before_update;

ALTER EXTENSION bordercoop UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'bordercoop';
SELECT bordercoop.version();

-- the same rows, both ways
SELECT (SELECT count(*) FROM (SELECT * FROM before_update EXCEPT ALL SELECT * FROM pg_temp.view_rows()) AS d) AS lost,
	   (SELECT count(*) FROM (SELECT * FROM pg_temp.view_rows() EXCEPT ALL SELECT * FROM before_update) AS d) AS added;

-- 0.2.0: the roles hold their privileges, the loader's functions run as owner
SELECT has_table_privilege('bordercoop_reader', 'bordercoop.v_meetings', 'SELECT') AS reader_views,
	   has_table_privilege('bordercoop_reader', 'bordercoop.article', 'SELECT') AS reader_tables,
	   has_table_privilege('bordercoop_loader', 'bordercoop.inbox', 'INSERT') AS loader_inbox,
	   has_function_privilege('bordercoop_loader', 'bordercoop.ingest(text,text,text,date)', 'EXECUTE') AS loader_ingest,
	   (SELECT prosecdef FROM pg_proc WHERE oid = 'bordercoop._inbox_load()'::regprocedure) AS trigger_definer;

-- loading goes on after the update: new numbers, duplicates stay out
\set b `cat data/samples/009_langson_quangtay_gapmat.txt`
INSERT INTO bordercoop.inbox (source, body) VALUES ('009', :'b');
INSERT INTO bordercoop.inbox (source, body) SELECT 'again-' || name, body FROM sample_file;
SELECT source FROM bordercoop.v_articles ORDER BY article_id;

-- an installed 0.2.0 has the same objects as an updated one
CREATE TEMP TABLE updated_objects AS
SELECT pg_describe_object(classid, objid, objsubid) AS object
FROM pg_depend WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e'
  AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'bordercoop');
DROP EXTENSION bordercoop;
CREATE EXTENSION bordercoop;
SELECT (SELECT count(*) FROM updated_objects) > 20 AS many_objects,
	   (SELECT count(*) FROM (SELECT object FROM updated_objects
							  EXCEPT
							  SELECT pg_describe_object(classid, objid, objsubid)
							  FROM pg_depend WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e'
								AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'bordercoop')) AS d) AS differ;

-- no path to a version that does not exist
ALTER EXTENSION bordercoop UPDATE TO '9.9.9';
