// expect: 4:7: error: unsupported asm operand modifier 'y'
// %y0 (gcc's "st(0)" for st) is not one 9cc knows.
void f(int x) {
  asm("incl %y0" : "+r"(x));
}
