// expect: 3:25: error: a _Float128 value in arithmetic or a conversion: 9cc has no binary128 arithmetic
_Float128 q;
double f(void) { return (double)q; }
