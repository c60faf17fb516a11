#!/bin/bash
# test/csmith.sh COMPILER FIRST-LAST: differential testing against gcc with
# random programs from csmith (Debian's csmith + libcsmith-dev packages).
#
#   test/csmith.sh ./9cc 1-100
#
# For each seed N in FIRST..LAST, `csmith --seed N` generates a program that
# is compiled with `gcc -O0` (the reference) and with COMPILER.  Both
# executables are run with a time limit and their outputs (the checksum
# lines) are compared.  Each seed ends up in exactly one category:
#
#   match          same output
#   mismatch       both ran cleanly but the output differs (a miscompile)
#   compile-fail   COMPILER rejected the program (it exited with an error)
#   compiler-crash COMPILER died by a signal, timed out, or reported an
#                  "internal (compiler) error"
#   run-fail       the COMPILER-built program crashed, exited non-zero or
#                  timed out while the reference did not
#   ref-timeout    the reference timed out (csmith programs may legitimately
#                  loop for a long time); skipped
#   ref-error      gcc failed to compile the program or the reference
#                  crashed; skipped (should not happen)
#
# Every failing seed is kept as a reproducer in build/csmith/fail/: seedN.c
# (the program), seedN.stderr (the compiler's stderr) and, for mismatch and
# run-fail, seedN.ref.out / seedN.out (the outputs of both executables).
# The summary lists each category's count and seeds; the last line is
# "N passed, N failed" (skipped seeds count as neither).  The exit status is
# non-zero if any seed failed.
#
# csmith options: the defaults.  With them a program is typically 1-3k lines
# and compiles in well under a second with 9cc, so no size limits are needed:
# seeds 1-100 take about 1.5 minutes on 2 cores, most of it spent on the
# roughly 7-14% of programs that loop for longer than the time limit (these
# are counted as ref-timeout).  Extra options can be passed in CSMITH_OPTS,
# e.g. to cover floating point or to shrink the programs:
#   CSMITH_OPTS="--float --inline-function --arg-structs --arg-unions" ...
#   CSMITH_OPTS="--max-funcs 5 --max-block-depth 3" ...
# Programs are run with the argument "1", which makes them print the hash of
# every global variable before the final "checksum = ..." line, so a
# mismatch points at the first global variable whose value differs.
#
# A mismatch can be reduced to a small program with
#   test/csmith/reduce.sh COMPILER build/csmith/fail/seedN.c
# (cvise with test/csmith/interesting.sh as the interestingness test).
#
# Environment: JOBS (parallel seeds, default nproc), RUN_TIMEOUT (seconds per
# execution, default 10), CC_TIMEOUT (seconds per compilation, default 60),
# CC9_FLAGS (extra flags for COMPILER, e.g. -O0; the results then go to
# build/csmith-O0).
# Both compilers link with -lm: csmith's safe_math uses fabs/fabsf, which gcc
# expands inline but an out-of-line call needs libm.

if [ $# -ne 2 ] || ! [[ $2 =~ ^([0-9]+)-([0-9]+)$ ]]; then
  echo "usage: $0 COMPILER FIRST-LAST" >&2
  exit 2
fi
first=${BASH_REMATCH[1]}
last=${BASH_REMATCH[2]}
. "$(dirname "$0")/lib.sh"

cc9=$1
[ -e "$cc9" ] && cc9=$(realpath "$cc9")
# Extra flags for the compiler under test (CC9_FLAGS=-O0 tests the plain
# code generator), each set of flags with its own build directory.
flags=${CC9_FLAGS:-}
cc9="$cc9${flags:+ $flags}"
csmith_inc=/usr/include/csmith

if ! command -v csmith > /dev/null || [ ! -f $csmith_inc/csmith.h ]; then
  bail_out "csmith: install Debian's csmith and libcsmith-dev first"
fi

dir=$(pwd)/build/csmith$(echo "$flags" | tr -d ' ')
work=$dir/work
fail=$dir/fail
mkdir -p $work $fail

export cc9 csmith_inc work fail
export RUN_TIMEOUT=${RUN_TIMEOUT:-10} CC_TIMEOUT=${CC_TIMEOUT:-60}
export CSMITH_OPTS=${CSMITH_OPTS:-}

# check_seed N: prints one line "CATEGORY N DETAIL".
check_seed() {
  local n=$1 d=$work/$1
  local src=$d/seed$n.c
  rm -rf $d $fail/seed$n.*
  mkdir -p $d

  keep() {  # keep the reproducer in $fail
    cp $src $fail/
    cp $d/cc.err $fail/seed$n.stderr 2> /dev/null
    if [ -f $d/out ]; then
      cp $d/ref.out $fail/seed$n.ref.out
      cp $d/out $fail/seed$n.out
    fi
  }

  # (csmith writes platform.info into the current directory.)
  if ! (cd $d && csmith --seed $n $CSMITH_OPTS > $src 2> csmith.err); then
    echo "ref-error $n csmith failed: $(head -1 $d/csmith.err)"
    return
  fi

  # Reference.
  if ! timeout $CC_TIMEOUT gcc -O0 -w -I$csmith_inc -o $d/ref $src -lm \
       > $d/gcc.err 2>&1; then
    echo "ref-error $n gcc failed: $(grep -m1 error $d/gcc.err)"
    return
  fi
  (cd $d && timeout -k 5 $RUN_TIMEOUT ./ref 1 > ref.out; exit $?) 2> /dev/null
  local rc=$?
  if [ $rc = 124 ]; then
    echo "ref-timeout $n"
    return
  elif [ $rc != 0 ]; then
    echo "ref-error $n reference exited with status $rc"
    return
  fi

  # Compiler under test.
  # (The subshells keep bash's "Segmentation fault" notices quiet.)
  (timeout -k 5 $CC_TIMEOUT $cc9 -w -I$csmith_inc -o $d/exe $src -lm \
    > $d/cc.err 2>&1; exit $?) 2> /dev/null
  rc=$?
  if [ $rc != 0 ]; then
    keep
    local msg=$(grep -m1 -iE 'internal (compiler )?error' $d/cc.err)
    if [ $rc = 124 ]; then
      echo "compiler-crash $n timed out after ${CC_TIMEOUT}s"
    elif [ $rc -gt 128 ]; then
      echo "compiler-crash $n killed by signal $((rc - 128))${msg:+: $msg}"
    elif [ -n "$msg" ]; then
      echo "compiler-crash $n $msg"
    else
      msg=$(grep -m1 -E 'error|undefined reference' $d/cc.err)
      echo "compile-fail $n ${msg:-$(head -1 $d/cc.err)}"
    fi
    return
  fi

  (cd $d && timeout -k 5 $RUN_TIMEOUT ./exe 1 > out 2> run.err; exit $?) 2> /dev/null
  rc=$?
  if [ $rc != 0 ]; then
    keep
    if [ $rc = 124 ]; then
      echo "run-fail $n timed out after ${RUN_TIMEOUT}s"
    elif [ $rc -gt 128 ]; then
      echo "run-fail $n killed by signal $((rc - 128))"
    else
      echo "run-fail $n exited with status $rc"
    fi
    return
  fi

  if cmp -s $d/ref.out $d/out; then
    echo "match $n"
    return
  fi
  keep
  # First differing line, e.g. "...checksum after hashing g_12 : 1A2B vs 3C4D".
  local diff=$(paste -d '\t' $d/ref.out $d/out | awk -F '\t' '$1 != $2 {
      a = $1; b = $2; sub(/.*: */, "", b); print a " vs " b; exit }')
  echo "mismatch $n ${diff:-outputs differ in length}"
}
run_one() {
  check_seed $1
  rm -rf $work/$1
}
export -f check_seed run_one

results=$dir/results-$first-$last.txt
: > $results.tmp
seq $first $last | xargs -P ${JOBS:-$(nproc)} -I{} bash -c 'run_one {}' \
  | while read -r line; do
      echo "$line" >> $results.tmp
      echo "$line" | cut -c1-150   # progress
    done
sort -k2,2n $results.tmp > $results
rm -f $results.tmp
rmdir $work 2> /dev/null

echo "csmith seeds $first-$last with $cc9:"
for cat in match mismatch compile-fail compiler-crash run-fail ref-timeout ref-error; do
  count=$(grep -c "^$cat " $results)
  seeds=$(awk -v c=$cat '$1 == c { printf " %s", $2 }' $results)
  [ $cat = match ] && seeds=
  printf '  %-15s %d%s\n' $cat $count "${seeds:+:$seeds}"
done
failed_lines=$(grep -E '^(mismatch|compile-fail|compiler-crash|run-fail) ' $results)
if [ -n "$failed_lines" ]; then
  echo "failures (reproducers in build/csmith/fail/):"
  echo "$failed_lines" | sed 's/^/  /' | cut -c1-200
fi
passed=$(grep -c '^match ' $results)
failed=$(echo -n "$failed_lines" | grep -c .)
finish
