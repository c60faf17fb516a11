#!/bin/bash
# test/fuzz.sh [SECONDS]: fuzzes 9cc with AFL++ (Debian's afl++).  Builds an
# instrumented 9cc in build/fuzz, seeds it with small programs made from
# test/ and test/errors/ (preprocessed, so they stand alone), gives it a
# dictionary of C tokens, and runs afl-fuzz for SECONDS (default 600).
# Crashes and hangs land in build/fuzz/out/default/{crashes,hangs}; each one
# found becomes a regression test under test/errors/.
set -eu
secs=${1:-600}
dir=build/fuzz
mkdir -p $dir/obj $dir/seeds
cc=$(command -v afl-clang-fast || command -v afl-gcc-fast || command -v afl-cc)

for f in $(sed -n 's/^SRCS = //p' Makefile | sed 's/\.c//g'); do
  AFL_QUIET=1 $cc -std=c11 -g -O1 -c -o $dir/obj/$f.o $f.c
done
AFL_QUIET=1 $cc -o $dir/9cc $dir/obj/*.o -lpthread
rm -rf $dir/include
cp -r include $dir/include

# Seeds: small, self-contained inputs.
rm -f $dir/seeds/*
i=0
for f in test/errors/*.c; do
  [ $(wc -c < $f) -lt 2000 ] && cp $f $dir/seeds/err$i.c && i=$((i + 1))
done
for f in test/arith.c test/control.c test/struct.c test/init.c test/float.c test/decl.c \
         test/int128.c test/vector.c test/bitint.c test/fortify.c test/atomic.c; do
  # The first 60 lines of each test, preprocessed: valid C of every kind.
  ./9cc -E -Itest $f 2>/dev/null | grep -v '^#' | head -60 > $dir/seeds/t$i.c || true
  i=$((i + 1))
done

# A dictionary of C's keywords and punctuators.
dict=$dir/c.dict
: > $dict
for w in auto break case char const continue default do double else enum extern \
         float for goto if inline int long register restrict return short signed \
         sizeof static struct switch typedef union unsigned void volatile while \
         _Alignas _Alignof _Bool _Generic _Noreturn _Static_assert _Thread_local \
         __attribute__ __typeof__ __builtin_va_arg __builtin_offsetof \
         '#define' '#include' '#if' '#ifdef' '#endif' '#else' '#elif' '#undef' \
         '#pragma pack' '##' '__VA_ARGS__' '...' '->' '<<=' '>>=' '&&' '||' \
         '++' '--' '==' '!=' '<=' '>=' '{' '}' '[' ']' '(' ')' ';' ',' '?' ':' \
         __int128 _BitInt nullptr constexpr '#embed' __has_embed '[[' ']]' \
         'vector_size' __builtin_shuffle __builtin_object_size _Atomic asm; do
  printf '"%s"\n' "$(printf '%s' "$w" | sed 's/\\/\\\\/g; s/"/\\"/g')" >> $dict
done

export AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
timeout $((secs + 60)) afl-fuzz -i $dir/seeds -o $dir/out -x $dict -t 2000 -m none \
  -V $secs -- $dir/9cc -S -o /dev/null -x c @@ > $dir/afl.log 2>&1 || true

stats=$dir/out/default/fuzzer_stats
if [ -f $stats ]; then
  grep -E '^(execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|run_time|bitmap_cvg) ' $stats
fi
crashes=$(ls $dir/out/default/crashes 2>/dev/null | grep -c id || true)
hangs=$(ls $dir/out/default/hangs 2>/dev/null | grep -c id || true)
echo "fuzz: $crashes crashes, $hangs hangs"
[ "$crashes" = 0 ] && [ "$hangs" = 0 ]
