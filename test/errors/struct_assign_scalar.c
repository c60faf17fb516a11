// expect: 5:5: error: incompatible types when assigning to type 'struct E' from type 'int'
// An empty struct has no members, as a scalar has none: 9cc took them for the same.
void f(void) {
  struct E {} e;
  e = 1;
}
