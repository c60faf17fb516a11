// expect: 4:27: error: label 'out' used but not defined
// An asm goto's labels are the function's.
void f(void) {
  asm goto("jmp %l0" :::: out);
}
