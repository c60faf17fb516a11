// expect: 3:20: error: '__auto_type' may only be used with a single declarator
int main(void) {
  __auto_type a = 1, b = 2;
  return a + b;
}
