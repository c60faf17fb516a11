// expect: 5:13: error: type mismatch in conditional expression
// Before, 9cc gave the ?: the struct's type and read the int as one.
struct S { int x; };
int f(int c, struct S s) {
  return (c ? s : 1).x;
}
