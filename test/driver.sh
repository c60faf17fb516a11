#!/bin/bash
# Shell assertions for 9cc: tiny programs and the compiler driver's usage.
#   test/driver.sh [COMPILER]      # default ./9cc
# Every expected value below comes from C semantics / what gcc does with the
# same input, not from 9cc's output.  Prints "PASS desc" or
# "FAIL desc (expected X, got Y)" per check, then "N passed, N failed", and
# exits non-zero if anything failed.

. "$(dirname "$0")/lib.sh"
# A PASS or FAIL line shows at most 200 bytes of a program.
oneline_max=200

cc9=${1:-./9cc}
case $cc9 in
  */*) cc9=$(cd "$(dirname "$cc9")" && pwd)/$(basename "$cc9") ;;
esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/9cc-driver.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT

run() { timeout 5 "$@"; }

# ---------------------------------------------------------------------------
# 1. Tiny programs
# ---------------------------------------------------------------------------

# assert EXPECTED_STATUS 'C source'
assert() {
  local expected=$1 input=$2 actual
  rm -f "$tmp/prog"
  if ! printf '%s\n' "$input" | "$cc9" -o "$tmp/prog" -x c - 2> "$tmp/err"; then
    fail "$(oneline "$input")" "$expected" "compile error: $(oneline "$(head -3 "$tmp/err")")"
    return
  fi
  run "$tmp/prog"
  actual=$?
  check "$(oneline "$input") => $expected" "$expected" "$actual"
}

# assert_out 'EXPECTED STDOUT' 'C source'   (trailing newlines not significant)
assert_out() {
  local expected=$1 input=$2 actual
  rm -f "$tmp/prog"
  if ! printf '%s\n' "$input" | "$cc9" -o "$tmp/prog" -x c - 2> "$tmp/err"; then
    fail "$(oneline "$input")" "'$expected'" "compile error: $(oneline "$(head -3 "$tmp/err")")"
    return
  fi
  actual=$(run "$tmp/prog")
  if [ "$expected" = "$actual" ]; then
    pass "$(oneline "$input") => '$(oneline "$expected")'"
  else
    fail "$(oneline "$input")" "'$(oneline "$expected")'" "'$(oneline "$actual")'"
  fi
}

PF='int printf(const char*, ...);'

assert 0 'int main(){return 0;}'
assert 42 'int main(){return 42;}'
assert 47 'int main(){return 5+6*7;}'
assert 77 'int main(){return (5+6)*7;}'
assert 4 'int main(){return 10/3 + 10%3;}'
assert 10 'int main(){return -10+20;}'
assert 12 'int main(){return - -3*4;}'
assert 7 'int main(){return -7/2 + 10;}'
assert 4 'int main(){return -7%2 + 5;}'
assert 23 'int main(){return (1<2) + (2<=2)*2 + (3>2)*4 + (2>=3)*8 + (1==1)*16 + (1!=1)*32;}'
assert 15 'int main(){int a=3; int b=5; return a*b;}'
assert 3 'int main(){int foo=1, bar=2; return foo+bar;}'
assert 1 'int main(){int x=1; {int x=2; x=x+1;} return x;}'
assert 3 'int main(){if (0) return 2; else return 3;}'
assert 2 'int main(){int x=5; if (x>3) { if (x>10) return 1; else return 2; } return 3;}'
assert 10 'int main(){int i=0; while(i<10) i=i+1; return i;}'
assert 55 'int main(){int s=0; for(int i=1;i<=10;i++) s+=i; return s;}'
assert 30 'int main(){int s=0; for(int i=0;;i++){ if(i>10) break; if(i%2) continue; s+=i; } return s;}'
assert 5 'int main(){int i=0; do i++; while(i<5); return i;}'
assert 21 'int add6(int a,int b,int c,int d,int e,int f){return a+b+c+d+e+f;} int main(){return add6(1,2,3,4,5,6);}'
assert 255 'int f(int a,int b,int c,int d,int e,int f,int g,int h){return (a==1)+(b==2)*2+(c==3)*4+(d==4)*8+(e==5)*16+(f==6)*32+(g==7)*64+(h==8)*128;} int main(){return f(1,2,3,4,5,6,7,8);}'
assert 55 'int fib(int n){ if (n<2) return n; return fib(n-1)+fib(n-2); } int main(){return fib(10);}'
assert 120 'int fact(int n){ return n<=1 ? 1 : n*fact(n-1); } int main(){return fact(5);}'
assert 7 'int main(){int x=3; int *p=&x; *p=7; return x;}'
assert 9 'int main(){int x=3; int *p=&x; int **pp=&p; **pp=9; return x;}'
assert 22 'int main(){int a[4]; for(int i=0;i<4;i++) a[i]=i*10; int *p=a+2; return *p + (p-a);}'
assert 30 'int main(){int a[5]; int s=0; for(int i=0;i<5;i++) a[i]=i*i; for(int i=0;i<5;i++) s+=a[i]; return s;}'
assert 7 'int main(){int a[2][3]; a[1][2]=5; return a[1][2] + sizeof(a)/sizeof(a[0]);}'
assert 5 'int add(int a,int b){return a+b;} int main(){int (*fp)(int,int)=add; return fp(2,3);}'
assert_out 'hello, world' "$PF"' int main(){printf("hello, %s\n", "world"); return 0;}'
assert_out '3 -5 100000' "$PF"' int main(){printf("%d %d %d\n", 1+2, -5, 100000); return 0;}'
assert_out $'a\nb' "$PF"' int main(){printf("a\nb\n"); return 0;}'
assert 98 'int main(){return "abc"[1];}'
assert 5 'int main(){return sizeof("ab" "cd");}'
assert 75 'int main(){return "\n"[0] + "\x41"[0];}'
assert 107 'int main(){char s[]="hello"; return sizeof(s) + s[1];}'
assert 2 'int main(){char a[3]; a[0]=-1; a[1]=2; return a[0]+a[1]+sizeof(char);}'
assert 1 "int main(){char x='a'; return x-'a'+1;}"
assert 44 'int main(){return (char)300;}'
assert 255 'int main(){return (unsigned char)-1;}'
assert 5 'int g; int main(){g=5; return g;}'
assert 10 'int g=7; int arr[3]={1,2,3}; int main(){return g+arr[2];}'
assert 122 'char *s="xyz"; int main(){return s[2];}'
assert 12 'struct P {int x; int y;}; int main(){struct P p; p.x=3; p.y=4; return p.x*p.y;}'
assert 10 'struct P {int x; int y;}; int main(){struct P p; struct P *q=&p; q->y=10; return p.y;}'
assert 4 'struct P {int x; int y;}; struct P mk(int a,int b){struct P p; p.x=a; p.y=b; return p;} int main(){return mk(3,4).y;}'
assert 8 'int main(){return sizeof(struct {char a; int b;});}'
assert 4 'int main(){union {int i; char c[4];} u; u.i=0x01020304; return u.c[0];}'
assert 40 'int main(){int a[5]; return sizeof(int)+sizeof(long)+sizeof(char*)+sizeof a;}'
assert 3 'int main(){int a=(1,2,3); return a;}'
assert 5 'int main(){int i, j; for(i=0, j=10; i<j; i++, j--); return i;}'
assert 5 'int main(){return 1 ? 5 : 6;}'
assert 6 'int main(){return 0 ? 5 : 6;}'
assert 1 'int main(){int x=7; return x>5 ? x<10 ? 1 : 2 : 3;}'
assert 2 'int main(){int a=10; a+=5; a-=3; a*=2; a/=4; a%=4; return a;}'
assert 237 'int main(){int b=1; b<<=4; b|=3; b&=0x12; b^=0xff; return b;}'
assert 12 'int main(){int i=5; int j=i++; int k=++i; return j+k;}'
assert 30 'int main(){int x=2, r=0; switch(x){case 1: r=1; break; case 2: r+=10; case 3: r+=20; break; default: r=99;} return r;}'
assert 99 'int main(){int x=9, r=0; switch(x){case 1: r=1; break; default: r=99; break; case 2: r=2;} return r;}'
assert 7 'int main(){int i=0; loop: i++; if(i<7) goto loop; return i;}'
assert 0 'int main(){int x=0; 0 && (x=1); 1 || (x=2); return x;}'
assert 1 'int main(){return !0 + !5;}'
assert 238 'int main(){return ((0xf0 | 0x0f) & ~0x10) ^ 1;}'
assert 8 'int main(){return 1<<5>>2;}'
assert 4 'int main(){long x=1L<<40; return x>>38;}'
assert 1 'int main(){unsigned u=-1; return u>0;}'
assert 0 'int main(){return -1 < 0u;}'
assert 6 'enum {A, B=5, C}; int main(){return C;}'
assert 8 'typedef long T; int main(){T x; return sizeof(x);}'
assert 3 'int f(){static int n; return ++n;} int main(){f(); f(); return f();}'
assert 3 'int main(){ /* block */ return 3; // line
}'

assert 0 'int main(){}'
assert 0 'int main(void){ ; ; return 0; }'
assert 47 'int main(){return 010 + 0x1F + 8;}'
assert 75 "int main(){return '\\n' + 'A';}"
assert 0 'int main(){unsigned char c=255; c++; return c;}'
assert 2 'long f(){return 1L<<33;} int main(){return f()>>32;}'
assert 3 'int x; int x = 3; int main(){return x;}'
assert 4 'int x=9; int main(){int x=4; return x;}'
assert 2 'struct P {int x; int y;}; int main(){struct P a={1,2}, b; b=a; return b.y;}'
assert 3 'int main(){int a[]={1,2,3}; return sizeof(a)/sizeof(*a);}'
assert 7 'int main(){int a[5]={[3]=7}; return a[3]+a[4];}'
assert 3 'int main(){return (int[]){1,2,3}[2];}'
assert 1 'int main(){_Bool b=5; return b;}'
assert 5 'int main(){double d=2.5; return d*2;}'
assert 6 'int main(){float f=1.5f; return (int)(f*4);}'
assert 8 'int main(){return _Alignof(double);}'
assert 9 '_Static_assert(1, "ok"); int main(){return 9;}'
assert 6 'struct B {int a[10];}; int sum(struct B b){return b.a[0]+b.a[9];} int main(){struct B b; b.a[0]=1; b.a[9]=5; return sum(b);}'
assert 5 'int len(char *s){int n=0; while(*s++) n++; return n;} int main(){return len("hello");}'
assert 3 'struct P {int x; int y;}; int main(){struct P ps[3]; ps[2].y=3; struct P *p=ps; return (p+2)->y;}'
assert 11 'struct I {int a;}; struct O {int b; struct I in;}; int main(){struct O o; o.in.a=11; return o.in.a;}'
assert 1 'void f(int *p){*p=1; return;} int main(){int x=0; f(&x); return x;}'
assert 2 'int main(){short s=-2; long long l=4; return sizeof(s)==2 && sizeof(l)==8 ? s+l : 0;}'
assert 1 'int main(){return __STDC__ == 1 && __STDC_VERSION__ >= 201112L && __x86_64__;}'
assert 2 'int main(){
return __LINE__;}'
assert 2 '#if 1+1==2
int main(){return 2;}
#else
int main(){return 1;}
#endif'
assert 12 '#define SQ(x) ((x)*(x))
#define CAT(a,b) a##b
int main(){int xy=3; return SQ(2)*CAT(x,y);}'
assert 7 'int main(){int a \
= 7; return a;}'
assert_out 'main' "$PF"' int main(){printf("%s\n", __func__); return 0;}'
assert_out 'hello' "$PF"'
#define S(x) #x
int main(){printf("%s\n", S(hello)); return 0;}'
assert_out '3.14 1099511627776' "$PF"' int main(){printf("%.2f %ld\n", 3.14159, 1L<<40); return 0;}'
assert_out 'x=5' "$PF"' int main(){char buf[8]; char *p=buf; *p++=120; *p++=61; *p++=53; *p=0; printf("%s\n", buf); return 0;}'

# Empty translation unit compiles to an object with -c (gcc accepts it).
: > "$tmp/empty.c"
rm -f "$tmp/empty.o"
"$cc9" -c -o "$tmp/empty.o" "$tmp/empty.c" 2> "$tmp/err"
check "empty file -c exits 0" 0 $?
check "empty file -c produces an ELF object" ELF "$(head -c 4 "$tmp/empty.o" 2>/dev/null | tail -c 3)"

# No trailing newline.
printf 'int main(){return 3;}' > "$tmp/nonl.c"
rm -f "$tmp/prog"
"$cc9" -o "$tmp/prog" "$tmp/nonl.c" 2> "$tmp/err" && run "$tmp/prog"
check "file without trailing newline" 3 $?
printf 'int main(){return 4;} // trailing comment, no newline' > "$tmp/nonl2.c"
rm -f "$tmp/prog"
"$cc9" -o "$tmp/prog" "$tmp/nonl2.c" 2> "$tmp/err" && run "$tmp/prog"
check "line comment at EOF without newline" 4 $?
printf '#define X 6\nint main(){return X;}\n#undef X' > "$tmp/nonl3.c"
rm -f "$tmp/prog"
"$cc9" -o "$tmp/prog" "$tmp/nonl3.c" 2> "$tmp/err" && run "$tmp/prog"
check "directive at EOF without newline" 6 $?

# ---------------------------------------------------------------------------
# 2. Driver usage
# ---------------------------------------------------------------------------

echo 'int main(){return 42;}' > "$tmp/ret42.c"

# No mode flag, one .c input: assembly on stdout.
rm -f "$tmp/out.s" "$tmp/prog"
(cd "$tmp" && "$cc9" ret42.c > out.s 2> err)
check "cc file.c > out.s exits 0" 0 $?
grep -q '\.intel_syntax noprefix' "$tmp/out.s"
check "stdout assembly has .intel_syntax noprefix" 0 $?
grep -q '\.section[[:space:]]*\.note\.GNU-stack' "$tmp/out.s"
check "stdout assembly has .section .note.GNU-stack" 0 $?
cc "$tmp/out.s" -o "$tmp/prog" 2> "$tmp/err" && run "$tmp/prog"
check "stdout assembly assembles with cc and runs" 42 $?
ls "$tmp" | grep -q '^a\.out$'
check "no a.out created in the no-flag mode" 1 $?

# -S -o out.s
rm -f "$tmp/out2.s" "$tmp/prog"
"$cc9" -S -o "$tmp/out2.s" "$tmp/ret42.c" > "$tmp/stdout" 2> "$tmp/err"
check "-S -o out.s exits 0" 0 $?
check "-S -o out.s writes nothing to stdout" "" "$(oneline "$(cat "$tmp/stdout")")"
cc "$tmp/out2.s" -o "$tmp/prog" 2> "$tmp/err" && run "$tmp/prog"
check "-S -o out.s output assembles and runs" 42 $?

# -S / -c without -o write next to the current directory, like gcc.
mkdir -p "$tmp/cwd"
(cd "$tmp/cwd" && "$cc9" -S ../ret42.c 2> /dev/null)
check "-S without -o writes ret42.s in cwd" yes "$([ -f "$tmp/cwd/ret42.s" ] && echo yes || echo no)"
(cd "$tmp/cwd" && "$cc9" -c ../ret42.c 2> /dev/null)
check "-c without -o writes ret42.o in cwd" yes "$([ -f "$tmp/cwd/ret42.o" ] && echo yes || echo no)"

# '-' reads the program from stdin and prints assembly to stdout.
rm -f "$tmp/out3.s" "$tmp/prog"
echo 'int main(){return 17;}' | "$cc9" - > "$tmp/out3.s" 2> "$tmp/err"
check "cc - (stdin) exits 0" 0 $?
cc "$tmp/out3.s" -o "$tmp/prog" 2> "$tmp/err" && run "$tmp/prog"
check "cc - (stdin) assembly assembles and runs" 17 $?

# --help
help=$("$cc9" --help 2> /dev/null)
check "--help exits 0" 0 $?
for opt in -o -S -c; do
  printf '%s\n' "$help" | grep -q -e "$opt\b"
  check "--help mentions $opt" 0 $?
done

# Multi-file build: -c then link an object with a .c file.
cat > "$tmp/a.c" <<'EOF'
int counter = 40;
int add(int a, int b) { return a + b; }
EOF
cat > "$tmp/b.c" <<'EOF'
extern int counter;
int add(int, int);
int main() { return add(counter, 2); }
EOF
rm -f "$tmp/a.o" "$tmp/prog"
"$cc9" -c -o "$tmp/a.o" "$tmp/a.c" 2> "$tmp/err"
check "-c -o a.o a.c exits 0" 0 $?
check "-c output is an ELF object" ELF "$(head -c 4 "$tmp/a.o" 2>/dev/null | tail -c 3)"
"$cc9" -o "$tmp/prog" "$tmp/a.o" "$tmp/b.c" 2> "$tmp/err" && run "$tmp/prog"
check "-o prog a.o b.c links and runs" 42 $?
rm -f "$tmp/prog"
"$cc9" -o "$tmp/prog" "$tmp/a.c" "$tmp/b.c" 2> "$tmp/err" && run "$tmp/prog"
check "-o prog a.c b.c links and runs" 42 $?

# -E
printf '#define N 42\nint x = N;\n' > "$tmp/pp.c"
out=$("$cc9" -E "$tmp/pp.c" 2> "$tmp/err")
check "-E exits 0" 0 $?
printf '%s\n' "$out" | grep -q 'x *= *42 *;'
check "-E expands #define N 42 (got '$(oneline "$out")')" 0 $?
printf '%s\n' "$out" | grep -q -e '#define' -e '\bN\b'
check "-E output has no #define or N left" 1 $?

# -D / -U
echo 'int main(){return NAME;}' > "$tmp/d.c"
rm -f "$tmp/prog"
"$cc9" -D NAME=3 -o "$tmp/prog" "$tmp/d.c" 2> "$tmp/err" && run "$tmp/prog"
check "-D NAME=3" 3 $?
rm -f "$tmp/prog"
"$cc9" -DNAME=5 -o "$tmp/prog" "$tmp/d.c" 2> "$tmp/err" && run "$tmp/prog"
check "-DNAME=5" 5 $?
rm -f "$tmp/prog"
"$cc9" -DNAME -o "$tmp/prog" "$tmp/d.c" 2> "$tmp/err" && run "$tmp/prog"
check "-DNAME defines NAME as 1" 1 $?
printf '#ifdef FOO\nint main(){return 1;}\n#else\nint main(){return 2;}\n#endif\n' > "$tmp/u.c"
rm -f "$tmp/prog"
"$cc9" -DFOO -UFOO -o "$tmp/prog" "$tmp/u.c" 2> "$tmp/err" && run "$tmp/prog"
check "-DFOO -UFOO leaves FOO undefined" 2 $?
rm -f "$tmp/prog"
"$cc9" -DFOO -U FOO -o "$tmp/prog" "$tmp/u.c" 2> "$tmp/err" && run "$tmp/prog"
check "-DFOO -U FOO (separate arg) leaves FOO undefined" 2 $?
rm -f "$tmp/prog"
"$cc9" -UFOO -DFOO -o "$tmp/prog" "$tmp/u.c" 2> "$tmp/err" && run "$tmp/prog"
check "-UFOO -DFOO: later -D wins" 1 $?

# -I and quoted includes
mkdir -p "$tmp/inc" "$tmp/src"
echo '#define V 17' > "$tmp/inc/h.h"
printf '#include "h.h"\nint main(){return V;}\n' > "$tmp/src/m.c"
rm -f "$tmp/prog"
"$cc9" -I "$tmp/inc" -o "$tmp/prog" "$tmp/src/m.c" 2> "$tmp/err" && run "$tmp/prog"
check "-I dir finds a quoted include" 17 $?
rm -f "$tmp/prog"
"$cc9" -I"$tmp/inc" -o "$tmp/prog" "$tmp/src/m.c" 2> "$tmp/err" && run "$tmp/prog"
check "-Idir (joined) finds a quoted include" 17 $?
rm -f "$tmp/prog"
"$cc9" -o "$tmp/prog" "$tmp/src/m.c" 2> "$tmp/err"
check "missing include without -I is an error" 1 "$([ $? -ne 0 ] && echo 1 || echo 0)"
echo '#define W 19' > "$tmp/src/local.h"
printf '#include "local.h"\nint main(){return W;}\n' > "$tmp/src/m2.c"
rm -f "$tmp/prog"
(cd "$tmp" && "$cc9" -o prog src/m2.c 2> err) && run "$tmp/prog"
check "quoted include found next to the including file" 19 $?

# -o with a path
mkdir -p "$tmp/sub/dir"
"$cc9" -o "$tmp/sub/dir/prog" "$tmp/ret42.c" 2> "$tmp/err" && run "$tmp/sub/dir/prog"
check "-o sub/dir/prog" 42 $?
(cd "$tmp" && "$cc9" -osub/joined ret42.c 2> err) && run "$tmp/sub/joined"
check "-oFILE (joined)" 42 $?

# -o - writes to stdout (gcc: "-o -" means standard output).
out=$("$cc9" -S -o - "$tmp/ret42.c" 2> "$tmp/err")
check "-S -o - exits 0" 0 $?
printf '%s\n' "$out" | grep -q '\.intel_syntax noprefix'
check "-S -o - prints assembly to stdout" 0 $?
check "-S -o - creates no file named '-'" no "$([ -e "$tmp/-" ] || [ -e ./- ] && echo yes || echo no)"

# A .s input is assembled and linked.
rm -f "$tmp/prog"
"$cc9" -o "$tmp/prog" "$tmp/out2.s" 2> "$tmp/err" && run "$tmp/prog"
check "-o prog file.s assembles and links" 42 $?

# stdin with -c
rm -f "$tmp/stdin.o" "$tmp/prog"
echo 'int seven(void){return 7;}' | "$cc9" -c -o "$tmp/stdin.o" -x c - 2> "$tmp/err"
check "- with -c -o x.o exits 0" 0 $?
printf 'int seven(void);\nint main(){return seven();}\n' > "$tmp/use7.c"
"$cc9" -o "$tmp/prog" "$tmp/use7.c" "$tmp/stdin.o" 2> "$tmp/err" && run "$tmp/prog"
check "object compiled from stdin links" 7 $?

# -x c with a non-.c file name
echo 'int main(){return 8;}' > "$tmp/prog.txt"
rm -f "$tmp/prog"
"$cc9" -x c -o "$tmp/prog" "$tmp/prog.txt" 2> "$tmp/err" && run "$tmp/prog"
check "-x c file.txt" 8 $?

# -c with several inputs and no -o writes one object each in cwd.
mkdir -p "$tmp/multi"
(cd "$tmp/multi" && "$cc9" -c ../a.c ../b.c 2> /dev/null)
check "-c a.c b.c writes a.o and b.o" yes "$([ -f "$tmp/multi/a.o" ] && [ -f "$tmp/multi/b.o" ] && echo yes || echo no)"
# gcc: "cannot specify '-o' with '-c', '-S' or '-E' with multiple files"
"$cc9" -c -o "$tmp/multi/x.o" "$tmp/a.c" "$tmp/b.c" > /dev/null 2>&1
st=$?
check "-c -o x.o with two inputs is an error" nonzero "$([ $st -ne 0 ] && echo nonzero || echo 0)"

# -l passed to the linker
printf 'double sqrt(double);\nint main(){return sqrt(49.0);}\n' > "$tmp/m.c"
rm -f "$tmp/prog"
"$cc9" -o "$tmp/prog" "$tmp/m.c" -lm 2> "$tmp/err" && run "$tmp/prog"
check "-lm links libm" 7 $?

# -include FILE and function-like -D
rm -f "$tmp/prog"
"$cc9" -include "$tmp/inc/h.h" -o "$tmp/prog" "$tmp/d.c" -DNAME=V+1 2> "$tmp/err" && run "$tmp/prog"
check "-include FILE" 18 $?
rm -f "$tmp/prog"
"$cc9" '-DNAME=TWICE(4)' '-DTWICE(x)=((x)*2)' -o "$tmp/prog" "$tmp/d.c" 2> "$tmp/err" && run "$tmp/prog"
check "-D with a function-like macro" 8 $?

# -E to a file, and -E from stdin
rm -f "$tmp/pp.i"
"$cc9" -E -o "$tmp/pp.i" "$tmp/pp.c" 2> "$tmp/err"
grep -q 'x *= *42 *;' "$tmp/pp.i" 2> /dev/null
check "-E -o file.i writes preprocessed text" 0 $?
out=$(printf '#define M 5\nint y = M;\n' | "$cc9" -E - 2> "$tmp/err")
printf '%s\n' "$out" | grep -q 'y *= *5 *;'
check "-E - (stdin) (got '$(oneline "$out")')" 0 $?

# --version
"$cc9" --version > /dev/null 2>&1
check "--version exits 0" 0 $?

# A semantic error (undeclared variable) is an error.
echo 'int main(){ return nosuchvar; }' > "$tmp/undecl.c"
"$cc9" -c -o "$tmp/undecl.o" "$tmp/undecl.c" > /dev/null 2> "$tmp/err"
check "undeclared variable: -c exits 1" 1 $?
check "undeclared variable: no .o left" no "$([ -e "$tmp/undecl.o" ] && echo yes || echo no)"

# Unknown option
"$cc9" --bogus-option "$tmp/ret42.c" -o "$tmp/prog" > /dev/null 2> "$tmp/err"
st=$?
check "--bogus-option exits non-zero" nonzero "$([ $st -ne 0 ] && echo nonzero || echo 0)"
grep -q -e '--bogus-option' "$tmp/err"
check "--bogus-option error names the option (stderr: '$(oneline "$(head -2 "$tmp/err")")')" 0 $?

# Nonexistent input
"$cc9" -o "$tmp/prog" "$tmp/no-such-file.c" > /dev/null 2> "$tmp/err"
st=$?
check "nonexistent input file exits non-zero" nonzero "$([ $st -ne 0 ] && echo nonzero || echo 0)"

# -run FILE ARGS...
cat > "$tmp/args.c" <<'EOF'
int printf(const char*, ...);
int main(int argc, char **argv) {
  for (int i = 1; i < argc; i++)
    printf("%s\n", argv[i]);
  return argc * 10 + (argv[1][0] == 'a') + (argv[2][0] == 'b');
}
EOF
out=$(cd "$tmp" && timeout 5 "$cc9" -run args.c a b 2> err)
check "-run file.c a b passes exit status" 32 $?
check "-run file.c a b passes arguments" "a|b" "$(oneline "$out")"
# The program gets SIGPIPE's default action (9cc itself ignores it): writing
# into a pipe whose reader has gone kills it, as under a shell (128 + 13).
printf '#include <stdio.h>\nint main(void) { for (long i = 0; i < 100000000; i++) if (puts("y") < 0) return 3; return 0; }\n' > "$tmp/yes.c"
(cd "$tmp" && timeout 20 "$cc9" -run yes.c | head -1 > /dev/null; echo "${PIPESTATUS[0]}" > pipestatus)
check "-run: a program writing into a closed pipe dies of SIGPIPE" 141 "$(cat "$tmp/pipestatus")"

# Failed compilation: no output left behind, exit 1.
echo 'int main(){ return 1 +; }' > "$tmp/bad.c"
rm -f "$tmp/bad.s"
"$cc9" -S -o "$tmp/bad.s" "$tmp/bad.c" > /dev/null 2> "$tmp/err"
check "failed -S -o out.s exits 1" 1 $?
check "failed -S -o out.s leaves no out.s" no "$([ -e "$tmp/bad.s" ] && echo yes || echo no)"
rm -f "$tmp/bad.s"
"$cc9" -o "$tmp/bad.s" "$tmp/bad.c" > /dev/null 2> "$tmp/err"
check "failed -o out.s (no mode flag) exits 1" 1 $?
check "failed -o out.s (no mode flag) leaves no out.s" no "$([ -e "$tmp/bad.s" ] && echo yes || echo no)"
rm -f "$tmp/bad.o"
"$cc9" -c -o "$tmp/bad.o" "$tmp/bad.c" > /dev/null 2> "$tmp/err"
check "-c on a syntax error exits 1" 1 $?
check "-c on a syntax error leaves no .o" no "$([ -e "$tmp/bad.o" ] && echo yes || echo no)"
grep -q 'bad\.c' "$tmp/err"
check "syntax error message names the file (stderr: '$(oneline "$(head -2 "$tmp/err")")')" 0 $?

# -o onto a device writes to it and leaves it a device (writing a
# temporary file and renaming it would replace /dev/null when run as root).
printf 'int main(void){return 0;}\n' > "$tmp/ok.c"
"$cc9" -S -o /dev/null "$tmp/ok.c"
check "-S -o /dev/null exits 0" 0 $?
check "-S -o /dev/null leaves /dev/null a character device" yes "$([ -c /dev/null ] && echo yes || echo no)"

# Read-only data where gcc puts it: a const object in .rodata, one the
# dynamic linker must fill with addresses in .data.rel.ro (or .rodata
# without PIC), a const volatile one in .data.  (bash's malloc reads
# binsizes[-1]: what lies before the array must be what gcc's layout has.)
printf 'const int a[3] = {1, 2, 3};\nconst char *const names[2] = {"x", "y"};\nconst volatile int cv = 2;\nconst char *mutable_ptr = "z";\n' > "$tmp/ro.c"
section_of() { # SYMBOL FILE.s: the section directive in force at SYMBOL's label
  awk -v s="$1:" '/^  \.(section|data|text|bss)/ { sec = $0 } $0 == s { print sec; exit }' "$2" | sed 's/^  //; s/,.*//'
}
"$cc9" -S -o "$tmp/ro.s" "$tmp/ro.c"
check "a const array is in .rodata" ".section .rodata" "$(section_of a "$tmp/ro.s")"
check "a const array of pointers is in .data.rel.ro (PIE)" ".section .data.rel.ro" "$(section_of names "$tmp/ro.s")"
check "a const volatile int is in .data" ".data" "$(section_of cv "$tmp/ro.s")"
check "a pointer to const is in .data.rel" ".section .data.rel" "$(section_of mutable_ptr "$tmp/ro.s")"
"$cc9" -fno-pie -S -o "$tmp/ro.s" "$tmp/ro.c"
check "-fno-pie: the const array of pointers is in .rodata" ".section .rodata" "$(section_of names "$tmp/ro.s")"
printf 'const int ro = 1;\nint main(void) { *(int *)&ro = 2; return 0; }\n' > "$tmp/rowrite.c"
"$cc9" -o "$tmp/rowrite" "$tmp/rowrite.c"
( "$tmp/rowrite" ) 2> /dev/null
check "a write to a const object faults, as with gcc" 139 $?

# -c hands `as` terse memory operands (-8[rbp], no size where a register
# gives it), which it reads faster; -S keeps gcc's form.  The objects are
# byte for byte the ones `as` makes of the -S output, with and without the
# optimisations, -fPIC and -g.
mkdir -p "$tmp/teebin"
printf '#!/bin/sh\ntee "%s/fed.s" | %s "$@"\n' "$tmp" "$(command -v as)" > "$tmp/teebin/as"
chmod +x "$tmp/teebin/as"
printf 'long g; void h(void); long f(long *p, int i) { long a[4] = {1, 2, 3, 4}; h(); return a[i & 3] + p[i] + g; }\n' > "$tmp/terse.c"
PATH="$tmp/teebin:$PATH" "$cc9" -c -o "$tmp/terse.o" "$tmp/terse.c"
check "-c: as reads a local as a displacement before the brackets (N[rbp])" yes \
  "$(grep -Eq '^  mov rax, -?[0-9]+\[rbp\]$|, -?[0-9]+\[rbp\]$' "$tmp/fed.s" && echo yes || echo no)"
check "-c: as reads a global as sym[rip]" yes "$(grep -q 'g\[rip\]' "$tmp/fed.s" && echo yes || echo no)"
"$cc9" -S -o "$tmp/terse.s" "$tmp/terse.c"
check "-S keeps QWORD PTR [rbp-N]" yes "$(grep -q 'QWORD PTR \[rbp-[0-9]*\]' "$tmp/terse.s" && echo yes || echo no)"
for opts in "" -O0 -fPIC -g; do
  same=yes
  root=$(dirname "$0")/..
  for f in test/opt.c test/float.c test/struct.c test/bitfield.c codegen.c; do
    "$cc9" $opts -I"$root/test" -S -o "$tmp/t.s" "$root/$f" && as --64 -o "$tmp/t1.o" "$tmp/t.s" &&
      "$cc9" $opts -I"$root/test" -c -o "$tmp/t2.o" "$root/$f" && cmp -s "$tmp/t1.o" "$tmp/t2.o" ||
      { same="no ($f)"; break; }
  done
  check "-c ${opts:-(no options)}: the same object as -S and as (opt, float, struct, bitfield tests, codegen.c)" yes "$same"
done

# -g: gdb breaks on file:line, steps, and shows a backtrace with lines.
if command -v gdb > /dev/null; then
  cat > "$tmp/dbg.c" <<'SRC'
int add(int a, int b) {
  int c = a + b;
  return c;
}
int main(void) {
  int x = add(1, 2);
  return x - 3;
}
SRC
  "$cc9" -g -o "$tmp/dbg" "$tmp/dbg.c"
  out=$(cd "$tmp" && timeout 20 gdb -batch -nx -ex 'break dbg.c:2' -ex run -ex bt -ex next -ex 'info line' ./dbg 2>&1)
  check "gdb stops at dbg.c:2, showing the arguments" yes "$(echo "$out" | grep -q "add (a=1, b=2) at .*dbg.c:2" && echo yes || echo no)"
  check "gdb backtrace shows main at dbg.c:6" yes "$(echo "$out" | grep -q 'main () at .*dbg.c:6' && echo yes || echo no)"
  check "gdb steps to line 3" yes "$(echo "$out" | grep -q '^3[[:space:]]' && echo yes || echo no)"

  # The callee-saved registers a function pushes are described to the
  # unwinder: in the caller's frame gdb shows the caller's rbx, not the
  # value the callee left in it.
  cat > "$tmp/regs.c" <<'SRC'
void stop(void) {}
long g(long n) {
  long m = n * 3;
  for (int i = 0; i < 3; i++)
    m = m * 7 + i;
  stop();
  return m;
}
int main(void) {
  long x = g(5);
  return x == 0;
}
SRC
  "$cc9" -g -o "$tmp/regs" "$tmp/regs.c"
  out=$(cd "$tmp" && timeout 20 gdb -batch -nx -ex 'break regs.c:10' -ex 'break stop' -ex run \
    -ex 'printf "before=%lx\n", $rbx' -ex continue -ex 'frame 1' -ex 'printf "g=%lx\n", $rbx' \
    -ex 'frame 2' -ex 'printf "after=%lx\n", $rbx' ./regs 2>&1)
  before=$(echo "$out" | sed -n 's/^before=//p')
  check "gdb: g keeps a variable in rbx (g=$(echo "$out" | sed -n 's/^g=//p'), main=$before)" yes \
    "$([ -n "$before" ] && [ "$(echo "$out" | sed -n 's/^g=//p')" != "$before" ] && echo yes || echo no)"
  check "gdb: main's rbx seen from g's callee" "$before" "$(echo "$out" | sed -n 's/^after=//p')"
fi

# Functions are written to the output as they are parsed: an error further
# down still leaves no output file (nor the temporary one) behind, and prints
# none of the assembly on standard output.
mkdir -p "$tmp/partial"
printf 'int ok(void) { return 1; }\nint bad(void) { return x; }\n' > "$tmp/partial/p.c"
"$cc9" -S -o "$tmp/partial/p.s" "$tmp/partial/p.c" 2> /dev/null
check "error after a function: exit status 1" 1 $?
check "error after a function: no file left in the output directory" "p.c" "$(ls "$tmp/partial" | tr '\n' ' ' | sed 's/ $//')"
check "error after a function: nothing on stdout" "" "$("$cc9" -S -o - "$tmp/partial/p.c" 2> /dev/null)"
printf 'int ok(void) { return 1; }\nint f(int x) { if (x) return 1; }\n' > "$tmp/partial/w.c"
"$cc9" -Wall -Werror -S -o "$tmp/partial/w.s" "$tmp/partial/w.c" 2> /dev/null
check "-Werror: no output file left" "p.c w.c" "$(ls "$tmp/partial" | tr '\n' ' ' | sed 's/ $//')"

# -c: the assembly goes through a pipe into `as` (gcc -pipe); a failed
# compilation leaves no object nor temporary, and neither does a missing
# assembler (whose pipe closes while the compiler still writes: exit status
# 1, not death by SIGPIPE).
(cd "$tmp/partial" && "$cc9" -c p.c 2> /dev/null)
check "-c error after a function: exit status 1" 1 $?
check "-c error after a function: no object or temporary left" "p.c w.c" "$(ls "$tmp/partial" | tr '\n' ' ' | sed 's/ $//')"
awk -v lines=3000 -f "$(dirname "$0")/../bench/gen.awk" > "$tmp/partial/big.c"
(cd "$tmp/partial" && PATH=/nonexistent "$cc9" -c big.c 2> "$tmp/noas.err")
check "-c without as on PATH: exit status 1" 1 $?
check "-c without as on PATH: says so" yes "$(grep -q 'exec failed: as' "$tmp/noas.err" && echo yes || echo no)"
check "-c without as on PATH: no object or temporary left" "big.c p.c w.c" "$(ls "$tmp/partial" | tr '\n' ' ' | sed 's/ $//')"
(cd "$tmp/partial" && "$cc9" -c big.c)
check "-c of a large file: exit status 0" 0 $?
last=$(grep -oE '^[a-z][a-z ]* f[0-9]+\(' "$tmp/partial/big.c" | tail -1 | grep -oE 'f[0-9]+')
check "-c of a large file: the object defines its last function" yes "$(nm "$tmp/partial/big.o" | grep -q " T $last\$" && echo yes || echo no)"

# What a later declaration says of a function already written still counts
# (gcc: a weak attribute after the definition makes the symbol weak), and a
# top-level asm statement stays ahead of the functions that follow it (a gas
# macro it defines is usable in their asm).
printf 'int f(void) { return 1; }\nint f(void) __attribute__((weak));\n' > "$tmp/weak.c"
"$cc9" -c -o "$tmp/weak.o" "$tmp/weak.c"
check "weak attribute after the definition: nm shows W" "W f" "$(nm "$tmp/weak.o" | sed -n 's/^[0-9a-f]* //p')"
printf 'asm(".macro ret42\\n mov $42, %%eax\\n .endm");\nint f(void) { asm("ret42"); return 42; }\nint main(void) { return f(); }\n' > "$tmp/asmmacro.c"
"$cc9" -o "$tmp/asmmacro" "$tmp/asmmacro.c" && run "$tmp/asmmacro"
check "top-level asm macro used by a later function" 42 $?

# -masm=intel: asm templates in Intel syntax, with operands printed so
# (registers without %, memory as DWORD PTR [...], constants bare), and
# {att|intel} alternatives taking the second; gcc -masm=intel gives 40.
cat > "$tmp/intel.c" <<'EOF2'
int g = 3;
int main(void) {
  int x = 6, y, m = 10;
  asm("{movl %1, %0|mov %0, %1}" : "=r"(y) : "r"(x));
  asm("add %0, %1" : "+m"(m) : "ri"(7));
  asm("add %0, %1\n\tadd %0, DWORD PTR [rip+g]" : "+r"(y) : "i"(4));
  int *p;
  asm("lea %0, %a1" : "=r"(p) : "i"(&g));
  return y + m + (p == &g) * 10;
}
EOF2
for opt in "" -O0; do
  "$cc9" $opt -masm=intel -o "$tmp/intel" "$tmp/intel.c" && run "$tmp/intel"
  check "${opt:-(default)} -masm=intel: Intel-syntax asm templates" 40 $?
done

# Warnings gcc gives by default (and -Wall's missing return): printed as
# file:line:col: warning:, exit status 0, unless -Werror.
warn_case() {
  desc=$1 src=$2 expect=$3 flags=${4:-}
  printf '%s\n' "$src" > "$tmp/warn.c"
  "$cc9" $flags -S -o "$tmp/warn.s" "$tmp/warn.c" 2> "$tmp/warn.err"
  check "$desc: exit status 0" 0 $?
  check "$desc: '$expect'" yes "$(grep -q "warning: .*$expect" "$tmp/warn.err" && echo yes || echo no)"
}
warn_case "implicit declaration" 'int main(void) { return foo(1); }' "implicit declaration of function 'foo'"
warn_case "local address returned" 'int *f(void) { int x = 1; return &x; }' "function returns address of local variable"
warn_case "incompatible pointers" 'void f(void) { char *p = 0; int *q = p; (void)q; }' "initialization of 'int \*' from incompatible pointer type 'char \*'"
warn_case "integer to pointer" 'void f(void) { int *q = 5; (void)q; }' "makes pointer from integer without a cast"
warn_case "missing return (-Wall)" 'int f(int x) { if (x) return 1; }' "control reaches end of non-void function" -Wall
printf 'int f(int x) { if (x) return 1; }\n' > "$tmp/warn.c"
"$cc9" -S -o "$tmp/warn.s" "$tmp/warn.c" 2> "$tmp/warn.err"
check "no missing-return warning without -Wall" 0 "$(grep -c warning "$tmp/warn.err")"
"$cc9" -Wall -Werror -S -o "$tmp/warn.s" "$tmp/warn.c" 2> /dev/null
check "-Werror makes the warning fail the compilation" 1 $?
"$cc9" -Wall -fdiagnostics-color=always -S -o "$tmp/warn.s" "$tmp/warn.c" 2> "$tmp/warn.err"
check "-fdiagnostics-color=always colours the warning" yes "$(grep -q "$(printf '\033')\[01;35mwarning" "$tmp/warn.err" && echo yes || echo no)"
"$cc9" -Wall -fdiagnostics-color=never -S -o "$tmp/warn.s" "$tmp/warn.c" 2> "$tmp/warn.err"
check "-fdiagnostics-color=never does not" no "$(grep -q "$(printf '\033')" "$tmp/warn.err" && echo yes || echo no)"

# A variable length array is compatible with any array of its element type
# (gcc: no warning for any of these).
printf 'int g(int n, int (*p)[n]) { return (*p)[0]; }\nint (*h(int n, int (*p)[n]))[] { return p + 1; }\nint main(void) { int x[2][3] = {{1}}; int (*q)[] = h(3, x); (void)q; return g(3, x); }\n' > "$tmp/vla.c"
"$cc9" -S -o "$tmp/vla.s" "$tmp/vla.c" 2> "$tmp/vla.err"
check "no warning passing int (*)[3] for int (*)[n], or returning int (*)[n] as int (*)[]" 0 "$(grep -c warning "$tmp/vla.err")"

# -Wpsabi: vectors of 32 and 64 bytes go in memory, unlike gcc -mavx
# code's; gcc warns once a translation unit for each kind, and notes the
# GCC 4.6 change once (messages as gcc 12 prints them).
cat > "$tmp/psabi.c" <<'EOF2'
typedef int v8si __attribute__((vector_size(32)));
typedef int v16si __attribute__((vector_size(64)));
typedef int v32si __attribute__((vector_size(128)));
v8si f(v8si a) { return a; }
v16si g(v16si a) { return a; }
v32si h(v32si a) { return a; }
int main(void) { v8si x = {1}; return f(f(x))[0] + g((v16si){0})[0] + h((v32si){0})[0]; }
EOF2
"$cc9" -c -o "$tmp/psabi.o" "$tmp/psabi.c" 2> "$tmp/psabi.err"
check "-Wpsabi: exit status 0" 0 $?
check "-Wpsabi: four warnings, one note" "4 1" \
  "$(grep -c ': warning: ' "$tmp/psabi.err") $(grep -c ': note: ' "$tmp/psabi.err")"
for m in "4:6: warning: AVX vector return without AVX enabled changes the ABI \[-Wpsabi\]" \
         "4:6: note: the ABI for passing parameters with 32-byte alignment has changed in GCC 4.6" \
         "4:6: warning: AVX vector argument without AVX enabled changes the ABI \[-Wpsabi\]" \
         "5:7: warning: AVX512F vector return without AVX512F enabled changes the ABI \[-Wpsabi\]" \
         "5:7: warning: AVX512F vector argument without AVX512F enabled changes the ABI \[-Wpsabi\]"; do
  check "-Wpsabi: $m" yes "$(grep -q "^$tmp/psabi.c:$m" "$tmp/psabi.err" && echo yes || echo no)"
done
"$cc9" -Wno-psabi -c -o "$tmp/psabi.o" "$tmp/psabi.c" 2> "$tmp/psabi.err"
check "-Wno-psabi: nothing said" "0" "$(wc -c < "$tmp/psabi.err")"
"$cc9" -Werror -c -o "$tmp/psabi.o" "$tmp/psabi.c" 2> "$tmp/psabi.err"
check "-Wpsabi -Werror: an error, the note a note" "1 1" "$? $(grep -c ': note: ' "$tmp/psabi.err")"
printf 'struct Q { int x __attribute__((aligned(32))); };\nvoid q(struct Q s) { (void)s; }\nvoid r(struct Q s) { q(s); }\n' > "$tmp/psabi.c"
"$cc9" -c -o "$tmp/psabi.o" "$tmp/psabi.c" 2> "$tmp/psabi.err"
check "-Wpsabi: the note for a struct aligned to 32, once" \
  "1 $tmp/psabi.c:2:6: note: the ABI for passing parameters with 32-byte alignment has changed in GCC 4.6" \
  "$(grep -c ': note: ' "$tmp/psabi.err") $(grep ': note: ' "$tmp/psabi.err")"

# ---------------------------------------------------------------------------
# 3. Position independence: like Debian's gcc, code is PIE and executables
#    are PIEs unless asked otherwise; every expected kind is gcc's own.
# ---------------------------------------------------------------------------

# kind FILE: what file(1) and readelf say of an ELF file, less its build id.
kind() {
  { file -b "$1" | sed 's/, BuildID[^,]*//; s/, not stripped//; s/, with debug_info//'
    readelf -h "$1" | sed -n 's/^ *Type: *//p'
    readelf -d "$1" 2> /dev/null | grep -o 'Flags: PIE'; } | tr '\n' '|'
}

# runs PROGRAM: its output and exit status on one line.
runs() { (run "$@"; echo $?) | tr '\n' ' ' | sed 's/ $//'; }

# The book's usage, with the address of a library function and of data from
# the C library, which a PIE can reach only through the GOT (or a copy).
cat > "$tmp/libaddr.c" <<'EOF2'
int puts(const char *);
extern char **environ;
int (*p)(const char *) = puts;
int main(void) { int (*q)(const char *) = puts; q("hi"); return (p == q) + (environ != 0) * 2; }
EOF2
(cd "$tmp" && "$cc9" libaddr.c > libaddr.s && cc -o libaddr libaddr.s 2> err)
check "9cc f.c > f.s && cc f.s: a library function's address" "hi 3" "$(runs "$tmp/libaddr")"
(cd "$tmp" && "$cc9" -fno-pie libaddr.c > libaddr.s && cc -no-pie -o libaddr libaddr.s 2> err)
check "9cc -fno-pie f.c > f.s && cc -no-pie f.s" "hi 3" "$(runs "$tmp/libaddr")"
(cd "$tmp" && "$cc9" -fPIC libaddr.c > libaddr.s && cc -o libaddr libaddr.s 2> err)
check "9cc -fPIC f.c > f.s && cc f.s" "hi 3" "$(runs "$tmp/libaddr")"
grep -q 'puts@GOTPCREL' "$tmp/libaddr.s"
check "-fPIC: a function's address through the GOT" 0 $?

# An undefined weak symbol is 0, which a PIE finds in the GOT.
printf 'extern int w __attribute__((weak));\nvoid wf(void) __attribute__((weak));\nint main(void) { int *p = &w; return (p == 0) + (wf == 0) * 2 + (&w == 0) * 4; }\n' > "$tmp/weak0.c"
(cd "$tmp" && "$cc9" weak0.c > weak0.s && cc -o weak0 weak0.s 2> err)
check "9cc f.c > f.s && cc f.s: undefined weak symbols are null" 7 "$(runs "$tmp/weak0")"

for flags in "" -no-pie -static -static-pie -pie "-fPIE -pie"; do
  gcc $flags -o "$tmp/kind.gcc" "$tmp/libaddr.c" 2> /dev/null
  "$cc9" $flags -o "$tmp/kind.9cc" "$tmp/libaddr.c" 2> "$tmp/err"
  check "${flags:-(no flags)}: the executable's kind is gcc's ($(kind "$tmp/kind.gcc"))" \
    "$(kind "$tmp/kind.gcc")" "$(kind "$tmp/kind.9cc")"
  check "${flags:-(no flags)}: the executable runs" "hi 3" "$(runs "$tmp/kind.9cc")"
done
check "(no flags): a pie executable" yes "$(file -b "$tmp/kind.9cc" | grep -q '^ELF 64-bit LSB pie executable' && echo yes || echo no)"
"$cc9" -fno-pie -o "$tmp/kind.9cc" "$tmp/libaddr.c"
check "-fno-pie: linked at a fixed address too" "EXEC (Executable file)" "$(readelf -h "$tmp/kind.9cc" | sed -n 's/^ *Type: *//p')"

# The macros gcc defines for each level.
for flags in "" -fpie -fPIE -fpic -fPIC -fno-pie -fno-pic "-fPIC -fno-pie" "-fno-pie -fpic"; do
  check "${flags:-(no flags)}: __pic__ and __pie__ as gcc's" \
    "$(echo __pic__ __PIC__ __pie__ __PIE__ | gcc $flags -E - | grep -v '^#')" \
    "$(echo __pic__ __PIC__ __pie__ __PIE__ | "$cc9" $flags -E - 2> /dev/null | grep -v '^#')"
done

# Thread-local variables: the TLS models gcc uses for each level, seen in
# the relocations of the object (gcc -O0's: general dynamic under -fPIC).
cat > "$tmp/tls.c" <<'EOF2'
extern __thread int etls;
__thread int dtls = 5;
static __thread int stls = 7;
int get(void) { return etls + dtls + stls; }
int *addr(void) { return &stls; }
EOF2
relocs() { readelf -rW "$1" | awk '/R_X86_64/ { print $3, $5 }' | sort -u | tr '\n' '|'; }
for flags in -fno-pie -fpie -fPIC; do
  gcc $flags -c -o "$tmp/tls.gcc.o" "$tmp/tls.c"
  "$cc9" $flags -c -o "$tmp/tls.9cc.o" "$tmp/tls.c"
  check "$flags: TLS relocations are gcc's ($(relocs "$tmp/tls.gcc.o"))" "$(relocs "$tmp/tls.gcc.o")" "$(relocs "$tmp/tls.9cc.o")"
done

# A shared object's thread-locals, reached while registers (an argument
# list, a double) hold values that __tls_get_addr may change.
cat > "$tmp/tlslib.c" <<'EOF2'
__thread int counter = 40;
static __thread double scale = 1.5;
extern __thread long in_exe;
static int add4(int a, int b, int c, int d) { return a * 1000 + b * 100 + c * 10 + d; }
int bump(int n) { for (int i = 0; i < n; i++) counter++; return counter; }
int mix(int a, int b) { double x = a; return add4(a, counter, b, 3) + (int)(x * scale + scale); }
long use_exe(void) { return in_exe * 2 + counter; }
EOF2
cat > "$tmp/tlsmain.c" <<'EOF2'
int printf(const char *, ...);
__thread long in_exe = 21;
int bump(int); int mix(int, int); long use_exe(void);
extern __thread int counter;
int main(void) { int a = bump(2); int m = mix(1, 2); long u = use_exe(); printf("%d %d %ld %d\n", a, m, u, counter); return 0; }
EOF2
for opt in "" -O0; do
  rm -f "$tmp/libtls.so"
  "$cc9" $opt -fPIC -shared -o "$tmp/libtls.so" "$tmp/tlslib.c" &&
    "$cc9" $opt -o "$tmp/tlsmain" "$tmp/tlsmain.c" -L"$tmp" -ltls 2> "$tmp/err"
  check "${opt:-(default)} -fPIC -shared: thread-locals in a shared object" "42 5226 84 42" \
    "$(LD_LIBRARY_PATH="$tmp" run "$tmp/tlsmain" 2>&1)"
done

# ---------------------------------------------------------------------------
# 4. Reproducible output: an object names its source, not the temporary
#    file or pipe `as` read, and the same sources built in two folders give
#    the same bytes.
# ---------------------------------------------------------------------------

mkdir -p "$tmp/fsym/sub"
cp "$tmp/ret42.c" "$tmp/fsym/sub/r.c"
check "-S: the first .file names the source as gcc's does" \
  "$(cd "$tmp/fsym" && gcc -S -o - sub/r.c | grep -m1 '\.file' | awk '{ print $2 }')" \
  "$(cd "$tmp/fsym" && "$cc9" -S -o - sub/r.c | grep -m1 '\.file' | awk '{ print $2 }')"
check "-S from standard input: .file \"<stdin>\" as gcc's" \
  "$(gcc -S -o - -x c - < "$tmp/ret42.c" | grep -m1 '\.file' | awk '{ print $2 }')" \
  "$("$cc9" -S -o - -x c - < "$tmp/ret42.c" | grep -m1 '\.file' | awk '{ print $2 }')"
filesyms() { readelf -sW "$1" | awk '$4 == "FILE" { print $8 }' | tr '\n' ' '; }
(cd "$tmp/fsym" && gcc -c -o r.gcc.o sub/r.c && "$cc9" -c -o r.9cc.o sub/r.c)
check "-c: the object's FILE symbol is gcc's" "$(filesyms "$tmp/fsym/r.gcc.o")" "$(filesyms "$tmp/fsym/r.9cc.o")"
for flags in "" -static -g; do
  (cd "$tmp/fsym" && "$cc9" $flags -o r sub/r.c)
  check "${flags:-(no flags)}: no temporary file's name in the executable" 0 \
    "$(strings -a "$tmp/fsym/r" | grep -v -e '9cc-driver\.' -e 9cc-static-runtime | grep -c '9cc-[A-Za-z0-9]\{6\}')"
done

# -ffile-prefix-map and -fdebug-prefix-map rewrite the paths in the debug
# information (the source's and the compilation directory's), as gcc's do.
for opt in -ffile-prefix-map -fdebug-prefix-map; do
  (cd "$tmp/fsym" && "$cc9" -g "$opt=$tmp=/SRC" -c -o m.o "$tmp/fsym/sub/r.c")
  check "$opt: no old path left in the object" 0 "$(strings -a "$tmp/fsym/m.o" | grep -c "$tmp")"
  check "$opt: the new path in the line table" yes \
    "$(readelf --debug-dump=line "$tmp/fsym/m.o" | grep -q '/SRC/fsym' && echo yes || echo no)"
done
# __FILE__ and __BASE_FILE__ (in the main file and in a header), with the
# options that remap them and the one that does not: what gcc's build prints.
mkdir -p "$tmp/fmac/sub"
printf 'const char *hf = __FILE__, *hb = __BASE_FILE__;\n' > "$tmp/fmac/sub/h.h"
printf '#include "sub/h.h"\nint puts(const char *);\nint main(void) { puts(hf); puts(hb); puts(__FILE__); puts(__BASE_FILE__); }\n' > "$tmp/fmac/m.c"
for opt in "" "-fmacro-prefix-map=$tmp/fmac=." "-ffile-prefix-map=$tmp/fmac/=X/" "-fdebug-prefix-map=$tmp/fmac=."; do
  gcc $opt -o "$tmp/fmac/g" "$tmp/fmac/m.c" && "$cc9" $opt -o "$tmp/fmac/n" "$tmp/fmac/m.c"
  check "__FILE__, __BASE_FILE__ ${opt:-(no option)}: as gcc's" "$("$tmp/fmac/g")" "$("$tmp/fmac/n" 2>&1)"
done
"$cc9" -ffile-prefix-map=nonsense -c -o "$tmp/fsym/m.o" "$tmp/fsym/sub/r.c" 2> "$tmp/err"
check "-ffile-prefix-map without = is an error" 1 $?

# 9cc's own sources, built in two folders (-c then link, and in one
# command; without -g, and with -g and -ffile-prefix-map=$PWD=.): the
# same objects and executables, byte for byte.
root=$(cd "$(dirname "$0")/.." && pwd)
srcs=$(sed -n "s/^SRCS = //p" "$root/Makefile")
for dir in one two/levels; do
  mkdir -p "$tmp/repro/$dir"
  (cd "$root" && cp $srcs *.h "$tmp/repro/$dir/")
  (cd "$tmp/repro/$dir" && "$cc9" -c $srcs && "$cc9" -o 9cc-c *.o && "$cc9" -o 9cc-one $srcs &&
     "$cc9" -g -ffile-prefix-map="$PWD=." -o 9cc-g $srcs) 2> "$tmp/err"
done
differ=
for f in ${srcs//.c/.o} 9cc-c 9cc-one 9cc-g; do
  cmp -s "$tmp/repro/one/$f" "$tmp/repro/two/levels/$f" || differ="$differ $f"
done
check "9cc's sources built in two folders: identical objects and executables" "" "$differ"
check "the build in two folders made the executables" yes \
  "$([ -x "$tmp/repro/one/9cc-one" ] && [ -x "$tmp/repro/two/levels/9cc-g" ] && echo yes || echo no)"

# ---------------------------------------------------------------------------
# 5. Inputs and the link line, as gcc reads them.
# ---------------------------------------------------------------------------

# -Wl, options, -l and the files keep their order on ld's command line:
# --whole-archive takes in an object of liba.a that nothing refers to.
mkdir -p "$tmp/order"
printf 'int unused_but_kept(void) { return 5; }\n' > "$tmp/order/k.c"
printf 'int main(void) { return 0; }\n' > "$tmp/order/main.c"
"$cc9" -c -o "$tmp/order/k.o" "$tmp/order/k.c" && ar rcs "$tmp/order/libk.a" "$tmp/order/k.o"
for how in "$tmp/order/libk.a" "-L$tmp/order -lk"; do
  rm -f "$tmp/order/prog"
  "$cc9" -o "$tmp/order/prog" "$tmp/order/main.c" -Wl,--whole-archive $how -Wl,--no-whole-archive 2> "$tmp/err"
  check "-Wl,--whole-archive ${how##*/} -Wl,--no-whole-archive: in that order for ld" yes \
    "$(nm "$tmp/order/prog" 2> /dev/null | grep -q ' T unused_but_kept$' && echo yes || echo no)"
done
"$cc9" -o "$tmp/order/prog" "$tmp/order/main.c" -Xlinker --whole-archive "$tmp/order/libk.a" -Xlinker --no-whole-archive 2> "$tmp/err"
check "-Xlinker keeps its place too" yes \
  "$(nm "$tmp/order/prog" 2> /dev/null | grep -q ' T unused_but_kept$' && echo yes || echo no)"
"$cc9" -v -o "$tmp/order/prog" "$tmp/order/main.c" -Wl,-z,now -lm "$tmp/order/k.o" -Wl,--as-needed 2> "$tmp/err"
check "-v: ld gets -z now -lm k.o --as-needed in the command line's order" yes \
  "$(grep '^ld ' "$tmp/err" | grep -q -- "-z now -lm $tmp/order/k.o --as-needed" && echo yes || echo no)"

# A file whose suffix 9cc does not know goes to the linker, as with gcc.
cp "$tmp/a.o" "$tmp/order/a.sho"
cp "$tmp/order/libk.a" "$tmp/order/libk.a.1"
"$cc9" -o "$tmp/order/prog" "$tmp/b.c" "$tmp/order/a.sho" 2> "$tmp/err"
check "an object named a.sho is linked" 42 "$(runs "$tmp/order/prog")"
printf 'int unused_but_kept(void);\nint main(void) { return unused_but_kept(); }\n' > "$tmp/order/usek.c"
"$cc9" -o "$tmp/order/prog" "$tmp/order/usek.c" "$tmp/order/libk.a.1" 2> "$tmp/err"
check "an archive named libk.a.1 is linked" 5 "$(runs "$tmp/order/prog")"

# -x LANG applies to the files after it, until -x none.
cp "$tmp/a.o" "$tmp/order/a.obj"
printf 'extern int counter;\nint add(int, int);\nint main(void) { return add(counter, 3); }\n' > "$tmp/order/main.txt"
"$cc9" -o "$tmp/order/prog" -x c "$tmp/order/main.txt" -x none "$tmp/order/a.obj" 2> "$tmp/err"
check "-x c main.txt -x none a.obj: C, then by suffix" 43 "$(runs "$tmp/order/prog")"
"$cc9" -S -o "$tmp/order/ret.txt" "$tmp/ret42.c"
"$cc9" -o "$tmp/order/prog" -x assembler "$tmp/order/ret.txt" 2> "$tmp/err"
check "-x assembler file.txt" 42 "$(runs "$tmp/order/prog")"

# Assembly for the preprocessor: .S, and -x assembler-with-cpp.  gas
# comment lines starting with # pass, and a macro after $ is expanded.
cat > "$tmp/order/start.S" <<'EOF2'
#include <sys/syscall.h>
#define RET 42
# a comment for as, not a directive
  .text
  .globl main
  .type main, @function
main:
#ifdef __ASSEMBLER__
  mov $RET, %eax  # 42, as gcc's preprocessor makes it
#else
  mov $1, %eax
#endif
  cmp $SYS_write, %ecx
  ret
  .section .note.GNU-stack,"",@progbits
EOF2
"$cc9" -o "$tmp/order/prog" "$tmp/order/start.S" 2> "$tmp/err"
check "a .S file is preprocessed and assembled" 42 "$(runs "$tmp/order/prog")"
cp "$tmp/order/start.S" "$tmp/order/start.asm"
"$cc9" -c -o "$tmp/order/start.o" -x assembler-with-cpp "$tmp/order/start.asm" 2> "$tmp/err" &&
  "$cc9" -o "$tmp/order/prog" "$tmp/order/start.o"
check "-x assembler-with-cpp -c" 42 "$(runs "$tmp/order/prog")"
check "-E of a .S file: the code gcc's preprocessor makes" \
  "$(gcc -E -P "$tmp/order/start.S" | sed 's/ *#.*//; s/[[:space:]]\+/ /g' | grep -v '^ *$')" \
  "$("$cc9" -E "$tmp/order/start.S" | sed 's/ *#.*//; s/[[:space:]]\+/ /g' | grep -v '^ *$')"

# A .i file (gcc's preprocessed C) is compiled.
gcc -E -o "$tmp/order/pp.i" "$tmp/pp.c"
printf 'int main(void) { return 0; }\n' >> "$tmp/order/pp.i"
"$cc9" -o "$tmp/order/prog" "$tmp/order/pp.i" 2> "$tmp/err"
check "a .i file from gcc -E compiles" 0 "$(runs "$tmp/order/prog")"

# ---------------------------------------------------------------------------
# 6. What build systems ask a gcc-compatible compiler, and its options for
#    threads, exported symbols and visibility.
# ---------------------------------------------------------------------------

# zlib's configure takes its gcc path when `$CC -v` mentions gcc.
out=$("$cc9" -v 2>&1)
check "-v alone exits 0, like gcc -v" 0 $?
check "-v: zlib's configure sees a gcc ('$(oneline "$out")')" gcc "$(case $out in *gcc*) echo gcc ;; *) echo other ;; esac)"
check "--version says gcc-compatible" yes "$("$cc9" --version | head -1 | grep -q 'gcc-compatible' && echo yes || echo no)"
check "--version names the Free Software Foundation, as meson requires of gcc" yes \
  "$("$cc9" --version | grep -q 'Free Software Foundation' && echo yes || echo no)"
check "-Wl,--version alone runs the linker, as gcc does" yes \
  "$("$cc9" -Wl,--version 2>&1 | head -1 | grep -q '^GNU ld' && echo yes || echo no)"
"$cc9" > /dev/null 2>&1
check "no inputs at all is still an error" 1 $?
check "-dumpfullversion is a full version that -dumpversion begins" yes \
  "$(v=$("$cc9" -dumpversion); f=$("$cc9" -dumpfullversion); echo "$f" | grep -Eqx '[0-9]+\.[0-9]+\.[0-9]+' && [ "${f%%.*}" = "$v" ] && echo yes || echo no)"
for q in -dumpmachine -print-multiarch -print-multi-os-directory -print-prog-name=ld -print-prog-name=as \
         -print-file-name=no-such-file.a -print-multi-directory -print-sysroot --print-multiarch \
         --print-prog-name=ld --print-file-name=no-such-file.a; do
  check "$q: gcc's answer" "$(gcc $q)" "$("$cc9" $q 2>&1)"
done
check "-print-multi-lib: gcc's first line, the 64-bit one (9cc makes no other)" \
  "$(gcc -print-multi-lib | head -1)" "$("$cc9" -print-multi-lib 2>&1)"
check "--print-search-dirs: as -print-search-dirs" "$("$cc9" -print-search-dirs)" "$("$cc9" --print-search-dirs 2>&1)"
# 9cc needs no libgcc: the answer is the one for any file, a path that
# exists or the bare name, as gcc answers for a file it does not find.
libgcc=$("$cc9" -print-libgcc-file-name 2>&1)
check "-print-libgcc-file-name: an existing file or the bare name" yes \
  "$({ [ "$libgcc" = libgcc.a ] || [ -f "$libgcc" ]; } && echo yes || echo no)"
for f in libc.so libm.a crt1.o; do
  check "-print-file-name=$f: the file gcc finds" "$(realpath "$(gcc -print-file-name=$f)")" "$(realpath "$("$cc9" -print-file-name=$f)")"
done
check "-print-file-name=include: 9cc's stddef.h is there" yes \
  "$([ -f "$("$cc9" -print-file-name=include)/stddef.h" ] && echo yes || echo no)"
out=$("$cc9" -print-search-dirs)
check "-print-search-dirs: install, programs and libraries lines" "install:|programs:|libraries:" \
  "$(printf '%s\n' "$out" | cut -d' ' -f1 | tr '\n' '|' | sed 's/|$//')"
check "-print-search-dirs: libc.so's directory is a library directory" yes \
  "$(printf '%s\n' "$out" | grep '^libraries: =' | tr '=:' '\n\n' | grep -qx "$(dirname "$(realpath "$("$cc9" -print-file-name=libc.so)")")" && echo yes || echo no)"

# -pthread: _REENTRANT, and -lpthread on ld's command line, as gcc's spec.
cat > "$tmp/thr.c" <<'EOF2'
#include <pthread.h>
static void *work(void *p) { *(int *)p += 40; return 0; }
int main(void) {
#ifndef _REENTRANT
  return 1;
#endif
  int v = 2; pthread_t t;
  if (pthread_create(&t, 0, work, &v)) return 2;
  pthread_join(t, 0);
  return v;
}
EOF2
"$cc9" -v -pthread -o "$tmp/thr" "$tmp/thr.c" 2> "$tmp/err"
check "-pthread: defines _REENTRANT and the program runs a thread" 42 "$(runs "$tmp/thr")"
check "-pthread: ld gets -lpthread" yes "$(grep '^ld ' "$tmp/err" | grep -q -- ' -lpthread ' && echo yes || echo no)"

# -rdynamic exports the executable's symbols (ld -export-dynamic).
"$cc9" -rdynamic -o "$tmp/rdyn" "$tmp/ret42.c"
check "-rdynamic: main in the dynamic symbol table" 1 "$(readelf --dyn-syms -W "$tmp/rdyn" | grep -c ' main$')"
"$cc9" -o "$tmp/rdyn" "$tmp/ret42.c"
check "without -rdynamic: not" 0 "$(readelf --dyn-syms -W "$tmp/rdyn" | grep -c ' main$')"

# -fvisibility: the visibility of what a file defines (not of what it
# declares), and -fPIC reaching hidden definitions without the GOT, as
# gcc does.
cat > "$tmp/vis.c" <<'EOF2'
int def = 3;
static int sdef = 4;
extern int ext;
int fn(void) { return def + sdef; }
int get(void) { return def + fn(); }
int *addr(void) { return &ext; }
EOF2
symvis() { readelf -sW "$1" | awk '$5 == "GLOBAL" { print $6, $8 }' | sort | tr '\n' '|'; }
for flags in "-fvisibility=hidden" "-fPIC -fvisibility=hidden" "-fvisibility=protected" \
             "-fvisibility=internal" "-fvisibility=hidden -fvisibility=default"; do
  gcc $flags -c -o "$tmp/vis.gcc.o" "$tmp/vis.c"
  "$cc9" $flags -c -o "$tmp/vis.9cc.o" "$tmp/vis.c"
  check "$flags: the symbols' visibility is gcc's" "$(symvis "$tmp/vis.gcc.o")" "$(symvis "$tmp/vis.9cc.o")"
  check "$flags: the relocations are gcc's" "$(relocs "$tmp/vis.gcc.o")" "$(relocs "$tmp/vis.9cc.o")"
done
printf 'int ext = 1;\n' > "$tmp/visext.c"
"$cc9" -fPIC -fvisibility=hidden -shared -o "$tmp/libvis.so" "$tmp/vis.c" "$tmp/visext.c"
check "-fvisibility=hidden -shared: nothing exported" "" \
  "$(nm -D --defined-only "$tmp/libvis.so" | awk '{ print $3 }' | grep -v '^_' | tr '\n' ' ')"
"$cc9" -fvisibility=secret -c -o "$tmp/vis.9cc.o" "$tmp/vis.c" 2> "$tmp/err"
check "-fvisibility=secret is an error" 1 $?

# ---------------------------------------------------------------------------
# 9. The shape of the code: what the default code generator does that -O0
#    (the plain stack machine) does not.  The patterns are the x86-64
#    instructions each improvement is meant to produce.
# ---------------------------------------------------------------------------

# shape DESC FLAGS 'C source' REGEX yes|no: whether the assembly matches REGEX.
shape() {
  printf '%s\n' "$3" > "$tmp/shape.c"
  if ! "$cc9" $2 -S -o "$tmp/shape.s" "$tmp/shape.c" 2> "$tmp/shape.err"; then
    fail "$1" "$5" "compile error: $(oneline "$(head -3 "$tmp/shape.err")")"
    return
  fi
  check "$1" "$5" "$(grep -Eq "$4" "$tmp/shape.s" && echo yes || echo no)"
}
loop='int f(int n) { int s = 0; for (int i = 0; i < n; i++) s += i; return s; }'
reg='(ebx|r1[0-5]d)'
shape "locals used in a loop live in callee-saved registers" "" "$loop" "^  push (rbx|r12)$" yes
"$cc9" -S -o "$tmp/loop.s" - <<< "$loop"
check "a loop body starts on a 16-byte boundary, after the jump to its test" yes \
  "$(awk '/^\.L\.begin\.[0-9]+:$/ && prev == "  .p2align 4" && prev2 ~ /^  jmp \.L\.cond\./ { f = 1 } { prev2 = prev; prev = $0 } END { print f ? "yes" : "no" }' "$tmp/loop.s")"
shape "the epilogue pops them from where rsp already is (no lea rsp)" "" "$loop" "^  lea rsp," no
shape "...but resets rsp after a return from inside an expression" "" \
  'long f(long n) { long a = 0; for (int i = 0; i < n; i++) a += i * n; return ({ if (n) return a; 1; }) + (a * n + 1); }' \
  "^  lea rsp," yes
shape "i++ in a register is one add" "" "$loop" "^  add $reg, 1$" yes
shape "s += i in registers is one add" "" "$loop" "^  add $reg, $reg$" yes
shape "i < n in registers is one cmp" "" "$loop" "^  cmp $reg, $reg$" yes
shape "a loop tests its condition at the bottom: one jump per iteration" "" "$loop" '^  jl \.L\.begin\.[0-9]+$' yes
shape "-O0: the test stays at the top" -O0 "$loop" '^  jl \.L\.begin' no
# Labels only earlier code can jump to are written only if one does (at
# -O0 the jumps, and so the labels, are all there).
shape "no break or continue label for a loop without them" "" "$loop" '^\.L\.\.[0-9]+:$' no
shape "no return label for a function that returns at its end only" "" "$loop" '^\.L\.return\.' no
shape "no end label for an if without else" "" \
  'int g(int); int f(int n) { if (n) g(n); return 0; }' '^\.L\.end\.' no
# A float constant is in .rodata once, however many functions use it.
check "a float constant used by two functions is emitted once" 1 \
  "$(printf 'double f(double x) { return x * 2.5; }\ndouble g(double x) { return x + 2.5; }\n' |
     "$cc9" -S -o - -xc - | grep -c '^  \.quad 4612811918334230528$')"
for opt in "" -O0; do
  shape "${opt:-(default)}: a loop's break label, for its break" "$opt" \
    'int f(int n) { int s = 0; for (;;) { if (s > n) break; s++; } return s; }' '^\.L\.\.[0-9]+:$' yes
done
shape "an early return jumps to the return label" "" \
  'int g(int); int f(int n) { if (n > 2) { g(n); return 1; } g(0); return 0; }' '^\.L\.return\.[0-9]+:$' yes
shape "a computed shift count goes straight to ecx" "" 'long f(long x, int n) { return x << (n * 8); }' '^  mov ecx, eax$' yes
shape "p->n++ through a pointer in a register is one add" "" 'struct s { long a, n; }; void f(struct s *p, int k) { for (int i = 0; i < k; i++) p->n++; }' '^  add QWORD PTR \[(rbx|r1[0-5])\+8\], 1$' yes
# (Each function below calls h(), so that its variables stay in the
# frame: a function that calls nothing has them in r10 and r11.)
shape "a[i]++ keeps no address in a register variable" "" 'void h(void); void f(long *a, int i) { h(); a[i]++; }' 'rbx|r1[0-5]' no
shape "... and adds in memory" "" 'void h(void); void f(long *a, int i) { h(); a[i]++; }' '^  add QWORD PTR \[rax\+rdi\*8\], 1$' yes
shape "*p -= 3 subtracts in memory" "" 'void h(void); void f(int *p) { h(); *p -= 3; }' '^  sub DWORD PTR \[rax\], 3$' yes
shape "p = p->next loads straight into p's register" "" 'struct n { struct n *next; }; int f(struct n *p) { int k = 0; while (p) { p = p->next; k++; } return k; }' '^  mov (rbx|r1[0-5]), QWORD PTR \[(rbx|r1[0-5])\]$' yes
shape "unsigned x % 4096 is a mask" "" 'unsigned f(unsigned x) { return x % 4096; }' '^  and eax, 4095$' yes
shape "unsigned x / 4096 is a shift" "" 'unsigned f(unsigned x) { return x / 4096; }' '^  shr eax, 12$' yes
shape "signed x / 4 still divides" "" 'int f(int x) { return x / 4; }' 'idiv' yes
shape "i < n + 1 computes n + 1 and compares i with it" "" 'int f(int n) { int k = 0; for (int i = 0; i < n + 1; i++) k += i; return k; }' '^  cmp eax, (ebx|r1[0-5]d)$' yes
shape "c[i][j] += x keeps the address it updates" "" 'void f(double (*c)[8], double x) { for (int i = 0; i < 8; i++) for (int j = 0; j < 8; j++) c[i][j] += x; }' '^  movsd QWORD PTR \[(rbx|r1[0-5])\], xmm0$' yes
shape "if (!p) return; is one conditional jump" "" 'void g(int); void f(int *p) { if (!p) return; g(*p); }' '^  je \.L\.return\.[0-9]+$' yes
shape "if (c) break; jumps straight out of the loop" "" 'int f(int *a) { int i = 0; for (;;) { if (a[i] == 0) break; i++; } return i; }' '^  je \.L\.\.[0-9]+$' yes
shape "a[i + 1] sign-extends the int index straight into rdi" "" 'long f(long *a, int i) { return a[i + 1]; }' '^  movsxd rdi, eax$' yes
shape "... and an unsigned one zero-extends it" "" 'long f(long *a, unsigned i) { return a[i + 1]; }' '^  mov edi, eax$' yes
slot='struct s { long key; int used; }; struct s t[64]; long f(unsigned i) { while (t[i].used) i++; return t[i].key; }'
shape "a[i].key reads at the indexed address plus the offset" "" "$slot" '^  mov rax, QWORD PTR \[rax\+rdi\*1\]$' yes
shape "while (a[i].used) compares the member with 0 in memory" "" "$slot" '^  cmp DWORD PTR \[rax\+rdi\*1\+8\], 0$' yes
shape "a[i].used == 3 too" "" 'struct s { long key; int used; }; struct s t[64]; int f(long i) { return t[i].used == 3 ? 1 : 2; }' '^  cmp DWORD PTR \[rax\+rdi\*1\+8\], 3$' yes
leaf='int f(char *p) { int n = 0; while (*p) { p++; n++; } return n; }'
shape "a function that calls nothing keeps variables in r11 and r10" "" "$leaf" '^  add r1[01]d?, 1$' yes
shape "... and saves no register" "" "$leaf" '^  push (rbx|r1[2-5])$' no
shape "one that calls keeps them in callee-saved registers" "" \
  'int g(void); int f(char *p) { int n = 0; while (*p) { p++; n += g(); } return n; }' '^  push (rbx|r1[2-5])$' yes
shape "one that stores a bitfield leaves r10 and r11 to it" "" \
  'struct b { int x : 3; }; int f(struct b *p, int n) { int s = 0; for (int i = 0; i < n; i++) { p->x = i; s += i; } return s; }' \
  '^  mov r1[01]d, 0$' no
shape "-O0: no variables in registers" -O0 "$loop" 'rbx|r1[0-5]' no
shape "-O0: no compare of variables" -O0 "$loop" "cmp $reg|cmp eax, DWORD PTR" no
shape "-O0 -O2: the last -O wins" "-O0 -O2" "$loop" "^  add $reg, 1$" yes
inmem='int f(int n) { int s = 0, *p = &s; for (int i = 0; i < n; i++) s += i; return *p; }'
shape "a local whose address is taken stays in memory" "" "$inmem" "^  add DWORD PTR \[rbp-[0-9]+\], (eax|$reg)\$" yes
shape "a variable used once is not worth a register" "" 'int f(int x) { return x + 1; }' 'rbx' no
dloop='double f(double x, int n) { double s = 0; for (int i = 0; i < n; i++) s += x * i; return s; }'
shape "double locals used in a loop live in xmm8-xmm15" "" "$dloop" '^  addsd xmm0, xmm(8|9|1[0-5])$' yes
shape "... and the parameter arrives in one" "" "$dloop" '^  movaps xmm(8|9|1[0-5]), xmm0$' yes
shape "x * i reads x from its register after computing i" "" "$dloop" '^  mulsd xmm0, xmm(8|9|1[0-5])$' yes
shape "-O0: no doubles in xmm registers" -O0 "$dloop" 'xmm(8|9|1[0-5])' no
dcall='double g(double); double f(double x, int n) { double s = 0; for (int i = 0; i < n; i++) s += g(x) + s * s; return s; }'
shape "a call saves a double in xmm8 to its slot first" "" "$dcall" '^  movsd QWORD PTR \[rbp-[0-9]+\], xmm(8|9|1[0-5])$' yes
printf 'double f(double x, int n) { double z = 0; for (int i = 0; i < n; i++) { z = z * x + 1; z = z * z; } return z; }\n' > "$tmp/zz.c"
"$cc9" -S -o "$tmp/zz.s" "$tmp/zz.c"
check "a double stored to its xmm register is not read straight back (movaps xmm8, xmm0 / movaps xmm0, xmm8)" no \
  "$(awk '/^  movaps xmm[0-9]+, xmm[0-9]+$/ { split(substr($0, 10), a, ", "); if (prev == "  movaps " a[2] ", " a[1]) f = 1 } { prev = $0 } END { print f ? "yes" : "no" }' "$tmp/zz.s")"
fprod='double f(double *p) { return p[0] * p[1] - p[1] * p[2]; }'
shape "a right operand waits in xmm2 while the left one is computed" "" "$fprod" '^  movaps xmm2, xmm0$' yes
shape "... not on the stack" "" "$fprod" '\[rsp\]' no
shape "a left operand with a call keeps the stack" "" 'double g(double); double f(double *p) { return g(p[0]) - p[1] * p[2]; }' \
  '^  movsd QWORD PTR \[rsp\], xmm0$' yes
dcalls='double g(double); double f(double x) { double s = x; s = g(s); s = g(s); return g(s); }'
shape "a double used no more than the calls around it stays in memory" "" "$dcalls" 'xmm(8|9|1[0-5])' no
post='long f(long *a) { long s = 0, i = 0; while (i < 10) s += a[i++]; return s; }'
shape "x++ whose value is used adds in place after the load" "" "$post" '^  add (rbx|r1[0-5]), 1$' yes
shape "... and does not subtract the 1 back" "" "$post" '^  sub [er]ax, 1$' no
shape "a[i] with a in a register indexes from it" "" "$post" '\[(rbx|r1[0-5])\+rdi\*8\]' yes
shape "a global counter is updated in place" "" 'int n; void f(void) { n++; }' 'add DWORD PTR \[rip\+n\], 1$' yes
# (With a call, as above, the variables stay in the frame.)
shape "p->y reads at an offset" "" 'void h(void); struct s { int x, y; }; int f(struct s *p) { h(); return p->y; }' 'mov eax, DWORD PTR \[rax\+4\]' yes
shape "a[i] indexes with a scaled register" "" 'void h(void); long f(long *a, long i) { h(); return a[i]; }' '\[rax\+rdi\*8\]' yes
shape "x * 8 is one imul from where x is" "" 'void h(void); long f(long x) { h(); return x * 8; }' '^  imul rax, QWORD PTR \[rbp-[0-9]+\], 8$' yes
shape "... and 10 * x too" "" 'void h(void); int f(int x) { h(); return 10 * x; }' '^  imul eax, DWORD PTR \[rbp-[0-9]+\], 10$' yes
shape "a computed value times 8 is a shift" "" 'void h(void); long f(long *p) { h(); return *p * 8; }' 'shl rax, 3' yes
shape "NULL as an argument goes straight to its register" "" 'void g(void *); void f(void) { g((void *)0); }' '^  mov rdi, 0$' yes
shape "... with no sign extension" "" 'void g(void *); void f(void) { g((void *)0); }' 'movsxd' no
strlen9='int f(char *p) { int n = 0; while (*p) { p++; n++; } return n; }'
shape "p++ on a pointer in a register is one add" "" "$strlen9" '^  add (rbx|r1[0-5]), 1$' yes
shape "... not a copy through rax" "" "$strlen9" '^  mov rax, (rbx|r1[0-5])$' no
shape "x & 4 is tested without a cmp" "" 'int f(int x) { if (x & 4) return 1; return 0; }' 'cmp' no
shape "a cast of a cast is one load" "" 'void h(void); long f(signed char *p) { h(); return (unsigned char)*p; }' '^  movzx eax, BYTE PTR \[rax\]$' yes
shape "... with nothing after it" "" 'long f(signed char *p) { return (unsigned char)*p; }' 'movsx|, al$' no
shape "an explicit cast of a constant is a constant" "" 'int f(unsigned short *t) { return *t & (unsigned short)1024; }' '^  and eax, 1024$' yes
shape "-O0: x * 8 is a multiplication" -O0 'long f(long x) { return x * 8; }' 'shl rax, 3' no
shape "a[1].y in a local array of structs is a frame slot" "" 'struct p { int x, y; }; int f(void) { struct p a[2]; a[1].y = 3; return a[1].y; }' '^  mov DWORD PTR \[rbp-[0-9]+\], 3$' yes
shape "a[i] = 0 stores the constant through the indexed address" "" 'char a[100]; void f(long i) { a[i] = 0; }' '^  mov BYTE PTR \[rax\+rdi\*1\], 0$' yes
shape "while (*p) compares memory with 0" "" 'int f(char *p) { int n = 0; while (*p) { p++; n++; } return n; }' '^  cmp BYTE PTR \[(rbx|r1[0-5])\], 0$' yes
shape "an if without else does not jump over nothing" "" 'int f(int x) { if (x > 3) x = 3; return x; }' '^  jmp \.L\.end' no
shape "-O0 keeps the jump" -O0 'int f(int x) { if (x > 3) x = 3; return x; }' '^  jmp \.L\.end' yes
shape "1 + f() adds to the call's result" "" 'int g(void); int f(void) { return 1 + g(); }' '^  add eax, 1$' yes
shape "no alloca, no rsp recorded for it" "" 'int f(int n) { return n; }' 'QWORD PTR \[rbp-[0-9]+\], rsp' no
shape "a VLA records rsp" "" 'int f(int n) { char a[n]; a[0] = 1; return a[0]; }' 'QWORD PTR \[rbp-[0-9]+\], rsp' yes
shape "-O0 always records it" -O0 'int f(int n) { return n; }' 'QWORD PTR \[rbp-[0-9]+\], rsp' yes
dense0='int f(int x) { switch (x) { case 0: return 5; case 1: return 7; case 2: return 1; case 3: return 9; } return 0; }'
dense='int f(int x) { switch (x) { case 0: return 5; case 1: return 7; case 2: return 1; case 3: return 9; case 5: return 4; } return 0; }'
sparse='int f(int x) { switch (x) { case 0: return 5; case 100: return 7; case 10000: return 1; case 1000000: return 9; } return 0; }'
shape "a dense switch jumps through a table" "" "$dense" '^\.L\.table\.[0-9]+:' yes
shape "a sparse switch compares" "" "$sparse" '^\.L\.table' no
shape "-O0: no jump table" -O0 "$dense" '^\.L\.table' no
shape "a switch from 0 subtracts nothing" "" "$dense0" '^  sub eax, 0$' no
shape "-1.5 is a constant, not a negation" "" 'double f(void) { return -1.5; }' 'xorpd' no
# Issue #21 (Lua's interpreter): the code its macros leave behind.
shape "~ of a constant folds: a mask written ~(~0u << 8) is an and with 255" "" \
  'unsigned f(unsigned i) { return (i >> 7) & ~(~0u << 8); }' '^  and eax, 255$' yes
shape "a shift by 0 makes no code" "" 'unsigned f(unsigned i) { return (i >> 0) & 127; }' '^  sh[lr] eax, 0$' no
shape "(void)x and (void)0 make no code" "" 'int g(void); int f(long x) { (void)x; (void)0; return g(); }' '^  mov (eax|rax), ' no
shape "if (__builtin_expect(x != 0, 0)) is one compare and a jump" "" \
  'void g(void); int t; void f(void) { if (__builtin_expect(t != 0, 0)) g(); }' 'setne|mov eax, 0$' no
shape "... and if ((long)(x != 0)) too" "" \
  'void g(void); int t; void f(void) { if ((long)(t != 0)) g(); }' 'setne|movzx eax, al' no
shape "if (p ? p->n > 0 : 0) jumps from each branch: no 0/1 value" "" \
  'struct s { int n; }; void g(void); void f(struct s *p) { if (p ? p->n > 0 : 0) g(); }' 'set[a-z]+ al|mov eax, 0$' no
shape "&p->first with p in a register is a mov, not a lea" "" \
  'struct s { int a, b; }; int *f(struct s *p, int n) { int *q = 0; for (int i = 0; i < n; i++) q = &p->a; return q; }' '^  lea rax, \[(rbx|r1[0-5])\]$' no
shape "(*pp)->t.b loads from the member's offset: no add" "" \
  'struct t { long a, b; }; struct s { long x; struct t t; }; long f(struct s **pp) { return (*pp)->t.b; }' '^  add rax, ' no
shape "... in one load" "" \
  'struct t { long a, b; }; struct s { long x; struct t t; }; long f(struct s **pp) { return (*pp)->t.b; }' '^  mov rax, QWORD PTR \[rax\+16\]$' yes
shape "an index masked to 8 bits is not sign-extended again" "" \
  'long *f(long *b, unsigned i) { return b + (int)((i >> 7) & 255); }' '^  movsxd rax, eax$' no
shape "(&p->val)->tt with p in a register reads at p's offset" "" \
  'struct v { long x; char tt; }; struct s { struct v val; }; int g(int); int f(struct s *p, int n) { int k = 0; for (int i = 0; i < n; i++) k += g((&p->val)->tt); return k; }' \
  '^  movsx edi, BYTE PTR \[(rbx|r1[0-5])\+8\]$' yes
shape "if (__builtin_expect((a < b) != 0, 0)) compares a with b and jumps" "" \
  'void g(void); void f(int a, int b) { if (__builtin_expect((a < b) != 0, 0)) g(); }' 'set[a-z]+ al|cmp eax, 0' no
shape "p->v = g() computes g() first: nothing pushed" "" \
  'struct s { long v; char t; }; long g(void); void f(struct s *p) { p->v = g(); }' '^  push rax$' no
shape "... and stores at p's offset" "" \
  'struct s { long t; long v; }; long g(void); void f(struct s *p) { p->v = g(); }' '^  mov QWORD PTR \[rdi\+8\], rax$' yes
shape "p->t = q->t with p in memory stores at p's offset" "" \
  'void h(void); struct s { long v; char t; }; void f(struct s *p, struct s *q) { h(); p->t = q->t; }' '^  mov BYTE PTR \[rdi\+8\], al$' yes
shape "a struct copied to p->v goes straight to p's offset" "" \
  'struct v { long a, b; }; struct s { long x; struct v v; }; struct v g(void); void f(struct s *p) { p->v = g(); }' '^  mov QWORD PTR \[rdi\+16\], r8$' yes
shape "x += 3 used as a value, x in a register: one add, then x read" "" \
  'int g(int); int f(int x, int n) { int r = 0; for (int i = 0; i < n; i++) r += g(x += 3); return r + x; }' \
  "^  add $reg, 3$" yes
shape "*p++ with p in a register: p steps in place, the load at [p-4]" "" \
  'long f(int *p, int n) { long s = 0; while (n--) s += *p++; return s; }' \
  '^  movsxd rax, DWORD PTR \[(rbx|r1[0-5])-4\]$|^  mov eax, DWORD PTR \[(rbx|r1[0-5])-4\]$' yes
shape "a difference of char pointers is not divided by 1" "" \
  'long f(char *p, char *q) { return q - p; }' '^  idiv|^  cqo' no
shape "while (--n) jumps on the flags of the sub: no compare" "" \
  'int g(int); int f(int n) { int k = 0; while (--n) k += g(n); return k; }' '^  cmp ' no
shape "!(a == 1 || b == 0) as a value: compares and jumps, no sete" "" \
  'int f(int a, int b) { return !(a == 1 || b == 0); }' '^  set' no
shape "a local used four times, no loop, stays in the frame: no push" "" \
  'long g(long); long f(long x) { long y = g(x); if (y > 3) return g(y); return y + 1; }' '^  push (rbx|r1[2-5])$' no
shape "... one used in a loop gets a callee-saved register" "" \
  'long g(long); long f(long n) { long s = 0; for (long i = 0; i < n; i++) s += g(i); return s; }' '^  push (rbx|r1[2-5])$' yes
shape "a 32-bit and leaves rax's upper half clear: no mov eax, eax after it" "" \
  'long f(unsigned i) { long r = i & 127; return r; }' '^  mov eax, eax$' no
shape "locals all in registers: no frame below the saved registers" "" \
  'int f(int a, int b) { int s = 0; for (int i = a; i < b; i++) s += i; return s; }' '^  sub rsp, ' no
shape "-O0: the frame is there" -O0 \
  'int f(int a, int b) { int s = 0; for (int i = a; i < b; i++) s += i; return s; }' '^  sub rsp, ' yes
get4='void *memcpy(void *, const void *, unsigned long); unsigned f(const char *p) { unsigned x; memcpy(&x, p, 4); return x; }'
shape "memcpy of 4 bytes: a load and a store, no call" "" "$get4" '^  mov DWORD PTR \[rbp-[0-9]+\], edx$' yes
shape "... and no call" "" "$get4" 'call memcpy' no
for opt in -O0 -fno-builtin -fno-builtin-memcpy -ffreestanding; do
  shape "$opt: memcpy is called" "$opt" "$get4" 'call memcpy' yes
done
shape "memcpy of 65 bytes is called" "" \
  'void *memcpy(void *, const void *, unsigned long); void f(char *d, char *s) { memcpy(d, s, 65); }' 'call memcpy' yes
tok='typedef struct { char *z; unsigned n; } T; void g(T); void f(T *p) { g(*p); }'
for opt in "" -O0; do
  shape "${opt:-(default)}: a struct argument's eightbytes are a load each, not bytes" "$opt" "$tok" '^  shl rax, 8$' no
done
shape "a null pointer stored in a local is one mov, not through rax" "" \
  'void g(int **); void f(void) { int *p; p = (void *)0; g(&p); }' '^  mov QWORD PTR \[rbp-[0-9]+\], 0$' yes
shape "p->a * 3 != q->b: the left side first, the right one read in place, no push" "" \
  'struct C { int a, b; }; int f(struct C *p, struct C *q) { return p->a * 3 != q->b; }' '^  push rax$' no
shape "0 != p->e compares p->e with 0: no constant loaded into a register" "" \
  'struct C { unsigned char e; }; int f(struct C *p) { return 0 != p->e; }' '^  mov eax, 0$' no
shape "a[++i] = (unsigned)(x & 0xffffffff): the address waits in rdi, no push" "" \
  'void f(unsigned *a, int i, unsigned long x) { a[++i] = (unsigned)(x & 0xffffffff); }' '^  push rax$' no
shape "x & 0xffffffff is x's low half: no 64-bit constant" "" \
  'unsigned long f(unsigned long x) { return x & 0xffffffff; }' 'movabs' no
shape "-O0: the constant is loaded" -O0 \
  'unsigned long f(unsigned long x) { return x & 0xffffffff; }' 'movabs' yes
printf 'unsigned char g(int); unsigned long f(int t) { return g(t); }\n' > "$tmp/ext.c"
"$cc9" -S -o "$tmp/ext.s" "$tmp/ext.c"
check "a returned char extended to a long: one movzx" 1 "$(grep -c '^  movzx eax, al$' "$tmp/ext.s")"
shape "a function that calls nothing keeps a parameter used once in r11" "" \
  'struct F { void *u; }; struct C { struct F *f; }; void *ud(struct C *p) { return p->f->u; }' '^  mov r11, rdi$' yes
shape "... and needs no frame" "" \
  'struct F { void *u; }; struct C { struct F *f; }; void *ud(struct C *p) { return p->f->u; }' '^  sub rsp' no
shape "0 != x with x in a register compares x with 0" "" \
  'int f(unsigned char *p) { return 0 != *p; }' '^  mov eax, 0$' no
shape "f(p->a, q->b): each argument loaded into its register through it, no push" "" \
  'struct S { int a; long b; }; long g(int, long); long f(struct S *p, struct S *q) { return g(p->a, q->b); }' '^  push rax$' no
shape "a big-endian read of four bytes pushes nothing" "" \
  'unsigned f(const unsigned char *p) { return ((unsigned)p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3]; }' '^  push rax$' no
shape "p->m(x): the function pointer is loaded straight into r11" "" \
  'struct P { long (*m)(long); }; long f(struct P *p, long x) { return p->m(x); }' '^  mov r11, rax$' no
shape "1 << i loads i straight into ecx" "" 'int f(int i) { return 1 << i; }' '^  mov ecx, eax$' no
structs='struct P { long x, y; }; struct P g(void); void h(struct P, struct P *);
typedef int v4 __attribute__((vector_size(16))); void k(v4);
void f(v4 v) { struct P p = g(); struct P q; q = p; h(q, &p); k(v); }'
shape "struct P p = g(): no zeros stored first" "" "$structs" '^  mov QWORD PTR \[rbp-[0-9]+\], 0$' no
shape "q = p between locals: no push, no address in rdi" "" "$structs" '^  (push rax|mov rdi, rax)$' no
shape "a struct argument in registers, loaded straight from its variable" "" "$structs" \
  '^  mov rdi, QWORD PTR \[rbp-[0-9]+\]$' yes
shape "a 16-byte vector argument: one movups into xmm0" "" "$structs" '^  movups xmm0, XMMWORD PTR \[rbp-[0-9]+\]$' yes
shape "-O0: struct P p = g() stores zeros first no more either" -O0 "$structs" '^  mov QWORD PTR \[rbp-[0-9]+\], 0$' no
cpuid='int f(void) { int a; asm("cpuid" : "=a"(a) : "a"(0) : "rbx", "rcx", "rdx"); return a; }'
for opt in "" -O0; do
  shape "${opt:-(default)}: an asm's constant input is one mov into its register" "$opt" "$cpuid" '^  mov eax, 0$' yes
done

# The peephole pass leaves no `push rax` right before a pop, and no jump to
# the very next line, in any test program.
pairs=0
for f in test/*.c; do
  "$cc9" -Itest -S -o "$tmp/peep.s" "$f" 2> /dev/null || continue
  n=$(awk 'prev == "  push rax" && /^  pop / { n++ }
           prev ~ /^  jmp / && $0 == substr(prev, 7) ":" { n++ }
           prev ~ /^  mov .*\[(rbp|rip)[^*]*\]/ && /^  mov / {
             split(substr(prev, 7), a, ", ")
             # (a 32-bit register is reloaded on purpose: that clears its upper half)
             if ($0 == "  mov " a[2] ", " a[1] && a[2] !~ /^(e[a-z][a-z]|r[0-9a-z]+d)$/) n++
           }
           { prev = $0 } END { print n + 0 }' "$tmp/peep.s")
  pairs=$((pairs + n))
done
check "no push/pop pairs, jumps to the next line or stores read back in test/*.c" 0 "$pairs"
"$cc9" -O0 -S -o "$tmp/peep.s" test/control.c 2> /dev/null
check "-O0 keeps them (the check above can fail)" yes \
  "$(awk 'prev == "  push rax" && /^  pop / { n++ } { prev = $0 } END { print (n > 0 ? "yes" : "no") }' "$tmp/peep.s")"

# -fverbose-asm only adds comments: the code is that of -S without it
# (the peephole looks past the comments), and the stack depth shows after
# a long double push and around a call's argument area as after any push.
vdiff=
for f in test/control.c test/float.c test/struct.c expr.c; do
  for o in "" -O0; do
    "$cc9" $o -S -o "$tmp/plain.s" $f 2> /dev/null
    "$cc9" $o -S -fverbose-asm -o - $f 2> /dev/null | grep -v '^  #' > "$tmp/verbose.s"
    cmp -s "$tmp/plain.s" "$tmp/verbose.s" || vdiff="$vdiff $f$o"
  done
done
check "-fverbose-asm changes no instruction (test/*.c, expr.c, with and without -O0)" "" "$vdiff"
printf 'long double f(long double a, long double b) { return a * b; }\n' > "$tmp/ld.c"
check "-fverbose-asm: a long double push is 2 deep" "  fstp TBYTE PTR [rsp]|  # depth 2" \
  "$("$cc9" -O0 -S -fverbose-asm -o - "$tmp/ld.c" | grep -A1 '^  fstp TBYTE PTR \[rsp\]$' | head -2 | tr '\n' '|' | sed 's/|$//')"
# A loop's step and test, placed after its body, are the loop's line (3),
# not the body's last (4), for gdb as for -fverbose-asm.
printf 'int f(int n) {\n  int s = 0;\n  for (int i = 0; i < n; i++)\n    s += i;\n  return s;\n}\n' > "$tmp/loop.c"
check "-g: a for loop's step and test after its body are on the loop's line" "3 3" \
  "$("$cc9" -g -S -o - "$tmp/loop.c" | awk '/^  \.loc / { line = $3 } /^  add / && /, 1$/ { step = line } /^  jl \.L\.begin/ { print step, line }')"
printf 'int f(int n) {\n  int s = 0;\n  do\n    s += n;\n  while (--n > 0);\n  return s;\n}\n' > "$tmp/do.c"
check "-g: a do loop's test is on the while's line" 5 \
  "$("$cc9" -g -S -o - "$tmp/do.c" | awk '/^  \.loc / { line = $3 } /^  jg \.L\.begin/ { print line }')"
printf 'struct big { long a, b, c; }; void g(struct big); void f(struct big *p) { g(*p); }\n' > "$tmp/big.c"
check "-fverbose-asm: a call's argument area counts in the depth" "  # depth 4" \
  "$("$cc9" -O0 -S -fverbose-asm -o - "$tmp/big.c" | grep -A1 '^  sub rsp, 32$' | sed -n 2p)"

# ---------------------------------------------------------------------------
# Atomics take the instructions x86-64 needs: a seq_cst store is an xchg,
# a release store a plain mov; read-modify-writes are locked; only a
# seq_cst fence is an mfence.
cat > "$tmp/atomic.c" <<'EOF2'
long x; int y; short z;
void seq_store(void) { __atomic_store_n(&x, 1, __ATOMIC_SEQ_CST); }
void rel_store(void) { __atomic_store_n(&x, 1, __ATOMIC_RELEASE); }
long add(void) { return __atomic_fetch_add(&x, 2, __ATOMIC_SEQ_CST); }
int or(void) { return __sync_fetch_and_or(&y, 2); }
int cas(int e) { return __atomic_compare_exchange_n(&y, &e, 3, 0, 5, 5); }
void full(void) { __sync_synchronize(); }
void acq(void) { __atomic_thread_fence(__ATOMIC_ACQUIRE); }
short swap(void) { return __atomic_exchange_n(&z, 4, __ATOMIC_SEQ_CST); }
_Atomic int counter;
void inc(void) { counter++; }
void set(void) { counter = 3; }
EOF2
"$cc9" -S -o "$tmp/atomic.s" "$tmp/atomic.c"
fn_body() { awk -v f="$1:" '$0 == f { p = 1; next } p && /^  ret/ { exit } p' "$tmp/atomic.s"; }
check "a seq_cst store is an xchg" yes "$(fn_body seq_store | grep -q 'xchg QWORD PTR \[rdi\]' && echo yes)"
check "a release store is a plain mov" yes \
  "$(fn_body rel_store | grep -q 'mov QWORD PTR \[rdi\], rsi' && ! fn_body rel_store | grep -q xchg && echo yes)"
check "fetch_add is lock xadd" yes "$(fn_body add | grep -q 'lock xadd QWORD PTR' && echo yes)"
check "fetch_or is a lock cmpxchg loop" yes "$(fn_body or | grep -q 'lock cmpxchg DWORD PTR' && echo yes)"
check "compare_exchange is lock cmpxchg" yes "$(fn_body cas | grep -q 'lock cmpxchg DWORD PTR' && echo yes)"
check "__sync_synchronize is mfence" yes "$(fn_body full | grep -q mfence && echo yes)"
check "an acquire fence needs no instruction" yes \
  "$(fn_body acq | grep -q 'push rbp' && ! fn_body acq | grep -q mfence && echo yes)"
check "a 2-byte exchange is xchg WORD" yes "$(fn_body swap | grep -q 'xchg WORD PTR \[rdi\], ax' && echo yes)"
check "++ on an _Atomic int is lock xadd" yes "$(fn_body inc | grep -q 'lock xadd DWORD PTR' && echo yes)"
check "= to an _Atomic int is an xchg" yes "$(fn_body set | grep -q 'xchg DWORD PTR' && echo yes)"

# ---------------------------------------------------------------------------
# -Wall's "control reaches end of non-void function" only where gcc gives
# it: not after a return in a block with a VLA (jq), nor for a function
# that leaves only from inside while (1) (bzip2).
printf 'int f(int n) { char buf[n]; buf[0] = 7; return buf[0]; }\nint g(int x) { while (1) if (x) return 1; }\nint h(int x) { do { if (x) return 2; } while (1); }\nint k(int x) { if (x) return 1; }\n' > "$tmp/fall.c"
"$cc9" -Wall -S -o /dev/null "$tmp/fall.c" 2> "$tmp/fall.err"
check "-Wall: no missing-return warning for f, g, h; one for k" "4" \
  "$(grep 'control reaches end' "$tmp/fall.err" | sed 's/^[^:]*:\([0-9]*\):.*/\1/' | tr '\n' ' ' | sed 's/ $//')"

# ---------------------------------------------------------------------------
# The stack protector: the functions each -fstack-protector* flag gives a
# canary are the ones gcc's give one; an overflow aborts as under gcc.
cat > "$tmp/ssp.c" <<'EOF2'
char *strcpy(char *d, const char *s);
int puts(const char *s);
void f_char8(const char *s) { char b[8]; strcpy(b, s); puts(b); }
void f_char4(const char *s) { char b[4]; b[0] = s[0]; b[1] = 0; puts(b); }
int f_intarr(int i) { int a[2] = {1, 2}; return a[i & 1]; }
int f_addr(void) { int x = 3; int *p = &x; return *p; }
int f_plain(int x) { return x * 2; }
struct S { char name[16]; int n; };
int f_struct(void) { struct S s; s.n = 1; s.name[0] = 0; return s.n; }
int f_vla(int n) { char v[n]; v[0] = 1; return v[0]; }
int f_small(void) { char c[7]; c[0] = 1; return c[0]; }
int main(int argc, char **argv) {
  f_char8(argc > 1 ? argv[1] : "short");
  return f_char4("x") , f_intarr(1) + f_addr() + f_plain(1) + f_struct() + f_vla(3) + f_small() - 10;
}
EOF2
canaried() { awk '/^[a-z_0-9]+:/ { f = $1 } /fs:40/ { print f }' "$1" | sort -u | tr '\n' ' '; }
for flags in -fstack-protector -fstack-protector-strong -fstack-protector-all -fno-stack-protector; do
  "$cc9" $flags -S -o "$tmp/ssp9.s" "$tmp/ssp.c"
  if command -v gcc > /dev/null; then
    gcc $flags -S -masm=intel -o "$tmp/sspg.s" "$tmp/ssp.c"
    check "$flags: the functions with a canary are gcc's" "$(canaried "$tmp/sspg.s")" "$(canaried "$tmp/ssp9.s")"
  fi
done
"$cc9" -fstack-protector-strong -o "$tmp/ssp" "$tmp/ssp.c"
check "-fstack-protector-strong: the program runs" "short x" "$("$tmp/ssp" 2>&1 | tr '\n' ' ' | sed 's/ $//')"
check "-fstack-protector-strong: an overflow of a stack buffer aborts" "stack smashing detected 134" \
  "$("$tmp/ssp" AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA 2>&1 | grep -o 'stack smashing detected') $("$tmp/ssp" AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA > /dev/null 2>&1; echo $?)"
"$cc9" -o "$tmp/ssp-none" "$tmp/ssp.c"
check "without the flag no canary is checked (the check above can fail)" yes \
  "$("$tmp/ssp-none" AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA 2>&1 | grep -q 'stack smashing' || echo yes)"

# ---------------------------------------------------------------------------
# The two personalities: `9cc f.c` prints assembly (the book's way); as
# 9cc-cc, or with --driver-mode=cc, it makes a.out as cc does.
printf 'int main(void) { return 7; }\n' > "$tmp/seven.c"
cc_dir=$(cd "$(dirname "$cc9")" && pwd)
(cd "$tmp" && rm -f a.out && "$cc9" seven.c > seven.out.s)
check "9cc f.c writes assembly to stdout and no a.out" "yes no" \
  "$(grep -q '^main:' "$tmp/seven.out.s" && echo yes) $([ -e "$tmp/a.out" ] && echo yes || echo no)"
(cd "$tmp" && rm -f a.out && "$cc_dir/9cc-cc" seven.c > seven.cc.out && ./a.out; echo $? > status)
check "9cc-cc f.c makes a.out, printing nothing" "7 0" "$(cat "$tmp/status") $(wc -c < "$tmp/seven.cc.out")"
(cd "$tmp" && rm -f a.out && "$cc9" --driver-mode=cc seven.c && ./a.out; echo $? > status)
check "9cc --driver-mode=cc f.c makes a.out" 7 "$(cat "$tmp/status")"
ln -sf "$cc_dir/9cc" "$tmp/cc"
(cd "$tmp" && rm -f a.out && ./cc seven.c && ./a.out; echo $? > status)
check "9cc invoked as cc makes a.out" 7 "$(cat "$tmp/status")"

# ---------------------------------------------------------------------------
# __attribute__((visibility)) on definitions, over -fvisibility: the same
# symbol visibilities as gcc's objects.
cat > "$tmp/vis.c" <<'EOF2'
__attribute__((visibility("hidden"))) int h(void) { return 1; }
__attribute__((visibility("default"))) int d(void) { return 2; }
__attribute__((visibility("protected"))) int pv = 3;
int plain(void) { return h() + d(); }
EOF2
vis_of() { readelf -sW "$1" | awk '$8 ~ /^(h|d|pv|plain)$/ { print $8 "=" $6 }' | sort | tr '\n' ' '; }
for flags in "-fPIC" "-fPIC -fvisibility=hidden"; do
  "$cc9" $flags -c -o "$tmp/vis9.o" "$tmp/vis.c"
  if command -v gcc > /dev/null; then
    gcc $flags -c -o "$tmp/visg.o" "$tmp/vis.c"
    check "visibility attributes with $flags: the symbols' visibility is gcc's" \
      "$(vis_of "$tmp/visg.o")" "$(vis_of "$tmp/vis9.o")"
  fi
done

# ---------------------------------------------------------------------------
# gcc -E output of glibc's headers names gcc's own types (_Float32,
# _Float64x, _Float128): 9cc compiles it.
printf '#include <stdlib.h>\n#include <stdio.h>\n#include <math.h>\nint main(void) { printf("%%g\\n", strtod("2.5", 0) + sqrt(4)); return 0; }\n' > "$tmp/glibc.c"
if command -v gcc > /dev/null; then
  gcc -E -o "$tmp/glibc.i" "$tmp/glibc.c"
  check "gcc -E output of <stdlib.h>, <stdio.h> and <math.h> compiles and runs" 4.5 \
    "$("$cc9" -o "$tmp/glibc" "$tmp/glibc.i" -lm 2>&1 && "$tmp/glibc")"
fi

# ---------------------------------------------------------------------------
finish
