// expect: 4:9: error: lvalue required as left operand of assignment
int main(void) {
  int x = 0;
  x + 1 = 2;
  return x;
}
