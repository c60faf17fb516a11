// expect: 4:17: error: rbp cannot be clobbered: 9cc reaches the frame through it
// The frame's locals are addressed from rbp.
void f(void) {
  asm("nop" ::: "rbp");
}
