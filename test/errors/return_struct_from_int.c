// expect: 5:10: error: incompatible types when returning type 'struct S' but 'int' was expected
struct S { int a; };
int f(void) {
  struct S s = {1};
  return s;
}
