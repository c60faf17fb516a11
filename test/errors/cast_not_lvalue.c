// expect: 3:17: error: lvalue required as left operand of assignment
int main(void) {
  int x; (int)x = 5;
  return 0;
}
