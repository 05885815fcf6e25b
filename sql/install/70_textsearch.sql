-- ----------------------------------------------------------------
-- text search: the Vietnamese parser, dictionary and configuration
-- ----------------------------------------------------------------
-- The parser and the dictionary share one lexicon per backend, read on first
-- use from tsearch_data/bordercoop_vietnamese.lex (and bordercoop_user.lex
-- when present): compound words, stop words and place aliases.  The internal
-- functions are STABLE, not IMMUTABLE: their results follow those files.

CREATE FUNCTION bordercoop._vn_prsstart(internal, integer) RETURNS internal
	AS 'MODULE_PATHNAME', 'bc_vn_prsstart'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bordercoop._vn_prsstart(internal, integer) IS 'internal: Vietnamese text search parser, start';

CREATE FUNCTION bordercoop._vn_prsgettoken(internal, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'bc_vn_prsgettoken'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bordercoop._vn_prsgettoken(internal, internal, internal) IS 'internal: Vietnamese text search parser, next token';

CREATE FUNCTION bordercoop._vn_prsend(internal) RETURNS void
	AS 'MODULE_PATHNAME', 'bc_vn_prsend'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bordercoop._vn_prsend(internal) IS 'internal: Vietnamese text search parser, end';

CREATE FUNCTION bordercoop._vn_prslextype(internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'bc_vn_prslextype'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bordercoop._vn_prslextype(internal) IS 'internal: Vietnamese text search parser, token types';

CREATE TEXT SEARCH PARSER bordercoop.vietnamese_parser (
	START = bordercoop._vn_prsstart,
	GETTOKEN = bordercoop._vn_prsgettoken,
	END = bordercoop._vn_prsend,
	LEXTYPES = bordercoop._vn_prslextype,
	HEADLINE = pg_catalog.prsd_headline
);
COMMENT ON TEXT SEARCH PARSER bordercoop.vietnamese_parser IS 'Vietnamese: syllables, compound words from the lexicon (longest match), Vietnamese-format numbers, URLs, e-mail';

CREATE FUNCTION bordercoop._vn_dict_init(internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'bc_vn_dict_init'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bordercoop._vn_dict_init(internal) IS 'internal: Vietnamese dictionary, options';

CREATE FUNCTION bordercoop._vn_dict_lexize(internal, internal, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'bc_vn_dict_lexize'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bordercoop._vn_dict_lexize(internal, internal, internal, internal) IS 'internal: Vietnamese dictionary, lexemes of a token';

CREATE TEXT SEARCH TEMPLATE bordercoop.vietnamese_template (
	INIT = bordercoop._vn_dict_init,
	LEXIZE = bordercoop._vn_dict_lexize
);
COMMENT ON TEXT SEARCH TEMPLATE bordercoop.vietnamese_template IS 'Vietnamese words: NFC, case folding, tone placement, i/y variants, stop words, ASCII folds, place aliases; options Fold, StopWords, Places (booleans, default true)';

CREATE TEXT SEARCH DICTIONARY bordercoop.vietnamese_dict (
	TEMPLATE = bordercoop.vietnamese_template
);
COMMENT ON TEXT SEARCH DICTIONARY bordercoop.vietnamese_dict IS 'Vietnamese words with their ASCII folds, stop words dropped, place aliases mapped to ISO codes';

CREATE TEXT SEARCH CONFIGURATION bordercoop.vietnamese (
	PARSER = bordercoop.vietnamese_parser
);
-- blank (spaces and punctuation) has no mapping: it is never indexed
ALTER TEXT SEARCH CONFIGURATION bordercoop.vietnamese
	ADD MAPPING FOR word, compound, numword WITH bordercoop.vietnamese_dict;
ALTER TEXT SEARCH CONFIGURATION bordercoop.vietnamese
	ADD MAPPING FOR number, url, email WITH pg_catalog.simple;
COMMENT ON TEXT SEARCH CONFIGURATION bordercoop.vietnamese IS 'Vietnamese news text: compound words, tone-mark and Unicode normalisation, search without diacritics, stop words, place aliases';

-- STABLE, not IMMUTABLE: the vector depends on the lexicon files, which an
-- administrator may extend (after which the stored vectors are recomputed,
-- see doc/textsearch.md).  The stored column is filled by the loading
-- trigger, so no index expression needs immutability.
CREATE FUNCTION bordercoop._tsv(title text, main_text text) RETURNS tsvector
	LANGUAGE sql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN pg_catalog.to_tsvector('bordercoop.vietnamese'::pg_catalog.regconfig,
								  coalesce(title, '') || ' ' || coalesce(main_text, ''));
COMMENT ON FUNCTION bordercoop._tsv(text, text) IS 'internal: the search vector of an article (title and main text)';

CREATE INDEX article_tsv_idx ON bordercoop.article USING gin (tsv);
COMMENT ON INDEX bordercoop.article_tsv_idx IS 'full-text search over articles (bordercoop.vietnamese)';

-- Plain words go through plainto_tsquery, which keeps compound words whole
-- ("biên giới" is one word, not "biên" and "giới" anywhere); a query that
-- uses web search syntax (a quoted phrase, -word, or) goes through
-- websearch_to_tsquery.
CREATE FUNCTION bordercoop.search_query(query text) RETURNS tsquery
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN CASE
		WHEN query ~ '"|(^|\s)-\S|(^|\s)(or|OR)(\s|$)'
		THEN pg_catalog.websearch_to_tsquery('bordercoop.vietnamese'::pg_catalog.regconfig, query)
		ELSE pg_catalog.plainto_tsquery('bordercoop.vietnamese'::pg_catalog.regconfig, query)
	END;
COMMENT ON FUNCTION bordercoop.search_query(text) IS 'the tsquery for a search typed by a user: plain words, or web search syntax ("phrase", -word, or)';

CREATE FUNCTION bordercoop.search(query text, max_rows integer DEFAULT 20)
	RETURNS TABLE (article_id bigint, source text, title text, rank real, headline text)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT h.article_id, h.source, h.title, h.rank,
		   ts_headline('bordercoop.vietnamese'::regconfig, h.main_text,
					   plainto_tsquery('bordercoop.vietnamese'::regconfig,
									   regexp_replace(query, '"|(^|\s)-\S+|(^|\s)(or|OR)(?=\s|$)', ' ', 'g')),
					   'MaxFragments=2, MaxWords=30, MinWords=12')
	  FROM (SELECT a.article_id, a.source, a.title, a.main_text,
				   ts_rank(a.tsv, bordercoop.search_query(query)) AS rank
			  FROM bordercoop.article a
			 WHERE a.tsv @@ bordercoop.search_query(query)
			 ORDER BY rank DESC, a.article_id
			 LIMIT greatest(max_rows, 0)) h
	 ORDER BY h.rank DESC, h.article_id
$$;
-- (The headline highlights the query's words without its operators:
-- ts_headline knows one position per token, so a phrase inside one compound
-- token would not be found there.)
COMMENT ON FUNCTION bordercoop.search(text, integer) IS 'articles matching a search, best first, with a headline; works with or without diacritics';

CREATE FUNCTION bordercoop.lexicon_info(OUT entries integer, OUT bytes bigint)
	AS 'MODULE_PATHNAME', 'bc_vn_lexicon_info'
	LANGUAGE C VOLATILE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bordercoop.lexicon_info() IS 'the text search lexicon of this backend: entries, and bytes of memory it holds (loads it when needed)';
