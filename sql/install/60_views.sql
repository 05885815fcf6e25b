-- ----------------------------------------------------------------
-- contract views for BI tools: standard SQL types only
-- ----------------------------------------------------------------

CREATE VIEW bordercoop.v_articles AS
SELECT a.article_id,
	   a.source,
	   a.url,
	   a.title,
	   a.published_on,
	   a.outlet,
	   (SELECT count(*) FROM bordercoop.meeting AS m
		WHERE m.article_id = a.article_id AND NOT m.is_reference)::integer AS meetings,
	   (SELECT count(*) FROM bordercoop.figure AS f
		WHERE f.article_id = a.article_id)::integer AS figures,
	   a.author,
	   a.published_at,
	   pg_catalog.length(a.main_text) AS main_chars,
	   a.extractor_version,
	   a.loaded_at
FROM bordercoop.article AS a;
COMMENT ON VIEW bordercoop.v_articles IS 'one row per article';
COMMENT ON COLUMN bordercoop.v_articles.article_id IS 'article number';
COMMENT ON COLUMN bordercoop.v_articles.source IS 'where the article came from';
COMMENT ON COLUMN bordercoop.v_articles.url IS 'the address of the article';
COMMENT ON COLUMN bordercoop.v_articles.title IS 'headline';
COMMENT ON COLUMN bordercoop.v_articles.published_on IS 'publication date';
COMMENT ON COLUMN bordercoop.v_articles.outlet IS 'outlet named in the text';
COMMENT ON COLUMN bordercoop.v_articles.meetings IS 'number of meetings the article reports';
COMMENT ON COLUMN bordercoop.v_articles.figures IS 'number of figures extracted';
COMMENT ON COLUMN bordercoop.v_articles.author IS 'author or source line';
COMMENT ON COLUMN bordercoop.v_articles.published_at IS 'publication time, when the date line gives it';
COMMENT ON COLUMN bordercoop.v_articles.main_chars IS 'length of the main text in characters (page chrome removed)';
COMMENT ON COLUMN bordercoop.v_articles.extractor_version IS 'version of the rules that produced the rows';
COMMENT ON COLUMN bordercoop.v_articles.loaded_at IS 'when the article was loaded';

CREATE VIEW bordercoop.v_meetings AS
SELECT m.article_id * 1000 + m.meeting_no AS meeting_id,
	   m.article_id,
	   a.source,
	   m.occurred_on,
	   m.kind,
	   m.mode,
	   m.ordinal,
	   m.series,
	   m.location,
	   m.host_code AS host_iso,
	   m.occurred_precision,
	   m.event_id,
	   m.cameo
FROM bordercoop.meeting AS m
	 JOIN bordercoop.article AS a USING (article_id)
WHERE NOT m.is_reference;
COMMENT ON VIEW bordercoop.v_meetings IS 'one row per meeting an article reports as happening (background references are in v_referenced_meetings)';
COMMENT ON COLUMN bordercoop.v_meetings.meeting_id IS 'meeting number: article_id * 1000 + number within the article';
COMMENT ON COLUMN bordercoop.v_meetings.article_id IS 'the article';
COMMENT ON COLUMN bordercoop.v_meetings.source IS 'the article''s source';
COMMENT ON COLUMN bordercoop.v_meetings.occurred_on IS 'date of the meeting (first day of month or year when less precise)';
COMMENT ON COLUMN bordercoop.v_meetings.kind IS 'conference, talks, meeting, working_session, visit, seminar, ceremony, other';
COMMENT ON COLUMN bordercoop.v_meetings.mode IS 'online, in_person, hybrid; NULL when the text does not say';
COMMENT ON COLUMN bordercoop.v_meetings.ordinal IS 'edition of a recurring meeting';
COMMENT ON COLUMN bordercoop.v_meetings.series IS 'name of the recurring meeting';
COMMENT ON COLUMN bordercoop.v_meetings.location IS 'where it took place, as written';
COMMENT ON COLUMN bordercoop.v_meetings.host_iso IS 'ISO code of the host';
COMMENT ON COLUMN bordercoop.v_meetings.occurred_precision IS 'day, month or year';
COMMENT ON COLUMN bordercoop.v_meetings.event_id IS 'the real-world event: reports of one meeting by several articles share it';
COMMENT ON COLUMN bordercoop.v_meetings.cameo IS 'CAMEO event code (040 consult, 042/043 visit, 044 third location, 046 negotiate, 057 sign agreement)';

CREATE VIEW bordercoop.v_referenced_meetings AS
SELECT m.article_id * 1000 + m.meeting_no AS meeting_id,
	   m.article_id,
	   a.source,
	   m.occurred_on,
	   m.kind,
	   m.ordinal,
	   m.series
FROM bordercoop.meeting AS m
	 JOIN bordercoop.article AS a USING (article_id)
WHERE m.is_reference;
COMMENT ON VIEW bordercoop.v_referenced_meetings IS 'earlier meetings an article only mentions ("kể từ hội nghị lần thứ 10")';
COMMENT ON COLUMN bordercoop.v_referenced_meetings.meeting_id IS 'meeting number: article_id * 1000 + number within the article';
COMMENT ON COLUMN bordercoop.v_referenced_meetings.article_id IS 'the article';
COMMENT ON COLUMN bordercoop.v_referenced_meetings.source IS 'the article''s source';
COMMENT ON COLUMN bordercoop.v_referenced_meetings.occurred_on IS 'date or year of the earlier meeting, when given';
COMMENT ON COLUMN bordercoop.v_referenced_meetings.kind IS 'kind of meeting';
COMMENT ON COLUMN bordercoop.v_referenced_meetings.ordinal IS 'edition of the recurring meeting';
COMMENT ON COLUMN bordercoop.v_referenced_meetings.series IS 'name of the recurring meeting';

CREATE VIEW bordercoop.v_meeting_parties AS
SELECT mp.article_id * 1000 + mp.meeting_no AS meeting_id,
	   mp.article_id,
	   a.source,
	   p.name AS party,
	   p.name_vi AS party_vi,
	   mp.party_code AS iso_code,
	   p.kind AS party_kind,
	   coalesce(p.country_code, pg_catalog.split_part(mp.party_code, '-', 1)) AS country_code,
	   coalesce(ap.side, CASE WHEN mp.party_code LIKE 'VN%' THEN 'vietnam' ELSE 'counterpart' END) AS side,
	   cur.name AS current_province,
	   ap.as_written
FROM bordercoop.meeting_party AS mp
	 JOIN bordercoop.meeting AS m USING (article_id, meeting_no)
	 JOIN bordercoop.article AS a ON a.article_id = mp.article_id
	 LEFT JOIN bordercoop.party AS p ON p.code = mp.party_code
	 LEFT JOIN bordercoop.party AS cur ON cur.code = p.current_code AND p.kind = 'province'
	 LEFT JOIN bordercoop.article_party AS ap
		ON ap.article_id = mp.article_id AND ap.party_code = mp.party_code
WHERE NOT m.is_reference
UNION ALL
-- parties of an article that names no meeting they take part in
SELECT NULL::bigint,
	   ap.article_id,
	   a.source,
	   p.name,
	   p.name_vi,
	   ap.party_code,
	   p.kind,
	   coalesce(p.country_code, pg_catalog.split_part(ap.party_code, '-', 1)),
	   ap.side,
	   cur.name,
	   ap.as_written
FROM bordercoop.article_party AS ap
	 JOIN bordercoop.article AS a ON a.article_id = ap.article_id
	 LEFT JOIN bordercoop.party AS p ON p.code = ap.party_code
	 LEFT JOIN bordercoop.party AS cur ON cur.code = p.current_code AND p.kind = 'province'
WHERE NOT EXISTS (SELECT 1 FROM bordercoop.meeting_party AS mp
					   JOIN bordercoop.meeting AS m USING (article_id, meeting_no)
				  WHERE mp.article_id = ap.article_id
					AND mp.party_code = ap.party_code
					AND NOT m.is_reference);
COMMENT ON VIEW bordercoop.v_meeting_parties IS 'one row per meeting and party; a party the article names outside any meeting has meeting_id NULL';
COMMENT ON COLUMN bordercoop.v_meeting_parties.meeting_id IS 'the meeting (NULL: named in the article, in no meeting)';
COMMENT ON COLUMN bordercoop.v_meeting_parties.article_id IS 'the article';
COMMENT ON COLUMN bordercoop.v_meeting_parties.source IS 'the article''s source';
COMMENT ON COLUMN bordercoop.v_meeting_parties.party IS 'stable display name of the unit';
COMMENT ON COLUMN bordercoop.v_meeting_parties.party_vi IS 'usual Vietnamese press name';
COMMENT ON COLUMN bordercoop.v_meeting_parties.iso_code IS 'ISO 3166 / 3166-2 code (VN, KH-10, CN-YN)';
COMMENT ON COLUMN bordercoop.v_meeting_parties.party_kind IS 'country, province, district, organization';
COMMENT ON COLUMN bordercoop.v_meeting_parties.country_code IS 'ISO 3166 country code';
COMMENT ON COLUMN bordercoop.v_meeting_parties.side IS 'vietnam or counterpart';
COMMENT ON COLUMN bordercoop.v_meeting_parties.current_province IS 'the Vietnamese province that holds the unit since 1 July 2025; NULL for foreign units';
COMMENT ON COLUMN bordercoop.v_meeting_parties.as_written IS 'the first spelling in the article';

CREATE VIEW bordercoop.v_people AS
SELECT pe.article_id,
	   CASE WHEN pe.meeting_no IS NOT NULL THEN pe.article_id * 1000 + pe.meeting_no END AS meeting_id,
	   a.source,
	   pe.name AS person,
	   pe.title,
	   p.name AS party,
	   pe.party_code AS iso_code,
	   pe.honorific,
	   pe.role
FROM bordercoop.person AS pe
	 JOIN bordercoop.article AS a USING (article_id)
	 LEFT JOIN bordercoop.party AS p ON p.code = pe.party_code;
COMMENT ON VIEW bordercoop.v_people IS 'one row per person named in an article';
COMMENT ON COLUMN bordercoop.v_people.article_id IS 'the article';
COMMENT ON COLUMN bordercoop.v_people.meeting_id IS 'the meeting the person attended, when known';
COMMENT ON COLUMN bordercoop.v_people.source IS 'the article''s source';
COMMENT ON COLUMN bordercoop.v_people.person IS 'name, without honorific';
COMMENT ON COLUMN bordercoop.v_people.title IS 'title as written';
COMMENT ON COLUMN bordercoop.v_people.party IS 'display name of the unit the person represents';
COMMENT ON COLUMN bordercoop.v_people.iso_code IS 'ISO code of that unit';
COMMENT ON COLUMN bordercoop.v_people.honorific IS 'đồng chí, ông, bà, Ngài, Samdech...';
COMMENT ON COLUMN bordercoop.v_people.role IS 'chair, co-chair, head, participant';

CREATE VIEW bordercoop.v_figures AS
SELECT f.article_id * 1000 + f.figure_no AS figure_id,
	   f.article_id,
	   CASE WHEN f.meeting_no IS NOT NULL THEN f.article_id * 1000 + f.meeting_no END AS meeting_id,
	   a.source,
	   f.metric,
	   f.value,
	   f.unit,
	   f.currency,
	   f.ratio_of,
	   f.period,
	   f.subject_code AS subject_iso,
	   f.mention,
	   f.sentence,
	   f.qualifier,
	   f.period_from,
	   f.period_to,
	   f.compared_with,
	   f.uncertain,
	   f.start_offset,
	   f.end_offset
FROM bordercoop.figure AS f
	 JOIN bordercoop.article AS a USING (article_id);
COMMENT ON VIEW bordercoop.v_figures IS 'one row per quantitative fact';
COMMENT ON COLUMN bordercoop.v_figures.figure_id IS 'figure number: article_id * 1000 + number within the article';
COMMENT ON COLUMN bordercoop.v_figures.article_id IS 'the article';
COMMENT ON COLUMN bordercoop.v_figures.meeting_id IS 'the meeting, when the figure was reported at one';
COMMENT ON COLUMN bordercoop.v_figures.source IS 'the article''s source';
COMMENT ON COLUMN bordercoop.v_figures.metric IS 'trade_total, export, import, investment, growth, count, ratio, money, percent';
COMMENT ON COLUMN bordercoop.v_figures.value IS 'value in base units';
COMMENT ON COLUMN bordercoop.v_figures.unit IS 'currency code, %, or the counted noun';
COMMENT ON COLUMN bordercoop.v_figures.currency IS 'ISO 4217 code for money';
COMMENT ON COLUMN bordercoop.v_figures.ratio_of IS 'the whole of a ratio';
COMMENT ON COLUMN bordercoop.v_figures.period IS 'period as written';
COMMENT ON COLUMN bordercoop.v_figures.subject_iso IS 'ISO code of the party the sentence is about';
COMMENT ON COLUMN bordercoop.v_figures.mention IS 'the figure as written';
COMMENT ON COLUMN bordercoop.v_figures.sentence IS 'the sentence that states it';
COMMENT ON COLUMN bordercoop.v_figures.qualifier IS 'khoảng, hơn, gần, trên, đạt...';
COMMENT ON COLUMN bordercoop.v_figures.period_from IS 'first day of the period';
COMMENT ON COLUMN bordercoop.v_figures.period_to IS 'last day of the period';
COMMENT ON COLUMN bordercoop.v_figures.compared_with IS 'what a growth figure compares with';
COMMENT ON COLUMN bordercoop.v_figures.uncertain IS 'true when a dot or comma reading was a guess';
COMMENT ON COLUMN bordercoop.v_figures.start_offset IS 'character offset of the mention in the main text';
COMMENT ON COLUMN bordercoop.v_figures.end_offset IS 'end of the mention';

CREATE VIEW bordercoop.v_agreements AS
SELECT g.article_id,
	   CASE WHEN g.meeting_no IS NOT NULL THEN g.article_id * 1000 + g.meeting_no END AS meeting_id,
	   a.source,
	   g.kind,
	   g.title,
	   g.period_from,
	   g.period_to,
	   g.article_id * 1000 + g.agreement_no AS agreement_id
FROM bordercoop.agreement AS g
	 JOIN bordercoop.article AS a USING (article_id);
COMMENT ON VIEW bordercoop.v_agreements IS 'one row per agreement signed or adopted';
COMMENT ON COLUMN bordercoop.v_agreements.article_id IS 'the article';
COMMENT ON COLUMN bordercoop.v_agreements.meeting_id IS 'the meeting it was signed at';
COMMENT ON COLUMN bordercoop.v_agreements.source IS 'the article''s source';
COMMENT ON COLUMN bordercoop.v_agreements.kind IS 'memorandum, minutes, joint_communique, action_plan, cooperation_agreement, other';
COMMENT ON COLUMN bordercoop.v_agreements.title IS 'the document as written';
COMMENT ON COLUMN bordercoop.v_agreements.period_from IS 'first year of the period it covers';
COMMENT ON COLUMN bordercoop.v_agreements.period_to IS 'last year of the period it covers';
COMMENT ON COLUMN bordercoop.v_agreements.agreement_id IS 'agreement number: article_id * 1000 + number within the article';
