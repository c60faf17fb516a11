// expect: 4:11: error: invalid use of undefined type 'struct S'
struct S;
int f(struct S *p) {
  return p->a;
}
