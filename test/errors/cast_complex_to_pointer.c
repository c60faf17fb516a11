// expect: 4:9: error: cannot convert to a pointer type
// Before, 9cc converted the real part to the pointer.
void f(_Complex double z) {
  (void)(int *)z;
}
