// expect: 4:17: error: a _Float128 value in arithmetic or a conversion: 9cc has no binary128 arithmetic
// _Float128 is opaque in 9cc: an initializer of another type would need a conversion.
void f(void) {
  _Float128 q = 1.0;
}
