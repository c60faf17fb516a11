// expect: 2:13: error: expected ';', ',' or ')' before 'int'
int f(int a int b) {
  return a;
}
