// expect: 4:17: error: subscripted value is pointer to function
// gcc allows arithmetic on a function pointer, but no subscript.
int f(int (*fp)(void)) {
  return (int)fp[1]();
}
