// expect: 5:13: error: a _Float128 value in arithmetic or a conversion: 9cc has no binary128 arithmetic
// The complex comparison took the _Float128 for an operand it could not use.
_Float128 q;
int f(_Complex double z) {
  return (z == q);
}
