// expect: 5:11: error: invalid type argument of '->' (have 'struct S')
struct S { int a; };
int main(void) {
  struct S s = {1};
  return s->a;
}
