// expect: 5:8: error: a _Float128 argument: 9cc has no binary128 arithmetic
void take(_Float128 x);
void f(void) {
  _Float128 q;
  take(q);
}
