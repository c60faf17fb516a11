#!/bin/bash
# test/valgrind.sh COMPILER [quick]: runs the compiler under valgrind over
# every test program, every diagnostics test and every compiler source;
# any invalid read or write, use of uninitialised memory, or crash fails.
# Leaks are not counted: 9cc frees almost nothing during a compilation, by
# design (only each function's syntax tree, once its code is generated).
# "quick" takes a representative part (for CI): a few tests, errors and sources.
. "$(dirname "$0")/lib.sh"
cc9=${1:-./9cc}
mode=${2:-all}

run() {
  if valgrind -q --error-exitcode=99 --leak-check=no "$@" > /dev/null 2> build/valgrind.$$.log; then
    rc=0
  else
    rc=$?
  fi
  # Error tests are meant to fail with status 1; only valgrind's 99 counts.
  if [ $rc = 99 ] || grep -q "^==[0-9]*==" build/valgrind.$$.log; then
    fail "${@: -1}"
    head -20 build/valgrind.$$.log
  else
    passed=$((passed + 1))
  fi
}

# One calloc per object, so that valgrind sees where each one ends.
export CC9_NO_ARENA=1
mkdir -p build
if [ "$mode" = quick ]; then
  tests="test/arith.c test/struct.c test/varargs.c test/abi.c"
  errors=$(ls test/errors/*.c | head -20)
  srcs="parse.c codegen.c"
else
  tests=$(ls test/*.c | grep -v _gcc.c)
  errors=$(ls test/errors/*.c)
  srcs=$(sed -n 's/^SRCS = //p' Makefile)
fi

for f in $tests; do run $cc9 -w -Itest -S -o /dev/null $f; done
for f in $errors; do run $cc9 -S -o /dev/null $f; done
for f in $srcs; do run $cc9 -S -o /dev/null $f; done

echo "valgrind ($cc9, $mode): $passed passed, $failed failed"
finish
