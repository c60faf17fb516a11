// expect: 5:10: error: address of register variable 'a' requested
// C11 6.5.3.2p1: a register object has no address to take.
int *f(void) {
  register int a = 1;
  return &a;
}
