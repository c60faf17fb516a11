#!/bin/bash
# bench/scaling.sh [COMPILER]: shows that compile time grows linearly with
# the input on the large inputs a compiler meets: a long string literal, a
# function of many statements, a switch of many cases, many global
# definitions, a big source file.  Each input is generated at sizes N, 2N
# and 4N; the table prints the time of each size relative to size N (a
# linear compiler shows about 1, 2, 4).  Ratios, not timings: nothing here
# can fail on speed, only on a compile error.
set -u
cc9=$(realpath ${1:-./9cc})
tmp=$(mktemp -d)
trap 'rm -rf $tmp' EXIT

gen_string() { # a string literal of $1 bytes
  awk -v n=$1 'BEGIN { printf "const char s[] = \""; for (i = 0; i < n / 64; i++) printf "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-"; print "\";"; print "int main(void) { return s[0] != 97; }" }'
}
gen_stmts() { # one function of $1 statements
  awk -v n=$1 'BEGIN { print "int main(void) {\n  int x = 0, y = 1;"; for (i = 0; i < n; i++) printf "  x = x + y * %d;\n", i % 7; print "  return x & 1;\n}" }'
}
gen_switch() { # a switch of $1 cases
  awk -v n=$1 'BEGIN { print "int f(int x) {\n  switch (x) {"; for (i = 0; i < n; i++) printf "  case %d: return %d;\n", i, i * 3; print "  }\n  return -1;\n}\nint main(void) { return f(7) != 21; }" }'
}
gen_globals() { # $1 global definitions
  awk -v n=$1 'BEGIN { for (i = 0; i < n; i++) printf "int g%d = %d;\n", i, i; print "int main(void) { return g7 != 7; }" }'
}
gen_functions() { # a source file of $1 small functions (~10 lines each)
  awk -v n=$1 'BEGIN { for (i = 0; i < n; i++) { printf "int f%d(int a, int b) {\n  int c = a * %d + b;\n  if (c > 100)\n    c -= a;\n  for (int i = 0; i < 3; i++)\n    c += i;\n  return c;\n}\n\n", i, i % 13 } print "int main(void) { return f1(1, 2) < 0; }" }'
}

time_compile() { # seconds (best of 3) for `9cc $2` on $1 (-S: the compiler alone, -c: with as)
  best=
  for run in 1 2 3; do
    s=$(date +%s.%N)
    "$cc9" $2 -o $tmp/out "$1" || { echo "compile error on $1" >&2; exit 1; }
    e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc -l)
    if [ -z "$best" ] || [ $(echo "$t < $best" | bc -l) = 1 ]; then best=$t; fi
  done
  echo $best
}

printf "%-26s %12s | %-30s | %-30s\n" "" "" "9cc -S (the compiler alone)" "9cc -c (with as)"
printf "%-26s %12s | %10s %9s %9s | %10s %9s %9s\n" "input" "size N" "time N" "2N / N" "4N / N" \
  "time N" "2N / N" "4N / N"
row() {
  name=$1 gen=$2 n=$3 unit=$4
  $gen $n > $tmp/a.c
  $gen $((n * 2)) > $tmp/b.c
  $gen $((n * 4)) > $tmp/c.c
  printf "%-26s %9d %-2s" "$name" $n "$unit"
  for mode in -S -c; do
    ta=$(time_compile $tmp/a.c $mode)
    tb=$(time_compile $tmp/b.c $mode)
    tc=$(time_compile $tmp/c.c $mode)
    printf " | %9.3fs %9.2f %9.2f" $ta $(echo "$tb / $ta" | bc -l) $(echo "$tc / $ta" | bc -l)
  done
  echo
}
row "string literal" gen_string 262144 "B"
row "statements in a function" gen_stmts 25000 ""
row "switch cases" gen_switch 5000 ""
row "global definitions" gen_globals 25000 ""
row "source file (functions)" gen_functions 25000 ""
echo "(4N reaches a 1 MB string literal, 100,000 statements, a 20,000-case switch,"
echo " 100,000 globals and a ~10 MB source file of 100,000 functions)"
