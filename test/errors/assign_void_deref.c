// expect: 5:6: error: invalid use of void expression
// flags: -w
// *p with p a void * is a void expression: (void)*p is allowed, storing into it not.
void f(void *p) {
  *p = 1;
}
