// expect: 4:10: error: used struct type value where scalar is required
struct S { int x; };
int f(struct S s) {
  return s ? 1 : 0;
}
