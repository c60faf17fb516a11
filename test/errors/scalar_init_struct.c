// expect: 5:11: error: incompatible types when initializing type 'int' using type 'struct S'
// Before, 9cc compiled this, reading the struct's bytes as the int.
void f(void) {
  struct S { int a; } s = {1};
  int y = s;
}
