// expect: 5:5: error: incompatible types when assigning to type 'enum E' from type 'int *'
// `e += p` assigns e + p, a pointer, to the enum: as `e = e + p` it is refused.
enum E { A };
void f(enum E e, int *p) {
  e += p;
  (void)e;
}
