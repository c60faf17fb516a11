// expect: 5:10: error: conflicting types for 'a'
// One block declares a name without linkage once; 9cc let the second hide the first.
void f(void) {
  int a = 1;
  double a = 2;
  (void)a;
}
