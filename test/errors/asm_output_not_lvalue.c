// expect: 4:19: error: lvalue required in 'asm' statement
// An output is stored to: it must be an lvalue.
void f(int x) {
  asm("" : "=r"(x + 1));
}
