#!/bin/bash
# 9cc as the C compiler of an ordinary multi-file Makefile project.
#   test/project.sh [COMPILER]     # default ./9cc
# Writes a small project into a temporary directory: four .c files, two
# headers, and a Makefile that compiles with $(CC) $(CFLAGS) -MMD -MP and
# -includes the .d files.  Then:
#   1. `make -j2 CC=/abs/path/9cc` builds it, the program prints what it
#      should, and a second make has nothing to do;
#   2. touching the shared header rebuilds exactly the objects that include
#      it (and relinks), and changing a macro in it changes the program;
#   3. deleting a header that a file stopped including does not break the
#      build (the -MP phony targets);
#   4. with ccache (installed with apt-get if it is missing and we are root;
#      otherwise a SKIP line), `CC="ccache /abs/path/9cc"` builds it, and a
#      clean rebuild is served from the cache: the hit count rises by one per
#      object and the program still works; and with CCACHE_NOCPP2=1, where
#      ccache preprocesses and 9cc compiles the .i file, the program works
#      and its -g line information still names the .c file.  ccache keeps
#      its cache in the temporary directory.
# Expected outputs come from the program's arithmetic, not from 9cc.
# Prints PASS/FAIL per check and "N passed, N failed" last; exits 1 if any
# check failed.

. "$(dirname "$0")/lib.sh"
check_quoted=1

cc9=${1:-./9cc}
case $cc9 in
  /*) ;;
  */*) cc9=$(cd "$(dirname "$cc9")" && pwd)/$(basename "$cc9") ;;
  *) cc9=$(command -v "$cc9") ;;
esac

# The makes run here are independent of any make that runs this script
# (`make -s check` must not silence them, nor pass its variables on).
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES

tmp=$(mktemp -d "${TMPDIR:-/tmp}/9cc-project.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
proj=$tmp/proj
mkdir -p $proj
cd $proj || exit 2

# ---------------------------------------------------------------------------
# The project
# ---------------------------------------------------------------------------

cat > shapes.h <<'EOF'
#ifndef SHAPES_H
#define SHAPES_H

#define SCALE 2

typedef struct {
  const char *name;
  long width, height;
} Rect;

long area(const Rect *r);
long perimeter(const Rect *r);

#endif
EOF

cat > util.h <<'EOF'
#include <stddef.h>
size_t count_chars(const char *s, char c);
EOF

cat > area.c <<'EOF'
#include "shapes.h"

long area(const Rect *r) { return r->width * r->height * SCALE; }
EOF

cat > perimeter.c <<'EOF'
#include "shapes.h"

long perimeter(const Rect *r) { return 2 * (r->width + r->height) * SCALE; }
EOF

cat > util.c <<'EOF'
#include "util.h"
#include "extra.h"

size_t count_chars(const char *s, char c) {
  size_t n = 0;
  for (; *s; s++)
    n += *s == c;
  return n + EXTRA;
}
EOF

cat > extra.h <<'EOF'
#define EXTRA 0
EOF

cat > main.c <<'EOF'
#include <stdio.h>
#include "shapes.h"
#include "util.h"

int main(void) {
  Rect rects[] = {{"door", 2, 3}, {"banana", 4, 5}};
  printf("scale %d\n", SCALE);
  for (int i = 0; i < 2; i++)
    printf("%s %ld %ld %zu\n", rects[i].name, area(&rects[i]), perimeter(&rects[i]),
           count_chars(rects[i].name, 'a'));
  return 0;
}
EOF

cat > Makefile <<'EOF'
CFLAGS = -std=c11 -O2 -Wall -g
OBJS = main.o area.o perimeter.o util.o

prog: $(OBJS)
	$(CC) -o $@ $(OBJS)

%.o: %.c
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

clean:
	rm -f prog *.o *.d

-include $(OBJS:.o=.d)
EOF

# With SCALE 2: "scale 2", then door 2x3 -> area 12, perimeter 20, 0 a's;
# banana 4x5 -> area 40, perimeter 36, 3 a's.
expected="scale 2
door 12 20 0
banana 40 36 3"

# build DESC [MAKE ARGS...]: runs make -j2 with CC=9cc (or the CC given).
build() {
  local desc=$1
  shift
  if timeout 120 make -j2 CC="$cc9" "$@" > make.log 2>&1; then
    pass "$desc"
    return 0
  fi
  fail "$desc" "$(oneline "$(tail -5 make.log)")"
  return 1
}

# later FILE: touches FILE a second after the last build, so that its time
# stamp is newer than the objects' on any file system.
later() { sleep 1; touch "$1"; }

# The objects make compiled in its last run, sorted.
compiled() { grep -oE -- '-o [a-z]+\.o' make.log | sed 's/-o //' | sort | tr '\n' ' '; }

# ---------------------------------------------------------------------------
# 1. Build, run, nothing left to do
# ---------------------------------------------------------------------------

build "make -j2 CC=9cc builds the project"
check "the program prints the areas, perimeters and counts" "$expected" "$(./prog 2>&1)"
check "every object was compiled" "area.o main.o perimeter.o util.o " "$(compiled)"
missing=
for o in main area perimeter util; do
  [ -f $o.d ] || missing="$missing $o.d"
done
check "-MMD wrote the four .d files" "" "$missing"
if grep -q 'shapes\.h' main.d && grep -q 'util\.h' main.d && ! grep -q 'stdio\.h\|stddef\.h' main.d; then
  pass "main.d lists shapes.h and util.h, and no system header"
else
  fail "main.d lists shapes.h and util.h, and no system header" "$(oneline "$(cat main.d)")"
fi
if grep -q '^main\.o:' main.d && grep -q '^shapes\.h:' main.d; then
  pass "main.d has the rule for main.o and -MP's phony shapes.h:"
else
  fail "main.d has the rule for main.o and -MP's phony shapes.h:" "$(oneline "$(cat main.d)")"
fi
build "a second make -j2 runs"
check "a second make compiles nothing" "" "$(compiled)"

# ---------------------------------------------------------------------------
# 2. Touching the header
# ---------------------------------------------------------------------------

later shapes.h
build "make -j2 after touching shapes.h"
check "touching shapes.h rebuilds exactly the objects that include it" \
  "area.o main.o perimeter.o " "$(compiled)"
if grep -q -- '-o prog' make.log; then pass "and relinks the program"; else fail "and relinks the program"; fi

sleep 1
sed -i 's/#define SCALE 2/#define SCALE 3/' shapes.h
build "make -j2 after changing SCALE in shapes.h"
check "the program follows the header (SCALE 3)" "scale 3
door 18 30 0
banana 60 54 3" "$(./prog 2>&1)"
sleep 1
sed -i 's/#define SCALE 3/#define SCALE 2/' shapes.h

# ---------------------------------------------------------------------------
# 3. A header removed
# ---------------------------------------------------------------------------

sleep 1
sed -i '/extra\.h/d; s/n + EXTRA/n/' util.c
rm extra.h
build "make -j2 after util.c stops including extra.h and extra.h is deleted"
check "the program is back to SCALE 2" "$expected" "$(./prog 2>&1)"

# ---------------------------------------------------------------------------
# 4. ccache
# ---------------------------------------------------------------------------

if ! command -v ccache > /dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null 2>&1; then
  echo "(installing ccache with apt-get)"
  timeout 300 apt-get install -y -qq ccache > $tmp/apt.log 2>&1 ||
    { timeout 300 apt-get update -qq > /dev/null 2>&1 && timeout 300 apt-get install -y -qq ccache > $tmp/apt.log 2>&1; }
fi

if ! command -v ccache > /dev/null 2>&1; then
  echo "SKIP ccache is not installed and could not be installed: the ccache checks did not run"
else
  export CCACHE_DIR=$tmp/ccache
  export CCACHE_LOGFILE=$tmp/ccache.log
  unset CCACHE_DISABLE CCACHE_RECACHE CCACHE_READONLY CCACHE_PREFIX CCACHE_NODIRECT \
    CCACHE_DEPEND CCACHE_NOCPP2 CCACHE_COMPILERTYPE
  # stat NAME: a counter from `ccache --print-stats`.
  ccstat() { ccache --print-stats 2>/dev/null | awk -v k="$1" '$1 == k { print $2 }'; }
  hits() { echo $(( $(ccstat direct_cache_hit) + $(ccstat preprocessed_cache_hit) )); }

  ccache -z > /dev/null 2>&1
  make clean > /dev/null
  if timeout 120 make -j2 CC="ccache $cc9" > make.log 2>&1; then
    pass "make -j2 CC=\"ccache 9cc\" builds the project"
  else
    fail "make -j2 CC=\"ccache 9cc\" builds the project" "$(oneline "$(tail -5 make.log)")"
  fi
  check "the program built through ccache works" "$expected" "$(./prog 2>&1)"
  check "the first build is 4 cache misses" "4 0" "$(ccstat cache_miss) $(hits)"
  bad=
  for k in compile_failed preprocessor_error unsupported_compiler_option compiler_check_failed \
    internal_error unsupported_source_language could_not_use_modules bad_compiler_arguments; do
    n=$(ccstat $k)
    [ -n "$n" ] && [ "$n" != 0 ] && bad="$bad $k=$n"
  done
  check "ccache saw no error or unsupported option" "" "$bad"

  make clean > /dev/null
  before=$(hits)
  if timeout 120 make -j2 CC="ccache $cc9" > make.log 2>&1; then
    pass "a clean rebuild through ccache"
  else
    fail "a clean rebuild through ccache" "$(oneline "$(tail -5 make.log)")"
  fi
  check "the clean rebuild is 4 cache hits" "4" "$(( $(hits) - before ))"
  check "the program from cached objects works" "$expected" "$(./prog 2>&1)"
  if [ -f main.d ] && grep -q 'shapes\.h' main.d; then
    pass "ccache restored the .d files too"
  else
    fail "ccache restored the .d files too" "main.d: $(oneline "$(cat main.d 2>/dev/null)")"
  fi

  # A changed header is a miss again, for exactly the three files that
  # include it.
  sleep 1
  sed -i 's/#define SCALE 2/#define SCALE 5/' shapes.h
  before_miss=$(ccstat cache_miss)
  if timeout 120 make -j2 CC="ccache $cc9" > make.log 2>&1; then
    check "after changing shapes.h ccache compiles the 3 files that include it" "3" \
      "$(( $(ccstat cache_miss) - before_miss ))"
    check "and the program follows the header (SCALE 5)" "scale 5
door 30 50 0
banana 100 90 3" "$(./prog 2>&1)"
  else
    fail "make after changing shapes.h through ccache" "$(oneline "$(tail -5 make.log)")"
  fi

  # With run_second_cpp = false, ccache runs `9cc -E` itself and compiles
  # the preprocessed .i file: the line markers must carry the source's name
  # through to the debug information that -g writes.
  sleep 1
  sed -i 's/#define SCALE 5/#define SCALE 2/' shapes.h
  make clean > /dev/null
  if CCACHE_NOCPP2=1 timeout 120 make -j2 CC="ccache $cc9" > make.log 2>&1; then
    pass "CCACHE_NOCPP2=1 make -j2 CC=\"ccache 9cc\" (compiling 9cc's own -E output)"
    check "the program built from preprocessed files works" "$expected" "$(./prog 2>&1)"
    if command -v readelf > /dev/null 2>&1; then
      files=$(readelf --debug-dump=line main.o 2>/dev/null | grep -oE '[A-Za-z0-9_.]+\.[ci]\b' | sort -u | tr '\n' ' ')
      check "its -g line information names main.c, not the temporary .i file" "main.c " "$files"
    fi
  else
    fail "CCACHE_NOCPP2=1 make -j2 CC=\"ccache 9cc\"" "$(oneline "$(tail -5 make.log)")"
  fi
fi

finish
