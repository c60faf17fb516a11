# 9cc: `make` builds ./9cc with the system's C compiler (stage 1);
# `make test` runs the tests; `make selfhost` bootstraps 9cc with itself.
# See README.md.

CFLAGS = -std=c11 -g -O2 -Wall -Wextra -fno-common
SRCS = util.c tokenize.c preprocess.c scope.c decl.c init.c stmt.c expr.c ops.c eval.c complex.c vector.c builtin.c fortify.c parse.c type.c codegen.c int128.c atomic_lock.c asm.c dwarf.c dump.c explain.c main.c
OBJS = $(SRCS:.c=.o)
HEADERS = $(wildcard include/*.h)

# 9cc-cc is 9cc as a cc: `9cc-cc f.c` makes a.out (see README.md).
9cc: $(OBJS)
	$(CC) $(CFLAGS) -o $@ $^ $(LDFLAGS)
	ln -sf 9cc 9cc-cc

$(OBJS): 9cc.h parse.h codegen.h

test: 9cc
	@./test/run.sh ./9cc

# The same with -O0: the plain stack machine, without the code generator's
# improvements, must pass everything too.
test-O0: 9cc
	@./test/run.sh "./9cc -O0"

# The same with the compiler's input cut as fine as it can be: the main
# file read a line at a time, and the parser given one top-level
# declaration at a time (preprocess_stream()).  A cut in the wrong place
# would end the parser's input inside a declaration.
test-stream: 9cc
	@CC9_CHUNK_LINES=1 CC9_CHUNK_TOKENS=1 ./test/run.sh ./9cc

# The bootstrap.  Stage 2 is 9cc compiled by stage 1 (./9cc), stage 3 is
# 9cc compiled by stage 2; each stage sits in build/stageN/ with a copy of
# include/ beside it, where it finds its headers.  Stages 2 and 3 must
# produce byte-identical assembly and binaries (the fixed point).
build/stage2/9cc: 9cc $(SRCS) 9cc.h $(HEADERS)
	@./test/bootstrap.sh ./9cc build/stage2

build/stage3/9cc: build/stage2/9cc
	@./test/bootstrap.sh build/stage2/9cc build/stage3

selfhost: build/stage3/9cc
	@for f in $(SRCS:.c=.s); do \
	  cmp build/stage2/$$f build/stage3/$$f || { echo "selfhost: stage 2 and stage 3 differ in $$f"; exit 1; }; \
	done
	@cmp build/stage2/9cc build/stage3/9cc || { echo "selfhost: stage 2 and stage 3 binaries differ"; exit 1; }
	@echo "selfhost: stage 2 and stage 3 are identical"
	@./test/nogcc.sh
	@$(MAKE) -s test-stage2

test-stage2: build/stage2/9cc
	@./test/run.sh build/stage2/9cc

# The same assertion programs built by gcc: the tests check C, not 9cc's
# idea of C.
test-gcc:
	@./test/run.sh "gcc -std=gnu17"
	@./test/options.sh gcc

# C23's _BitInt, which gcc 12 lacks, checked against clang 14: test/bitint.c
# built by clang (its expected values are clang's too), and 9cc's build
# calling the real _BitInt side of the ABI tests, built by clang.
test-clang: 9cc
	@PEER_CC="clang -std=c2x" ./test/run.sh clang bitint
	@PEER_CC="clang -std=c2x" ./test/run.sh ./9cc bitint

# Type checks against gcc: ~9,700 small programs, each compiled by gcc and
# 9cc, which must both accept it or both reject it (test/typecheck.py).
test-typecheck: 9cc
	@python3 test/typecheck.py ./9cc

# No file calls a function of a later stage (test/layers.sh).
check-layers:
	@./test/layers.sh

test-errors: 9cc
	@./test/errors.sh ./9cc

test-driver: 9cc
	@./test/driver.sh ./9cc
	@./test/pp.sh ./9cc
	@./test/options.sh ./9cc-cc

# The page of --explain: its structure for the programs in test/explain/,
# then clicks in headless Chromium (Debian's chromium package).
test-explain: 9cc
	@./test/explain.sh ./9cc

# gdb on a program 9cc built with -g: what gcc's build shows.
test-debug: 9cc
	@./test/debug.sh ./9cc

# zlib from Debian's gcc-12-source, built by 9cc (needs that package).
test-zlib: 9cc
	@./test/zlib.sh ./9cc

# GCC's execute torture suite (needs gcc-12-source).
torture: 9cc
	@./test/torture.sh ./9cc

torture-O0: 9cc
	@CC9_FLAGS=-O0 ./test/torture.sh ./9cc

# The compiler under valgrind: stage 1 and stage 2 over every test and
# source (slow); valgrind-quick is the part CI runs.
valgrind: 9cc build/stage2/9cc
	@./test/valgrind.sh ./9cc
	@./test/valgrind.sh build/stage2/9cc

valgrind-quick: 9cc build/stage2/9cc
	@./test/valgrind.sh ./9cc quick
	@./test/valgrind.sh build/stage2/9cc quick

# 9cc built with AddressSanitizer and UBSan, over the tests and its sources.
asan:
	@./test/asan.sh

# Debian's hardening flags (dpkg-buildflags) through 9cc-cc and gcc: PIE,
# RELRO, canaries, _FORTIFY_SOURCE's checked calls, -fcf-protection.
test-harden: 9cc
	@./test/harden.sh ./9cc

# Static and shared libraries, both ways between 9cc and gcc.
test-libs: 9cc
	@./test/libs.sh ./9cc

# The documentation: examples/ run and print what they should, the golden
# dumps, docs/ARCHITECTURE.md's dumps up to date, 9cc.1 renders.
# `make docs-update` rewrites the dumps in docs/ARCHITECTURE.md.
test-docs: 9cc
	@./test/docs.sh ./9cc

docs-update: 9cc
	@./test/docs.sh --update-docs ./9cc

# make install PREFIX=/usr/local DESTDIR=...: bin/9cc, its headers in
# lib/9cc/include (where an installed 9cc looks for them) and the man page.
PREFIX = /usr/local
BINDIR = $(PREFIX)/bin
INCDIR = $(PREFIX)/lib/9cc/include
MANDIR = $(PREFIX)/share/man/man1

install: 9cc
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(INCDIR) $(DESTDIR)$(MANDIR)
	install -m 755 9cc $(DESTDIR)$(BINDIR)/9cc
	ln -sf 9cc $(DESTDIR)$(BINDIR)/9cc-cc
	install -m 644 $(HEADERS) $(DESTDIR)$(INCDIR)
	install -m 644 9cc.1 $(DESTDIR)$(MANDIR)/9cc.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/9cc $(DESTDIR)$(BINDIR)/9cc-cc $(DESTDIR)$(MANDIR)/9cc.1
	rm -f $(addprefix $(DESTDIR)$(INCDIR)/,$(notdir $(HEADERS)))
	rmdir $(DESTDIR)$(INCDIR) $(DESTDIR)$(PREFIX)/lib/9cc 2>/dev/null || true

# Installs into a temporary DESTDIR, uses the installed 9cc, uninstalls.
test-install: 9cc
	@./test/install.sh

# autoconf/automake/libtool, CMake and pkg-config with CC=9cc-cc.
test-buildsys: 9cc
	@./test/buildsys.sh ./9cc

# A multi-file Makefile project built with make -j2 CC=9cc (and ccache).
test-project: 9cc
	@./test/project.sh ./9cc

.PHONY: test-docs docs-update install uninstall test-install test-project test-buildsys real real-ci

# AFL++ on an instrumented 9cc for FUZZ_TIME seconds (not part of CI).
FUZZ_TIME = 600
fuzz: 9cc
	@./test/fuzz.sh $(FUZZ_TIME)

# csmith differential testing against gcc -O0 (Debian's csmith and
# libcsmith-dev); CI runs seeds 1-100, longer runs take SEEDS=1-2000.
SEEDS = 1-100
csmith: 9cc
	@./test/csmith.sh ./9cc $(SEEDS)

csmith-O0: 9cc
	@CC9_FLAGS=-O0 ./test/csmith.sh ./9cc $(SEEDS)

# The same with float and double variables and arithmetic (csmith --float),
# which exercises the xmm register variables and float conversions.
FLOAT_SEEDS = 1-60
csmith-float: 9cc
	@CSMITH_OPTS=--float ./test/csmith.sh ./9cc $(FLOAT_SEEDS)

# Real-world projects (Debian source packages fetched at run time, built
# and tested with 9cc and with gcc) and docs/REAL-WORLD.md's table: hours,
# not part of check.  real-ci, the quick ones (a few minutes), is.
real: 9cc
	@./test/real.sh

real-ci: 9cc
	@./test/real.sh --ci

# Everything CI runs.
check: check-layers test test-O0 test-stream test-gcc test-clang test-typecheck test-errors test-driver test-libs test-harden selfhost test-zlib torture torture-O0 csmith csmith-O0 csmith-float asan valgrind-quick test-docs test-debug test-explain test-install test-project test-buildsys real-ci

clean:
	rm -rf 9cc 9cc-cc *.o build

.PHONY: test-stream test-debug test-explain check-layers test-gcc test-clang test-typecheck bench scale csmith csmith-O0 csmith-float torture-O0 test-O0 asan test-libs test-harden fuzz valgrind valgrind-quick test check selfhost test-stage2 test-errors test-driver test-zlib torture clean
# Speed and memory of generated code and of compilation, against gcc and
# tcc in the same run (tcc from Debian's package); bench/*.c and the real
# programs of bench/real.sh (Lua, SQLite, zlib, bzip2, fetched at run
# time).  `make bench PROGS="lua sqlite"` runs only those.
bench: 9cc
	@./bench/run.sh ./9cc $(PROGS)

# Near-linear cost for every construct (bench/scaling.sh): a table of
# time and memory at sizes N and 8N; fails only if a shape fails to compile.
scale: 9cc
	@./bench/scaling.sh ./9cc
