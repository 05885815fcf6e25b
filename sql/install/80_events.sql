-- ----------------------------------------------------------------
-- cooperation fields, events across articles and BI views
--
-- A meeting row is one article's report of a meeting.  Reports of the same
-- real-world meeting by different outlets (same date, same kind, same
-- edition when both give one, overlapping parties) share one event.
-- ----------------------------------------------------------------

-- tables ----------------------------------------------------------

CREATE TABLE bordercoop.coop_field (
	field text PRIMARY KEY,
	label text NOT NULL,
	label_vi text NOT NULL
);
COMMENT ON TABLE bordercoop.coop_field IS 'taxonomy of cooperation fields attached to meetings';
COMMENT ON COLUMN bordercoop.coop_field.field IS 'field code (lower-case ASCII)';
COMMENT ON COLUMN bordercoop.coop_field.label IS 'English label';
COMMENT ON COLUMN bordercoop.coop_field.label_vi IS 'Vietnamese label';

INSERT INTO bordercoop.coop_field (field, label, label_vi) VALUES
	('security_crime', 'security and crime', 'an ninh, phòng chống tội phạm'),
	('trade', 'trade', 'thương mại'),
	('investment', 'investment', 'đầu tư'),
	('tourism', 'tourism', 'du lịch'),
	('health', 'health and epidemics', 'y tế, phòng chống dịch bệnh'),
	('education', 'education and training', 'giáo dục, đào tạo'),
	('transport_infrastructure', 'transport and infrastructure', 'giao thông, hạ tầng'),
	('energy', 'energy', 'năng lượng, điện lực'),
	('border_demarcation', 'border demarcation', 'phân giới cắm mốc'),
	('remains_repatriation', 'repatriation of remains', 'tìm kiếm, hồi hương hài cốt'),
	('labour', 'labour', 'lao động'),
	('agriculture', 'agriculture, forestry and fisheries', 'nông, lâm, thủy sản'),
	('culture_society', 'culture and society', 'văn hóa, xã hội'),
	('environment', 'environment', 'môi trường'),
	('justice', 'justice', 'tư pháp'),
	('finance', 'finance', 'tài chính'),
	('border_gates', 'border gates', 'cửa khẩu');

CREATE SEQUENCE bordercoop.event_id_seq;
COMMENT ON SEQUENCE bordercoop.event_id_seq IS 'event numbers';

CREATE TABLE bordercoop.event (
	event_id bigint NOT NULL DEFAULT pg_catalog.nextval('bordercoop.event_id_seq') PRIMARY KEY,
	occurred_on date,
	kind text NOT NULL,
	ordinal integer,
	created_at timestamptz NOT NULL DEFAULT pg_catalog.now()
);
CREATE INDEX event_occurred_on_idx ON bordercoop.event (occurred_on);
COMMENT ON TABLE bordercoop.event IS 'real-world meetings: the reports of one meeting by several articles share an event';
COMMENT ON COLUMN bordercoop.event.event_id IS 'event number';
COMMENT ON COLUMN bordercoop.event.occurred_on IS 'date of the meeting (NULL when no report dates it)';
COMMENT ON COLUMN bordercoop.event.kind IS 'kind of meeting (contract vocabulary)';
COMMENT ON COLUMN bordercoop.event.ordinal IS 'edition of a recurring meeting, when a report gives it';
COMMENT ON COLUMN bordercoop.event.created_at IS 'when the first report was linked';

ALTER TABLE bordercoop.meeting
	ADD CONSTRAINT meeting_event_fk FOREIGN KEY (event_id)
	REFERENCES bordercoop.event ON DELETE SET NULL;
CREATE INDEX meeting_event_id_idx ON bordercoop.meeting (event_id);

SELECT pg_catalog.pg_extension_config_dump('bordercoop.event', '');
SELECT pg_catalog.pg_extension_config_dump('bordercoop.event_id_seq', '');

-- private functions -----------------------------------------------

-- Two meetings share parties in the sense of event linking: a common
-- province (or other sub-national unit), or, when one of them names no
-- province (a national outlet's report), a common country other than Viet
-- Nam.  Viet Nam alone says nothing.
CREATE FUNCTION bordercoop._parties_overlap(a_article bigint, a_no integer,
											b_article bigint, b_no integer)
	RETURNS boolean
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT EXISTS (
			SELECT 1
			FROM bordercoop.meeting_party AS x
				 JOIN bordercoop.meeting_party AS y ON y.party_code = x.party_code
			WHERE x.article_id = a_article AND x.meeting_no = a_no
			  AND y.article_id = b_article AND y.meeting_no = b_no
			  AND x.party_code LIKE '%-%')
		OR ((NOT EXISTS (SELECT 1 FROM bordercoop.meeting_party AS x
						 WHERE x.article_id = a_article AND x.meeting_no = a_no
						   AND x.party_code LIKE '%-%')
			 OR NOT EXISTS (SELECT 1 FROM bordercoop.meeting_party AS y
							WHERE y.article_id = b_article AND y.meeting_no = b_no
							  AND y.party_code LIKE '%-%'))
			AND EXISTS (
				SELECT 1
				FROM bordercoop.meeting_party AS x
					 JOIN bordercoop.meeting_party AS y ON y.party_code = x.party_code
				WHERE x.article_id = a_article AND x.meeting_no = a_no
				  AND y.article_id = b_article AND y.meeting_no = b_no
				  AND x.party_code <> 'VN'))
$$;
COMMENT ON FUNCTION bordercoop._parties_overlap(bigint, integer, bigint, integer) IS 'internal: whether two meetings share a party for event linking (a province, or a country other than VN when one of them names no province)';

-- Link the current meetings of the given articles to events.  A meeting
-- joins the event of an earlier report of another article with the same
-- date and kind, a compatible edition and overlapping parties; otherwise it
-- starts a new event.  Concurrency: a transaction-level advisory lock keyed
-- on the date serialises the linking of meetings of one day, so that two
-- sessions loading two reports of one meeting at once end with one event
-- (under READ COMMITTED each statement sees the other's committed rows).
-- Undated meetings each get their own event.  A report re-parsed by
-- bordercoop.reparse() takes back the event it had (an event without reports
-- of the same date and kind), so event ids survive a re-parse; events still
-- left without reports are removed.  The days are locked in date order
-- within one call; a transaction that loads in several statements takes
-- them call by call.
CREATE FUNCTION bordercoop._link_events(article_ids bigint[]) RETURNS void
	LANGUAGE plpgsql VOLATILE STRICT
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	m record;
	v_event bigint;
BEGIN
	-- lock the days in a fixed order, so that two loaders never deadlock;
	-- days share 512 locks, so that a load spanning years cannot fill the
	-- lock table (one lock per day did, with a large archive in one COPY)
	PERFORM pg_catalog.pg_advisory_xact_lock(25187, d.day)
	FROM (SELECT DISTINCT (mt.occurred_on OPERATOR(pg_catalog.-) DATE '2000-01-01')
			  OPERATOR(pg_catalog.%) 512 AS day
		  FROM bordercoop.meeting AS mt
		  WHERE mt.article_id OPERATOR(pg_catalog.=) ANY (article_ids)
			AND NOT mt.is_reference
			AND mt.event_id IS NULL
			AND mt.occurred_on IS NOT NULL
		  ORDER BY 1) AS d;

	FOR m IN
		SELECT mt.article_id, mt.meeting_no, mt.occurred_on, mt.occurred_precision,
			   mt.kind, mt.ordinal
		FROM bordercoop.meeting AS mt
		WHERE mt.article_id OPERATOR(pg_catalog.=) ANY (article_ids)
		  AND NOT mt.is_reference
		  AND mt.event_id IS NULL
		ORDER BY mt.article_id, mt.meeting_no
	LOOP
		v_event := NULL;
		IF m.occurred_on IS NOT NULL THEN
			SELECT o.event_id INTO v_event
			FROM bordercoop.meeting AS o
			WHERE o.occurred_on OPERATOR(pg_catalog.=) m.occurred_on
			  AND o.occurred_precision IS NOT DISTINCT FROM m.occurred_precision
			  AND o.kind OPERATOR(pg_catalog.=) m.kind
			  AND o.event_id IS NOT NULL
			  AND NOT o.is_reference
			  AND o.article_id OPERATOR(pg_catalog.<>) m.article_id
			  AND (o.ordinal IS NULL OR m.ordinal IS NULL
				   OR o.ordinal OPERATOR(pg_catalog.=) m.ordinal)
			  AND bordercoop._parties_overlap(o.article_id, o.meeting_no,
											  m.article_id, m.meeting_no)
			ORDER BY o.event_id
			LIMIT 1;
		END IF;
		IF v_event IS NULL THEN
			-- a re-parsed report takes back its event, left without reports
			-- by the re-parse, so that event ids stay stable
			SELECT e.event_id INTO v_event
			FROM bordercoop.event AS e
			WHERE e.occurred_on IS NOT DISTINCT FROM m.occurred_on
			  AND e.kind OPERATOR(pg_catalog.=) m.kind
			  AND (e.ordinal IS NULL OR m.ordinal IS NULL
				   OR e.ordinal OPERATOR(pg_catalog.=) m.ordinal)
			  AND NOT EXISTS (SELECT 1 FROM bordercoop.meeting AS o
							  WHERE o.event_id OPERATOR(pg_catalog.=) e.event_id)
			ORDER BY e.event_id
			LIMIT 1
			FOR UPDATE OF e SKIP LOCKED;
		END IF;
		IF v_event IS NULL THEN
			INSERT INTO bordercoop.event (occurred_on, kind, ordinal)
			VALUES (m.occurred_on, m.kind, m.ordinal)
			RETURNING event_id INTO v_event;
		ELSE
			-- the first report to give the edition fills it in
			UPDATE bordercoop.event AS e
			SET ordinal = m.ordinal
			WHERE e.event_id OPERATOR(pg_catalog.=) v_event
			  AND e.ordinal IS NULL AND m.ordinal IS NOT NULL;
		END IF;
		UPDATE bordercoop.meeting AS mt
		SET event_id = v_event
		WHERE mt.article_id OPERATOR(pg_catalog.=) m.article_id
		  AND mt.meeting_no OPERATOR(pg_catalog.=) m.meeting_no;
	END LOOP;

	-- events left without reports: one cleaner at a time, never waiting
	-- (an event without reports is never chosen for linking, so removing it
	-- cannot race with the linking above)
	IF pg_catalog.pg_try_advisory_xact_lock(25188, 0) THEN
		DELETE FROM bordercoop.event AS e
		WHERE NOT EXISTS (SELECT 1 FROM bordercoop.meeting AS mt
						  WHERE mt.event_id OPERATOR(pg_catalog.=) e.event_id);
	END IF;
END
$$;
COMMENT ON FUNCTION bordercoop._link_events(bigint[]) IS 'internal: link the meetings of newly stored articles to events (one real-world meeting across articles); called by the inbox trigger and reparse()';

-- views -----------------------------------------------------------

CREATE VIEW bordercoop.v_meeting_fields AS
SELECT mf.article_id * 1000 + mf.meeting_no AS meeting_id,
	   mf.article_id,
	   m.event_id,
	   a.source,
	   m.occurred_on,
	   mf.field,
	   cf.label,
	   cf.label_vi
FROM bordercoop.meeting_field AS mf
	 JOIN bordercoop.meeting AS m USING (article_id, meeting_no)
	 JOIN bordercoop.article AS a ON a.article_id = mf.article_id
	 LEFT JOIN bordercoop.coop_field AS cf ON cf.field = mf.field
WHERE NOT m.is_reference;
COMMENT ON VIEW bordercoop.v_meeting_fields IS 'one row per meeting and cooperation field the article discusses';
COMMENT ON COLUMN bordercoop.v_meeting_fields.meeting_id IS 'the meeting (as in v_meetings)';
COMMENT ON COLUMN bordercoop.v_meeting_fields.article_id IS 'the article';
COMMENT ON COLUMN bordercoop.v_meeting_fields.event_id IS 'the real-world event the meeting belongs to';
COMMENT ON COLUMN bordercoop.v_meeting_fields.source IS 'the article''s source';
COMMENT ON COLUMN bordercoop.v_meeting_fields.occurred_on IS 'date of the meeting';
COMMENT ON COLUMN bordercoop.v_meeting_fields.field IS 'cooperation field code: security_crime, trade, investment, tourism, health, education, transport_infrastructure, energy, border_demarcation, remains_repatriation, labour, agriculture, culture_society, environment, justice, finance, border_gates';
COMMENT ON COLUMN bordercoop.v_meeting_fields.label IS 'English label of the field';
COMMENT ON COLUMN bordercoop.v_meeting_fields.label_vi IS 'Vietnamese label of the field';

CREATE VIEW bordercoop.v_events AS
SELECT e.event_id,
	   e.occurred_on,
	   e.kind,
	   (pg_catalog.mode() WITHIN GROUP (ORDER BY m.mode)) AS mode,
	   coalesce(e.ordinal, pg_catalog.max(m.ordinal)) AS ordinal,
	   (pg_catalog.array_agg(m.series ORDER BY m.article_id, m.meeting_no)
		FILTER (WHERE m.series IS NOT NULL))[1] AS series,
	   pg_catalog.max(m.cameo) AS cameo,
	   (pg_catalog.array_agg(m.host_code ORDER BY m.article_id, m.meeting_no)
		FILTER (WHERE m.host_code IS NOT NULL))[1] AS host_iso,
	   (pg_catalog.array_agg(m.location ORDER BY m.article_id, m.meeting_no)
		FILTER (WHERE m.location IS NOT NULL))[1] AS location,
	   pg_catalog.count(DISTINCT m.article_id)::integer AS articles,
	   pg_catalog.count(*)::integer AS reports,
	   (SELECT pg_catalog.string_agg(DISTINCT mp.party_code, ', ')
		FROM bordercoop.meeting_party AS mp
			 JOIN bordercoop.meeting AS m2 USING (article_id, meeting_no)
		WHERE m2.event_id = e.event_id) AS parties,
	   pg_catalog.string_agg(DISTINCT a.source, ', ') AS sources,
	   pg_catalog.min(a.published_on) AS first_published_on,
	   pg_catalog.min(m.article_id) AS first_article_id
FROM bordercoop.event AS e
	 JOIN bordercoop.meeting AS m ON m.event_id = e.event_id AND NOT m.is_reference
	 JOIN bordercoop.article AS a ON a.article_id = m.article_id
GROUP BY e.event_id, e.occurred_on, e.kind, e.ordinal;
COMMENT ON VIEW bordercoop.v_events IS 'one row per real-world meeting (event), however many articles report it';
COMMENT ON COLUMN bordercoop.v_events.event_id IS 'event number (v_meetings.event_id)';
COMMENT ON COLUMN bordercoop.v_events.occurred_on IS 'date of the meeting';
COMMENT ON COLUMN bordercoop.v_events.kind IS 'conference, talks, meeting, working_session, visit, seminar, ceremony, other';
COMMENT ON COLUMN bordercoop.v_events.mode IS 'online, in_person, hybrid: the mode most reports give; NULL when none says';
COMMENT ON COLUMN bordercoop.v_events.ordinal IS 'edition of a recurring meeting, when a report gives it';
COMMENT ON COLUMN bordercoop.v_events.series IS 'name of the recurring meeting, from the first report that names it';
COMMENT ON COLUMN bordercoop.v_events.cameo IS 'CAMEO event code, the highest any report gives (057 when an agreement was signed)';
COMMENT ON COLUMN bordercoop.v_events.host_iso IS 'ISO code of the host, from the first report that names it';
COMMENT ON COLUMN bordercoop.v_events.location IS 'where it took place, from the first report that says';
COMMENT ON COLUMN bordercoop.v_events.articles IS 'number of articles reporting the event';
COMMENT ON COLUMN bordercoop.v_events.reports IS 'number of meeting rows (article reports) linked to the event';
COMMENT ON COLUMN bordercoop.v_events.parties IS 'ISO codes of the parties named by any report, comma-separated';
COMMENT ON COLUMN bordercoop.v_events.sources IS 'sources of the reporting articles, comma-separated';
COMMENT ON COLUMN bordercoop.v_events.first_published_on IS 'publication date of the earliest report';
COMMENT ON COLUMN bordercoop.v_events.first_article_id IS 'the first article loaded that reports the event';

CREATE VIEW bordercoop.v_party_pairs AS
WITH mparty AS (
	SELECT m.article_id,
		   m.meeting_no,
		   coalesce(m.event_id, -(m.article_id * 1000 + m.meeting_no)) AS event_key,
		   coalesce(m.occurred_on, a.published_on) AS met_on,
		   mp.party_code,
		   coalesce(ap.side, CASE WHEN mp.party_code LIKE 'VN%' THEN 'vietnam'
							 ELSE 'counterpart' END) AS side
	FROM bordercoop.meeting AS m
		 JOIN bordercoop.meeting_party AS mp USING (article_id, meeting_no)
		 JOIN bordercoop.article AS a ON a.article_id = m.article_id
		 LEFT JOIN bordercoop.article_party AS ap
			ON ap.article_id = mp.article_id AND ap.party_code = mp.party_code
	WHERE NOT m.is_reference
),
pairs AS (
	SELECT v.party_code AS vn_code,
		   c.party_code AS cp_code,
		   v.article_id,
		   v.meeting_no,
		   v.event_key,
		   v.met_on
	FROM mparty AS v
		 JOIN mparty AS c ON c.article_id = v.article_id AND c.meeting_no = v.meeting_no
	WHERE v.side = 'vietnam' AND c.side = 'counterpart'
),
agg AS (
	SELECT vn_code, cp_code,
		   pg_catalog.count(DISTINCT event_key)::integer AS meetings,
		   pg_catalog.count(DISTINCT article_id)::integer AS articles,
		   pg_catalog.min(met_on) AS first_met_on,
		   pg_catalog.max(met_on) AS last_met_on
	FROM pairs
	GROUP BY vn_code, cp_code
)
SELECT agg.vn_code AS vn_iso,
	   pv.name AS vn_party,
	   pv.name_vi AS vn_party_vi,
	   agg.cp_code AS counterpart_iso,
	   pc.name AS counterpart_party,
	   pc.name_vi AS counterpart_party_vi,
	   coalesce(pc.country_code, pg_catalog.split_part(agg.cp_code, '-', 1)) AS counterpart_country,
	   agg.meetings,
	   agg.articles,
	   agg.first_met_on,
	   agg.last_met_on,
	   (SELECT pg_catalog.count(DISTINCT (p.event_key, g.kind))
		FROM pairs AS p
			 JOIN bordercoop.agreement AS g
			   ON g.article_id = p.article_id AND g.meeting_no = p.meeting_no
		WHERE p.vn_code = agg.vn_code AND p.cp_code = agg.cp_code)::integer AS agreements,
	   tf.value AS latest_trade_value,
	   coalesce(tf.currency, tf.unit) AS latest_trade_unit,
	   tf.period AS latest_trade_period,
	   tf.met_on AS latest_trade_reported_on,
	   tf.mention AS latest_trade_mention
FROM agg
	 LEFT JOIN bordercoop.party AS pv ON pv.code = agg.vn_code
	 LEFT JOIN bordercoop.party AS pc ON pc.code = agg.cp_code
	 LEFT JOIN LATERAL (
		SELECT f.value, f.unit, f.currency, f.period, f.mention, p.met_on
		FROM pairs AS p
			 JOIN bordercoop.figure AS f ON f.article_id = p.article_id
		WHERE p.vn_code = agg.vn_code AND p.cp_code = agg.cp_code
		  AND f.metric = 'trade_total'
		  AND (f.meeting_no IS NULL OR f.meeting_no = p.meeting_no)
		ORDER BY (f.subject_code IN (agg.vn_code, agg.cp_code)) DESC NULLS LAST,
				 p.met_on DESC NULLS LAST, f.article_id DESC, f.figure_no
		LIMIT 1) AS tf ON true;
COMMENT ON VIEW bordercoop.v_party_pairs IS 'one row per Vietnamese party and counterpart that met: meetings, first and last date, agreements, latest reported trade figure';
COMMENT ON COLUMN bordercoop.v_party_pairs.vn_iso IS 'ISO code of the Vietnamese party (VN or a province)';
COMMENT ON COLUMN bordercoop.v_party_pairs.vn_party IS 'stable display name of the Vietnamese party';
COMMENT ON COLUMN bordercoop.v_party_pairs.vn_party_vi IS 'Vietnamese press name of the Vietnamese party';
COMMENT ON COLUMN bordercoop.v_party_pairs.counterpart_iso IS 'ISO code of the counterpart (country or province)';
COMMENT ON COLUMN bordercoop.v_party_pairs.counterpart_party IS 'stable display name of the counterpart';
COMMENT ON COLUMN bordercoop.v_party_pairs.counterpart_party_vi IS 'Vietnamese press name of the counterpart';
COMMENT ON COLUMN bordercoop.v_party_pairs.counterpart_country IS 'ISO country code of the counterpart';
COMMENT ON COLUMN bordercoop.v_party_pairs.meetings IS 'number of distinct meetings (events) the two took part in';
COMMENT ON COLUMN bordercoop.v_party_pairs.articles IS 'number of articles reporting those meetings';
COMMENT ON COLUMN bordercoop.v_party_pairs.first_met_on IS 'date of the first meeting (publication date when the meeting is undated)';
COMMENT ON COLUMN bordercoop.v_party_pairs.last_met_on IS 'date of the latest meeting (publication date when the meeting is undated)';
COMMENT ON COLUMN bordercoop.v_party_pairs.agreements IS 'number of documents signed at their meetings (one per kind and event)';
COMMENT ON COLUMN bordercoop.v_party_pairs.latest_trade_value IS 'latest trade total reported with one of their meetings, in base units';
COMMENT ON COLUMN bordercoop.v_party_pairs.latest_trade_unit IS 'currency or unit of latest_trade_value';
COMMENT ON COLUMN bordercoop.v_party_pairs.latest_trade_period IS 'period of the latest trade figure, as written';
COMMENT ON COLUMN bordercoop.v_party_pairs.latest_trade_reported_on IS 'date of the meeting whose report gave the latest trade figure';
COMMENT ON COLUMN bordercoop.v_party_pairs.latest_trade_mention IS 'the latest trade figure as written';

CREATE VIEW bordercoop.v_timeline AS
WITH mc AS (
	SELECT DISTINCT
		   coalesce(m.event_id, -(m.article_id * 1000 + m.meeting_no)) AS event_key,
		   m.article_id,
		   m.occurred_on,
		   pg_catalog.split_part(mp.party_code, '-', 1) AS country_code
	FROM bordercoop.meeting AS m
		 JOIN bordercoop.meeting_party AS mp USING (article_id, meeting_no)
	WHERE NOT m.is_reference
	  AND m.occurred_on IS NOT NULL
	  AND mp.party_code NOT LIKE 'VN%'
)
SELECT pg_catalog.date_trunc('month', mc.occurred_on)::date AS month,
	   mc.country_code,
	   p.name AS country,
	   p.name_vi AS country_vi,
	   pg_catalog.count(DISTINCT mc.event_key)::integer AS meetings,
	   pg_catalog.count(DISTINCT mc.article_id)::integer AS articles
FROM mc
	 LEFT JOIN bordercoop.party AS p ON p.code = mc.country_code
GROUP BY 1, mc.country_code, p.name, p.name_vi;
COMMENT ON VIEW bordercoop.v_timeline IS 'one row per month and counterpart country: how many meetings took place';
COMMENT ON COLUMN bordercoop.v_timeline.month IS 'first day of the month';
COMMENT ON COLUMN bordercoop.v_timeline.country_code IS 'ISO code of the counterpart country (KH, LA, CN, ...)';
COMMENT ON COLUMN bordercoop.v_timeline.country IS 'display name of the country';
COMMENT ON COLUMN bordercoop.v_timeline.country_vi IS 'Vietnamese name of the country';
COMMENT ON COLUMN bordercoop.v_timeline.meetings IS 'number of distinct meetings (events) with that country in the month';
COMMENT ON COLUMN bordercoop.v_timeline.articles IS 'number of articles reporting them';
