// expect: 5:7: error: assignment of read-only member 'a'
struct S { const int a; int b; };
int main(void) {
  struct S s = {1, 2};
  s.a = 3;
  return s.b;
}
