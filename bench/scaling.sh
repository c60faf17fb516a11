#!/bin/bash
# bench/scaling.sh [COMPILER [SHAPE...]]: shows that the cost of compiling
# grows near-linearly with the input, for every construct that a program
# can make large: long macro chains, deep nesting, huge literals, many
# cases, labels, globals, members, elements.  `make scale` runs it.
#
# Each shape is generated at size N and at 8N and compiled with `9cc -S`
# (and with `9cc -E` where the shape is the preprocessor's); the table
# gives the wall time and the peak memory (/usr/bin/time's %M) at each
# size and their ratios 8N / N.  A linear compiler shows about 8; a
# ratio over 10 is flagged with `!` (times under 0.1 s and peaks under
# 64 MiB at 8N are noise and never flagged).  Nothing here fails on a
# ratio: the script exits 1 only if a shape fails to compile (an error,
# a crash, or running out of the 120 s and 4 GiB each compile is given).
set -u
cc9=$(realpath "${1:-./9cc}")
[ $# -gt 0 ] && shift
only=" $* "
tmp=$(mktemp -d "${TMPDIR:-/tmp}/scaling.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM HUP

# --- the shapes: gen_NAME N writes a C file for size N to stdout ----------

gen_fn_macro_chain() { # M0(x) -> M1(x)+1 -> ... -> M{N-1}(x) -> (x)
  awk -v n=$1 'BEGIN { for (i = 0; i < n - 1; i++) printf "#define M%d(x) M%d(x)+1\n", i, i + 1
    printf "#define M%d(x) (x)\nint main(void) { return M0(1) != %d; }\n", n - 1, n }'
}
gen_macro_arg_nest() { # F(F(F(...F(0)...))), N deep
  awk -v n=$1 'BEGIN { print "#define F(x) (x+1)"; printf "int main(void) { return "
    for (i = 0; i < n; i++) printf "F("; printf "0"; for (i = 0; i < n; i++) printf ")"
    printf " != %d; }\n", n }'
}
gen_va_opt_nest() { # O(O(O(...O(1)...))), N deep, each level a __VA_OPT__
  awk -v n=$1 'BEGIN { print "#define O(...) __VA_OPT__(1+__VA_ARGS__)"; printf "int main(void) { return "
    for (i = 0; i < n; i++) printf "O("; printf "0"; for (i = 0; i < n; i++) printf ")"
    printf " != %d; }\n", n }'
}
gen_obj_macro_chain() { # A0 -> A1 -> ... -> A{N-1} -> 1
  awk -v n=$1 'BEGIN { for (i = 0; i < n - 1; i++) printf "#define A%d A%d\n", i, i + 1
    printf "#define A%d 1\nint main(void) { return A0 != 1; }\n", n - 1 }'
}
gen_fan_out() { # one macro naming N others
  awk -v n=$1 'BEGIN { for (i = 0; i < n; i++) printf "#define B%d 1\n", i
    printf "#define W 0"; for (i = 0; i < n; i++) printf " + B%d", i
    printf "\nint main(void) { return W != %d; }\n", n }'
}
gen_va_args() { # a variadic macro given N arguments
  awk -v n=$1 'BEGIN { print "#define V(first, ...) { first, __VA_ARGS__ }"; printf "int a[] = V(0"
    for (i = 1; i < n; i++) printf ", %d", i; print ");"
    printf "int main(void) { return sizeof a / sizeof *a != %d; }\n", n }'
}
gen_paste_chain() { # a macro of N parameters pasted into one identifier
  awk -v n=$1 'BEGIN { printf "#define P(p0"; for (i = 1; i < n; i++) printf ", p%d", i
    printf ") p0"; for (i = 1; i < n; i++) printf " ## p%d", i
    printf "\nint P(x"; for (i = 1; i < n; i++) printf ", x"; print ") = 1;"
    print "int main(void) { return 0; }" }'
}
gen_defines() { # N #defines, a few of them used
  awk -v n=$1 'BEGIN { for (i = 0; i < n; i++) printf "#define D%d %d\n", i, i
    printf "int main(void) { return D7 + D%d != %d; }\n", n - 1, n + 6 }'
}
gen_include_chain() { # main.c includes inc1.h, which includes inc2.h, ... N deep
  local d=$tmp/inc$1
  mkdir -p "$d"
  awk -v n=$1 -v d="$d" 'BEGIN { for (i = 1; i < n; i++) printf "#include \"inc%d.h\"\nint f%d(void) { return %d; }\n", i + 1, i, i > (d "/inc" i ".h")
    printf "int f%d(void) { return %d; }\n", n, n > (d "/inc" n ".h") }'
  printf '#include "%s/inc1.h"\nint main(void) { return f%d() != %d; }\n' "$d" "$1" "$1"
}
gen_if_nesting() { # #if 1 ... N deep ... #endif
  awk -v n=$1 'BEGIN { for (i = 0; i < n; i++) print "#if 1"; print "int x = 1;"
    for (i = 0; i < n; i++) print "#endif"; for (i = 0; i < n; i++) print "#if 0"; print "int y = 1;"
    for (i = 0; i < n; i++) print "#endif"; print "int main(void) { return x != 1; }" }'
}
gen_long_line() { # a line of N bytes
  awk -v n=$1 'BEGIN { printf "int main(void) { int x = 0;"; for (i = 0; i < n / 8; i++) printf " x += 1;"
    printf " return x != %d; }\n", int(n / 8) }'
}
gen_string_literal() { # a string literal of N bytes, through a pointer
  awk -v n=$1 'BEGIN { printf "const char *s = \""; for (i = 0; i < n / 64; i++) printf "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-"
    print "\";"; print "int main(void) { return s[0] != 97; }" }'
}
gen_string_array() { # a string literal of N bytes initializing arrays, global and local
  awk -v n=$1 'BEGIN { for (k = 0; k < 2; k++) { printf "%s s%d[] = \"", k ? "int main(void) { char" : "char", k
      for (i = 0; i < n / 128; i++) printf "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-"
      print "\";" }
    print "return s0[0] != 97 || s1[1] != 98; }" }'
}
gen_parens() { # an expression in N parentheses
  awk -v n=$1 'BEGIN { printf "int main(void) { return "; for (i = 0; i < n; i++) printf "("
    printf "0"; for (i = 0; i < n; i++) printf ")"; print "; }" }'
}
gen_brackets() { # a[a[a[...a[0]...]]], N deep
  awk -v n=$1 'BEGIN { printf "int a[1];\nint main(void) { return "; for (i = 0; i < n; i++) printf "a["
    printf "0"; for (i = 0; i < n; i++) printf "]"; print "; }" }'
}
gen_init_braces() { # a scalar's initializer in N braces
  awk -v n=$1 'BEGIN { printf "int main(void) { int x = "; for (i = 0; i < n; i++) printf "{"
    printf "0"; for (i = 0; i < n; i++) printf "}"; print "; return x; }" }'
}
gen_nested_blocks() { # { { { ... } } }, N deep
  awk -v n=$1 'BEGIN { printf "int main(void) { int x = 0;\n"; for (i = 0; i < n; i++) printf "{ x++;\n"
    for (i = 0; i < n; i++) printf "}\n"; printf "return x != %d; }\n", n }'
}
gen_nested_locals() { # N nested blocks, each declaring a variable
  awk -v n=$1 'BEGIN { printf "int main(void) { int x = 0;\n"; for (i = 0; i < n; i++) printf "{ int v%d = %d; x += v%d;\n", i, i, i
    for (i = 0; i < n; i++) printf "}\n"; printf "return x != %d; }\n", n * (n - 1) / 2 }'
}
gen_else_if() { # an else-if chain of N branches
  awk -v n=$1 'BEGIN { print "int f(int x) {"; for (i = 0; i < n; i++) printf "  %sif (x == %d) return %d;\n", i ? "else " : "", i, i * 3
    print "  return -1;\n}\nint main(void) { return f(7) != 21; }" }'
}
gen_switch() { # a switch of N cases
  awk -v n=$1 'BEGIN { print "int f(int x) {\n  switch (x) {"; for (i = 0; i < n; i++) printf "  case %d: return %d;\n", i, i * 3
    print "  }\n  return -1;\n}\nint main(void) { return f(7) != 21; }" }'
}
gen_statements() { # one function of N statements
  awk -v n=$1 'BEGIN { print "int main(void) {\n  int x = 0, y = 1;"; for (i = 0; i < n; i++) printf "  x = x + y * %d;\n", i % 7
    print "  return x & 1;\n}" }'
}
gen_labels() { # N labels, each the target of a goto
  awk -v n=$1 'BEGIN { print "int main(void) {\n  int x = 0;\n  goto l0;"; for (i = 0; i < n; i++) printf "l%d: x++; goto l%d;\n", i, i + 1
    printf "l%d: return x != %d;\n}\n", n, n }'
}
gen_globals() { # N global definitions
  awk -v n=$1 'BEGIN { for (i = 0; i < n; i++) printf "int g%d = %d;\n", i, i; print "int main(void) { return g7 != 7; }" }'
}
gen_locals() { # one function of N local variables
  awk -v n=$1 'BEGIN { print "int main(void) {"; for (i = 0; i < n; i++) printf "  int v%d = %d;\n", i, i
    print "  return v7 != 7;\n}" }'
}
gen_enumerators() { # an enum of N constants
  awk -v n=$1 'BEGIN { printf "enum e {"; for (i = 0; i < n; i++) printf " E%d,", i
    printf " };\nint main(void) { return E%d != %d; }\n", n - 1, n - 1 }'
}
gen_struct_members() { # a struct of N members, each assigned by name
  awk -v n=$1 'BEGIN { print "struct s {"; for (i = 0; i < n; i++) printf "  int m%d;\n", i; print "} v;\nint main(void) {"
    for (i = 0; i < n; i++) printf "  v.m%d = %d;\n", i, i; printf "  return v.m%d != %d;\n}\n", n - 1, n - 1 }'
}
gen_initializer() { # an array initializer of N elements
  awk -v n=$1 'BEGIN { printf "int a[] = {"; for (i = 0; i < n; i++) printf "%d,%s", i % 1000, i % 16 == 15 ? "\n" : ""
    printf "};\nint main(void) { return sizeof a / sizeof *a != %d; }\n", n }'
}
gen_declarator() { # int ***...*x, N stars
  awk -v n=$1 'BEGIN { printf "int "; for (i = 0; i < n; i++) printf "*"; print "x;"
    print "int main(void) { return x != 0; }" }'
}
gen_paren_declarator() { # int (((...(x)...))), N deep
  awk -v n=$1 'BEGIN { printf "int "; for (i = 0; i < n; i++) printf "("; printf "x"
    for (i = 0; i < n; i++) printf ")"; print ";\nint main(void) { return x; }" }'
}
gen_op_chain() { # a + a + ... + a, N terms
  awk -v n=$1 'BEGIN { printf "int a = 1;\nint main(void) { return a"; for (i = 1; i < n; i++) printf "%s", i % 32 ? " + a" : "\n + a"
    printf " != %d; }\n", n }'
}
gen_functions() { # a source file of N small functions (~10 lines each)
  awk -v n=$1 'BEGIN { for (i = 0; i < n; i++) { printf "int f%d(int a, int b) {\n  int c = a * %d + b;\n  if (c > 100)\n    c -= a;\n  for (int i = 0; i < 3; i++)\n    c += i;\n  return c;\n}\n\n", i, i % 13 }
    print "int main(void) { return f1(1, 2) < 0; }" }'
}

# name, N (the table's 8N is the size the issue asks for), modes (-E: also
# preprocess only)
shapes=(
  "fn_macro_chain      250     -E"
  "macro_arg_nest      125     -E"
  "va_opt_nest         125     -E"
  "obj_macro_chain     12500   -E"
  "fan_out             12500   -E"
  "va_args             12500   -E"
  "paste_chain         1250    -E"
  "defines             12500   -E"
  "include_chain       24      -E"
  "if_nesting          12500   -E"
  "long_line           131072  -E"
  "string_literal      1310720 -E"
  "string_array        1310720"
  "parens              12500"
  "brackets            2500"
  "init_braces         2500"
  "nested_blocks       6250"
  "nested_locals       5000"
  "else_if             1250"
  "switch              12500"
  "statements          12500"
  "labels              1250"
  "globals             12500"
  "locals              12500"
  "enumerators         12500"
  "struct_members      1250"
  "initializer         125000"
  "declarator          12500"
  "paren_declarator    12500"
  "op_chain            25000"
  "functions           2500"
)

# --- measuring -------------------------------------------------------------

failed=()
# compile FILE MODE: sets secs and kib, or returns 1 (and says why)
compile() {
  local t0=$EPOCHREALTIME st
  ( ulimit -v 4194304
    exec timeout -k 5 120 /usr/bin/time -f %M -o "$tmp/mem" "$cc9" $2 -o "$tmp/out" "$1" ) \
    > /dev/null 2> "$tmp/err"
  st=$?
  secs=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.3f", b - a }')
  kib=$(tail -1 "$tmp/mem" 2>/dev/null)
  case $kib in *[!0-9]*|'') kib=0 ;; esac
  if [ $st -ne 0 ]; then
    why="exit status $st"
    [ $st = 124 ] && why="timed out after 120 s"
    grep -q 'exited with non-zero status\|Command terminated' "$tmp/mem" 2>/dev/null &&
      why="$why: $(grep -v '^[0-9]*$' "$tmp/mem" | head -1)"
    echo "  $3: $why; $(grep -v 'Command exited' "$tmp/err" | head -1)"
    return 1
  fi
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }'; }

printf '%-19s %-3s %8s | %8s %8s %6s | %8s %8s %6s\n' shape "" "8N" "time N" "time 8N" "ratio" "MiB N" "MiB 8N" "ratio"
for s in "${shapes[@]}"; do
  set -- $s
  name=$1 n=$2
  shift 2
  case $only in "  ") ;; *" $name "*) ;; *) continue ;; esac
  gen_$name $n > "$tmp/a.c"
  gen_$name $((n * 8)) > "$tmp/b.c"
  for mode in -S "$@"; do
    line=$(printf '%-19s %-3s %8d' "$name" "$mode" $((n * 8)))
    if ! compile "$tmp/a.c" $mode "$name at N"; then
      failed+=("$name $mode"); printf '%s | FAILED at N\n' "$line"; continue
    fi
    ta=$secs ma=$kib
    if ! compile "$tmp/b.c" $mode "$name at 8N"; then
      failed+=("$name $mode"); printf '%s | FAILED at 8N\n' "$line"; continue
    fi
    tb=$secs mb=$kib
    rt=$(ratio $tb $ta) rm=$(ratio $mb $ma)
    ft=$(awk -v r=$rt -v t=$tb 'BEGIN { print (r > 10 && t >= 0.1) ? "!" : " " }')
    fm=$(awk -v r=$rm -v m=$mb 'BEGIN { print (r > 10 && m >= 65536) ? "!" : " " }')
    printf '%s | %8.3f %8.3f %5s%s | %8.1f %8.1f %5s%s\n' "$line" $ta $tb $rt "$ft" \
      $(awk -v k=$ma 'BEGIN { print k / 1024 }') $(awk -v k=$mb 'BEGIN { print k / 1024 }') $rm "$fm"
  done
done
echo "(time: wall seconds; MiB: peak resident memory; ! marks a ratio over 10)"
if [ ${#failed[@]} -gt 0 ]; then
  echo "scaling: ${#failed[@]} shape(s) failed to compile: ${failed[*]}"
  exit 1
fi
