// expect: 4:16: error: 'asm' operand has impossible constraints
// The input must be in rax, which the asm says it clobbers.
void f(int x) {
  asm("nop" :: "a"(x) : "rax");
}
