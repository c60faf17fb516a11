// expect: 3:10: error: 'nope' undeclared (first use in this function)
extern inline __attribute__((gnu_inline, always_inline)) int twice(int x) {
  return nope * x;
}
int main(void) { return twice(2); }
