#!/bin/bash
# test/csmith/reduce.sh COMPILER FILE.c: reduces a csmith miscompile (e.g.
# build/csmith/fail/seedN.c) with Debian's cvise.  csmith's own headers
# (#include "...") are first inlined (system headers stay #include <...>, as
# gcc's and 9cc's views of glibc differ), then the program is reduced while
# test/csmith/interesting.sh holds.  The result is left in
# build/csmith/reduce/NAME/t.c (cvise keeps the best version so far there,
# so it can be interrupted).  A default-size csmith program takes cvise
# 15 minutes or more on 2 cores.  Environment: JOBS (cvise --n, default nproc),
# CVISE_OPTS (extra cvise options, e.g. --timeout 30).
if [ $# -ne 2 ]; then
  echo "usage: $0 COMPILER FILE.c" >&2
  exit 2
fi
cc9=$1
[ -e "$cc9" ] && cc9=$(realpath "$cc9")
test=$(realpath $(dirname $0)/interesting.sh)
name=$(basename $2 .c)
dir=build/csmith/reduce/$name
rm -rf $dir
mkdir -p $dir

# inline FILE: prints FILE with its #include "..." lines replaced by the
# included files (searched next to FILE, then in /usr/include/csmith).  The
# headers have include guards; DEPTH stops runaway recursion.
inline() {
  local line f depth=${2:-0}
  while IFS= read -r line; do
    if [[ $line =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*\"([^\"]*)\" ]]; then
      f=${BASH_REMATCH[1]}
      [ -f $(dirname $1)/$f ] && f=$(dirname $1)/$f || f=/usr/include/csmith/$f
      if [ -f $f ] && [ $depth -lt 8 ]; then
        inline $f $((depth + 1))
        continue
      fi
    fi
    printf '%s\n' "$line"
  done < $1
}
inline $2 > $dir/t.c
cp $dir/t.c $dir/orig.c
cd $dir
if ! CC9=$cc9 $test; then
  echo "$2: not interesting to begin with (see $dir)" >&2
  exit 1
fi
CC9=$cc9 cvise --n ${JOBS:-$(nproc)} $CVISE_OPTS $test t.c > cvise.log 2>&1
status=$?
echo "reduced $(wc -l < orig.c) lines to $(wc -l < t.c): $dir/t.c"
exit $status
