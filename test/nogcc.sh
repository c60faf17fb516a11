#!/bin/bash
# test/nogcc.sh: from stage 2 on, the bootstrap must not touch gcc.  Builds
# stage 3 again with stage 2 under strace and fails if any gcc program
# (gcc, cc, cc1, collect2) is executed or any file of gcc's (/usr/lib/gcc,
# gcc's include directories) is opened.  Only as, ld, glibc and 9cc's own
# files may be used.
set -u
. "$(dirname "$0")/lib.sh"
stage2=build/stage2/9cc
out=build/nogcc
rm -rf $out
mkdir -p $out
log=$out/strace.log

strace -f -qq -e trace=execve,openat,open -o $log ./test/bootstrap.sh $stage2 $out/stage3 > /dev/null
rc=$?
if [ $rc -ne 0 ]; then
  fail "stage 3 build under strace (exit $rc)"
else
  passed=$((passed + 1))
fi

bad_exec=$(grep -E 'execve\("[^"]*/(gcc|cc|cc1|collect2|x86_64-linux-gnu-gcc[^"]*)"' $log | grep -v ENOENT)
bad_open=$(grep -E 'open(at)?\(.*"(/usr/lib/gcc|/usr/libexec/gcc|/usr/include/c\+\+)' $log | grep -v ENOENT)
if [ -n "$bad_exec" ]; then
  fail "a gcc program was executed:"; echo "$bad_exec" | head -5
else
  pass "no gcc program executed ($(grep -c execve $log) execs: $(grep -oE 'execve\("[^"]*"' $log | sed 's/execve("//; s/"$//' | xargs -n1 basename | sort -u | tr '\n' ' '))"
fi
if [ -n "$bad_open" ]; then
  fail "a file of gcc's was opened:"; echo "$bad_open" | head -5
else
  pass "no file under gcc's directories opened"
fi
if cmp -s $out/stage3/9cc build/stage3/9cc; then
  pass "the traced stage 3 is identical to build/stage3/9cc"
else
  fail "the traced stage 3 differs from build/stage3/9cc"
fi
finish
