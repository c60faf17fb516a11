#!/bin/bash
# Interestingness test for reducing a csmith miscompile with cvise:
#
#   CC9=/abs/path/to/9cc cvise test/csmith/interesting.sh t.c
#
# (test/csmith/reduce.sh sets this up.)  Exits 0 iff t.c
#   - compiles with gcc -O0 without warnings that signal undefined behaviour,
#   - runs cleanly (exit 0, in time) under gcc's UBSan and ASan,
#   - compiles with $CC9, and the $CC9-built program finishes in time,
#   - and the two programs' output or exit status differ.
# so cvise cannot reduce the program into one whose behaviour is undefined.
f=${FILE:-t.c}
t=${RUN_TIMEOUT:-5}
inc=-I/usr/include/csmith

# Warnings that usually mean the reduction introduced undefined behaviour.
gcc -O1 -Wuninitialized -Wmaybe-uninitialized \
    -Wreturn-type -Wimplicit-int -Wimplicit-function-declaration \
    -Wint-conversion -Wincompatible-pointer-types -Wsequence-point \
    -Warray-bounds -Wdiv-by-zero -Wshift-count-overflow -Wshift-count-negative \
    -Wshift-negative-value -Wreturn-local-addr -Wpointer-to-int-cast \
    -Wint-to-pointer-cast -Wstrict-aliasing -Wchar-subscripts \
    $inc -c -o /dev/null $f > gcc.log 2>&1 || exit 1
grep -qE '\[-W(uninit|maybe-uninit|return-|implicit|int-conversion|incompatible-pointer|sequence-point|array-bounds|div-by-zero|shift-|pointer-to-int|int-to-pointer|strict-aliasing|char-subscripts)' gcc.log && exit 1

gcc -O0 -w -fsanitize=undefined,address -fno-sanitize-recover=all $inc \
    -o ref $f -lm > /dev/null 2>&1 || exit 1
ASAN_OPTIONS=detect_leaks=0 timeout $t ./ref > ref.out 2>&1 || exit 1

timeout 60 $CC9 -w $inc -o exe $f -lm > /dev/null 2>&1 || exit 1
timeout $t ./exe > out 2>&1
rc=$?
[ $rc = 124 ] && exit 1
[ $rc != 0 ] && exit 0
! cmp -s ref.out out
