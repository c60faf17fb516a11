// expect: 5:12: error: cannot take address of bit-field 'a'
struct S { int a : 3; };
int main(void) {
  struct S s;
  int *p = &s.a;
  return *p;
}
