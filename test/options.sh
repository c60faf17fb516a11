#!/bin/bash
# The options of gcc's command line that build systems and users pass, as
# a cc: each one 9cc accepts must do what it does for gcc (an option that
# changes a program's meaning is never silently dropped), and each one it
# cannot honour must be refused with an error, not ignored.
#   test/options.sh [CC]      # default ./9cc-cc; `test/options.sh gcc` passes too
# Every expectation holds for gcc 12 on x86-64 Linux (`make test-gcc` runs
# this file with gcc), so none is taken from 9cc's output.  Prints
# "PASS desc" or "FAIL desc (expected X, got Y)" per check, then
# "N passed, N failed", and exits non-zero if anything failed.

. "$(dirname "$0")/lib.sh"

cc=${1:-./9cc-cc}
case $cc in
  */*) cc=$(cd "$(dirname "$cc")" && pwd)/$(basename "$cc") ;;
esac
is_gcc=
case $(basename "$cc") in gcc*) is_gcc=1 ;; esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/9cc-options.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 2
check_quoted=1

# out DESC EXPECTED_OUTPUT SOURCE OPTIONS...: builds SOURCE (text) with the
# options into ./prog and compares what it prints.
out() {
  local desc=$1 expected=$2 src=$3
  shift 3
  printf '%s\n' "$src" > prog.c
  rm -f prog
  if ! timeout 20 "$cc" "$@" -o prog prog.c > log 2>&1; then
    fail "$desc" "compile error: $(oneline "$(head -3 log)")"
    return
  fi
  check "$desc" "$expected" "$(timeout 5 ./prog 2>&1)"
}

# refused DESC OPTIONS...: compiling a valid program with the options fails.
refused() {
  local desc=$1
  shift
  printf 'int main(void) { return 0; }\n' > ok.c
  rm -f prog
  if timeout 20 "$cc" "$@" -o prog ok.c > log 2>&1 && [ -x prog ] && ./prog; then
    fail "$desc" "an error" "success"
  else
    pass "$desc"
  fi
}

PF='int printf(const char *, ...);'

# ---------------------------------------------------------------------------
# What to produce: -fsyntax-only checks and writes nothing
# ---------------------------------------------------------------------------
printf 'int main(void) { return 0; }\n' > good.c
printf 'int main(void) { return x; }\n' > bad.c
rm -f a.out good.o good.s
"$cc" -fsyntax-only good.c > so.out 2>&1
check "-fsyntax-only on a valid file succeeds" "0" "$?"
check "-fsyntax-only writes no a.out, .o or .s" "0" \
  "$(ls a.out good.o good.s 2> /dev/null | wc -l)"
check "-fsyntax-only prints nothing for a valid file" "" "$(cat so.out)"
"$cc" -fsyntax-only bad.c > so.out 2>&1
check "-fsyntax-only reports errors (status 1)" "1" "$?"
check "-fsyntax-only names the undeclared name" "yes" \
  "$(grep -q 'undeclared' so.out && echo yes || echo no)"

# -save-temps keeps the .i, the .s and a link's objects, named as gcc 12
# names them: after the output for -c and -S, "output-input" for a link;
# beside the output (=obj, the default) or in the current directory (=cwd).
mkdir -p st/src st/out && cd st
printf '#define GREETING "kept"\nint puts(const char *);\nint main(void) { return puts(GREETING) < 0; }\n' > src/foo.c
printf 'int g(void) { return 1; }\n' > src/bar.c
files() { find . -type f ! -path './src/*' | sort | tr '\n' ' '; }
"$cc" -save-temps src/foo.c src/bar.c > /dev/null 2>&1
check "-save-temps, a link: a-foo and a-bar" "./a-bar.i ./a-bar.o ./a-bar.s ./a-foo.i ./a-foo.o ./a-foo.s ./a.out " "$(files)"
check "-save-temps: the .i is the preprocessed text" "1 0" \
  "$(echo $(grep -c '"kept"' a-foo.i) $(grep -c GREETING a-foo.i))"
check "-save-temps: the program runs" "kept" "$(./a.out)"
rm -rf a* out/*
"$cc" -save-temps src/foo.c -o out/prog > /dev/null 2>&1
check "-save-temps -o out/prog: beside it, out/prog-foo" "./out/prog ./out/prog-foo.i ./out/prog-foo.o ./out/prog-foo.s " "$(files)"
rm -rf out/*
"$cc" -save-temps=cwd -c src/foo.c -o out/x.o > /dev/null 2>&1
check "-save-temps=cwd -c -o out/x.o: x.i and x.s here" "./out/x.o ./x.i ./x.s " "$(files)"
rm -rf out/* x.*
"$cc" -save-temps -S src/foo.c > /dev/null 2>&1
check "-save-temps -S: foo.i and foo.s" "./foo.i ./foo.s " "$(files)"
rm -f foo.*
printf 'int main(void) { return 3; }\n' | "$cc" -save-temps -x c - > /dev/null 2>&1
check "-save-temps, standard input: a--, and the program is compiled" "./a--.i ./a--.o ./a--.s ./a.out 3" \
  "$(files)$(./a.out; echo $?)"
cd ..

# ---------------------------------------------------------------------------
# Options passed on: -Wp, and -Xpreprocessor to the preprocessor, -Wa, and
# -Xassembler to as
# ---------------------------------------------------------------------------
out "-Wp,-DX=3,-DY defines both" "3 1" "$PF int main(void){printf(\"%d %d\\n\", X, Y);}" \
  -Wp,-DX=3,-DY
out "-Xpreprocessor -DX=5" "5" "$PF int main(void){printf(\"%d\\n\", X);}" \
  -Xpreprocessor -DX=5
out "-Wp,-U undefines a -D" "0" "$PF int main(void){
#ifdef X
printf(\"1\\n\");
#else
printf(\"0\\n\");
#endif
}" -DX -Wp,-UX
# Fedora's and RHEL's flags ask for fortification this way.
out "-Wp,-D_FORTIFY_SOURCE=2 with -O2 fortifies" "2" '#include <stdio.h>
int main(void) { printf("%d\n", _FORTIFY_SOURCE); }' -O2 -Wp,-D_FORTIFY_SOURCE=2
mkdir -p inc && printf '#define FROM_INC 7\n' > inc/h.h
out "-Wp,-Iinc adds an include directory" "7" "$PF
#include \"h.h\"
int main(void){printf(\"%d\\n\", FROM_INC);}" -Wp,-Iinc
# Linux's kbuild writes its dependency files with -Wp,-MMD,FILE.
printf '#include "inc/h.h"\nint main(void) { return 0; }\n' > dep.c
rm -f dep.d dep.o
"$cc" -Wp,-MMD,dep.d -c dep.c -o dep.o > log 2>&1
check "-Wp,-MMD,FILE compiles" "0" "$?"
check "-Wp,-MMD,FILE writes FILE naming the header" "yes" \
  "$(grep -q 'inc/h.h' dep.d 2> /dev/null && echo yes || echo no)"
check "-Wp,-MMD,FILE: the rule is for the object" "yes" \
  "$(grep -q '^dep.o:' dep.d 2> /dev/null && echo yes || echo no)"
rm -f listing.txt
"$cc" -c -Wa,-adhln=listing.txt good.c -o good.o > log 2>&1
check "-Wa,-adhln=FILE reaches as (it writes the listing)" "yes" \
  "$([ -s listing.txt ] && echo yes || echo no)"
rm -f listing.txt
"$cc" -c -Xassembler -adhln=listing.txt good.c -o good.o > log 2>&1
check "-Xassembler reaches as" "yes" "$([ -s listing.txt ] && echo yes || echo no)"
"$cc" -c -Wa,--no-such-as-option good.c -o good.o > log 2>&1
check "-Wa, with an option as refuses fails" "1" "$([ $? -ne 0 ] && echo 1 || echo 0)"
"$cc" -c -Wa,--noexecstack good.c -o good.o > log 2>&1
check "-Wa,--noexecstack compiles" "0" "$?"

# ---------------------------------------------------------------------------
# Preprocessor output: -P drops the line markers, -dM lists the macros
# ---------------------------------------------------------------------------
printf '#define A 1\n\nint a = A;\n\n\nint b;\n' > p.c
check "-E -P: no line markers" "0" "$("$cc" -E -P p.c | grep -c '^#')"
check "-E -P: the text" "int a = 1;|int b;" \
  "$("$cc" -E -P p.c | grep -v '^ *$' | tr '\n' '|' | sed 's/|$//')"
check "-E keeps line markers without -P" "yes" \
  "$("$cc" -E p.c | grep -q '^# 1 "p.c"' && echo yes || echo no)"
cat > dm.c << 'EOF'
#define X
#define Y  1 +  2
#define F( a , b ) a ## b # a
#define V(a, ...) a __VA_ARGS__
#define N(args...) f(args)
#define E() x
#define S "a  b" /*c*/ d
#define GONE 1
#undef GONE
EOF
check "-E -dM: gcc's form of each definition" \
  "#define E() x|#define F(a,b) a ## b #a|#define N(args...) f(args)|#define S \"a  b\" d|#define V(a,...) a __VA_ARGS__|#define X |#define Y 1 + 2" \
  "$("$cc" -E -dM dm.c | grep -E '^#define (X|Y|F|V|N|E|S|GONE)\b' | LC_ALL=C sort | tr '\n' '|' | sed 's/|$//')"
check "-E -dM: the predefined macros too" "#define __STDC__ 1|#define __x86_64__ 1" \
  "$("$cc" -E -dM - < /dev/null | grep -E '^#define (__STDC__|__x86_64__) ' | LC_ALL=C sort | tr '\n' '|' | sed 's/|$//')"
# -dD: the text, and each #define and #undef where it stood (written as
# -dM writes it), the predefined macros first.
printf '#define A 1\nint a = A;\n#define F(x, y) ((x) + #y)\n#undef A\nint b;\n' > dd.c
check "-E -dD: the directives among the text, in their places" \
  "#define A 1|int a = 1;|#define F(x,y) ((x) + #y)|#undef A|int b;" \
  "$("$cc" -E -dD -P dd.c | grep -v '^#define _' | grep -Ev '^#define (unix|linux) ' | grep . | tr '\n' '|' | sed 's/|$//')"
check "-E -dD: the predefined macros before them" "#define __STDC__ 1" \
  "$("$cc" -E -dD -P dd.c | grep -m1 -E '^#define (__STDC__ 1|A 1)$')"
"$cc" -dD -c -o dd.o dd.c > log 2>&1
check "-dD without -E: ignored, the file compiles" "0" "$?"
check "-E -dD: line markers keep the text on its lines" "# 1 \"dd.c\"|#define A 1|int a = 1;" \
  "$("$cc" -E -dD dd.c | sed -n '/^# 1 "dd.c"/,$p' | head -3 | tr '\n' '|' | sed 's/|$//')"
check "-E -dM: -D definitions" "#define FOO bar" \
  "$("$cc" -E -dM -DFOO=bar - < /dev/null | grep '^#define FOO ')"
check "-E -dM: not __LINE__ or __FILE__" "0" \
  "$("$cc" -E -dM - < /dev/null | grep -c -E '^#define (__LINE__|__FILE__|__COUNTER__)\b')"
check "-E -dM: only #define lines" "0" \
  "$("$cc" -E -dM dm.c | grep -v -c '^#define ')"

# ---------------------------------------------------------------------------
# The dialect: options that change what a program means
# ---------------------------------------------------------------------------
# macros OPTIONS...: which of the dialect's macros are defined, and how.
macros() {
  printf 'S=__STRICT_ANSI__ V=__STDC_VERSION__ H=__STDC_HOSTED__ U=__CHAR_UNSIGNED__ G=__GNUC_GNU_INLINE__ I=__GNUC_STDC_INLINE__\n' > m.c
  "$cc" "$@" -E -P m.c | grep -v '^ *$' | tail -1
}
check "gnu17 (no option)" "S=__STRICT_ANSI__ V=201710L H=1 U=__CHAR_UNSIGNED__ G=__GNUC_GNU_INLINE__ I=1" "$(macros)"
check "-std=c99: __STRICT_ANSI__" "S=1 V=199901L H=1 U=__CHAR_UNSIGNED__ G=__GNUC_GNU_INLINE__ I=1" "$(macros -std=c99)"
check "-std=c11: __STRICT_ANSI__" "S=1 V=201112L H=1 U=__CHAR_UNSIGNED__ G=__GNUC_GNU_INLINE__ I=1" "$(macros -std=c11)"
check "-ansi is -std=c90: no __STDC_VERSION__, gnu89 inline" "S=1 V=__STDC_VERSION__ H=1 U=__CHAR_UNSIGNED__ G=1 I=__GNUC_STDC_INLINE__" "$(macros -ansi)"
check "-std=gnu89: gnu89 inline, not strict" "S=__STRICT_ANSI__ V=__STDC_VERSION__ H=1 U=__CHAR_UNSIGNED__ G=1 I=__GNUC_STDC_INLINE__" "$(macros -std=gnu89)"
# gcc's long spellings (coreutils' tests build a shared library with --std=gnu99).
check "--std=c99 is -std=c99" "S=1 V=199901L H=1 U=__CHAR_UNSIGNED__ G=__GNUC_GNU_INLINE__ I=1" "$(macros --std=c99)"
check "--std=gnu99: not strict" "S=__STRICT_ANSI__ V=199901L H=1 U=__CHAR_UNSIGNED__ G=__GNUC_GNU_INLINE__ I=1" "$(macros --std=gnu99)"
check "--ansi is -ansi" "S=1 V=__STDC_VERSION__ H=1 U=__CHAR_UNSIGNED__ G=1 I=__GNUC_STDC_INLINE__" "$(macros --ansi)"
check "-std=iso9899:199409: C94's __STDC_VERSION__, gnu89 inline" "S=1 V=199409L H=1 U=__CHAR_UNSIGNED__ G=1 I=__GNUC_STDC_INLINE__" "$(macros -std=iso9899:199409)"
# Before C23, true, bool and nullptr are identifiers and `auto x` is an
# int (implicit int before C99): C89 must not get C23's words or inference.
C89PROG="$PF
int main(void) { int true = 3, bool = 4; auto x = 1.5; printf(\"%d %d %d\\n\", true, bool, (int)(x * 2)); return 0; }"
out "-ansi: true and bool are identifiers, auto x is an int" "3 4 2" "$C89PROG" -ansi -w
out "-std=gnu89: the same" "3 4 2" "$C89PROG" -std=gnu89 -w
out "-std=iso9899:199409: the same" "3 4 2" "$C89PROG" -std=iso9899:199409 -w
check "-fgnu89-inline" "S=__STRICT_ANSI__ V=201710L H=1 U=__CHAR_UNSIGNED__ G=1 I=__GNUC_STDC_INLINE__" "$(macros -fgnu89-inline)"
check "-fgnu89-inline -fno-gnu89-inline" "S=__STRICT_ANSI__ V=201710L H=1 U=__CHAR_UNSIGNED__ G=__GNUC_GNU_INLINE__ I=1" "$(macros -fgnu89-inline -fno-gnu89-inline)"
check "-ffreestanding: __STDC_HOSTED__ 0" "S=__STRICT_ANSI__ V=201710L H=0 U=__CHAR_UNSIGNED__ G=__GNUC_GNU_INLINE__ I=1" "$(macros -ffreestanding)"
check "-funsigned-char: __CHAR_UNSIGNED__" "S=__STRICT_ANSI__ V=201710L H=1 U=1 G=__GNUC_GNU_INLINE__ I=1" "$(macros -funsigned-char)"

CHARPROG="$PF"'
#include <limits.h>
int main(void) { char c = -1; char x = (char)200;
  printf("%d %d %d %d %d %d\n", c < 0, (int)c, CHAR_MIN, CHAR_MAX, x > 100, (int)'"'"'\xff'"'"'); }'
out "plain char is signed" "1 -1 -128 127 0 -1" "$CHARPROG"
out "-funsigned-char: plain char is unsigned" "0 255 0 255 1 255" "$CHARPROG" -funsigned-char
out "-fsigned-char after -funsigned-char" "1 -1 -128 127 0 -1" "$CHARPROG" -funsigned-char -fsigned-char
out "-funsigned-char: char, signed char and unsigned char stay three types" "1 2 3" "$PF
int main(void) { char c = 0; signed char s = 0; unsigned char u = 0;
#define K(x) _Generic((x), char: 1, signed char: 2, unsigned char: 3)
  printf(\"%d %d %d\\n\", K(c), K(s), K(u)); }" -funsigned-char

ENUMPROG="$PF"'
enum small { A, B = 200 }; enum neg { N = -1, P = 100 }; enum wide { W = 70000 };
int main(void) { printf("%d %d %d\n", (int)sizeof(enum small), (int)sizeof(enum neg), (int)sizeof(enum wide)); }'
out "enums are int-sized" "4 4 4" "$ENUMPROG"
out "-fshort-enums: each enum as small as its values allow" "1 1 4" "$ENUMPROG" -fshort-enums

# gnu89's inline: `inline` alone defines the external function, and
# `extern inline` is for inlining only (C99's are the other way round).
printf 'inline int twice(int x) { return 2 * x; }\n' > inl1.c
printf 'int twice(int); int main(void) { return twice(21); }\n' > inl2.c
rm -f prog
"$cc" -fgnu89-inline inl1.c inl2.c -o prog > log 2>&1
check "-fgnu89-inline: inline alone is the external definition" "42" "$([ -x prog ] && { ./prog; echo $?; })"
rm -f prog
"$cc" -std=gnu89 inl1.c inl2.c -o prog > log 2>&1
check "-std=gnu89: the same" "42" "$([ -x prog ] && { ./prog; echo $?; })"
printf 'extern inline int thrice(int x) { return 3 * x; }\nint use(void) { return thrice(1); }\n' > inl3.c
"$cc" -fgnu89-inline -c inl3.c -o inl3.o > log 2>&1
check "-fgnu89-inline: extern inline defines no symbol" "U thrice" \
  "$(nm inl3.o 2> /dev/null | grep thrice | tr -s ' ' | sed 's/^ //')"
"$cc" -c inl3.c -o inl3.o > log 2>&1
check "C99: extern inline is the external definition" "T thrice" \
  "$(nm inl3.o 2> /dev/null | grep thrice | awk '{ print $2, $3 }')"

# Trigraphs: replaced in the strict modes before C23, and with -trigraphs.
TRIPROG='int puts(const char *);
int main(void) { puts("??= ??( ??) ??< ??> ??! ??- ??'"'"' ??/??/"); return 0; }'
out "gnu17 leaves trigraphs alone" "??= ??( ??) ??< ??> ??! ??- ??' ??/??/" "$TRIPROG" -w
out "-std=c99 replaces trigraphs" "# [ ] { } | ~ ^ \\" "$TRIPROG" -std=c99 -w
out "-trigraphs replaces them" "# [ ] { } | ~ ^ \\" "$TRIPROG" -trigraphs -w

# -fcommon: `int x;` in two files is one variable (gcc's default until 10).
printf 'int shared_x;\nint get(void) { return shared_x; }\n' > com1.c
printf 'int shared_x;\nint get(void);\nint main(void) { shared_x = 5; return get(); }\n' > com2.c
rm -f prog
"$cc" com1.c com2.c -o prog > log 2>&1
check "without -fcommon two tentative definitions clash" "no" "$([ -x prog ] && echo yes || echo no)"
rm -f prog
"$cc" -fcommon com1.c com2.c -o prog > log 2>&1
check "-fcommon: one variable" "5" "$([ -x prog ] && { ./prog; echo $?; })"
"$cc" -fcommon -c com1.c -o com1.o > log 2>&1
check "-fcommon: a common symbol" "C shared_x" "$(nm com1.o | awk '$3 == "shared_x" { print $2, $3 }')"
printf 'int inited = 1;\nstatic int st;\nint *p = &st;\n' > com3.c
"$cc" -fcommon -c com3.c -o com3.o > log 2>&1
check "-fcommon: initialized and static ones are not common" "D inited|b st" \
  "$(nm com3.o | awk '$3 == "inited" || $3 == "st" { print $2, $3 }' | sort | tr '\n' '|' | sed 's/|$//')"

# ---------------------------------------------------------------------------
# Include directories and the link: -nostdinc, -nostdlib and friends, -T, -e
# ---------------------------------------------------------------------------
mkdir -p sys && printf '#define MINE 4\n' > sys/stdio.h
printf '#include <stdio.h>\nint main(void) { return MINE; }\n' > ni.c
printf '#include <stdio.h>\nint main(void) { return 0; }\n' > sysh.c
"$cc" -fsyntax-only -nostdinc sysh.c > log 2>&1
check "-nostdinc: the system's headers are not found" "1" "$([ $? -ne 0 ] && echo 1 || echo 0)"
rm -f prog
"$cc" -nostdinc -Isys ni.c -o prog > log 2>&1
check "-nostdinc -Idir: the header from dir" "4" "$([ -x prog ] && { ./prog; echo $?; })"
# The search order, gcc's: "file" beside the source, -iquote (for "file"
# only), -I, -isystem, the system's headers, -idirafter.
mkdir -p q i s a && for d in q:1 i:2 s:3 a:4; do
  printf '#define WHO %s\n' "${d#*:}" > "${d%:*}/who.h"
  printf '#define ANGLE %s\n' "${d#*:}" > "${d%:*}/angle.h"
done
printf '#define ERRNO_MINE 5\n#include_next <errno.h>\n' > s/errno.h
cat > order.c <<'EOF2'
#include <errno.h>
#include "who.h"
#if __has_include(<angle.h>)
#include <angle.h>
#else
#define ANGLE 0
#endif
#ifndef ERRNO_MINE
#define ERRNO_MINE 0
#endif
int printf(const char *, ...);
int main(void) { printf("%d %d %d %d\n", WHO, ANGLE, ERRNO_MINE, EDOM > 0); return 0; }
EOF2
order() { rm -f prog; "$cc" "$@" order.c -o prog > log 2>&1 && ./prog || oneline "$(head -2 log)"; }
check "-iquote before -I for \"file\", not searched for <file>" "1 2 5 1" "$(order -iquote q -Ii -isystem s -idirafter a)"
check "-iquote alone: <angle.h> is not found" "1 0 0 1" "$(order -iquote q)"
check "-I before -isystem, whatever the order given" "2 2 5 1" "$(order -isystem s -Ii)"
check "-isystem before the system's headers, #include_next goes on to them" "3 3 5 1" "$(order -isystem s -idirafter a)"
check "-idirafter after the system's headers" "4 4 0 1" "$(order -idirafter a)"
# -imacros: the file's macros, not its text (a definition there would clash
# with main's), and before any -include.
printf '#define IMAC 6\nstatic int clash = 1;\n' > imac.h
printf '#define FROM_INCLUDE (IMAC + 1)\n' > incl.h
out "-imacros: its macros, not its text, and before -include" "6 7" "$PF
static double clash = 2.5;
int main(void) { printf(\"%d %d\\n\", IMAC, FROM_INCLUDE); return (int)clash - 2; }" -include incl.h -imacros imac.h
# A program of its own _start, making the exit system call itself.
printf 'void _start(void) { __asm__ volatile("mov $60, %%eax\\n mov $7, %%edi\\n syscall"); }\n' > start.c
printf 'void go(void) { __asm__ volatile("mov $60, %%eax\\n mov $9, %%edi\\n syscall"); }\n' > entry.c
for link in "" -static; do
  rm -f prog
  "$cc" -nostdlib $link start.c -o prog > log 2>&1
  check "-nostdlib $link: no start files or libc" "7" "$([ -x prog ] && { ./prog; echo $?; })"
  rm -f prog
  "$cc" -nostartfiles $link start.c -o prog > log 2>&1
  check "-nostartfiles $link: no start files" "7" "$([ -x prog ] && { ./prog; echo $?; })"
done
rm -f prog
"$cc" -nostdlib -e go entry.c -o prog > log 2>&1
check "-e SYMBOL: the entry point" "9" "$([ -x prog ] && { ./prog; echo $?; })"
printf 'SECTIONS { . = 0x500000 + SIZEOF_HEADERS; .text : { *(.text*) } }\n' > l.ld
rm -f prog
"$cc" -nostdlib -static -no-pie -T l.ld start.c -o prog > log 2>&1
check "-T SCRIPT: the linker script places the code" "0x5" \
  "$(readelf -hW prog 2> /dev/null | awk '/Entry point/ { print substr($4, 1, 3) }')"
rm -f prog
"$cc" -nodefaultlibs start.c -nostartfiles -o prog > log 2>&1
check "-nodefaultlibs: links without libc" "7" "$([ -x prog ] && { ./prog; echo $?; })"
out "-static-libgcc is accepted" "0" "$PF int main(void){printf(\"0\\n\");}" -static-libgcc

# --sysroot=DIR: the system's headers and libraries under DIR.  root has
# a header of its own and the machine's libraries; bare has only headers.
# (gcc still finds the start files beside itself without them: not checked.)
mkdir -p root/usr/include bare/usr
ln -s /usr/lib root/usr/lib
ln -s /lib root/lib
ln -s /lib64 root/lib64
ln -s /usr/include bare/usr/include
echo '#define MARK 42' > root/usr/include/sysroot_mark.h
mark="#include <sysroot_mark.h>
$PF int main(void) { printf(\"%d\\n\", MARK); }"
out "--sysroot=DIR: its headers and libraries" "42" "$mark" --sysroot="$tmp/root"
out "--sysroot DIR" "42" "$mark" --sysroot "$tmp/root"
printf '%s\n' "$mark" > mark.c
"$cc" -c -o mark.o mark.c > log 2>&1
check "without it, the machine's headers (no sysroot_mark.h)" "1" "$?"
"$cc" -isysroot "$tmp/root" -c -o mark.o mark.c > log 2>&1
check "-isysroot DIR: its headers" "0" "$?"
check "-print-sysroot answers it" "$tmp/root" "$("$cc" --sysroot="$tmp/root" -print-sysroot)"
check "-print-sysroot: none given" "" "$("$cc" -print-sysroot)"
"$cc" --sysroot="$tmp/bare" -c -o ok.o good.c > log 2>&1
check "--sysroot: headers found in a root without libraries" "0" "$?"

# ---------------------------------------------------------------------------
# Refused: what 9cc cannot honour is an error, never silently dropped
# ---------------------------------------------------------------------------
if [ -z "$is_gcc" ]; then
  for opt in -m32 -mx32 -fshort-wchar -fpack-struct -fsanitize=address -fsanitize=undefined \
      -pg --coverage -fprofile-arcs -mno-red-zone -mcmodel=large -fexec-charset=latin1 \
      -finput-charset=latin1 -funsigned-bitfields -mlong-double-64; do
    refused "$opt is refused" $opt
  done
  out "-fexec-charset=UTF-8 is accepted" "0" "$PF int main(void){printf(\"0\\n\");}" -fexec-charset=UTF-8
  out "-mcmodel=small is accepted" "0" "$PF int main(void){printf(\"0\\n\");}" -mcmodel=small
fi

finish
