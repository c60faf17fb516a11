#!/bin/bash
# test/torture.sh [COMPILER]: runs GCC's execute torture tests (from Debian's
# gcc-12-source, extracted at test time into build/torture) with 9cc.
# Every test must compile, run and exit 0, except those listed in
# test/torture-skip.txt with a reason.  Prints a summary and, last,
# "N passed, N failed".
# CC9_FLAGS adds flags to every compilation (CC9_FLAGS=-O0: the plain code
# generator).
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

run_one() {
  f=$1
  name=$(basename $f .c)
  exe=$out/$name
  if ! timeout 30 $cc9 -w -o $exe $f -lm > $out/$name.log 2>&1; then
    echo "compile $name"
  elif ! (cd $out && timeout 10 ./$name > /dev/null 2>&1); then
    code=$?
    if [ $code = 124 ]; then echo "timeout $name"; else echo "run $name"; fi
  else
    echo "pass $name"
  fi
}
export -f run_one
export cc9 out

ls $src/*.c | xargs -P $(nproc) -I{} bash -c 'run_one {}' > $out/results.txt

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
echo "torture: $all_pass of $total pass ($(grep -c '^compile' $out/results.txt) fail to compile, $(grep -c '^run' $out/results.txt) fail at run time, $(grep -c '^timeout' $out/results.txt) time out); $skipped skipped as out of scope"
[ -n "$unexpected" ] && echo "unexpected failures:$unexpected" | fold -w 200
finish
