// expect: 5:11: error: 'struct S' has no member named 'b'
struct S { int a; };
int main(void) {
  struct S s = {1};
  return s.b;
}
