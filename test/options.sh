#!/bin/bash
# The options of gcc's command line that build systems and users pass, as
# a cc: each one 9cc accepts must do what it does for gcc (an option that
# changes a program's meaning is never silently dropped), and each one it
# cannot honour must be refused with an error, not ignored.
#   test/options.sh [CC]      # default ./9cc-cc; `test/options.sh gcc` passes too
# Every expectation holds for gcc 12 on x86-64 Linux (`make test-gcc` runs
# this file with gcc), so none is taken from 9cc's output.  Prints
# "PASS desc" or "FAIL desc (expected X, got Y)" per check, then
# "N passed, N failed", and exits non-zero if anything failed.

. "$(dirname "$0")/lib.sh"

cc=${1:-./9cc-cc}
case $cc in
  */*) cc=$(cd "$(dirname "$cc")" && pwd)/$(basename "$cc") ;;
esac
is_gcc=
case $(basename "$cc") in gcc*) is_gcc=1 ;; esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/9cc-options.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 2
check_quoted=1

# out DESC EXPECTED_OUTPUT SOURCE OPTIONS...: builds SOURCE (text) with the
# options into ./prog and compares what it prints.
out() {
  local desc=$1 expected=$2 src=$3
  shift 3
  printf '%s\n' "$src" > prog.c
  rm -f prog
  if ! timeout 20 "$cc" "$@" -o prog prog.c > log 2>&1; then
    fail "$desc" "compile error: $(oneline "$(head -3 log)")"
    return
  fi
  check "$desc" "$expected" "$(timeout 5 ./prog 2>&1)"
}

# refused DESC OPTIONS...: compiling a valid program with the options fails.
refused() {
  local desc=$1
  shift
  printf 'int main(void) { return 0; }\n' > ok.c
  rm -f prog
  if timeout 20 "$cc" "$@" -o prog ok.c > log 2>&1 && [ -x prog ] && ./prog; then
    fail "$desc" "an error" "success"
  else
    pass "$desc"
  fi
}

PF='int printf(const char *, ...);'

# ---------------------------------------------------------------------------
# What to produce: -fsyntax-only checks and writes nothing
# ---------------------------------------------------------------------------
printf 'int main(void) { return 0; }\n' > good.c
printf 'int main(void) { return x; }\n' > bad.c
rm -f a.out good.o good.s
"$cc" -fsyntax-only good.c > so.out 2>&1
check "-fsyntax-only on a valid file succeeds" "0" "$?"
check "-fsyntax-only writes no a.out, .o or .s" "0" \
  "$(ls a.out good.o good.s 2> /dev/null | wc -l)"
check "-fsyntax-only prints nothing for a valid file" "" "$(cat so.out)"
"$cc" -fsyntax-only bad.c > so.out 2>&1
check "-fsyntax-only reports errors (status 1)" "1" "$?"
check "-fsyntax-only names the undeclared name" "yes" \
  "$(grep -q 'undeclared' so.out && echo yes || echo no)"

# ---------------------------------------------------------------------------
# Options passed on: -Wp, and -Xpreprocessor to the preprocessor, -Wa, and
# -Xassembler to as
# ---------------------------------------------------------------------------
out "-Wp,-DX=3,-DY defines both" "3 1" "$PF int main(void){printf(\"%d %d\\n\", X, Y);}" \
  -Wp,-DX=3,-DY
out "-Xpreprocessor -DX=5" "5" "$PF int main(void){printf(\"%d\\n\", X);}" \
  -Xpreprocessor -DX=5
out "-Wp,-U undefines a -D" "0" "$PF int main(void){
#ifdef X
printf(\"1\\n\");
#else
printf(\"0\\n\");
#endif
}" -DX -Wp,-UX
# Fedora's and RHEL's flags ask for fortification this way.
out "-Wp,-D_FORTIFY_SOURCE=2 with -O2 fortifies" "2" '#include <stdio.h>
int main(void) { printf("%d\n", _FORTIFY_SOURCE); }' -O2 -Wp,-D_FORTIFY_SOURCE=2
mkdir -p inc && printf '#define FROM_INC 7\n' > inc/h.h
out "-Wp,-Iinc adds an include directory" "7" "$PF
#include \"h.h\"
int main(void){printf(\"%d\\n\", FROM_INC);}" -Wp,-Iinc
# Linux's kbuild writes its dependency files with -Wp,-MMD,FILE.
printf '#include "inc/h.h"\nint main(void) { return 0; }\n' > dep.c
rm -f dep.d dep.o
"$cc" -Wp,-MMD,dep.d -c dep.c -o dep.o > log 2>&1
check "-Wp,-MMD,FILE compiles" "0" "$?"
check "-Wp,-MMD,FILE writes FILE naming the header" "yes" \
  "$(grep -q 'inc/h.h' dep.d 2> /dev/null && echo yes || echo no)"
check "-Wp,-MMD,FILE: the rule is for the object" "yes" \
  "$(grep -q '^dep.o:' dep.d 2> /dev/null && echo yes || echo no)"
rm -f listing.txt
"$cc" -c -Wa,-adhln=listing.txt good.c -o good.o > log 2>&1
check "-Wa,-adhln=FILE reaches as (it writes the listing)" "yes" \
  "$([ -s listing.txt ] && echo yes || echo no)"
rm -f listing.txt
"$cc" -c -Xassembler -adhln=listing.txt good.c -o good.o > log 2>&1
check "-Xassembler reaches as" "yes" "$([ -s listing.txt ] && echo yes || echo no)"
"$cc" -c -Wa,--no-such-as-option good.c -o good.o > log 2>&1
check "-Wa, with an option as refuses fails" "1" "$([ $? -ne 0 ] && echo 1 || echo 0)"
"$cc" -c -Wa,--noexecstack good.c -o good.o > log 2>&1
check "-Wa,--noexecstack compiles" "0" "$?"

# ---------------------------------------------------------------------------
# Preprocessor output: -P drops the line markers, -dM lists the macros
# ---------------------------------------------------------------------------
printf '#define A 1\n\nint a = A;\n\n\nint b;\n' > p.c
check "-E -P: no line markers" "0" "$("$cc" -E -P p.c | grep -c '^#')"
check "-E -P: the text" "int a = 1;|int b;" \
  "$("$cc" -E -P p.c | grep -v '^ *$' | tr '\n' '|' | sed 's/|$//')"
check "-E keeps line markers without -P" "yes" \
  "$("$cc" -E p.c | grep -q '^# 1 "p.c"' && echo yes || echo no)"
cat > dm.c << 'EOF'
#define X
#define Y  1 +  2
#define F( a , b ) a ## b # a
#define V(a, ...) a __VA_ARGS__
#define N(args...) f(args)
#define E() x
#define S "a  b" /*c*/ d
#define GONE 1
#undef GONE
EOF
check "-E -dM: gcc's form of each definition" \
  "#define E() x|#define F(a,b) a ## b #a|#define N(args...) f(args)|#define S \"a  b\" d|#define V(a,...) a __VA_ARGS__|#define X |#define Y 1 + 2" \
  "$("$cc" -E -dM dm.c | grep -E '^#define (X|Y|F|V|N|E|S|GONE)\b' | LC_ALL=C sort | tr '\n' '|' | sed 's/|$//')"
check "-E -dM: the predefined macros too" "#define __STDC__ 1|#define __x86_64__ 1" \
  "$("$cc" -E -dM - < /dev/null | grep -E '^#define (__STDC__|__x86_64__) ' | LC_ALL=C sort | tr '\n' '|' | sed 's/|$//')"
check "-E -dM: -D definitions" "#define FOO bar" \
  "$("$cc" -E -dM -DFOO=bar - < /dev/null | grep '^#define FOO ')"
check "-E -dM: not __LINE__ or __FILE__" "0" \
  "$("$cc" -E -dM - < /dev/null | grep -c -E '^#define (__LINE__|__FILE__|__COUNTER__)\b')"
check "-E -dM: only #define lines" "0" \
  "$("$cc" -E -dM dm.c | grep -v -c '^#define ')"

finish
