#!/bin/bash
# test/torture.sh [COMPILER]: runs GCC's execute torture tests (from Debian's
# gcc-12-source, extracted at test time into build/torture) with 9cc.
# Every test must compile, run and exit 0, except those listed in
# test/torture-skip.txt with a reason.  Prints a summary and, last,
# "N passed, N failed".
# CC9_FLAGS adds flags to every compilation (CC9_FLAGS=-O0: the plain code
# generator).
# Every BOOK_EVERY-th test (default 1: all of them) is also built the book's
# way, `9cc f.c > f.s && cc f.s`, by the system's cc as a PIE, and must pass
# that way too; BOOK_EVERY=0 skips that.
. "$(dirname "$0")/lib.sh"
cc9="$(realpath ${1:-./9cc})${CC9_FLAGS:+ $CC9_FLAGS}"
top=$(pwd)
dir=build/torture
src=$dir/gcc-12.2.0/gcc/testsuite/gcc.c-torture/execute
tarball=$(ls /usr/src/gcc-12/gcc-12.2.0*.tar.xz 2>/dev/null | head -1)

if [ ! -d $src ]; then
  if [ -z "$tarball" ]; then
    bail_out "torture: install Debian's gcc-12-source first"
  fi
  mkdir -p $dir
  tar -xJf $tarball -C $dir --wildcards 'gcc-12.2.0/gcc/testsuite/gcc.c-torture/execute/*'
fi

skip=$(grep -v '^#' test/torture-skip.txt 2>/dev/null | awk '{print $1}')
out=$dir/out
rm -rf $out
mkdir -p $out

every=${BOOK_EVERY:-1}

# book_one FILE NAME: the book's way; the assembly on standard output.
book_one() {
  timeout 30 $cc9 -w $1 > $out/$2.s 2>> $out/$2.log &&
    cc -o $out/$2.cc $out/$2.s -lm >> $out/$2.log 2>&1 &&
    (cd $out && timeout 10 ./$2.cc > /dev/null 2>&1)
}

# run_one INDEX FILE
run_one() {
  f=$2
  name=$(basename $f .c)
  exe=$out/$name
  if ! timeout 30 $cc9 -w -o $exe $f -lm > $out/$name.log 2>&1; then
    echo "compile $name"
  elif ! (cd $out && timeout 10 ./$name > /dev/null 2>&1); then
    code=$?
    if [ $code = 124 ]; then echo "timeout $name"; else echo "run $name"; fi
  elif [ $every -gt 0 ] && [ $(($1 % every)) = 0 ] && ! book_one $f $name; then
    echo "book $name"
  else
    echo "pass $name"
  fi
}
export -f run_one book_one
export cc9 out every

ls $src/*.c | awk '{ print NR, $0 }' | xargs -P $(nproc) -n 2 bash -c 'run_one "$@"' _ > $out/results.txt

total=$(wc -l < $out/results.txt)
skipped=0; unexpected=
while read status name; do
  if echo "$skip" | grep -qx "$name"; then
    skipped=$((skipped + 1))
    [ $status = pass ] && echo "note: $name is in torture-skip.txt but passes"
    continue
  fi
  if [ $status = pass ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    unexpected="$unexpected $name($status)"
  fi
done < $out/results.txt

all_pass=$(grep -c '^pass' $out/results.txt)
echo "torture: $all_pass of $total pass ($(grep -c '^compile' $out/results.txt) fail to compile, $(grep -c '^run' $out/results.txt) fail at run time, $(grep -c '^timeout' $out/results.txt) time out, $(grep -c '^book' $out/results.txt) fail only as 9cc f.c > f.s && cc f.s); $skipped skipped as out of scope"
[ -n "$unexpected" ] && echo "unexpected failures:$unexpected" | fold -w 200
finish
