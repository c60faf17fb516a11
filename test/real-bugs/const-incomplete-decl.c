// 9cc bug found building Debian's pcre2 with test/real.sh (pcre2_context.c,
// whose header declares the const default contexts before their struct is
// complete): defining a const variable declared earlier with a struct type
// that was then incomplete fails with "9cc: error: out of memory" (the
// definition keeps the size -1 of the incomplete const type).  gcc compiles
// it and the program exits 0.  Without the const it works.
//   ./9cc -o cid test/real-bugs/const-incomplete-decl.c && ./cid
struct S;
extern const struct S s;
struct S { int a; };
const struct S s = { 42 };

int main(void) { return s.a != 42; }
