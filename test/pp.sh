#!/bin/bash
# Shell checks of the preprocessor and driver that need files or flags:
# -E line markers, #include_next, -include, -D/-U order, -I order, #error and
# #warning, the -M family of dependency outputs, and the probe options.
#   test/pp.sh [COMPILER]      # default ./9cc; `test/pp.sh gcc` must pass too
# Expected values are what gcc does with the same input (for -M the rule
# structure and the presence or absence of specific files, not the full list
# of system headers).  Prints "PASS desc" or "FAIL desc (expected X, got Y)"
# per check, then "N passed, N failed", and exits non-zero on any failure.

. "$(dirname "$0")/lib.sh"

cc=${1:-./9cc}
case $cc in
  */*) cc=$(cd "$(dirname "$cc")" && pwd)/$(basename "$cc") ;;
esac
here=$(cd "$(dirname "$0")" && pwd)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/9cc-pp.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 2

# ok STATUS DESC: passes if STATUS (of the command just run) is 0
ok() { if [ "$1" -eq 0 ]; then pass "$2"; else fail "$2" "success" "status $1${3:+: $3}"; fi; }
yesno() { if "$@"; then echo yes; else echo no; fi; }

# compile_run EXPECTED_STATUS DESC ARGS...: compile with ARGS to ./prog, run it.
compile_run() {
  local expected=$1 desc=$2 st
  shift 2
  rm -f prog
  if ! timeout 20 "$cc" -o prog "$@" > out 2> err; then
    fail "$desc" "status $expected" "compile error: $(oneline "$(head -3 err)")"
    return
  fi
  timeout 5 ./prog
  st=$?
  check "$desc" "$expected" "$st"
}

# capped_run EXPECTED DESC KIB FILE: compiles FILE with -S in 20 s and KIB
# of memory (limits that catch a blow-up, not a slowdown), then links and
# runs it.
capped_run() {
  local expected=$1 desc=$2 kib=$3 file=$4 st
  rm -f capped.s prog
  (ulimit -v $kib; timeout 20 "$cc" -S -o capped.s "$file" 2> err)
  st=$?
  ok $st "$desc: compiles in 20 s and ${kib} KiB" "$(oneline "$(head -2 err)")"
  "$cc" -o prog capped.s 2> err && ./prog
  check "$desc" "$expected" $?
}

# The first rule of a make dependency file, continuation lines joined, on one
# line: "target...: prerequisite...".
first_rule() { sed -e ':a' -e '/\\$/N; s/\\\n/ /; ta' "$1" | sed -n '/:/{p;q}' | tr -s ' \t' '  '; }
rule_target() { local r; r=$(first_rule "$1"); r=${r%%:*}; echo $r; }
rule_prereqs() { local r; r=$(first_rule "$1"); echo ${r#*:}; }
# has_word WORD LIST...
has_word() { local w=$1; shift; for x in $*; do [ "$x" = "$w" ] && return 0; done; return 1; }
# has_suffix SUFFIX LIST...: some word ends with SUFFIX
has_suffix() { local s=$1; shift; for x in $*; do case $x in *"$s") return 0 ;; esac; done; return 1; }
no_duplicates() { [ -z "$(printf '%s\n' $* | sort | uniq -d)" ]; }

# ---------------------------------------------------------------------------
# 1. -E output
# ---------------------------------------------------------------------------
printf 'int from_header;\n' > hh.h
printf '#define N 42\n#include "hh.h"\nint a = N;\n\nint b = 5; int line5 = __LINE__;\n' > m.c
"$cc" -E m.c > m.i 2> err
st=$?
ok $st "-E m.c exits 0" "$(oneline "$(head -2 err)")"
grep -q '^# 1 "m.c"' m.i
st=$?
ok $st "-E output has the line marker '# 1 \"m.c\"' (got '$(oneline "$(grep '^#' m.i | head -4)")')"
grep -q '^# 1 "hh.h"' m.i
st=$?
ok $st "-E output has a line marker '# 1 \"hh.h\"' for the included header"
grep -q 'int a = 42;' m.i && ! grep -q '\bN\b' m.i
st=$?
ok $st "-E output has the expanded text 'int a = 42;'"
# Follow the line markers to find where each line of text says it comes from.
where() {
  awk -v pat="$1" '
    /^# [0-9]+ "/ { line = $2; file = $3; gsub(/"/, "", file); next }
    { if (index($0, pat)) { print file ":" line; exit } line++ }' "$2"
}
check "-E: 'int a' is attributed to m.c:3" "m.c:3" "$(where 'int a' m.i)"
check "-E: 'int b' is attributed to m.c:5" "m.c:5" "$(where 'int b' m.i)"
check "-E: 'int from_header' is attributed to hh.h:1" "hh.h:1" "$(where 'int from_header' m.i)"
check "-E: __LINE__ on line 5 is 5" "yes" "$(grep -v '^#' m.i | tr -d '\n' | grep -q 'line5 = *5 *;' && echo yes || echo no)"

# The output must re-tokenize to the same tokens: no accidental pasting.
printf '#define PLUS +\n#define MINUS -\nint main(void) { int a = 1, b = 2; return a PLUS+b MINUS-1; }\n' > paste.c
"$cc" -E paste.c > paste.i 2> err && gcc -w -x c -o prog paste.i 2> err2 && ./prog
check "-E output of 'a PLUS+b MINUS-1' keeps the tokens apart (gcc compiles it to 4)" 4 $?

# What the built-in macros give stays on its line and spaced as written,
# as in gcc's -E; standard input is called <stdin>, as gcc calls it.
printf 'const char *f = __FILE__ __FILE__; int l = 1 +__LINE__ + __LINE__;\n' > line.c
printf '#define S "b"\nchar *s = "a" S L"c";\n' > join.c
check "-E leaves adjacent string literals apart, as gcc does" \
  "$(gcc -E -P join.c)" "$("$cc" -E join.c | grep -v '^#' | grep .)"
check "-E of __FILE__ and __LINE__: one line, spaced as the source" \
  "$(gcc -E -P line.c)" "$("$cc" -E line.c | grep -v '^#')"
check "-E - names standard input <stdin>" \
  "$(gcc -E - < line.c | grep -v '^#')" "$("$cc" -E - < line.c | grep -v '^#')"
check "-E - line markers name <stdin>" yes \
  "$("$cc" -E - < line.c | grep '^#' | grep -qv '"<stdin>"' && echo no || echo yes)"

# #pragma lines (also from _Pragma) are kept so that the output still means
# the same thing.
printf '#pragma pack(1)\nstruct s { char c; int i; };\nint main(void) { return sizeof(struct s); }\n' > pragma.c
"$cc" -E pragma.c > pragma.i 2> err && gcc -w -x c -o prog pragma.i 2> err2 && ./prog
st=$?
check "-E keeps '#pragma pack(1)' (gcc compiles the output to sizeof 5; output '$(oneline "$(grep -v '^# ' pragma.i | head -c 200)")')" 5 $st
printf '_Pragma("pack(1)")\nstruct s { char c; int i; };\nint main(void) { return sizeof(struct s); }\n' > pragma2.c
"$cc" -E pragma2.c > pragma2.i 2> err && gcc -w -x c -o prog pragma2.i 2> err2 && ./prog
check "-E turns _Pragma(\"pack(1)\") into a #pragma line (gcc compiles the output to sizeof 5)" 5 $?

# C11 6.10p8 EXAMPLE: a line that starts with a # only after macro
# replacement is not a directive.
printf '#define EMPTY\nEMPTY # define foo 1\nint foo;\n' > notdir.c
"$cc" -E notdir.c > notdir.i 2> err
st=$?
ok $st "-E of 'EMPTY # define foo 1' exits 0" "$(oneline "$(head -2 err)")"
check "'EMPTY # define foo 1' does not define foo (got '$(oneline "$(grep -v '^# [0-9]' notdir.i)")')" yes "$(grep -q 'int foo;' notdir.i && echo yes || echo no)"

# C11 6.10.3.3 EXAMPLE: # ## # makes a ## token, which is not an operator.
printf '#define hash_hash # ## #\nx hash_hash y\n' > hh.c
"$cc" -E hh.c > hh.i 2> err
st=$?
ok $st "-E of 'x hash_hash y' exits 0" "$(oneline "$(head -2 err)")"
check "'x hash_hash y' gives 'x ## y'" yes "$(grep -q 'x ## y' hh.i && echo yes || echo no)"

# #line shows up as a line marker.
printf '#line 100 "foo.c"\nint at100;\n' > line.c
"$cc" -E line.c > line.i 2> err
check "-E after '#line 100 \"foo.c\"': text attributed to foo.c:100" "foo.c:100" "$(where 'int at100' line.i)"

# Each token is renumbered once, not once for every marker before it: a
# file of 100,000 line markers (as `gcc -E` output has many) compiles in a
# fraction of a second, where renumbering every later token at each marker
# took about a minute.  The last marker names the line of the error.
awk 'BEGIN { for (i = 1; i <= 100000; i++) printf "# %d \"gen%d.c\"\nint v%d;\n", i * 10, i % 7, i;
             print "# 1000000 \"last.c\""; print "int x = ;" }' > markers.c
timeout 20 "$cc" -S -o /dev/null markers.c 2> err
st=$?
check "100,000 line markers: error reported at last.c:1000000:9 (status $st)" \
  "last.c:1000000:9: error: expected expression before ';' token" "$(head -1 err)"

# A chain of 2,000 function-like macros, each calling the next (M0(x) is
# M1(x)+1, ..., M1999(x) is (x)): the tokens of each level carry the names
# of all the levels above in their hide sets, and copying those sets made
# time and memory grow with the cube of the depth (2.6 GB at depth 1,000,
# out of memory at 2,000).  gcc takes 0.03 s; so does 9cc with shared hide
# sets, in about 11 MB.  M0(1) is 1 plus 1,999 ones.
awk 'BEGIN { for (i = 0; i < 1999; i++) printf "#define M%d(x) M%d(x)+1\n", i, i + 1;
             print "#define M1999(x) (x)"; print "int main(void) { return M0(1) - 1958; }" }' > chain.c
capped_run 42 "2,000 nested macro calls: M0(1) is 2000 (gcc: 2000 - 1958 = 42)" 262144 chain.c

# F(F(F(...F(1)...))), 1,000 deep (the limit): each level copied its whole
# argument, and the argument's expansion again into the body, which took
# memory in the square of the depth (360 MB).  The calls' own tokens serve
# now.  F(x) is (x)+1, so the value is 1 + 1,000 (gcc: 1001 - 959 = 42).
awk 'BEGIN { print "#define F(x) (x)+1"; printf "int main(void) { return ";
             for (i = 0; i < 1000; i++) printf "F("; printf "1"; for (i = 0; i < 1000; i++) printf ")";
             print " - 959; }" }' > fnest.c
capped_run 42 "F(F(...)) 1,000 deep is 1001 (gcc: 1001 - 959 = 42)" 131072 fnest.c

# x ## 0 ## 1 ## ... with 40,000 operands: each paste copied the text so
# far, 810 MB and 10 s in all; a run of operands that only lengthen an
# identifier or a number is now pasted at once.  CAT3 pastes argument
# runs: y1_z, n0x1f and the number 10e1 (gcc: 40 + 2 - 100 + 100 = 42).
# gcc pastes one at a time too (890 MB): for gcc only the value counts.
paste_cap=131072
case $(basename "$cc") in gcc*) paste_cap=unlimited ;; esac
awk 'BEGIN { printf "#define LONG x"; for (i = 0; i < 40000; i++) printf " ## %d", i % 10; print "";
             print "#define CAT3(a, b, c) a ## b ## c"; print "int LONG = 40;";
             printf "int main(void) { int CAT3(y, 1, _z) = 2, CAT3(n, 0x, 1f) = CAT3(1, 0, e1); return x";
             for (i = 0; i < 40000; i++) printf "%d", i % 10; print " + y1_z - 100 + n0x1f; }" }' > pastes.c
capped_run 42 "40,000 ## in a row give one identifier (gcc: 42)" $paste_cap pastes.c

# An #if expression nested too deeply for the stack is an error at the
# operand past the parser's limit for C expressions (200,000), here the 1
# inside 200,001 parentheses, not a crash (5,000,000 parentheses crashed).
# gcc has no limit.
awk 'BEGIN { printf "#if "; for (i = 0; i < 200001; i++) printf "(";
             printf "1"; for (i = 0; i < 200001; i++) printf ")"; print "\nint x;\n#endif" }' > ifdeep.c
timeout 20 "$cc" -E -o /dev/null ifdeep.c 2> err
st=$?
case $(basename "$cc") in
  gcc*) ;;
  *) check "#if nested 200,001 deep: a located error" \
       "ifdeep.c:1:200006: error: #if expression nested too deeply (status 1)" "$(head -1 err) (status $st)" ;;
esac

# ---------------------------------------------------------------------------
# 2. Include search: #include_next, -I order, the including file's directory
# ---------------------------------------------------------------------------
printf '#include <x.h>\nint main(void) { return X_FROM_A * 10 + X_FROM_B; }\n' > next.c
compile_run 12 "#include_next <x.h> from -I a/ finds -I b/x.h (test/include/{a,b})" \
  -I"$here/include/a" -I"$here/include/b" next.c
printf '#include "x.h"\nint main(void) { return X_FROM_A * 10 + X_FROM_B; }\n' > next2.c
compile_run 12 "#include \"x.h\" then #include_next <x.h>" \
  -I"$here/include/a" -I"$here/include/b" next2.c
printf '#include <x.h>\nint main(void) {\n#ifdef X_FROM_A\n  return 1;\n#endif\n  return X_FROM_B;\n}\n' > next3.c
compile_run 2 "-I b/ -I a/: b/x.h is found first, a/x.h not read" \
  -I"$here/include/b" -I"$here/include/a" next3.c

# A wrapper around a system header, the gnulib way.
mkdir -p wrap
printf '#define WRAPPED 1\n#include_next <limits.h>\n' > wrap/limits.h
printf '#include_next <stdio.h>\n#define WRAPPED_STDIO 2\n' > wrap/stdio.h
printf '#include <limits.h>\n#include <stdio.h>\nint main(void) { char b[8]; snprintf(b, 8, "%%d", WRAPPED_STDIO); return WRAPPED + (INT_MAX == 2147483647) + (b[0] == 50); }\n' > wrapuse.c
compile_run 3 "-I wrap/ with limits.h and stdio.h wrappers using #include_next" -Iwrap wrapuse.c

mkdir -p d1 d2
echo '#define V 1' > d1/h.h
echo '#define V 2' > d2/h.h
printf '#include <h.h>\nint main(void) { return V; }\n' > iorder.c
compile_run 1 "-I d1 -I d2: d1/h.h wins" -Id1 -Id2 iorder.c
compile_run 2 "-I d2 -I d1: d2/h.h wins" -Id2 -Id1 iorder.c
printf '#include "h.h"\nint main(void) { return V; }\n' > iorder2.c
compile_run 2 "#include \"h.h\" with -I d2 -I d1: d2/h.h wins" -Id2 -Id1 iorder2.c

# -I directories come before the system ones, for <> includes too.
mkdir -p sys
echo '#define MY_LIMITS_H 7' > sys/limits.h
echo '#define MY_STDIO_H 8' > sys/stdio.h
printf '#include <limits.h>\n#include <stdio.h>\nint main(void) { return MY_LIMITS_H + MY_STDIO_H; }\n' > shadow.c
compile_run 15 "-I sys/ shadows <limits.h> and <stdio.h>" -Isys shadow.c

# A quoted include is looked up next to the file that includes it first.
mkdir -p src/sub
echo '#include "b.h"' > src/sub/a.h
echo '#define B 1' > src/sub/b.h
echo '#define B 2' > src/b.h
printf '#include "sub/a.h"\nint main(void) { return B; }\n' > src/main.c
compile_run 1 "#include \"b.h\" from src/sub/a.h finds src/sub/b.h" src/main.c

# ---------------------------------------------------------------------------
# 3. -include, -D and -U
# ---------------------------------------------------------------------------
echo '#define FROM_INCLUDE 9' > pre.h
echo 'int main(void) { return FROM_INCLUDE; }' > useinc.c
compile_run 9 "-include pre.h" -include pre.h useinc.c
echo '#define A1 3' > pre1.h
echo '#define A2 (A1 + 1)' > pre2.h
echo 'int main(void) { return A2; }' > useinc2.c
compile_run 4 "-include pre1.h -include pre2.h, in order" -include pre1.h -include pre2.h useinc2.c
printf '#if V5 == 5\n#define W 6\n#endif\n' > pre3.h
echo 'int main(void) { return W; }' > useinc3.c
compile_run 6 "-include pre3.h -DV5=5: -D is seen by the -include file" -include pre3.h -DV5=5 useinc3.c
printf 'int main(void) { return __LINE__; }\n' > useinc4.c
compile_run 1 "-include does not shift __LINE__ of the main file" -include pre.h useinc4.c
printf '#include "pre.h"\nint main(void) { return FROM_INCLUDE + __INCLUDE_LEVEL__; }\n' > useinc5.c
compile_run 9 "__INCLUDE_LEVEL__ is 0 in the main file" useinc5.c

printf '#ifdef X\nint main(void) { return X; }\n#else\nint main(void) { return 100; }\n#endif\n' > dx.c
compile_run 100 "-DX=1 -UX: X undefined" -DX=1 -UX dx.c
compile_run 2 "-UX -DX=2: X is 2" -UX -DX=2 dx.c
compile_run 3 "-DX=1 -UX -DX=3: X is 3" -DX=1 -UX -DX=3 dx.c
compile_run 5 "-DX=4 -DX=5: the last one wins" -w -DX=4 -DX=5 dx.c
compile_run 1 "-DX: X is 1" -DX dx.c
printf 'int main(void) { return X + 7; }\n' > dempty.c
compile_run 7 "-DX=: X is empty" -DX= dempty.c
printf 'int printf(const char *, ...);\nint main(void) { return sizeof(S) + TWICE(3); }\n' > dstr.c
compile_run 9 "-D'S=\"hi\"' -D'TWICE(a)=((a)*2)'" '-DS="hi"' '-DTWICE(a)=((a)*2)' dstr.c

# ---------------------------------------------------------------------------
# 4. #error and #warning
# ---------------------------------------------------------------------------
printf 'int x;\n#error my message here\nint y;\n' > err.c
rm -f err.o
"$cc" -c -o err.o err.c > out 2> err
st=$?
check "#error: compilation fails" nonzero "$([ $st -ne 0 ] && echo nonzero || echo 0)"
grep -q 'my message here' err
st=$?
ok $st "#error: stderr has the message (stderr '$(oneline "$(head -2 err)")')"
check "#error: no object file left" no "$(yesno test -e err.o)"
"$cc" -E err.c > out 2> err
st=$?
check "#error with -E: fails too" nonzero "$([ $st -ne 0 ] && echo nonzero || echo 0)"
printf '#if 0\n#error not this one\n#endif\nint x;\n' > err2.c
"$cc" -c -o err2.o err2.c > out 2> err
st=$?
ok $st "#error in a skipped group does nothing"

printf '#warning careful now\nint x;\n' > warn.c
rm -f warn.o
"$cc" -c -o warn.o warn.c > out 2> err
st=$?
ok $st "#warning: compilation succeeds"
grep -q 'careful now' err && grep -qi 'warning' err
st=$?
ok $st "#warning: stderr has a warning with the message (stderr '$(oneline "$(head -2 err)")')"
check "#warning: object file written" yes "$(yesno test -s warn.o)"
rm -f warn.o
"$cc" -w -c -o warn.o warn.c > out 2> err
check "#warning with -w: nothing on stderr" "" "$(oneline "$(cat err)")"

# ---------------------------------------------------------------------------
# 5. Dependency output
# ---------------------------------------------------------------------------
mkdir -p dep/inc dep/obj
cd dep || exit 2
echo '#define H 1' > inc/h.h
echo '#define L 2' > local.h
printf '#include <stdio.h>\n#include "inc/h.h"\n#include "local.h"\n#include "local.h"\nint main(void) { return H + L; }\n' > f.c

rm -f f.o
"$cc" -M f.c > M.out 2> err
st=$?
ok $st "-M f.c exits 0"
check "-M: target is f.o" "f.o" "$(rule_target M.out)"
pre=$(rule_prereqs M.out)
check "-M: first prerequisite is f.c" "f.c" "$(set -- $pre; echo $1)"
check "-M: lists inc/h.h and local.h" yes "$(has_word inc/h.h $pre && has_word local.h $pre && echo yes || echo no)"
check "-M: lists a system header .../stdio.h" yes "$(yesno has_suffix /stdio.h $pre)"
check "-M: lists every file once (duplicates: '$(printf '%s\n' $pre | sort | uniq -d | tr '\n' ' ')')" yes "$(yesno no_duplicates $pre)"
check "-M: no object file written" no "$(yesno test -e f.o)"

"$cc" -MM f.c > MM.out 2> err
st=$?
ok $st "-MM f.c exits 0"
check "-MM: target is f.o" "f.o" "$(rule_target MM.out)"
pre=$(rule_prereqs MM.out)
check "-MM: prerequisites are f.c inc/h.h local.h" "f.c inc/h.h local.h" "$(echo $pre)"
check "-MM: no system header such as stdio.h" no "$(yesno has_suffix stdio.h $pre)"

"$cc" -MM -MT mytarget f.c > MT.out 2> err
check "-MM -MT mytarget: target is mytarget" "mytarget" "$(rule_target MT.out)"
check "-MM -MT mytarget: same prerequisites" "f.c inc/h.h local.h" "$(echo $(rule_prereqs MT.out))"

"$cc" -MM -MP f.c > MP.out 2> err
st=$?
ok $st "-MM -MP exits 0"
check "-MM -MP: phony target 'inc/h.h:'" yes "$(yesno grep -qx 'inc/h.h:' MP.out)"
check "-MM -MP: phony target 'local.h:'" yes "$(yesno grep -qx 'local.h:' MP.out)"
check "-MM -MP: no phony target for f.c" no "$(yesno grep -qx 'f.c:' MP.out)"

rm -f out.d
"$cc" -MM -MF out.d f.c > MF.out 2> err
st=$?
ok $st "-MM -MF out.d exits 0"
check "-MM -MF out.d: nothing on stdout" "" "$(cat MF.out)"
check "-MM -MF out.d: out.d has the rule" "f.o: f.c inc/h.h local.h" "$(first_rule out.d 2>/dev/null | sed 's/ *$//')"

rm -f f.o dep.d
"$cc" -MD -MF dep.d -c f.c -o f.o 2> err
st=$?
ok $st "-MD -MF dep.d -c f.c -o f.o exits 0"
check "-MD -MF dep.d: object written" yes "$(yesno test -s f.o)"
check "-MD -MF dep.d: dep.d written" yes "$(yesno test -s dep.d)"
check "-MD -MF dep.d: target is f.o" "f.o" "$(rule_target dep.d 2>/dev/null)"
pre=$(rule_prereqs dep.d 2>/dev/null)
check "-MD: lists f.c inc/h.h local.h and stdio.h" yes "$(has_word f.c $pre && has_word inc/h.h $pre && has_word local.h $pre && has_suffix /stdio.h $pre && echo yes || echo no)"

rm -f obj/f.o obj/f.d f.d
"$cc" -MMD -c f.c -o obj/f.o 2> err
st=$?
ok $st "-MMD -c f.c -o obj/f.o exits 0"
check "-MMD: object obj/f.o written" yes "$(yesno test -s obj/f.o)"
check "-MMD: obj/f.d written next to the object" yes "$(yesno test -s obj/f.d)"
check "-MMD: no f.d in the current directory" no "$(yesno test -e f.d)"
check "-MMD: obj/f.d is 'obj/f.o: f.c inc/h.h local.h'" "obj/f.o: f.c inc/h.h local.h" "$(first_rule obj/f.d 2>/dev/null | sed 's/ *$//')"

rm -f obj/g.o obj/g.d g.d
"$cc" -MD -c f.c -o obj/g.o 2> err
check "-MD -c f.c -o obj/g.o writes obj/g.d" yes "$(yesno test -s obj/g.d)"
check "-MD -o obj/g.o: target is obj/g.o" "obj/g.o" "$(rule_target obj/g.d 2>/dev/null)"

rm -f t.d
"$cc" -MMD -MF t.d -MT custom -MP -c f.c -o obj/t.o 2> err
check "-MMD -MF t.d -MT custom: target is custom" "custom" "$(rule_target t.d 2>/dev/null)"
check "-MMD -MF t.d -MP: phony 'local.h:'" yes "$(yesno grep -qx 'local.h:' t.d)"

# A header found through -I is listed by the path it was found at.
mkdir -p idir
echo '#define IH 3' > idir/ih.h
printf '#include "ih.h"\nint main(void) { return IH; }\n' > g.c
"$cc" -MM -Iidir g.c > g.out 2> err
check "-MM -Iidir: lists idir/ih.h" "g.c idir/ih.h" "$(echo $(rule_prereqs g.out))"
cd "$tmp" || exit 2

# ---------------------------------------------------------------------------
# 6. Probes
# ---------------------------------------------------------------------------
out=$("$cc" --version 2> err)
st=$?
ok $st "--version exits 0"
check "--version prints something" yes "$([ -n "$out" ] && echo yes || echo no)"
out=$("$cc" -dumpmachine 2> err)
st=$?
ok $st "-dumpmachine exits 0"
check "-dumpmachine" "x86_64-linux-gnu" "$out"
out=$("$cc" -dumpversion 2> err)
st=$?
ok $st "-dumpversion exits 0"
check "-dumpversion prints a version number (got '$out')" yes "$(echo "$out" | grep -Eqx '[0-9]+(\.[0-9]+)*' && echo yes || echo no)"
echo 'int main(void) { return 0; }' > v.c
rm -f v.o
"$cc" -v -c v.c -o v.o > out 2> err
st=$?
ok $st "-v -c v.c exits 0"
check "-v -c v.c: object written" yes "$(yesno test -s v.o)"
check "-v: prints something on stderr" yes "$([ -s err ] && echo yes || echo no)"
out=$("$cc" -print-search-dirs 2> err)
st=$?
ok $st "-print-search-dirs exits 0"
check "-print-search-dirs prints a 'libraries:' line" yes "$(printf '%s\n' "$out" | grep -q '^libraries:' && echo yes || echo no)"

# ---------------------------------------------------------------------------
finish
