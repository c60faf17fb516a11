// expect: 4:12: error: incompatible types when initializing type 'int *' using type 'complex double'
// Before, 9cc converted the real part to the pointer.
void f(_Complex double z) {
  int *p = z;
  (void)p;
}
