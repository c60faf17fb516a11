#!/bin/bash
# test/nogcc.sh: from stage 2 on, the bootstrap must not touch gcc.  Builds
# stage 3 again with stage 2 under strace and fails if any gcc program
# (gcc, cc, cc1, collect2) is executed or any file of gcc's (/usr/lib/gcc,
# gcc's include directories) is opened.  Only as, ld, glibc and 9cc's own
# files may be used.
set -u
stage2=build/stage2/9cc
out=build/nogcc
rm -rf $out
mkdir -p $out
log=$out/strace.log

strace -f -qq -e trace=execve,openat,open -o $log ./test/bootstrap.sh $stage2 $out/stage3 > /dev/null
rc=$?
passed=0
failed=0
if [ $rc -ne 0 ]; then
  echo "FAIL stage 3 build under strace (exit $rc)"
  failed=$((failed + 1))
else
  passed=$((passed + 1))
fi

bad_exec=$(grep -E 'execve\("[^"]*/(gcc|cc|cc1|collect2|x86_64-linux-gnu-gcc[^"]*)"' $log | grep -v ENOENT)
bad_open=$(grep -E 'open(at)?\(.*"(/usr/lib/gcc|/usr/libexec/gcc|/usr/include/c\+\+)' $log | grep -v ENOENT)
if [ -n "$bad_exec" ]; then
  echo "FAIL a gcc program was executed:"; echo "$bad_exec" | head -5
  failed=$((failed + 1))
else
  echo "PASS no gcc program executed ($(grep -c execve $log) execs: $(grep -oE 'execve\("[^"]*"' $log | sed 's/execve("//; s/"$//' | xargs -n1 basename | sort -u | tr '\n' ' '))"
  passed=$((passed + 1))
fi
if [ -n "$bad_open" ]; then
  echo "FAIL a file of gcc's was opened:"; echo "$bad_open" | head -5
  failed=$((failed + 1))
else
  echo "PASS no file under gcc's directories opened"
  passed=$((passed + 1))
fi
if cmp -s $out/stage3/9cc build/stage3/9cc; then
  echo "PASS the traced stage 3 is identical to build/stage3/9cc"
  passed=$((passed + 1))
else
  echo "FAIL the traced stage 3 differs from build/stage3/9cc"
  failed=$((failed + 1))
fi
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
