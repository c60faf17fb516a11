#!/bin/sh
# 9cc bug found building Debian's expat with test/real.sh: the -Wl,
# options reach ld ahead of every input file instead of in their place, so
# -Wl,--whole-archive lib.a -Wl,--no-whole-archive pulls nothing in, and
# libtool's libexpat.so exports no symbol.
#   sh test/real-bugs/wl-order.sh [COMPILER]    # default ./9cc
# Prints whether f is exported; gcc: "T f", 9cc: nothing.
cc=${1:-./9cc}
t=$(mktemp -d) && trap 'rm -rf "$t"' EXIT
echo 'int f(void) { return 42; }' > "$t/f.c"
$cc -c -fPIC -o "$t/f.o" "$t/f.c" && ar cr "$t/libf.a" "$t/f.o"
$cc -shared -Wl,--whole-archive "$t/libf.a" -Wl,--no-whole-archive -o "$t/libf.so"
nm -D "$t/libf.so" | grep ' f$'
