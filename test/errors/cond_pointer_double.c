// expect: 4:12: error: type mismatch in conditional expression
// A pointer and a floating value have no common type.
void *f(int c, int *p, double d) {
  return c ? p : d;
}
