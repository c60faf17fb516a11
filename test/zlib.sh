#!/bin/bash
# test/zlib.sh [COMPILER]: builds zlib entirely with 9cc — the copy that
# Debian's gcc-12-source carries, extracted at test time into build/zlib —
# then runs zlib's own `example` self-test and a minigzip round trip of a
# 1 MB file.  Ends with "N passed, N failed".
set -u
. "$(dirname "$0")/lib.sh"
cc9=$(realpath ${1:-./9cc})
dir=build/zlib
# check_status STATUS DESC: passes if STATUS (of the command just run) is 0.
check_status() { if [ "$1" = 0 ]; then pass "$2"; else fail "$2"; fi; }

. "$(dirname "$0")/zlib-src.sh"
zlib_extract $dir || bail_out "zlib: install Debian's gcc-12-source first"

cd $dir
rm -f *.o libz.a example minigzip
ok=0
for f in adler32 compress crc32 deflate gzclose gzlib gzread gzwrite infback inffast \
         inflate inftrees trees uncompr zutil; do
  $cc9 -c -O2 -I. -DHAVE_UNISTD_H -o $f.o $f.c || ok=1
done
check_status $ok "zlib library compiles with 9cc"
ar rcs libz.a *.o
$cc9 -I. -DHAVE_UNISTD_H -o example test/example.c libz.a
check_status $? "example links"
$cc9 -I. -DHAVE_UNISTD_H -o minigzip test/minigzip.c libz.a
check_status $? "minigzip links"

./example > example.log 2>&1
check_status $? "example self-test"

# A 1 MB input that compresses somewhat: text with repetition.
awk 'BEGIN { srand(1); for (i = 0; i < 40000; i++) printf "line %d %d zlib test %x\n", i, int(rand() * 1000), i * 7919 }' | head -c 1048576 > in.txt
./minigzip < in.txt > in.txt.gz && ./minigzip -d < in.txt.gz > out.txt && cmp -s in.txt out.txt
check_status $? "minigzip round trip of $(wc -c < in.txt) bytes ($(wc -c < in.txt.gz) compressed)"

finish
