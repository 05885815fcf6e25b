# Makefile for bordercoop (PGXS)

EXTENSION = bordercoop
EXTVERSION = $(shell sed -n "s/^default_version *= *'\([^']*\)'.*/\1/p" $(EXTENSION).control)
# The fragments in sql/install are the 0.1.0 install script; later versions
# are 0.1.0 plus the upgrade scripts sql/bordercoop--A--B.sql (PostgreSQL
# follows the chain for CREATE EXTENSION at default_version).
BASEVERSION = 0.1.0

MODULE_big = bordercoop

ICU_CFLAGS := $(shell pkg-config --cflags icu-uc icu-i18n)
ICU_LIBS := $(shell pkg-config --libs icu-uc icu-i18n)

# The pure C core (never includes postgres.h) and the PostgreSQL layer.
# Generated sources are named *_gen.c and listed in GEN_CORE_SRCS by the rules
# that make them.
CORE_SRCS = $(sort $(filter-out %_gen.c,$(wildcard src/core/*.c)))
GEN_CORE_SRCS =
PG_SRCS = $(sort $(wildcard src/pg/*.c))
# gazetteer generation rule: data/gazetteer/*.tsv -> C tables and SQL rows
# (the recipe is below, after PGXS, so that it does not become the default goal)
GAZ_DATA = $(wildcard data/gazetteer/*.tsv)
GAZ_GEN_C = src/core/bc_gazetteer_gen.c
GAZ_GEN_SQL = sql/install/31_gazetteer_gen.sql
GEN_CORE_SRCS += $(GAZ_GEN_C)
OBJS = $(patsubst %.c,%.o,$(CORE_SRCS) $(GEN_CORE_SRCS) $(PG_SRCS))
BC_DEP_HEADERS = $(wildcard src/core/*.h src/pg/*.h)

PG_CPPFLAGS = $(ICU_CFLAGS)
PG_CFLAGS = -Wextra -Wno-unused-parameter -Wno-sign-compare \
	-Wno-missing-field-initializers -Wno-cast-function-type
SHLIB_LINK = $(ICU_LIBS)

# The install script is assembled from the fragments in sql/install, in
# name order; generated fragments are named *_gen.sql and listed in GEN_SQL.
GEN_SQL = $(GAZ_GEN_SQL)
INSTALL_PARTS = $(sort $(filter-out %_gen.sql,$(wildcard sql/install/*.sql)) $(GEN_SQL))
DATA_built = sql/$(EXTENSION)--$(BASEVERSION).sql
DATA = $(wildcard sql/$(EXTENSION)--*--*.sql)
# text search lexicon (compounds, stop words, place aliases), built below
TS_LEXICON = build/tsearch/bordercoop_vietnamese.lex
TS_LEXICON_SRCS = data/lexicon/compounds.txt data/lexicon/stopwords.txt \
	data/lexicon/places.tsv data/gazetteer/units.tsv data/gazetteer/aliases.tsv
DATA_TSEARCH = $(TS_LEXICON)
SCRIPTS = bin/bordercoop-load

# pg_regress: every sql/*.sql but the install scripts; outputs in expected/
REGRESS = $(sort $(filter-out $(EXTENSION)--%,$(patsubst sql/%.sql,%,$(wildcard sql/*.sql))))
REGRESS_OPTS = --inputdir=. --load-extension=bordercoop
USE_MODULE_DB = 1
# isolation tests: every specs/*.spec (concurrent loading); outputs in expected/
ISOLATION = $(sort $(patsubst specs/%.spec,%,$(wildcard specs/*.spec)))
ISOLATION_OPTS = --inputdir=. --load-extension=bordercoop

EXTRA_CLEAN = build results output_iso regression.diffs regression.out \
	sql/$(EXTENSION)--$(BASEVERSION).sql

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

$(OBJS): $(BC_DEP_HEADERS)

all: $(TS_LEXICON)

$(TS_LEXICON): $(TS_LEXICON_SRCS) scripts/gen_lexicon.sh
	@mkdir -p $(dir $@)
	sh scripts/gen_lexicon.sh $@ $(TS_LEXICON_SRCS)

sql/$(EXTENSION)--$(BASEVERSION).sql: $(INSTALL_PARTS) $(EXTENSION).control
	cat $(INSTALL_PARTS) > $@

# the gazetteer tables, generated from data/gazetteer (perl 5 core only)
$(GAZ_GEN_C) $(GAZ_GEN_SQL) &: tools/gen_gazetteer.pl $(GAZ_DATA)
	perl tools/gen_gazetteer.pl data/gazetteer $(GAZ_GEN_C) $(GAZ_GEN_SQL)
EXTRA_CLEAN += $(GAZ_GEN_C) $(GAZ_GEN_SQL)

# ---------------------------------------------------------------- unit tests
# The core's C unit tests: one binary, tests self-register (test/unit/bc_test.h).
UNIT_CFLAGS = -std=gnu11 -O1 -g -Wall -Wextra -Wno-unused-parameter \
	-Isrc/core -Itest/unit $(ICU_CFLAGS) $(UNIT_EXTRA_CFLAGS)
UNIT_SRCS = $(CORE_SRCS) $(GEN_CORE_SRCS) $(sort $(wildcard test/unit/*.c))
UNIT_OBJS = $(patsubst %.c,build/unit/%.o,$(UNIT_SRCS))

build/unit/%.o: %.c $(BC_DEP_HEADERS) $(wildcard test/unit/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(UNIT_CFLAGS) -c $< -o $@

build/unit_tests: $(UNIT_OBJS)
	$(CC) $(UNIT_CFLAGS) -o $@ $(UNIT_OBJS) $(ICU_LIBS)

.PHONY: unit prove test demo bench fuzz tap valgrind
unit: build/unit_tests
	build/unit_tests

# pgTAP tests through pg_prove (needs a running server: PGHOST/PGPORT)
prove:
	pg_prove --ext .sql -d $${PGDATABASE:-postgres} test/pgtap/

# the README's two commands
test:
	sh scripts/test.sh

demo:
	sh scripts/demo.sh

bench:
	sh scripts/bench.sh

fuzz:
	sh scripts/fuzz.sh

# TAP tests on PostgreSQL::Test::Cluster (mutation, crash safety, dump/restore)
tap:
	sh scripts/tap.sh

# the regression suite against a server run under valgrind memcheck
valgrind:
	sh scripts/valgrind.sh
