#!/bin/sh
# Runs the assertion programs under test/ with the given compiler.
#   test/run.sh ./9cc          # every test/*.c
#   test/run.sh ./9cc arith    # only test/arith.c
# Each program is compiled by the compiler under test and linked with
# test/common.c (also compiled by it).  A test/NAME_gcc.c counterpart, if
# there is one, is always compiled by gcc: it is the other side of the ABI
# tests.  Prints "N passed, N failed" last and fails if any test failed.

. "$(dirname "$0")/lib.sh"

cc9=${1:-./9cc}
shift
out=build/test
mkdir -p $out

failures=

if ! $cc9 -c -o $out/common.o test/common.c; then
  bail_out "test/common.c: compile failed"
fi

if [ $# -gt 0 ]; then
  names="$*"
else
  names=$(ls test/*.c | sed 's|test/||; s|\.c$||' | grep -v -e '^common$' -e '_gcc$')
fi

for name in $names; do
  extra=
  if [ -f test/${name}_gcc.c ]; then
    if ! gcc -std=gnu11 -w -c -o $out/${name}_gcc.o test/${name}_gcc.c; then
      failed=$((failed + 1)); failures="$failures $name"; continue
    fi
    extra=$out/${name}_gcc.o
  fi
  # A test's first line may name the flags it needs: `// flags: -std=c2x`.
  flags=$(sed -n '1s|^// flags: ||p' test/$name.c)
  if $cc9 -w -Itest $flags -o $out/$name test/$name.c $out/common.o $extra -lm &&
     timeout 20 $out/$name > $out/$name.log 2>&1; then
    pass "$name"
  else
    fail "$name"
    failures="$failures $name"
    tail -3 $out/$name.log 2>/dev/null
  fi
done

[ -n "$failures" ] && echo "failed:$failures"
finish
