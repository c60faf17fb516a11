// expect: 4:7: error: invalid 'asm': '%l' operand isn't a label
// %l prints a label of an asm goto; operand 0 is a register.
void f(int x) {
  asm("jmp %l0" :: "r"(x));
}
