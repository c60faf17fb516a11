// expect: 4:7: error: invalid 'asm': operand number out of range
// %1 with one operand.
void f(int x) {
  asm("incl %1" : "+r"(x));
}
