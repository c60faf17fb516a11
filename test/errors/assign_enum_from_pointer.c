// expect: 5:5: error: incompatible types when assigning to type 'enum E' from type 'int *'
// gcc lets a pointer go into an int with a warning, but not into an enum.
enum E { A, B };
void f(int *p, enum E e) {
  e = p;
  (void)e;
}
