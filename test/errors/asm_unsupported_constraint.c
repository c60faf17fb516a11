// expect: 4:27: error: unsupported constraint 'y' in 'asm'
// An MMX register ("y"): 9cc has no MMX operands.
void f(long x) {
  asm("movq %0, %%mm0" :: "y"(x));
}
