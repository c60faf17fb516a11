// expect: 4:7: error: undefined named operand 'y'
// %[y] names no operand.
void f(int x) {
  asm("incl %[y]" : [x] "+r"(x));
}
