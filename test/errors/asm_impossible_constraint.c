// expect: 4:27: error: impossible constraint in 'asm'
// "i" takes only a constant, and x is a variable.
void f(int x) {
  asm("movl %0, %%eax" :: "i"(x) : "eax");
}
