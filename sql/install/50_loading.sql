-- ----------------------------------------------------------------
-- loading: store an extraction, the inbox trigger, ingest(), reparse()
-- ----------------------------------------------------------------

-- Store the rows of one extraction for an article that exists.
CREATE FUNCTION bordercoop._store(p_article_id bigint, j jsonb) RETURNS void
	LANGUAGE plpgsql VOLATILE
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	INSERT INTO bordercoop.meeting (article_id, meeting_no, kind, mode, ordinal,
			series, location, host_code, occurred_on, occurred_precision,
			is_reference, cameo, start_offset, end_offset)
	SELECT p_article_id, (m->>'no')::integer, coalesce(m->>'kind', 'other'),
		   m->>'mode', (m->>'ordinal')::integer, m->>'series', m->>'location',
		   m->>'host', (m->>'occurred_on')::date, m->>'occurred_precision',
		   coalesce((m->>'reference')::boolean, false), m->>'cameo',
		   (m->>'start')::integer, (m->>'end')::integer
	FROM (SELECT jsonb_array_elements(coalesce(j->'meetings', '[]'))
		  UNION ALL
		  SELECT jsonb_array_elements(coalesce(j->'referenced_meetings', '[]'))) AS t(m);

	INSERT INTO bordercoop.meeting_party (article_id, meeting_no, party_code)
	SELECT DISTINCT p_article_id, (m->>'no')::integer, p
	FROM (SELECT jsonb_array_elements(coalesce(j->'meetings', '[]'))
		  UNION ALL
		  SELECT jsonb_array_elements(coalesce(j->'referenced_meetings', '[]'))) AS t(m),
		 jsonb_array_elements_text(coalesce(m->'parties', '[]')) AS p
	WHERE p IS NOT NULL;

	INSERT INTO bordercoop.meeting_field (article_id, meeting_no, field)
	SELECT DISTINCT p_article_id, (m->>'no')::integer, f
	FROM (SELECT jsonb_array_elements(coalesce(j->'meetings', '[]'))
		  UNION ALL
		  SELECT jsonb_array_elements(coalesce(j->'referenced_meetings', '[]'))) AS t(m),
		 jsonb_array_elements_text(coalesce(m->'fields', '[]')) AS f
	WHERE f IS NOT NULL;

	INSERT INTO bordercoop.article_party (article_id, party_code, as_written,
			side, mentions, start_offset, end_offset)
	SELECT DISTINCT ON (p->>'iso') p_article_id, p->>'iso', p->>'as_written',
		   p->>'side', coalesce((p->>'mentions')::integer, 1),
		   (p->>'start')::integer, (p->>'end')::integer
	FROM jsonb_array_elements(coalesce(j->'parties', '[]')) AS p
	WHERE p->>'iso' IS NOT NULL;

	INSERT INTO bordercoop.person (article_id, person_no, meeting_no, name,
			honorific, title, party_code, role, start_offset, end_offset)
	SELECT p_article_id, n::integer, (p->>'meeting')::integer, p->>'name',
		   p->>'honorific', p->>'title', p->>'party', p->>'role',
		   (p->>'start')::integer, (p->>'end')::integer
	FROM jsonb_array_elements(coalesce(j->'people', '[]')) WITH ORDINALITY AS t(p, n)
	WHERE p->>'name' IS NOT NULL;

	INSERT INTO bordercoop.figure (article_id, figure_no, meeting_no, metric,
			value, unit, currency, ratio_of, qualifier, period, period_from,
			period_to, compared_with, subject_code, mention, sentence,
			start_offset, end_offset, uncertain)
	SELECT p_article_id, n::integer, (f->>'meeting')::integer,
		   coalesce(f->>'metric', 'count'), (f->>'value')::numeric, f->>'unit',
		   f->>'currency', (f->>'of')::numeric, f->>'qualifier', f->>'period',
		   (f->>'period_from')::date, (f->>'period_to')::date,
		   f->>'compared_with', f->>'subject', coalesce(f->>'text', ''),
		   f->>'sentence', (f->>'start')::integer, (f->>'end')::integer,
		   coalesce((f->>'uncertain')::boolean, false)
	FROM jsonb_array_elements(coalesce(j->'figures', '[]')) WITH ORDINALITY AS t(f, n)
	WHERE jsonb_typeof(f->'value') = 'number';

	INSERT INTO bordercoop.agreement (article_id, agreement_no, meeting_no,
			kind, title, period_from, period_to, start_offset, end_offset)
	SELECT p_article_id, n::integer, (g->>'meeting')::integer,
		   coalesce(g->>'kind', 'other'), g->>'as_written',
		   (g->>'period_from')::integer, (g->>'period_to')::integer,
		   (g->>'start')::integer, (g->>'end')::integer
	FROM jsonb_array_elements(coalesce(j->'agreements', '[]')) WITH ORDINALITY AS t(g, n);
END
$$;
COMMENT ON FUNCTION bordercoop._store(bigint, jsonb) IS 'internal: store the rows of one extraction for an article';

-- The inbox trigger: parse every row of the statement, file the ones that
-- cannot be parsed in bordercoop.rejected, skip texts already loaded, and
-- empty the inbox.  No exception block: one statement, no subtransaction per
-- row, whatever the number of rows.
CREATE FUNCTION bordercoop._inbox_load() RETURNS trigger
	LANGUAGE plpgsql VOLATILE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r record;
	v_id bigint;
	v_ids bigint[] := '{}';
	v_key integer;
BEGIN
	-- Two statements loading overlapping texts in different orders would
	-- each hold a new article the other is about to insert (the unique index
	-- on body_sha256 makes the second wait) and deadlock.  Each text maps to
	-- one of 64 advisory locks (a hash of its NFC text, so the NFD form of a
	-- text takes the same lock); a statement takes the locks of its texts in
	-- one global order before inserting anything, so overlapping loads wait
	-- for each other instead.  At most 64 locks per statement, whatever its
	-- size (one lock per text would exhaust the lock table on a large COPY);
	-- two large loads therefore run one after the other, small ones
	-- (ingest()) rarely wait.  (Class 25188; the event linker uses 25187.)
	FOR v_key IN
		SELECT DISTINCT pg_catalog.hashtext(
			CASE WHEN pg_catalog.is_normalized(n.body, 'NFC') THEN n.body
				 ELSE pg_catalog.normalize(n.body, 'NFC') END) OPERATOR(pg_catalog.&) 63
		FROM new_rows AS n
		ORDER BY 1
	LOOP
		PERFORM pg_catalog.pg_advisory_xact_lock(25188, v_key);
	END LOOP;

	FOR r IN
		SELECT n.inbox_id, n.source, n.body, n.url, n.published_on,
			   bordercoop._extract(n.body, n.published_on) AS j
		FROM new_rows AS n
		ORDER BY n.inbox_id
	LOOP
		IF r.j ? 'error' THEN
			INSERT INTO bordercoop.rejected (source, reason, error_code, body, url, published_on)
			VALUES (r.source, r.j->>'error', r.j->>'error_code', r.body, r.url, r.published_on);
			CONTINUE;
		END IF;
		v_id := NULL;
		INSERT INTO bordercoop.article (source, url, title, published_on,
				published_at, given_published_on, outlet, author, body,
				body_sha256, main_text, extractor_version, tsv)
		VALUES (r.source, r.url, r.j->>'title',
				coalesce(r.published_on, (r.j->>'published_on')::date),
				(r.j->>'published_at')::timestamptz, r.published_on,
				r.j->>'outlet', r.j->>'author', r.body,
				bordercoop._body_hash(r.body), r.j->>'main_text',
				r.j->>'extractor_version',
				bordercoop._tsv(r.j->>'title', r.j->>'main_text'))
		ON CONFLICT (body_sha256) DO NOTHING
		RETURNING article_id INTO v_id;
		IF v_id IS NULL THEN
			CONTINUE;			-- the same text was loaded before
		END IF;
		PERFORM bordercoop._store(v_id, r.j);
		v_ids := v_ids || v_id;
	END LOOP;

	DELETE FROM bordercoop.inbox AS i USING new_rows AS n
	WHERE i.inbox_id = n.inbox_id;

	IF cardinality(v_ids) > 0 THEN
		PERFORM bordercoop._link_events(v_ids);
	END IF;
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION bordercoop._inbox_load() IS 'internal: statement trigger that parses inbox rows into the fact tables';

CREATE TRIGGER inbox_load
	AFTER INSERT ON bordercoop.inbox
	REFERENCING NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION bordercoop._inbox_load();

CREATE FUNCTION bordercoop.ingest(source text, body text, url text DEFAULT NULL,
								  published_on date DEFAULT NULL)
	RETURNS bigint
	LANGUAGE plpgsql VOLATILE
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	INSERT INTO bordercoop.inbox (source, body, url, published_on)
	VALUES (ingest.source, ingest.body, ingest.url, ingest.published_on);
	RETURN (SELECT a.article_id FROM bordercoop.article AS a
			WHERE a.body_sha256 = bordercoop._body_hash(ingest.body));
END
$$;
COMMENT ON FUNCTION bordercoop.ingest(text, text, text, date) IS 'load one article as one inbox row; returns its article id (also when the text was loaded before), or NULL when it was rejected';

CREATE FUNCTION bordercoop.reparse(only_outdated boolean DEFAULT true) RETURNS bigint
	LANGUAGE plpgsql VOLATILE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r record;
	v_n bigint := 0;
	v_ids bigint[] := '{}';
BEGIN
	FOR r IN
		SELECT a.article_id,
			   bordercoop._extract(a.body, a.given_published_on) AS j,
			   a.given_published_on
		FROM bordercoop.article AS a
		WHERE NOT only_outdated
		   OR a.extractor_version <> bordercoop.extractor_version()
		ORDER BY a.article_id
		FOR UPDATE OF a
	LOOP
		DELETE FROM bordercoop.meeting WHERE article_id = r.article_id;
		DELETE FROM bordercoop.article_party WHERE article_id = r.article_id;
		DELETE FROM bordercoop.person WHERE article_id = r.article_id;
		DELETE FROM bordercoop.figure WHERE article_id = r.article_id;
		DELETE FROM bordercoop.agreement WHERE article_id = r.article_id;
		IF r.j ? 'error' THEN
			-- rules that now refuse the text: keep the article, without rows
			UPDATE bordercoop.article
			SET extractor_version = r.j->>'extractor_version', parsed_at = now()
			WHERE article_id = r.article_id;
		ELSE
			UPDATE bordercoop.article
			SET title = r.j->>'title',
				published_on = coalesce(r.given_published_on, (r.j->>'published_on')::date),
				published_at = (r.j->>'published_at')::timestamptz,
				outlet = r.j->>'outlet',
				author = r.j->>'author',
				main_text = r.j->>'main_text',
				tsv = bordercoop._tsv(r.j->>'title', r.j->>'main_text'),
				extractor_version = r.j->>'extractor_version',
				parsed_at = now()
			WHERE article_id = r.article_id;
			PERFORM bordercoop._store(r.article_id, r.j);
		END IF;
		v_ids := v_ids || r.article_id;
		v_n := v_n + 1;
	END LOOP;
	IF v_n > 0 THEN
		PERFORM bordercoop._link_events(v_ids);
	END IF;
	RETURN v_n;
END
$$;
COMMENT ON FUNCTION bordercoop.reparse(boolean) IS 're-extract stored articles from their raw text in place: those parsed by an older extractor (default), or all; returns the number of articles re-parsed';
