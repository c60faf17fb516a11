// expect: 5:5: error: a _Float128 value in arithmetic or a conversion: 9cc has no binary128 arithmetic
// Before, the int was stored into the opaque 16 bytes without a word.
void f(void) {
  _Float128 q;
  q = 1;
}
