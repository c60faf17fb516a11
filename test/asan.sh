#!/bin/bash
# test/asan.sh: builds 9cc with AddressSanitizer and UBSan (build/asan/9cc)
# and runs it over the assertion programs, the diagnostics tests, its own
# sources, the pages of --explain and, if unpacked, GCC's torture tests.
# Any sanitizer report fails.
set -u
. "$(dirname "$0")/lib.sh"
dir=build/asan
mkdir -p $dir
srcs=$(sed -n 's/^SRCS = //p' Makefile) # the compiler's sources
rm -rf $dir/include
cp -r include $dir/include
gcc -std=c11 -g -O1 -fsanitize=address,undefined -fno-sanitize-recover=undefined \
    -fno-omit-frame-pointer -o $dir/9cc $srcs -lpthread || bail_out
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1
run() {
  "$@" > /dev/null 2> $dir/log
  rc=$?
  if [ $rc -gt 1 ] || grep -q -E "Sanitizer|runtime error" $dir/log; then
    fail "${@: -1}"
    head -15 $dir/log
  else
    passed=$((passed + 1))
  fi
}
for f in $(ls test/*.c | grep -v _gcc.c); do run $dir/9cc -w -Itest -S -o /dev/null $f; done
for f in test/errors/*.c; do run $dir/9cc -S -o /dev/null $f; done
for f in $srcs; do run $dir/9cc -S -o /dev/null $f; done
# --explain's pages (its child process's reports reach the log too).
for f in test/explain/*.c decl.c; do run $dir/9cc --explain -o /dev/null $f; done
# GCC's torture tests, compiled only, where `make torture` has unpacked
# them: 1,500 programs that use corners our own tests do not (packed
# bitfields, huge case ranges).  Those that 9cc rejects count if they crash.
torture=build/torture/gcc-12.2.0/gcc/testsuite/gcc.c-torture/execute
if [ -d $torture ]; then
  for f in $torture/*.c; do run $dir/9cc -w -S -o /dev/null $f; done
fi
echo "asan: $passed passed, $failed failed"
finish
