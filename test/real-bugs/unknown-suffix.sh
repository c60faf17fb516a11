#!/bin/sh
# 9cc bug found building Debian's bzip2 with test/real.sh: an input file
# whose suffix 9cc does not know (bzip2's Makefile names its PIC objects
# NAME.sho) is an error, where gcc hands it to the linker as an object.
#   sh test/real-bugs/unknown-suffix.sh [COMPILER]    # default ./9cc
# gcc: links, prints "ok"; 9cc: "9cc: error: .../m.sho: unknown file type".
cc=${1:-./9cc}
t=$(mktemp -d) && trap 'rm -rf "$t"' EXIT
echo 'int main(void) { return 0; }' > "$t/m.c"
$cc -c -o "$t/m.sho" "$t/m.c" && $cc -o "$t/m" "$t/m.sho" && "$t/m" && echo ok
