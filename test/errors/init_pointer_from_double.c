// expect: 4:12: error: incompatible types when initializing type 'int *' using type 'double'
// A floating value never converts to a pointer; 9cc checked this in assignments only.
void f(double d) {
  int *p = d;
  (void)p;
}
