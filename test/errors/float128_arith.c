// expect: 4:12: error: a _Float128 value in arithmetic or a conversion: 9cc has no binary128 arithmetic
_Float128 q;
void f(void) {
  (void)(q * 2);
}
