// expect: 4:20: error: non-static initialization of a flexible array member
struct S { int n; char d[]; };
int main(void) {
  struct S s = {1, 'a', 'b'};
  return s.n;
}
