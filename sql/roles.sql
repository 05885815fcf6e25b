-- Roles: bordercoop_reader reads the views and the gazetteer only;
-- bordercoop_loader loads through the inbox (INSERT, COPY, ingest()) only.
SET client_min_messages = warning;
SET datestyle = ISO;
\set VERBOSITY terse

-- both roles exist, cannot log in, and have no other powers
SELECT rolname, rolcanlogin, rolsuper, rolcreaterole, rolcreatedb, rolinherit
FROM pg_roles WHERE rolname LIKE 'bordercoop\_%' ORDER BY rolname;

-- what each role holds on the extension's relations
SELECT c.relname, c.relkind,
	   has_table_privilege('bordercoop_reader', c.oid, 'SELECT') AS reader_select,
	   has_table_privilege('bordercoop_loader', c.oid, 'SELECT') AS loader_select,
	   has_table_privilege('bordercoop_loader', c.oid, 'INSERT') AS loader_insert,
	   has_table_privilege('bordercoop_reader', c.oid, 'INSERT,UPDATE,DELETE,TRUNCATE') AS reader_writes,
	   has_table_privilege('bordercoop_loader', c.oid, 'UPDATE,DELETE,TRUNCATE') AS loader_changes
FROM pg_class AS c
WHERE c.relnamespace = 'bordercoop'::regnamespace AND c.relkind IN ('r', 'v')
  AND c.relname IN ('inbox', 'article', 'rejected', 'meeting', 'figure', 'person',
					'party', 'party_alias', 'v_articles', 'v_meetings',
					'v_meeting_parties', 'v_people', 'v_figures', 'v_agreements')
ORDER BY c.relname;

-- no function of the extension runs as its owner apart from the two the
-- loader needs
SELECT p.oid::regprocedure AS security_definer
FROM pg_proc AS p
WHERE p.pronamespace = 'bordercoop'::regnamespace AND p.prosecdef
ORDER BY 1;

CREATE ROLE regress_bc_reader LOGIN IN ROLE bordercoop_reader;
CREATE ROLE regress_bc_loader LOGIN IN ROLE bordercoop_loader;
CREATE ROLE regress_bc_nobody LOGIN;

CREATE TEMP TABLE sample (body text);
GRANT SELECT ON sample TO PUBLIC;
INSERT INTO sample VALUES (E'Tỉnh Đắk Nông hội đàm với tỉnh Mondulkiri (Campuchia)\n\nThứ hai - 06/11/2023 16:20\nSáng 6/11, tại thành phố Gia Nghĩa, Ủy ban nhân dân tỉnh Đắk Nông đã tổ chức hội đàm với đoàn đại biểu tỉnh Mondulkiri do Tỉnh trưởng Thong Savun dẫn đầu.\nHai bên đã ký kết biên bản ghi nhớ hợp tác giai đoạn 2024-2026.');

-- ---- the loader
SET ROLE regress_bc_loader;
INSERT INTO bordercoop.inbox (source, body) SELECT 'loader-insert.txt', body FROM sample;
SELECT bordercoop.ingest('loader-ingest.txt', body || E'\nThêm một câu.') IS NOT NULL AS ingested FROM sample;
-- an article that cannot be parsed is filed, not an error
INSERT INTO bordercoop.inbox (source, body) VALUES ('empty.txt', '');
-- may not read or change anything else
SELECT count(*) FROM bordercoop.inbox;
SELECT count(*) FROM bordercoop.article;
SELECT count(*) FROM bordercoop.v_articles;
SELECT count(*) FROM bordercoop.rejected;
SELECT count(*) FROM bordercoop.party;
UPDATE bordercoop.inbox SET source = 'x';
DELETE FROM bordercoop.inbox;
INSERT INTO bordercoop.article (source, body, body_sha256, main_text, extractor_version)
VALUES ('forged', 'x', '\x00', 'x', '0');
DELETE FROM bordercoop.article;
SELECT bordercoop.reparse(false);
SELECT bordercoop._store(1, '{}');
CREATE TABLE bordercoop.planted (i int);
RESET ROLE;

-- what the loader loaded, seen by the owner
SELECT source, title, published_on FROM bordercoop.v_articles ORDER BY article_id;
SELECT source, error_code FROM bordercoop.rejected ORDER BY rejected_id;
SELECT count(*) AS inbox_rows FROM bordercoop.inbox;

-- ---- the reader
SET ROLE regress_bc_reader;
SELECT source, title FROM bordercoop.v_articles ORDER BY article_id;
SELECT count(*) >= 0 AS reads_gazetteer FROM bordercoop.party;
SELECT count(*) >= 0 AS sees_meetings FROM bordercoop.v_meetings;
-- may not read the tables behind the views, load or change anything
SELECT count(*) FROM bordercoop.article;
SELECT count(*) FROM bordercoop.rejected;
SELECT count(*) FROM bordercoop.inbox;
INSERT INTO bordercoop.inbox (source, body) SELECT 'reader.txt', body FROM sample;
SELECT bordercoop.ingest('reader.txt', 'Hai bên hội đàm.');
DELETE FROM bordercoop.party;
UPDATE bordercoop.party SET name = 'x';
SELECT bordercoop.reparse();
RESET ROLE;

-- ---- a role with neither: sees nothing, loads nothing
SET ROLE regress_bc_nobody;
SELECT count(*) FROM bordercoop.v_articles;
INSERT INTO bordercoop.inbox (source, body) VALUES ('nobody.txt', 'x');
SELECT bordercoop.ingest('nobody.txt', 'x');
-- not even parse(): the schema is closed to it
SELECT jsonb_typeof(bordercoop.parse(body)) FROM sample;
RESET ROLE;

SELECT count(*) AS articles FROM bordercoop.article;

DROP ROLE regress_bc_reader;
DROP ROLE regress_bc_loader;
DROP ROLE regress_bc_nobody;
