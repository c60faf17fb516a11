// expect: 5:12: error: invalid operands to binary + (have 'struct S' and 'int')
struct S { int a; };
int main(void) {
  struct S s = {1};
  return s + 1;
}
