#!/bin/sh
# Runs the assertion programs under test/ with the given compiler.
#   test/run.sh ./9cc          # every test/*.c
#   test/run.sh ./9cc arith    # only test/arith.c
# Each program is compiled by the compiler under test and linked with
# test/common.c (also compiled by it).  A test/NAME_gcc.c counterpart, if
# there is one, is compiled by gcc: it is the other side of the ABI
# tests (PEER_CC="clang -std=c2x" makes clang build that side instead).
# 9cc builds each program twice: through its own driver, and the book's
# way, `9cc f.c > f.s && cc f.s`, which the system's cc links as a PIE
# (with common.c's assembly made the same way).  Each build is a test of
# its own.  Prints "N passed, N failed" last and fails if any test failed.

. "$(dirname "$0")/lib.sh"

cc9=${1:-./9cc}
shift
out=build/test
mkdir -p $out

failures=

# The book's way is 9cc's alone: gcc writes no assembly on standard output.
case ${cc9%% *} in
  *9cc) book=yes ;;
  *) book= ;;
esac

if ! $cc9 -c -o $out/common.o test/common.c ||
   { [ -n "$book" ] && ! $cc9 test/common.c > $out/common.s; }; then
  bail_out "test/common.c: compile failed"
fi

if [ $# -gt 0 ]; then
  names="$*"
else
  names=$(ls test/*.c | sed 's|test/||; s|\.c$||' | grep -v -e '^common$' -e '_gcc$')
fi

# result NAME LOG STATUS: counts one build's run.
result() {
  if [ $3 -eq 0 ]; then
    pass "$1"
  else
    fail "$1"
    failures="$failures $1"
    tail -3 $2 2>/dev/null
  fi
}

for name in $names; do
  extra=
  if [ -f test/${name}_gcc.c ]; then
    if ! ${PEER_CC:-gcc -std=gnu11} -w -c -o $out/${name}_gcc.o test/${name}_gcc.c; then
      fail "$name" "${PEER_CC:-gcc} cannot compile test/${name}_gcc.c"; failures="$failures $name"; continue
    fi
    extra=$out/${name}_gcc.o
  fi
  # A test's first line may name the flags it needs: `// flags: -std=c2x`.
  flags=$(sed -n '1s|^// flags: ||p' test/$name.c)
  # ... and the libraries gcc's build needs that 9cc does without:
  # `// gcc-libs: -latomic` (9cc writes its atomic runtime into the code).
  libs=
  [ -n "$book" ] || [ "${cc9%% *}" != gcc ] || libs=$(sed -n '1,3s|^// gcc-libs: ||p' test/$name.c)
  $cc9 -w -Itest $flags -o $out/$name test/$name.c $out/common.o $extra -lm $libs &&
    timeout 20 $out/$name > $out/$name.log 2>&1
  result $name $out/$name.log $?
  [ -n "$book" ] || continue
  rm -f $out/$name.s
  { $cc9 -w -Itest $flags test/$name.c > $out/$name.s &&
    cc -o $out/$name.cc $out/$name.s $out/common.s $extra -lm &&
    timeout 20 $out/$name.cc > $out/$name.cc.log 2>&1; } > $out/$name.cc.log 2>&1
  result "$name(cc f.s)" $out/$name.cc.log $?
done

[ -n "$failures" ] && echo "failed:$failures"
finish
