-- test/pgtap/bi_views.sql: every view of the extension (the contract views
-- and the event/BI views) carries a COMMENT on the view and on each column
-- and uses standard SQL column types only; the event objects are in place.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS bordercoop;
SELECT plan(44);

-- the views BI tools read
SELECT has_view('bordercoop', v, 'view ' || v || ' exists')
FROM unnest(ARRAY['v_articles', 'v_meetings', 'v_meeting_parties', 'v_people',
				  'v_figures', 'v_agreements', 'v_events', 'v_meeting_fields',
				  'v_party_pairs', 'v_timeline']) AS v;

-- comments and standard types, over every view of the schema
SELECT is_empty($$
	SELECT c.relname::text
	FROM pg_catalog.pg_class AS c
		 JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
	WHERE n.nspname = 'bordercoop' AND c.relkind = 'v'
	  AND pg_catalog.obj_description(c.oid, 'pg_class') IS NULL
$$, 'every view has a comment');

SELECT is_empty($$
	SELECT c.relname || '.' || a.attname
	FROM pg_catalog.pg_class AS c
		 JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
		 JOIN pg_catalog.pg_attribute AS a ON a.attrelid = c.oid
	WHERE n.nspname = 'bordercoop' AND c.relkind = 'v'
	  AND a.attnum > 0 AND NOT a.attisdropped
	  AND pg_catalog.col_description(c.oid, a.attnum) IS NULL
$$, 'every view column has a comment');

SELECT is_empty($$
	SELECT c.relname || '.' || a.attname || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod)
	FROM pg_catalog.pg_class AS c
		 JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
		 JOIN pg_catalog.pg_attribute AS a ON a.attrelid = c.oid
	WHERE n.nspname = 'bordercoop' AND c.relkind = 'v'
	  AND a.attnum > 0 AND NOT a.attisdropped
	  AND a.atttypid NOT IN ('text'::regtype, 'date'::regtype, 'integer'::regtype,
							 'bigint'::regtype, 'numeric'::regtype, 'boolean'::regtype,
							 'timestamp with time zone'::regtype)
$$, 'every view column has a standard SQL type');

SELECT cmp_ok((SELECT count(*)::integer
			   FROM pg_catalog.pg_class AS c
					JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
			   WHERE n.nspname = 'bordercoop' AND c.relkind = 'v'), '>=', 10,
			  'the checks above saw at least the ten views');

-- v_meetings exposes the event and the CAMEO code
SELECT col_type_is('bordercoop', 'v_meetings', 'event_id', 'bigint', 'v_meetings.event_id is bigint');
SELECT col_type_is('bordercoop', 'v_meetings', 'cameo', 'text', 'v_meetings.cameo is text');

-- v_events
SELECT col_type_is('bordercoop', 'v_events', 'event_id', 'bigint', 'v_events.event_id is bigint');
SELECT col_type_is('bordercoop', 'v_events', 'occurred_on', 'date', 'v_events.occurred_on is date');
SELECT col_type_is('bordercoop', 'v_events', 'kind', 'text', 'v_events.kind is text');
SELECT col_type_is('bordercoop', 'v_events', 'ordinal', 'integer', 'v_events.ordinal is integer');
SELECT col_type_is('bordercoop', 'v_events', 'series', 'text', 'v_events.series is text');
SELECT col_type_is('bordercoop', 'v_events', 'cameo', 'text', 'v_events.cameo is text');
SELECT col_type_is('bordercoop', 'v_events', 'articles', 'integer', 'v_events.articles is integer');
SELECT col_type_is('bordercoop', 'v_events', 'parties', 'text', 'v_events.parties is text');

-- v_party_pairs
SELECT col_type_is('bordercoop', 'v_party_pairs', 'vn_iso', 'text', 'v_party_pairs.vn_iso is text');
SELECT col_type_is('bordercoop', 'v_party_pairs', 'counterpart_iso', 'text', 'v_party_pairs.counterpart_iso is text');
SELECT col_type_is('bordercoop', 'v_party_pairs', 'meetings', 'integer', 'v_party_pairs.meetings is integer');
SELECT col_type_is('bordercoop', 'v_party_pairs', 'first_met_on', 'date', 'v_party_pairs.first_met_on is date');
SELECT col_type_is('bordercoop', 'v_party_pairs', 'last_met_on', 'date', 'v_party_pairs.last_met_on is date');
SELECT col_type_is('bordercoop', 'v_party_pairs', 'agreements', 'integer', 'v_party_pairs.agreements is integer');
SELECT col_type_is('bordercoop', 'v_party_pairs', 'latest_trade_value', 'numeric', 'v_party_pairs.latest_trade_value is numeric');

-- v_timeline
SELECT col_type_is('bordercoop', 'v_timeline', 'month', 'date', 'v_timeline.month is date');
SELECT col_type_is('bordercoop', 'v_timeline', 'country_code', 'text', 'v_timeline.country_code is text');
SELECT col_type_is('bordercoop', 'v_timeline', 'meetings', 'integer', 'v_timeline.meetings is integer');

-- v_meeting_fields
SELECT col_type_is('bordercoop', 'v_meeting_fields', 'meeting_id', 'bigint', 'v_meeting_fields.meeting_id is bigint');
SELECT col_type_is('bordercoop', 'v_meeting_fields', 'field', 'text', 'v_meeting_fields.field is text');

-- the field taxonomy
SELECT results_eq(
	$$ SELECT field FROM bordercoop.coop_field ORDER BY field $$,
	$$ VALUES ('agriculture'), ('border_demarcation'), ('border_gates'),
			  ('culture_society'), ('education'), ('energy'), ('environment'),
			  ('finance'), ('health'), ('investment'), ('justice'), ('labour'),
			  ('remains_repatriation'), ('security_crime'), ('tourism'), ('trade'),
			  ('transport_infrastructure') $$,
	'the seventeen cooperation fields');

-- events: table, key, link from meeting, linking function
SELECT has_table('bordercoop', 'event', 'table event exists');
SELECT col_is_pk('bordercoop', 'event', 'event_id', 'event_id is the key of event');
SELECT fk_ok('bordercoop', 'meeting', 'event_id', 'bordercoop', 'event', 'event_id');
SELECT function_returns('bordercoop', '_link_events', ARRAY['bigint[]'], 'void',
						'_link_events(bigint[]) returns void');
SELECT volatility_is('bordercoop', '_link_events', ARRAY['bigint[]'], 'volatile',
					 '_link_events is volatile');
SELECT volatility_is('bordercoop', '_parties_overlap',
					 ARRAY['bigint', 'integer', 'bigint', 'integer'], 'stable',
					 '_parties_overlap is stable');
SELECT ok((SELECT p.proparallel = 's' FROM pg_catalog.pg_proc AS p
		   WHERE p.oid = 'bordercoop._parties_overlap(bigint, integer, bigint, integer)'::regprocedure),
		  '_parties_overlap is parallel safe');

SELECT * FROM finish();
ROLLBACK;
