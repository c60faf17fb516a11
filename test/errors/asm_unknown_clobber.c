// expect: 4:24: error: unknown register name 'foo' in 'asm'
// A clobber names a register, "memory" or "cc".
void f(void) {
  asm("nop" ::: "rax", "foo");
}
