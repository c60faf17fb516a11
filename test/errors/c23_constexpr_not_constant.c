// expect: 5:21: error: constexpr initializer is not an integer constant
// flags: -std=c2x
int f(int n) {
  int m = n;
  constexpr int k = m + 1;
  return k;
}
