
-- ----------------------------------------------------------------
-- types: bordercoop.amount, a quantity with its unit
-- ----------------------------------------------------------------

CREATE TYPE bordercoop.amount;

CREATE FUNCTION bordercoop.amount_in(cstring)
RETURNS bordercoop.amount
AS 'MODULE_PATHNAME', 'bc_amount_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bordercoop.amount_in(cstring) IS
'input of amount: Vietnamese numerals with a unit (9 tỷ 140 triệu USD, 253.494.860,10 USD, 39,52%, 76 dự án)';

CREATE FUNCTION bordercoop.amount_out(bordercoop.amount)
RETURNS cstring
AS 'MODULE_PATHNAME', 'bc_amount_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bordercoop.amount_out(bordercoop.amount) IS
'output of amount: canonical value in base units, a space and the unit (436230000 USD); percent as 39.52%';

CREATE FUNCTION bordercoop.amount_recv(internal)
RETURNS bordercoop.amount
AS 'MODULE_PATHNAME', 'bc_amount_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bordercoop.amount_recv(internal) IS
'binary input of amount: canonical value text then unit text';

CREATE FUNCTION bordercoop.amount_send(bordercoop.amount)
RETURNS bytea
AS 'MODULE_PATHNAME', 'bc_amount_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bordercoop.amount_send(bordercoop.amount) IS
'binary output of amount: canonical value text then unit text';

CREATE TYPE bordercoop.amount (
	INPUT = bordercoop.amount_in,
	OUTPUT = bordercoop.amount_out,
	RECEIVE = bordercoop.amount_recv,
	SEND = bordercoop.amount_send,
	INTERNALLENGTH = VARIABLE,
	STORAGE = extended
);
COMMENT ON TYPE bordercoop.amount IS
'a quantity with its unit: exact value in base units and a currency code, %, a counted noun or nothing; input reads Vietnamese numerals (436,23 triệu USD), output is canonical (436230000 USD); ordered within one unit';

-- ----------------------------------------------------------------
-- functions
-- ----------------------------------------------------------------

CREATE FUNCTION bordercoop.amount_value(bordercoop.amount)
RETURNS numeric
AS 'MODULE_PATHNAME', 'bc_amount_value'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bordercoop.amount_value(bordercoop.amount) IS
'the value of an amount in base units, as numeric';

CREATE FUNCTION bordercoop.amount_unit(bordercoop.amount)
RETURNS text
AS 'MODULE_PATHNAME', 'bc_amount_unit'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bordercoop.amount_unit(bordercoop.amount) IS
'the unit of an amount: ISO 4217 code, %, a counted noun, or the empty string';

CREATE FUNCTION bordercoop.amount(numeric, text)
RETURNS bordercoop.amount
AS 'MODULE_PATHNAME', 'bc_amount_make'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bordercoop.amount(numeric, text) IS
'an amount from a value in base units and a unit taken as given (USD, %, dự án, or the empty string)';

CREATE FUNCTION bordercoop.amount_cmp(bordercoop.amount, bordercoop.amount)
RETURNS integer
AS 'MODULE_PATHNAME', 'bc_amount_cmp'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bordercoop.amount_cmp(bordercoop.amount, bordercoop.amount) IS
'btree comparison of two amounts in the same unit (-1, 0, 1); different units are an error';

CREATE FUNCTION bordercoop.amount_eq(bordercoop.amount, bordercoop.amount)
RETURNS boolean
AS 'MODULE_PATHNAME', 'bc_amount_eq'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bordercoop.amount_eq(bordercoop.amount, bordercoop.amount) IS
'implementation of = for amount';

CREATE FUNCTION bordercoop.amount_ne(bordercoop.amount, bordercoop.amount)
RETURNS boolean
AS 'MODULE_PATHNAME', 'bc_amount_ne'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bordercoop.amount_ne(bordercoop.amount, bordercoop.amount) IS
'implementation of <> for amount';

CREATE FUNCTION bordercoop.amount_lt(bordercoop.amount, bordercoop.amount)
RETURNS boolean
AS 'MODULE_PATHNAME', 'bc_amount_lt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bordercoop.amount_lt(bordercoop.amount, bordercoop.amount) IS
'implementation of < for amount';

CREATE FUNCTION bordercoop.amount_le(bordercoop.amount, bordercoop.amount)
RETURNS boolean
AS 'MODULE_PATHNAME', 'bc_amount_le'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bordercoop.amount_le(bordercoop.amount, bordercoop.amount) IS
'implementation of <= for amount';

CREATE FUNCTION bordercoop.amount_gt(bordercoop.amount, bordercoop.amount)
RETURNS boolean
AS 'MODULE_PATHNAME', 'bc_amount_gt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bordercoop.amount_gt(bordercoop.amount, bordercoop.amount) IS
'implementation of > for amount';

CREATE FUNCTION bordercoop.amount_ge(bordercoop.amount, bordercoop.amount)
RETURNS boolean
AS 'MODULE_PATHNAME', 'bc_amount_ge'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bordercoop.amount_ge(bordercoop.amount, bordercoop.amount) IS
'implementation of >= for amount';

-- ----------------------------------------------------------------
-- casts
-- ----------------------------------------------------------------

CREATE CAST (bordercoop.amount AS numeric)
	WITH FUNCTION bordercoop.amount_value(bordercoop.amount);
COMMENT ON CAST (bordercoop.amount AS numeric) IS
'the value of an amount in base units; the unit is dropped';

-- ----------------------------------------------------------------
-- operators and the btree operator class
-- ----------------------------------------------------------------

CREATE OPERATOR bordercoop.= (
	LEFTARG = bordercoop.amount, RIGHTARG = bordercoop.amount,
	FUNCTION = bordercoop.amount_eq,
	COMMUTATOR = OPERATOR(bordercoop.=), NEGATOR = OPERATOR(bordercoop.<>),
	RESTRICT = eqsel, JOIN = eqjoinsel, MERGES
);
COMMENT ON OPERATOR bordercoop.= (bordercoop.amount, bordercoop.amount) IS
'equal value, same unit';

CREATE OPERATOR bordercoop.<> (
	LEFTARG = bordercoop.amount, RIGHTARG = bordercoop.amount,
	FUNCTION = bordercoop.amount_ne,
	COMMUTATOR = OPERATOR(bordercoop.<>), NEGATOR = OPERATOR(bordercoop.=),
	RESTRICT = neqsel, JOIN = neqjoinsel
);
COMMENT ON OPERATOR bordercoop.<> (bordercoop.amount, bordercoop.amount) IS
'different value, same unit';

CREATE OPERATOR bordercoop.< (
	LEFTARG = bordercoop.amount, RIGHTARG = bordercoop.amount,
	FUNCTION = bordercoop.amount_lt,
	COMMUTATOR = OPERATOR(bordercoop.>), NEGATOR = OPERATOR(bordercoop.>=),
	RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
COMMENT ON OPERATOR bordercoop.< (bordercoop.amount, bordercoop.amount) IS
'less than, same unit';

CREATE OPERATOR bordercoop.<= (
	LEFTARG = bordercoop.amount, RIGHTARG = bordercoop.amount,
	FUNCTION = bordercoop.amount_le,
	COMMUTATOR = OPERATOR(bordercoop.>=), NEGATOR = OPERATOR(bordercoop.>),
	RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
COMMENT ON OPERATOR bordercoop.<= (bordercoop.amount, bordercoop.amount) IS
'less than or equal, same unit';

CREATE OPERATOR bordercoop.> (
	LEFTARG = bordercoop.amount, RIGHTARG = bordercoop.amount,
	FUNCTION = bordercoop.amount_gt,
	COMMUTATOR = OPERATOR(bordercoop.<), NEGATOR = OPERATOR(bordercoop.<=),
	RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
COMMENT ON OPERATOR bordercoop.> (bordercoop.amount, bordercoop.amount) IS
'greater than, same unit';

CREATE OPERATOR bordercoop.>= (
	LEFTARG = bordercoop.amount, RIGHTARG = bordercoop.amount,
	FUNCTION = bordercoop.amount_ge,
	COMMUTATOR = OPERATOR(bordercoop.<=), NEGATOR = OPERATOR(bordercoop.<),
	RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR bordercoop.>= (bordercoop.amount, bordercoop.amount) IS
'greater than or equal, same unit';

CREATE OPERATOR CLASS bordercoop.amount_ops
	DEFAULT FOR TYPE bordercoop.amount USING btree AS
		OPERATOR 1 bordercoop.< ,
		OPERATOR 2 bordercoop.<= ,
		OPERATOR 3 bordercoop.= ,
		OPERATOR 4 bordercoop.>= ,
		OPERATOR 5 bordercoop.> ,
		FUNCTION 1 bordercoop.amount_cmp(bordercoop.amount, bordercoop.amount);
COMMENT ON OPERATOR CLASS bordercoop.amount_ops USING btree IS
'btree order of amounts by value; valid for a column that holds one unit';
COMMENT ON OPERATOR FAMILY bordercoop.amount_ops USING btree IS
'btree operator family of amount; comparisons across units raise an error';
