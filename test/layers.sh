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
# needs (nm) and prints every call that goes up (one check per object
# file).
#
# It also keeps the rooms readable: no function is over 150 lines, unless
# the comment above it says that its switch over node kinds "reads better
# whole".  Ends with "N passed, N failed".
set -u
. "$(dirname "$0")/lib.sh"
layers=(
  "util"
  "type"
  "tokenize"
  "preprocess"
  "scope decl init stmt expr ops eval complex vector builtin fortify parse"
  "codegen int128 atomic_lock asm dwarf dump explain"
  "main"
)
dir=build/layers
mkdir -p $dir
srcs=$(sed -n 's/^SRCS = //p' Makefile)
declare -A layer_of defined_in
for i in "${!layers[@]}"; do
  for f in ${layers[$i]}; do layer_of[$f]=$i; done
done

for src in $srcs; do
  f=${src%.c}
  if [ -z "${layer_of[$f]:-}" ]; then
    fail "$src is in no layer: add it to test/layers.sh"
    continue
  fi
  ${CC:-cc} -std=c11 -c -o $dir/$f.o $src || { fail "$src does not compile"; continue; }
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
    fail "$src calls up the pipeline:$up"
  else
    pass "$src calls only its own layer and those below"
  fi
done

# A function starts at a line in column 0 that names it with "(" and does
# not end in ";", and ends at the next "}" in column 0.
for src in $srcs; do
  long=$(awk 'BEGIN { limit = 150 }
    /^[A-Za-z_].*\(/ && !/;$/ { name = $0; start = NR; whole = (prev ~ /reads better whole/) }
    /^}/ && name != "" {
      if (NR - start + 1 > limit && !whole) printf " %s(%d lines)", substr(name, 1, 40), NR - start + 1
      name = ""
    }
    /^\/\// { prev = prev " " $0 } !/^\/\// { prev = "" }' $src)
  if [ -n "$long" ]; then
    fail "$src has functions over 150 lines:$long"
  else
    pass "$src has no function over 150 lines"
  fi
done
finish
