// expect: 5:14: error: invalid operands to binary + (have 'int *' and 'int *')
int main(void) {
  int a[2];
  int *p = a, *q = a + 1;
  return *(p + q);
}
