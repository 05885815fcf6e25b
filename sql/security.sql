-- Install-script security, in the manner of contrib/seg's security test and
-- PostgreSQL's "Security Considerations for Extensions": a role without
-- privileges plants look-alike operators and functions (each raises when
-- called) and tries to have the extension find them, at CREATE EXTENSION, at
-- ALTER EXTENSION UPDATE and when articles are loaded and read.
SET client_min_messages = warning;
SET datestyle = ISO;
\set VERBOSITY terse
DROP EXTENSION bordercoop CASCADE;
DROP SCHEMA bordercoop;

CREATE ROLE regress_bc_hostile;
SELECT current_database() AS datname \gset
GRANT CREATE ON DATABASE :"datname" TO regress_bc_hostile;

-- ---- 1. a schema "bordercoop" made beforehand by someone else is refused
SET ROLE regress_bc_hostile;
CREATE SCHEMA bordercoop;
CREATE FUNCTION bordercoop.nextval(regclass) RETURNS bigint LANGUAGE plpgsql
	AS $$ BEGIN RAISE EXCEPTION 'hostile nextval called'; END $$;
RESET ROLE;
CREATE EXTENSION bordercoop;
DROP SCHEMA bordercoop CASCADE;

-- nor one that is the installer's but open to others for CREATE
CREATE SCHEMA bordercoop;
GRANT CREATE ON SCHEMA bordercoop TO regress_bc_hostile;
CREATE EXTENSION bordercoop;
DROP SCHEMA bordercoop;

-- ---- 2. look-alikes in a schema ahead of pg_catalog on the search_path
SET ROLE regress_bc_hostile;
CREATE SCHEMA regress_hostile;
GRANT USAGE ON SCHEMA regress_hostile TO PUBLIC;
SET search_path = regress_hostile;

-- operators =, <> and || on the types the extension compares, and ? on jsonb
DO $$
DECLARE
	t text;
BEGIN
	FOREACH t IN ARRAY ARRAY['text', 'bigint', 'integer', 'bytea', 'name', 'oid', 'date'] LOOP
		EXECUTE format('CREATE FUNCTION hostile_eq(%1$s, %1$s) RETURNS boolean LANGUAGE plpgsql
			AS $f$ BEGIN RAISE EXCEPTION ''hostile = called''; END $f$', t);
		EXECUTE format('CREATE OPERATOR = (LEFTARG = %1$s, RIGHTARG = %1$s, FUNCTION = hostile_eq)', t);
		EXECUTE format('CREATE OPERATOR <> (LEFTARG = %1$s, RIGHTARG = %1$s, FUNCTION = hostile_eq)', t);
	END LOOP;
END
$$;
CREATE FUNCTION hostile_cat(text, text) RETURNS text
	LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'hostile || called'; END $$;
CREATE OPERATOR || (LEFTARG = text, RIGHTARG = text, FUNCTION = hostile_cat);
CREATE FUNCTION hostile_has(jsonb, text) RETURNS boolean
	LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'hostile ? called'; END $$;
CREATE OPERATOR ? (LEFTARG = jsonb, RIGHTARG = text, FUNCTION = hostile_has);

-- overloads of functions the extension calls, with the exact signatures
CREATE FUNCTION now() RETURNS timestamptz LANGUAGE plpgsql
	AS $$ BEGIN RAISE EXCEPTION 'hostile now called'; END $$;
CREATE FUNCTION nextval(regclass) RETURNS bigint LANGUAGE plpgsql
	AS $$ BEGIN RAISE EXCEPTION 'hostile nextval called'; END $$;
CREATE FUNCTION sha256(bytea) RETURNS bytea LANGUAGE plpgsql
	AS $$ BEGIN RAISE EXCEPTION 'hostile sha256 called'; END $$;
CREATE FUNCTION convert_to(text, name) RETURNS bytea LANGUAGE plpgsql
	AS $$ BEGIN RAISE EXCEPTION 'hostile convert_to called'; END $$;
CREATE FUNCTION jsonb_array_elements(jsonb) RETURNS SETOF jsonb LANGUAGE plpgsql
	AS $$ BEGIN RAISE EXCEPTION 'hostile jsonb_array_elements called'; END $$;
CREATE FUNCTION jsonb_array_elements_text(jsonb) RETURNS SETOF text LANGUAGE plpgsql
	AS $$ BEGIN RAISE EXCEPTION 'hostile jsonb_array_elements_text called'; END $$;
CREATE FUNCTION jsonb_typeof(jsonb) RETURNS text LANGUAGE plpgsql
	AS $$ BEGIN RAISE EXCEPTION 'hostile jsonb_typeof called'; END $$;
CREATE FUNCTION cardinality(anyarray) RETURNS integer LANGUAGE plpgsql
	AS $$ BEGIN RAISE EXCEPTION 'hostile cardinality called'; END $$;
CREATE FUNCTION length(text) RETURNS integer LANGUAGE plpgsql
	AS $$ BEGIN RAISE EXCEPTION 'hostile length called'; END $$;
CREATE FUNCTION lower(text) RETURNS text LANGUAGE plpgsql
	AS $$ BEGIN RAISE EXCEPTION 'hostile lower called'; END $$;
CREATE FUNCTION split_part(text, text, integer) RETURNS text LANGUAGE plpgsql
	AS $$ BEGIN RAISE EXCEPTION 'hostile split_part called'; END $$;
CREATE FUNCTION format(text, text) RETURNS text LANGUAGE plpgsql
	AS $$ BEGIN RAISE EXCEPTION 'hostile format called'; END $$;
CREATE FUNCTION to_tsvector(regconfig, text) RETURNS tsvector LANGUAGE plpgsql
	AS $$ BEGIN RAISE EXCEPTION 'hostile to_tsvector called'; END $$;
CREATE FUNCTION pg_extension_config_dump(regclass, text) RETURNS void LANGUAGE plpgsql
	AS $$ BEGIN RAISE EXCEPTION 'hostile pg_extension_config_dump called'; END $$;
CREATE FUNCTION getdatabaseencoding() RETURNS name LANGUAGE plpgsql
	AS $$ BEGIN RAISE EXCEPTION 'hostile getdatabaseencoding called'; END $$;
RESET ROLE;

-- the hostile schema first on the path: the look-alikes win, and raise
SET search_path = regress_hostile, pg_catalog, public;
SELECT 'a'::text = 'a'::text;
SELECT 'a'::text || 'b'::text;
SELECT '{"a":1}'::jsonb ? 'a';
SELECT now();
SELECT nextval('pg_catalog.pg_class');

-- the superuser installs 0.1.0 with that path
CREATE EXTENSION bordercoop VERSION '0.1.0';

-- loads through the inbox and ingest(), reads the views: every function runs
-- with its own search_path, every view was bound at creation
INSERT INTO bordercoop.inbox (source, body, published_on) VALUES
	('a.txt', E'Tỉnh Đắk Nông hội đàm với tỉnh Mondulkiri\n\nSáng 6/11, tại thành phố Gia Nghĩa, Ủy ban nhân dân tỉnh Đắk Nông đã tổ chức hội đàm với đoàn đại biểu tỉnh Mondulkiri (Campuchia).\nHai bên đã ký kết biên bản ghi nhớ hợp tác giai đoạn 2024-2026.', '2023-11-13'),
	('b.txt', E'Lạng Sơn gặp mặt Quảng Tây\n\nNgày 5/2, lãnh đạo tỉnh Lạng Sơn đã gặp mặt đoàn Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc).', '2024-02-06'),
	('empty.txt', '', NULL);
SELECT bordercoop.ingest('c.txt', E'Savannakhet hội đàm với Quảng Trị\n\nSáng 1/3, tại tỉnh Quảng Trị, lãnh đạo hai tỉnh Quảng Trị và Savannakhet (Lào) đã hội đàm về hợp tác thương mại.', published_on => '2024-03-01') IS NOT NULL AS ingested;
SELECT source, title, published_on::text FROM bordercoop.v_articles ORDER BY article_id;
CREATE TEMP TABLE seen AS
SELECT 'v_meetings' AS v, to_jsonb(t) AS r FROM bordercoop.v_meetings AS t
UNION ALL SELECT 'v_meeting_parties', to_jsonb(t) FROM bordercoop.v_meeting_parties AS t
UNION ALL SELECT 'v_people', to_jsonb(t) FROM bordercoop.v_people AS t
UNION ALL SELECT 'v_figures', to_jsonb(t) FROM bordercoop.v_figures AS t
UNION ALL SELECT 'v_agreements', to_jsonb(t) FROM bordercoop.v_agreements AS t
UNION ALL SELECT 'v_referenced_meetings', to_jsonb(t) FROM bordercoop.v_referenced_meetings AS t;
SELECT source, error_code FROM bordercoop.rejected ORDER BY rejected_id;
-- the same rows as with a clean path
RESET search_path;
SELECT (SELECT count(*) FROM (SELECT v, r FROM seen
							  EXCEPT ALL
							  (SELECT 'v_meetings', to_jsonb(t) FROM bordercoop.v_meetings AS t
							   UNION ALL SELECT 'v_meeting_parties', to_jsonb(t) FROM bordercoop.v_meeting_parties AS t
							   UNION ALL SELECT 'v_people', to_jsonb(t) FROM bordercoop.v_people AS t
							   UNION ALL SELECT 'v_figures', to_jsonb(t) FROM bordercoop.v_figures AS t
							   UNION ALL SELECT 'v_agreements', to_jsonb(t) FROM bordercoop.v_agreements AS t
							   UNION ALL SELECT 'v_referenced_meetings', to_jsonb(t) FROM bordercoop.v_referenced_meetings AS t)) AS d)
	   = 0 AS same_rows;
SET search_path = regress_hostile, pg_catalog, public;
-- re-parse with that path (it renumbers the events, so after the comparison)
SELECT bordercoop.reparse(false);

-- the update to 0.2.0 with the same path
ALTER EXTENSION bordercoop UPDATE TO '0.2.0';
SELECT bordercoop.version();
INSERT INTO bordercoop.inbox (source, body) VALUES
	('d.txt', E'Gặp mặt\n\nTỉnh Tây Ninh gặp mặt tỉnh Svay Rieng (Campuchia) ngày 3/1/2025.');
SELECT source FROM bordercoop.v_articles ORDER BY article_id;

-- a fresh install at the default version, the same way
DROP EXTENSION bordercoop;
CREATE EXTENSION bordercoop;
INSERT INTO bordercoop.inbox (source, body) VALUES
	('e.txt', E'Gặp mặt\n\nTỉnh Tây Ninh gặp mặt tỉnh Svay Rieng (Campuchia) ngày 3/1/2025.');
SELECT source FROM bordercoop.v_articles ORDER BY article_id;
RESET search_path;

-- the hostile role gained nothing
SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = 'regress_bc_hostile';

-- every SQL and PL/pgSQL function of the extension has a fixed search_path
-- (SQL-standard bodies are bound when created)
SELECT count(*) AS functions_without_search_path
FROM pg_proc AS p
	 JOIN pg_depend AS d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass
		AND d.deptype = 'e'
	 JOIN pg_extension AS e ON e.oid = d.refobjid AND e.extname = 'bordercoop'
	 JOIN pg_language AS l ON l.oid = p.prolang
WHERE l.lanname IN ('sql', 'plpgsql')
  AND NOT coalesce('search_path=pg_catalog, pg_temp' = ANY (p.proconfig), false)
  AND p.prosrc !~ '^\s*$';

DROP SCHEMA regress_hostile CASCADE;
REVOKE CREATE ON DATABASE :"datname" FROM regress_bc_hostile;
DROP ROLE regress_bc_hostile;

-- leave a fresh extension for the tests that follow
DROP EXTENSION bordercoop;
CREATE EXTENSION bordercoop;
