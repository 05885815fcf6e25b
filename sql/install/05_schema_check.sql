
-- ----------------------------------------------------------------
-- the schema: CREATE EXTENSION makes "bordercoop" when it is missing; one
-- that exists already is used as it is, so refuse one that someone else
-- owns or may create objects in (they could have planted functions or
-- operators that the extension's objects would then find).
-- ----------------------------------------------------------------
DO $$
DECLARE
	v_owner pg_catalog.name;
	v_other pg_catalog.text;
BEGIN
	SELECT pg_catalog.pg_get_userbyid(n.nspowner) INTO v_owner
	FROM pg_catalog.pg_namespace AS n
	WHERE n.nspname OPERATOR(pg_catalog.=) 'bordercoop';
	IF v_owner OPERATOR(pg_catalog.<>) CURRENT_USER
	   AND NOT (SELECT r.rolsuper FROM pg_catalog.pg_roles AS r
				WHERE r.rolname OPERATOR(pg_catalog.=) v_owner) THEN
		RAISE EXCEPTION USING
			ERRCODE = 'insufficient_privilege',
			MESSAGE = pg_catalog.format('schema "bordercoop" is owned by role %I', v_owner),
			DETAIL = 'The extension installs into its own schema, which must belong to the installing role or a superuser.',
			HINT = 'Drop or rename the existing schema "bordercoop" first.';
	END IF;
	SELECT pg_catalog.string_agg(pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(a.grantee)), ', ')
	INTO v_other
	FROM pg_catalog.pg_namespace AS n,
		 pg_catalog.aclexplode(n.nspacl) AS a
	WHERE n.nspname OPERATOR(pg_catalog.=) 'bordercoop'
	  AND a.privilege_type OPERATOR(pg_catalog.=) 'CREATE'
	  AND a.grantee OPERATOR(pg_catalog.<>) n.nspowner;
	IF v_other IS NOT NULL THEN
		RAISE EXCEPTION USING
			ERRCODE = 'insufficient_privilege',
			MESSAGE = 'other roles may create objects in schema "bordercoop"',
			DETAIL = pg_catalog.format('CREATE on the schema is granted to %s.', v_other),
			HINT = 'Revoke CREATE on schema "bordercoop" from every role but its owner first.';
	END IF;
END
$$;
