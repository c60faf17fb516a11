// expect: 3:18: error: redefinition of parameter 'a'
// Before, the second a hid the first.
int f(int a, int a) {
  return a;
}
