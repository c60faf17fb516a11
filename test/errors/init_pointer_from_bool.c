// expect: 4:12: error: incompatible types when initializing type 'int *' using type '_Bool'
// gcc lets an int go into a pointer with a warning, but not a _Bool.
void f(_Bool b) {
  int *p = b;
  (void)p;
}
