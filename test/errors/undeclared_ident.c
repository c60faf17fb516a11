// expect: 4:14: error: 'b' undeclared (first use in this function)
int main(void) {
  int a = 1;
  return a + b;
}
