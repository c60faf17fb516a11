#!/bin/sh
# test/bootstrap.sh COMPILER DIR: builds 9cc's sources with COMPILER into
# DIR/9cc, keeping each file's assembly as DIR/NAME.s.  No gcc is involved:
# COMPILER preprocesses, compiles, and drives as and ld itself.
set -e
cc=$1
dir=$2
mkdir -p $dir
rm -rf $dir/include
cp -r include $dir/include
objs=
for src in $(sed -n 's/^SRCS = //p' Makefile | sed 's/\.c//g'); do
  $cc -S -o $dir/$src.s $src.c
  $cc -c -o $dir/$src.o $dir/$src.s
  objs="$objs $dir/$src.o"
done
$cc -o $dir/9cc $objs
echo "built $dir/9cc with $cc"
