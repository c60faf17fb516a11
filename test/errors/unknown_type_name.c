// expect: 3:3: error: unknown type name 'foo'
int main(void) {
  foo x = 1;
  return x;
}
