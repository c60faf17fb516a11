#!/bin/bash
# test/layers.sh: no file calls back up the pipeline.
#
# The compiler's files form layers, lowest first; a file may call functions
# (and use variables) of its own layer and of the layers below it, never of
# a layer above.  util.c is the bottom layer; type.c (the C types, and the
# typing of nodes the parser asks for as it builds them) sits just above it,
# below the tokenizer, which makes the types of literals.  The parser's
# rooms are one layer: C's grammar makes declarations, statements and
# expressions call each other.  Reads the symbols each object defines and
# needs (nm) and prints every call that goes up; ends with
# "N passed, N failed" (one check per object file).
set -u
layers=(
  "util"
  "type"
  "tokenize"
  "preprocess"
  "scope decl init stmt expr ops eval complex builtin parse"
  "codegen dump"
  "main"
)
dir=build/layers
mkdir -p $dir
srcs=$(sed -n 's/^SRCS = //p' Makefile)
declare -A layer_of defined_in
for i in "${!layers[@]}"; do
  for f in ${layers[$i]}; do layer_of[$f]=$i; done
done

passed=0; failed=0
for src in $srcs; do
  f=${src%.c}
  if [ -z "${layer_of[$f]:-}" ]; then
    echo "FAIL $src is in no layer: add it to test/layers.sh"
    failed=$((failed + 1))
    continue
  fi
  ${CC:-cc} -std=c11 -c -o $dir/$f.o $src || { echo "FAIL $src does not compile"; failed=$((failed + 1)); continue; }
  for sym in $(nm --defined-only -g $dir/$f.o | awk '{print $3}'); do
    defined_in[$sym]=$f
  done
done

for src in $srcs; do
  f=${src%.c}
  [ -f $dir/$f.o ] || continue
  up=
  for sym in $(nm -u $dir/$f.o | awk '{print $2}'); do
    g=${defined_in[$sym]:-}
    [ -n "$g" ] || continue
    if [ ${layer_of[$g]} -gt ${layer_of[$f]} ]; then
      up="$up $sym($g.c)"
    fi
  done
  if [ -n "$up" ]; then
    echo "FAIL $src calls up the pipeline:$up"
    failed=$((failed + 1))
  else
    passed=$((passed + 1))
  fi
done
echo "$passed passed, $failed failed"
[ $failed = 0 ]
