// expect: 5:12: error: invalid operands to binary * (have 'int *' and 'int')
int main(void) {
  int x = 1;
  int *p = &x;
  return p * 2;
}
