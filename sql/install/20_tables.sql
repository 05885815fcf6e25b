-- ----------------------------------------------------------------
-- tables: the loading path and the extracted facts
--
-- Every fact table carries article_id first in its primary key, so that it
-- can be distributed by article_id (Citus); meeting_id and figure_id in the
-- views are derived from (article_id, number) as article_id * 1000 + number.
-- ----------------------------------------------------------------

CREATE SEQUENCE bordercoop.article_id_seq;
CREATE SEQUENCE bordercoop.inbox_id_seq;
CREATE SEQUENCE bordercoop.rejected_id_seq;
COMMENT ON SEQUENCE bordercoop.article_id_seq IS 'article numbers';
COMMENT ON SEQUENCE bordercoop.inbox_id_seq IS 'inbox row numbers (internal)';
COMMENT ON SEQUENCE bordercoop.rejected_id_seq IS 'rejected row numbers';

CREATE TABLE bordercoop.inbox (
	inbox_id bigint NOT NULL DEFAULT pg_catalog.nextval('bordercoop.inbox_id_seq') PRIMARY KEY,
	source text NOT NULL,
	body text NOT NULL,
	url text,
	published_on date
);
COMMENT ON TABLE bordercoop.inbox IS 'COPY target: one row per raw article; each row is parsed into the fact tables in the same statement and does not stay here';
COMMENT ON COLUMN bordercoop.inbox.inbox_id IS 'internal row number, filled by default';
COMMENT ON COLUMN bordercoop.inbox.source IS 'where the article came from: a file name or a feed id';
COMMENT ON COLUMN bordercoop.inbox.body IS 'the raw article text, page chrome included';
COMMENT ON COLUMN bordercoop.inbox.url IS 'the address of the article, when known';
COMMENT ON COLUMN bordercoop.inbox.published_on IS 'publication date known to the loader; wins over the date found in the text';

CREATE TABLE bordercoop.rejected (
	rejected_id bigint NOT NULL DEFAULT pg_catalog.nextval('bordercoop.rejected_id_seq') PRIMARY KEY,
	source text,
	reason text NOT NULL,
	error_code text NOT NULL,
	body text,
	url text,
	published_on date,
	rejected_at timestamptz NOT NULL DEFAULT pg_catalog.now()
);
COMMENT ON TABLE bordercoop.rejected IS 'inbox rows that could not be parsed, with the reason; nothing is lost';
COMMENT ON COLUMN bordercoop.rejected.rejected_id IS 'row number';
COMMENT ON COLUMN bordercoop.rejected.source IS 'the inbox row''s source';
COMMENT ON COLUMN bordercoop.rejected.reason IS 'why the row was not parsed, as a sentence';
COMMENT ON COLUMN bordercoop.rejected.error_code IS 'empty, too_large, not_text or no_content';
COMMENT ON COLUMN bordercoop.rejected.body IS 'the raw text as loaded';
COMMENT ON COLUMN bordercoop.rejected.url IS 'the inbox row''s url';
COMMENT ON COLUMN bordercoop.rejected.published_on IS 'the inbox row''s published_on';
COMMENT ON COLUMN bordercoop.rejected.rejected_at IS 'when the row was rejected';

CREATE TABLE bordercoop.article (
	article_id bigint NOT NULL DEFAULT pg_catalog.nextval('bordercoop.article_id_seq') PRIMARY KEY,
	source text NOT NULL,
	url text,
	title text,
	published_on date,
	published_at timestamptz,
	given_published_on date,
	outlet text,
	author text,
	body text NOT NULL,
	body_sha256 bytea NOT NULL UNIQUE,
	main_text text NOT NULL,
	extractor_version text NOT NULL,
	loaded_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
	parsed_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
	tsv tsvector
);
COMMENT ON TABLE bordercoop.article IS 'one row per distinct article (after Unicode NFC normalisation of its text)';
COMMENT ON COLUMN bordercoop.article.article_id IS 'article number';
COMMENT ON COLUMN bordercoop.article.source IS 'where the article came from (first load)';
COMMENT ON COLUMN bordercoop.article.url IS 'the address of the article';
COMMENT ON COLUMN bordercoop.article.title IS 'headline found in the text';
COMMENT ON COLUMN bordercoop.article.published_on IS 'publication date: the loader''s when given, else the date line''s';
COMMENT ON COLUMN bordercoop.article.published_at IS 'publication time from the date line (Indochina time when the zone is not written)';
COMMENT ON COLUMN bordercoop.article.given_published_on IS 'the publication date given by the loader, kept for re-parsing';
COMMENT ON COLUMN bordercoop.article.outlet IS 'the outlet named in the text ("ĐCSVN", "Đài PT-TH&Báo Bình Phước")';
COMMENT ON COLUMN bordercoop.article.author IS 'the author or source line';
COMMENT ON COLUMN bordercoop.article.body IS 'the raw text as loaded';
COMMENT ON COLUMN bordercoop.article.body_sha256 IS 'SHA-256 of the NFC-normalised text: the same text loads once';
COMMENT ON COLUMN bordercoop.article.main_text IS 'the article without its page chrome; entity offsets count characters in it';
COMMENT ON COLUMN bordercoop.article.extractor_version IS 'version of the extractor that produced the rows; see bordercoop.reparse()';
COMMENT ON COLUMN bordercoop.article.loaded_at IS 'when the article was loaded';
COMMENT ON COLUMN bordercoop.article.parsed_at IS 'when the rows were last extracted';
COMMENT ON COLUMN bordercoop.article.tsv IS 'search vector of title and main text (text search configuration bordercoop.vietnamese)';

CREATE TABLE bordercoop.meeting (
	article_id bigint NOT NULL REFERENCES bordercoop.article ON DELETE CASCADE,
	meeting_no integer NOT NULL,
	kind text NOT NULL,
	mode text,
	ordinal integer,
	series text,
	location text,
	host_code text,
	occurred_on date,
	occurred_precision text,
	is_reference boolean NOT NULL DEFAULT false,
	cameo text,
	event_id bigint,
	start_offset integer,
	end_offset integer,
	PRIMARY KEY (article_id, meeting_no)
);
CREATE INDEX meeting_occurred_on_idx ON bordercoop.meeting (occurred_on);
COMMENT ON TABLE bordercoop.meeting IS 'meetings reported in an article, and background references to earlier ones';
COMMENT ON COLUMN bordercoop.meeting.article_id IS 'the article';
COMMENT ON COLUMN bordercoop.meeting.meeting_no IS 'number of the meeting within the article';
COMMENT ON COLUMN bordercoop.meeting.kind IS 'conference, talks, meeting, working_session, visit, seminar, ceremony, other';
COMMENT ON COLUMN bordercoop.meeting.mode IS 'online, in_person, hybrid; NULL when the text does not say';
COMMENT ON COLUMN bordercoop.meeting.ordinal IS 'edition of a recurring meeting ("lần thứ 11")';
COMMENT ON COLUMN bordercoop.meeting.series IS 'name of the recurring meeting';
COMMENT ON COLUMN bordercoop.meeting.location IS 'where it took place, as written';
COMMENT ON COLUMN bordercoop.meeting.host_code IS 'ISO code of the host party';
COMMENT ON COLUMN bordercoop.meeting.occurred_on IS 'date of the meeting (first day of the month or year when less precise)';
COMMENT ON COLUMN bordercoop.meeting.occurred_precision IS 'day, month or year';
COMMENT ON COLUMN bordercoop.meeting.is_reference IS 'true for an earlier meeting only mentioned in the article';
COMMENT ON COLUMN bordercoop.meeting.cameo IS 'CAMEO event code';
COMMENT ON COLUMN bordercoop.meeting.event_id IS 'the event (one real-world meeting across articles)';
COMMENT ON COLUMN bordercoop.meeting.start_offset IS 'character offset of the mention in article.main_text';
COMMENT ON COLUMN bordercoop.meeting.end_offset IS 'character offset of the end of the mention';

CREATE TABLE bordercoop.article_party (
	article_id bigint NOT NULL REFERENCES bordercoop.article ON DELETE CASCADE,
	party_code text NOT NULL,
	as_written text,
	side text,
	mentions integer NOT NULL DEFAULT 1,
	start_offset integer,
	end_offset integer,
	PRIMARY KEY (article_id, party_code)
);
COMMENT ON TABLE bordercoop.article_party IS 'parties named in an article';
COMMENT ON COLUMN bordercoop.article_party.article_id IS 'the article';
COMMENT ON COLUMN bordercoop.article_party.party_code IS 'ISO 3166 / 3166-2 code';
COMMENT ON COLUMN bordercoop.article_party.as_written IS 'the first spelling in the article';
COMMENT ON COLUMN bordercoop.article_party.side IS 'vietnam or counterpart';
COMMENT ON COLUMN bordercoop.article_party.mentions IS 'how often the article names it';
COMMENT ON COLUMN bordercoop.article_party.start_offset IS 'character offset of the first mention';
COMMENT ON COLUMN bordercoop.article_party.end_offset IS 'end of the first mention';

CREATE TABLE bordercoop.meeting_party (
	article_id bigint NOT NULL,
	meeting_no integer NOT NULL,
	party_code text NOT NULL,
	PRIMARY KEY (article_id, meeting_no, party_code),
	FOREIGN KEY (article_id, meeting_no) REFERENCES bordercoop.meeting ON DELETE CASCADE
);
COMMENT ON TABLE bordercoop.meeting_party IS 'the parties taking part in a meeting';
COMMENT ON COLUMN bordercoop.meeting_party.article_id IS 'the article';
COMMENT ON COLUMN bordercoop.meeting_party.meeting_no IS 'the meeting within the article';
COMMENT ON COLUMN bordercoop.meeting_party.party_code IS 'ISO code of the party';

CREATE TABLE bordercoop.meeting_field (
	article_id bigint NOT NULL,
	meeting_no integer NOT NULL,
	field text NOT NULL,
	PRIMARY KEY (article_id, meeting_no, field),
	FOREIGN KEY (article_id, meeting_no) REFERENCES bordercoop.meeting ON DELETE CASCADE
);
COMMENT ON TABLE bordercoop.meeting_field IS 'cooperation fields discussed at a meeting';
COMMENT ON COLUMN bordercoop.meeting_field.article_id IS 'the article';
COMMENT ON COLUMN bordercoop.meeting_field.meeting_no IS 'the meeting within the article';
COMMENT ON COLUMN bordercoop.meeting_field.field IS 'cooperation field (trade, security_crime, ...)';

CREATE TABLE bordercoop.person (
	article_id bigint NOT NULL REFERENCES bordercoop.article ON DELETE CASCADE,
	person_no integer NOT NULL,
	meeting_no integer,
	name text NOT NULL,
	honorific text,
	title text,
	party_code text,
	role text,
	start_offset integer,
	end_offset integer,
	PRIMARY KEY (article_id, person_no)
);
COMMENT ON TABLE bordercoop.person IS 'people named in an article, with their titles';
COMMENT ON COLUMN bordercoop.person.article_id IS 'the article';
COMMENT ON COLUMN bordercoop.person.person_no IS 'number of the person within the article';
COMMENT ON COLUMN bordercoop.person.meeting_no IS 'the meeting the person attended, when known';
COMMENT ON COLUMN bordercoop.person.name IS 'the name without honorific';
COMMENT ON COLUMN bordercoop.person.honorific IS 'đồng chí, ông, bà, Ngài, Samdech...';
COMMENT ON COLUMN bordercoop.person.title IS 'the title as written';
COMMENT ON COLUMN bordercoop.person.party_code IS 'ISO code of the unit the person represents';
COMMENT ON COLUMN bordercoop.person.role IS 'chair, co-chair, head, participant';
COMMENT ON COLUMN bordercoop.person.start_offset IS 'character offset of the first mention';
COMMENT ON COLUMN bordercoop.person.end_offset IS 'end of the first mention';

CREATE TABLE bordercoop.figure (
	article_id bigint NOT NULL REFERENCES bordercoop.article ON DELETE CASCADE,
	figure_no integer NOT NULL,
	meeting_no integer,
	metric text NOT NULL,
	value numeric NOT NULL,
	unit text,
	currency text,
	ratio_of numeric,
	qualifier text,
	period text,
	period_from date,
	period_to date,
	compared_with text,
	subject_code text,
	mention text NOT NULL,
	sentence text,
	start_offset integer,
	end_offset integer,
	uncertain boolean NOT NULL DEFAULT false,
	PRIMARY KEY (article_id, figure_no)
);
COMMENT ON TABLE bordercoop.figure IS 'quantitative facts of an article';
COMMENT ON COLUMN bordercoop.figure.article_id IS 'the article';
COMMENT ON COLUMN bordercoop.figure.figure_no IS 'number of the figure within the article';
COMMENT ON COLUMN bordercoop.figure.meeting_no IS 'the meeting the figure was reported at, when known';
COMMENT ON COLUMN bordercoop.figure.metric IS 'trade_total, export, import, investment, growth, count, ratio, money, percent';
COMMENT ON COLUMN bordercoop.figure.value IS 'the value in base units (436,23 triệu USD = 436230000)';
COMMENT ON COLUMN bordercoop.figure.unit IS 'unit: a currency code, %, or the counted noun';
COMMENT ON COLUMN bordercoop.figure.currency IS 'ISO 4217 currency code for money';
COMMENT ON COLUMN bordercoop.figure.ratio_of IS 'the whole of a ratio (23/28 -> 28)';
COMMENT ON COLUMN bordercoop.figure.qualifier IS 'khoảng, hơn, gần, trên, đạt... as written';
COMMENT ON COLUMN bordercoop.figure.period IS 'the period as written';
COMMENT ON COLUMN bordercoop.figure.period_from IS 'first day of the period, when it resolves';
COMMENT ON COLUMN bordercoop.figure.period_to IS 'last day of the period, when it resolves';
COMMENT ON COLUMN bordercoop.figure.compared_with IS 'what a growth figure compares with, as written';
COMMENT ON COLUMN bordercoop.figure.subject_code IS 'ISO code of the party the sentence is about';
COMMENT ON COLUMN bordercoop.figure.mention IS 'the figure as written';
COMMENT ON COLUMN bordercoop.figure.sentence IS 'the sentence that states it';
COMMENT ON COLUMN bordercoop.figure.start_offset IS 'character offset of the mention in article.main_text';
COMMENT ON COLUMN bordercoop.figure.end_offset IS 'end of the mention';
COMMENT ON COLUMN bordercoop.figure.uncertain IS 'true when the reading of a dot or comma was a guess';

CREATE TABLE bordercoop.agreement (
	article_id bigint NOT NULL REFERENCES bordercoop.article ON DELETE CASCADE,
	agreement_no integer NOT NULL,
	meeting_no integer,
	kind text NOT NULL,
	title text,
	period_from integer,
	period_to integer,
	start_offset integer,
	end_offset integer,
	PRIMARY KEY (article_id, agreement_no)
);
COMMENT ON TABLE bordercoop.agreement IS 'documents signed or adopted';
COMMENT ON COLUMN bordercoop.agreement.article_id IS 'the article';
COMMENT ON COLUMN bordercoop.agreement.agreement_no IS 'number of the agreement within the article';
COMMENT ON COLUMN bordercoop.agreement.meeting_no IS 'the meeting it was signed at, when known';
COMMENT ON COLUMN bordercoop.agreement.kind IS 'memorandum, minutes, joint_communique, action_plan, cooperation_agreement, other';
COMMENT ON COLUMN bordercoop.agreement.title IS 'the document as written';
COMMENT ON COLUMN bordercoop.agreement.period_from IS 'first year of the period it covers';
COMMENT ON COLUMN bordercoop.agreement.period_to IS 'last year of the period it covers';
COMMENT ON COLUMN bordercoop.agreement.start_offset IS 'character offset of the mention';
COMMENT ON COLUMN bordercoop.agreement.end_offset IS 'end of the mention';

-- pg_dump keeps the loaded data
SELECT pg_catalog.pg_extension_config_dump('bordercoop.article', '');
SELECT pg_catalog.pg_extension_config_dump('bordercoop.article_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('bordercoop.rejected', '');
SELECT pg_catalog.pg_extension_config_dump('bordercoop.rejected_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('bordercoop.meeting', '');
SELECT pg_catalog.pg_extension_config_dump('bordercoop.article_party', '');
SELECT pg_catalog.pg_extension_config_dump('bordercoop.meeting_party', '');
SELECT pg_catalog.pg_extension_config_dump('bordercoop.meeting_field', '');
SELECT pg_catalog.pg_extension_config_dump('bordercoop.person', '');
SELECT pg_catalog.pg_extension_config_dump('bordercoop.figure', '');
SELECT pg_catalog.pg_extension_config_dump('bordercoop.agreement', '');
