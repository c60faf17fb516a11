// expect: 5:9: error: pointer value used where a floating-point was expected
// An array is its address, and no address converts to a floating type.
void f(void) {
  int a[4];
  (void)(double)a;
}
