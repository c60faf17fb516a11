// expect: 4:16: error: invalid register name for 'x'
// A local register variable names a general or SSE register.
void f(void) {
  register int x asm("foo") = 1;
  asm("" :: "r"(x));
}
